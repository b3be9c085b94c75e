/**
 * The unified provider over the simulator: module wiring and account validation, lists and batched
 * gets, the extension, updates and deletes, and the embedded demo.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ListOrder, TaskAction, TaskState } from '../../src/core/model.js';
import type { AccountConfig } from '../../adapters/module.js';
import type { MigrationProvider } from '../../adapters/port.js';
import { providerModule } from '../../adapters/index.js';
import { ucloudstackSmcModule } from '../../adapters/ucloudstack-smc/index.js';
import type { UCloudStackDescribeFilter, UCloudStackSmcExtension } from '../../adapters/ucloudstack-smc/extension.js';
import { captureLogger, HOST, REGION, REGION2, rejection, startEnv, USER_KEY, VM, type TestEnv } from './support.js';

const SETUP = {
  vmId: VM.VMID,
  host: '10.0.0.5',
  diskMappings: [
    { device: '/dev/vda1', mappingDiskId: 'disk-root-01' },
    { device: '/dev/vdb1', mappingDiskId: 'disk-data-01' },
  ],
};

function account(overrides: Partial<AccountConfig> = {}): AccountConfig {
  return {
    id: 'ucs-1',
    provider: 'ucloudstack-smc',
    endpoint: 'http://127.0.0.1:1/api',
    regions: [REGION, REGION2],
    credentials: { publicKey: USER_KEY.publicKey, privateKey: USER_KEY.privateKey },
    ...overrides,
  };
}

describe('module and account validation', () => {
  test('registered in adapters/index.ts', () => {
    assert.equal(providerModule('ucloudstack-smc'), ucloudstackSmcModule);
    assert.equal(ucloudstackSmcModule.id, 'ucloudstack-smc');
    assert.equal(ucloudstackSmcModule.displayName, 'UCloudStack SMC');
  });

  test('valid accounts have no issues', () => {
    assert.deepEqual(ucloudstackSmcModule.validateAccount(account()), []);
    assert.deepEqual(ucloudstackSmcModule.validateAccount(account({ credentials: { publicKey: 'a', privateKey: 'b', projectId: 'prj-a' } })), []);
    assert.deepEqual(ucloudstackSmcModule.validateAccount(account({ options: { projectId: 'prj-a', timeoutMs: 5000, retryLimit: 1 } })), []);
  });

  test('issues have precise paths and never echo secret values', () => {
    const issues = ucloudstackSmcModule.validateAccount(account({ credentials: { publicKey: '', privateKey: 42, secret: 'x' } }));
    const paths = issues.map((i) => i.path.join('.')).sort();
    assert.deepEqual(paths, ['credentials.privateKey', 'credentials.publicKey', 'credentials.secret']);
    const missing = ucloudstackSmcModule.validateAccount(account({ credentials: { publicKey: 'p' } }));
    assert.deepEqual(missing.map((i) => i.path), [['credentials', 'privateKey']]);
    const opts = ucloudstackSmcModule.validateAccount(account({ options: { timeoutMs: 5, retryLimit: 'x' } }));
    assert.deepEqual(opts.map((i) => i.path.join('.')).sort(), ['options.retryLimit', 'options.timeoutMs']);
    const conflict = ucloudstackSmcModule.validateAccount(
      account({ credentials: { publicKey: 'p', privateKey: 'very-secret-value', projectId: 'a' }, options: { projectId: 'b' } }),
    );
    assert.deepEqual(conflict.map((i) => i.path), [['options', 'projectId']]);
    for (const i of [...issues, ...conflict]) assert.ok(!i.message.includes('very-secret-value'));
  });
});

describe('provider over the simulator', () => {
  let env: TestEnv;
  let provider: MigrationProvider;
  let ext: UCloudStackSmcExtension;
  const ids: string[] = [];
  before(async () => {
    env = await startEnv();
    const logs = captureLogger();
    provider = ucloudstackSmcModule.createProvider(account({ endpoint: env.sim.endpoint, options: { retryBackoffLimitMs: 1 } }), { logger: logs.logger });
    ext = provider.extension as UCloudStackSmcExtension;
    for (const name of ['web-01', 'db-01', 'cache-01']) {
      const a = await env.agent({ host: { ...HOST, Name: name } });
      ids.push(a.smcId!);
      await env.clock.advance(1_000);
    }
  });
  after(async () => {
    await provider.close();
    await env.close();
  });

  test('capabilities: Source and Task only; empty template and project lists', async () => {
    assert.deepEqual([...provider.capabilities.entities], ['Source', 'Task']);
    assert.equal(provider.capabilities.maxBatchSize, 100);
    assert.equal(provider.capabilities.maxPageSize, 100);
    assert.equal(provider.provider, 'ucloudstack-smc');
    assert.deepEqual([...provider.regions], [REGION, REGION2]);
    // No templates or projects: the optional port methods are absent, not stubs.
    assert.equal(provider.listTemplates, undefined);
    assert.equal(provider.listProjects, undefined);
  });

  // Order, paging, name and state filters with totals: test/contract.
  test('listTasks: the ids filter; a region without SMCs is empty', async () => {
    const base = { region: REGION, offset: 0, limit: 2, order: ListOrder.NAME_ASC, filter: {} };
    const byIds = await provider.listTasks({ ...base, filter: { ids: [ids[0]!, 'smc-missing'] } });
    assert.deepEqual(byIds.items.map((t) => t.nativeId), [ids[0]]);
    assert.equal((await provider.listTasks({ ...base, region: REGION2 })).totalCount, 0);
  });

  test('getTasks / getSources: one result per id in order, null for unknown; 100 ids per DescribeSMC', async () => {
    env.sim.server.resetCounts();
    const got = await provider.getTasks(REGION, [ids[2]!, 'smc-nope', ids[0]!]);
    assert.deepEqual(got.map((t) => t?.nativeId ?? null), [ids[2], null, ids[0]]);
    assert.equal(env.sim.server.counts().DescribeSMC, 1);
    env.sim.server.resetCounts();
    const many = [...ids, ...Array.from({ length: 150 }, (_, i) => `smc-fake${i}`)];
    const sources = await provider.getSources(REGION, many);
    assert.equal(sources.length, many.length);
    assert.equal(sources.filter((s) => s !== null).length, 3);
    assert.equal(env.sim.server.counts().DescribeSMC, 2);
  });

  test('a region the account does not have is BAD_USER_INPUT', async () => {
    const e = await rejection(provider.getTasks('cn-elsewhere', [ids[0]!]));
    assert.equal(e.code, 'BAD_USER_INPUT');
    assert.equal(e.field, 'region');
  });

  test('extension.describe: vendor filters, Limit clamped 1-100', async () => {
    const p = await ext.describe(REGION, { keyword: 'CACHE', limit: 0 });
    assert.equal(p.limit, 1);
    assert.equal(p.totalCount, 1);
    assert.equal(p.items[0]!.task.name, 'cache-01');
    assert.equal(p.items[0]!.source.name, 'cache-01');
    // Negative Limit or Offset is refused before DescribeSMC, naming the filter field; so are over-long
    // keywords and id lists over 1,000 (catalog overrides).
    env.sim.server.resetCounts();
    const refused: [UCloudStackDescribeFilter, string][] = [
      [{ limit: -5 }, 'filter.limit'],
      [{ offset: -1 }, 'filter.offset'],
      [{ keyword: 'k'.repeat(256) }, 'filter.keyword'],
      [{ smcIds: Array.from({ length: 1_001 }, (_, i) => `smc-${i}`) }, 'filter.smcIds'],
      [{ projectIds: ['p'.repeat(65)] }, 'filter.projectIds.0'],
    ];
    for (const [filter, field] of refused) {
      const e = await rejection(ext.describe(REGION, filter));
      assert.equal(e.code, 'BAD_USER_INPUT', JSON.stringify(filter).slice(0, 60));
      assert.equal(e.field, field);
    }
    assert.equal(env.sim.server.counts().DescribeSMC ?? 0, 0);
    const big = await ext.describe(REGION, { limit: 1000, offset: 1 });
    assert.equal(big.limit, 100);
    assert.equal(big.items.length, 2);
    assert.equal(big.totalCount, 3);
    const byId = await ext.describe(REGION, { smcIds: [ids[0]!], keyword: 'nothing-matches' });
    assert.equal(byId.totalCount, 1);
    const byState = await ext.describe(REGION, { states: ['ONLINE'] });
    assert.equal(byState.totalCount, 3);
  });

  test('the port\'s options: refusals of the catalog bounds name input.ucloudstack..., none sent', async () => {
    const id = ids[1]!;
    env.sim.server.resetCounts();
    const frac = await rejection(provider.createTask({ region: REGION, sourceId: id, name: 'x', options: { ...SETUP, bandwidthMbps: 1.5 } }));
    assert.equal(frac.code, 'BAD_USER_INPUT');
    assert.equal(frac.field, 'input.ucloudstack.bandwidthMbps');
    assert.equal(frac.account, provider.accountId);
    // bandwidthLimitMbps wins over options.bandwidthMbps, and is named as itself.
    const top = await rejection(provider.createTask({ region: REGION, sourceId: id, name: 'x', bandwidthLimitMbps: -2, options: { ...SETUP, bandwidthMbps: 10 } }));
    assert.equal(top.field, 'input.bandwidthLimitMbps');
    const big = await rejection(provider.updateTask(REGION, id, { bandwidthLimitMbps: 2_000_000 }));
    assert.equal(big.field, 'input.bandwidthLimitMbps');
    assert.equal(env.sim.server.totalRequests(), 0);
  });

  test('createTask = SetupSMC on the SMC; updateTask re-applies it (password needed when a user is set)', async () => {
    const id = ids[0]!;
    const t = await provider.createTask({ region: REGION, sourceId: id, name: 'web-01', bandwidthLimitMbps: 200, options: { ...SETUP, user: 'root', password: 'Upd-Secret-9' } });
    assert.equal(t.bandwidthLimitMbps, 200);
    assert.equal((t.details as unknown as { user: string }).user, 'root');
    const e = await rejection(provider.updateTask(REGION, id, { bandwidthLimitMbps: 50 }));
    assert.equal(e.code, 'BAD_USER_INPUT');
    assert.equal(e.field, 'input.ucloudstack.password');
    const u = await provider.updateTask(REGION, id, { bandwidthLimitMbps: 50, options: { password: 'Upd-Secret-9' } });
    assert.equal(u.bandwidthLimitMbps, 50);
    assert.equal(u.target?.ip, '10.0.0.5');
    const unlimited = await provider.updateTask(REGION, id, { bandwidthLimitMbps: null, options: { user: null } });
    assert.equal(unlimited.bandwidthLimitMbps, null);
    const renamed = await rejection(provider.updateTask(REGION, id, { name: 'new' }));
    assert.equal(renamed.field, 'input.name');
    const nf = await rejection(provider.createTask({ region: REGION, sourceId: 'smc-nope', name: 'x', options: SETUP }));
    assert.equal(nf.code, 'NOT_FOUND');
    assert.equal((await rejection(provider.updateSource(REGION, id, { name: 'x' }))).code, 'UNSUPPORTED_OPERATION');
  });

  test('deleteSources refuses migrating sources without force, per id; extension delete and deleteTasks', async () => {
    const id = ids[0]!;
    await provider.runTaskAction(REGION, id, TaskAction.START, null);
    const [refused] = await provider.deleteSources(REGION, [id], {});
    assert.deepEqual([refused!.id, refused!.deleted, refused!.error?.code], [id, false, 'CONFLICT']);
    assert.equal(env.sim.control.record(id)!.resourceState, 'AVAILABLE');
    assert.deepEqual(await provider.deleteSources(REGION, [id], { force: true }), [{ id, deleted: true, alsoDeleted: [{ kind: 'Task', nativeId: id }] }]);
    assert.equal(env.sim.control.record(id)!.resourceState, 'DELETING');
    const ext = provider.extension as UCloudStackSmcExtension;
    const t = (await ext.delete(REGION, ids[1]!))!;
    assert.equal(t.state, TaskState.DELETING);
    assert.deepEqual(provider.availableActions(t), []);
    await provider.deleteTasks(REGION, [ids[2]!]);
    assert.equal(env.sim.control.record(ids[2]!)!.resourceState, 'DELETING');
    await env.clock.advance(60_000);
    const left = await provider.listTasks({ region: REGION, offset: 0, limit: 10, order: ListOrder.NAME_ASC, filter: {} });
    assert.equal(left.totalCount, 0);
    const gone = await rejection(ext.delete(REGION, ids[1]!));
    assert.equal(gone.code, 'NOT_FOUND');
    // DELETE is not a runTaskAction action here (the domain deletes through deleteTasks).
    const unsupported = await rejection(provider.runTaskAction(REGION, ids[1]!, TaskAction.DELETE, null));
    assert.equal(unsupported.code, 'UNSUPPORTED_OPERATION');
    assert.equal(unsupported.account, provider.accountId);
  });
});

describe('embedded demo', () => {
  test('scale sets the number of SMCs', async () => {
    const logs = captureLogger();
    const demo = await ucloudstackSmcModule.startDemo({ accountId: 'ucs-demo', logger: logs.logger, scale: 3 });
    try {
      assert.equal(demo.probe?.counts().CreateSMC, 3);
    } finally {
      await demo.close();
    }
  });

  test('starts a simulator with SMCs in several states, usable through the module', async () => {
    const logs = captureLogger();
    const demo = await ucloudstackSmcModule.startDemo({ accountId: 'ucs-demo', logger: logs.logger });
    const provider = ucloudstackSmcModule.createProvider(demo.account, { logger: logs.logger });
    try {
      assert.deepEqual(ucloudstackSmcModule.validateAccount(demo.account), []);
      assert.equal(demo.account.provider, 'ucloudstack-smc');
      const q = { offset: 0, limit: 100, order: ListOrder.NAME_ASC, filter: {} };
      const r1 = await provider.listTasks({ ...q, region: demo.account.regions[0]! });
      const r2 = await provider.listTasks({ ...q, region: demo.account.regions[1]! });
      assert.equal(r1.totalCount + r2.totalCount, 10);
      const all = [...r1.items, ...r2.items];
      // Right after start: some syncing rounds being prepared, idle and configured ones, one locked.
      const states = new Set(all.map((t) => t.nativeState));
      assert.ok(states.has('Preparing') && states.has('Online'), [...states].join(','));
      assert.ok(all.some((t) => t.target === null) && all.some((t) => t.target !== null));
      assert.ok(all.some((t) => (t.details as unknown as { locked: boolean }).locked));
      assert.ok((demo.probe?.counts().CreateSMC ?? 0) >= 10);
    } finally {
      await provider.close();
      await demo.close();
    }
  });
});
