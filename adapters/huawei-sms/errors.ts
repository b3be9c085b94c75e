/**
 * Huawei SMS (and API Gateway / IAM) failures -> GatewayError.
 *
 * Envelopes seen:
 *  - SMS 400/404/500: `{"error_code":"SMS.xxxx","error_msg":"..."}`
 *  - SMS 403: the same plus `encoded_authorization_message` (or the misspelt
 *    `encoded_authorized_message`), `error_param[]`, `details[]`
 *  - API Gateway: `{"error_code":"APIG.0301" | "APIGW.0301","error_msg":"...","request_id":"..."}`
 *  - IAM (Keystone style): `{"error":{"code":401,"message":"...","title":"Unauthorized"}}`
 *  - anything else (HTML from a proxy, empty body): classified by HTTP status
 * The vendor code wins over the HTTP status (§6.1 lists almost every code as 400 while the operation
 * pages answer 403/404), except that 429 is always THROTTLED.
 */
import { GatewayError, type ErrorCode } from '../../src/core/errors.js';
import { secrets } from '../common/secrets.js';
import { SMS_ERROR_CODES, type SmsErrorFamily } from './error-codes.js';

export { SMS_ERROR_CODES, type SmsErrorFamily, type SmsErrorCodeInfo } from './error-codes.js';

export const PROVIDER = 'huawei-sms' as const;

/** Family -> gateway code and whether a retry after a while may succeed. */
export const FAMILY_TO_GATEWAY: Readonly<Record<SmsErrorFamily, { code: ErrorCode; retryable: boolean }>> = {
  unauthenticated: { code: 'UNAUTHENTICATED', retryable: false },
  forbidden: { code: 'FORBIDDEN', retryable: false },
  not_found: { code: 'NOT_FOUND', retryable: false },
  conflict: { code: 'CONFLICT', retryable: false },
  // Quota: a refusal like a conflict, and not retryable: waiting does not free quota.
  quota: { code: 'CONFLICT', retryable: false },
  validation: { code: 'BAD_USER_INPUT', retryable: false },
  throttling: { code: 'THROTTLED', retryable: true },
  internal: { code: 'UPSTREAM_ERROR', retryable: false },
  unavailable: { code: 'UPSTREAM_UNAVAILABLE', retryable: true },
};

/**
 * API Gateway codes (documented in Huawei's APIG error table, not in the SMS reference). Both
 * spellings `APIG.` and `APIGW.` occur; lookups use the number.
 */
export const APIGW_ERROR_FAMILIES: Readonly<Record<string, SmsErrorFamily>> = {
  '0101': 'not_found', // API does not exist / not published
  '0201': 'validation', // bad request
  '0202': 'validation', // request entity too large
  '0203': 'validation', // request URI too large
  '0204': 'validation', // request headers too large
  '0301': 'unauthenticated', // incorrect IAM authentication information (AK/SK, token)
  '0302': 'forbidden', // IAM user not authorized for the API
  '0303': 'unauthenticated', // incorrect app authentication
  '0304': 'forbidden', // app not authorized
  '0305': 'unauthenticated', // incorrect authentication information
  '0306': 'forbidden', // API access denied
  '0307': 'unauthenticated', // token must be updated
  '0308': 'throttling', // throttling threshold reached
  '0310': 'forbidden', // project unavailable
  '0401': 'forbidden', // unknown client IP
  '0402': 'forbidden', // IP not authorized (ACL)
  '0404': 'forbidden', // backend IP access denied
  '0601': 'internal',
  '0605': 'unavailable', // backend domain resolution failed
  '0606': 'unavailable', // API configurations could not be loaded
};

/** Family of a vendor code (`SMS.xxxx`, `APIG.xxxx`, `APIGW.xxxx`), undefined when unknown. */
export function familyOf(code: string | undefined | null): SmsErrorFamily | undefined {
  if (!code) return undefined;
  const sms = SMS_ERROR_CODES[code];
  if (sms) return sms.family;
  const m = /^APIGW?\.(\d{4})$/i.exec(code);
  if (m) return APIGW_ERROR_FAMILIES[m[1]!];
  return undefined;
}

/** Gateway code by HTTP status alone (no or unknown vendor code). */
export function familyForStatus(status: number): SmsErrorFamily {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'throttling';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status >= 500) return 'internal';
  if (status >= 400) return 'validation';
  return 'internal';
}

export interface ErrorEnvelope {
  code?: string;
  message?: string;
  requestId?: string;
  /** Present on 403 denials; never put in messages (opaque, possibly sensitive). */
  encodedAuthorizationMessage?: string;
  errorParams?: string[];
  details?: Array<{ error_code?: string; error_msg?: string }>;
}

/** Parses any of the known error envelopes; null when the body is not JSON or has no error fields. */
export function parseErrorEnvelope(body: string | null | undefined): ErrorEnvelope | null {
  if (!body) return null;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  const env: ErrorEnvelope = {};
  if (o.error_code !== undefined || o.error_msg !== undefined) {
    env.code = str(o.error_code);
    env.message = str(o.error_msg);
  } else if (o.error && typeof o.error === 'object') {
    const e = o.error as Record<string, unknown>;
    env.code = str(e.code);
    env.message = str(e.message) ?? str(e.title);
  } else if (o.code !== undefined && o.message !== undefined) {
    env.code = str(o.code);
    env.message = str(o.message);
  } else {
    return null;
  }
  env.requestId = str(o.request_id);
  env.encodedAuthorizationMessage = str(o.encoded_authorization_message) ?? str(o.encoded_authorized_message);
  if (Array.isArray(o.error_param)) env.errorParams = o.error_param.filter((p): p is string => typeof p === 'string');
  if (Array.isArray(o.details)) env.details = o.details.filter((d) => d && typeof d === 'object') as ErrorEnvelope['details'];
  return env;
}

export interface ErrorContext {
  account?: string;
  /** Catalog operation id, e.g. `ShowTask`. */
  operation?: string;
}

export interface HttpFailure {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function header(headers: HttpFailure['headers'], name: string): string | undefined {
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Retry-After in ms (seconds or HTTP date), when present. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const secs = Number(value);
  if (Number.isFinite(secs) && secs >= 0) return Math.round(secs * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const MAX_MESSAGE = 400;

function clip(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_MESSAGE ? oneLine.slice(0, MAX_MESSAGE) + '…' : oneLine;
}

/** A non-2xx SMS/APIG/IAM response -> GatewayError. */
export function classifyHttpError(res: HttpFailure, ctx: ErrorContext = {}): GatewayError {
  const env = parseErrorEnvelope(res.body);
  const vendorCode = env?.code && !/^\d+$/.test(env.code) ? env.code : undefined;
  let family: SmsErrorFamily = (res.status === 429 ? 'throttling' : familyOf(vendorCode)) ?? familyForStatus(res.status);
  // A JSON-less 5xx/gateway page is an availability problem, not a vendor refusal.
  if (!env && res.status >= 500) family = res.status === 501 ? 'internal' : 'unavailable';
  const mapped = FAMILY_TO_GATEWAY[family];
  const requestId = header(res.headers, 'x-request-id') ?? env?.requestId;
  const what = ctx.operation ? `Huawei SMS ${ctx.operation}` : 'Huawei SMS';
  // Scrubbed before clipping: a vendor that echoes the request must not put a secret (or half of one) in the error.
  const detail = env?.message ? clip(secrets.scrub(env.message)) : env ? 'request refused' : `HTTP ${res.status} with a non-JSON body`;
  const message = `${what} failed: ${detail}${vendorCode ? ` (${vendorCode})` : ''}`;
  return new GatewayError(mapped.code, message, {
    provider: PROVIDER,
    account: ctx.account,
    providerCode: vendorCode,
    requestId,
    retryable: mapped.retryable,
    httpStatus: res.status,
    retryAfterMs: family === 'throttling' ? retryAfterMs(header(res.headers, 'retry-after')) : undefined,
  });
}

const NETWORK_CODES = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Transport failures (no HTTP response): timeouts, resets, DNS -> UPSTREAM_UNAVAILABLE. */
export function classifyNetworkError(err: unknown, ctx: ErrorContext = {}): GatewayError {
  // got wraps errors thrown by hooks (e.g. the IAM token refusal in beforeRequest): unwrap them.
  for (let c: unknown = err, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    if (c instanceof GatewayError) return ctx.account && !c.account ? c.withAccount(PROVIDER, ctx.account) : c;
  }
  const e = err as { code?: string; name?: string } | null;
  const code = e?.code;
  const name = e?.name;
  const what = ctx.operation ? `Huawei SMS ${ctx.operation}` : 'Huawei SMS';
  if (name === 'AbortError' || code === 'ERR_ABORTED' || code === 'ABORT_ERR') {
    return new GatewayError('UPSTREAM_UNAVAILABLE', `${what} was cancelled`, {
      provider: PROVIDER,
      account: ctx.account,
      retryable: false,
      cause: err,
    });
  }
  const timeout = name === 'TimeoutError' || code === 'ETIMEDOUT';
  const known = code !== undefined && NETWORK_CODES.has(code);
  const reason = timeout ? 'timed out' : known ? `network error (${code})` : 'could not be completed';
  return new GatewayError('UPSTREAM_UNAVAILABLE', `${what} ${reason}`, {
    provider: PROVIDER,
    account: ctx.account,
    retryable: true,
    cause: err,
  });
}

/** A 2xx body that should be JSON but is not. */
export function malformedResponse(ctx: ErrorContext, status: number, cause?: unknown): GatewayError {
  const what = ctx.operation ? `Huawei SMS ${ctx.operation}` : 'Huawei SMS';
  return new GatewayError('UPSTREAM_ERROR', `${what} returned a malformed response body`, {
    provider: PROVIDER,
    account: ctx.account,
    httpStatus: status,
    retryable: false,
    cause,
  });
}
