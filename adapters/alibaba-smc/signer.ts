/**
 * Alibaba Cloud RPC ("POP") signature, SignatureVersion 1.0, HMAC-SHA1.
 *
 * Pure: the caller supplies the time and the nonce ({now, nonce}), so every attempt of a request can be
 * signed afresh (the client's got `beforeRequest` hook does that) and tests are deterministic.
 *
 * Algorithm (spec digest section (b), confirmed against the Java/Python SDKs and `@alicloud/openapi-util`):
 *  1. every parameter actually sent (query + form body) except `Signature`;
 *  2. sorted by name (code-unit order: `JobId.1 < JobId.10 < JobId.2`);
 *  3. percentEncode = RFC 3986 on UTF-8 bytes: `A-Z a-z 0-9 - _ . ~` literal, everything else `%XY`
 *     (upper-case hex; space `%20`, `*` `%2A`, `~` kept);
 *  4. canonical = `enc(k)=enc(v)` joined with `&`;
 *  5. StringToSign = METHOD + `&` + enc('/') + `&` + enc(canonical);
 *  6. Signature = Base64(HMAC-SHA1(key = AccessKeySecret + '&', StringToSign)).
 */
import { createHmac } from 'node:crypto';
import { rfc3986Encode } from '../common/encoding.js';
import type { HttpRequest, Signer } from '../common/signer.js';

export const SIGNATURE_METHOD = 'HMAC-SHA1';
export const SIGNATURE_VERSION = '1.0';

export type RpcMethod = 'GET' | 'POST';

export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token: sent as the `SecurityToken` common parameter (and signed). */
  securityToken?: string;
}

export interface RpcRequest {
  method: RpcMethod;
  /** API version, e.g. `2019-06-01`. */
  version: string;
  /** The Action name. */
  action: string;
  /** The operation's own parameters, already flattened (`DataDisk.1.Size`, `JobId.2`, ...). */
  params: Readonly<Record<string, string>>;
  /** Response format; default `JSON`. */
  format?: 'JSON' | 'XML';
}

export interface SignInputs {
  /** The request time (ms since epoch or a Date); rendered `yyyy-MM-ddTHH:mm:ssZ` in UTC. */
  now: number | Date;
  /** A value never used before by this AccessKey (a UUID). */
  nonce: string;
}

export interface SignedRpcRequest {
  method: RpcMethod;
  /** Every parameter that was signed, `Signature` included. */
  params: Record<string, string>;
  /** The query string (no leading `?`), percent-encoded. GET: everything; POST: the common parameters. */
  query: string;
  /** POST: the form body (`application/x-www-form-urlencoded`) with the operation parameters; GET: null. */
  body: string | null;
  signature: string;
  stringToSign: string;
}

/** RFC 3986 percent-encoding of the UTF-8 bytes, as the Alibaba SDKs do it (adapters/common/encoding.ts). */
export const percentEncode = rfc3986Encode;

/** `yyyy-MM-ddTHH:mm:ssZ` in UTC, no milliseconds. */
export function formatTimestamp(now: number | Date): string {
  const iso = new Date(typeof now === 'number' ? now : now.getTime()).toISOString();
  return iso.slice(0, 19) + 'Z';
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Step 1-4: the canonicalised query string of every parameter except `Signature`. */
export function canonicalize(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort(compareNames)
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join('&');
}

/** Step 5. */
export function stringToSign(method: string, params: Readonly<Record<string, string>>): string {
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalize(params))}`;
}

/** Step 6: the Base64 signature of a parameter set (every parameter sent; `Signature` ignored). */
export function computeSignature(method: string, params: Readonly<Record<string, string>>, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign(method, params), 'utf8').digest('base64');
}

/** The common parameters for one attempt (without `Signature`). */
export function commonParams(req: RpcRequest, creds: Credentials, inputs: SignInputs): Record<string, string> {
  const common: Record<string, string> = {
    Action: req.action,
    Version: req.version,
    Format: req.format ?? 'JSON',
    AccessKeyId: creds.accessKeyId,
    SignatureMethod: SIGNATURE_METHOD,
    SignatureVersion: SIGNATURE_VERSION,
    SignatureNonce: inputs.nonce,
    Timestamp: formatTimestamp(inputs.now),
  };
  if (creds.securityToken) common.SecurityToken = creds.securityToken;
  return common;
}

function encodePairs(params: Readonly<Record<string, string>>, keys: readonly string[]): string {
  return keys.map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`).join('&');
}

/**
 * Signs one attempt. GET puts every parameter in the query; POST keeps the common parameters (and the
 * signature) in the query and sends the operation parameters as a form body, which is signed too.
 */
export function signRpcRequest(req: RpcRequest, creds: Credentials, inputs: SignInputs): SignedRpcRequest {
  const common = commonParams(req, creds, inputs);
  for (const k of Object.keys(req.params)) {
    if (k in common || k === 'Signature') throw new Error(`parameter ${k} clashes with a common parameter`);
  }
  const all: Record<string, string> = { ...common, ...req.params };
  const sts = stringToSign(req.method, all);
  const signature = createHmac('sha1', `${creds.accessKeySecret}&`).update(sts, 'utf8').digest('base64');
  const signed = { ...all, Signature: signature };
  const commonKeys = [...Object.keys(common).sort(compareNames), 'Signature'];
  const opKeys = Object.keys(req.params).sort(compareNames);
  if (req.method === 'GET') {
    return {
      method: 'GET',
      params: signed,
      query: encodePairs(signed, [...Object.keys(all).sort(compareNames), 'Signature']),
      body: null,
      signature,
      stringToSign: sts,
    };
  }
  return {
    method: 'POST',
    params: signed,
    query: encodePairs(signed, commonKeys),
    body: encodePairs(signed, opKeys),
    signature,
    stringToSign: sts,
  };
}

/** The parameters the POP gateway reads itself (the signer adds them; never operation parameters). */
export const COMMON_PARAMS: ReadonlySet<string> = new Set([
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'Timestamp',
  'SecurityToken',
]);

/**
 * The adapter's signer (adapters/common/signer.ts shape). The unsigned request carries `Action`,
 * `Version` and the operation parameters in its URL's search params; the signed one has every
 * parameter and the `Signature` in the query (GET), or the common parameters in the query and the
 * operation parameters in a form body (POST).
 */
export const sign: Signer<Credentials> = (request: Readonly<HttpRequest>, credentials, { now, nonce }) => {
  const method: RpcMethod = request.method.toUpperCase() === 'GET' ? 'GET' : 'POST';
  const search = new URL(request.url).searchParams;
  const action = search.get('Action') ?? '';
  const version = search.get('Version') ?? '';
  const format = search.get('Format') === 'XML' ? 'XML' : 'JSON';
  const params: Record<string, string> = {};
  for (const [k, v] of search) if (!COMMON_PARAMS.has(k)) params[k] = v;
  const signed = signRpcRequest({ method, version, action, params, format }, credentials, { now, nonce });
  const url = new URL(request.url);
  url.search = `?${signed.query}`;
  const headers = { ...request.headers };
  if (signed.body !== null) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers['content-length'] = String(Buffer.byteLength(signed.body));
  }
  return { method, url, headers, body: signed.body };
};

/** The simulator's check: the signature the request carries, recomputed from every parameter sent. */
export function verifySignature(method: string, params: Readonly<Record<string, string>>, accessKeySecret: string): boolean {
  return computeSignature(method, params, accessKeySecret) === params.Signature;
}
