/**
 * GraphQL over Server-Sent Events (graphql-sse, distinct connections) on /graphql, with graphql-sse's
 * own client: a taskProgress stream ends after the terminal state; authentication, Origin, scopes
 * and accounts are enforced like on the other transports; a mutation is scope-checked (and never
 * sent over GET); a cross-site "simple" POST cannot start an operation; the streams-per-principal
 * limit; metrics count transport "sse".
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { print } from 'graphql';
import { createClient, NetworkError } from 'graphql-sse';
import { TaskState } from '../../src/core/model.js';
import { encodeId } from '../../src/domain/ids.js';
import { StopTaskDocument, TaskProgressLiteDocument } from '../generated/graphql.js';
import { fakeAccounts, type FakeProvider } from '../helpers/fake-provider.js';
import { eventually, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const KEY = {
  reader: 'reader-key-0123456789abcdef0123',
  operator: 'operator-key-0123456789abcdef01',
  metrics: 'metrics-key-0123456789abcdef0123',
};
const bearer = (k: string) => ({ authorization: `Bearer ${k}` });

interface Collected {
  events: Record<string, unknown>[];
  errors: { message?: string; extensions?: Record<string, unknown> }[];
  failure: unknown;
  completed: boolean;
  done: Promise<void>;
  stop: () => void;
}

/** Runs one operation over SSE with graphql-sse's client and collects what comes back. */
function sse(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Collected {
  const client = createClient({ url, fetchFn: fetch, headers, retryAttempts: 0 });
  const out: Collected = { events: [], errors: [], failure: undefined, completed: false, done: Promise.resolve(), stop: () => {} };
  out.done = new Promise<void>((resolve) => {
    const dispose = client.subscribe<Record<string, unknown>>(
      { query, variables },
      {
        next: (msg) => {
          if (msg.errors) out.errors.push(...(msg.errors as unknown as Collected['errors']));
          if (msg.data) out.events.push(msg.data);
        },
        error: (e) => {
          out.failure = e;
          resolve();
        },
        complete: () => {
          out.completed = true;
          resolve();
        },
      },
    );
    out.stop = () => {
      dispose();
      client.dispose();
      resolve();
    };
  });
  return out;
}

function sample(text: string, name: string, labels: Record<string, string>): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const m = /^[^{ ]+\{(.*)\} (\S+)$/.exec(line);
    if (!m) continue;
    const have = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) total += Number(m[2]);
  }
  return total;
}

describe('GraphQL over SSE (graphql-sse, distinct connections)', () => {
  let gw: TestGateway;
  let hw: FakeProvider;
  let ali: FakeProvider;
  const hwTask = (n: number) => encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'r1', nativeId: `task-${n}` });
  const aliTask = (n: number) => encodeId('Task', { provider: 'alibaba-smc', accountId: 'ali', region: 'r1', nativeId: `task-${n}` });
  const calls = () => hw.totalCalls() + ali.totalCalls();
  const progressQuery = print(TaskProgressLiteDocument);
  const metricsText = async () => (await fetch(gw.url.replace('/graphql', '/metrics'), { headers: bearer(KEY.metrics) })).text();

  before(async () => {
    const fake = fakeAccounts([
      { id: 'hw', provider: 'huawei-sms', regions: ['r1'] },
      { id: 'ali', provider: 'alibaba-smc', regions: ['r1'] },
    ]);
    gw = await startTestGateway(
      fake.accounts,
      {
        cache: { enabled: false },
        progress: { fastIntervalMs: 20, slowIntervalMs: 40, maxBackoffMs: 200 },
        limits: { rate: { perSecond: 10_000, burst: 10_000 }, sse: { streamsPerPrincipal: 2 } },
        auth: {
          apiKeys: [
            { id: 'reader', key: KEY.reader, scopes: ['migration:read'], accounts: ['hw'] },
            { id: 'operator', key: KEY.operator, scopes: ['migration:read', 'migration:operate'], accounts: ['*'] },
            { id: 'metrics', key: KEY.metrics, scopes: ['metrics:read'], accounts: ['*'] },
          ],
        },
      },
      fake.factory,
    );
    hw = fake.providers.get('hw')!;
    ali = fake.providers.get('ali')!;
    for (let i = 0; i < 4; i++) hw.addTask('r1', i);
    ali.addTask('r1', 0);
  });
  after(() => gw.close());

  it('streams taskProgress over SSE and completes after the terminal state', async () => {
    const before = await metricsText();
    const sub = sse(gw.url, bearer(KEY.reader), progressQuery, { id: hwTask(0) });
    await eventually(() => sub.events.length >= 1);
    assert.deepEqual(sub.errors, []);
    const task = hw.tasks[0]!;
    task.state = TaskState.SUCCEEDED;
    task.nativeState = 'SUCCESS';
    await sub.done;
    assert.equal(sub.completed, true, 'the stream completes');
    assert.equal(sub.failure, undefined);
    const last = sub.events.at(-1)!.taskProgress as { final: boolean; state: string };
    assert.equal(last.final, true);
    assert.equal(last.state, 'SUCCEEDED');
    const text = await eventually(async () => {
      const t = await metricsText();
      return sample(t, 'migraph_graphql_requests_total', { transport: 'sse', type: 'subscription', name: 'TaskProgressLite', outcome: 'ok' }) >
        sample(before, 'migraph_graphql_requests_total', { transport: 'sse', type: 'subscription', name: 'TaskProgressLite', outcome: 'ok' })
        ? t
        : null;
    });
    assert.ok(text, 'counted with transport sse');
  });

  it('refuses a missing credential with 401 and a foreign Origin with 403, subscribing nothing', async () => {
    const before = calls();
    const anon = sse(gw.url, {}, progressQuery, { id: hwTask(1) });
    await anon.done;
    assert.ok(anon.failure instanceof NetworkError, String(anon.failure));
    assert.equal(anon.failure.response?.status, 401);
    assert.equal(anon.events.length, 0);

    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { ...bearer(KEY.reader), origin: 'https://evil.example', accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: progressQuery, variables: { id: hwTask(1) } }),
    });
    assert.equal(res.status, 403);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'FORBIDDEN');
    assert.equal(calls(), before, 'no upstream call');
  });

  it('gives FORBIDDEN for a scope the principal lacks and for another account’s task', async () => {
    const before = calls();
    const noScope = sse(gw.url, bearer(KEY.metrics), progressQuery, { id: hwTask(1) });
    await noScope.done;
    assert.equal(noScope.errors[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(noScope.errors));
    assert.match(noScope.errors[0]!.message!, /migration:read/);
    assert.equal(noScope.events.length, 0);

    const foreign = sse(gw.url, bearer(KEY.reader), progressQuery, { id: aliTask(0) });
    await foreign.done;
    assert.equal(foreign.errors[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(foreign.errors));
    assert.equal(foreign.events.length, 0);
    assert.equal(calls(), before, 'refused before any upstream call');

    const text = await metricsText();
    assert.ok(sample(text, 'migraph_graphql_requests_total', { transport: 'sse', outcome: 'FORBIDDEN' }) >= 2, 'refusals counted with transport sse');
  });

  it('scope-checks a mutation over SSE, never runs one over GET, and refuses a cross-site simple POST', async () => {
    const before = calls();
    const stop = sse(gw.url, bearer(KEY.reader), print(StopTaskDocument), { id: hwTask(2) });
    await stop.done;
    assert.equal(stop.errors[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(stop.errors));
    assert.match(stop.errors[0]!.message!, /Mutation\.stopTask requires the scope migration:operate/);

    const get = new URL(gw.url);
    get.searchParams.set('query', print(StopTaskDocument));
    get.searchParams.set('variables', JSON.stringify({ id: hwTask(2) }));
    const viaGet = await fetch(get, { headers: { ...bearer(KEY.operator), accept: 'text/event-stream' } });
    assert.equal(viaGet.status, 405);
    await viaGet.body?.cancel();

    for (const contentType of ['text/plain', 'text/plain; x=application/json', 'application/x-www-form-urlencoded']) {
      const res = await fetch(gw.url, {
        method: 'POST',
        headers: { ...bearer(KEY.operator), accept: 'text/event-stream', 'content-type': contentType },
        body: JSON.stringify({ query: print(StopTaskDocument), variables: { id: hwTask(2) } }),
      });
      assert.equal(res.status, 415, contentType);
      await res.body?.cancel();
    }
    assert.equal(calls(), before, 'nothing reached the provider');

    // Allowed for the operator: it reaches the provider.
    const allowed = sse(gw.url, bearer(KEY.operator), print(StopTaskDocument), { id: hwTask(2) });
    await allowed.done;
    assert.notEqual(allowed.errors[0]?.extensions?.code, 'FORBIDDEN');
    assert.ok(calls() > before, 'an allowed mutation reaches the provider');
  });

  it('bounds the open streams per principal (limits.sse.streamsPerPrincipal)', async () => {
    const a = sse(gw.url, bearer(KEY.operator), progressQuery, { id: hwTask(3) });
    const b = sse(gw.url, bearer(KEY.operator), progressQuery, { id: hwTask(3) });
    await eventually(() => a.events.length >= 1 && b.events.length >= 1);
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { ...bearer(KEY.operator), accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: progressQuery, variables: { id: hwTask(3) } }),
    });
    assert.equal(res.status, 429);
    const body = (await res.json()) as { errors: { extensions: { code: string; limit?: { name: string; max: number } } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'THROTTLED');
    assert.equal(body.errors[0]!.extensions.limit?.name, 'streamsPerPrincipal');
    // Another principal is not affected.
    const other = sse(gw.url, bearer(KEY.reader), progressQuery, { id: hwTask(3) });
    await eventually(() => other.events.length >= 1);
    other.stop();
    // A closed stream frees its place.
    a.stop();
    const c = await eventually(async () => {
      const s = sse(gw.url, bearer(KEY.operator), progressQuery, { id: hwTask(3) });
      await Promise.race([s.done, eventually(() => s.events.length >= 1).catch(() => undefined)]);
      if (s.events.length >= 1) return s;
      s.stop();
      return null;
    }, 20, 50);
    b.stop();
    c.stop();
  });
});
