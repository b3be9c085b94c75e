/**
 * Error codes and envelopes of the Huawei SMS simulator.
 *
 * Messages are the catalog's (generated/errors.ts ERROR_CODES, verbatim from the SMS API Reference
 * Issue 30, chapter 6.1). Every 6.1 code is HTTP 400 there; per-operation pages document 404 for "task not
 * found" on a few operations and 403 (SMS.9004, extended body) for policy denial, so the simulator
 * follows the per-operation pages. API Gateway errors (APIGW.*) use 401 / 404 / 429 as API Gateway does.
 */
import { ERROR_CODES } from '../generated/errors.js';

/** An SMS code of the catalog (generated/errors.ts), e.g. `SMS.7713`. */
export type SmsCode = string;

/** Operations whose pages document HTTP 404 for a missing task / source (the rest answer 400). */
export const OPS_WITH_404: ReadonlySet<string> = new Set([
  'ShowConsistencyResult',
  'UpdateConsistencyResult',
  'ShowCommand',
  'UpdateCommandResult',
  'ShowCertKey',
  'UpdateNetworkCheckInfo',
  'UploadSpecialConfigurationSetting',
  'ShowConfigSetting',
]);

/** Codes that mean "the thing does not exist" (answered 404 on the operations above). */
const NOT_FOUND_CODES: ReadonlySet<string> = new Set(['SMS.7703', 'SMS.7602', 'SMS.7101', 'SMS.7301', 'SMS.0505']);

export interface ErrorBody {
  error_code: string;
  error_msg: string;
  [k: string]: unknown;
}

/** A refusal a handler throws; the server renders it with the right status for the operation. */
export class SmsError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Fills `%s` / `%d` / `{0}` placeholders in a seed message, in order. */
export function formatMessage(template: string, args: readonly (string | number)[]): string {
  let i = 0;
  return template.replace(/%s|%d|\{0(?:\[0\])?\}/g, (m) => (i < args.length ? String(args[i++]) : m));
}

/** Throws the seed's code with its message (placeholders filled with `args`), HTTP 400 by default. */
export function smsError(code: SmsCode, ...args: (string | number)[]): SmsError {
  return new SmsError(code, 400, formatMessage(ERROR_CODES[code]?.message ?? code, args));
}

/** The HTTP status an SmsError gets for a given operation (404 where the operation documents it). */
export function statusFor(err: SmsError, operation: string): number {
  if (err.status === 400 && NOT_FOUND_CODES.has(err.code) && OPS_WITH_404.has(operation)) return 404;
  return err.status;
}

export function errorBody(err: SmsError): ErrorBody {
  return { error_code: err.code, error_msg: err.message, ...err.extra };
}

/** 403 policy denial (SMS.9004), in the extended ForbiddenErrorResponse shape of the seed's examples. */
export function forbidden(action: string, resource: string): SmsError {
  const detail = `You do not have permission to perform action ${action} on resource ${resource}.`;
  const msg = formatMessage(ERROR_CODES['SMS.9004']!.message, [detail]);
  return new SmsError('SMS.9004', 403, msg, {
    encoded_authorization_message: Buffer.from(
      JSON.stringify({ action, resource, decision: 'deny', reason: 'no matching allow policy' }),
    ).toString('base64'),
    error_param: [detail],
    details: [{ error_code: 'SMS.9004', error_msg: detail }],
  });
}

/** API Gateway authentication failure (AK/SK or token): APIGW.0301, HTTP 401. */
export function apigwAuthError(detail: string): SmsError {
  return new SmsError('APIGW.0301', 401, `Incorrect IAM authentication information: ${detail}`);
}

export function apigwNoApi(): SmsError {
  return new SmsError('APIGW.0101', 404, 'The API does not exist or has not been published in the environment');
}

export function apigwThrottled(): SmsError {
  return new SmsError(
    'APIGW.0308',
    429,
    'The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute',
  );
}

/** API Gateway's "backend unavailable" (APIG.0202), the serverError fault: HTTP 503, retryable. */
export function apigwUnavailable(): SmsError {
  return new SmsError('APIG.0202', 503, 'Backend unavailable.');
}
