import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpenApiUtilModule from '@alicloud/openapi-util';
import {
  canonicalize,
  computeSignature,
  formatTimestamp,
  percentEncode,
  sign,
  signRpcRequest,
  stringToSign,
} from '../../adapters/alibaba-smc/signer.js';

// The package is CommonJS with `exports.default = Client`.
const OpenApiUtil = ((OpenApiUtilModule as unknown as { default?: unknown }).default ?? OpenApiUtilModule) as {
  getRPCSignature(params: Record<string, string>, method: string, secret: string): string;
};

const PUBLISHED = {
  AccessKeyId: 'testid',
  Action: 'DescribeRegions',
  Format: 'XML',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  SignatureVersion: '1.0',
  Timestamp: '2016-02-23T12:46:24Z',
  Version: '2014-05-26',
};

test('published vector (help.aliyun.com 25492): canonical string, string-to-sign, signature', () => {
  assert.equal(
    canonicalize(PUBLISHED),
    'AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26',
  );
  assert.equal(
    stringToSign('GET', PUBLISHED),
    'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
  );
  const sig = computeSignature('GET', PUBLISHED, 'testsecret');
  assert.equal(sig, 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  assert.equal(percentEncode(sig), 'OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D');
});

test('published vector through signRpcRequest (inputs: now + nonce) gives the same signature', () => {
  const signed = signRpcRequest(
    { method: 'GET', version: '2014-05-26', action: 'DescribeRegions', params: {}, format: 'XML' },
    { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
    { now: Date.UTC(2016, 1, 23, 12, 46, 24), nonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf' },
  );
  assert.equal(signed.signature, 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  assert.match(signed.query, /&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D$/);
  assert.equal(signed.body, null);
});

test('the key needs the trailing "&"; the method is part of the string to sign', () => {
  assert.notEqual(computeSignature('GET', PUBLISHED, 'testsecret'), 'R8VkbeU3DqhHmAVCdxW/CjqsRK0=');
  assert.equal(computeSignature('POST', PUBLISHED, 'testsecret'), 'MxbnVAM4w6sft9xjVpe/GCKueuk=');
});

const COMMON = {
  AccessKeyId: 'testid',
  Format: 'JSON',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  SignatureVersion: '1.0',
  Timestamp: '2016-02-23T12:46:24Z',
  Version: '2019-06-01',
};

test('derived vector 1 (GET, `*` in a value, JobId.N)', () => {
  const params = { ...COMMON, Action: 'DescribeReplicationJobs', RegionId: 'cn-hangzhou', 'JobId.1': 'j-bp19vlwm0tyigbmj****', PageSize: '10' };
  assert.equal(
    stringToSign('GET', params),
    'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeReplicationJobs%26Format%3DJSON%26JobId.1%3Dj-bp19vlwm0tyigbmj%252A%252A%252A%252A%26PageSize%3D10%26RegionId%3Dcn-hangzhou%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2019-06-01',
  );
  assert.equal(computeSignature('GET', params, 'testsecret'), 'kQiaENCNAEmQ4rqqFudAc4dylWA=');
});

test('derived vector 2 (POST, UTF-8, space -> %20, ~ kept)', () => {
  const params = { ...COMMON, Action: 'ModifySourceServerAttribute', SourceId: 's-bp17m1vi6x20c6g6****', Name: '测试~Server', Description: 'This is a source server.' };
  const canonical = canonicalize(params);
  assert.ok(canonical.includes('Description=This%20is%20a%20source%20server.'));
  assert.ok(canonical.includes('Name=%E6%B5%8B%E8%AF%95~Server'));
  assert.ok(canonical.includes('SourceId=s-bp17m1vi6x20c6g6%2A%2A%2A%2A'));
  assert.equal(computeSignature('POST', params, 'testsecret'), 'IDPANanN2o3QryWiDopv7gk2gnU=');
});

test('percentEncode: RFC 3986 with upper-case hex', () => {
  assert.equal(percentEncode('a b*c~d'), 'a%20b%2Ac~d');
  assert.equal(percentEncode("!'()"), '%21%27%28%29');
  assert.equal(percentEncode('/:=&+'), '%2F%3A%3D%26%2B');
  assert.equal(percentEncode('-_.'), '-_.');
  assert.equal(percentEncode('é'), '%C3%A9');
});

test('sort order is by code unit: JobId.1 < JobId.10 < JobId.2', () => {
  assert.equal(canonicalize({ 'JobId.2': 'b', 'JobId.10': 'c', 'JobId.1': 'a' }), 'JobId.1=a&JobId.10=c&JobId.2=b');
});

test('formatTimestamp: UTC, no milliseconds', () => {
  assert.equal(formatTimestamp(Date.UTC(2026, 0, 15, 8, 0, 0, 999)), '2026-01-15T08:00:00Z');
  assert.equal(formatTimestamp(new Date('2016-02-23T20:46:24+08:00')), '2016-02-23T12:46:24Z');
});

const PARAM_SETS: { method: 'GET' | 'POST'; secret: string; params: Record<string, string> }[] = [
  { method: 'GET', secret: 'testsecret', params: { ...COMMON, Action: 'DescribeSourceServers', 'SourceId.1': 's-1', 'SourceId.2': 's-2', PageNumber: '1', PageSize: '50' } },
  { method: 'POST', secret: 'k3y/with+chars=', params: { ...COMMON, Action: 'CreateReplicationJob', RegionId: 'cn-hangzhou', SourceId: 's-bp1e2fsl57knvuug****', SystemDiskSize: '80', Name: 'job:1_a-b', 'DataDisk.1.Index': '1', 'DataDisk.1.Size': '100', 'DataDisk.1.Part.1.Device': '1_0', 'DataDisk.1.Part.1.Block': 'true', ReplicationParameters: '{"bandwidth_limit":0,"checksum":true}', ClientToken: '123e4567-e89b-12d3-a456-426655440000' } },
  { method: 'POST', secret: 'secret', params: { ...COMMON, Action: 'TagResources', ResourceType: 'sourceserver', 'ResourceId.1': 's-1', 'Tag.1.Key': 'env (prod)', 'Tag.1.Value': "it's *fine*!", SecurityToken: 'CAIS+sts/token==' } },
  { method: 'GET', secret: '中文secret', params: { ...COMMON, Action: 'ListTagResources', ResourceType: 'replicationjob', 'Tag.1.Key': '键', 'Tag.1.Value': 'väl~ue 😀', NextToken: 'caeba0bbb2be03f84eb48b699f0a4883' } },
  { method: 'POST', secret: 'x', params: { ...COMMON, Action: 'ModifyReplicationJobAttribute', JobId: 'j-1', Description: '', ScheduledStartTime: '2019-06-04T13:35:00Z' } },
];

test('cross-check with @alicloud/openapi-util getRPCSignature on several parameter sets', () => {
  for (const { method, secret, params } of PARAM_SETS) {
    assert.equal(computeSignature(method, params, secret), OpenApiUtil.getRPCSignature(params, method, secret), `${method} ${params.Action}`);
  }
});

test('signRpcRequest POST: common params (+Signature) in the query, operation params in the form body, all signed', () => {
  const signed = signRpcRequest(
    { method: 'POST', version: '2019-06-01', action: 'StartReplicationJob', params: { JobId: 'j-bw526m1vi6x21q****' } },
    { accessKeyId: 'AK', accessKeySecret: 'SK', securityToken: 'STS+tok' },
    { now: Date.UTC(2026, 0, 15, 8, 0, 0), nonce: 'n-1' },
  );
  const query = new URLSearchParams(signed.query);
  const body = new URLSearchParams(signed.body ?? '');
  assert.equal(query.get('Action'), 'StartReplicationJob');
  assert.equal(query.get('SecurityToken'), 'STS+tok');
  assert.equal(query.get('Timestamp'), '2026-01-15T08:00:00Z');
  assert.equal(query.get('SignatureNonce'), 'n-1');
  assert.equal(query.get('JobId'), null);
  assert.equal(body.get('JobId'), 'j-bw526m1vi6x21q****');
  const all: Record<string, string> = {};
  for (const [k, v] of [...query, ...body]) all[k] = v;
  assert.equal(all.Signature, signed.signature);
  assert.equal(OpenApiUtil.getRPCSignature(Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'Signature')), 'POST', 'SK'), signed.signature);
});

test('signRpcRequest: a fresh nonce or time gives a different signature; a clashing parameter is refused', () => {
  const req = { method: 'GET' as const, version: '2019-06-01', action: 'DescribeSourceServers', params: {} };
  const creds = { accessKeyId: 'AK', accessKeySecret: 'SK' };
  const a = signRpcRequest(req, creds, { now: 0, nonce: 'a' });
  const b = signRpcRequest(req, creds, { now: 0, nonce: 'b' });
  const c = signRpcRequest(req, creds, { now: 1000, nonce: 'a' });
  assert.notEqual(a.signature, b.signature);
  assert.notEqual(a.signature, c.signature);
  assert.throws(() => signRpcRequest({ ...req, params: { Timestamp: 'x' } }, creds, { now: 0, nonce: 'a' }), /clashes/);
});

test('sign (the common Signer shape): the published vector, from an unsigned GET request', () => {
  const url = new URL('https://ecs.aliyuncs.com/?Action=DescribeRegions&Version=2014-05-26&Format=XML');
  const signed = sign({ method: 'GET', url, headers: {}, body: null }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' }, { now: new Date(Date.UTC(2016, 1, 23, 12, 46, 24)), nonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf' });
  assert.equal(signed.url.searchParams.get('Signature'), 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  assert.equal(signed.body, null);
  assert.equal(url.searchParams.get('Signature'), null, 'the input is not modified');
});

test('sign POST: operation parameters move to the signed form body', () => {
  const url = new URL('https://smc.aliyuncs.com/?Action=StartReplicationJob&Version=2019-06-01&JobId=j-1');
  const signed = sign({ method: 'POST', url, headers: {}, body: null }, { accessKeyId: 'AK', accessKeySecret: 'SK' }, { now: new Date(0), nonce: 'n' });
  assert.equal(signed.url.searchParams.get('JobId'), null);
  assert.equal(new URLSearchParams(signed.body ?? '').get('JobId'), 'j-1');
  assert.equal(signed.headers['content-type'], 'application/x-www-form-urlencoded');
  const all: Record<string, string> = {};
  for (const [k, v] of [...signed.url.searchParams, ...new URLSearchParams(signed.body ?? '')]) if (k !== 'Signature') all[k] = v;
  assert.equal(OpenApiUtil.getRPCSignature(all, 'POST', 'SK'), signed.url.searchParams.get('Signature'));
});
