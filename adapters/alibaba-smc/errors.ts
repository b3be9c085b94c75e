/**
 * Alibaba SMC error envelope -> GatewayError.
 *
 * Envelope (HTTP 4xx/5xx): `{"RequestId","HostId","Code","Message"[,"Recommend"]}`. The table below
 * classifies every code of the catalog (`errorCodes` and `gatewayErrorCodes`) plus the vendor-wide
 * throttling / availability codes; families (`*.NotFound`, `Throttling*`, ...) catch the rest.
 * Messages never carry secrets: for signature/credential codes a fixed text replaces the vendor's
 * (a real SignatureDoesNotMatch message echoes the server's string-to-sign).
 */
import { GatewayError, type ErrorCode } from '../../src/core/errors.js';
import { secrets } from '../common/secrets.js';
import type { ErrorEnvelope } from './wire.js';
import { PROVIDER_ID } from './wire.js';

export interface CodeInfo {
  code: ErrorCode;
  /** HTTP status the vendor uses (catalog; null where the seed gives none). */
  http: number | null;
  message: string;
}

/** SMC error codes of the catalog (`errorCodes`), verbatim. */
export const SMC_ERROR_CODES: Readonly<Record<string, CodeInfo>> = {
  'SourceServerState.Invalid': { code: 'CONFLICT', http: 400, message: 'The specified source server status is invalid.' },
  'SourceServer.WithRunningReplicationJob': { code: 'CONFLICT', http: 400, message: 'The specified source server has related replication jobs that are running.' },
  'ReplicationJob.Related': { code: 'CONFLICT', http: 400, message: 'The specified source server has related replication jobs.' },
  InternalError: { code: 'UPSTREAM_UNAVAILABLE', http: 500, message: 'An error occurred while processing your request. Please try again. If the problem still exists, please submit a ticket.' },
  'SourceServerName.Duplicate': { code: 'CONFLICT', http: 400, message: 'The specified source server name already exists. Please modify the source server name.' },
  'ReplicationJobDataDiskIndex.Invalid': { code: 'BAD_USER_INPUT', http: 400, message: 'The specified replication job contains data disk index not found in source server.' },
  'VSwitchIdVpcId.Mismatch': { code: 'BAD_USER_INPUT', http: 400, message: 'The specified VSwitchId and VpcId does not match.' },
  'InvalidSecurityGroupId.IncorrectNetworkType': { code: 'BAD_USER_INPUT', http: 400, message: 'The network type of the specified security group does not support this action.' },
  'InvalidSecurityGroupId.VPCMismatch': { code: 'BAD_USER_INPUT', http: 400, message: 'The specified security group and the specified virtual switch are not in the same VPC.' },
  'QuotaExceeded.ReplicationJob': { code: 'CONFLICT', http: 400, message: 'The maximum number of replication jobs is exceeded. Please submit a ticket to raise the quota.' },
  'ReplicationJobName.Duplicate': { code: 'CONFLICT', http: 400, message: 'The specified replication job name already exists.' },
  'ReplicationJob.InvalidStatus': { code: 'CONFLICT', http: 400, message: 'The specified replication job status is invalid.' },
  'Forbidden.Unauthorized': { code: 'FORBIDDEN', http: 403, message: 'A required authorization for the specified action is not supplied.' },
  'DataDisk.DuplicateIndex': { code: 'BAD_USER_INPUT', http: 400, message: 'The source server data disk cannot contain the same index.' },
  'NumberExceed.Tags': { code: 'BAD_USER_INPUT', http: 400, message: 'The maximum number of the Tag parameters cannot exceed 20.' },
  'MissingParameter.ResourceType': { code: 'BAD_USER_INPUT', http: 400, message: 'You must specify ResourceType.' },
  'InvalidResourceType.NotFound': { code: 'BAD_USER_INPUT', http: 400, message: 'The specified ResourceType does not exist.' },
  'NumberExceed.ResourceIds': { code: 'BAD_USER_INPUT', http: 400, message: 'The maximum number of ResourceId parameters cannot exceed 50.' },
  'Duplicate.ResourceId': { code: 'BAD_USER_INPUT', http: 400, message: 'The ResourceId contains duplicate values.' },
  'InvalidResourceId.NotFound': { code: 'NOT_FOUND', http: 400, message: 'The specified ResourceIds do not exist.' },
  // The seed names it in prose only (no status/message); 400 and the message are the simulator's choice.
  'InvalidParameter.TagValue': { code: 'BAD_USER_INPUT', http: 400, message: 'The Tag.N.Value parameter is specified without Tag.N.Key.' },
};

/** POP gateway codes of the catalog (`gatewayErrorCodes`; not in the seeds, statuses partly confirmed). */
export const GATEWAY_ERROR_CODES: Readonly<Record<string, CodeInfo>> = {
  SignatureDoesNotMatch: { code: 'UNAUTHENTICATED', http: 400, message: 'Specified signature is not matched with our calculation.' },
  'InvalidTimeStamp.Expired': { code: 'UNAUTHENTICATED', http: 400, message: 'Specified time stamp or date value is expired.' },
  SignatureNonceUsed: { code: 'UNAUTHENTICATED', http: 400, message: 'Specified signature nonce was used already.' },
  InvalidVersion: { code: 'UPSTREAM_ERROR', http: 400, message: 'Specified parameter Version is not valid.' },
  'InvalidAction.NotFound': { code: 'UNSUPPORTED_OPERATION', http: 404, message: 'Specified api is not found, please check your url and method.' },
  'InvalidAccessKeyId.NotFound': { code: 'UNAUTHENTICATED', http: 404, message: 'Specified access key is not found.' },
  MissingParameter: { code: 'BAD_USER_INPUT', http: 400, message: 'The input parameter that is mandatory for processing this request is not supplied.' },
};

/**
 * Vendor-wide codes outside the catalog that the adapter (and the simulator) meet: throttling, STS
 * tokens, malformed values and unknown ids. Marked [ext] in the README.
 */
export const EXTRA_ERROR_CODES: Readonly<Record<string, CodeInfo>> = {
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

/** Every classified code (catalog + extra). */
export const ERROR_TABLE: Readonly<Record<string, CodeInfo>> = { ...SMC_ERROR_CODES, ...GATEWAY_ERROR_CODES, ...EXTRA_ERROR_CODES };

/** The gateway code for a vendor code (families for codes outside the table). */
export function classifyCode(code: string | undefined, httpStatus: number): ErrorCode {
  if (code) {
    const known = ERROR_TABLE[code];
    if (known) return known.code;
    if (/^Throttling/i.test(code)) return 'THROTTLED';
    if (/^(Forbidden|NoPermission)/.test(code)) return 'FORBIDDEN';
    if (/^(InvalidAccessKey|InvalidSecurityToken|IncompleteSignature|Signature)/.test(code)) return 'UNAUTHENTICATED';
    if (/\.NotFound$/.test(code)) return 'NOT_FOUND';
    if (/^(InvalidParameter|MissingParameter|Invalid[A-Za-z]+\.(Malformed|Format|Mismatch))/.test(code)) return 'BAD_USER_INPUT';
    if (/(InvalidStatus|\.Duplicate|Duplicate\.|QuotaExceeded|\.Related$)/.test(code)) return 'CONFLICT';
    if (code === 'ServiceUnavailable' || code === 'InternalError') return 'UPSTREAM_UNAVAILABLE';
  }
  if (httpStatus === 429) return 'THROTTLED';
  if (httpStatus === 401) return 'UNAUTHENTICATED';
  if (httpStatus === 403) return 'FORBIDDEN';
  if (httpStatus >= 500) return httpStatus === 501 ? 'UPSTREAM_ERROR' : 'UPSTREAM_UNAVAILABLE';
  return 'UPSTREAM_ERROR';
}

const SAFE_MESSAGE_CODES: ReadonlySet<ErrorCode> = new Set(['UNAUTHENTICATED']);

export interface ErrorContext {
  account?: string;
  action: string;
}

/** Builds the GatewayError for an error response (status >= 400) whose body is `envelope`. */
export function fromEnvelope(httpStatus: number, envelope: ErrorEnvelope | null, ctx: ErrorContext): GatewayError {
  const code = envelope?.Code || undefined;
  const gwCode = classifyCode(code, httpStatus);
  const known = code ? ERROR_TABLE[code] : undefined;
  // Vendor messages are kept for refusals (they explain the state); credential failures get the fixed
  // text, as the vendor's may echo the string-to-sign.
  const vendorMessage = SAFE_MESSAGE_CODES.has(gwCode) ? known?.message ?? 'authentication failed' : envelope?.Message || known?.message;
  // Scrubbed before truncating: an echoed secret (or half of one) never enters the error.
  const vendorText = vendorMessage ? secrets.scrub(vendorMessage) : undefined;
  const text = `${ctx.action}: ${code ?? `HTTP ${httpStatus}`}${vendorText ? `: ${truncate(vendorText, 300)}` : ''}`;
  return new GatewayError(gwCode, text, {
    provider: PROVIDER_ID,
    account: ctx.account,
    providerCode: code,
    requestId: envelope?.RequestId || undefined,
    httpStatus,
  });
}

/** A response that is not the vendor's JSON (proxy page, truncated body). */
export function malformedResponse(httpStatus: number, ctx: ErrorContext): GatewayError {
  return new GatewayError(httpStatus >= 500 ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_ERROR', `${ctx.action}: malformed response (HTTP ${httpStatus})`, {
    provider: PROVIDER_ID,
    account: ctx.account,
    httpStatus,
  });
}

/** Network failure (reset, timeout, DNS) after the retries allowed for the operation. */
export function networkError(cause: unknown, ctx: ErrorContext): GatewayError {
  const errCode = (cause as { code?: string } | null)?.code;
  return new GatewayError('UPSTREAM_UNAVAILABLE', `${ctx.action}: upstream unreachable${errCode ? ` (${errCode})` : ''}`, {
    provider: PROVIDER_ID,
    account: ctx.account,
    cause,
  });
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
