import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES as GATEWAY_CODES } from '../../src/core/errors.js';
import { vendorError } from '../../adapters/common/classify.js';
import { ERROR_CODES } from '../../adapters/alibaba-smc/generated/errors.js';
import { EXTRA_CODES, isTransientCode, parseEnvelope, VENDOR_CODES } from '../../adapters/alibaba-smc/errors.js';

const ctx = { provider: 'alibaba-smc', service: 'Alibaba SMC', account: 'acc', operation: 'StartReplicationJob', safeToRetry: false };

test('every catalog error code (generated ERROR_CODES) and every [ext] code is classified', () => {
  for (const code of [...Object.keys(ERROR_CODES), ...Object.keys(EXTRA_CODES)]) {
    const cls = VENDOR_CODES(code);
    assert.ok(cls, `${code} missing`);
    assert.ok((GATEWAY_CODES as readonly string[]).includes(cls.code));
  }
  for (const [code, info] of Object.entries(EXTRA_CODES)) assert.equal(VENDOR_CODES(code)?.code, info.code, code);
});

test('classification of the main families', () => {
  const c = (code: string) => VENDOR_CODES(code)?.code;
  assert.equal(c('ReplicationJob.InvalidStatus'), 'CONFLICT');
  assert.equal(c('SourceServerState.Invalid'), 'CONFLICT');
  assert.equal(c('Throttling.User'), 'THROTTLED');
  assert.equal(c('Throttling.Whatever'), 'THROTTLED');
  assert.equal(c('SignatureDoesNotMatch'), 'UNAUTHENTICATED');
  assert.equal(c('InvalidAccessKeyId.NotFound'), 'UNAUTHENTICATED');
  assert.equal(c('Forbidden.RAM'), 'FORBIDDEN');
  assert.equal(c('InvalidFoo.NotFound'), 'NOT_FOUND');
  assert.equal(c('InvalidJobId.NotFound'), 'NOT_FOUND');
  assert.equal(c('InternalError'), 'UPSTREAM_UNAVAILABLE');
  assert.equal(c('ServiceUnavailable'), 'UPSTREAM_UNAVAILABLE');
  assert.equal(c('InvalidAction.NotFound'), 'UNSUPPORTED_OPERATION');
  assert.equal(c('Something.New'), undefined);
  assert.ok(isTransientCode('Throttling.User'));
  assert.ok(isTransientCode('ServiceUnavailable'));
  assert.ok(!isTransientCode('ReplicationJob.InvalidStatus'));
});

test('envelope -> GatewayError keeps Code and RequestId; credential failures never echo the vendor message', () => {
  const e = vendorError(400, parseEnvelope(JSON.stringify({ RequestId: 'R-1', HostId: 'smc.aliyuncs.com', Code: 'ReplicationJob.InvalidStatus', Message: 'The specified replication job status is invalid.' })), VENDOR_CODES, ctx);
  assert.equal(e.code, 'CONFLICT');
  assert.equal(e.providerCode, 'ReplicationJob.InvalidStatus');
  assert.equal(e.requestId, 'R-1');
  assert.equal(e.provider, 'alibaba-smc');
  assert.equal(e.account, 'acc');
  assert.equal(e.httpStatus, 400);
  assert.equal(e.retryable, false);
  assert.match(e.message, /StartReplicationJob refused ReplicationJob.InvalidStatus/);

  const s = vendorError(400, parseEnvelope(JSON.stringify({ RequestId: 'R-2', Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3DLTAIsecret' })), VENDOR_CODES, ctx);
  assert.equal(s.code, 'UNAUTHENTICATED');
  assert.doesNotMatch(s.message, /string to sign|LTAI/);

  const t = vendorError(400, parseEnvelope(JSON.stringify({ RequestId: 'R-3', Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' })), VENDOR_CODES, { ...ctx, account: undefined });
  assert.equal(t.code, 'THROTTLED');
  assert.equal(t.retryable, true);
  assert.deepEqual(t.toExtensions(), { code: 'THROTTLED', retryable: true, provider: 'alibaba-smc', providerCode: 'Throttling.User', requestId: 'R-3' });

  assert.equal(parseEnvelope('<html>proxy</html>'), null);
  assert.equal(vendorError(503, null, VENDOR_CODES, ctx).code, 'UPSTREAM_UNAVAILABLE');
});
