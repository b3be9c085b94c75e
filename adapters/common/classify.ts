/**
 * The one upstream error classifier. Every adapter turns failures into GatewayErrors here, so the
 * same fault gives the same gateway code from every provider:
 *
 * | fault                                              | gateway code           | retryable |
 * |----------------------------------------------------|------------------------|-----------|
 * | HTTP 502 / 503 / 504, connection refused or reset   | `UPSTREAM_UNAVAILABLE` | yes       |
 * | HTTP 429, vendor throttling codes                  | `THROTTLED`            | yes       |
 * | other HTTP 5xx                                     | `UPSTREAM_ERROR`       | no        |
 * | HTTP 401 / 403 / 404 / 409                         | `UNAUTHENTICATED` / `FORBIDDEN` / `NOT_FOUND` / `CONFLICT` | no |
 * | other HTTP 4xx                                     | `BAD_USER_INPUT`       | no        |
 * | cancelled by the caller                            | `UPSTREAM_UNAVAILABLE` | no        |
 * | a 2xx body that cannot be read, for a read          | `UPSTREAM_ERROR`       | yes       |
 * | a 2xx body that cannot be read, for a write         | `UPSTREAM_ERROR`, outcome UNKNOWN | no |
 *
 * A vendor error code the adapter's table knows wins over the HTTP status, except that 429 is always
 * `THROTTLED`. A write (an operation not safe to repeat) that was sent and whose answer was lost —
 * the connection dropped or timed out after the request went out, or its 2xx body is unreadable — is
 * marked `outcome: 'UNKNOWN'` and is not retryable: the vendor may have applied it.
 */
import { GatewayError, type ErrorCode } from '../../src/core/errors.js';
import type { ProviderId } from '../../src/core/model.js';

export interface Classification {
  code: ErrorCode;
  retryable: boolean;
}

/** A vendor's error-code table: its code -> gateway class; undefined for codes it does not know. */
export type VendorCodeTable = (vendorCode: string) => Classification | undefined;

export interface ClassifyContext {
  provider: ProviderId;
  /** Human name used in messages, e.g. `Huawei SMS`. */
  service: string;
  account?: string;
  operation?: string;
  /** False for operations that are not safe to repeat (writes): their lost answers are outcome-unknown. */
  safeToRetry?: boolean;
}

/** The vendor's error, as parsed from its envelope by the adapter. */
export interface VendorError {
  code?: string;
  message?: string;
  requestId?: string;
  retryAfterMs?: number;
}

/** Class by HTTP status alone (no vendor code, or one the table does not know). */
export function classifyStatus(status: number): Classification {
  if (status === 401) return { code: 'UNAUTHENTICATED', retryable: false };
  if (status === 403) return { code: 'FORBIDDEN', retryable: false };
  if (status === 404) return { code: 'NOT_FOUND', retryable: false };
  if (status === 409) return { code: 'CONFLICT', retryable: false };
  if (status === 429) return { code: 'THROTTLED', retryable: true };
  if (status === 502 || status === 503 || status === 504) return { code: 'UPSTREAM_UNAVAILABLE', retryable: true };
  if (status >= 500) return { code: 'UPSTREAM_ERROR', retryable: false };
  if (status >= 400) return { code: 'BAD_USER_INPUT', retryable: false };
  return { code: 'UPSTREAM_ERROR', retryable: false };
}

function what(ctx: ClassifyContext): string {
  return ctx.operation ? `${ctx.service} ${ctx.operation}` : ctx.service;
}

/**
 * A vendor refusal or an HTTP failure. `status` is the HTTP status (200 for RPC APIs that report
 * errors in a 200 envelope); `vendor` is the parsed envelope, null when the body had none.
 */
export function vendorError(status: number, vendor: VendorError | null, table: VendorCodeTable, ctx: ClassifyContext): GatewayError {
  const known = vendor?.code ? table(vendor.code) : undefined;
  const cls: Classification = status === 429 ? { code: 'THROTTLED', retryable: true } : (known ?? classifyStatus(status));
  const detail = vendor?.message ? `: ${vendor.message}` : vendor?.code ? '' : ` (HTTP ${status})`;
  const code = vendor?.code ? ` ${vendor.code}` : '';
  return new GatewayError(cls.code, `${what(ctx)} refused${code}${detail}`, {
    provider: ctx.provider,
    account: ctx.account,
    providerCode: vendor?.code,
    requestId: vendor?.requestId,
    httpStatus: status,
    retryable: cls.retryable,
    retryAfterMs: cls.code === 'THROTTLED' ? vendor?.retryAfterMs : undefined,
  });
}

interface TransportErrorShape {
  name?: string;
  code?: string;
  timings?: { upload?: number };
  cause?: unknown;
}

/** True when the request went out completely before it failed (got's `timings.upload`). */
function wasSent(err: TransportErrorShape | null): boolean {
  return typeof err?.timings?.upload === 'number';
}

/**
 * A failure without an HTTP answer: network errors, timeouts, cancellation. A GatewayError thrown
 * inside a hook (e.g. an IAM token refusal) comes back out unchanged, attributed to the account.
 */
export function transportError(err: unknown, ctx: ClassifyContext): GatewayError {
  for (let c: unknown = err, depth = 0; c && depth < 5; c = (c as TransportErrorShape).cause, depth++) {
    if (c instanceof GatewayError) return ctx.account && !c.account ? c.withAccount(ctx.provider, ctx.account) : c;
  }
  const e = err as TransportErrorShape | null;
  const base = { provider: ctx.provider, account: ctx.account, cause: err };
  if (e?.name === 'AbortError' || e?.code === 'ERR_ABORTED' || e?.code === 'ABORT_ERR') {
    return new GatewayError('UPSTREAM_UNAVAILABLE', `${what(ctx)} was cancelled`, { ...base, retryable: false, ...(ctx.safeToRetry === false && wasSent(e) ? { outcome: 'UNKNOWN' as const } : {}) });
  }
  const timeout = e?.name === 'TimeoutError' || e?.code === 'ETIMEDOUT';
  const reason = timeout ? 'timed out' : e?.code ? `network error (${e.code})` : 'could not be completed';
  if (ctx.safeToRetry === false && wasSent(e)) {
    return new GatewayError('UPSTREAM_UNAVAILABLE', `${what(ctx)} ${reason} after it was sent: it may have been applied`, {
      ...base,
      retryable: false,
      outcome: 'UNKNOWN',
    });
  }
  return new GatewayError('UPSTREAM_UNAVAILABLE', `${what(ctx)} ${reason}`, { ...base, retryable: true });
}

/**
 * A 2xx answer whose body cannot be read. A read is retried like a 5xx (a truncated or garbled body
 * is usually transient); for a write the vendor has probably applied it: outcome unknown, not retried.
 */
export function malformedBody(status: number, ctx: ClassifyContext, cause?: unknown): GatewayError {
  const write = ctx.safeToRetry === false;
  return new GatewayError('UPSTREAM_ERROR', `${what(ctx)} returned a malformed response body${write ? ': the write may have been applied' : ''}`, {
    provider: ctx.provider,
    account: ctx.account,
    httpStatus: status,
    retryable: !write,
    cause,
    ...(write ? { outcome: 'UNKNOWN' as const } : {}),
  });
}
