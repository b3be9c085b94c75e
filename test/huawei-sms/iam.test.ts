import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IamTokenSource, parseTokenResponse, tokenRequestBody, type IamHttpResponse } from '../../adapters/huawei-sms/iam.js';
import type { GatewayError } from '../../src/core/errors.js';

const creds = { endpoint: 'https://iam.example/', userName: 'ops', password: 'pw', domainName: 'acme' };

test('token request body: password identity, domain scope by default, project scope with projectId', () => {
  assert.deepEqual(tokenRequestBody(creds), {
    auth: {
      identity: { methods: ['password'], password: { user: { name: 'ops', password: 'pw', domain: { name: 'acme' } } } },
      scope: { domain: { name: 'acme' } },
    },
  });
  assert.deepEqual((tokenRequestBody({ ...creds, projectId: 'p1' }).auth as { scope: unknown }).scope, { project: { id: 'p1' } });
});

test('parseTokenResponse: token from X-Subject-Token, expiry from token.expires_at or 24 h', () => {
  const now = new Date('2025-01-24T08:00:00Z');
  const t = parseTokenResponse({ status: 201, headers: { 'x-subject-token': 'abc' }, body: '{"token":{"expires_at":"2025-01-25T07:00:00.000000Z"}}' }, now);
  assert.equal(t.token, 'abc');
  assert.equal(t.expiresAt.toISOString(), '2025-01-25T07:00:00.000Z');
  const d = parseTokenResponse({ status: 201, headers: { 'x-subject-token': 'abc' }, body: 'not json' }, now);
  assert.equal(d.expiresAt.toISOString(), '2025-01-25T08:00:00.000Z');
  assert.throws(() => parseTokenResponse({ status: 201, headers: {}, body: '{}' }, now), (e: GatewayError) => e.code === 'UPSTREAM_ERROR');
  assert.throws(
    () => parseTokenResponse({ status: 401, headers: {}, body: '{"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}}' }, now),
    (e: GatewayError) => e.code === 'UNAUTHENTICATED' && !e.message.includes('pw'),
  );
  assert.throws(
    () => parseTokenResponse({ status: 400, headers: {}, body: '{"error_code":"IAM.0101","error_msg":"bad"}' }, now),
    (e: GatewayError) => e.code === 'UNAUTHENTICATED',
  );
  assert.throws(() => parseTokenResponse({ status: 503, headers: {}, body: '' }, now), (e: GatewayError) => e.code === 'UPSTREAM_UNAVAILABLE');
});

test('IamTokenSource caches until 5 minutes before expiry, single-flight refresh, invalidate', async () => {
  let t = Date.parse('2025-01-24T08:00:00Z');
  const now = () => new Date(t);
  let calls = 0;
  const urls: string[] = [];
  const transport = async (url: string): Promise<IamHttpResponse> => {
    urls.push(url);
    calls += 1;
    await new Promise((r) => setImmediate(r));
    const exp = new Date(t + 24 * 3600_000).toISOString();
    return { status: 201, headers: { 'x-subject-token': `tok-${calls}` }, body: JSON.stringify({ token: { expires_at: exp } }) };
  };
  const src = new IamTokenSource(creds, { transport, now });
  const first = await Promise.all([src.getToken(), src.getToken(), src.getToken()]);
  assert.deepEqual(first, ['tok-1', 'tok-1', 'tok-1']);
  assert.equal(calls, 1);
  assert.equal(urls[0], 'https://iam.example/v3/auth/tokens');
  t += 23 * 3600_000 + 54 * 60_000; // 6 minutes before expiry: still cached
  assert.equal(await src.getToken(), 'tok-1');
  assert.equal(calls, 1);
  t += 2 * 60_000; // 4 minutes before expiry: refresh
  assert.equal(await src.getToken(), 'tok-2');
  assert.equal(calls, 2);
  src.invalidate('tok-1'); // stale token: ignored
  assert.equal(await src.getToken(), 'tok-2');
  src.invalidate('tok-2');
  assert.equal(src.isFresh(), false);
  assert.equal(await src.getToken(), 'tok-3');
});

test('IamTokenSource: a failed refresh is not cached and the next call tries again', async () => {
  let fail = true;
  const src = new IamTokenSource(creds, {
    now: () => new Date('2025-01-24T08:00:00Z'),
    transport: async () => {
      if (fail) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      return { status: 201, headers: { 'x-subject-token': 'ok' }, body: '{}' };
    },
  });
  await assert.rejects(src.getToken(), (e: GatewayError) => e.code === 'UPSTREAM_UNAVAILABLE');
  fail = false;
  assert.equal(await src.getToken(), 'ok');
});
