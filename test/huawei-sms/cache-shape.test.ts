/**
 * The shared cache keeps list-item and detail shapes apart: with the default cache on (3 s), a
 * `node(id)` right after a `tasks` list still has ShowTask's fields (Huawei ListTasks items have no
 * start_date), and it is fetched once, then served from the cache.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { Client } from '../../adapters/huawei-sms/client.js';
import { createHuaweiSimulator, type HuaweiSimulator } from '../../adapters/huawei-sms/simulator/index.js';
import { taskBody } from '../../adapters/huawei-sms/simulator/demo.js';
import type { AccountConfig } from '../../adapters/module.js';
import { gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { linuxProfile } from './sim-helpers.js';

const AK = 'AKCACHETESTAKCACHE01';
const SK = 'SKcacheSKcacheSKcacheSKcacheSKcache00001';
const REGION = 'ap-southeast-3';

describe('shared cache: list items never answer a get (Huawei)', () => {
  let sim: HuaweiSimulator;
  let clock: ManualClock;
  let client: Client;
  let gw: TestGateway;

  before(async () => {
    clock = new ManualClock(Date.now());
    sim = await createHuaweiSimulator({ clock, credentials: [{ accessKeyId: AK, secretAccessKey: SK }], agent: { tickMs: 5_000, idleMs: 5_000, bytesPerSecond: 1024 ** 3, setupPercentPerTick: 100 } });
    client = new Client({ endpoint: sim.url, credentials: { accessKeyId: AK, secretAccessKey: SK }, now: () => new Date(clock.now()), retryLimit: 0, account: 'hw', validate: false });
    const profile = linuxProfile('cache-alpha');
    const sourceId = await sim.agent!.install(profile);
    await clock.advance(5_000);
    const { id } = await client.createTask(taskBody(sourceId, profile, { name: 'task-cache-alpha' }));
    await client.updateTaskStatus(id!, { operation: 'start' });
    const account: AccountConfig = { id: 'hw', provider: 'huawei-sms', endpoint: sim.url, regions: [REGION], credentials: { accessKeyId: AK, secretAccessKey: SK } };
    gw = await startTestGateway([account]); // the default cache: enabled, 3 s
  });

  after(async () => {
    await gw?.close();
    client?.close();
    await sim?.close();
  });

  it('node(id) after tasks has the detail fields; the detail is then cached', async () => {
    assert.equal(gw.cache.active, true);
    const list = await gqlOk<{ tasks: { nodes: { id: string; startedAt: string | null }[] } }, Record<string, never>>(gw.url, '{ tasks(first: 10) { nodes { id startedAt } } }');
    const item = list.tasks.nodes[0]!;
    assert.equal(item.startedAt, null, 'a ListTasks item has no start_date');
    sim.resetCounts();
    const query = 'query ($id: ID!) { node(id: $id) { ... on Task { id startedAt progress { steps { name } } } } }';
    const first = await gqlOk<{ node: { id: string; startedAt: string | null } }, { id: string }>(gw.url, query, { id: item.id });
    assert.equal(first.node.id, item.id);
    assert.ok(first.node.startedAt, 'node(id) is ShowTask-shaped, not the cached list item');
    assert.equal(sim.counts().ShowTask, 1);
    const again = await gqlOk<{ node: { startedAt: string | null } }, { id: string }>(gw.url, query, { id: item.id });
    assert.deepEqual(again, first);
    assert.equal(sim.counts().ShowTask, 1, 'the detail entry is a cache hit');
  });
});
