/**
 * Principals, scopes and account scoping through real HTTP and WebSocket clients: API keys (plain
 * and by digest), JWTs from a JWKS endpoint (with key rotation), every scope rule, the account
 * view of lists, node, subscriptions, mutations, CSV and /metrics, and audit events. Every refusal
 * is checked to have made no upstream call.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import WebSocket from 'ws';
import { encodeId } from '../../src/domain/ids.js';
import {
  AccountsDocument,
  DeleteTasksDocument,
  HuaweiTemplatePasswordDocument,
  NodeDocument,
  RunTaskActionDocument,
  StartTaskDocument,
  StopTaskDocument,
  TaskProgressDocument,
  TaskUpdatesDocument,
  TasksDocument,
} from '../generated/graphql.js';
import { fakeAccounts, type FakeProvider } from '../helpers/fake-provider.js';
import { eventually, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const KEY = {
  reader: 'reader-key-0123456789abcdef0123',
  operator: 'operator-key-0123456789abcdef01',
  admin: 'admin-key-0123456789abcdef012345',
  secrets: 'secrets-key-0123456789abcdef0123',
  metrics: 'metrics-key-0123456789abcdef0123',
};
const bearer = (k: string) => ({ authorization: `Bearer ${k}` });
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const AUDIT_FILE = path.join(mkdtempSync(path.join(tmpdir(), 'migraph-audit-')), 'audit.jsonl');
const ISSUER = 'https://idp.example.test/';
const AUDIENCE = 'migraph';

/** A JWKS endpoint on loopback whose key set the test can rotate. */
async function jwksServer() {
  let keys: JWK[] = [];
  let fetches = 0;
  const server = http.createServer((_req, res) => {
    fetches++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    setKeys(k: JWK[]) {
      keys = k;
    },
    fetches: () => fetches,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function signingKey(kid: string) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const sign = (claims: Record<string, unknown>, exp: string | number = '5m') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).setIssuer(ISSUER).setAudience(AUDIENCE).setSubject('alice').setIssuedAt().setExpirationTime(exp).sign(privateKey);
  return { jwk, sign };
}

describe('security: principals, scopes and accounts', () => {
  let gw: TestGateway;
  let hw: FakeProvider;
  let ali: FakeProvider;
  let jwks: Awaited<ReturnType<typeof jwksServer>>;
  let key1: Awaited<ReturnType<typeof signingKey>>;
  const calls = () => hw.totalCalls() + ali.totalCalls();
  const hwTask = (n: number) => encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: `task-${n}` });
  const aliTask = (n: number) => encodeId('Task', { provider: 'alibaba-smc', accountId: 'ali', region: 'cn-hangzhou', nativeId: `task-${n}` });

  before(async () => {
    jwks = await jwksServer();
    key1 = await signingKey('k1');
    jwks.setKeys([key1.jwk]);
    const fake = fakeAccounts([
      { id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] },
      { id: 'ali', provider: 'alibaba-smc', regions: ['cn-hangzhou'] },
    ]);
    gw = await startTestGateway(
      fake.accounts,
      {
        cache: { enabled: false },
        audit: { file: AUDIT_FILE },
        auth: {
          apiKeys: [
            { id: 'reader', sha256: sha256(KEY.reader), scopes: ['migration:read'], accounts: ['hw'] },
            { id: 'operator', key: KEY.operator, scopes: ['migration:read', 'migration:operate'], accounts: ['*'] },
            { id: 'admin', key: KEY.admin, scopes: ['migration:read', 'migration:operate', 'migration:admin'], accounts: ['*'] },
            { id: 'secrets', key: KEY.secrets, scopes: ['migration:read', 'secrets:read'], accounts: ['*'] },
            { id: 'metrics', key: KEY.metrics, scopes: ['metrics:read'], accounts: ['*'] },
          ],
          jwt: { jwksUrl: jwks.url, issuer: ISSUER, audience: AUDIENCE, jwksCooldownMs: 0 },
        },
      },
      fake.factory,
    );
    hw = fake.providers.get('hw')!;
    ali = fake.providers.get('ali')!;
    for (let i = 0; i < 3; i++) hw.addTask('ap-southeast-3', i);
    for (let i = 3; i < 5; i++) ali.addTask('cn-hangzhou', i);
  });
  after(async () => {
    await gw.close();
    await jwks.close();
  });

  it('refuses a missing, garbage or malformed credential with 401 UNAUTHENTICATED and no upstream call', async () => {
    const before = calls();
    for (const headers of [{}, bearer('garbage-token-that-is-not-configured'), { authorization: 'Basic dXNlcjpwYXNz' }, bearer('a.b.c')]) {
      const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: print(StopTaskDocument), variables: { id: hwTask(0) } }) });
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.equal(res.headers.get('www-authenticate'), 'Bearer');
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      assert.equal(body.errors[0]!.extensions.code, 'UNAUTHENTICATED');
      assert.doesNotMatch(body.errors[0]!.message, /garbage-token/, 'the credential is not echoed');
    }
    assert.equal(calls(), before);
  });

  it('accepts a key given by its SHA-256 digest, and scopes lists and accounts to the principal', async () => {
    const accounts = await gql(gw.url, AccountsDocument, undefined, bearer(KEY.reader));
    assert.deepEqual(accounts.data?.accounts.map((a) => a.id), ['hw']);
    const tasks = await gql(gw.url, TasksDocument, { first: 50 }, bearer(KEY.reader));
    assert.equal(tasks.errors, undefined);
    assert.equal(tasks.data?.tasks.totalCount, 3, 'only the hw tasks');
    assert.ok(tasks.data?.tasks.edges.every((e) => e.node.provider === 'HUAWEI_SMS'));
    const all = await gql(gw.url, TasksDocument, { first: 50 }, bearer(KEY.operator));
    assert.equal(all.data?.tasks.totalCount, 5);
  });

  it('gives FORBIDDEN, with no upstream call, for another account by node(id), by filter and by mutation', async () => {
    const before = calls();
    const node = await gql(gw.url, NodeDocument, { id: aliTask(3) }, bearer(KEY.reader));
    assert.equal(node.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.match(node.errors![0]!.message, /account "ali" is not permitted/);
    const filtered = await gql(gw.url, TasksDocument, { filter: { accounts: ['ali'] } }, bearer(KEY.reader));
    assert.equal(filtered.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(calls(), before);
  });

  it('requires migration:operate for stopTask and migration:admin for deletes, cutover and DELETE actions, naming the scope', async () => {
    const before = calls();
    const stop = await gql(gw.url, StopTaskDocument, { id: hwTask(0) }, bearer(KEY.reader));
    assert.equal(stop.status, 403);
    assert.equal(stop.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.match(stop.errors![0]!.message, /Mutation\.stopTask requires the scope migration:operate/);
    const del = await gql(gw.url, DeleteTasksDocument, { ids: [hwTask(0)] }, bearer(KEY.operator));
    assert.equal(del.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.match(del.errors![0]!.message, /migration:admin/);
    for (const action of ['CUTOVER', 'DELETE'] as const) {
      const res = await gql(gw.url, RunTaskActionDocument, { id: hwTask(0), action } as never, bearer(KEY.operator));
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', action);
      assert.match(res.errors![0]!.message, new RegExp(`action ${action} requires the scope migration:admin`));
    }
    assert.equal(calls(), before, 'refused before any upstream call');
    // Allowed: it reaches the provider (whose answer, CONFLICT for a running task, is its own business).
    const start = await gql(gw.url, StartTaskDocument, { id: hwTask(1) }, bearer(KEY.operator));
    assert.notEqual(start.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.ok(calls() > before, 'an allowed mutation reaches the provider');
  });

  it('requires secrets:read for SENSITIVE fields, and audits mutations and sensitive reads without secrets', async () => {
    const templateId = encodeId('Template', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: 'tpl-1' });
    const denied = await gql(gw.url, HuaweiTemplatePasswordDocument, { templateId }, bearer(KEY.admin));
    assert.equal(denied.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.match(denied.errors![0]!.message, /secrets:read/);
    // The fake provider has no Huawei extension: the read is allowed, then UNSUPPORTED_OPERATION, and audited as such.
    const allowed = await gql(gw.url, HuaweiTemplatePasswordDocument, { templateId }, bearer(KEY.secrets));
    assert.equal(allowed.errors?.[0]?.extensions?.code, 'UNSUPPORTED_OPERATION');
    const del = await gql(gw.url, DeleteTasksDocument, { ids: [hwTask(2)] }, bearer(KEY.admin));
    assert.deepEqual(del.data?.deleteTasks.deletedIds, [hwTask(2)]);
    const audit = gw.logs.filter((l) => l.includes('"audit":true')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const delEvent = audit.find((e) => e.operation === 'Mutation.deleteTasks' && e.outcome === 'ok');
    assert.ok(delEvent, 'delete audited');
    assert.equal(delEvent.principal, 'key:admin');
    assert.deepEqual(delEvent.accounts, ['hw']);
    assert.deepEqual(delEvent.targets, [hwTask(2)]);
    assert.ok(typeof delEvent.requestId === 'string' && typeof delEvent.time === 'string');
    const readEvent = audit.find((e) => e.operation === 'Query.huaweiTemplateTargetPassword');
    assert.equal(readEvent?.outcome, 'UNSUPPORTED_OPERATION');
    assert.equal(readEvent?.principal, 'key:secrets');
    const startEvent = audit.find((e) => e.operation === 'Mutation.startTask');
    assert.equal(startEvent?.principal, 'key:operator');
    // The same events in audit.file, one JSON line each.
    const fileEvents = await eventually(() => {
      let text = '';
      try {
        text = readFileSync(AUDIT_FILE, 'utf8');
      } catch {
        return null;
      }
      const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      return lines.some((e) => e.operation === 'Mutation.deleteTasks') ? lines : null;
    });
    assert.ok(fileEvents.every((e) => e.audit === true && typeof e.principal === 'string'));
    // Refused operations never ran: nothing audited for them, and no key appears in any log line.
    assert.ok(!audit.some((e) => e.operation === 'Mutation.stopTask'));
    for (const k of Object.values(KEY)) assert.ok(!gw.logs.some((l) => l.includes(k)), 'no key in the logs');
  });

  it('verifies JWTs from the JWKS: scopes and accounts claims, expiry, audience, and key rotation', async () => {
    const token = await key1.sign({ scope: 'migration:read', migraph_accounts: ['ali'] });
    const tasks = await gql(gw.url, TasksDocument, { first: 50 }, bearer(token));
    assert.equal(tasks.errors, undefined);
    assert.equal(tasks.data?.tasks.totalCount, 2, 'only the ali tasks');
    const stop = await gql(gw.url, StopTaskDocument, { id: aliTask(3) }, bearer(token));
    assert.equal(stop.errors?.[0]?.extensions?.code, 'FORBIDDEN');

    const expired = await key1.sign({ scope: 'migration:read', migraph_accounts: ['ali'] }, Math.floor(Date.now() / 1000) - 3600);
    const exp = await gql(gw.url, TasksDocument, { first: 1 }, bearer(expired));
    assert.equal(exp.status, 401);
    assert.match(exp.errors![0]!.message, /token expired/);

    const otherAudience = await new SignJWT({ scope: 'migration:read' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience('someone-else')
      .setSubject('alice')
      .setExpirationTime('5m')
      .sign((await generateKeyPair('RS256')).privateKey);
    assert.equal((await gql(gw.url, TasksDocument, { first: 1 }, bearer(otherAudience))).status, 401);

    // Rotation: a new key (new kid) appears in the JWKS; a token signed with it is accepted without a restart.
    const key2 = await signingKey('k2');
    const rotated = await key2.sign({ scope: 'migration:read', migraph_accounts: '*' });
    jwks.setKeys([key2.jwk]);
    const fetchesBefore = jwks.fetches();
    const res = await gql(gw.url, TasksDocument, { first: 50 }, bearer(rotated));
    assert.equal(res.errors, undefined);
    const everything = await gql(gw.url, TasksDocument, { first: 50 }, bearer(KEY.operator));
    assert.equal(res.data?.tasks.totalCount, everything.data?.tasks.totalCount, '"*" in the accounts claim sees every account');
    assert.ok(jwks.fetches() > fetchesBefore, 'the unknown kid refetched the JWKS');
  });

  it('protects /metrics with metrics:read and the CSV with migration:read, scoped to the accounts', async () => {
    const base = gw.url.replace('/graphql', '');
    assert.equal((await fetch(`${base}/metrics`)).status, 401);
    assert.equal((await fetch(`${base}/metrics`, { headers: bearer(KEY.reader) })).status, 403);
    const metrics = await fetch(`${base}/metrics`, { headers: bearer(KEY.metrics) });
    assert.equal(metrics.status, 200);
    assert.match(await metrics.text(), /migraph_graphql_requests_total/);
    assert.equal((await fetch(`${base}/reports/tasks.csv`)).status, 401);
    assert.equal((await fetch(`${base}/reports/tasks.csv`, { headers: bearer(KEY.metrics) })).status, 403);
    const csv = await (await fetch(`${base}/reports/tasks.csv`, { headers: bearer(KEY.reader) })).text();
    const rows = csv.trim().split(/\r\n/).slice(1);
    assert.ok(rows.length >= 1);
    assert.ok(rows.every((r) => r.includes('huawei-sms') && !r.includes('alibaba-smc')), 'hw rows only');
    const forbidden = await fetch(`${base}/reports/tasks.csv?account=ali`, { headers: bearer(KEY.reader) });
    assert.equal(forbidden.status, 403);
  });

  it('authenticates WebSockets by connection_init payload or upgrade header; closes 4401 otherwise', async () => {
    const closeOf = (params: Record<string, unknown> | undefined) =>
      new Promise<number>((resolve) => {
        const client = createClient({
          url: gw.wsUrl,
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => {},
          connectionParams: params,
          on: { closed: (e) => resolve((e as { code: number }).code) },
        });
        client.on('connected', () => void client.dispose());
      });
    assert.equal(await closeOf(undefined), 4401);
    assert.equal(await closeOf({ authorization: 'Bearer nope-nope-nope-nope' }), 4401);

    const ws = (params?: Record<string, unknown>, headers?: Record<string, string>) =>
      createClient({
        url: gw.wsUrl,
        retryAttempts: 0,
        connectionParams: params,
        webSocketImpl: class extends WebSocket {
          constructor(url: string, protocols: string[]) {
            super(url, protocols, { headers });
          }
        },
      });
    const first = <T>(client: ReturnType<typeof ws>, query: string, variables: Record<string, unknown>) =>
      new Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>((resolve, reject) => {
        const stop = client.subscribe<T>({ query, variables }, { next: (v) => { stop(); resolve(v as never); }, error: reject, complete: () => {} });
      });

    const byPayload = ws(bearer(KEY.reader));
    const own = await first<{ taskProgress: { state: string } }>(byPayload, print(TaskProgressDocument), { id: hwTask(0) });
    assert.ok(own.data?.taskProgress, 'own account streams');
    // Another account's task: FORBIDDEN before subscribing (no snapshot poll of that account).
    const aliCalls = ali.totalCalls();
    const other = await new Promise<unknown[]>((resolve) => {
      byPayload.subscribe({ query: print(TaskProgressDocument), variables: { id: aliTask(3) } }, { next: (v) => resolve((v as { errors: unknown[] }).errors), error: (e) => resolve(e as unknown[]), complete: () => {} });
    });
    assert.equal((other as { extensions: { code: string } }[])[0]!.extensions.code, 'FORBIDDEN');
    assert.equal(ali.totalCalls(), aliCalls);
    // Mutations over WebSocket pass the same scope check.
    const stop = await new Promise<unknown[]>((resolve) => {
      byPayload.subscribe({ query: print(StopTaskDocument), variables: { id: hwTask(0) } }, { next: (v) => resolve((v as { errors: unknown[] }).errors), error: (e) => resolve(e as unknown[]), complete: () => {} });
    });
    assert.equal((stop as { extensions: { code: string } }[])[0]!.extensions.code, 'FORBIDDEN');
    await byPayload.dispose();

    // taskUpdates without a filter follows only the principal's accounts: the hw tasks, and no ali poll.
    const updates = ws(bearer(KEY.reader));
    const seen = await new Promise<{ provider: string; taskId: string }[]>((resolve, reject) => {
      const events: { provider: string; taskId: string }[] = [];
      const stop = updates.subscribe<{ taskUpdates: { provider: string; taskId: string } }>(
        { query: print(TaskUpdatesDocument) },
        {
          next: (v) => {
            if (v.data) events.push(v.data.taskUpdates);
            if (events.length >= hw.tasks.length) {
              stop();
              resolve(events);
            }
          },
          error: reject,
          complete: () => resolve(events),
        },
      );
    });
    assert.ok(seen.length >= 1);
    assert.ok(seen.every((e) => e.provider === 'HUAWEI_SMS'), JSON.stringify(seen));
    assert.equal(ali.totalCalls(), aliCalls, 'the other account is not polled for this principal');
    await updates.dispose();

    // The same document from a principal who sees every account, open first: its selection group
    // (fanout.ts) is not shared with the reader's, whose events stay its own accounts'.
    const everything = ws(bearer(KEY.operator));
    const wide: { provider: string }[] = [];
    const stopWide = everything.subscribe<{ taskUpdates: { provider: string } }>({ query: print(TaskUpdatesDocument) }, { next: (v) => void (v.data && wide.push(v.data.taskUpdates)), error: () => {}, complete: () => {} });
    await eventually(() => wide.some((e) => e.provider !== 'HUAWEI_SMS'));
    const narrow = ws(bearer(KEY.reader));
    const mine: { provider: string }[] = [];
    const stopNarrow = narrow.subscribe<{ taskUpdates: { provider: string } }>({ query: print(TaskUpdatesDocument) }, { next: (v) => void (v.data && mine.push(v.data.taskUpdates)), error: () => {}, complete: () => {} });
    await eventually(() => mine.length >= hw.tasks.length);
    assert.ok(mine.every((e) => e.provider === 'HUAWEI_SMS'), JSON.stringify(mine));
    stopWide();
    stopNarrow();
    await everything.dispose();
    await narrow.dispose();

    const byHeader = ws(undefined, bearer(KEY.operator));
    const res = await first<{ taskProgress: { state: string } }>(byHeader, print(TaskProgressDocument), { id: aliTask(3) });
    assert.ok(res.data?.taskProgress, 'upgrade header authenticates');
    await byHeader.dispose();
  });
});
