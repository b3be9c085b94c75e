/**
 * Client.call validates every request with the generated zod validators before anything is sent:
 * BAD_USER_INPUT naming the argument path the provider mapped the wire parameter from (`parts.fields`),
 * attributed to the provider and account, and no upstream request (the simulator's probe counts every
 * request it receives, per operation).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import type { Client } from '../../adapters/huawei-sms/client.js';
import { huaweiSmsModule } from '../../adapters/huawei-sms/index.js';
import type { HuaweiSmsExtension } from '../../adapters/huawei-sms/extension.js';
import type { DemoHandle } from '../../adapters/module.js';
import type { MigrationProvider } from '../../adapters/port.js';
import { GatewayError } from '../../src/core/errors.js';
import { ListOrder, type Logger } from '../../src/core/model.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };
let demo: DemoHandle;
let provider: MigrationProvider;
let ext: HuaweiSmsExtension;
let region: string;
let taskId: string;
let sourceId: string;

before(async () => {
  demo = await huaweiSmsModule.startDemo({ accountId: 'hw-validate', logger: silent, clock: new ManualClock(Math.floor(Date.now() / 1000) * 1000) });
  provider = huaweiSmsModule.createProvider(demo.account, { logger: silent });
  ext = provider.extension as HuaweiSmsExtension;
  region = demo.account.regions[0]!;
  const q = { region, offset: 0, limit: 1, order: ListOrder.NAME_ASC, filter: {} };
  taskId = (await provider.listTasks(q)).items[0]!.nativeId;
  sourceId = (await provider.listSources(q)).items[0]!.nativeId;
});

after(async () => {
  await provider?.close();
  await demo?.close();
});

const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

/** `call` is refused with BAD_USER_INPUT on `field`, and `op` (or, without one, nothing) reaches the simulator. */
async function refusedLocally(call: () => Promise<unknown>, field: string, op?: string): Promise<void> {
  const before = demo.probe!.counts();
  const err = await call().then(
    () => assert.fail('expected BAD_USER_INPUT'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof GatewayError, String(err));
  assert.equal(err.code, 'BAD_USER_INPUT', err.message);
  assert.equal(err.field, field, err.message);
  assert.deepEqual([err.provider, err.account], ['huawei-sms', 'hw-validate']);
  const after = demo.probe!.counts();
  if (op) assert.equal((after[op] ?? 0) - (before[op] ?? 0), 0, `${op} was sent`);
  else assert.equal(total(after) - total(before), 0, 'an upstream request was sent');
}

test('bandwidth above the catalog maximum (10000 Mbit/s, not 65535): UpdateTask and CreateTask are not sent', async () => {
  await refusedLocally(() => provider.updateTask(region, taskId, { bandwidthLimitMbps: 20_000 }), 'input.bandwidthLimitMbps');
  await refusedLocally(() => provider.updateTask(region, taskId, { bandwidthLimitMbps: -1 }), 'input.bandwidthLimitMbps');
  await refusedLocally(() => provider.updateTask(region, taskId, { options: { priority: 2, migrationIp: 'x'.repeat(256) } }), 'input.huawei.migrationIp');
  await refusedLocally(() => ext.updateTask(region, taskId, { migrationIp: 'x'.repeat(256) }), 'input.migrationIp');
  const templates = await provider.listTemplates!({ region, offset: 0, limit: 1, order: ListOrder.NAME_ASC, filter: {} });
  await refusedLocally(
    () => provider.createTask({ region, sourceId, name: 'too-fast', templateId: templates.items[0]!.nativeId, bandwidthLimitMbps: 20_000 }),
    'input.bandwidthLimitMbps',
  );
  await refusedLocally(() => ext.createTask(region, { sourceId, name: 'too-fast', templateId: templates.items[0]!.nativeId, bandwidthLimitMbps: 10_001 }), 'input.bandwidthLimitMbps');
});

test('overSpeedThreshold outside 0..100 is refused (speed-limit rules and CreateTask options)', async () => {
  await refusedLocally(() => ext.setSpeedLimits(taskId, [{ start: '08:00', end: '18:00', speedMbps: 100, overSpeedThreshold: 150 }]), 'rules.0.overSpeedThreshold');
  const ok = { start: '08:00', end: '12:00', speedMbps: 100, overSpeedThreshold: null };
  await refusedLocally(() => ext.setSpeedLimits(taskId, [ok, { start: '12:00', end: '18:00', speedMbps: 10_001, overSpeedThreshold: null }]), 'rules.1.speedMbps');
  const templateId = (await provider.listTemplates!({ region, offset: 0, limit: 1, order: ListOrder.NAME_ASC, filter: {} })).items[0]!.nativeId;
  await refusedLocally(() => ext.createTask(region, { sourceId, name: 'threshold', templateId, overSpeedThreshold: 101 }), 'input.overSpeedThreshold');
  await refusedLocally(() => provider.createTask({ region, sourceId, name: 'threshold', templateId, options: { overSpeedThreshold: 101 } }), 'input.huawei.overSpeedThreshold');
});

test('the template volumeType enum (SAS | SSD | SATA) is checked', async () => {
  await refusedLocally(() => ext.createTemplate(region, { name: 'bad-volume', isGeneral: true, region, targetProjectId: 'p-1', volumeType: 'NVME' }), 'input.volumeType');
});

test('other catalog bounds: log expiry, project name length, error-server page size', async () => {
  await refusedLocally(() => ext.collectLog(taskId, { bucket: 'b', expireSeconds: 10 }), 'input.expireSeconds');
  await refusedLocally(() => ext.createMigrationProject(region, { name: 'x', region, type: 'MIGRATE_FILE', usePublicIp: true, existServer: false, syncing: false }), 'input.name');
  await refusedLocally(() => ext.listErrorServers({ limit: 101, offset: 0 }), 'limit');
  await refusedLocally(() => ext.setAdvancedOptions(taskId, Array.from({ length: 11 }, (_, i) => ({ key: `K${i}`, value: 'v' }))), 'settings');
  await refusedLocally(() => ext.updateSource(region, sourceId, { disks: [{ id: 'd0', adjustSizeBytes: -1 }] }), 'input.disks.0.adjustSizeBytes');
  await refusedLocally(() => ext.createTemplate(region, { name: 'bad-disk', isGeneral: true, region, targetProjectId: 'p-1', disks: [{ index: -1, name: 's', diskType: 'SAS', sizeGb: 40 }] }), 'input.disks.0.index');
});

test('unmapped wire parameters keep their wire path', async () => {
  const client = (provider as unknown as { client: Client }).client;
  await refusedLocally(() => client.call('UpdateTask', { pathParams: { task_id: taskId }, body: { speed_limit: 20_000 }, fields: { 'body.name': 'input.name' } }), 'body.speed_limit');
  await refusedLocally(() => client.updateTask(taskId, { speed_limit: 20_000 }), 'body.speed_limit');
});
