/**
 * The simulated vendor's refusals (codes, HTTP statuses and messages as the seed gives them) and its
 * envelopes: the error body `{RequestId, HostId, Code, Message, Recommend}`, JSON or XML.
 */
import type { SimResponse } from '../../common/simulator/http.js';

export const HOST_ID = 'smc.aliyuncs.com';

export class SmcFault extends Error {
  constructor(
    readonly code: string,
    readonly http: number,
    message: string,
  ) {
    super(message);
  }
}

export const MSG = {
  sourceState: 'The specified source server status is invalid.',
  withRunning: 'The specified source server has related replication jobs that are running.',
  related: 'The specified source server has related replication jobs.',
  srcNameDup: 'The specified source server name already exists. Please modify the source server name.',
  diskIndex: 'The specified replication job contains data disk index not found in source server.',
  vswMismatch: 'The specified VSwitchId and VpcId does not match.',
  quota: 'The maximum number of replication jobs is exceeded. Please submit a ticket to raise the quota.',
  jobNameDup: 'The specified replication job name already exists.',
  jobStatus: 'The specified replication job status is invalid.',
  dupIndex: 'The source server data disk cannot contain the same index.',
  tagsExceed: 'The maximum number of the Tag parameters cannot exceed 20.',
  missingResType: 'You must specify ResourceType.',
  resTypeNotFound: 'The specified ResourceType does not exist.',
  resIdsExceed: 'The maximum number of ResourceId parameters cannot exceed 50.',
  dupResId: 'The ResourceId contains duplicate values.',
  resIdNotFound: 'The specified ResourceIds do not exist.',
} as const;

export const fault = {
  missing: (name: string) => new SmcFault('MissingParameter', 400, `The input parameter "${name}" that is mandatory for processing this request is not supplied.`),
  invalid: (name: string, why: string) => new SmcFault('InvalidParameter', 400, `The specified parameter "${name}" is not valid: ${why}`),
  sourceState: () => new SmcFault('SourceServerState.Invalid', 400, MSG.sourceState),
  jobStatus: () => new SmcFault('ReplicationJob.InvalidStatus', 400, MSG.jobStatus),
  sourceNotFound: () => new SmcFault('InvalidSourceId.NotFound', 404, 'The specified source server does not exist.'),
  jobNotFound: () => new SmcFault('InvalidJobId.NotFound', 404, 'The specified replication job does not exist.'),
};

/** The POP gateway's own answers (not an Action's). */
export const gatewayFault = {
  /** The `serverError` fault, before processing or after it (`faults.failAfterApply(action, 'serverError')`). */
  serviceUnavailable: () => new SmcFault('ServiceUnavailable', 503, 'The request has failed due to a temporary failure of the server.'),
  throttled: () => new SmcFault('Throttling.User', 400, 'Request was denied due to user flow control.'),
  actionNotFound: () => new SmcFault('InvalidAction.NotFound', 404, 'Specified api is not found, please check your url and method.'),
};

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `value` as the vendor's XML (lists repeat the element name). */
export function toXml(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => toXml(name, v)).join('');
  if (value !== null && typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>).map(([k, v]) => toXml(k, v)).join('')}</${name}>`;
  }
  return `<${name}>${xmlEscape(value === undefined || value === null ? '' : String(value))}</${name}>`;
}

/** The error envelope of `f`. */
export function errorResponse(f: SmcFault, requestId: string, xml = false): SimResponse {
  const body = {
    RequestId: requestId,
    HostId: HOST_ID,
    Code: f.code,
    Message: f.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(f.code)}&product=Smc`,
  };
  if (xml) return { status: f.http, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: `<?xml version="1.0" encoding="UTF-8"?>${toXml('Error', body)}` };
  return { status: f.http, body };
}
