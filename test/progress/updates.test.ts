/**
 * Live progress over graphql-ws with the in-memory PubSub: taskUpdates (snapshot first, then only
 * changes; filters; per-task sequences), terminal states ending streams, outages (stale status,
 * backoff honouring retry-after, recovery), idle groups not polled, and the latest-only iterator.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GatewayError } from '../../src/core/errors.js';
import { TaskState, type Progress } from '../../src/core/model.js';
import { encodeId } from '../../src/domain/ids.js';
import { LatestValueIterator } from '../../src/domain/progress/latest.js';
import { TaskProgressLiteDocument, TaskUpdatesDocument, type TaskUpdatesSubscription } from '../generated/graphql.js';
import { fakeAccounts, type FakeProvider } from '../helpers/fake-provider.js';
import { collect, eventually, startTestGateway, wsClient, type TestGateway } from '../helpers/gateway.js';

type Ev = TaskUpdatesSubscription['taskUpdates'];
const progress = (percent: number): Progress => ({
  percent,
  transferredBytes: percent * 10,
  totalBytes: 1000,
  speed: 100,
  remainingSeconds: 100 - percent,
  estimatedCompletionAt: null,
  phase: 'MIGRATE',
  steps: [{ name: 'copy', state: 'RUNNING', percent, startedAt: null, finishedAt: null, detail: null }],
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asserts that the events of each task have consecutive sequence numbers. */
function assertNoGaps(events: Ev[]): void {
  const byTask = new Map<string, number[]>();
  for (const e of events) byTask.set(e.taskId, [...(byTask.get(e.taskId) ?? []), e.sequence]);
  for (const [id, seqs] of byTask) {
    for (let i = 1; i < seqs.length; i++) assert.equal(seqs[i], seqs[i - 1]! + 1, `sequence gap for ${id}: ${seqs.join(',')}`);
  }
}

describe('taskUpdates and the progress hub (in-memory PubSub)', () => {
  let gw: TestGateway;
  let hw: FakeProvider;
  let ali: FakeProvider;
  const id = (provider: 'huawei-sms' | 'alibaba-smc', accountId: string, n: number) => encodeId('Task', { provider, accountId, region: 'r1', nativeId: `task-${n}` });

  before(async () => {
    const fake = fakeAccounts([
      { id: 'hw', provider: 'huawei-sms', regions: ['r1'] },
      { id: 'ali', provider: 'alibaba-smc', regions: ['r1'] },
    ]);
    gw = await startTestGateway(fake.accounts, { progress: { fastIntervalMs: 20, slowIntervalMs: 40, maxBackoffMs: 200 } }, fake.factory);
    hw = fake.providers.get('hw')!;
    ali = fake.providers.get('ali')!;
    for (let i = 0; i < 6; i++) hw.addTask('r1', i, { progress: progress(0) });
    for (let i = 0; i < 3; i++) ali.addTask('r1', i, { progress: progress(0), state: i === 2 ? TaskState.PENDING : TaskState.REPLICATING });
  });
  after(() => gw.close());

  it('sends a snapshot of the selected tasks, then only changes in order, and ends when every id is final', async () => {
    const client = wsClient(gw.wsUrl);
    const ids = [id('huawei-sms', 'hw', 0), id('huawei-sms', 'hw', 1), id('alibaba-smc', 'ali', 0)];
    const sub = collect(client, TaskUpdatesDocument, { filter: { ids } });
    await eventually(() => new Set(sub.events.map((e) => e.taskUpdates.taskId)).size === 3);
    const snapshot = sub.events.map((e) => e.taskUpdates);
    assert.equal(snapshot.length, 3, 'one snapshot event per task');
    assert.ok(snapshot.every((e) => e.progress?.percent === 0 && e.state === 'REPLICATING' && e.nativeState === 'RUNNING'));

    const [t0, t1] = [hw.tasks[0]!, hw.tasks[1]!];
    const a0 = ali.tasks[0]!;
    for (const p of [30, 60]) {
      t0.progress = progress(p);
      a0.progress = progress(p);
      await eventually(() => sub.events.filter((e) => e.taskUpdates.progress?.percent === p).length === 2);
    }
    // Nothing changes for a while: no events (only changes are published).
    const count = sub.events.length;
    await sleep(120);
    assert.equal(sub.events.length, count, 'no event without a change');

    for (const t of [t0, t1, a0]) {
      t.state = TaskState.SUCCEEDED;
      t.nativeState = 'SUCCESS';
      t.progress = progress(100);
    }
    await sub.done;
    await client.dispose();
    const events = sub.events.map((e) => e.taskUpdates);
    assert.deepEqual(sub.errors, []);
    assertNoGaps(events);
    assert.deepEqual(
      events.filter((e) => e.taskId === ids[0]).map((e) => e.progress?.percent),
      [0, 30, 60, 100],
    );
    assert.equal(events.filter((e) => e.final).length, 3, 'a final event per task, then the stream ended');
    assert.ok(events.filter((e) => e.final).every((e) => e.state === 'SUCCEEDED' && e.progress?.steps[0]?.name === 'copy'));
    await eventually(() => gw.hub.stats().subscriptions === 0);
  });

  it('filters by provider and state; a task leaving the states gets one last event; new tasks appear', async () => {
    const client = wsClient(gw.wsUrl);
    const sub = collect(client, TaskUpdatesDocument, { filter: { providers: ['ALIBABA_SMC'], states: ['REPLICATING', 'PENDING'] } });
    // ali task-0 is SUCCEEDED (previous test): only task-1 (REPLICATING) and task-2 (PENDING) match.
    await eventually(() => new Set(sub.events.map((e) => e.taskUpdates.taskId)).size === 2);
    const first = sub.events.map((e) => e.taskUpdates);
    assert.deepEqual(new Set(first.map((e) => e.taskId)), new Set([id('alibaba-smc', 'ali', 1), id('alibaba-smc', 'ali', 2)]));
    assert.ok(first.every((e) => e.provider === 'ALIBABA_SMC'));

    const t1 = ali.tasks[1]!;
    t1.state = TaskState.FAILED;
    t1.nativeState = 'FAILED';
    await eventually(() => sub.events.some((e) => e.taskUpdates.state === 'FAILED'));
    const created = ali.addTask('r1', 7, { progress: progress(5) });
    await eventually(() => sub.events.some((e) => e.taskUpdates.taskId === id('alibaba-smc', 'ali', 7)));
    // Changes of a task that left the filter are no longer sent; a Huawei change is never sent.
    t1.progress = progress(99);
    hw.tasks[3]!.progress = progress(42);
    created.progress = progress(10);
    await eventually(() => sub.events.some((e) => e.taskUpdates.progress?.percent === 10));
    sub.stop();
    await client.dispose();
    const events = sub.events.map((e) => e.taskUpdates);
    assertNoGaps(events);
    assert.equal(events.filter((e) => e.taskId === id('alibaba-smc', 'ali', 1) && e.state === 'FAILED').length, 1);
    assert.ok(!events.some((e) => e.progress?.percent === 99 || e.progress?.percent === 42));
    assert.ok(events.every((e) => e.provider === 'ALIBABA_SMC'));
  });

  it('refuses bad filters before subscribing', async () => {
    const client = wsClient(gw.wsUrl);
    const codes: unknown[] = [];
    for (const filter of [{ ids: ['garbage'] }, { accounts: ['nope'] }, { regions: ['nowhere'] }, { ids: [] }]) {
      const sub = collect(client, TaskUpdatesDocument, { filter });
      await sub.done;
      codes.push((sub.errors[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code);
    }
    await client.dispose();
    assert.deepEqual(codes, ['BAD_USER_INPUT', 'NOT_FOUND', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('polls a group once per interval for any number of subscribers, and not at all once every watched task is final', async () => {
    const clients = Array.from({ length: 4 }, () => wsClient(gw.wsUrl));
    const subs = clients.flatMap((c) => [2, 3, 4].map((n) => collect(c, TaskProgressLiteDocument, { id: id('huawei-sms', 'hw', n) })));
    await eventually(() => subs.every((s) => s.events.length >= 1));
    assert.equal(gw.hub.stats().subscriptions, 3, '12 subscribers of 3 selections: one hub subscription per selection group (fanout.ts)');
    assert.equal(gw.hub.stats().tasks, 3);
    for (const n of [2, 3, 4]) {
      const t = hw.tasks[n]!;
      t.state = TaskState.STOPPED;
      t.nativeState = 'STOPPED';
    }
    await Promise.all(subs.map((s) => s.done));
    const calls = hw.calls.getTasks ?? 0;
    await sleep(150);
    assert.equal(hw.calls.getTasks ?? 0, calls, 'no poll once the watched tasks are terminal and unwatched');
    await Promise.all(clients.map((c) => c.dispose()));
    assert.ok(subs.every((s) => s.events.at(-1)?.taskProgress.final === true && s.events.at(-1)?.taskProgress.state === 'STOPPED'));
    // A late subscriber gets the final state at once (snapshot) and its stream ends.
    const late = wsClient(gw.wsUrl);
    const sub = collect(late, TaskProgressLiteDocument, { id: id('huawei-sms', 'hw', 2) });
    await sub.done;
    await late.dispose();
    assert.equal(sub.events.length, 1);
    assert.equal(sub.events[0]!.taskProgress.final, true);
  });

  it('sends a stale status during an outage, backs off no sooner than retry-after, and recovers', async () => {
    const client = wsClient(gw.wsUrl);
    const sub = collect(client, TaskUpdatesDocument, { filter: { ids: [id('huawei-sms', 'hw', 5)] } });
    await eventually(() => sub.events.length >= 1);
    hw.failWith = new GatewayError('THROTTLED', 'slow down', { retryAfterMs: 300, provider: 'huawei-sms', account: 'hw', providerCode: 'SMS.9004' });
    await eventually(() => sub.events.some((e) => e.taskUpdates.stale));
    const before = hw.calls.getTasks ?? 0;
    await sleep(700);
    const during = (hw.calls.getTasks ?? 0) - before;
    assert.ok(during <= 3, `at most one poll per retry-after (300 ms) while throttled, got ${during} in 700 ms`);
    assert.equal(sub.events.filter((e) => e.taskUpdates.stale).length, 1, 'one stale status per outage, not one per failed poll');
    hw.failWith = null;
    await eventually(() => !sub.events.at(-1)!.taskUpdates.stale);
    hw.tasks[5]!.progress = progress(77);
    await eventually(() => sub.events.some((e) => e.taskUpdates.progress?.percent === 77));
    sub.stop();
    await client.dispose();
    const events = sub.events.map((e) => e.taskUpdates);
    assertNoGaps(events);
    const stale = events.find((e) => e.stale)!;
    assert.equal(stale.staleReason, 'THROTTLED');
    assert.equal(stale.final, false);
    assert.equal(stale.progress?.percent, 0, 'a stale status carries the last known values');
  });

  it('exposes hub statistics on /metrics', async () => {
    const res = await fetch(gw.url.replace(/\/graphql$/, '/metrics'));
    const text = await res.text();
    for (const name of ['migraph_progress_groups', 'migraph_progress_watched_tasks', 'migraph_progress_polls_total', 'migraph_progress_events_total', 'migraph_progress_stale_groups']) {
      assert.match(text, new RegExp(`^${name} \\d+`, 'm'));
    }
  });
});

describe('LatestValueIterator (slow consumers)', () => {
  it('keeps only the newest undelivered value per key, in first-arrival order', async () => {
    let returned = 0;
    const it = new LatestValueIterator<number>(() => returned++);
    for (let i = 0; i < 1000; i++) it.push(i, `k${i % 3}`);
    it.end();
    const got: number[] = [];
    for await (const v of it) got.push(v);
    assert.deepEqual(got, [999, 997, 998]);
    assert.equal(returned, 1);
  });

  it('with one key holds a single value, and return() stops it', async () => {
    let returned = 0;
    const it = new LatestValueIterator<number>(() => returned++);
    for (let i = 0; i < 50; i++) it.push(i);
    assert.deepEqual(await it.next(), { value: 49, done: false });
    const waiting = it.next();
    await it.return();
    assert.deepEqual(await waiting, { value: undefined, done: true });
    it.push(1);
    assert.equal((await it.next()).done, true);
    assert.equal(returned, 1);
  });
});

describe('mutations wake the progress hub', () => {
  it('a task started through the gateway reaches taskUpdates without waiting for the slow interval', async () => {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['r1'] }]);
    // Idle tasks are polled every 60 s: only the mutation's refresh can deliver the change in time.
    const gw = await startTestGateway(fake.accounts, { progress: { fastIntervalMs: 30_000, slowIntervalMs: 60_000, maxBackoffMs: 60_000 } }, fake.factory);
    const hw = fake.providers.get('hw')!;
    hw.addTask('r1', 1, { state: TaskState.PENDING, nativeState: 'READY', progress: progress(0) });
    const taskId = encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'r1', nativeId: 'task-1' });
    const client = wsClient(gw.wsUrl);
    try {
      const sub = collect(client, TaskUpdatesDocument, { filter: { ids: [taskId] } });
      await eventually(() => sub.events.length >= 1);
      const res = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($id: ID!) { startTask(id: $id) { state } }', variables: { id: taskId } }),
      });
      assert.deepEqual(await res.json(), { data: { startTask: { state: 'REPLICATING' } } });
      await eventually(() => sub.events.some((e) => e.taskUpdates.state === 'REPLICATING'), 100, 20);
      sub.stop();
      assert.deepEqual(sub.events.map((e) => e.taskUpdates.sequence), [1, 2]);
    } finally {
      await client.dispose();
      await gw.close();
    }
  });
});
