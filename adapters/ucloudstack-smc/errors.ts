/**
 * UCloudStack envelope errors -> GatewayError.
 *
 * A response is an error when its HTTP status is >= 400 or when its `RetCode` is non-zero (the vendor
 * answers RetCode errors with HTTP 200). `providerCode` is the RetCode as a string, verbatim.
 *
 * No SMC-specific RetCodes are documented. The table holds the UCloud platform codes the catalogue
 * lists, and the UCloudStack server status *names* (StatusParamInvalid, ...) whose numbers are
 * unknown: those are recognised in `Message`, which the simulator (and, we expect, the server)
 * starts with the status name. A name in the message wins over the numeric table (it is more
 * specific); a code in neither is UPSTREAM_ERROR.
 */
import { GatewayError, type ErrorCode } from '../../src/core/errors.js';
import { secrets } from '../common/secrets.js';
import type { Envelope } from './wire.js';

export const PROVIDER = 'ucloudstack-smc' as const;

export interface RetCodeRule {
  code: ErrorCode;
  /** What the vendor says it means. */
  meaning: string;
}

/** Numeric RetCodes of the catalogue (UCloud platform codes; applicability to UCloudStack unconfirmed). */
export const RETCODE_TABLE: Readonly<Record<string, RetCodeRule>> = {
  '110': { code: 'UPSTREAM_UNAVAILABLE', meaning: 'API response timeout' },
  '130': { code: 'UPSTREAM_UNAVAILABLE', meaning: 'API gateway or authentication service error' },
  '150': { code: 'UPSTREAM_UNAVAILABLE', meaning: 'service temporarily unavailable' },
  '153': { code: 'THROTTLED', meaning: 'API request throttled' },
  '160': { code: 'INTERNAL_SERVER_ERROR', meaning: 'missing parameter Action' },
  '161': { code: 'UNSUPPORTED_OPERATION', meaning: 'Action does not exist' },
  '170': { code: 'UNAUTHENTICATED', meaning: 'missing Signature' },
  '171': { code: 'UNAUTHENTICATED', meaning: 'signature error' },
  '172': { code: 'UNAUTHENTICATED', meaning: 'user does not exist' },
  '174': { code: 'UNAUTHENTICATED', meaning: 'token does not exist' },
  '292': { code: 'NOT_FOUND', meaning: 'project does not exist' },
  '293': { code: 'FORBIDDEN', meaning: 'zone permission error' },
  '294': { code: 'FORBIDDEN', meaning: 'access IP denied' },
  '295': { code: 'FORBIDDEN', meaning: 'security-lock verification failed' },
  '299': { code: 'FORBIDDEN', meaning: 'IAM permission check failed' },
};

/** UCloudStack server status names (numbers undocumented), recognised at the start of `Message`. */
export const STATUS_NAME_TABLE: Readonly<Record<string, RetCodeRule>> = {
  StatusParamInvalid: { code: 'BAD_USER_INPUT', meaning: 'invalid parameter' },
  StatusResourceNotExist: { code: 'NOT_FOUND', meaning: 'resource does not exist' },
  StatusResourceNotBelongsToTenant: { code: 'FORBIDDEN', meaning: 'resource belongs to another tenant' },
  StatusResourceStatusInvalid: { code: 'CONFLICT', meaning: 'resource state does not allow the operation' },
};

/**
 * RetCodes the simulator uses for the status names (chosen by us; the vendor's numbers are not
 * documented). Real servers are classified by the name in `Message` whatever number they send.
 */
export const SIMULATOR_STATUS_RETCODES: Readonly<Record<keyof typeof STATUS_NAME_TABLE, number>> = {
  StatusParamInvalid: 8000,
  StatusResourceNotExist: 8001,
  StatusResourceNotBelongsToTenant: 8002,
  StatusResourceStatusInvalid: 8003,
};

/** RetCodes after which a safe read may be retried. */
export const RETRYABLE_RETCODES: ReadonlySet<number> = new Set([110, 130, 150, 153]);

/** The rule for a RetCode + message, or null when neither is known. */
export function classifyRetCode(retCode: number | string, message?: string): RetCodeRule | null {
  const name = statusNameIn(message);
  if (name) return STATUS_NAME_TABLE[name]!;
  return RETCODE_TABLE[String(retCode)] ?? null;
}

function statusNameIn(message: string | undefined): string | null {
  if (!message) return null;
  for (const name of Object.keys(STATUS_NAME_TABLE)) {
    if (message === name || message.startsWith(name + ':') || message.startsWith(name + ' ')) return name;
  }
  return null;
}

export interface ErrorContext {
  action: string;
  account?: string;
  httpStatus?: number;
  requestId?: string;
  /** Values that must never appear in a message (password, keys): replaced by `***`. */
  secrets?: readonly string[];
}

/**
 * Removes secret values from vendor text (the vendor may echo parameters): the call's own values
 * (`***`) and then everything the central scrubber knows (`[redacted]`).
 */
export function redact(text: string, values: readonly string[] | undefined): string {
  let out = text;
  for (const s of values ?? []) if (s && s.length >= 3) out = out.split(s).join('***');
  return secrets.scrub(out);
}

/** A non-zero RetCode envelope -> GatewayError. */
export function envelopeError(env: Envelope, ctx: ErrorContext): GatewayError {
  const rule = classifyRetCode(env.RetCode, env.Message);
  // Redacted before slicing: a secret cut in half by the limit would otherwise survive.
  const vendorText = redact(String(env.Message ?? ''), ctx.secrets).slice(0, 500);
  const meaning = rule?.meaning ?? 'unclassified RetCode';
  const message = `UCloudStack ${ctx.action} failed: RetCode ${env.RetCode} (${meaning})${vendorText ? `: ${vendorText}` : ''}`;
  const code = rule?.code ?? 'UPSTREAM_ERROR';
  return new GatewayError(code, message, {
    provider: PROVIDER,
    account: ctx.account,
    providerCode: String(env.RetCode),
    requestId: ctx.requestId,
    httpStatus: ctx.httpStatus,
    retryable: code === 'THROTTLED' || code === 'UPSTREAM_UNAVAILABLE',
    field: code === 'BAD_USER_INPUT' ? fieldIn(vendorText) : undefined,
  });
}

/** `StatusParamInvalid: missing parameter Region` -> `Region` (best effort, for BAD_USER_INPUT). */
function fieldIn(text: string): string | undefined {
  const m = /parameter ([A-Za-z][\w.]*)/.exec(text);
  return m?.[1];
}

/** An HTTP error status without a usable envelope -> GatewayError. */
export function httpStatusError(status: number, ctx: ErrorContext): GatewayError {
  const code: ErrorCode =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 429
          ? 'THROTTLED'
          : status === 502 || status === 503 || status === 504
            ? 'UPSTREAM_UNAVAILABLE'
            : 'UPSTREAM_ERROR';
  return new GatewayError(code, `UCloudStack ${ctx.action} failed: HTTP ${status}`, {
    provider: PROVIDER,
    account: ctx.account,
    requestId: ctx.requestId,
    httpStatus: status,
  });
}

/** A body that is not the vendor's envelope. */
export function malformedError(ctx: ErrorContext, what: string): GatewayError {
  return new GatewayError('UPSTREAM_ERROR', `UCloudStack ${ctx.action} returned a malformed response (${what})`, {
    provider: PROVIDER,
    account: ctx.account,
    requestId: ctx.requestId,
    httpStatus: ctx.httpStatus,
  });
}

/** Network failures (reset, refused, timeout). The message names the kind only, never the request. */
export function transportError(ctx: ErrorContext, errCode: string | undefined, cause: unknown): GatewayError {
  const timeout = errCode === 'ETIMEDOUT';
  return new GatewayError(
    'UPSTREAM_UNAVAILABLE',
    `UCloudStack ${ctx.action} failed: ${timeout ? 'request timed out' : `connection error${errCode ? ` (${errCode})` : ''}`}`,
    { provider: PROVIDER, account: ctx.account, cause: sanitizedCause(cause) },
  );
}

/** got errors carry the request options (and so the signed body): keep only name and code. */
function sanitizedCause(cause: unknown): unknown {
  if (cause && typeof cause === 'object') {
    const c = cause as { name?: string; code?: string };
    return { name: c.name, code: c.code };
  }
  return undefined;
}
