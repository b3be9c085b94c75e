/**
 * Error codes and envelopes of the Huawei SMS simulator.
 *
 * Messages are copied verbatim from the SMS API Reference (Issue 30, chapter 6.1) for the codes the
 * simulator uses. Every 6.1 code is HTTP 400 there; per-operation pages document 404 for "task not
 * found" on a few operations and 403 (SMS.9004, extended body) for policy denial, so the simulator
 * follows the per-operation pages. API Gateway errors (APIGW.*) use 401 / 404 / 429 as API Gateway does.
 */

export const SMS_MESSAGES = {
  'SMS.0505': "Task %s not found. Check whether the task has been deleted.",
  'SMS.0506': "Failed to obtain template details. Template ID: %s",
  'SMS.0508': "Failed to obtain commands from the source server. Cause %s",
  'SMS.0520': "Failed to obtain the target server password. Cause: %s",
  'SMS.1510': "Configure advanced option %s failed. Cause: %s.",
  'SMS.3402': "Download of RSA public and private keys failed.",
  'SMS.6000': "Service error.",
  'SMS.6002': "Source server name must consist of 1 to 64 characters.",
  'SMS.6003': "Only letters, digits, underscores (_), dot (.), and hyphens (-) are allowed.",
  'SMS.6004': "Invalid subtask name.",
  'SMS.6005': "The status of the source server does not meet the requirements.",
  'SMS.6010': "The request body is not in the JSON format.",
  'SMS.6011': "The JSON request body does not meet the specifications.",
  'SMS.6012': "Empty request body.",
  'SMS.6013': "Incomplete request parameters.",
  'SMS.6014': "The parameter part in the request body is too long.",
  'SMS.6015': "The request header is missing.",
  'SMS.6016': "The header type must be application/json.",
  'SMS.6020': "The command name is missing.",
  'SMS.6021': "The command from the Agent is inconsistent with that from SMS.",
  'SMS.6022': "Incorrect result format.",
  'SMS.6023': "Incorrect result_detail format.",
  'SMS.6030': "Invalid source server ID.",
  'SMS.6031': "The target server information is missing.",
  'SMS.6032': "The target server ID is missing.",
  'SMS.6033': "The disk information is missing.",
  'SMS.6034': "Invalid region name.",
  'SMS.6035': "Domain ID is missing.",
  'SMS.6101': "Invalid migration progress.",
  'SMS.6102': "Parameters do not meet the JSON format requirements.",
  'SMS.6103': "Disk ID is missing.",
  'SMS.6104': "Physical volume name is missing.",
  'SMS.6105': "Physical volume size is missing or invalid.",
  'SMS.6302': "No migration speed limit found.",
  'SMS.6405': "Invalid time format.",
  'SMS.6501': "You can add up to 1,000 source servers.",
  'SMS.6503': "Failed to obtain the OS version of the source server.",
  'SMS.6505': "Unknown source firmware type. It must be BIOS or UEFI.",
  'SMS.6510': "The source server OS is an OEM system.",
  'SMS.6511': "The source server lacks driver files.",
  'SMS.6512': "The system services required for the migration on the source server are not running normally.",
  'SMS.6513': "No administrator permissions on the source server.",
  'SMS.6515': "The source server is paravirtualized.",
  'SMS.6516': "The Linux bootloader must be GRUB.",
  'SMS.6517': "rsync not installed on the source server.",
  'SMS.6518': "The source server has a raw device.",
  'SMS.6520': "The source server is not in the AVAILABLE state.",
  'SMS.6521': "Token-based authentication failed.",
  'SMS.6522': "The X-Auth-Token header field is missing.",
  'SMS.6530': "Invalid source server IP address.",
  'SMS.6544': "Network condition for migration is poor.",
  'SMS.6548': "The migration network performs poorly. It may slow down the migration or synchronization.",
  'SMS.6601': "Invalid OS type.",
  'SMS.6610': "The OS in the task conflicts with the source server OS.",
  'SMS.6615': "The target server has been added to a migration task.",
  'SMS.7101': "Template does not exist.",
  'SMS.7111': "All tasks associated with this template must be deleted first.",
  'SMS.7112': "Duplicate template name.",
  'SMS.7113': "Maximum templates reached.",
  'SMS.7301': "The specified migration template does not exist.",
  'SMS.7303': "The default migration template cannot be deleted.",
  'SMS.7304': "The default migration template does not exist.",
  'SMS.7311': "All source servers associated with the migration project must be deleted first.",
  'SMS.7312': "Duplicate migration project name.",
  'SMS.7313': "The default migration project already exists.",
  'SMS.7321': "The region name in the template is inconsistent with that in the migration project.",
  'SMS.7601': "Failed to delete the source server because a migration task is running on it.",
  'SMS.7602': "The specified source server does not exist.",
  'SMS.7605': "The server has been set as the target server of another migration task. Select another server or delete the task associated with the server.",
  'SMS.7606': "No migration task running on the source server.",
  'SMS.7703': "Task does not exist.",
  'SMS.7706': "Task update failed.",
  'SMS.7711': "Invalid task name.",
  'SMS.7712': "Invalid task type.",
  'SMS.7713': "Only tasks in the Ready for next, Paused, or Error state can be started.",
  'SMS.7714': "Only running tasks can be paused.",
  'SMS.7715': "Only tasks in the Finished state or in the Continuous synchronization stage can be synchronized.",
  'SMS.7716': "Logs can be collected only after the current log collection is completed.",
  'SMS.7717': "Logs can be collected after the migration task is started.",
  'SMS.7718': "Only tasks in the Synchronization failed state can be rolled back.",
  'SMS.7719': "Tasks in current state cannot be deleted.",
  'SMS.7721': "Only target servers in tasks in the Continuous synchronization state can be cloned or started.",
  'SMS.7722': "Only tasks where the target servers have successfully started can be restarted.",
  'SMS.7723': "Failed to delete the task. Ensure that the Agent is connected.",
  'SMS.7726': "Failed to update the migration status or stage for the source server. Field copystate or migrationcycle is missing in the request body.",
  'SMS.7727': "Failed to update the migration status or stage for the source server. Field copystate or migrationcycle in the request body is empty.",
  'SMS.7728': "Change server replication state or migration cycle failed. Values of copystate and migrationcycle do not match.",
  'SMS.8103': "The target server does not exist.",
  'SMS.8114': "Failed to unlock the target server.",
  'SMS.8115': "Maximum templates: 50",
  'SMS.9001': "Invalid parameters.",
  'SMS.9004': "The current account does not have the permission to execute policy {0}.",
  'SMS.9905': "Password query is not allowed on tasks in the current state.",
} as const;

export type SmsCode = keyof typeof SMS_MESSAGES;

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
  return new SmsError(code, 400, formatMessage(SMS_MESSAGES[code], args));
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
  const msg = formatMessage(SMS_MESSAGES['SMS.9004'], [detail]);
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
