import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES } from '../../src/core/errors.js';
import { classifyCode, ERROR_TABLE, fromEnvelope, GATEWAY_ERROR_CODES, SMC_ERROR_CODES } from '../../adapters/alibaba-smc/errors.js';

/** Copied from the catalog (alibaba-smc.json): `errorCodes` and `gatewayErrorCodes`, with their HTTP statuses. */
const CATALOG_ERROR_CODES: [string, number | null][] = [
  ['SourceServerState.Invalid', 400],
  ['SourceServer.WithRunningReplicationJob', 400],
  ['ReplicationJob.Related', 400],
  ['InternalError', 500],
  ['SourceServerName.Duplicate', 400],
  ['ReplicationJobDataDiskIndex.Invalid', 400],
  ['VSwitchIdVpcId.Mismatch', 400],
  ['InvalidSecurityGroupId.IncorrectNetworkType', 400],
  ['InvalidSecurityGroupId.VPCMismatch', 400],
  ['QuotaExceeded.ReplicationJob', 400],
  ['ReplicationJobName.Duplicate', 400],
  ['ReplicationJob.InvalidStatus', 400],
  ['Forbidden.Unauthorized', 403],
  ['DataDisk.DuplicateIndex', 400],
  ['NumberExceed.Tags', 400],
  ['MissingParameter.ResourceType', 400],
  ['InvalidResourceType.NotFound', 400],
  ['NumberExceed.ResourceIds', 400],
  ['Duplicate.ResourceId', 400],
  ['InvalidResourceId.NotFound', 400],
  ['InvalidParameter.TagValue', null],
];
const CATALOG_GATEWAY_CODES: [string, number][] = [
  ['SignatureDoesNotMatch', 400],
  ['InvalidTimeStamp.Expired', 400],
  ['SignatureNonceUsed', 400],
  ['InvalidVersion', 400],
  ['InvalidAction.NotFound', 404],
  ['InvalidAccessKeyId.NotFound', 404],
  ['MissingParameter', 400],
];

test('every catalog error code is classified in the table, with the catalog status', () => {
  for (const [code, http] of CATALOG_ERROR_CODES) {
    const info = SMC_ERROR_CODES[code];
    assert.ok(info, `${code} missing`);
    assert.ok((ERROR_CODES as readonly string[]).includes(info.code));
    if (http !== null) assert.equal(info.http, http, code);
  }
  for (const [code, http] of CATALOG_GATEWAY_CODES) {
    const info = GATEWAY_ERROR_CODES[code];
    assert.ok(info, `${code} missing`);
    assert.equal(info.http, http, code);
  }
  assert.equal(Object.keys(SMC_ERROR_CODES).length, CATALOG_ERROR_CODES.length);
  assert.equal(Object.keys(GATEWAY_ERROR_CODES).length, CATALOG_GATEWAY_CODES.length);
});

test('classification of the main families', () => {
  assert.equal(classifyCode('ReplicationJob.InvalidStatus', 400), 'CONFLICT');
  assert.equal(classifyCode('SourceServerState.Invalid', 400), 'CONFLICT');
  assert.equal(classifyCode('Throttling.User', 400), 'THROTTLED');
  assert.equal(classifyCode('Throttling.Whatever', 400), 'THROTTLED');
  assert.equal(classifyCode('SignatureDoesNotMatch', 400), 'UNAUTHENTICATED');
  assert.equal(classifyCode('InvalidAccessKeyId.NotFound', 404), 'UNAUTHENTICATED');
  assert.equal(classifyCode('Forbidden.RAM', 403), 'FORBIDDEN');
  assert.equal(classifyCode('InvalidFoo.NotFound', 404), 'NOT_FOUND');
  assert.equal(classifyCode('InvalidJobId.NotFound', 404), 'NOT_FOUND');
  assert.equal(classifyCode('InternalError', 500), 'UPSTREAM_UNAVAILABLE');
  assert.equal(classifyCode('InvalidAction.NotFound', 404), 'UNSUPPORTED_OPERATION');
  assert.equal(classifyCode(undefined, 502), 'UPSTREAM_UNAVAILABLE');
  assert.equal(classifyCode('Something.New', 400), 'UPSTREAM_ERROR');
  for (const info of Object.values(ERROR_TABLE)) assert.ok((ERROR_CODES as readonly string[]).includes(info.code));
});

test('fromEnvelope keeps Code and RequestId; credential failures never echo the vendor message', () => {
  const e = fromEnvelope(400, { RequestId: 'R-1', HostId: 'smc.aliyuncs.com', Code: 'ReplicationJob.InvalidStatus', Message: 'The specified replication job status is invalid.' }, { account: 'acc', action: 'StartReplicationJob' });
  assert.equal(e.code, 'CONFLICT');
  assert.equal(e.providerCode, 'ReplicationJob.InvalidStatus');
  assert.equal(e.requestId, 'R-1');
  assert.equal(e.provider, 'alibaba-smc');
  assert.equal(e.account, 'acc');
  assert.equal(e.httpStatus, 400);
  assert.equal(e.retryable, false);
  assert.match(e.message, /StartReplicationJob: ReplicationJob.InvalidStatus/);

  const s = fromEnvelope(400, { RequestId: 'R-2', Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3DLTAIsecret' }, { action: 'DescribeSourceServers' });
  assert.equal(s.code, 'UNAUTHENTICATED');
  assert.doesNotMatch(s.message, /string to sign|LTAI/);

  const t = fromEnvelope(400, { RequestId: 'R-3', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' }, { action: 'DescribeReplicationJobs' });
  assert.equal(t.code, 'THROTTLED');
  assert.equal(t.retryable, true);
  assert.deepEqual(t.toExtensions(), { code: 'THROTTLED', retryable: true, provider: 'alibaba-smc', providerCode: 'Throttling.User', requestId: 'R-3' });
});
