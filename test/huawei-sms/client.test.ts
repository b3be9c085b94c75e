import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../../adapters/huawei-sms/client.js';
import { verify } from '../../adapters/huawei-sms/signer.js';
import { GatewayError } from '../../src/core/errors.js';
import { startStub, type Recorded, type StubReply } from './helpers.js';

const AK = 'AKTESTAKTESTAKTEST01';
const SK = 'SKtestSKtestSKtestSKtestSKtestSKtest0001';
const lookup = (ak: string) => (ak === AK ? SK : undefined);

/** A clock that advances 1 s per read, so each attempt gets its own X-Sdk-Date. */
function steppingClock(start = Date.parse('2025-01-24T08:00:00Z')) {
  let t = start;
  const now = () => new Date((t += 1000));
  return { now, current: () => new Date(t) };
}

function verified(rec: Recorded, at: Date) {
  return verify({ method: rec.method, url: rec.url, headers: rec.headers, body: rec.body }, lookup, { now: at });
}

test('AK/SK: every request carries a signature the verifier accepts; query limited to catalog params', async () => {
  const clock = steppingClock();
  const stub = await startStub((rec) => {
    const v = verified(rec, clock.current());
    if (!v.ok) return { status: 401, body: { error_code: 'APIGW.0301', error_msg: v.message } };
    if (rec.url.startsWith('/v3/tasks?')) return { body: { count: 0, tasks: [] } };
    if (rec.url === '/') return { body: { versions: [{ id: 'v3', links: [], status: 'SUPPORTED', updated: '2020-09-02T17:50:00Z' }] } };
    if (rec.method === 'POST' && rec.url === '/v3/tasks') return { body: { id: 'task-1' } };
    return { body: {} };
  });
  const client = new Client({ endpoint: stub.url, credentials: { accessKeyId: AK, secretAccessKey: SK, domainId: 'dom' }, now: clock.now, account: 'hw1' });
  try {
    // A parameter the catalog does not document is refused before anything is sent.
    await assert.rejects(client.listTasks({ limit: 200, bogus: 'x' } as never), (e: GatewayError) => e.code === 'BAD_USER_INPUT' && e.field === 'query.bogus' && e.account === 'hw1');
    assert.equal(stub.requests.length, 0);
    const list = await client.listTasks({ limit: 200, offset: 0, name: 'web 01', state: 'RUNNING' });
    assert.deepEqual(list, { count: 0, tasks: [] });
    assert.equal(stub.requests[0]!.url, '/v3/tasks?state=RUNNING&name=web%2001&limit=200&offset=0');
    assert.equal(stub.requests[0]!.headers['x-domain-id'], 'dom');
    const versions = await client.listApiVersion();
    assert.equal(versions.versions?.[0]?.id, 'v3');
    const created = await client.createTask({
      name: 't',
      type: 'MIGRATE_FILE',
      os_type: 'LINUX',
      source_server: { id: 's-1' },
      target_server: { name: 'x', vm_id: 'vm', disks: [] },
      region_name: 'r',
      region_id: 'r',
      project_name: 'p',
      project_id: 'p',
    });
    assert.equal(created.id, 'task-1');
    assert.equal(JSON.parse(stub.requests[2]!.body).source_server.id, 's-1');
    await client.deleteTask('a/b c');
    assert.equal(stub.requests[3]!.url, '/v3/tasks/a%2Fb%20c', 'path parameters are encoded and cannot add segments');
    await client.listServers({ connected: false, limit: 10 });
    assert.equal(stub.requests[4]!.url, '/v3/sources?limit=10&connected=false');
    for (const r of stub.requests) assert.equal(r.headers['content-type'], 'application/json;charset=UTF-8');
    assert.equal(stub.requests.length, 5, 'no request was refused and repeated');
  } finally {
    client.close();
    await stub.close();
  }
});

test('GET reads are retried on 503 and each attempt is signed afresh', async () => {
  const clock = steppingClock();
  const stub = await startStub((rec, i) => {
    assert.equal(verified(rec, clock.current()).ok, true);
    return i === 0 ? { status: 503, body: 'Service Unavailable' } : { body: { id: 't1', state: 'RUNNING' } };
  });
  const client = new Client({ endpoint: stub.url, credentials: { accessKeyId: AK, secretAccessKey: SK }, now: clock.now, retryLimit: 1 });
  try {
    const task = await client.showTask('t1');
    assert.equal(task.state, 'RUNNING');
    assert.equal(stub.requests.length, 2);
    assert.notEqual(stub.requests[0]!.headers['x-sdk-date'], stub.requests[1]!.headers['x-sdk-date']);
    assert.notEqual(stub.requests[0]!.headers.authorization, stub.requests[1]!.headers.authorization);
  } finally {
    client.close();
    await stub.close();
  }
});

test('actions, creates and deletes are never retried', async () => {
  const stub = await startStub(() => ({ status: 503, body: 'busy' }));
  const client = new Client({ endpoint: stub.url, credentials: { accessKeyId: AK, secretAccessKey: SK } });
  try {
    await assert.rejects(client.updateTaskStatus('t1', { operation: 'start' }), (e: GatewayError) => e.code === 'UPSTREAM_UNAVAILABLE' && e.retryable);
    await assert.rejects(client.deleteTasks({ ids: ['a'] }), (e: GatewayError) => e.code === 'UPSTREAM_UNAVAILABLE');
    await assert.rejects(client.updateTask('t1', { name: 'n' }), (e: GatewayError) => e.code === 'UPSTREAM_UNAVAILABLE');
    assert.equal(stub.requests.length, 3);
  } finally {
    client.close();
    await stub.close();
  }
});

test('vendor errors become GatewayErrors with providerCode and requestId', async () => {
  const stub = await startStub((rec): StubReply => {
    if (rec.url.endsWith('/action'))
      return { status: 400, headers: { 'x-request-id': 'req-42' }, body: { error_code: 'SMS.7713', error_msg: 'Only tasks in the Ready for next, Paused, or Error state can be started.' } };
    if (rec.url.startsWith('/v3/vm/templates'))
      return {
        status: 403,
        body: { error_code: 'SMS.9004', error_msg: 'no permission', encoded_authorization_message: 'SECRETBLOB', error_param: ['x'], details: [{ error_code: 'SMS.9004', error_msg: 'x' }] },
      };
    if (rec.url.startsWith('/v3/tasks/gone')) return { status: 404, body: { error_code: 'SMS.7703', error_msg: 'Task does not exist.' } };
    return { status: 429, headers: { 'retry-after': '2' }, body: { error_code: 'APIGW.0308', error_msg: 'The throttling threshold has been reached' } };
  });
  const client = new Client({ endpoint: stub.url, credentials: { accessKeyId: AK, secretAccessKey: SK }, account: 'hw-acc', retryLimit: 0 });
  try {
    await assert.rejects(client.updateTaskStatus('t1', { operation: 'start' }), (e: GatewayError) => {
      assert.equal(e.code, 'CONFLICT');
      assert.equal(e.providerCode, 'SMS.7713');
      assert.equal(e.requestId, 'req-42');
      assert.equal(e.account, 'hw-acc');
      assert.equal(e.provider, 'huawei-sms');
      assert.equal(e.retryable, false);
      assert.match(e.message, /UpdateTaskStatus/);
      return true;
    });
    await assert.rejects(client.listTemplates(), (e: GatewayError) => {
      assert.equal(e.code, 'FORBIDDEN');
      assert.ok(!e.message.includes('SECRETBLOB'));
      return true;
    });
    await assert.rejects(client.showTask('gone'), (e: GatewayError) => e.code === 'NOT_FOUND' && e.providerCode === 'SMS.7703');
    await assert.rejects(client.showOverview(), (e: GatewayError) => e.code === 'THROTTLED' && e.retryAfterMs === 2000 && e.retryable);
  } finally {
    client.close();
    await stub.close();
  }
});

test('unnamed-string bodies: empty, {} and free text are accepted; a malformed JSON read is an error', async () => {
  const stub = await startStub((rec) => {
    if (rec.method === 'DELETE') return { body: '' };
    if (rec.url.endsWith('/action')) return { body: 'ok', headers: { 'content-type': 'text/plain' } };
    if (rec.url.endsWith('/unlock')) return { body: {} };
    if (rec.method === 'PUT') return { body: { id: 't1' } };
    return { body: '<html>oops' };
  });
  const client = new Client({ endpoint: stub.url, credentials: { accessKeyId: AK, secretAccessKey: SK }, retryLimit: 0 });
  try {
    assert.deepEqual(await client.deleteTask('t1'), {});
    assert.deepEqual(await client.updateTaskStatus('t1', { operation: 'stop' }), {});
    assert.deepEqual(await client.unlockTargetEcs('t1'), {});
    assert.deepEqual(await client.updateTask('t1', { name: 'x' }), { id: 't1' });
    await assert.rejects(client.showTask('t1'), (e: GatewayError) => e.code === 'UPSTREAM_ERROR');
  } finally {
    client.close();
    await stub.close();
  }
});

test('connection resets and refused connections are UPSTREAM_UNAVAILABLE', async () => {
  const stub = await startStub(() => ({ reset: true }));
  const client = new Client({ endpoint: stub.url, credentials: { accessKeyId: AK, secretAccessKey: SK }, retryLimit: 0 });
  try {
    await assert.rejects(client.createPrivacyAgreements(), (e: GatewayError) => e.code === 'UPSTREAM_UNAVAILABLE' && e.provider === 'huawei-sms');
  } finally {
    client.close();
    await stub.close();
  }
  const dead = new Client({ endpoint: stub.url, credentials: { accessKeyId: AK, secretAccessKey: SK }, retryLimit: 0 });
  try {
    await assert.rejects(dead.showPrivacyAgreements(), (e: GatewayError) => e.code === 'UPSTREAM_UNAVAILABLE' && /ECONNREFUSED/.test(e.message));
  } finally {
    dead.close();
  }
});

test('IAM token mode: one token call for concurrent requests, X-Auth-Token sent, 401 refreshes once', async () => {
  let issued = 0;
  const iam = await startStub(async (rec) => {
    const body = JSON.parse(rec.body);
    assert.deepEqual(body.auth.identity.methods, ['password']);
    assert.equal(body.auth.identity.password.user.name, 'ops');
    assert.deepEqual(body.auth.scope, { domain: { name: 'acme' } });
    await new Promise((r) => setTimeout(r, 20));
    issued += 1;
    return { status: 201, headers: { 'x-subject-token': `tok-${issued}` }, body: { token: { expires_at: '2099-01-01T00:00:00.000000Z' } } };
  });
  let revoked = '';
  const sms = await startStub((rec) => {
    const tok = String(rec.headers['x-auth-token'] ?? '');
    if (!tok || tok === revoked) return { status: 401, body: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information: decrypt token fail' } };
    assert.equal(rec.headers.authorization, undefined);
    return { body: { flag: true } };
  });
  const client = new Client({
    endpoint: sms.url,
    credentials: { iam: { endpoint: iam.url, userName: 'ops', password: 'pw', domainName: 'acme' } },
  });
  try {
    const results = await Promise.all([client.showPrivacyAgreements(), client.showPrivacyAgreements(), client.showPrivacyAgreements()]);
    assert.deepEqual(results.map((r) => r.flag), [true, true, true]);
    assert.equal(iam.requests.length, 1, 'single flight');
    assert.ok(sms.requests.every((r) => r.headers['x-auth-token'] === 'tok-1'));
    revoked = 'tok-1';
    const again = await client.showPrivacyAgreements();
    assert.equal(again.flag, true);
    assert.equal(iam.requests.length, 2);
    assert.equal(sms.requests.at(-1)!.headers['x-auth-token'], 'tok-2');
    revoked = 'tok-2';
    // A second 401 right after a refresh is final (no loop).
    const before = sms.requests.length;
    issued = 1; // the IAM stub hands out tok-2 again: still revoked
    await assert.rejects(client.showPrivacyAgreements(), (e: GatewayError) => e.code === 'UNAUTHENTICATED' && e.providerCode === 'APIGW.0301');
    assert.equal(sms.requests.length - before, 2);
  } finally {
    client.close();
    await iam.close();
    await sms.close();
  }
});

test('IAM token mode: a refused password surfaces as UNAUTHENTICATED (not a transport error)', async () => {
  const iam = await startStub(() => ({ status: 401, body: { error: { code: 401, title: 'Unauthorized', message: 'The username or password is wrong.' } } }));
  const sms = await startStub(() => ({ body: {} }));
  const client = new Client({
    endpoint: sms.url,
    account: 'hw-iam',
    credentials: { iam: { endpoint: iam.url, userName: 'ops', password: 'wrong-pw', domainName: 'acme' } },
  });
  try {
    await assert.rejects(client.listTasks(), (e: GatewayError) => {
      assert.equal(e.code, 'UNAUTHENTICATED');
      assert.equal(e.account, 'hw-iam');
      assert.ok(!e.message.includes('wrong-pw'));
      return true;
    });
    assert.equal(sms.requests.length, 0, 'nothing reaches SMS without a token');
  } finally {
    client.close();
    await iam.close();
    await sms.close();
  }
});
