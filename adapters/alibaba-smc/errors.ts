/**
 * Alibaba SMC errors: the vendor code table (`VENDOR_CODES`) and the envelope parser. Everything
 * else (statuses, transport failures, outcome-unknown writes) is adapters/common/classify.ts.
 *
 * Envelope (HTTP 4xx/5xx): `{"RequestId","HostId","Code","Message"[,"Recommend"]}`. The codes the
 * catalog lists (generated/errors.ts `ERROR_CODES`: `errorCodes` and `gatewayErrorCodes`) are
 * classified below, plus the vendor-wide throttling / availability / credential codes the catalog
 * does not list ([ext] in the README); families (`*.NotFound`, `Throttling*`, ...) catch the rest.
 * Messages never carry secrets: for credential codes a fixed text replaces the vendor's (a real
 * SignatureDoesNotMatch message echoes the server's string-to-sign).
 */
import type { ErrorCode } from '../../src/core/errors.js';
import type { Classification, VendorCodeTable, VendorError } from '../common/classify.js';
import { secrets } from '../common/secrets.js';
import { ERROR_CODES } from './generated/errors.js';
import type { ErrorEnvelope } from './generated/wire.js';

/** Gateway class of every catalog code (generated/errors.ts `ERROR_CODES`); hand-written. */
const CATALOG_CLASSES: Readonly<Record<keyof typeof ERROR_CODES & string, ErrorCode>> = {
  'SourceServerState.Invalid': 'CONFLICT',
  'SourceServer.WithRunningReplicationJob': 'CONFLICT',
  'ReplicationJob.Related': 'CONFLICT',
  // "Please try again": transient, like ServiceUnavailable.
  InternalError: 'UPSTREAM_UNAVAILABLE',
  'SourceServerName.Duplicate': 'CONFLICT',
  'ReplicationJobDataDiskIndex.Invalid': 'BAD_USER_INPUT',
  'VSwitchIdVpcId.Mismatch': 'BAD_USER_INPUT',
  'InvalidSecurityGroupId.IncorrectNetworkType': 'BAD_USER_INPUT',
  'InvalidSecurityGroupId.VPCMismatch': 'BAD_USER_INPUT',
  'QuotaExceeded.ReplicationJob': 'CONFLICT',
  'ReplicationJobName.Duplicate': 'CONFLICT',
  'ReplicationJob.InvalidStatus': 'CONFLICT',
  'Forbidden.Unauthorized': 'FORBIDDEN',
  'DataDisk.DuplicateIndex': 'BAD_USER_INPUT',
  'NumberExceed.Tags': 'BAD_USER_INPUT',
  'MissingParameter.ResourceType': 'BAD_USER_INPUT',
  'InvalidResourceType.NotFound': 'BAD_USER_INPUT',
  'NumberExceed.ResourceIds': 'BAD_USER_INPUT',
  'Duplicate.ResourceId': 'BAD_USER_INPUT',
  'InvalidResourceId.NotFound': 'NOT_FOUND',
  'InvalidParameter.TagValue': 'BAD_USER_INPUT',
  SignatureDoesNotMatch: 'UNAUTHENTICATED',
  'InvalidTimeStamp.Expired': 'UNAUTHENTICATED',
  SignatureNonceUsed: 'UNAUTHENTICATED',
  InvalidVersion: 'UPSTREAM_ERROR',
  'InvalidAction.NotFound': 'UNSUPPORTED_OPERATION',
  'InvalidAccessKeyId.NotFound': 'UNAUTHENTICATED',
  MissingParameter: 'BAD_USER_INPUT',
};

/**
 * Vendor-wide codes outside the catalog that the adapter (and the simulator) meet: throttling,
 * availability, STS tokens, malformed values and unknown ids. Marked [ext] in the README.
 */
export const EXTRA_CODES: Readonly<Record<string, { code: ErrorCode; http: number; message: string }>> = {
  'Throttling.User': { code: 'THROTTLED', http: 400, message: 'Request was denied due to user flow control.' },
  'Throttling.Api': { code: 'THROTTLED', http: 400, message: 'Request was denied due to api flow control.' },
  Throttling: { code: 'THROTTLED', http: 400, message: 'Request was denied due to flow control.' },
  ServiceUnavailable: { code: 'UPSTREAM_UNAVAILABLE', http: 503, message: 'The request has failed due to a temporary failure of the server.' },
  'InvalidAccessKeyId.Inactive': { code: 'UNAUTHENTICATED', http: 400, message: 'Specified access key is disabled.' },
  'InvalidSecurityToken.Expired': { code: 'UNAUTHENTICATED', http: 400, message: 'Specified SecurityToken is expired.' },
  'InvalidSecurityToken.Malformed': { code: 'UNAUTHENTICATED', http: 400, message: 'Specified SecurityToken is malformed.' },
  InvalidParameter: { code: 'BAD_USER_INPUT', http: 400, message: 'The specified parameter is not valid.' },
  'InvalidSourceId.NotFound': { code: 'NOT_FOUND', http: 404, message: 'The specified source server does not exist.' },
  'InvalidJobId.NotFound': { code: 'NOT_FOUND', http: 404, message: 'The specified replication job does not exist.' },
};

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['THROTTLED', 'UPSTREAM_UNAVAILABLE']);

function cls(code: ErrorCode): Classification {
  return { code, retryable: RETRYABLE.has(code) };
}

/** Gateway class by family, for codes in neither table. */
function family(code: string): ErrorCode | undefined {
  if (/^Throttling/i.test(code)) return 'THROTTLED';
  if (/^(Forbidden|NoPermission)/.test(code)) return 'FORBIDDEN';
  if (/^(InvalidAccessKey|InvalidSecurityToken|IncompleteSignature|Signature|InvalidTimeStamp)/.test(code)) return 'UNAUTHENTICATED';
  if (/\.NotFound$/.test(code)) return 'NOT_FOUND';
  if (/^(InvalidParameter|MissingParameter|Invalid[A-Za-z]+\.(Malformed|Format|Mismatch))/.test(code)) return 'BAD_USER_INPUT';
  if (/(InvalidStatus|\.Duplicate|Duplicate\.|QuotaExceeded|\.Related$)/.test(code)) return 'CONFLICT';
  return undefined;
}

/** The vendor code table (adapters/common/classify.ts consults it before the HTTP status). */
export const VENDOR_CODES: VendorCodeTable = (vendorCode) => {
  const known = (CATALOG_CLASSES as Record<string, ErrorCode>)[vendorCode] ?? EXTRA_CODES[vendorCode]?.code ?? family(vendorCode);
  return known ? cls(known) : undefined;
};

/** Codes after which a retry may succeed (throttling, transient): the code table's retryable classes. */
export function isTransientCode(code: string | undefined): boolean {
  return code !== undefined && VENDOR_CODES(code)?.retryable === true;
}

/** The catalog (or [ext]) message of a code. */
export function messageOf(code: string): string | undefined {
  return ERROR_CODES[code]?.message || EXTRA_CODES[code]?.message || undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The parsed envelope of an error body; null when the body is not the vendor's JSON envelope. */
export function parseEnvelope(body: string): VendorError | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  const env = parsed as ErrorEnvelope;
  const code = typeof env.Code === 'string' && env.Code !== '' ? env.Code : undefined;
  if (!code) return null;
  // Vendor messages are kept for refusals (they explain the state); credential failures get the
  // fixed text, as the vendor's may echo the string-to-sign. Scrubbed before truncating.
  const raw = VENDOR_CODES(code)?.code === 'UNAUTHENTICATED' ? (messageOf(code) ?? 'authentication failed') : env.Message || messageOf(code);
  return {
    code,
    message: raw ? truncate(secrets.scrub(raw), 300) : undefined,
    requestId: typeof env.RequestId === 'string' && env.RequestId ? env.RequestId : undefined,
  };
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
