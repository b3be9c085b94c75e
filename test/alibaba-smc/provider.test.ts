/** The port (MigrationProvider) and the extension against the simulator, on a ManualClock. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GatewayError } from '../../src/core/errors.js';
import { ListOrder, SourceState, TaskAction, TaskState, type ListQuery } from '../../src/core/model.js';
import { alibabaSmcModule, validateAlibabaAccount } from '../../adapters/alibaba-smc/index.js';
import type { MigrationProvider } from '../../adapters/port.js';
import { providerModule } from '../../adapters/index.js';
import type { Provider } from '../../adapters/alibaba-smc/provider.js';
import { alibabaJobDetails, alibabaSourceDetails } from '../../adapters/alibaba-smc/mapper.js';
import { addSource, REGION, startEnv, type Env } from './helpers.js';
import { HANDLERS } from '../../adapters/alibaba-smc/simulator/handlers.js';

const q = (over: Partial<ListQuery> = {}): ListQuery => ({ region: REGION, offset: 0, limit: 20, order: ListOrder.CREATED_DESC, filter: {}, ...over });

async function rejectsWith(p: Promise<unknown>, code: string, providerCode?: string): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof GatewayError, String(e));
    assert.equal(e.code, code, e.message);
    if (providerCode) assert.equal(e.providerCode, providerCode);
    return e;
  }
  assert.fail(`expected ${code}`);
}

describe('Provider (port) against the simulator', () => {
  let env: Env;
  let p: Provider;
  before(async () => {
    env = await startEnv();
    p = env.provider({ tagCacheTtlMs: 0 });
  });
  after(async () => {
    await env.close();
  });

  test('capabilities, registration, no templates/projects', async () => {
    assert.deepEqual(p.capabilities, { entities: ['Source', 'Task'], maxBatchSize: 50, maxPageSize: 50, listItemsComplete: ['Source', 'Task'] });
    assert.equal(providerModule('alibaba-smc'), alibabaSmcModule);
    const port: MigrationProvider = p;
    assert.equal(port.listTemplates, undefined);
    assert.equal(port.getProjects, undefined);
  });

  test('createTask -> PENDING task with options; runTaskAction START/STOP; progress moves with the clock', async () => {
    const s = addSource(env, 'portA');
    const t = await p.createTask(
      { region: REGION, sourceId: s.SourceId, name: 'portJobA', bandwidthLimitMbps: 100, options: { imageName: 'img-portA', dataDisks: [{ index: 1, sizeGiB: 120 }], instanceType: 'ecs.c6.large', launchTemplateId: 'lt-9', launchTemplateVersion: '3', tags: [{ key: 'team', value: 'infra' }] } },
      { idempotencyKey: 'create-portJobA' },
    );
    assert.equal(t.state, TaskState.PENDING);
    assert.equal(t.nativeState, 'Ready');
    assert.equal(t.name, 'portJobA');
    assert.equal(t.sourceId, s.SourceId);
    assert.equal(t.bandwidthLimitMbps, 100);
    assert.equal(t.tags, null, 'tags are not read with the job');
    assert.deepEqual((await p.getTags!('Task', REGION, [t.nativeId]))[0], [{ key: 'team', value: 'infra' }]);
    const d = alibabaJobDetails(t)!;
    assert.equal(d.launchTemplateId, 'lt-9', 'launch template applied by a follow-up Modify');
    assert.equal(d.systemDiskSizeBytes, 40 * 1024 ** 3, 'system disk defaults to the source size');
    assert.equal(d.instanceType, 'ecs.c6.large');
    assert.deepEqual(p.availableActions(t), [TaskAction.START, TaskAction.DELETE]);

    let r = await p.runTaskAction(REGION, t.nativeId, TaskAction.START, null);
    assert.equal(r.state, TaskState.PREPARING);
    await rejectsWith(p.runTaskAction(REGION, t.nativeId, TaskAction.STOP, null), 'CONFLICT', 'ReplicationJob.InvalidStatus');
    await rejectsWith(p.runTaskAction(REGION, t.nativeId, TaskAction.START, null), 'CONFLICT', 'ReplicationJob.InvalidStatus');
    await env.clock.advance(40_000);
    [r] = (await p.getTasks(REGION, [t.nativeId])) as [typeof r];
    assert.equal(r.state, TaskState.REPLICATING);
    assert.equal(r.progress.phase, 'Syncing');
    const p1 = r.progress.percent!;
    await env.clock.advance(20_000);
    [r] = (await p.getTasks(REGION, [t.nativeId])) as [typeof r];
    assert.ok(r.progress.percent! > p1, 'progress moves on the clock');
    assert.deepEqual(p.availableActions(r), [TaskAction.STOP]);
    r = await p.runTaskAction(REGION, t.nativeId, TaskAction.STOP, null);
    assert.equal(r.state, TaskState.STOPPED);
  });

  test('createTask validation: bad options fail before any upstream call, with the path', async () => {
    env.sim.resetCounts();
    const e = await rejectsWith(p.createTask({ region: REGION, sourceId: 's-x', name: 'bad', options: { systemDiskSizeGiB: 5 } }), 'BAD_USER_INPUT');
    assert.equal(e.field, 'input.alibaba.systemDiskSizeGiB');
    const disk = await rejectsWith(p.createTask({ region: REGION, sourceId: 's-x', name: 'bad', options: { systemDiskSizeGiB: 40, dataDisks: [{ index: 1 }, { index: 17 }] } }), 'BAD_USER_INPUT');
    assert.equal(disk.field, 'input.alibaba.dataDisks.1.index', 'GraphQL lists are 0-based: the second disk');
    const part = await rejectsWith(
      p.createTask({ region: REGION, sourceId: 's-x', name: 'bad', options: { systemDiskSizeGiB: 40, dataDisks: [{ index: 1, sizeGiB: 10 }] } }),
      'BAD_USER_INPUT',
    );
    assert.equal(part.field, 'input.alibaba.dataDisks.0.sizeGiB');
    const tag = await rejectsWith(p.createTask({ region: REGION, sourceId: 's-x', name: 'bad', options: { systemDiskSizeGiB: 40, tags: [{ key: 'aliyun:x', value: null }] } }), 'BAD_USER_INPUT');
    assert.equal(tag.field, 'input.alibaba.tags.0.key');
    const long = await rejectsWith(
      p.createTask({ region: REGION, sourceId: 's-x', name: 'bad', options: { systemDiskSizeGiB: 40, replicationParameters: JSON.stringify({ note: 'x'.repeat(2048) }) } }),
      'BAD_USER_INPUT',
    );
    assert.equal(long.field, 'input.alibaba.replicationParameters', 'the catalog override: at most 2048 characters');
    const lt = await rejectsWith(p.createTask({ region: REGION, sourceId: 's-x', name: 'bad', options: { launchTemplateId: 'lt-1', frequencyHours: 0 } }), 'BAD_USER_INPUT');
    assert.equal(lt.field, 'input.alibaba.frequencyHours', 'refused before the source is read for the default system disk size');
    const upd = await rejectsWith(p.updateTask(REGION, 'j-x', { options: { maxNumberOfImageToKeep: 11 } }), 'BAD_USER_INPUT');
    assert.equal(upd.field, 'input.alibaba.maxNumberOfImageToKeep');
    const src = await rejectsWith(p.updateSource(REGION, 's-x', { name: 'has space' }), 'BAD_USER_INPUT');
    assert.equal(src.field, 'input.name');
    const e2 = await rejectsWith(p.createTask({ region: REGION, sourceId: 's-x', name: 'bad', options: { nope: 1 } }), 'BAD_USER_INPUT');
    assert.match(e2.message, /nope/);
    await rejectsWith(p.createTask({ region: 'eu-west-9', sourceId: 's-x', name: 'bad' }), 'BAD_USER_INPUT');
    assert.equal(env.sim.totalRequests(), 0);
  });

  test('a second job for the same source is refused (CONFLICT, vendor code kept)', async () => {
    const s = addSource(env, 'portTwice');
    await p.createTask({ region: REGION, sourceId: s.SourceId, name: 'portTwice1', options: { systemDiskSizeGiB: 40 } });
    const e = await rejectsWith(p.createTask({ region: REGION, sourceId: s.SourceId, name: 'portTwice2', options: { systemDiskSizeGiB: 40 } }), 'CONFLICT', 'SourceServerState.Invalid');
    assert.equal(e.account, 'ali-test');
    assert.ok(e.requestId);
  });

  test('getTasks batches 50 JobId.N per call, keeps order, null for unknown ids', async () => {
    const e2 = await startEnv({ maxJobs: 200 });
    try {
      const p2 = e2.provider({ tagCacheTtlMs: 60_000 });
      const ids: string[] = [];
      for (let i = 0; i < 60; i++) {
        const s = addSource(e2, `bulk${i}`);
        ids.push((HANDLERS.CreateReplicationJob(e2.sim.service, { RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: '40' }) as { JobId: string }).JobId);
      }
      e2.sim.resetCounts();
      const want = [...ids.slice(0, 55), 'j-unknown', ids[59]!];
      const got = await p2.getTasks(REGION, want);
      assert.equal(got.length, want.length);
      assert.deepEqual(got.map((t) => t?.nativeId ?? null), [...ids.slice(0, 55), null, ids[59]]);
      assert.equal(e2.sim.counts().DescribeReplicationJobs, 2);
      assert.equal(e2.sim.counts().ListTagResources, undefined, 'no tag call unless tags are asked for');
      await p2.getTasks(REGION, want);
      assert.equal(e2.sim.counts().DescribeReplicationJobs, 4);
      const tags = await p2.getTags!('Task', REGION, want);
      assert.equal(tags.length, want.length);
      assert.equal(e2.sim.counts().ListTagResources, 2, '57 ids in batches of 50');
      await p2.getTags!('Task', REGION, want);
      assert.equal(e2.sim.counts().ListTagResources, 2, 'tags cached');
      const [job] = (await p2.listTasks(q({ limit: 1 }))).items;
      const gs = await p2.getSources(REGION, [job!.sourceId!, 's-none']);
      assert.equal(gs[0]!.state, SourceState.MIGRATING);
      assert.equal(gs[1], null);
    } finally {
      await e2.close();
    }
  });

  test('listTasks filters: sourceId, tags, region', async () => {
    const s = addSource(env, 'filterSrc');
    const t = await p.createTask({ region: REGION, sourceId: s.SourceId, name: 'filterJob', options: { systemDiskSizeGiB: 40, tags: [{ key: 'wave', value: '7' }] } });
    const bySource = await p.listTasks(q({ filter: { sourceId: s.SourceId } }));
    assert.deepEqual(bySource.items.map((x) => x.nativeId), [t.nativeId]);
    const byTag = await p.listTasks(q({ filter: { tags: [{ key: 'wave', value: '7' }] } }));
    assert.deepEqual(byTag.items.map((x) => x.nativeId), [t.nativeId]);
    const other = await p.listTasks(q({ region: 'cn-shanghai' }));
    assert.equal(other.totalCount, 0);
    await rejectsWith(p.listTasks(q({ region: 'us-east-1' })), 'BAD_USER_INPUT');
  });

  test('sources: list (home region only), update, delete with force; tags through the extension', async () => {
    const s = addSource(env, 'srcPort');
    const list = await p.listSources(q({ filter: { nameContains: 'srcport' } }));
    assert.equal(list.totalCount, 1);
    assert.equal(list.items[0]!.state, SourceState.AVAILABLE);
    assert.equal((await p.listSources(q({ region: 'cn-shanghai' }))).totalCount, 0);
    const updated = await p.updateSource(REGION, s.SourceId, { name: 'srcPortRenamed', description: 'moved' });
    assert.equal(updated.name, 'srcPortRenamed');
    assert.equal(alibabaSourceDetails(updated)!.description, 'moved');
    await p.extension.tagResources(REGION, 'sourceserver', [s.SourceId], [{ key: 'env', value: 'prod' }]);
    assert.deepEqual((await p.getTags!('Source', REGION, [s.SourceId]))[0], [{ key: 'env', value: 'prod' }]);
    const pairs = await p.extension.listTagResources(REGION, 'sourceserver', { tags: [{ key: 'env', value: 'prod' }] });
    assert.ok(pairs.some((x) => x.resourceId === s.SourceId && x.resourceType === 'sourceserver'));
    await p.extension.untagResources(REGION, 'sourceserver', [s.SourceId], { all: true });
    assert.deepEqual((await p.getTags!('Source', REGION, [s.SourceId]))[0], []);
    const job = await p.createTask({ region: REGION, sourceId: s.SourceId, name: 'srcPortJob', options: { systemDiskSizeGiB: 40 } });
    const [refused] = await p.deleteSources(REGION, [s.SourceId], {});
    assert.deepEqual([refused!.deleted, refused!.error?.code, refused!.error?.providerCode], [false, 'CONFLICT', 'ReplicationJob.Related']);
    assert.deepEqual(await p.deleteSources(REGION, [s.SourceId], { force: true }), [{ id: s.SourceId, deleted: true }]);
    assert.equal((await p.getSources(REGION, [s.SourceId]))[0]!.state, SourceState.DELETING);
    assert.equal((await p.getTasks(REGION, [job.nativeId]))[0]!.state, TaskState.DELETING);
  });

  test('updateTask (name + options), bandwidth is not modifiable, deleteTasks', async () => {
    const s = addSource(env, 'updSrc');
    const t = await p.createTask({ region: REGION, sourceId: s.SourceId, name: 'updJob', options: { systemDiskSizeGiB: 40 } });
    const u = await p.updateTask(REGION, t.nativeId, { name: 'updJob2', options: { imageName: 'img-upd', systemDiskSizeGiB: 60, description: 'updated job' } });
    assert.equal(u.name, 'updJob2');
    assert.equal(alibabaJobDetails(u)!.imageName, 'img-upd');
    assert.equal(alibabaJobDetails(u)!.systemDiskSizeBytes, 60 * 1024 ** 3);
    await rejectsWith(p.updateTask(REGION, t.nativeId, { bandwidthLimitMbps: 10 }), 'UNSUPPORTED_OPERATION');
    await rejectsWith(p.updateTask(REGION, t.nativeId, { options: { targetType: 'Instance' } }), 'BAD_USER_INPUT');
    await p.deleteTasks(REGION, [t.nativeId]);
    assert.equal((await p.getTasks(REGION, [t.nativeId]))[0]!.state, TaskState.DELETING);
    await env.clock.advance(6_000);
    assert.deepEqual(await p.getTasks(REGION, [t.nativeId]), [null]);
  });

  test('incremental job through the extension: READY_FOR_CUTOVER, cutover with syncData, SUCCEEDED', async () => {
    const s = addSource(env, 'incPort');
    const t = await p.extension.createReplicationJob({ region: REGION, sourceId: s.SourceId, name: 'incPortJob', runOnce: false, frequencyHours: 24, maxNumberOfImageToKeep: 2, systemDiskSizeGiB: 40, targetType: 'Image', imageName: 'img-inc' });
    assert.equal(t.type, 'Incremental');
    await p.runTaskAction(REGION, t.nativeId, TaskAction.START, null);
    await env.clock.advance(130_000);
    let r = (await p.getTasks(REGION, [t.nativeId]))[0]!;
    assert.equal(r.state, TaskState.READY_FOR_CUTOVER);
    assert.ok(r.lastSyncedAt);
    assert.deepEqual(p.availableActions(r), [TaskAction.CUTOVER, TaskAction.DELETE]);
    const m = await p.extension.modifyReplicationJob(REGION, t.nativeId, { frequencyHours: 12 });
    assert.equal(alibabaJobDetails(m)!.frequencyHours, 12);
    await rejectsWith(p.runTaskAction(REGION, t.nativeId, TaskAction.CUTOVER, { syncData: 'yes' }), 'BAD_USER_INPUT');
    r = await p.extension.cutOverReplicationJob(REGION, t.nativeId, { syncData: true });
    assert.equal(r.state, TaskState.PREPARING);
    await env.clock.advance(20_000);
    r = (await p.getTasks(REGION, [t.nativeId]))[0]!;
    assert.equal(r.state, TaskState.SYNCING, 'a later run of an incremental job is SYNCING');
    await env.clock.advance(130_000);
    r = (await p.getTasks(REGION, [t.nativeId]))[0]!;
    assert.equal(r.state, TaskState.SUCCEEDED);
    assert.equal(r.progress.steps.filter((x) => x.name.startsWith('Run ')).length, 2);
    await rejectsWith(p.extension.cutOverReplicationJob(REGION, t.nativeId, {}), 'CONFLICT', 'ReplicationJob.InvalidStatus');
  });

  test('a retried create through the port gives one job (idempotency key -> ClientToken)', async () => {
    const s = addSource(env, 'idemSrc');
    env.sim.faults.failAfterApply('CreateReplicationJob', 'serverError');
    const before = env.sim.service.jobs.size;
    const t = await p.createTask({ region: REGION, sourceId: s.SourceId, name: 'idemJob', options: { systemDiskSizeGiB: 40 } }, { idempotencyKey: 'createTask:idemJob' });
    assert.equal(env.sim.service.jobs.size, before + 1);
    const again = await p.createTask({ region: REGION, sourceId: s.SourceId, name: 'idemJob', options: { systemDiskSizeGiB: 40 } }, { idempotencyKey: 'createTask:idemJob' });
    assert.equal(again.nativeId, t.nativeId, 'the same mutation replayed returns the same job');
  });

  test('validateAccount: precise paths; createProvider', () => {
    const base = { id: 'a', provider: 'alibaba-smc' as const, endpoint: 'https://smc.aliyuncs.com', regions: ['cn-hangzhou'] };
    assert.deepEqual(validateAlibabaAccount({ ...base, credentials: { accessKeyId: 'AK', accessKeySecret: 'SK' } }), []);
    assert.deepEqual(validateAlibabaAccount({ ...base, credentials: { accessKeyId: 'AK', accessKeySecret: 'SK', securityToken: 'tok' }, options: { method: 'GET' } }), []);
    const issues = validateAlibabaAccount({ ...base, credentials: { accessKeyId: '', secret: 'x' }, options: { retryLimit: -1 } });
    const paths = issues.map((i) => i.path.join('.'));
    assert.ok(paths.includes('credentials.accessKeyId'), paths.join());
    assert.ok(paths.includes('credentials.accessKeySecret'), paths.join());
    assert.ok(paths.includes('credentials.secret'), 'an unknown key is reported on the key itself');
    assert.ok(paths.includes('options.retryLimit'), paths.join());
    assert.deepEqual(validateAlibabaAccount({ ...base, endpoint: 'nope', regions: [], credentials: { accessKeyId: 'AK', accessKeySecret: 'SK' } }).map((i) => i.path.join('.')), ['endpoint', 'regions']);
    const logger = { debug() {}, info() {}, warn() {}, error() {}, child() { return logger; } };
    const prov = alibabaSmcModule.createProvider({ ...base, credentials: { accessKeyId: 'AK', accessKeySecret: 'SK' } }, { logger });
    assert.equal(prov.provider, 'alibaba-smc');
    assert.deepEqual(prov.regions, ['cn-hangzhou']);
    return prov.close();
  });

  test('no secret in errors: wrong secret gives UNAUTHENTICATED without key material', async () => {
    const bad = env.provider({ credentials: { accessKeyId: 'LTAItestAccessKey01', accessKeySecret: 'very-secret-value' } });
    const e = await rejectsWith(bad.listTasks(q()), 'UNAUTHENTICATED', 'SignatureDoesNotMatch');
    assert.doesNotMatch(JSON.stringify({ m: e.message, x: e.toExtensions() }), /very-secret-value|Signature=/);
  });
});
