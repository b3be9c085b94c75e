/**
 * Two embedded-default instances (each with its own in-process simulators, here fake providers under
 * the demo account id) sharing one Redis and one key prefix: each polls its own simulator and its
 * subscribers see only its own data, because the embedded accounts' keys and channels carry the
 * instance id. Configured accounts keep the shared namespace (test/progress/redis.test.ts: one lease
 * for the cluster).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { encodeId } from '../../src/domain/ids.js';
import { TaskUpdatesDocument } from '../generated/graphql.js';
import { fakeAccounts } from '../helpers/fake-provider.js';
import { collect, eventually, startTestGateway, wsClient, type TestGateway } from '../helpers/gateway.js';

const REDIS_URL = `redis://127.0.0.1:${process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379}`;
const TASK = encodeId('Task', { provider: 'huawei-sms', accountId: 'demo-huawei', region: 'r1', nativeId: 'task-0' });

describe('embedded-default instances sharing Redis', () => {
  const prefix = `migraph-test-${randomUUID()}:`;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const gateways: TestGateway[] = [];

  after(async () => {
    for (const gw of gateways) await gw.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  const start = async (embedded: boolean, percent: number) => {
    const fake = fakeAccounts([{ id: 'demo-huawei', provider: 'huawei-sms', regions: ['r1'] }]);
    const gw = await startTestGateway(
      fake.accounts,
      {
        embedded,
        progress: { fastIntervalMs: 30, slowIntervalMs: 60, maxBackoffMs: 200 },
        pubsub: { kind: 'redis', redisUrl: REDIS_URL, leaseTtlMs: 600, keyPrefix: prefix },
      },
      fake.factory,
    );
    gateways.push(gw);
    const sim = fake.providers.get('demo-huawei')!;
    sim.addTask('r1', 0, { progress: { percent, transferredBytes: percent, totalBytes: 100, speed: 1, remainingSeconds: 1, estimatedCompletionAt: null, phase: 'MIGRATE', steps: [] } });
    return { gw, sim };
  };

  it('never share leases, latest events or channels: each instance polls its own simulator', async () => {
    const a = await start(true, 10);
    const b = await start(true, 70);
    const clientA = wsClient(a.gw.wsUrl);
    const clientB = wsClient(b.gw.wsUrl);
    const subA = collect(clientA, TaskUpdatesDocument, { filter: { ids: [TASK] } });
    const subB = collect(clientB, TaskUpdatesDocument, { filter: { ids: [TASK] } });
    await eventually(() => a.gw.hub.stats().holding === 1 && b.gw.hub.stats().holding === 1);
    await eventually(() => subA.events.length >= 1 && subB.events.length >= 1);

    a.sim.tasks[0]!.progress.percent = 20;
    b.sim.tasks[0]!.progress.percent = 80;
    await eventually(() => subA.events.some((e) => e.taskUpdates.progress?.percent === 20) && subB.events.some((e) => e.taskUpdates.progress?.percent === 80));
    assert.deepEqual(subA.events.map((e) => e.taskUpdates.progress?.percent), [10, 20], "A's subscriber sees A's simulator only");
    assert.deepEqual(subB.events.map((e) => e.taskUpdates.progress?.percent), [70, 80], "B's subscriber sees B's simulator only");
    assert.ok((a.sim.calls.getTasks ?? 0) > 0 && (b.sim.calls.getTasks ?? 0) > 0, 'both poll');

    assert.equal(await redis.get(`${prefix}lease:${a.gw.hub.instanceId}/demo-huawei/r1`), a.gw.hub.instanceId);
    assert.equal(await redis.get(`${prefix}lease:${b.gw.hub.instanceId}/demo-huawei/r1`), b.gw.hub.instanceId);
    assert.equal(await redis.exists(`${prefix}lease:demo-huawei/r1`), 0, 'nothing in the shared namespace');
    assert.equal(await redis.exists(`${prefix}latest:demo-huawei/r1`), 0);
    subA.stop();
    subB.stop();
    await Promise.all([clientA.dispose(), clientB.dispose()]);
  });

  it('the same accounts configured (not embedded) share one lease', async () => {
    const a = await start(false, 10);
    const b = await start(false, 10);
    b.sim.tasks = a.sim.tasks;
    const clientA = wsClient(a.gw.wsUrl);
    const clientB = wsClient(b.gw.wsUrl);
    const subA = collect(clientA, TaskUpdatesDocument, { filter: { ids: [TASK] } });
    const subB = collect(clientB, TaskUpdatesDocument, { filter: { ids: [TASK] } });
    await eventually(() => subA.events.length >= 1 && subB.events.length >= 1);
    await eventually(() => a.gw.hub.stats().holding + b.gw.hub.stats().holding === 1);
    const holder = a.gw.hub.stats().holding === 1 ? a.gw : b.gw;
    assert.equal(await redis.get(`${prefix}lease:demo-huawei/r1`), holder.hub.instanceId);
    subA.stop();
    subB.stop();
    await Promise.all([clientA.dispose(), clientB.dispose()]);
  });
});
