import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyHttpError,
  classifyNetworkError,
  familyOf,
  FAMILY_TO_GATEWAY,
  parseErrorEnvelope,
  SMS_ERROR_CODES,
  type SmsErrorFamily,
} from '../../adapters/huawei-sms/errors.js';
import { ERROR_CODES } from '../../src/core/errors.js';
import { loadFixture } from './helpers.js';

const FAMILIES: SmsErrorFamily[] = ['unauthenticated', 'forbidden', 'not_found', 'conflict', 'quota', 'validation', 'throttling', 'internal', 'unavailable'];

test('every catalog error code has a family and classifies to that family\'s gateway code', () => {
  const catalog = loadFixture<string[]>('catalog-error-codes.json');
  assert.equal(catalog.length, 383, '382 rows of §6.1 plus the second SMS.9004 (403) row');
  const distinct = new Set(catalog);
  assert.equal(distinct.size, 381);
  assert.equal(Object.keys(SMS_ERROR_CODES).length, 381);
  for (const code of distinct) {
    const info = SMS_ERROR_CODES[code];
    assert.ok(info, `${code} is in the table`);
    assert.ok(FAMILIES.includes(info.family), `${code} has a known family`);
    const e = classifyHttpError({ status: info.http, headers: {}, body: JSON.stringify({ error_code: code, error_msg: info.message }) });
    assert.equal(e.code, FAMILY_TO_GATEWAY[info.family].code, code);
    assert.equal(e.providerCode, code);
    assert.ok((ERROR_CODES as readonly string[]).includes(e.code));
  }
});

test('representative codes land in the families the digest describes', () => {
  const expect: Record<string, SmsErrorFamily> = {
    'SMS.9004': 'forbidden',
    'SMS.6542': 'forbidden',
    'SMS.6521': 'unauthenticated',
    'SMS.6522': 'unauthenticated',
    'SMS.7101': 'not_found',
    'SMS.7301': 'not_found',
    'SMS.7602': 'not_found',
    'SMS.7703': 'not_found',
    'SMS.7713': 'conflict',
    'SMS.7714': 'conflict',
    'SMS.7719': 'conflict',
    'SMS.7112': 'conflict',
    'SMS.7311': 'conflict',
    'SMS.7601': 'conflict',
    'SMS.9905': 'conflict',
    'SMS.8115': 'quota',
    'SMS.7113': 'quota',
    'SMS.6501': 'quota',
    'SMS.6407': 'quota',
    'SMS.9001': 'validation',
    'SMS.6010': 'validation',
    'SMS.6013': 'validation',
    'SMS.7711': 'validation',
    'SMS.1801': 'internal',
    'SMS.6301': 'unavailable',
  };
  for (const [code, family] of Object.entries(expect)) assert.equal(familyOf(code), family, code);
  assert.equal(SMS_ERROR_CODES['SMS.6542']!.alsoHttp, 403);
  assert.equal(SMS_ERROR_CODES['SMS.9004']!.alsoHttp, 403);
});

test('quota is CONFLICT and not retryable; throttling and unavailable are retryable', () => {
  const quota = classifyHttpError({ status: 400, headers: {}, body: '{"error_code":"SMS.8115","error_msg":"Maximum templates: 50"}' });
  assert.equal(quota.code, 'CONFLICT');
  assert.equal(quota.retryable, false);
  const throttled = classifyHttpError({ status: 429, headers: { 'retry-after': '3' }, body: 'Too Many Requests' });
  assert.equal(throttled.code, 'THROTTLED');
  assert.equal(throttled.retryable, true);
  assert.equal(throttled.retryAfterMs, 3000);
  const apigThrottle = classifyHttpError({ status: 400, headers: {}, body: '{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached"}' });
  assert.equal(apigThrottle.code, 'THROTTLED');
  const db = classifyHttpError({ status: 400, headers: {}, body: '{"error_code":"SMS.6301","error_msg":"Database read or write error."}' });
  assert.equal(db.code, 'UPSTREAM_UNAVAILABLE');
  assert.equal(db.retryable, true);
});

test('403 envelope with encoded_authorization_message (either spelling) is FORBIDDEN, blob never in the message', () => {
  for (const field of ['encoded_authorization_message', 'encoded_authorized_message']) {
    const body = JSON.stringify({
      error_code: 'SMS.9004',
      error_msg: 'The current account does not have the permission to execute policy You do not have permission to perform action sms:server:list on resource XXX.',
      [field]: 'ENCODEDSECRET',
      error_param: ['You do not have permission'],
      details: [{ error_code: 'SMS.9004', error_msg: 'You do not have permission' }],
    });
    const env = parseErrorEnvelope(body);
    assert.equal(env?.encodedAuthorizationMessage, 'ENCODEDSECRET');
    assert.equal(env?.details?.length, 1);
    const e = classifyHttpError({ status: 403, headers: { 'x-request-id': 'r-1' }, body }, { account: 'a1', operation: 'ListServers' });
    assert.equal(e.code, 'FORBIDDEN');
    assert.equal(e.requestId, 'r-1');
    assert.equal(e.account, 'a1');
    assert.ok(!e.message.includes('ENCODEDSECRET'));
    assert.ok(!JSON.stringify(e.toExtensions()).includes('ENCODEDSECRET'));
  }
});

test('API Gateway auth errors (APIG./APIGW. spellings) are UNAUTHENTICATED; request_id from the body', () => {
  for (const code of ['APIG.0301', 'APIGW.0301', 'APIGW.0307']) {
    const e = classifyHttpError({
      status: 401,
      headers: {},
      body: JSON.stringify({ error_code: code, error_msg: 'Incorrect IAM authentication information: verify aksk signature fail', request_id: 'rq-9' }),
    });
    assert.equal(e.code, 'UNAUTHENTICATED', code);
    assert.equal(e.requestId, 'rq-9');
    assert.equal(e.providerCode, code);
  }
  assert.equal(classifyHttpError({ status: 403, headers: {}, body: '{"error_code":"APIGW.0302","error_msg":"x"}' }).code, 'FORBIDDEN');
});

test('non-JSON and unknown bodies fall back on the HTTP status', () => {
  const cases: Array<[number, string, string]> = [
    [502, '<html>Bad Gateway</html>', 'UPSTREAM_UNAVAILABLE'],
    [503, '', 'UPSTREAM_UNAVAILABLE'],
    [500, 'oops', 'UPSTREAM_UNAVAILABLE'],
    [500, '{"error_code":"SMS.9999","error_msg":"x"}', 'UPSTREAM_ERROR'],
    [504, '{"error_code":"X","error_msg":"timeout"}', 'UPSTREAM_UNAVAILABLE'],
    [400, 'not json', 'BAD_USER_INPUT'],
    [401, '', 'UNAUTHENTICATED'],
    [403, '', 'FORBIDDEN'],
    [404, '<html/>', 'NOT_FOUND'],
    [409, '{}', 'CONFLICT'],
  ];
  for (const [status, body, code] of cases) {
    const e = classifyHttpError({ status, headers: {}, body });
    assert.equal(e.code, code, `${status} ${body}`);
    assert.equal(e.httpStatus, status);
  }
  assert.match(classifyHttpError({ status: 502, headers: {}, body: '<html>' }).message, /non-JSON/);
});

test('IAM Keystone-style errors parse', () => {
  const env = parseErrorEnvelope('{"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}}');
  assert.deepEqual({ code: env?.code, message: env?.message }, { code: '401', message: 'The username or password is wrong.' });
  const e = classifyHttpError({ status: 401, headers: {}, body: '{"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}}' });
  assert.equal(e.code, 'UNAUTHENTICATED');
  assert.equal(e.providerCode, undefined, 'a numeric keystone code is not a vendor code');
  assert.equal(parseErrorEnvelope('[1,2]'), null);
  assert.equal(parseErrorEnvelope('{"foo":1}'), null);
});

test('network failures and timeouts are UPSTREAM_UNAVAILABLE (retryable); aborts are not retryable', () => {
  for (const err of [
    Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    Object.assign(new Error('Timeout awaiting request'), { name: 'TimeoutError', code: 'ETIMEDOUT' }),
    Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }),
    new Error('weird'),
  ]) {
    const e = classifyNetworkError(err, { account: 'a', operation: 'ShowTask' });
    assert.equal(e.code, 'UPSTREAM_UNAVAILABLE');
    assert.equal(e.retryable, true);
    assert.equal(e.provider, 'huawei-sms');
  }
  const aborted = classifyNetworkError(Object.assign(new Error('aborted'), { name: 'AbortError' }));
  assert.equal(aborted.code, 'UPSTREAM_UNAVAILABLE');
  assert.equal(aborted.retryable, false);
});
