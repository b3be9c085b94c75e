/**
 * Two gateway instances in one process sharing progress through a real Redis (127.0.0.1, port from
 * MIGRAPH_TEST_REDIS_PORT or 6379; `npm test` starts one when none answers). Each run uses its own
 * key prefix and deletes its keys afterwards.
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

type Ev = TaskUpdatesSubscription['taskUpdates'];
const REDIS_URL = `redis://127.0.0.1:${process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379}`;
const LEASE_TTL = 600;
const progress = percentProgress;
const taskId = fakeTaskId;

function seqs(events: Ev[], id: string): number[] {
  return events.filter((e) => e.taskId === id).map((e) => e.sequence);
}

describe('progress over Redis: two gateway instances', () => {
  const prefix = `migraph-test-${randomUUID()}:`;
  let redis: Redis;
  let gwA: TestGateway;
  let gwB: TestGateway;
  let hwA: FakeProvider;
  let hwB: FakeProvider;
  let clientA: ReturnType<typeof wsClient>;
  let clientB: ReturnType<typeof wsClient>;
  let subA: ReturnType<typeof collect<TaskUpdatesSubscription, object>>;
  let subB: ReturnType<typeof collect<TaskUpdatesSubscription, object>>;

  const start = async () => {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['r1'] }]);
    const gw = await startTestGateway(
      fake.accounts,
      {
        progress: { fastIntervalMs: 30, slowIntervalMs: 60, maxBackoffMs: 200 },
        pubsub: { kind: 'redis', redisUrl: REDIS_URL, leaseTtlMs: LEASE_TTL, keyPrefix: prefix },
      },
      fake.factory,
    );
    return { gw, hw: fake.providers.get('hw')! };
  };

  before(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    ({ gw: gwA, hw: hwA } = await start());
    ({ gw: gwB, hw: hwB } = await start());
    // Both instances see the same provider data (one cloud account), through their own adapters.
    for (let i = 0; i < 4; i++) hwA.addTask('r1', i, { progress: progress(0) });
    hwB.tasks = hwA.tasks;
  });

  after(async () => {
    await gwA?.close();
    await gwB?.close();
    await deleteKeysUnder(redis, prefix);
    await redis.quit();
  });

  it('a subscriber on A receives what B polls; the snapshot and the interest are cluster-wide', async () => {
    clientB = wsClient(gwB.wsUrl);
    subB = collect(clientB, TaskUpdatesDocument, { filter: { ids: [taskId(0)] } });
    await eventually(() => subB.events.length >= 1);
    assert.equal(gwB.hub.stats().holding, 1, 'B polls the group');
    assert.equal(await redis.get(`${prefix}lease:hw/r1`), gwB.hub.instanceId);

    hwA.tasks[0]!.progress = progress(10);
    await eventually(() => subB.events.some((e) => e.taskUpdates.progress?.percent === 10));

    // A joins: its snapshot comes from Redis (B's latest event, same sequence), and task-1 is watched only on A.
    clientA = wsClient(gwA.wsUrl);
    subA = collect(clientA, TaskUpdatesDocument, { filter: { ids: [taskId(0), taskId(1)] } });
    await eventually(() => new Set(subA.events.map((e) => e.taskUpdates.taskId)).size === 2);
    const snap0 = subA.events.find((e) => e.taskUpdates.taskId === taskId(0))!.taskUpdates;
    const lastB = subB.events.at(-1)!.taskUpdates;
    assert.equal(snap0.sequence, lastB.sequence, 'snapshot = the latest event, from the shared store');
    assert.equal(snap0.progress?.percent, 10);

    for (const p of [20, 30]) {
      hwA.tasks[0]!.progress = progress(p);
      hwA.tasks[1]!.progress = progress(p);
      await eventually(() => subA.events.filter((e) => e.taskUpdates.progress?.percent === p).length === 2);
    }
    assert.equal(hwA.calls.getTasks ?? 0, 0, 'A never called the provider');
    assert.ok((hwB.calls.getTasks ?? 0) > 0);
    assert.equal(gwA.hub.stats().holding, 0);
    const members = await redis.zrange(`${prefix}interest:hw/r1`, 0, -1);
    assert.ok(members.includes(`${gwA.hub.instanceId}|task-1`) && members.includes(`${gwB.hub.instanceId}|task-0`), members.join(','));
    // B's subscriber follows the same stream (same sequence numbers).
    await eventually(() => subB.events.some((e) => e.taskUpdates.progress?.percent === 30));
    const a0 = seqs(subA.events.map((e) => e.taskUpdates), taskId(0));
    const b0 = seqs(subB.events.map((e) => e.taskUpdates), taskId(0));
    assert.deepEqual(a0, b0.slice(b0.indexOf(a0[0]!)));
    // Both subscriptions stay open for the failover test.
  });

  it('when the lease holder dies, another instance takes the group over within the lease TTL', async (t) => {
    // B holds the lease (its subscriber is still open): crash it (no release; lease and interest expire).
    assert.equal(await redis.get(`${prefix}lease:hw/r1`), gwB.hub.instanceId);
    const callsA = hwA.calls.getTasks ?? 0;

    const crashedAt = Date.now();
    await gwB.hub.abandon();
    subB.stop();
    hwA.tasks[0]!.progress = progress(40);
    await eventually(() => subA.events.some((e) => e.taskUpdates.progress?.percent === 40), 200, 20);
    const handover = Date.now() - crashedAt;
    t.diagnostic(`handover after ${handover} ms (lease TTL ${LEASE_TTL} ms)`);
    assert.equal(await redis.get(`${prefix}lease:hw/r1`), gwA.hub.instanceId, 'A holds the lease now');
    assert.ok((hwA.calls.getTasks ?? 0) > callsA, 'A polls now');
    // Lease TTL + one renewal tick (TTL/3) + one poll; generous margin for a loaded CI machine.
    assert.ok(handover < LEASE_TTL * 4, `handover took ${handover} ms`);

    // The sequence continues where B left it: no gap, no repeat.
    hwA.tasks[0]!.state = TaskState.SUCCEEDED;
    hwA.tasks[1]!.state = TaskState.SUCCEEDED;
    await subA.done;
    await clientA.dispose();
    await clientB.dispose();
    const events = subA.events.map((e) => e.taskUpdates);
    for (const id of [taskId(0), taskId(1)]) {
      const s = seqs(events, id);
      assert.deepEqual(s, s.map((_, i) => s[0]! + i), `sequence of ${id}: ${s.join(',')}`);
    }
    assert.equal(events.filter((e) => e.final).length, 2);
  });

  it('a graceful close releases the lease at once', async () => {
    const clientA = wsClient(gwA.wsUrl);
    const sub = collect(clientA, TaskUpdatesDocument, { filter: { ids: [taskId(3)] } });
    await eventually(() => sub.events.length >= 1);
    await eventually(async () => (await redis.get(`${prefix}lease:hw/r1`)) === gwA.hub.instanceId);
    sub.stop();
    await clientA.dispose();
    await eventually(async () => (await redis.get(`${prefix}lease:hw/r1`)) === null);
    await eventually(async () => (await redis.zcard(`${prefix}interest:hw/r1`)) === 0 || (await redis.zrange(`${prefix}interest:hw/r1`, 0, -1)).every((m) => !m.startsWith(gwA.hub.instanceId)));
  });
});
