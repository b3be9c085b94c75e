/**
 * Truthful writes (issue #13, deliverable 3) against the three real simulators and the real
 * providers behind a gateway, with the simulators' deterministic apply-then-fail fault
 * (`faults.failAfterApply(operation, 'reset' | 'serverError')`: the vendor applies the write, then the
 * connection drops or the answer becomes a 503).
 *
 * Before (main): the client was told UPSTREAM_UNAVAILABLE (retryable after a 503; outcome UNKNOWN
 * after a drop) and a retry got CONFLICT although the first write had succeeded. Now the write is
 * read back and answered as done, or as `outcome: UNKNOWN`, `retryable: false` when the read-back
 * cannot decide. Partial batches are per-id data; without a key no ClientToken is derived.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GraphQLFormattedError } from 'graphql';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { createHuaweiSimulator, type HuaweiSimulator } from '../../adapters/huawei-sms/simulator/index.js';
import type { AccountConfig } from '../../adapters/module.js';
import { encodeId } from '../../src/domain/ids.js';
import {
  CreateAlibabaReplicationJobDocument,
  CreateTaskDocument,
  DeleteSourcesDocument,
  DeleteTasksDocument,
  HuaweiCreateTemplateDocument,
  RunTaskActionDocument,
  StartTaskDocument,
} from '../generated/graphql.js';
import { gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { linuxProfile } from '../huawei-sms/sim-helpers.js';
import { addSource, AK as ALI_AK, REGION as ALI_REGION, SK as ALI_SK, startEnv as startAlibabaEnv, type Env as AlibabaEnv } from '../alibaba-smc/helpers.js';
import { HOST, REGION as UCS_REGION, startEnv as startUcsEnv, USER_KEY, VM, type TestEnv as UcsEnv } from '../ucloudstack-smc/support.js';

/** The reconciliation lines the gateway logged since `from` (one per read-back). */
function reconciliations(gw: TestGateway, from = 0): Record<string, unknown>[] {
  return gw.logs
    .slice(from)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.msg === 'write reconciled by read-back');
}

function onlyError(res: { errors?: readonly GraphQLFormattedError[] }): GraphQLFormattedError {
  assert.equal(res.errors?.length, 1, JSON.stringify(res.errors));
  return res.errors![0]!;
}

describe('truthful writes: Huawei SMS', () => {
  const REGION = 'ap-southeast-3';
  const AK = 'AKWRITESAKWRITESAK01';
  const SK = 'SKwritesSKwritesSKwritesSKwritesSK00001';
  let sim: HuaweiSimulator;
  let gw: TestGateway;
  const sources: string[] = [];
  let templateId = '';
  const source = (nativeId: string) => encodeId('Source', { provider: 'huawei-sms', accountId: 'hw', region: REGION, nativeId });
  const tasksOf = (sourceId: string) => [...sim.store.tasks.values()].filter((t) => t.source_id === sourceId);

  before(async () => {
    // A ManualClock started at the wall clock: AK/SK signatures stay within their 15 minutes.
    const clock = new ManualClock(Date.now());
    sim = await createHuaweiSimulator({ clock, credentials: [{ accessKeyId: AK, secretAccessKey: SK }], agent: { tickMs: 5_000, idleMs: 5_000, bytesPerSecond: 1024 ** 3, setupPercentPerTick: 100 } });
    for (const name of ['rb-alpha', 'rb-beta', 'rb-gamma']) sources.push(await sim.agent!.install(linuxProfile(name)));
    await clock.advance(5_000);
    const account: AccountConfig = { id: 'hw', provider: 'huawei-sms', endpoint: sim.url, regions: [REGION], credentials: { accessKeyId: AK, secretAccessKey: SK } };
    gw = await startTestGateway([account], { cache: { enabled: false } });
    const tpl = await gqlOk(gw.url, HuaweiCreateTemplateDocument, {
      account: 'hw',
      input: { name: 'rb-tpl', isGeneral: true, region: REGION, targetProjectId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', targetServerName: 'rb-target', flavor: 's6.large.2', volumeType: 'SAS', disks: [{ index: 0, name: 'system', diskType: 'SAS', sizeGb: 40, deviceUse: 'BOOT' }] },
    });
    templateId = tpl.huaweiCreateTemplate.id;
  });
  after(async () => {
    await gw?.close();
    await sim?.close();
  });

  it('CreateTask applied, then the connection drops: answered with the created task (read back by source and name), logged; the key answers it again', async () => {
    const from = gw.logs.length;
    sim.resetCounts();
    sim.faults.failAfterApply('CreateTask', 'reset');
    const vars = { input: { sourceId: source(sources[0]!), name: 'rb-create-a', templateId }, idempotencyKey: 'rb-hw-create-a' };
    const res = await gql(gw.url, CreateTaskDocument, vars);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const task = res.data!.createTask;
    assert.equal(task.name, 'rb-create-a');
    assert.deepEqual(tasksOf(sources[0]!).map((t) => t.id), [task.nativeId], 'one task, the one answered');
    assert.equal(sim.counts().CreateTask, 1);
    const [line] = reconciliations(gw, from);
    assert.equal(line?.operation, 'CreateTask');
    assert.equal(line?.account, 'hw');
    assert.equal(line?.result, 'applied');
    assert.equal(line?.fault, 'answer lost');
    assert.equal(typeof line?.requestId, 'string');
    // A client retry with the same key gets the same answer, and nothing is sent again.
    const again = await gqlOk(gw.url, CreateTaskDocument, vars);
    assert.deepEqual(again.createTask, task);
    assert.equal(sim.counts().CreateTask, 1);
    // Without the key, the retry is a new create: the vendor refuses it (the source has its task), which
    // is what the client got on main after it had been told UPSTREAM_UNAVAILABLE.
    const retry = await gql(gw.url, CreateTaskDocument, { input: vars.input });
    assert.equal(onlyError(retry).extensions?.code, 'CONFLICT');
  });

  it('CreateTask applied, then answered 503: read back and answered as created (not UPSTREAM_UNAVAILABLE retryable)', async () => {
    sim.faults.failAfterApply('CreateTask', 'serverError');
    const res = await gql(gw.url, CreateTaskDocument, { input: { sourceId: source(sources[1]!), name: 'rb-create-b', templateId } });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.createTask.name, 'rb-create-b');
    assert.equal(tasksOf(sources[1]!).length, 1);
  });

  it('a 503 before anything was applied stays the vendor answer (UPSTREAM_UNAVAILABLE, retryable): the read-back found nothing', async () => {
    const from = gw.logs.length;
    sim.resetCounts();
    // UpdateTaskStatus is the first call of startTask: it gets the 503 before anything is applied.
    sim.faults.failNext('serverError', 1);
    const res = await gql(gw.url, StartTaskDocument, { id: encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: REGION, nativeId: tasksOf(sources[1]!)[0]!.id }) });
    const e = onlyError(res);
    assert.deepEqual([e.extensions?.code, e.extensions?.retryable, e.extensions?.outcome], ['UPSTREAM_UNAVAILABLE', true, undefined]);
    assert.equal(reconciliations(gw, from)[0]?.result, 'not applied');
    assert.equal(tasksOf(sources[1]!)[0]!.state, 'READY', 'nothing changed');
  });

  it('UpdateTaskStatus start applied, then the connection drops: answered with the running task (read back by state)', async () => {
    const nativeId = tasksOf(sources[0]!)[0]!.id;
    sim.faults.failAfterApply('UpdateTaskStatus', 'reset');
    const res = await gql(gw.url, StartTaskDocument, { id: encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: REGION, nativeId }) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.startTask.nativeState, 'RUNNING');
  });

  it('an action whose effect a read cannot tell (network_check), answer lost: outcome UNKNOWN, not retryable; its key answers the same without sending it again', async () => {
    const nativeId = tasksOf(sources[1]!)[0]!.id;
    const id = encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: REGION, nativeId });
    sim.resetCounts();
    sim.faults.failAfterApply('UpdateTaskStatus', 'reset');
    const vars = { id, action: 'NETWORK_CHECK' as const, idempotencyKey: 'rb-hw-netcheck' };
    const e = onlyError(await gql(gw.url, RunTaskActionDocument, vars));
    assert.deepEqual([e.extensions?.code, e.extensions?.retryable, e.extensions?.outcome], ['UPSTREAM_UNAVAILABLE', false, 'UNKNOWN']);
    assert.match(e.message, /may have been applied/);
    assert.match(e.message, /read-back did not find it applied/);
    const repeat = onlyError(await gql(gw.url, RunTaskActionDocument, vars));
    assert.deepEqual([repeat.extensions?.code, repeat.extensions?.retryable, repeat.extensions?.outcome], ['UPSTREAM_UNAVAILABLE', false, 'UNKNOWN']);
    assert.match(repeat.message, /earlier runTaskAction with this idempotencyKey ended with an unknown outcome/);
    assert.equal(sim.counts().UpdateTaskStatus, 1, 'the repeat was not sent');
  });

  it('DeleteTask applied, then the connection drops: the task is gone, so the id is reported deleted', async () => {
    const nativeId = tasksOf(sources[1]!)[0]!.id;
    const id = encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: REGION, nativeId });
    sim.faults.failAfterApply('DeleteTask', 'reset');
    const res = await gqlOk(gw.url, DeleteTasksDocument, { ids: [id] });
    assert.deepEqual(res.deleteTasks.results.map((r) => [r.id, r.deleted, r.error]), [[id, true, null]]);
    assert.equal(tasksOf(sources[1]!).length, 0);
  });

  it('deleteSources answers per id (Huawei DeleteServers is one atomic batch): a refused batch is data on each id, not data: null', async () => {
    // Source 0 has a running task: SMS refuses the batch whole (SMS.7601), nothing is deleted.
    const ids = [source(sources[0]!), source(sources[2]!)];
    const refused = await gqlOk(gw.url, DeleteSourcesDocument, { ids });
    assert.deepEqual(refused.deleteSources.deletedIds, []);
    assert.deepEqual(
      refused.deleteSources.results.map((r) => [r.id, r.deleted, r.error?.code, r.error?.providerCode]),
      ids.map((id) => [id, false, 'CONFLICT', 'SMS.7601']),
    );
    const ok = await gqlOk(gw.url, DeleteSourcesDocument, { ids: [source(sources[2]!)] });
    assert.deepEqual(ok.deleteSources.deletedIds, [source(sources[2]!)]);
  });
});

describe('truthful writes: Alibaba SMC', () => {
  let env: AlibabaEnv;
  let gw: TestGateway;
  const source = (nativeId: string) => encodeId('Source', { provider: 'alibaba-smc', accountId: 'ali', region: ALI_REGION, nativeId });
  const jobsOf = (sourceId: string) => [...env.sim.service.jobs.values()].filter((j) => j.SourceId === sourceId);
  const createInput = (sourceId: string, name: string) => ({ sourceId: source(sourceId), name, alibaba: { systemDiskSizeGiB: 40 } });

  before(async () => {
    // The gateway's provider signs with the wall clock; the simulator's jobs move on its ManualClock.
    env = await startAlibabaEnv({ timestampNow: () => Date.now() });
    // No automatic retries: a token-protected create would otherwise be repeated with its ClientToken
    // (and deduplicated by the vendor) before any read-back; here the read-back itself is under test.
    gw = await startTestGateway([{ id: 'ali', provider: 'alibaba-smc', endpoint: env.sim.url, regions: [ALI_REGION], credentials: { accessKeyId: ALI_AK, accessKeySecret: ALI_SK }, options: { retryLimit: 0 } }], { cache: { enabled: false } });
  });
  after(async () => {
    await gw?.close();
    await env?.close();
  });

  it('CreateReplicationJob applied, then the connection drops: answered with the job (read back by Name + SourceId, DescribeReplicationJobs has no ClientToken filter)', async () => {
    const s = addSource(env, 'rbAliA');
    const from = gw.logs.length;
    env.sim.faults.failAfterApply('CreateReplicationJob', 'reset');
    const res = await gql(gw.url, CreateTaskDocument, { input: createInput(s.SourceId, 'rbAliJobA') });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.createTask.name, 'rbAliJobA');
    assert.deepEqual(jobsOf(s.SourceId).map((j) => j.JobId), [res.data!.createTask.nativeId]);
    assert.deepEqual(reconciliations(gw, from).map((l) => [l.operation, l.result]), [['CreateReplicationJob', 'applied']]);
  });

  it('StartReplicationJob applied, then answered 503: answered with the running job (read back by status)', async () => {
    const s = addSource(env, 'rbAliB');
    const created = await gqlOk(gw.url, CreateTaskDocument, { input: createInput(s.SourceId, 'rbAliJobB') });
    env.sim.faults.failAfterApply('StartReplicationJob', 'serverError');
    const res = await gql(gw.url, StartTaskDocument, { id: created.createTask.id });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.match(res.data!.startTask.nativeState, /^Running/);
  });

  it('a job without a name cannot be read back: outcome UNKNOWN, not retryable, although the vendor made it (the answer says so)', async () => {
    const s = addSource(env, 'rbAliC');
    env.sim.faults.failAfterApply('CreateReplicationJob', 'reset');
    const e = onlyError(await gql(gw.url, CreateAlibabaReplicationJobDocument, { input: { sourceId: source(s.SourceId), systemDiskSizeGiB: 40 } }));
    assert.deepEqual([e.extensions?.code, e.extensions?.retryable, e.extensions?.outcome], ['UPSTREAM_UNAVAILABLE', false, 'UNKNOWN']);
    assert.match(e.message, /may have been applied/);
    assert.equal(jobsOf(s.SourceId).length, 1, 'the vendor did apply it');
  });

  it('a half-done batch is data: deleteTasks([ready job, running job]) and deleteSources([free source, source with a job])', async () => {
    const [a, b] = [addSource(env, 'rbAliD'), addSource(env, 'rbAliE')];
    const ready = await gqlOk(gw.url, CreateTaskDocument, { input: createInput(a.SourceId, 'rbAliJobD') });
    const running = await gqlOk(gw.url, CreateTaskDocument, { input: createInput(b.SourceId, 'rbAliJobE') });
    await gqlOk(gw.url, StartTaskDocument, { id: running.createTask.id });
    const del = await gql(gw.url, DeleteTasksDocument, { ids: [ready.createTask.id, running.createTask.id] });
    assert.equal(del.errors, undefined);
    assert.deepEqual(del.data!.deleteTasks.deletedIds, [ready.createTask.id]);
    assert.deepEqual(del.data!.deleteTasks.results.map((r) => [r.deleted, r.error?.code ?? null]), [[true, null], [false, 'CONFLICT']]);

    const free = addSource(env, 'rbAliF');
    const src = await gql(gw.url, DeleteSourcesDocument, { ids: [source(free.SourceId), source(b.SourceId)] });
    assert.equal(src.errors, undefined, 'data, not an error');
    assert.deepEqual(src.data!.deleteSources.deletedIds, [source(free.SourceId)]);
    assert.deepEqual(
      src.data!.deleteSources.results.map((r) => [r.id, r.deleted, r.error?.code ?? null]),
      [
        [source(free.SourceId), true, null],
        [source(b.SourceId), false, 'CONFLICT'],
      ],
    );
    assert.equal(env.sim.service.sources.get(free.SourceId)?.State ?? 'gone', 'Deleting');
  });

  it('create, delete, the same create again: without a key no ClientToken is derived, so the deleted job is never answered and a second job is made', async () => {
    const s = addSource(env, 'rbAliG');
    const input = createInput(s.SourceId, 'rbAliJobG');
    const first = await gqlOk(gw.url, CreateTaskDocument, { input });
    await gqlOk(gw.url, DeleteTasksDocument, { ids: [first.createTask.id] });
    // While the job is being deleted the source is still taken: the vendor refuses the new create.
    // (On main the token derived from the arguments made the vendor answer the deleted job, DELETING,
    // as if it had just been created; real Alibaba answered NOT_FOUND, issue #13.)
    const early = onlyError(await gql(gw.url, CreateTaskDocument, { input }));
    assert.equal(early.extensions?.providerCode, 'SourceServerState.Invalid');
    // The deleted job leaves after the simulator's deleting phase (5 s of its clock); its name is free again.
    await env.clock.advance(10_000);
    assert.equal(jobsOf(s.SourceId).length, 0);
    const second = await gql(gw.url, CreateTaskDocument, { input });
    assert.equal(second.errors, undefined, JSON.stringify(second.errors));
    assert.notEqual(second.data!.createTask.nativeId, first.createTask.nativeId);
    assert.deepEqual(jobsOf(s.SourceId).map((j) => j.JobId), [second.data!.createTask.nativeId]);
    const tokens = env.sim.requests.filter((r) => r.action === 'CreateReplicationJob' && r.params.Name === 'rbAliJobG').map((r) => r.params.ClientToken);
    assert.equal(tokens.length, 3);
    assert.equal(new Set(tokens).size, 3, 'a fresh ClientToken per call');
  });

  it("the client's key becomes the ClientToken, scoped by the gateway: the same key twice is one job, sent once", async () => {
    const s = addSource(env, 'rbAliH');
    const vars = { input: createInput(s.SourceId, 'rbAliJobH'), idempotencyKey: 'rb-ali-create-h' };
    env.sim.resetCounts();
    const first = await gqlOk(gw.url, CreateTaskDocument, vars);
    const again = await gqlOk(gw.url, CreateTaskDocument, vars);
    assert.deepEqual(again, first);
    assert.equal(env.sim.counts().CreateReplicationJob, 1);
    const token = env.sim.requests.filter((r) => r.action === 'CreateReplicationJob').at(-1)!.params.ClientToken!;
    assert.match(token, /^[0-9a-f]{64}$/);
    assert.notEqual(token, 'rb-ali-create-h');
  });
});

describe('truthful writes: UCloudStack SMC', () => {
  let env: UcsEnv;
  let gw: TestGateway;
  const smc: string[] = [];
  const task = (nativeId: string) => encodeId('Task', { provider: 'ucloudstack-smc', accountId: 'ucs', region: UCS_REGION, nativeId });
  const source = (nativeId: string) => encodeId('Source', { provider: 'ucloudstack-smc', accountId: 'ucs', region: UCS_REGION, nativeId });
  const setup = {
    vmId: VM.VMID,
    host: '10.0.0.5',
    diskMappings: [
      { device: '/dev/vda1', mappingDiskId: 'disk-root-01' },
      { device: '/dev/vdb1', mappingDiskId: 'disk-data-01' },
    ],
  };

  before(async () => {
    env = await startUcsEnv();
    for (const name of ['rb-ucs-a', 'rb-ucs-b', 'rb-ucs-c']) {
      smc.push((await env.agent({ host: { ...HOST, Name: name } })).smcId!);
      await env.clock.advance(1_000);
    }
    const account: AccountConfig = { id: 'ucs', provider: 'ucloudstack-smc', endpoint: env.sim.endpoint, regions: [UCS_REGION], credentials: { publicKey: USER_KEY.publicKey, privateKey: USER_KEY.privateKey }, options: { retryBackoffLimitMs: 1 } };
    gw = await startTestGateway([account], { cache: { enabled: false } });
  });
  after(async () => {
    await gw?.close();
    await env?.close();
  });

  it('SetupSMC (createTask) applied, then the connection drops: answered with the configured SMC (read back by its configuration)', async () => {
    env.sim.faults.failAfterApply('SetupSMC', 'reset');
    const from = gw.logs.length;
    const res = await gql(gw.url, CreateTaskDocument, { input: { sourceId: source(smc[0]!), name: 'rb-ucs-a', ucloudstack: setup } });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.createTask.nativeId, smc[0]);
    assert.equal(env.sim.control.record(smc[0]!)!.VMID, VM.VMID);
    assert.deepEqual(reconciliations(gw, from).map((l) => [l.operation, l.result]), [['SetupSMC', 'applied']]);
  });

  it('StartSMC applied, then the connection drops: answered with the SMC in Preparing (read back by state)', async () => {
    env.sim.faults.failAfterApply('StartSMC', 'reset');
    const res = await gql(gw.url, StartTaskDocument, { id: task(smc[0]!) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.startTask.state, 'PREPARING');
  });

  it('StartSMC refused (not configured) stays a refusal: no read-back for a definite answer', async () => {
    const from = gw.logs.length;
    const e = onlyError(await gql(gw.url, StartTaskDocument, { id: task(smc[1]!) }));
    assert.equal(e.extensions?.code, 'CONFLICT');
    assert.deepEqual(reconciliations(gw, from), []);
  });

  it('DeleteSMC applied, then answered 503: the id is reported deleted (the SMC is DELETING), with its Source', async () => {
    env.sim.faults.failAfterApply('DeleteSMC', 'serverError');
    const res = await gqlOk(gw.url, DeleteTasksDocument, { ids: [task(smc[2]!)] });
    assert.deepEqual(res.deleteTasks.results.map((r) => [r.deleted, r.error, r.alsoDeleted]), [[true, null, [source(smc[2]!)]]]);
    assert.equal(env.sim.control.record(smc[2]!)!.resourceState, 'DELETING');
  });

  it('deleteSources per id: a migrating SMC is refused without force, the idle one is deleted with its Task', async () => {
    const res = await gql(gw.url, DeleteSourcesDocument, { ids: [source(smc[0]!), source(smc[1]!)] });
    assert.equal(res.errors, undefined);
    assert.deepEqual(
      res.data!.deleteSources.results.map((r) => [r.id, r.deleted, r.error?.code ?? null, r.alsoDeleted]),
      [
        [source(smc[0]!), false, 'CONFLICT', []],
        [source(smc[1]!), true, null, [task(smc[1]!)]],
      ],
    );
    assert.equal(env.sim.control.record(smc[0]!)!.resourceState, 'AVAILABLE');
  });
});
