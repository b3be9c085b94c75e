/**
 * Huawei Cloud API Gateway AK/SK signing, `SDK-HMAC-SHA256` (the scheme SMS v3 uses), as the digest
 * describes it and as the official SDK signers implement it. Pure: the clock is a parameter.
 *
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(sha256(body))
 *   StringToSign     = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(sha256(CanonicalRequest))
 *   Signature        = hex(HMAC-SHA256(key = SK, StringToSign))
 *   Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b;c>, Signature=<hex>
 *
 * `sign` is the adapter's entry (adapters/common/signer.ts shape). The canonicalisation functions
 * below are what the published-vector tests use; the verifier half (`verify`, `parseAuthorization`,
 * `canonicalRequest`, `stringToSign`) is exported for the simulator so that both sides share one
 * definition of the canonical forms.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { rfc3986Encode } from '../common/encoding.js';
import type { HttpRequest, Signer } from '../common/signer.js';

export const ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** API Gateway rejects an `X-Sdk-Date` further than this from its clock. */
export const DEFAULT_MAX_SKEW_MS = 15 * 60 * 1000;

export const HEADER_DATE = 'X-Sdk-Date';
export const HEADER_SECURITY_TOKEN = 'X-Security-Token';
export const HEADER_PROJECT_ID = 'X-Project-Id';
export const HEADER_DOMAIN_ID = 'X-Domain-Id';

export type QueryValue = string | number | boolean;
export type QueryInput = Record<string, QueryValue | readonly QueryValue[] | null | undefined>;
export type HeaderInput = Record<string, string | number | readonly string[] | undefined>;

/** A request to sign or verify. Give `url` (absolute, or a path with `?query`), or `path` + `query`. */
export interface SignableRequest {
  method: string;
  url?: string | URL;
  path?: string;
  query?: QueryInput | URLSearchParams;
  headers: HeaderInput;
  /** Exact body bytes sent (a string is taken as UTF-8). Absent / empty = empty body. */
  body?: string | Uint8Array | null;
}

export interface AkSkCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials: sent and signed as X-Security-Token. */
  securityToken?: string;
  /** Sent and signed as X-Project-Id (sub-project access). */
  projectId?: string;
  /** Sent and signed as X-Domain-Id (global services, which SMS is). */
  domainId?: string;
}

// ---------------------------------------------------------------------------------------------
// Encoding helpers

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function hmacSha256Hex(key: string, data: string): string {
  return createHmac('sha256', Buffer.from(key, 'utf8')).update(data, 'utf8').digest('hex');
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function formatSdkDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Parses `YYYYMMDDTHHMMSSZ`; null when malformed. */
export function parseSdkDate(value: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  // Reject impossible dates that Date.UTC would roll over (e.g. month 13).
  if (date.getUTCMonth() !== mo! - 1 || date.getUTCDate() !== d! || date.getUTCHours() !== h!) return null;
  return date;
}

// ---------------------------------------------------------------------------------------------
// Canonical forms

/**
 * Splits the path on `/`, decodes each segment, re-encodes it per RFC 3986, re-joins, and always ends
 * with `/` (`/v3/tasks` -> `/v3/tasks/`, `` and `/` -> `/`).
 */
export function canonicalUri(path: string): string {
  const p = path === '' ? '/' : path;
  const encoded = p
    .split('/')
    .map((seg) => rfc3986Encode(safeDecode(seg)))
    .join('/');
  return encoded.endsWith('/') ? encoded : encoded + '/';
}

/** Query pairs as decoded name/value strings (repeated names kept). */
export type QueryPairs = Array<[string, string]>;

function stringifyQueryValue(v: QueryValue): string {
  return typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
}

/** Normalises every accepted query form to decoded pairs. Null/undefined values are left out. */
export function queryPairs(query: QueryInput | URLSearchParams | string | undefined | null): QueryPairs {
  if (query === undefined || query === null) return [];
  if (typeof query === 'string') {
    const raw = query.startsWith('?') ? query.slice(1) : query;
    if (raw === '') return [];
    return raw
      .split('&')
      .filter((part) => part !== '')
      .map((part) => {
        const i = part.indexOf('=');
        // No '+' -> space conversion: clients encode spaces as %20 (RFC 3986).
        return i < 0 ? [safeDecode(part), ''] : [safeDecode(part.slice(0, i)), safeDecode(part.slice(i + 1))];
      });
  }
  if (query instanceof URLSearchParams) return [...query.entries()];
  const out: QueryPairs = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value as readonly QueryValue[]) out.push([name, stringifyQueryValue(v)]);
    else out.push([name, stringifyQueryValue(value as QueryValue)]);
  }
  return out;
}

const byteOrder = (a: string, b: string) => {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
};

/** Sorted by name (byte order), values of a repeated name sorted too; RFC 3986-encoded `name=value`. */
export function canonicalQueryString(pairs: QueryPairs): string {
  return pairs
    .map(([n, v]) => [rfc3986Encode(n), rfc3986Encode(v)] as const)
    .sort((a, b) => byteOrder(a[0], b[0]) || byteOrder(a[1], b[1]))
    .map(([n, v]) => `${n}=${v}`)
    .join('&');
}

/** Lower-cased header map; multi-valued headers joined with `,`. */
export function lowerHeaders(headers: HeaderInput): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out.set(name.toLowerCase(), Array.isArray(value) ? value.join(',') : String(value));
  }
  return out;
}

/** The SDK rule: sign every header whose name has no `_` (Authorization itself never). Sorted. */
export function defaultSignedHeaders(headers: HeaderInput): string[] {
  return [...lowerHeaders(headers).keys()].filter((n) => !n.includes('_') && n !== 'authorization').sort(byteOrder);
}

/** `name:trim(value)\n` for each signed header, in the given (sorted) order. */
export function canonicalHeaders(headers: HeaderInput, signedHeaders: readonly string[]): string {
  const lower = lowerHeaders(headers);
  return signedHeaders.map((n) => `${n}:${(lower.get(n) ?? '').trim()}\n`).join('');
}

export function payloadHash(body: string | Uint8Array | null | undefined): string {
  if (body === undefined || body === null || body.length === 0) return EMPTY_BODY_SHA256;
  return sha256Hex(body);
}

/** Path and decoded query pairs of a request, from `url` or `path` + `query`. */
export function requestTarget(req: Pick<SignableRequest, 'url' | 'path' | 'query'>): { path: string; query: QueryPairs } {
  if (req.url !== undefined) {
    const s = req.url instanceof URL ? req.url.href : req.url;
    // Keep the raw (still encoded) path: URL would normalise some characters.
    const m = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)(?:\?([^#]*))?/.exec(s)!;
    const pairs = queryPairs(m[2] ?? '');
    if (req.query) pairs.push(...queryPairs(req.query));
    return { path: m[1] || '/', query: pairs };
  }
  return { path: req.path ?? '/', query: queryPairs(req.query) };
}

/** The six-part canonical request over exactly `signedHeaders` (lower-case, sorted). */
export function canonicalRequest(req: SignableRequest, signedHeaders: readonly string[]): string {
  const { path, query } = requestTarget(req);
  return [
    req.method.toUpperCase(),
    canonicalUri(path),
    canonicalQueryString(query),
    canonicalHeaders(req.headers, signedHeaders),
    signedHeaders.join(';'),
    payloadHash(req.body),
  ].join('\n');
}

export function stringToSign(sdkDate: string, canonicalRequestText: string): string {
  return `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonicalRequestText)}`;
}

export function computeSignature(secretAccessKey: string, stringToSignText: string): string {
  return hmacSha256Hex(secretAccessKey, stringToSignText);
}

export function formatAuthorization(accessKeyId: string, signedHeaders: readonly string[], signature: string): string {
  return `${ALGORITHM} Access=${accessKeyId}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
}

export interface ParsedAuthorization {
  algorithm: string;
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `SDK-HMAC-SHA256 Access=.., SignedHeaders=a;b, Signature=..`; null when malformed. */
export function parseAuthorization(value: string | undefined | null): ParsedAuthorization | null {
  if (!value) return null;
  const m = /^\s*(\S+)\s+(.*)$/.exec(value);
  if (!m) return null;
  const fields = new Map<string, string>();
  for (const part of m[2]!.split(',')) {
    const i = part.indexOf('=');
    if (i < 0) return null;
    fields.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  const access = fields.get('Access');
  const signed = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!access || !signed || !signature) return null;
  return {
    algorithm: m[1]!,
    accessKeyId: access,
    signedHeaders: signed.split(';').map((h) => h.trim().toLowerCase()).filter((h) => h !== ''),
    signature,
  };
}

// ---------------------------------------------------------------------------------------------
// Signing

export interface SignOptions {
  now: Date;
  /**
   * Which headers to sign (lower-case). Default: every header of the request (after the signer adds
   * X-Sdk-Date, Host and the credential headers) whose name has no `_`, as the SDK does.
   */
  signedHeaders?: readonly string[];
}

export interface SignResult {
  /** The request's headers plus X-Sdk-Date, Host, credential headers and Authorization. */
  headers: Record<string, string>;
  /** Intermediate values, for tests and diagnostics (never log them with the key). */
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string[];
  authorization: string;
}

/**
 * Signs `req`. X-Sdk-Date always comes from `now` (a stale date from an earlier attempt is
 * replaced); Host is kept if present, else taken from `url`.
 */
export function signRequest(req: SignableRequest, credentials: AkSkCredentials, options: SignOptions): SignResult {
  const headers: Record<string, string> = {};
  const names = new Map<string, string>(); // lower -> name used in `headers`
  const put = (name: string, value: string) => {
    const lower = name.toLowerCase();
    const existing = names.get(lower);
    if (existing !== undefined) delete headers[existing];
    names.set(lower, name);
    headers[name] = value;
  };
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.toLowerCase() === 'authorization') continue;
    put(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const sdkDate = formatSdkDate(options.now);
  put(HEADER_DATE, sdkDate);
  if (!names.has('host')) {
    const host = req.url !== undefined ? hostOf(req.url) : null;
    if (!host) throw new TypeError('signRequest: a Host header or an absolute url is required');
    put('Host', host);
  }
  if (credentials.securityToken) put(HEADER_SECURITY_TOKEN, credentials.securityToken);
  if (credentials.projectId) put(HEADER_PROJECT_ID, credentials.projectId);
  if (credentials.domainId) put(HEADER_DOMAIN_ID, credentials.domainId);

  const signedHeaders = options.signedHeaders
    ? [...new Set(options.signedHeaders.map((h) => h.toLowerCase()))].sort(byteOrder)
    : defaultSignedHeaders(headers);
  const cr = canonicalRequest({ ...req, headers }, signedHeaders);
  const sts = stringToSign(sdkDate, cr);
  const authorization = formatAuthorization(credentials.accessKeyId, signedHeaders, computeSignature(credentials.secretAccessKey, sts));
  headers.Authorization = authorization;
  return { headers, canonicalRequest: cr, stringToSign: sts, signedHeaders, authorization };
}

/** The signed header set of `req` (request headers + X-Sdk-Date, Host, credential headers, Authorization). */
export function signHeaders(req: SignableRequest, credentials: AkSkCredentials, options: SignOptions): Record<string, string> {
  return signRequest(req, credentials, options).headers;
}

/** The credentials `sign` takes (IAM-token accounts send X-Auth-Token instead: client.ts). */
export type Credentials = AkSkCredentials;

/**
 * The adapter's signer (adapters/common/signer.ts): `request` plus X-Sdk-Date, Host, the credential
 * headers and Authorization (header names lower-case). Pure: `now` is passed in; no nonce in this scheme.
 */
export const sign: Signer<Credentials> = (request, credentials, { now }): HttpRequest => {
  const signed = signRequest({ method: request.method, url: request.url, headers: request.headers, body: request.body }, credentials, { now }).headers;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed)) headers[name.toLowerCase()] = value;
  return { ...request, headers };
};

function hostOf(url: string | URL): string | null {
  try {
    return (url instanceof URL ? url : new URL(url)).host || null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Verification (server side; the simulator uses it)

export type VerifyFailureReason =
  | 'MISSING_AUTHORIZATION'
  | 'MALFORMED_AUTHORIZATION'
  | 'UNSUPPORTED_ALGORITHM'
  | 'UNKNOWN_ACCESS_KEY'
  | 'MISSING_DATE'
  | 'MALFORMED_DATE'
  | 'DATE_SKEW'
  | 'UNSIGNED_REQUIRED_HEADER'
  | 'MISSING_SIGNED_HEADER'
  | 'SIGNATURE_MISMATCH';

export type VerifyResult =
  | { ok: true; accessKeyId: string; signedHeaders: string[] }
  | {
      ok: false;
      reason: VerifyFailureReason;
      /** API Gateway style message (no secrets, no expected signature). */
      message: string;
      accessKeyId?: string;
    };

export interface VerifyOptions {
  now: Date;
  maxSkewMs?: number;
}

/**
 * Verifies a received request. `req.headers` are the received headers (any case), `req.url` the
 * received path+query (raw), `req.body` the exact received bytes. `lookupSecret` returns the SK of
 * an AK, or null/undefined when the AK does not exist.
 */
export function verify(
  req: SignableRequest,
  lookupSecret: (accessKeyId: string) => string | null | undefined,
  options: VerifyOptions,
): VerifyResult {
  const lower = lowerHeaders(req.headers);
  const authHeader = lower.get('authorization');
  if (!authHeader) return { ok: false, reason: 'MISSING_AUTHORIZATION', message: 'Incorrect IAM authentication information: Authorization not found in header' };
  const auth = parseAuthorization(authHeader);
  if (!auth) return { ok: false, reason: 'MALFORMED_AUTHORIZATION', message: 'Incorrect IAM authentication information: Authorization format incorrect' };
  if (auth.algorithm !== ALGORITHM)
    return { ok: false, reason: 'UNSUPPORTED_ALGORITHM', message: 'Incorrect IAM authentication information: unsupported signing algorithm', accessKeyId: auth.accessKeyId };
  const sdkDate = lower.get('x-sdk-date');
  if (!sdkDate) return { ok: false, reason: 'MISSING_DATE', message: 'Incorrect IAM authentication information: x-sdk-date not found in header', accessKeyId: auth.accessKeyId };
  const date = parseSdkDate(sdkDate);
  if (!date) return { ok: false, reason: 'MALFORMED_DATE', message: 'Incorrect IAM authentication information: x-sdk-date format incorrect', accessKeyId: auth.accessKeyId };
  const maxSkew = options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  if (Math.abs(options.now.getTime() - date.getTime()) > maxSkew)
    return {
      ok: false,
      reason: 'DATE_SKEW',
      message: `Incorrect IAM authentication information: signature expired, signature time: ${sdkDate}, server time: ${formatSdkDate(options.now)}`,
      accessKeyId: auth.accessKeyId,
    };
  for (const required of ['host', 'x-sdk-date']) {
    if (!auth.signedHeaders.includes(required))
      return { ok: false, reason: 'UNSIGNED_REQUIRED_HEADER', message: `Incorrect IAM authentication information: ${required} must be signed`, accessKeyId: auth.accessKeyId };
  }
  for (const name of auth.signedHeaders) {
    if (!lower.has(name))
      return { ok: false, reason: 'MISSING_SIGNED_HEADER', message: `Incorrect IAM authentication information: signed header ${name} not found`, accessKeyId: auth.accessKeyId };
  }
  const secret = lookupSecret(auth.accessKeyId);
  if (!secret) return { ok: false, reason: 'UNKNOWN_ACCESS_KEY', message: 'Incorrect IAM authentication information: Get secretKey failed, ak not exist', accessKeyId: auth.accessKeyId };
  const expected = computeSignature(secret, stringToSign(sdkDate, canonicalRequest(req, auth.signedHeaders)));
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(auth.signature, 'utf8');
  if (a.length !== b.length || !timingSafeEqual(a, b))
    return { ok: false, reason: 'SIGNATURE_MISMATCH', message: 'Incorrect IAM authentication information: verify aksk signature fail', accessKeyId: auth.accessKeyId };
  return { ok: true, accessKeyId: auth.accessKeyId, signedHeaders: auth.signedHeaders };
}
