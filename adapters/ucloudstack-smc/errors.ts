/**
 * UCloudStack error codes -> gateway classes, and envelope parsing. Everything else (HTTP statuses,
 * transport failures, malformed bodies, the GatewayError itself) is adapters/common/classify.ts.
 *
 * A response is an error when its HTTP status is >= 400 or its `RetCode` is non-zero (the vendor
 * answers RetCode errors with HTTP 200). `providerCode` is the RetCode as a string, verbatim.
 *
 * The codes are the catalog's (generated/errors.ts): numeric UCloud platform codes and the
 * UCloudStack server status *names* (StatusParamInvalid, ...) whose numbers are undocumented. A name
 * is recognised at the start of `Message` (the simulator, and we expect the server, starts it with
 * the status name) and wins over the number; a code in neither is classified by HTTP status.
 */
import { GatewayError, type ErrorCode } from '../../src/core/errors.js';
import { secrets } from '../common/secrets.js';
import { vendorError, type Classification, type ClassifyContext, type VendorCodeTable, type VendorError } from '../common/classify.js';
import { ERROR_CODES } from './generated/errors.js';
import type { Envelope } from './generated/wire.js';

/** Hand-written classification of every non-success catalog code (generated/errors.ts ERROR_CODES). */
const CLASSES: Readonly<Record<string, ErrorCode>> = {
  '110': 'UPSTREAM_UNAVAILABLE',
  '130': 'UPSTREAM_UNAVAILABLE',
  '150': 'UPSTREAM_UNAVAILABLE',
  '153': 'THROTTLED',
  '160': 'INTERNAL_SERVER_ERROR',
  '161': 'UNSUPPORTED_OPERATION',
  '170': 'UNAUTHENTICATED',
  '171': 'UNAUTHENTICATED',
  '172': 'UNAUTHENTICATED',
  '174': 'UNAUTHENTICATED',
  '292': 'NOT_FOUND',
  '293': 'FORBIDDEN',
  '294': 'FORBIDDEN',
  '295': 'FORBIDDEN',
  '299': 'FORBIDDEN',
  StatusParamInvalid: 'BAD_USER_INPUT',
  StatusResourceNotExist: 'NOT_FOUND',
  StatusResourceNotBelongsToTenant: 'FORBIDDEN',
  StatusResourceStatusInvalid: 'CONFLICT',
};

/** The vendor code table: catalog codes only (0 is success, not an error). */
export const VENDOR_CODES: VendorCodeTable = (vendorCode) => {
  if (!(vendorCode in ERROR_CODES) || vendorCode === '0') return undefined;
  const code = CLASSES[vendorCode];
  if (!code) return undefined;
  return { code, retryable: code === 'THROTTLED' || code === 'UPSTREAM_UNAVAILABLE' };
};

/**
 * RetCodes the simulator uses for the status names (chosen by us; the vendor's numbers are not
 * documented). Real servers are classified by the name in `Message` whatever number they send.
 */
export const SIMULATOR_STATUS_RETCODES = {
  StatusParamInvalid: 8000,
  StatusResourceNotExist: 8001,
  StatusResourceNotBelongsToTenant: 8002,
  StatusResourceStatusInvalid: 8003,
} as const;
export type StatusName = keyof typeof SIMULATOR_STATUS_RETCODES;

const STATUS_NAMES = Object.keys(SIMULATOR_STATUS_RETCODES) as StatusName[];

/** The status name `Message` starts with (`StatusResourceStatusInvalid: SMC is Syncing`), if any. */
export function statusNameIn(message: string | null | undefined): StatusName | null {
  if (!message) return null;
  return STATUS_NAMES.find((n) => message === n || message.startsWith(n + ':') || message.startsWith(n + ' ')) ?? null;
}

/** The class of a RetCode + message (a status name in the message wins), undefined when neither is known. */
export function classifyRetCode(retCode: number | string, message?: string | null): Classification | undefined {
  const name = statusNameIn(message);
  return VENDOR_CODES(name ?? String(retCode));
}

/** True for a parsed JSON object that has the envelope's RetCode and Action. */
export function isEnvelope(body: unknown): body is Envelope & { RetCode: number; Action: string } {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    typeof (body as Envelope).RetCode === 'number' &&
    typeof (body as Envelope).Action === 'string'
  );
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

/** The envelope as the common classifier takes it (message redacted before slicing). */
export function parseEnvelope(env: Envelope, requestId: string | undefined, callSecrets?: readonly string[]): VendorError {
  return {
    code: env.RetCode === null || env.RetCode === undefined ? undefined : String(env.RetCode),
    message: redact(String(env.Message ?? ''), callSecrets).slice(0, 500) || undefined,
    requestId,
  };
}

/**
 * A refusal (non-zero RetCode, or HTTP >= 400) -> GatewayError through common/classify.ts. The status
 * name in the message classifies it; BAD_USER_INPUT names the parameter the vendor mentions.
 */
export function envelopeError(status: number, vendor: VendorError | null, ctx: ClassifyContext): GatewayError {
  const name = statusNameIn(vendor?.message);
  const table: VendorCodeTable = name ? () => VENDOR_CODES(name) : VENDOR_CODES;
  const e = vendorError(status, vendor, table, ctx);
  const field = e.code === 'BAD_USER_INPUT' ? /parameter ([A-Za-z][\w.]*)/.exec(vendor?.message ?? '')?.[1] : undefined;
  if (!field) return e;
  return new GatewayError(e.code, e.message, {
    provider: e.provider,
    account: e.account,
    providerCode: e.providerCode,
    requestId: e.requestId,
    httpStatus: e.httpStatus,
    retryable: e.retryable,
    field,
  });
}
