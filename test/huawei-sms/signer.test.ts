import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  canonicalQueryString,
  canonicalRequest,
  canonicalUri,
  EMPTY_BODY_SHA256,
  formatSdkDate,
  parseAuthorization,
  parseSdkDate,
  queryPairs,
  sign,
  signHeaders,
  signRequest,
  stringToSign,
  verify,
  type AkSkCredentials,
  type SignableRequest,
} from '../../adapters/huawei-sms/signer.js';

const AK = 'AKEXAMPLEAKEXAMPLE12';
const SK = 'SKexampleSKexampleSKexampleSKexample1234';
const HOST = 'sms.ap-southeast-3.myhuaweicloud.com';
const NOW = new Date('2025-01-24T08:00:00Z');

// ---------------------------------------------------------------------------------------------
// The digest's published vectors (produced with the official SDK signer).

test('vector 1: GET /v3/tasks?limit=10&offset=0 with X-Domain-Id', () => {
  const r = signRequest(
    { method: 'GET', url: `https://${HOST}/v3/tasks?limit=10&offset=0`, headers: { 'Content-Type': 'application/json' } },
    { accessKeyId: AK, secretAccessKey: SK, domainId: 'd0123456789abcdef0123456789abcde' },
    { now: NOW },
  );
  assert.equal(
    r.canonicalRequest,
    [
      'GET',
      '/v3/tasks/',
      'limit=10&offset=0',
      'content-type:application/json',
      `host:${HOST}`,
      'x-domain-id:d0123456789abcdef0123456789abcde',
      'x-sdk-date:20250124T080000Z',
      '',
      'content-type;host;x-domain-id;x-sdk-date',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ].join('\n'),
  );
  assert.equal(r.stringToSign, 'SDK-HMAC-SHA256\n20250124T080000Z\n7caccb47fa8e7e25dfb917e6c2351204608847132899917c5170823349080f06');
  assert.equal(
    r.headers.Authorization,
    'SDK-HMAC-SHA256 Access=AKEXAMPLEAKEXAMPLE12, SignedHeaders=content-type;host;x-domain-id;x-sdk-date, Signature=c78b06110f86e1f7a3a40f92242ff128382c6b8a999290881f294bbef1844c2c',
  );
  assert.equal(r.headers['X-Sdk-Date'], '20250124T080000Z');
  assert.equal(r.headers['X-Domain-Id'], 'd0123456789abcdef0123456789abcde');
  assert.equal(r.headers.Host, HOST);
});

test('vector 2: POST .../action with a JSON body and charset content type', () => {
  const r = signRequest(
    {
      method: 'POST',
      path: '/v3/tasks/7a9a9540-ff28-4869-b9e4-855fbe12xxxx/action',
      headers: { 'Content-Type': 'application/json;charset=UTF-8', Host: HOST },
      body: '{"operation":"start"}',
    },
    { accessKeyId: AK, secretAccessKey: SK },
    { now: NOW },
  );
  assert.equal(
    r.canonicalRequest,
    [
      'POST',
      '/v3/tasks/7a9a9540-ff28-4869-b9e4-855fbe12xxxx/action/',
      '',
      'content-type:application/json;charset=UTF-8',
      `host:${HOST}`,
      'x-sdk-date:20250124T080000Z',
      '',
      'content-type;host;x-sdk-date',
      '81cbcd7dc3875094520c392561a13d47fcd6920196644b7e300ec9369e826810',
    ].join('\n'),
  );
  assert.equal(r.stringToSign, 'SDK-HMAC-SHA256\n20250124T080000Z\ne4f427d1f4231963e8a38773e63c7e8edc03e9e1888cfa964f5afc7f158228f2');
  assert.equal(
    r.authorization,
    'SDK-HMAC-SHA256 Access=AKEXAMPLEAKEXAMPLE12, SignedHeaders=content-type;host;x-sdk-date, Signature=2eb5f4dd2340ff70ac3f1eb7bde734b3e48c539c2c092470af5f0e9a97abaabd',
  );
});

// ---------------------------------------------------------------------------------------------
// Canonical pieces

test('canonical URI: trailing slash always, RFC 3986 re-encoding of decoded segments', () => {
  assert.equal(canonicalUri('/v3/tasks'), '/v3/tasks/');
  assert.equal(canonicalUri('/v3/tasks/'), '/v3/tasks/');
  assert.equal(canonicalUri('/'), '/');
  assert.equal(canonicalUri(''), '/');
  assert.equal(canonicalUri('/v3/a b/c'), '/v3/a%20b/c/');
  assert.equal(canonicalUri('/v3/a%20b'), '/v3/a%20b/', 'pre-encoded segment is decoded then re-encoded');
  assert.equal(canonicalUri("/v3/x!*'()~-_.y"), '/v3/x%21%2A%27%28%29~-_.y/');
  assert.equal(canonicalUri('/v3/é'), '/v3/%C3%A9/');
  assert.equal(canonicalUri('/v3/a%2fb'), '/v3/a%2Fb/', 'upper-case hex');
});

test('canonical query: byte-order sort by name then value, %20 for space, booleans true/false', () => {
  assert.equal(canonicalQueryString(queryPairs({ offset: 0, limit: 10 })), 'limit=10&offset=0');
  assert.equal(canonicalQueryString(queryPairs({ b: ['z', 'a'], a: 'x y', c: true, d: false })), 'a=x%20y&b=a&b=z&c=true&d=false');
  assert.equal(canonicalQueryString(queryPairs({ B: '1', a: '2' })), 'B=1&a=2', 'upper case sorts before lower case');
  assert.equal(canonicalQueryString(queryPairs('name=a%20b&id=1&empty=')), 'empty=&id=1&name=a%20b');
  assert.equal(canonicalQueryString(queryPairs({ skip: undefined, n: null, k: 'v' })), 'k=v');
  assert.equal(canonicalQueryString([]), '');
});

test('empty body hash and date formatting', () => {
  const cr = canonicalRequest({ method: 'delete', path: '/v3/tasks/t1', headers: { host: HOST, 'x-sdk-date': '20250124T080000Z' } }, ['host', 'x-sdk-date']);
  assert.ok(cr.startsWith('DELETE\n/v3/tasks/t1/\n\n'));
  assert.ok(cr.endsWith(EMPTY_BODY_SHA256));
  assert.equal(formatSdkDate(new Date('2024-04-16T09:53:41.789Z')), '20240416T095341Z');
  assert.equal(parseSdkDate('20240416T095341Z')?.toISOString(), '2024-04-16T09:53:41.000Z');
  assert.equal(parseSdkDate('2024-04-16T09:53:41Z'), null);
  assert.equal(parseSdkDate('20241316T095341Z'), null);
});

test('sign (the Signer entry): credential headers are added and signed; a stale x-sdk-date is replaced; Authorization parses', () => {
  const request = {
    method: 'GET',
    url: new URL(`https://${HOST}/v3/sources`),
    headers: { 'content-type': 'application/json', 'x-sdk-date': '20000101T000000Z', authorization: 'stale' },
    body: null,
  };
  const signed = sign(request, { accessKeyId: AK, secretAccessKey: SK, securityToken: 'tok', projectId: 'p1', domainId: 'd1' }, { now: NOW, nonce: 'unused' });
  assert.equal(request.headers.authorization, 'stale', 'pure: the input request is not modified');
  assert.equal(signed.url, request.url);
  const headers = signed.headers;
  assert.equal(headers['x-sdk-date'], '20250124T080000Z');
  assert.equal(headers['x-security-token'], 'tok');
  assert.equal(headers['x-project-id'], 'p1');
  const parsed = parseAuthorization(headers.authorization);
  assert.deepEqual(parsed?.signedHeaders, ['content-type', 'host', 'x-domain-id', 'x-project-id', 'x-sdk-date', 'x-security-token']);
  assert.equal(parsed?.accessKeyId, AK);
  assert.equal(parsed?.algorithm, 'SDK-HMAC-SHA256');
  assert.match(parsed!.signature, /^[0-9a-f]{64}$/);
  assert.equal(parseAuthorization('garbage'), null);
  assert.equal(parseAuthorization('SDK-HMAC-SHA256 Access=a, SignedHeaders=host'), null);
});

test('headers with an underscore are not signed (SDK rule); explicit signed set is honoured', () => {
  const r = signRequest(
    { method: 'GET', url: `https://${HOST}/v3/config`, headers: { 'x_custom': '1', 'Content-Type': 'application/json' } },
    { accessKeyId: AK, secretAccessKey: SK },
    { now: NOW },
  );
  assert.deepEqual(r.signedHeaders, ['content-type', 'host', 'x-sdk-date']);
  const r2 = signRequest(
    { method: 'GET', url: `https://${HOST}/v3/config`, headers: { 'Content-Type': 'application/json' } },
    { accessKeyId: AK, secretAccessKey: SK },
    { now: NOW, signedHeaders: ['X-Sdk-Date', 'host'] },
  );
  assert.deepEqual(r2.signedHeaders, ['host', 'x-sdk-date']);
});

// ---------------------------------------------------------------------------------------------
// Cross-check against the vendor SDK's signer (test-only oracle).

interface SdkRequest {
  endpoint: string;
  method: string;
  headers: Record<string, string>;
  queryParams?: Record<string, unknown>;
  data?: unknown;
}
const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: { sign(req: SdkRequest, cred: { getAk(): string; getSk(): string }): Record<string, string> };
};

function sdkSign(req: SdkRequest, creds: AkSkCredentials): Record<string, string> {
  return AKSKSigner.sign(req, { getAk: () => creds.accessKeyId, getSk: () => creds.secretAccessKey });
}

const crossCases: Array<{ name: string; sdk: SdkRequest; ours: SignableRequest; creds: AkSkCredentials }> = [
  {
    name: 'GET list with query and domain id',
    sdk: {
      endpoint: `https://${HOST}/v3/sources`,
      method: 'GET',
      headers: { 'Content-Type': 'application/json', 'X-Domain-Id': 'dom-1', 'X-Sdk-Date': '20250124T080000Z' },
      queryParams: { state: 'waiting', limit: 200, offset: 0, connected: true, name: 'web server 01' },
    },
    ours: {
      method: 'GET',
      url: `https://${HOST}/v3/sources`,
      query: { state: 'waiting', limit: 200, offset: 0, connected: true, name: 'web server 01' },
      headers: { 'Content-Type': 'application/json' },
    },
    creds: { accessKeyId: AK, secretAccessKey: SK, domainId: 'dom-1' },
  },
  {
    name: 'POST create task with a JSON body',
    sdk: {
      endpoint: `https://${HOST}/v3/tasks`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json;charset=UTF-8', 'X-Sdk-Date': '20250124T080000Z' },
      data: { name: 'MigrationTask_1', type: 'MIGRATE_BLOCK', source_server: { id: 's-1' }, auto_start: false },
    },
    ours: {
      method: 'POST',
      url: `https://${HOST}/v3/tasks`,
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      body: JSON.stringify({ name: 'MigrationTask_1', type: 'MIGRATE_BLOCK', source_server: { id: 's-1' }, auto_start: false }),
    },
    creds: { accessKeyId: AK, secretAccessKey: SK },
  },
  {
    name: 'PUT with temporary credentials and project id',
    sdk: {
      endpoint: `https://${HOST}/v3/migprojects/mp-1/default`,
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        'X-Security-Token': 'sts-token-value',
        'X-Project-Id': 'proj-9',
        'X-Sdk-Date': '20250124T080000Z',
      },
    },
    ours: { method: 'PUT', url: `https://${HOST}/v3/migprojects/mp-1/default`, headers: { 'Content-Type': 'application/json' } },
    creds: { accessKeyId: 'AKTEMP', secretAccessKey: 'SKTEMP', securityToken: 'sts-token-value', projectId: 'proj-9' },
  },
  {
    name: 'DELETE with non-ASCII query value and repeated parameter',
    sdk: {
      endpoint: `https://${HOST}/v3/vm/templates/tpl-1`,
      method: 'DELETE',
      headers: { 'Content-Type': 'application/json', 'X-Sdk-Date': '20250124T080000Z' },
      queryParams: { tag: ['b', 'a'], 'name~x': 'é ü/+' },
    },
    ours: {
      method: 'DELETE',
      url: `https://${HOST}/v3/vm/templates/tpl-1`,
      query: { tag: ['b', 'a'], 'name~x': 'é ü/+' },
      headers: { 'Content-Type': 'application/json' },
    },
    creds: { accessKeyId: AK, secretAccessKey: SK },
  },
  {
    name: 'GET endpoint root on a non-default port',
    sdk: {
      endpoint: `http://127.0.0.1:8443/`,
      method: 'GET',
      headers: { 'Content-Type': 'application/json', 'X-Sdk-Date': '20250124T080000Z' },
    },
    ours: { method: 'GET', url: 'http://127.0.0.1:8443/', headers: { 'Content-Type': 'application/json' } },
    creds: { accessKeyId: AK, secretAccessKey: SK },
  },
];

for (const c of crossCases) {
  test(`SDK cross-check: ${c.name}`, () => {
    const expected = sdkSign(c.sdk, c.creds).Authorization;
    // The Signer entry where the request is a plain URL; the lower-level signHeaders for `query` inputs.
    const actual = c.ours.query
      ? signHeaders(c.ours, c.creds, { now: NOW }).Authorization
      : sign({ method: c.ours.method, url: new URL(String(c.ours.url)), headers: c.ours.headers as Record<string, string>, body: (c.ours.body as string | undefined) ?? null }, c.creds, { now: NOW, nonce: '' }).headers.authorization;
    assert.ok(expected?.startsWith('SDK-HMAC-SHA256 Access='));
    assert.equal(actual, expected);
  });
}

// ---------------------------------------------------------------------------------------------
// Verification

function received(req: SignableRequest, creds: AkSkCredentials, now = NOW): SignableRequest {
  const headers = signHeaders(req, creds, { now });
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v;
  const u = new URL(String(req.url));
  return { method: req.method, url: u.pathname + u.search, headers: lower, body: req.body };
}

const lookup = (ak: string) => (ak === AK ? SK : undefined);
const base: SignableRequest = {
  method: 'POST',
  url: `https://${HOST}/v3/tasks/t-1/action?x=1`,
  headers: { 'Content-Type': 'application/json' },
  body: '{"operation":"stop"}',
};

test('verify accepts a correctly signed request within the skew window', () => {
  const r = verify(received(base, { accessKeyId: AK, secretAccessKey: SK }), lookup, { now: new Date(NOW.getTime() + 14 * 60_000) });
  assert.deepEqual(r, { ok: true, accessKeyId: AK, signedHeaders: ['content-type', 'host', 'x-sdk-date'] });
});

test('verify rejects wrong key, unknown AK, stale date, tampering, missing/unsigned headers', () => {
  const good = received(base, { accessKeyId: AK, secretAccessKey: SK });
  const reason = (r: ReturnType<typeof verify>) => (r.ok ? 'OK' : r.reason);
  assert.equal(reason(verify(received(base, { accessKeyId: AK, secretAccessKey: 'wrong' }), lookup, { now: NOW })), 'SIGNATURE_MISMATCH');
  assert.equal(reason(verify(received(base, { accessKeyId: 'AKNOPE', secretAccessKey: SK }), lookup, { now: NOW })), 'UNKNOWN_ACCESS_KEY');
  const late = verify(good, lookup, { now: new Date(NOW.getTime() + 16 * 60_000) });
  assert.equal(reason(late), 'DATE_SKEW');
  assert.match(late.ok ? '' : late.message, /signature expired, signature time: 20250124T080000Z, server time: 20250124T081600Z/);
  assert.equal(reason(verify(good, lookup, { now: new Date(NOW.getTime() + 60_000), maxSkewMs: 30_000 })), 'DATE_SKEW');
  assert.equal(reason(verify({ ...good, body: '{"operation":"start"}' }, lookup, { now: NOW })), 'SIGNATURE_MISMATCH');
  assert.equal(reason(verify({ ...good, url: '/v3/tasks/t-2/action?x=1' }, lookup, { now: NOW })), 'SIGNATURE_MISMATCH');
  assert.equal(reason(verify({ ...good, url: '/v3/tasks/t-1/action?x=2' }, lookup, { now: NOW })), 'SIGNATURE_MISMATCH');
  const noAuth = { ...good, headers: { ...good.headers, authorization: undefined } };
  assert.equal(reason(verify(noAuth, lookup, { now: NOW })), 'MISSING_AUTHORIZATION');
  assert.equal(reason(verify({ ...good, headers: { ...good.headers, authorization: 'Basic abc' } }, lookup, { now: NOW })), 'MALFORMED_AUTHORIZATION');
  const noDate = { ...good, headers: { ...good.headers, 'x-sdk-date': undefined } };
  assert.equal(reason(verify(noDate, lookup, { now: NOW })), 'MISSING_DATE');
  const unsignedHost = signRequest(base, { accessKeyId: AK, secretAccessKey: SK }, { now: NOW, signedHeaders: ['x-sdk-date', 'content-type'] });
  const uh: Record<string, string> = {};
  for (const [k, v] of Object.entries(unsignedHost.headers)) uh[k.toLowerCase()] = v;
  assert.equal(reason(verify({ ...good, headers: uh }, lookup, { now: NOW })), 'UNSIGNED_REQUIRED_HEADER');
  const dropped = { ...good, headers: { ...good.headers, 'content-type': undefined } };
  assert.equal(reason(verify(dropped, lookup, { now: NOW })), 'MISSING_SIGNED_HEADER');
});

test('verify: the request the client sends without trailing slash verifies against the signed form', () => {
  const req = received({ method: 'GET', url: `https://${HOST}/v3/tasks?limit=10&offset=0`, headers: {} }, { accessKeyId: AK, secretAccessKey: SK });
  assert.equal(req.url, '/v3/tasks?limit=10&offset=0');
  assert.equal(verify(req, lookup, { now: NOW }).ok, true);
  assert.equal(stringToSign('20250124T080000Z', 'x').split('\n')[0], 'SDK-HMAC-SHA256');
});
