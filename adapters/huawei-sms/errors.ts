/**
 * Huawei SMS (and API Gateway / IAM) failures: the vendor code table and envelope parsing. The
 * classification itself (status, transport errors, outcome-unknown writes) is adapters/common/classify.ts.
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
import { GatewayError } from '../../src/core/errors.js';
import { vendorError, type Classification, type ClassifyContext, type VendorCodeTable, type VendorError } from '../common/classify.js';
import { secrets } from '../common/secrets.js';
import { ERROR_CODES } from './generated/errors.js';
import { PROVIDER_ID } from './generated/wire.js';

/** Human name in messages. */
export const SERVICE = 'Huawei SMS';

const UNAUTHENTICATED: Classification = { code: 'UNAUTHENTICATED', retryable: false };
const FORBIDDEN: Classification = { code: 'FORBIDDEN', retryable: false };
const NOT_FOUND: Classification = { code: 'NOT_FOUND', retryable: false };
const CONFLICT: Classification = { code: 'CONFLICT', retryable: false };
const BAD_USER_INPUT: Classification = { code: 'BAD_USER_INPUT', retryable: false };
const THROTTLED: Classification = { code: 'THROTTLED', retryable: true };
const UNAVAILABLE: Classification = { code: 'UPSTREAM_UNAVAILABLE', retryable: true };
const UPSTREAM_ERROR: Classification = { code: 'UPSTREAM_ERROR', retryable: false };

/**
 * The hand-written classification of the catalog's SMS codes (numbers after `SMS.`). A catalog code
 * not listed is UPSTREAM_ERROR: agent, data-path and target-side failures (the bulk of §6.1).
 * Quota codes are CONFLICT, not retryable: waiting does not free quota.
 */
const SMS_CLASSES: ReadonlyArray<readonly [Classification, string]> = [
  [UNAUTHENTICATED, '0202 0205 6521 6522 6560'],
  [FORBIDDEN, '0204 6523 6524 6525 6527 6528 6529 6542 9003 9004'],
  [NOT_FOUND, '0401 0406 0407 0411 0412 0416 0417 0418 0505 0507 6302 7101 7301 7304 7602 7703 7724 7725 8102 8103 8109 8111 8112 8113'],
  // State machine, dependencies, duplicates, source-server preconditions.
  [
    CONFLICT,
    '6005 6303 6502 6503 6504 6505 6506 6507 6508 6509 6510 6511 6512 6513 6514 6515 6516 6517 6518 6519 6520 6531 6532 6533 6534 6536 6537 6543 ' +
      '6544 6547 6548 6603 6615 7111 7112 7303 7311 7312 7313 7321 7601 7605 7606 7707 7713 7714 7715 7716 7717 7718 7719 7721 7722 7723 7728 9905',
  ],
  [CONFLICT, '6407 6501 6526 7113 8115'], // quota
  [
    BAD_USER_INPUT,
    '0522 0606 6001 6002 6003 6004 6006 6010 6011 6012 6013 6014 6015 6016 6020 6021 6022 6023 6030 6031 6032 6033 6034 6035 6101 6102 6103 6104 ' +
      '6105 6401 6402 6403 6404 6405 6530 6535 6538 6539 6540 6541 6561 6601 6602 6605 6610 6611 6612 6613 6614 6616 6617 6619 6620 7711 7712 7726 7727 9001 9002',
  ],
  // Transient: "Database read or write error".
  [UNAVAILABLE, '6301'],
];

/**
 * API Gateway codes (Huawei's APIG error table, not in the SMS reference). Both spellings `APIG.`
 * and `APIGW.` occur. APIG.0201 is used for bad requests (400/413/414/494) and for backend
 * unavailable/timeout (502/504): it has no class of its own, the status decides.
 */
const APIG_CLASSES: ReadonlyArray<readonly [Classification, string]> = [
  [NOT_FOUND, '0101'], // API does not exist / not published
  [UNAVAILABLE, '0202 0203 0605 0606'], // backend unavailable, backend timeout, backend DNS, API configuration not loaded
  [UNAUTHENTICATED, '0301 0303 0305 0307'], // IAM / app authentication, token must be updated
  [FORBIDDEN, '0302 0304 0306 0310 0401 0402 0404'], // not authorized, access denied, project unavailable, IP ACLs
  [THROTTLED, '0308'], // throttling threshold reached
  [UPSTREAM_ERROR, '0601'],
];

function byNumber(rules: ReadonlyArray<readonly [Classification, string]>): ReadonlyMap<string, Classification> {
  const m = new Map<string, Classification>();
  for (const [cls, numbers] of rules) for (const n of numbers.split(/\s+/)) m.set(n, cls);
  return m;
}

const SMS_BY_NUMBER = byNumber(SMS_CLASSES);
const APIG_BY_NUMBER = byNumber(APIG_CLASSES);

/** The vendor code table: SMS codes of the catalog (generated/errors.ts) and API Gateway codes. */
export const VENDOR_CODES: VendorCodeTable = (code) => {
  if (Object.hasOwn(ERROR_CODES, code)) return SMS_BY_NUMBER.get(code.slice(4)) ?? UPSTREAM_ERROR;
  const m = /^APIGW?\.(\d{4})$/i.exec(code);
  return m ? APIG_BY_NUMBER.get(m[1]!) : undefined;
};

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

export type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
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

/** Scrubbed before clipping: a vendor that echoes the request must not put a secret (or half of one) in the error. */
function clip(s: string): string {
  const oneLine = secrets.scrub(s).replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_MESSAGE ? oneLine.slice(0, MAX_MESSAGE) + '…' : oneLine;
}

/** The vendor error of an answer: its envelope (IAM's numeric `error.code` is not a vendor code), request id, Retry-After. */
export function vendorOf(headers: Headers, body: string): VendorError | null {
  const env = parseErrorEnvelope(body);
  const code = env?.code && !/^\d+$/.test(env.code) ? env.code : undefined;
  const requestId = header(headers, 'x-request-id') ?? env?.requestId;
  const retryAfter = retryAfterMs(header(headers, 'retry-after'));
  if (!env) return requestId || retryAfter !== undefined ? { requestId, retryAfterMs: retryAfter } : null;
  return { code, message: env.message ? clip(env.message) : undefined, requestId, retryAfterMs: retryAfter };
}

/** Context for classify.ts calls from this adapter. */
export function classifyContext(account: string | undefined, operation: string, safeToRetry?: boolean): ClassifyContext {
  return { provider: PROVIDER_ID, service: SERVICE, account, operation, safeToRetry };
}

/** A non-2xx SMS / API Gateway / IAM answer -> GatewayError (common/classify.ts vendorError). */
export function httpError(status: number, headers: Headers, body: string, ctx: ClassifyContext): GatewayError {
  return vendorError(status, vendorOf(headers, body), VENDOR_CODES, ctx);
}
