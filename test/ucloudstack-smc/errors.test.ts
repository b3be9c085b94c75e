import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES } from '../../src/core/errors.js';
import {
  classifyRetCode,
  envelopeError,
  httpStatusError,
  redact,
  RETCODE_TABLE,
  SIMULATOR_STATUS_RETCODES,
  STATUS_NAME_TABLE,
} from '../../adapters/ucloudstack-smc/errors.js';

/** Every error code of the catalogue (ucloudstack-smc.json errorCodes), copied here. */
const CATALOG_CODES = [
  '0', '110', '130', '150', '153', '160', '161', '170', '171', '172', '174', '292', '293', '294', '295', '299',
  'StatusParamInvalid', 'StatusResourceNotExist', 'StatusResourceNotBelongsToTenant', 'StatusResourceStatusInvalid',
];

test('every catalogue error code is classified (0 is success)', () => {
  for (const code of CATALOG_CODES) {
    if (code === '0') continue;
    const rule = /^[0-9]+$/.test(code) ? RETCODE_TABLE[code] : STATUS_NAME_TABLE[code];
    assert.ok(rule, `no rule for ${code}`);
    assert.ok((ERROR_CODES as readonly string[]).includes(rule.code), `${code} -> ${rule.code}`);
  }
  assert.equal(Object.keys(RETCODE_TABLE).length + Object.keys(STATUS_NAME_TABLE).length, CATALOG_CODES.length - 1);
});

test('classification of the important codes', () => {
  assert.equal(classifyRetCode(153)?.code, 'THROTTLED');
  assert.equal(classifyRetCode(150)?.code, 'UPSTREAM_UNAVAILABLE');
  assert.equal(classifyRetCode(171)?.code, 'UNAUTHENTICATED');
  assert.equal(classifyRetCode(172)?.code, 'UNAUTHENTICATED');
  assert.equal(classifyRetCode(161)?.code, 'UNSUPPORTED_OPERATION');
  assert.equal(classifyRetCode(299)?.code, 'FORBIDDEN');
  assert.equal(classifyRetCode(292)?.code, 'NOT_FOUND');
  assert.equal(classifyRetCode(9999), null);
  // A status name at the start of the message wins over the number, whatever the number is.
  assert.equal(classifyRetCode(230, 'StatusResourceStatusInvalid: SMC is Syncing')?.code, 'CONFLICT');
  assert.equal(classifyRetCode(SIMULATOR_STATUS_RETCODES.StatusResourceNotExist, 'StatusResourceNotExist: SMC [x] not exist')?.code, 'NOT_FOUND');
  assert.equal(classifyRetCode(1, 'StatusParamInvalid')?.code, 'BAD_USER_INPUT');
  assert.equal(classifyRetCode(1, 'see StatusParamInvalid later'), null);
});

test('envelopeError: providerCode is the RetCode verbatim, requestId and account kept, unknown -> UPSTREAM_ERROR', () => {
  const e = envelopeError(
    { Action: 'StartSMCResponse', RetCode: 8003, Message: 'StatusResourceStatusInvalid: SMC [smc-1] is Syncing' },
    { action: 'StartSMC', account: 'acc', requestId: 'req-1', httpStatus: 200 },
  );
  assert.equal(e.code, 'CONFLICT');
  assert.equal(e.providerCode, '8003');
  assert.equal(e.provider, 'ucloudstack-smc');
  assert.equal(e.account, 'acc');
  assert.equal(e.requestId, 'req-1');
  assert.equal(e.retryable, false);
  assert.match(e.message, /StartSMC failed: RetCode 8003/);
  const t = envelopeError({ Action: 'DescribeSMCResponse', RetCode: 153, Message: 'throttled' }, { action: 'DescribeSMC' });
  assert.equal(t.code, 'THROTTLED');
  assert.equal(t.retryable, true);
  const u = envelopeError({ Action: 'XResponse', RetCode: 4242, Message: '' }, { action: 'X' });
  assert.equal(u.code, 'UPSTREAM_ERROR');
  assert.equal(u.providerCode, '4242');
  const bad = envelopeError({ Action: 'XResponse', RetCode: 8000, Message: 'StatusParamInvalid: missing parameter Region' }, { action: 'X' });
  assert.equal(bad.code, 'BAD_USER_INPUT');
  assert.equal(bad.field, 'Region');
});

test('secrets echoed by the vendor are redacted from messages', () => {
  const e = envelopeError(
    { Action: 'SetupSMCResponse', RetCode: 8000, Message: 'StatusParamInvalid: Password Hunter2-Secret rejected' },
    { action: 'SetupSMC', secrets: ['Hunter2-Secret'] },
  );
  assert.ok(!e.message.includes('Hunter2-Secret'));
  assert.match(e.message, /\*\*\*/);
  assert.equal(redact('a-b-a', ['a']), 'a-b-a'); // too short to be a secret: left alone
});

test('HTTP statuses without an envelope', () => {
  assert.equal(httpStatusError(503, { action: 'X' }).code, 'UPSTREAM_UNAVAILABLE');
  assert.equal(httpStatusError(429, { action: 'X' }).code, 'THROTTLED');
  assert.equal(httpStatusError(401, { action: 'X' }).code, 'UNAUTHENTICATED');
  assert.equal(httpStatusError(403, { action: 'X' }).code, 'FORBIDDEN');
  assert.equal(httpStatusError(404, { action: 'X' }).code, 'UPSTREAM_ERROR');
  assert.equal(httpStatusError(500, { action: 'X' }).httpStatus, 500);
});
