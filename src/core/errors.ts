/**
 * The gateway's closed set of error codes and the error type every layer throws.
 *
 * Adapters classify vendor failures into these codes (each in its own errors.ts table); the GraphQL
 * layer turns a GatewayError into a GraphQL error whose `extensions` carry the same fields.
 * Messages and extensions must never contain secrets: keys, signatures, passwords, tokens.
 */
import type { ProviderId } from './model.js';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNSUPPORTED_OPERATION',
  'THROTTLED',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_ERROR',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes a caller may retry after a while (the `retryable` default). */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['THROTTLED', 'UPSTREAM_UNAVAILABLE']);

export interface GatewayErrorOptions {
  provider?: ProviderId;
  account?: string;
  /** The vendor's own error code, verbatim (e.g. `SMS.1204`, `Throttling.User`, RetCode `230`). */
  providerCode?: string;
  /** The vendor's request id, for support tickets. */
  requestId?: string;
  retryable?: boolean;
  /** Upstream HTTP status, when there was one. */
  httpStatus?: number;
  /** Milliseconds the vendor asked us to wait (throttling), when known. */
  retryAfterMs?: number;
  /** For BAD_USER_INPUT: the offending argument path, e.g. `input.name`. */
  field?: string;
  /** A gateway limit that refused the request: its name, its maximum and the measured value (null when unknown). */
  limit?: { name: string; max: number; value: number | null };
  /**
   * `UNKNOWN` when a write was sent and then the answer was lost (connection dropped, timed out, or a
   * 2xx body that could not be read): the vendor may have applied it. Never retried automatically.
   */
  outcome?: 'UNKNOWN';
  /**
   * `open` when the gateway refused the call without sending it because the account and region's
   * circuit breaker is open (the vendor failed repeatedly); `retryAfterMs` is the time to the probe.
   */
  circuit?: 'open';
  cause?: unknown;
}

export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  readonly code: ErrorCode;
  readonly provider?: ProviderId;
  readonly account?: string;
  readonly providerCode?: string;
  readonly requestId?: string;
  readonly retryable: boolean;
  readonly httpStatus?: number;
  readonly retryAfterMs?: number;
  readonly field?: string;
  readonly limit?: { name: string; max: number; value: number | null };
  readonly outcome?: 'UNKNOWN';
  readonly circuit?: 'open';

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.provider = options.provider;
    this.account = options.account;
    this.providerCode = options.providerCode;
    this.requestId = options.requestId;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
    this.httpStatus = options.httpStatus;
    this.retryAfterMs = options.retryAfterMs;
    this.field = options.field;
    this.limit = options.limit;
    this.outcome = options.outcome;
    this.circuit = options.circuit;
  }

  /** The fields that go into GraphQL `extensions` (undefined ones left out; `retryAfter` in seconds). */
  toExtensions(): Record<string, unknown> {
    const ext: Record<string, unknown> = { code: this.code, retryable: this.retryable };
    if (this.provider) ext.provider = this.provider;
    if (this.account) ext.account = this.account;
    if (this.providerCode) ext.providerCode = this.providerCode;
    if (this.requestId) ext.requestId = this.requestId;
    if (this.field) ext.field = this.field;
    if (this.retryAfterMs !== undefined) ext.retryAfter = Math.ceil(this.retryAfterMs / 1000);
    if (this.limit) ext.limit = this.limit;
    if (this.outcome) ext.outcome = this.outcome;
    if (this.circuit) ext.circuit = this.circuit;
    return ext;
  }

  /** A copy attributed to an account (adapters that did not know it, fan-out that does). */
  withAccount(provider: ProviderId, account: string): GatewayError {
    if (this.provider === provider && this.account === account) return this;
    return new GatewayError(this.code, this.message, { ...this.options(), provider, account });
  }

  private options(): GatewayErrorOptions {
    return {
      provider: this.provider,
      account: this.account,
      providerCode: this.providerCode,
      requestId: this.requestId,
      retryable: this.retryable,
      httpStatus: this.httpStatus,
      retryAfterMs: this.retryAfterMs,
      field: this.field,
      limit: this.limit,
      outcome: this.outcome,
      circuit: this.circuit,
      cause: this.cause,
    };
  }
}

export function isGatewayError(e: unknown): e is GatewayError {
  return e instanceof GatewayError;
}

export function badInput(field: string, message: string): GatewayError {
  return new GatewayError('BAD_USER_INPUT', `${field}: ${message}`, { field });
}

export function unsupported(provider: ProviderId, what: string, account?: string): GatewayError {
  return new GatewayError('UNSUPPORTED_OPERATION', `${what} is not supported by provider ${provider}`, {
    provider,
    account,
  });
}

/**
 * Errors that are not GatewayErrors (bugs, network errors that escaped an adapter) become
 * INTERNAL_SERVER_ERROR with a generic message: their text may hold anything.
 */
export function toGatewayError(e: unknown): GatewayError {
  if (e instanceof GatewayError) return e;
  return new GatewayError('INTERNAL_SERVER_ERROR', 'internal error', { cause: e });
}
