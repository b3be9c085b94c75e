/**
 * Redis outages, cut on cue by an in-process TCP proxy in front of the test Redis (127.0.0.1, port
 * from MIGRAPH_TEST_REDIS_PORT or 6379): subscribers keep getting events (each instance polls its
 * own groups), new subscribers get a snapshot from a direct read, /readyz says why it is not ready,
 * the hand-back after the outage continues every task's sequence without a gap or a repeat, and
 * close() returns while Redis is cut. Short intervals (health check 100 ms, command timeout 200 ms)
 * and wait-for-condition helpers; nothing asserts a duration.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { TaskState } from '../../src/core/model.js';
import { TaskUpdatesDocument, type TaskUpdatesSubscription } from '../generated/graphql.js';
import { fakeAccounts, fakeTaskId, percentProgress, type FakeProvider } from '../helpers/fake-provider.js';
import { collect, eventually, startTestGateway, wsClient, type TestGateway } from '../helpers/gateway.js';
import { deleteKeysUnder } from '../helpers/redis.js';
import { TcpProxy, type CutMode } from '../helpers/tcp-proxy.js';

type Ev = TaskUpdatesSubscription['taskUpdates'];
const REDIS_PORT = Number(process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379);
const progress = percentProgress;
const taskId = fakeTaskId;

/** Every task's sequence numbers in one subscription, which must count up by one. */
function assertNoGaps(events: Ev[], label: string): void {
  const byTask = new Map<string, number[]>();
  for (const e of events) byTask.set(e.taskId, [...(byTask.get(e.taskId) ?? []), e.sequence]);
  for (const [id, s] of byTask) assert.deepEqual(s, s.map((_, i) => s[0]! + i), `${label}: sequence of ${id}: ${s.join(',')}`);
}

async function readyz(gw: TestGateway): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(gw.url.replace('/graphql', '/readyz'));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function metric(gw: TestGateway, name: string): Promise<number | null> {
  const text = await (await fetch(gw.url.replace('/graphql', '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : null;
}

describe('progress through a Redis outage', () => {
  const prefix = `migraph-test-${randomUUID()}:`;
  let redis: Redis;
  let proxy: TcpProxy;
  const gateways: TestGateway[] = [];
  let run = 0;

  /** A gateway over one fake account; `shared` gives a second instance the same cloud and key prefix. */
  const start = async (shared?: { hw: FakeProvider; keyPrefix: string }) => {
    const keyPrefix = shared?.keyPrefix ?? `${prefix}${++run}:`;
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['r1'] }]);
    const gw = await startTestGateway(
      fake.accounts,
      {
        progress: { fastIntervalMs: 30, slowIntervalMs: 60, maxBackoffMs: 200 },
        pubsub: { kind: 'redis', redisUrl: proxy.redisUrl, leaseTtlMs: 600, keyPrefix, healthCheckMs: 100, commandTimeoutMs: 200 },
      },
      fake.factory,
    );
    gateways.push(gw);
    const hw = fake.providers.get('hw')!;
    if (shared) hw.tasks = shared.hw.tasks;
    else for (let i = 0; i < 4; i++) hw.addTask('r1', i, { progress: progress(0) });
    return { gw, hw, keyPrefix };
  };

  before(async () => {
    redis = new Redis(`redis://127.0.0.1:${REDIS_PORT}`, { maxRetriesPerRequest: 1 });
    proxy = await TcpProxy.start({ host: '127.0.0.1', port: REDIS_PORT });
  });

  after(async () => {
    proxy.restore();
    for (const gw of gateways) await gw.close();
    await proxy.close();
    await deleteKeysUnder(redis, prefix);
    await redis.quit();
  });

  for (const mode of ['refuse', 'blackhole'] as CutMode[]) {
    it(`one instance, Redis ${mode === 'refuse' ? 'refusing connections' : 'blackholed'}: events keep flowing, snapshots come from the provider, /readyz says why, no gap after`, async (t) => {
      const { gw, hw, keyPrefix } = await start();
      const client = wsClient(gw.wsUrl);
      const sub0 = collect(client, TaskUpdatesDocument, { filter: { ids: [taskId(0)] } });
      await eventually(() => sub0.events.length >= 1);
      await eventually(() => gw.hub.stats().holding === 1);
      assert.deepEqual(await readyz(gw), { status: 200, body: { status: 'ready' } });
      assert.equal(await metric(gw, 'migraph_redis_up'), 1);
      hw.tasks[0]!.progress = progress(5);
      await eventually(() => sub0.events.some((e) => e.taskUpdates.progress?.percent === 5));

      const cutAt = Date.now();
      proxy.cut(mode);
      await eventually(async () => (await readyz(gw)).status === 503);
      const detected = Date.now() - cutAt;
      assert.deepEqual(await readyz(gw), { status: 503, body: { status: 'degraded', reason: 'redis unreachable' } });
      assert.equal((await fetch(gw.url.replace('/graphql', '/healthz'))).status, 200, '/healthz stays 200');
      assert.equal(await metric(gw, 'migraph_redis_up'), 0);
      assert.equal(gw.hub.stats().localGroups, 1, 'the group is polled locally');

      // Events keep flowing although nothing reaches Redis.
      hw.tasks[0]!.progress = progress(10);
      await eventually(() => sub0.events.some((e) => e.taskUpdates.progress?.percent === 10));
      const flowing = Date.now() - cutAt;

      // A new subscriber on a task nobody watched yet: its snapshot is a direct provider read.
      const callsBefore = hw.calls.getTasks ?? 0;
      const sub1 = collect(client, TaskUpdatesDocument, { filter: { ids: [taskId(1)] } });
      await eventually(() => sub1.events.length >= 1);
      assert.equal(sub1.events[0]!.taskUpdates.progress?.percent, 0);
      assert.equal(sub1.events[0]!.taskUpdates.stale, false);
      assert.ok((hw.calls.getTasks ?? 0) > callsBefore, 'read from the provider');
      // And one watching the whole account: every task of it, from a listing.
      const wide = collect(client, TaskUpdatesDocument, { filter: { accounts: ['hw'] } });
      await eventually(() => new Set(wide.events.map((e) => e.taskUpdates.taskId)).size === 4);
      assert.ok((hw.calls.listTasks ?? 0) > 0, 'listed from the provider');
      wide.stop();
      for (const p of [20, 30]) {
        hw.tasks[0]!.progress = progress(p);
        hw.tasks[1]!.progress = progress(p);
        await eventually(() => sub0.events.some((e) => e.taskUpdates.progress?.percent === p) && sub1.events.some((e) => e.taskUpdates.progress?.percent === p));
      }

      const restoredAt = Date.now();
      proxy.restore();
      await eventually(async () => (await readyz(gw)).status === 200);
      const ready = Date.now() - restoredAt;
      await eventually(() => gw.hub.stats().localGroups === 0 && gw.hub.stats().holding === 1);
      assert.equal(await redis.get(`${keyPrefix}lease:hw/r1`), gw.hub.instanceId, 'the lease is held again');
      assert.equal(await metric(gw, 'migraph_redis_up'), 1);
      // What the outage produced is in the store now (a subscriber elsewhere would get it as its snapshot).
      const stored = JSON.parse((await redis.hget(`${keyPrefix}latest:hw/r1`, 'task-0'))!) as { sequence: number };
      assert.equal(stored.sequence, sub0.events.at(-1)!.taskUpdates.sequence);

      hw.tasks[0]!.progress = progress(40);
      hw.tasks[1]!.progress = progress(40);
      await eventually(() => sub0.events.some((e) => e.taskUpdates.progress?.percent === 40) && sub1.events.some((e) => e.taskUpdates.progress?.percent === 40));
      hw.tasks[0]!.state = TaskState.SUCCEEDED;
      hw.tasks[1]!.state = TaskState.SUCCEEDED;
      await Promise.all([sub0.done, sub1.done]);
      await client.dispose();
      assertNoGaps(sub0.events.map((e) => e.taskUpdates), 'task-0 subscriber');
      assertNoGaps(sub1.events.map((e) => e.taskUpdates), 'task-1 subscriber');
      assert.equal(sub0.events.at(-1)!.taskUpdates.final, true);
      assert.equal(sub0.events.filter((e) => e.taskUpdates.stale).length, 0, 'no stale marker: the clouds were fine');
      const logs = gw.logs.join('');
      assert.doesNotMatch(logs, /another instance polls this group/);
      assert.match(logs, /redis unreachable/);
      t.diagnostic(`${mode}: /readyz 503 after ${detected} ms, an event after ${flowing} ms, /readyz 200 ${ready} ms after the restore`);
      gateways.splice(gateways.indexOf(gw), 1);
      await gw.close();
    });
  }

  it('two instances: both keep their subscribers fed during the outage, one holder after it, no gap and no repeat', async () => {
    const a = await start();
    const { gw: gwA, hw: hwA } = a;
    const { gw: gwB } = await start(a);
    const clientA = wsClient(gwA.wsUrl);
    const clientB = wsClient(gwB.wsUrl);
    const subA = collect(clientA, TaskUpdatesDocument, { filter: { ids: [taskId(2)] } });
    const subB = collect(clientB, TaskUpdatesDocument, { filter: { ids: [taskId(2)] } });
    const both = (p: number) => subA.events.some((e) => e.taskUpdates.progress?.percent === p) && subB.events.some((e) => e.taskUpdates.progress?.percent === p);
    await eventually(() => subA.events.length >= 1 && subB.events.length >= 1);
    await eventually(() => gwA.hub.stats().holding + gwB.hub.stats().holding === 1);
    hwA.tasks[2]!.progress = progress(5);
    await eventually(() => both(5));

    proxy.cut('refuse');
    await eventually(() => gwA.hub.stats().localGroups === 1 && gwB.hub.stats().localGroups === 1);
    // Each change is seen by both instances (they poll the same cloud, each for itself).
    for (const p of [10, 20, 30]) {
      hwA.tasks[2]!.progress = progress(p);
      await eventually(() => both(p));
    }
    proxy.restore();
    await eventually(() => gwA.hub.stats().localGroups === 0 && gwB.hub.stats().localGroups === 0);
    await eventually(() => gwA.hub.stats().holding + gwB.hub.stats().holding === 1);
    for (const p of [40, 50]) {
      hwA.tasks[2]!.progress = progress(p);
      await eventually(() => both(p));
    }
    hwA.tasks[2]!.state = TaskState.SUCCEEDED;
    await Promise.all([subA.done, subB.done]);
    await Promise.all([clientA.dispose(), clientB.dispose()]);
    assertNoGaps(subA.events.map((e) => e.taskUpdates), 'subscriber on A');
    assertNoGaps(subB.events.map((e) => e.taskUpdates), 'subscriber on B');
    assert.deepEqual(
      subA.events.at(-1)!.taskUpdates.sequence,
      subB.events.at(-1)!.taskUpdates.sequence,
      'both end on the same cluster-wide number',
    );
    for (const gw of [gwA, gwB]) assert.doesNotMatch(gw.logs.join(''), /another instance polls this group/);
  });

  it('two instances that saw different changes during the outage: no repeat, no lower number, no older data after a newer one; one number again', async (t) => {
    const a = await start();
    const { gw: gwA, hw: hwA } = a;
    const { gw: gwB, hw: hwB } = await start(a);
    const clientA = wsClient(gwA.wsUrl);
    const clientB = wsClient(gwB.wsUrl);
    const subA = collect(clientA, TaskUpdatesDocument, { filter: { ids: [taskId(1)] } });
    const subB = collect(clientB, TaskUpdatesDocument, { filter: { ids: [taskId(1)] } });
    const sees = (sub: typeof subA, p: number) => sub.events.some((e) => e.taskUpdates.progress?.percent === p);
    await eventually(() => gwA.hub.stats().holding + gwB.hub.stats().holding === 1 && sees(subA, 0) && sees(subB, 0));

    proxy.cut('refuse');
    await eventually(() => gwA.hub.stats().localGroups === 1 && gwB.hub.stats().localGroups === 1);
    // B reads a cloud that moves three times, A one that moves once (they poll at different moments).
    hwB.tasks = structuredClone(hwA.tasks);
    for (const p of [10, 20, 30]) {
      hwB.tasks[1]!.progress = progress(p);
      await eventually(() => sees(subB, p));
    }
    hwA.tasks[1]!.progress = progress(15);
    await eventually(() => sees(subA, 15));
    // The cloud is one again, and moved on.
    hwA.tasks[1]!.progress = progress(40);
    hwB.tasks = hwA.tasks;
    await eventually(() => sees(subA, 40) && sees(subB, 40));
    proxy.restore();
    await eventually(() => gwA.hub.stats().localGroups === 0 && gwB.hub.stats().localGroups === 0 && gwA.hub.stats().holding + gwB.hub.stats().holding === 1);
    hwA.tasks[1]!.progress = progress(50);
    await eventually(() => sees(subA, 50) && sees(subB, 50));
    hwA.tasks[1]!.state = TaskState.SUCCEEDED;
    await Promise.all([subA.done, subB.done]);
    await Promise.all([clientA.dispose(), clientB.dispose()]);

    for (const [label, sub] of [['A', subA], ['B', subB]] as const) {
      const events = sub.events.map((e) => e.taskUpdates);
      const seqs = events.map((e) => e.sequence);
      assert.ok(seqs.every((n, i) => i === 0 || n > seqs[i - 1]!), `${label}: numbers only go up: ${seqs.join(',')}`);
      const percents = events.filter((e) => !e.final).map((e) => e.progress?.percent ?? -1);
      const after40 = percents.slice(percents.indexOf(40));
      assert.ok(after40.every((p) => p >= 40), `${label}: nothing older once 40 was seen: ${percents.join(',')}`);
      t.diagnostic(`${label}: ${events.map((e) => `${e.sequence}:${e.final ? 'final' : e.progress?.percent}`).join(' ')}`);
    }
    assert.equal(subA.events.at(-1)!.taskUpdates.sequence, subB.events.at(-1)!.taskUpdates.sequence, 'the cluster ends on one number');
  });

  it('close() returns while Redis is cut (before and after the outage is noticed)', { timeout: 30_000 }, async () => {
    for (const waitForDetection of [false, true]) {
      const { gw } = await start();
      const client = wsClient(gw.wsUrl);
      const sub = collect(client, TaskUpdatesDocument, { filter: { ids: [taskId(3)] } });
      await eventually(() => sub.events.length >= 1);
      proxy.cut('blackhole');
      if (waitForDetection) await eventually(async () => (await readyz(gw)).status === 503);
      gateways.splice(gateways.indexOf(gw), 1);
      await gw.close();
      assert.equal(gw.hub.stats().groups, 0);
      await client.dispose();
      proxy.restore();
    }
  });
});
