import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyContext, httpError, parseErrorEnvelope, VENDOR_CODES } from '../../adapters/huawei-sms/errors.js';
import { ERROR_CODES as SMS_CODES } from '../../adapters/huawei-sms/generated/errors.js';
import { ERROR_CODES } from '../../src/core/errors.js';

const ctx = classifyContext('a1', 'ListServers', true);
const fail = (status: number, body: string, headers: Record<string, string> = {}) => httpError(status, headers, body, ctx);

test('every catalog SMS code has a gateway class and wins over the status', () => {
  assert.equal(Object.keys(SMS_CODES).length, 381);
  for (const [code, info] of Object.entries(SMS_CODES)) {
    const cls = VENDOR_CODES(code);
    assert.ok(cls, `${code} is classified`);
    const e = fail(info.http ?? 400, JSON.stringify({ error_code: code, error_msg: info.message }));
    assert.equal(e.code, cls.code, code);
    assert.equal(e.providerCode, code);
    assert.ok((ERROR_CODES as readonly string[]).includes(e.code));
  }
  assert.equal(VENDOR_CODES('SMS.9999'), undefined, 'a code the catalog does not have: the status decides');
});

test('representative codes land in the classes the digest describes', () => {
  const expect: Record<string, string> = {
    'SMS.9004': 'FORBIDDEN',
    'SMS.6542': 'FORBIDDEN',
    'SMS.6521': 'UNAUTHENTICATED',
    'SMS.7101': 'NOT_FOUND',
    'SMS.7703': 'NOT_FOUND',
    'SMS.7713': 'CONFLICT',
    'SMS.7719': 'CONFLICT',
    'SMS.9905': 'CONFLICT',
    'SMS.8115': 'CONFLICT', // quota
    'SMS.9001': 'BAD_USER_INPUT',
    'SMS.7711': 'BAD_USER_INPUT',
    'SMS.1801': 'UPSTREAM_ERROR',
    'SMS.6000': 'UPSTREAM_ERROR',
    'SMS.6301': 'UPSTREAM_UNAVAILABLE',
    'APIG.0101': 'NOT_FOUND',
    'APIG.0202': 'UPSTREAM_UNAVAILABLE',
    'APIGW.0301': 'UNAUTHENTICATED',
    'APIG.0302': 'FORBIDDEN',
    'APIG.0308': 'THROTTLED',
  };
  for (const [code, cls] of Object.entries(expect)) assert.equal(VENDOR_CODES(code)?.code, cls, code);
  assert.equal(VENDOR_CODES('APIG.0201'), undefined, 'APIG.0201 is bad request or backend unavailable: the status decides');
  assert.equal(SMS_CODES['SMS.9004']!.alsoHttp, 403);
});

test("quota is not retryable; throttling and transient codes are (the policy retries by the error's retryable)", () => {
  assert.equal(fail(400, '{"error_code":"SMS.8115","error_msg":"Maximum templates: 50"}').retryable, false);
  const throttled = fail(429, 'Too Many Requests', { 'retry-after': '3' });
  assert.deepEqual([throttled.code, throttled.retryable, throttled.retryAfterMs], ['THROTTLED', true, 3000]);
  assert.equal(fail(400, '{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached"}').code, 'THROTTLED');
  assert.equal(fail(400, '{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached"}').retryable, true);
  assert.equal(fail(400, '{"error_code":"SMS.6301","error_msg":"Database read or write error."}').retryable, true);
  assert.equal(fail(400, '{"error_code":"SMS.7713","error_msg":"x"}').retryable, false);
  assert.equal(fail(400, 'not json').retryable, false);
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
    const e = fail(403, body, { 'x-request-id': 'r-1' });
    assert.deepEqual([e.code, e.requestId, e.provider, e.account], ['FORBIDDEN', 'r-1', 'huawei-sms', 'a1']);
    assert.ok(!e.message.includes('ENCODEDSECRET'));
    assert.ok(!JSON.stringify(e.toExtensions()).includes('ENCODEDSECRET'));
  }
});

test('API Gateway auth errors (APIG./APIGW. spellings): UNAUTHENTICATED; request_id from the body', () => {
  for (const code of ['APIG.0301', 'APIGW.0301', 'APIGW.0307']) {
    const e = fail(401, JSON.stringify({ error_code: code, error_msg: 'Incorrect IAM authentication information: verify aksk signature fail', request_id: 'rq-9' }));
    assert.deepEqual([e.code, e.requestId, e.providerCode], ['UNAUTHENTICATED', 'rq-9', code]);
  }
});

test('non-JSON and unknown bodies fall back on the HTTP status (common/classify.ts)', () => {
  const cases: Array<[number, string, string]> = [
    [502, '<html>Bad Gateway</html>', 'UPSTREAM_UNAVAILABLE'],
    [503, '', 'UPSTREAM_UNAVAILABLE'],
    [500, 'oops', 'UPSTREAM_ERROR'],
    [500, '{"error_code":"SMS.9999","error_msg":"x"}', 'UPSTREAM_ERROR'],
    [504, '{"error_code":"X","error_msg":"timeout"}', 'UPSTREAM_UNAVAILABLE'],
    [502, '{"error_code":"APIG.0201","error_msg":"Backend unavailable"}', 'UPSTREAM_UNAVAILABLE'],
    [400, '{"error_code":"APIG.0201","error_msg":"API request error"}', 'BAD_USER_INPUT'],
    [400, 'not json', 'BAD_USER_INPUT'],
    [401, '', 'UNAUTHENTICATED'],
    [403, '', 'FORBIDDEN'],
    [404, '<html/>', 'NOT_FOUND'],
    [409, '{}', 'CONFLICT'],
  ];
  for (const [status, body, code] of cases) {
    const e = fail(status, body);
    assert.equal(e.code, code, `${status} ${body}`);
    assert.equal(e.httpStatus, status);
  }
});

test('IAM Keystone-style errors parse; a numeric code is not a vendor code', () => {
  const body = '{"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}}';
  const env = parseErrorEnvelope(body);
  assert.deepEqual({ code: env?.code, message: env?.message }, { code: '401', message: 'The username or password is wrong.' });
  const e = fail(401, body);
  assert.equal(e.code, 'UNAUTHENTICATED');
  assert.equal(e.providerCode, undefined);
  assert.equal(parseErrorEnvelope('[1,2]'), null);
  assert.equal(parseErrorEnvelope('{"foo":1}'), null);
});
