import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES as GATEWAY_CODES } from '../../src/core/errors.js';
import { ERROR_CODES } from '../../adapters/ucloudstack-smc/generated/errors.js';
import {
  classifyRetCode,
  envelopeError,
  parseEnvelope,
  redact,
  SIMULATOR_STATUS_RETCODES,
  VENDOR_CODES,
} from '../../adapters/ucloudstack-smc/errors.js';

const CTX = { provider: 'ucloudstack-smc' as const, service: 'UCloudStack SMC', account: 'acc', operation: 'StartSMC', safeToRetry: false };

test('every catalog error code is classified (0 is success)', () => {
  for (const code of Object.keys(ERROR_CODES)) {
    const cls = VENDOR_CODES(code);
    if (code === '0') {
      assert.equal(cls, undefined);
      continue;
    }
    assert.ok(cls, `no class for ${code}`);
    assert.ok((GATEWAY_CODES as readonly string[]).includes(cls.code), `${code} -> ${cls.code}`);
  }
  assert.equal(VENDOR_CODES('9999'), undefined);
});

test('classification of the important codes', () => {
  assert.deepEqual(classifyRetCode(153), { code: 'THROTTLED', retryable: true });
  assert.deepEqual(classifyRetCode(150), { code: 'UPSTREAM_UNAVAILABLE', retryable: true });
  assert.equal(classifyRetCode(171)?.code, 'UNAUTHENTICATED');
  assert.equal(classifyRetCode(172)?.code, 'UNAUTHENTICATED');
  assert.equal(classifyRetCode(161)?.code, 'UNSUPPORTED_OPERATION');
  assert.equal(classifyRetCode(299)?.code, 'FORBIDDEN');
  assert.equal(classifyRetCode(292)?.code, 'NOT_FOUND');
  assert.equal(classifyRetCode(9999), undefined);
  // A status name at the start of the message wins over the number, whatever the number is.
  assert.equal(classifyRetCode(230, 'StatusResourceStatusInvalid: SMC is Syncing')?.code, 'CONFLICT');
  assert.equal(classifyRetCode(SIMULATOR_STATUS_RETCODES.StatusResourceNotExist, 'StatusResourceNotExist: SMC [x] not exist')?.code, 'NOT_FOUND');
  assert.equal(classifyRetCode(1, 'StatusParamInvalid')?.code, 'BAD_USER_INPUT');
  assert.equal(classifyRetCode(1, 'see StatusParamInvalid later'), undefined);
});

test('envelopeError: providerCode is the RetCode verbatim, requestId and account kept, unknown -> by HTTP status', () => {
  const env = (RetCode: number, Message: string) => parseEnvelope({ Action: 'StartSMCResponse', RetCode, Message }, 'req-1');
  const e = envelopeError(200, env(8003, 'StatusResourceStatusInvalid: SMC [smc-1] is Syncing'), CTX);
  assert.equal(e.code, 'CONFLICT');
  assert.equal(e.providerCode, '8003');
  assert.equal(e.provider, 'ucloudstack-smc');
  assert.equal(e.account, 'acc');
  assert.equal(e.requestId, 'req-1');
  assert.equal(e.retryable, false);
  assert.match(e.message, /StartSMC refused 8003/);
  const t = envelopeError(200, env(153, 'throttled'), CTX);
  assert.equal(t.code, 'THROTTLED');
  assert.equal(t.retryable, true);
  const u = envelopeError(200, env(4242, ''), CTX);
  assert.equal(u.code, 'UPSTREAM_ERROR');
  assert.equal(u.providerCode, '4242');
  const bad = envelopeError(200, env(8000, 'StatusParamInvalid: missing parameter Region'), CTX);
  assert.equal(bad.code, 'BAD_USER_INPUT');
  assert.equal(bad.field, 'Region');
  assert.equal(bad.account, 'acc');
});

test('secrets echoed by the vendor are redacted from messages', () => {
  const v = parseEnvelope({ Action: 'SetupSMCResponse', RetCode: 8000, Message: 'StatusParamInvalid: Password Hunter2-Secret rejected' }, undefined, ['Hunter2-Secret']);
  const e = envelopeError(200, v, CTX);
  assert.ok(!e.message.includes('Hunter2-Secret'));
  assert.match(e.message, /\*\*\*/);
  assert.equal(redact('a-b-a', ['a']), 'a-b-a'); // too short to be a secret: left alone
});

test('HTTP statuses without an envelope (common classifier)', () => {
  assert.equal(envelopeError(503, null, CTX).code, 'UPSTREAM_UNAVAILABLE');
  assert.equal(envelopeError(503, null, CTX).retryable, true);
  assert.equal(envelopeError(429, null, CTX).code, 'THROTTLED');
  assert.equal(envelopeError(401, null, CTX).code, 'UNAUTHENTICATED');
  assert.equal(envelopeError(403, null, CTX).code, 'FORBIDDEN');
  assert.equal(envelopeError(500, null, CTX).httpStatus, 500);
});
