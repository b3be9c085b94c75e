/** The Alibaba GraphQL module over real HTTP: detail fields, provider-only mutations and queries, refusals. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeId } from '../../src/domain/ids.js';
import {
  AlibabaCutOverReplicationJobDocument,
  AlibabaDeleteSourceDocument,
  AlibabaJobsDocument,
  AlibabaModifyReplicationJobDocument,
  AlibabaModifySourceDocument,
  AlibabaResourceTagsDocument,
  AlibabaSourcesDocument,
  AlibabaTagResourcesDocument,
  AlibabaUntagResourcesDocument,
  CreateAlibabaReplicationJobDocument,
  StartTaskDocument,
  CreateTaskDocument,
  UpdateTaskDocument,
  DeleteTasksDocument,
} from '../generated/graphql.js';
import { gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { addSource, AK, REGION, SK, startEnv, type Env } from './helpers.js';

const sourceId = (nativeId: string) => encodeId('Source', { provider: 'alibaba-smc', accountId: 'ali', region: REGION, nativeId });

function errorOf(res: { errors?: readonly { extensions?: Record<string, unknown>; message: string }[] }) {
  assert.ok(res.errors && res.errors.length > 0, 'expected an error');
  return res.errors[0]!;
}

describe('Alibaba GraphQL module over HTTP', () => {
  let env: Env;
  let gw: TestGateway;
  before(async () => {
    // The gateway's provider signs with the wall clock; the simulator's jobs move on its ManualClock.
    env = await startEnv({ timestampNow: () => Date.now() });
    gw = await startTestGateway([{ id: 'ali', provider: 'alibaba-smc', endpoint: env.sim.url, regions: [REGION], credentials: { accessKeyId: AK, accessKeySecret: SK } }]);
  });
  after(async () => {
    await gw.close();
    await env.close();
  });

  test('createAlibabaReplicationJob with every option, Task.alibaba details; a repeat with the same idempotency key creates one job', async () => {
    const s = addSource(env, 'gqlSrcA');
    const input = {
      sourceId: sourceId(s.SourceId),
      name: 'gqlJobA',
      description: 'created over GraphQL',
      targetType: 'Image' as const,
      imageName: 'img-gqlJobA',
      systemDiskSizeGiB: 60,
      dataDisks: [{ index: 1, sizeGiB: 120, parts: [{ device: '1_0', sizeBytes: 2048, block: true }] }],
      systemDiskParts: [{ device: '0_1', block: false }],
      instanceType: 'ecs.c6.large',
      instanceRamRole: 'SMCAdmin',
      launchTemplateId: 'lt-gql',
      launchTemplateVersion: '1',
      netMode: 'VPC' as const,
      vSwitchId: 'vsw-gql',
      vpcId: 'vpc-gql',
      runOnce: false,
      frequencyHours: 12,
      maxNumberOfImageToKeep: 3,
      bandwidthLimitMbps: 50,
      licenseType: 'BYOL' as const,
      tags: [{ key: 'team', value: 'infra' }],
    };
    const before = env.sim.service.jobs.size;
    const data = await gqlOk(gw.url, CreateAlibabaReplicationJobDocument, { input, idempotencyKey: 'gql-create-gqlJobA' });
    const t = data.createAlibabaReplicationJob;
    assert.equal(t.state, 'PENDING');
    assert.equal(t.type, 'Incremental');
    assert.deepEqual(t.availableActions, ['START', 'DELETE']);
    assert.equal(t.bandwidthLimitMbps, 50);
    assert.deepEqual(t.tags, [{ key: 'team', value: 'infra' }]);
    const a = t.alibaba!;
    assert.equal(a.status, 'Ready');
    assert.equal(a.imageName, 'img-gqlJobA');
    assert.equal(a.systemDiskSizeBytes, 60 * 1024 ** 3);
    assert.deepEqual(a.dataDisks, [{ index: 1, sizeBytes: 120 * 1024 ** 3, parts: [{ device: '1_0', sizeBytes: 2048, block: true }] }]);
    assert.deepEqual(a.systemDiskParts, [{ device: '0_1', sizeBytes: null, block: false }]);
    assert.equal(a.netMode, 2);
    assert.equal(a.vSwitchId, 'vsw-gql');
    assert.equal(a.launchTemplateId, 'lt-gql');
    assert.equal(a.licenseType, 'BYOL');
    assert.equal(a.frequencyHours, 12);
    assert.equal(a.runOnce, false);
    // The same mutation with the same key (a client retry): the first result, one job.
    const again = await gqlOk(gw.url, CreateAlibabaReplicationJobDocument, { input, idempotencyKey: 'gql-create-gqlJobA' });
    assert.equal(again.createAlibabaReplicationJob.id, t.id);
    assert.equal(env.sim.service.jobs.size, before + 1);
    // The key reached Alibaba as a ClientToken scoped by the gateway (64 hex digits), not the key itself.
    const token = env.sim.requests.filter((r) => r.action === 'CreateReplicationJob').at(-1)!.params.ClientToken;
    assert.match(token!, /^[0-9a-f]{64}$/);
  });

  test('createAlibabaReplicationJob refusals: bad input before any call, second job for a source, foreign id', async () => {
    const s = addSource(env, 'gqlSrcB');
    env.sim.resetCounts();
    const bad = await gql(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), systemDiskSizeGiB: 5 } });
    const e = errorOf(bad);
    assert.equal(e.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(e.extensions?.field, 'input.systemDiskSizeGiB');
    const disk = errorOf(await gql(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), systemDiskSizeGiB: 40, dataDisks: [{ index: 1 }, { index: 0 }] } }));
    assert.equal(disk.extensions?.field, 'input.dataDisks.1.index', 'the argument path, 0-based like the GraphQL list');
    const region = errorOf(await gql(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), region: 'xx-nowhere-9', systemDiskSizeGiB: 40 } }));
    assert.deepEqual([region.extensions?.code, region.extensions?.field], ['NOT_FOUND', 'input.region']);
    const long = errorOf(await gql(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), systemDiskSizeGiB: 40, containerNamespace: 'n'.repeat(129) } }));
    assert.deepEqual([long.extensions?.code, long.extensions?.field], ['BAD_USER_INPUT', 'input.containerNamespace']);
    const part = errorOf(await gql(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), systemDiskSizeGiB: 40, systemDiskParts: [{ device: '0_1', sizeBytes: 501 * 1024 ** 3 }] } }));
    assert.deepEqual([part.extensions?.code, part.extensions?.field], ['BAD_USER_INPUT', 'input.systemDiskParts.0.sizeBytes']);
    assert.equal(env.sim.totalRequests(), 0, 'nothing sent upstream');
    await gqlOk(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), name: 'gqlJobB', systemDiskSizeGiB: 40 } });
    const dup = errorOf(await gql(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), name: 'gqlJobB2', systemDiskSizeGiB: 40 } }));
    assert.equal(dup.extensions?.code, 'CONFLICT');
    assert.equal(dup.extensions?.providerCode, 'SourceServerState.Invalid');
    assert.equal(dup.extensions?.provider, 'alibaba-smc');
    assert.ok(dup.extensions?.requestId);
    const foreign = encodeId('Source', { provider: 'huawei-sms', accountId: 'ali', region: REGION, nativeId: 'x' });
    const f = errorOf(await gql(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: foreign } }));
    assert.equal(f.extensions?.code, 'UNSUPPORTED_OPERATION');
  });

  test('alibabaModifyReplicationJob and alibabaCutOverReplicationJob (state refusal, then cut over a Waiting job)', async () => {
    const s = addSource(env, 'gqlSrcC');
    const created = (await gqlOk(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), name: 'gqlJobC', systemDiskSizeGiB: 40, runOnce: false, frequencyHours: 24, maxNumberOfImageToKeep: 1 } })).createAlibabaReplicationJob;
    const m = await gqlOk(gw.url, AlibabaModifyReplicationJobDocument, { taskId: created.id, input: { name: 'gqlJobC2', imageName: 'img-c2', frequencyHours: 6 } });
    assert.equal(m.alibabaModifyReplicationJob.name, 'gqlJobC2');
    assert.equal(m.alibabaModifyReplicationJob.alibaba!.imageName, 'img-c2');
    assert.equal(m.alibabaModifyReplicationJob.alibaba!.frequencyHours, 6);
    const early = errorOf(await gql(gw.url, AlibabaCutOverReplicationJobDocument, { taskId: created.id, syncData: true }));
    assert.equal(early.extensions?.code, 'CONFLICT');
    assert.equal(early.extensions?.providerCode, 'ReplicationJob.InvalidStatus');
    await gqlOk(gw.url, StartTaskDocument, { id: created.id });
    const running = errorOf(await gql(gw.url, AlibabaModifyReplicationJobDocument, { taskId: created.id, input: { imageName: 'img-late' } }));
    assert.equal(running.extensions?.providerCode, 'ReplicationJob.InvalidStatus');
    await env.clock.advance(130_000);
    const jobs = await gqlOk(gw.url, AlibabaJobsDocument, { filter: { ids: [created.id] } });
    assert.equal(jobs.tasks.nodes[0]!.state, 'READY_FOR_CUTOVER');
    assert.deepEqual(jobs.tasks.nodes[0]!.availableActions, ['CUTOVER', 'DELETE']);
    assert.equal(jobs.tasks.nodes[0]!.alibaba!.runs.length, 1);
    const cut = await gqlOk(gw.url, AlibabaCutOverReplicationJobDocument, { taskId: created.id, syncData: false });
    assert.equal(cut.alibabaCutOverReplicationJob.nativeState, 'Running/Cleaning');
    const bad = errorOf(await gql(gw.url, AlibabaCutOverReplicationJobDocument, { taskId: sourceId(s.SourceId) }));
    assert.equal(bad.extensions?.code, 'BAD_USER_INPUT');
  });

  test('Source.alibaba details, alibabaModifySource (duplicate refused), alibabaDeleteSource (force rules)', async () => {
    const s = addSource(env, 'gqlSrcD', { StatusInfo: JSON.stringify({ error_code: 'S1', error_msg: 'Rsync not found.' }) });
    addSource(env, 'gqlSrcTaken');
    const list = await gqlOk(gw.url, AlibabaSourcesDocument, { filter: { nameContains: 'gqlSrcD' } });
    const src = list.sources.nodes[0]!;
    assert.equal(src.state, 'AVAILABLE');
    assert.equal(src.alibaba!.statusInfoCode, 'S1');
    assert.equal(src.alibaba!.platform, 'CentOS');
    assert.ok(src.alibaba!.systemInfo.some((e) => e.key === 'hostname' && e.value === 'gqlSrcD'));
    assert.deepEqual(src.alibaba!.dataDisks.map((d) => d.index), [1, 2]);
    const renamed = await gqlOk(gw.url, AlibabaModifySourceDocument, { sourceId: src.id, input: { name: 'gqlSrcD2', description: 'renamed' } });
    assert.equal(renamed.alibabaModifySource.name, 'gqlSrcD2');
    assert.equal(renamed.alibabaModifySource.alibaba!.description, 'renamed');
    const dup = errorOf(await gql(gw.url, AlibabaModifySourceDocument, { sourceId: src.id, input: { name: 'gqlSrcTaken' } }));
    assert.equal(dup.extensions?.providerCode, 'SourceServerName.Duplicate');
    await gqlOk(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: src.id, systemDiskSizeGiB: 40 } });
    const related = errorOf(await gql(gw.url, AlibabaDeleteSourceDocument, { sourceId: src.id }));
    assert.equal(related.extensions?.code, 'CONFLICT');
    assert.equal(related.extensions?.providerCode, 'ReplicationJob.Related');
    const del = await gqlOk(gw.url, AlibabaDeleteSourceDocument, { sourceId: src.id, force: true });
    assert.deepEqual(del.alibabaDeleteSource.deletedIds, [src.id]);
    assert.equal(env.sim.service.sources.get(s.SourceId)!.State, 'Deleting');
  });

  test('alibabaTagResources / alibabaResourceTags / alibabaUntagResources', async () => {
    const s = addSource(env, 'gqlTagSrc');
    const job = (await gqlOk(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), name: 'gqlTagJob', systemDiskSizeGiB: 40 } })).createAlibabaReplicationJob;
    const ids = [sourceId(s.SourceId), job.id];
    const tagged = await gqlOk(gw.url, AlibabaTagResourcesDocument, { ids, tags: [{ key: 'wave', value: '2' }, { key: 'owner', value: 'ops' }] });
    assert.deepEqual(tagged.alibabaTagResources, ids);
    const jobTags = await gqlOk(gw.url, AlibabaResourceTagsDocument, { account: 'ali', resourceType: 'TASK', tags: [{ key: 'wave', value: '2' }] });
    assert.deepEqual(jobTags.alibabaResourceTags.map((t) => [t.resourceId, t.key, t.value]), [[job.id, 'owner', 'ops'], [job.id, 'wave', '2']]);
    const srcTags = await gqlOk(gw.url, AlibabaResourceTagsDocument, { account: 'ali', resourceType: 'SOURCE', region: REGION, tags: [{ key: 'owner', value: 'ops' }] });
    assert.ok(srcTags.alibabaResourceTags.every((t) => t.resourceType === 'SOURCE'));
    assert.ok(srcTags.alibabaResourceTags.some((t) => t.resourceId === ids[0]));
    const filtered = await gqlOk(gw.url, AlibabaJobsDocument, { filter: { tags: [{ key: 'wave', value: '2' }] } });
    assert.deepEqual(filtered.tasks.nodes.map((n) => n.id), [job.id]);
    await gqlOk(gw.url, AlibabaUntagResourcesDocument, { ids: [job.id], keys: ['wave'] });
    await gqlOk(gw.url, AlibabaUntagResourcesDocument, { ids: [ids[0]!], all: true });
    const left = await gqlOk(gw.url, AlibabaResourceTagsDocument, { account: 'ali', resourceType: 'TASK' });
    assert.deepEqual(left.alibabaResourceTags.filter((t) => t.resourceId === job.id).map((t) => t.key), ['owner']);
    const tooMany = errorOf(await gql(gw.url, AlibabaTagResourcesDocument, { ids, tags: Array.from({ length: 21 }, (_, i) => ({ key: `k${i}` })) }));
    assert.equal(tooMany.extensions?.code, 'BAD_USER_INPUT');
    const nothing = errorOf(await gql(gw.url, AlibabaUntagResourcesDocument, { ids }));
    assert.equal(nothing.extensions?.field, 'keys');
    const missing = errorOf(await gql(gw.url, AlibabaTagResourcesDocument, { ids: [sourceId('s-missing')], tags: [{ key: 'k' }] }));
    assert.equal(missing.extensions?.code, 'NOT_FOUND');
    assert.equal(missing.extensions?.providerCode, 'InvalidResourceId.NotFound');
    const unknownAccount = errorOf(await gql(gw.url, AlibabaResourceTagsDocument, { account: 'nope', resourceType: 'TASK' }));
    assert.equal(unknownAccount.extensions?.code, 'NOT_FOUND');
    // Catalog bounds, refused before any call and named by argument.
    env.sim.resetCounts();
    const longKey = errorOf(await gql(gw.url, AlibabaResourceTagsDocument, { account: 'ali', resourceType: 'TASK', tags: [{ key: 'k'.repeat(129) }] }));
    assert.deepEqual([longKey.extensions?.code, longKey.extensions?.field], ['BAD_USER_INPUT', 'tags.0.key']);
    const longUntag = errorOf(await gql(gw.url, AlibabaUntagResourcesDocument, { ids: [job.id], keys: ['k'.repeat(129)] }));
    assert.deepEqual([longUntag.extensions?.code, longUntag.extensions?.field], ['BAD_USER_INPUT', 'keys.0']);
    // A source (one call) beside 51 tasks (over ResourceId.N 1-50): nothing is tagged.
    const over = errorOf(await gql(gw.url, AlibabaTagResourcesDocument, { ids: [ids[0]!, ...Array.from({ length: 51 }, () => job.id)], tags: [{ key: 'k' }] }));
    assert.deepEqual([over.extensions?.code, over.extensions?.field], ['BAD_USER_INPUT', 'ids']);
    assert.equal(env.sim.totalRequests(), 0, 'nothing sent upstream');
  });

  test('no secret in logs', () => {
    assert.ok(gw.logs.length > 0);
    assert.ok(!gw.logs.some((l) => l.includes(SK)));
  });

  test('throttling: THROTTLED with the SMC code, the write is not repeated and the job does not change', async () => {
    const s = addSource(env, 'gqlSrcThrottle');
    const job = (await gqlOk(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: sourceId(s.SourceId), name: 'gqlJobThrottle', systemDiskSizeGiB: 40 } })).createAlibabaReplicationJob;
    const before = env.sim.counts().StartReplicationJob ?? 0;
    env.sim.faults.failNext('throttle', 1);
    const throttled = errorOf(await gql(gw.url, StartTaskDocument, { id: job.id }));
    assert.equal(throttled.extensions?.code, 'THROTTLED');
    assert.equal(throttled.extensions?.providerCode, 'Throttling.User');
    assert.equal(throttled.extensions?.retryable, true);
    assert.equal((env.sim.counts().StartReplicationJob ?? 0) - before, 1, 'a write is never retried automatically');
    assert.equal(env.sim.service.jobs.get(job.nativeId)!.Status, 'Ready', 'nothing changed');
  });

  test('unified createTask / updateTask with `alibaba` options; deleteTasks deletes id by id and reports each', async () => {
    const a = addSource(env, 'uniSrcA');
    const b = addSource(env, 'uniSrcB');
    const refused = async (res: Promise<{ errors?: readonly { extensions?: Record<string, unknown>; message: string }[] }>, field: string) => {
      env.sim.resetCounts();
      const e = errorOf(await res);
      assert.equal(e.extensions?.code, 'BAD_USER_INPUT', field);
      assert.equal(e.extensions?.field, field);
      assert.equal(env.sim.totalRequests(), 0, `${field}: nothing sent`);
    };
    await refused(gql(gw.url, CreateTaskDocument, { input: { sourceId: sourceId(a.SourceId), name: 'uniJobA', huawei: { syncing: true } } }), 'input.huawei');
    await refused(gql(gw.url, CreateTaskDocument, { input: { sourceId: sourceId(a.SourceId), name: 'uniJobA', alibaba: { systemDiskSizeGiB: 5 } } }), 'input.alibaba.systemDiskSizeGiB');
    const ja = (await gqlOk(gw.url, CreateTaskDocument, { input: { sourceId: sourceId(a.SourceId), name: 'uniJobA', bandwidthLimitMbps: 20, alibaba: { systemDiskSizeGiB: 40, description: 'unified' } } })).createTask;
    const jb = (await gqlOk(gw.url, CreateTaskDocument, { input: { sourceId: sourceId(b.SourceId), name: 'uniJobB', alibaba: { systemDiskSizeGiB: 40 } } })).createTask;
    assert.equal(env.sim.service.jobs.get(ja.nativeId)?.Description, 'unified');

    const updated = await gqlOk(gw.url, UpdateTaskDocument, { id: ja.id, input: { name: 'uniJobA2', alibaba: { description: 'changed' } } });
    assert.equal(updated.updateTask.name, 'uniJobA2');
    assert.equal(env.sim.service.jobs.get(ja.nativeId)?.Description, 'changed');
    await refused(gql(gw.url, UpdateTaskDocument, { id: ja.id, input: { ucloudstack: { password: 'x' } } }), 'input.ucloudstack');

    // DeleteReplicationJob takes one JobId: a job already Deleting is refused alone, the other is deleted.
    assert.deepEqual((await gqlOk(gw.url, DeleteTasksDocument, { ids: [ja.id] })).deleteTasks.deletedIds, [ja.id]);
    const del = await gqlOk(gw.url, DeleteTasksDocument, { ids: [ja.id, jb.id] });
    assert.deepEqual(del.deleteTasks.deletedIds, [jb.id]);
    const [gone, deleted] = del.deleteTasks.results;
    assert.equal(gone!.deleted, false);
    assert.equal(gone!.error?.code, 'CONFLICT');
    assert.equal(gone!.error?.providerCode, 'ReplicationJob.InvalidStatus');
    assert.equal(deleted!.deleted, true);
    assert.equal(deleted!.error, null);
    assert.equal(env.sim.service.jobs.get(jb.nativeId)?.Status ?? 'Deleting', 'Deleting');
  });
});

