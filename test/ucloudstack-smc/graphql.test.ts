/**
 * The UCloudStack GraphQL module over real HTTP: a gateway with one UCloudStack account pointed at
 * the simulator (ManualClock, agents over HTTP) and one fake Huawei account.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountConfig } from '../../adapters/module.js';
import type { Logger } from '../../src/core/model.js';
import { ucloudstackSmcModule } from '../../adapters/ucloudstack-smc/index.js';
import { encodeId } from '../../src/domain/ids.js';
import {
  TasksDocument,
  UCloudStackCompleteSmcDocument,
  UCloudStackDeleteSmcDocument,
  UCloudStackSetupSmcDocument,
  UCloudStackSmcsDocument,
  UCloudStackStartSmcDocument,
  UCloudStackStopSmcDocument,
  UCloudStackTaskDocument,
  StartTaskDocument,
  CreateTaskDocument,
  UpdateTaskDocument,
  DeleteTasksDocument,
} from '../generated/graphql.js';
import { fakeAccounts } from '../helpers/fake-provider.js';
import { gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { HOST, REGION, REGION2, startEnv, USER_KEY, VM, type TestEnv } from './support.js';

const PASSWORD = 'GraphQL-Transfer-Secret-7';

describe('UCloudStack GraphQL module over HTTP', () => {
  let env: TestEnv;
  let gw: TestGateway;
  const smc: Record<string, string> = {};
  const taskId = (nativeId: string) => encodeId('Task', { provider: 'ucloudstack-smc', accountId: 'ucs', region: REGION, nativeId });
  const sourceId = (nativeId: string) => encodeId('Source', { provider: 'ucloudstack-smc', accountId: 'ucs', region: REGION, nativeId });
  const setupInput = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    vmId: VM.VMID,
    host: '10.0.0.5',
    bandwidthMbps: 200,
    user: 'root',
    password: PASSWORD,
    diskMappings: [
      { device: '/dev/vda1', mappingDiskId: 'disk-root-01' },
      { device: '/dev/vdb1', mappingDiskId: 'disk-data-01' },
    ],
    ...extra,
  });

  before(async () => {
    env = await startEnv();
    for (const name of ['erp-db-01', 'web-01', 'locked-01', 'gone-01']) {
      const a = await env.agent({ host: { ...HOST, Name: name } });
      smc[name] = a.smcId!;
      await env.clock.advance(1_000);
    }
    const ucs: AccountConfig = {
      id: 'ucs',
      provider: 'ucloudstack-smc',
      endpoint: env.sim.endpoint,
      regions: [REGION, REGION2],
      credentials: { publicKey: USER_KEY.publicKey, privateKey: USER_KEY.privateKey },
      options: { retryBackoffLimitMs: 1 },
    };
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] }]);
    gw = await startTestGateway([ucs, ...fake.accounts], { cache: { enabled: false } }, (config: AccountConfig, logger: Logger) =>
      config.provider === 'ucloudstack-smc' ? ucloudstackSmcModule.createProvider(config, { logger }) : fake.factory(config),
    );
    fake.providers.get('hw')!.addTask('ap-southeast-3', 1);
  });
  after(async () => {
    await gw.close();
    await env.close();
  });

  test('ucloudstackSmcs: DescribeSMC page with typed details on Task and Source; filters; limit clamped', async () => {
    const data = await gqlOk(gw.url, UCloudStackSmcsDocument, { account: 'ucs' });
    const page = data.ucloudstackSmcs;
    assert.equal(page.totalCount, 4);
    assert.equal(page.limit, 20);
    const item = page.items.find((i) => i.task.nativeId === smc['erp-db-01'])!;
    assert.equal(item.task.provider, 'UCLOUDSTACK_SMC');
    assert.equal(item.task.nativeState, 'Online');
    assert.equal(item.task.state, 'PENDING');
    assert.equal(item.task.source?.nativeId, item.task.nativeId);
    assert.equal(item.source.currentTask?.id, item.task.id);
    assert.equal(item.source.osVersion, 'CentOS 7.9');
    assert.equal(item.source.memoryBytes, 16384 * 1024 * 1024);
    assert.equal(item.source.agentConnected, true);
    assert.equal(item.source.ucloudstack?.kernel, '3.10.0-1160');
    const d = item.task.ucloudstack!;
    assert.equal(d.smcId, item.task.nativeId);
    assert.equal(d.smcState, 'Online');
    assert.equal(d.resourceState, 'AVAILABLE');
    assert.equal(d.companyId, 100);
    assert.equal(d.projectId, 'prj-a');
    assert.equal(d.regionAlias, 'Test DC 1');
    assert.equal(d.locked, false);
    assert.equal(d.diskMappings.length, 2);
    assert.equal(d.diskMappings[0]!.mappingDiskId, null);
    assert.equal(d.diskMappings[0]!.sizeBytes, 40 * 1024 ** 3);

    const kw = await gqlOk(gw.url, UCloudStackSmcsDocument, { account: 'ucs', region: REGION, filter: { keyword: 'WEB', limit: 0 } });
    assert.equal(kw.ucloudstackSmcs.totalCount, 1);
    assert.equal(kw.ucloudstackSmcs.limit, 1);
    const other = await gqlOk(gw.url, UCloudStackSmcsDocument, { account: 'ucs', region: REGION2 });
    assert.equal(other.ucloudstackSmcs.totalCount, 0);
    const badRegion = await gql(gw.url, UCloudStackSmcsDocument, { account: 'ucs', region: 'cn-nowhere' });
    assert.equal(badRegion.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const wrongProvider = await gql(gw.url, UCloudStackSmcsDocument, { account: 'hw' });
    assert.equal(wrongProvider.errors?.[0]?.extensions?.code, 'UNSUPPORTED_OPERATION');
  });

  test('tasks { source }: a listed SMC is its own source, with no DescribeSMC by id', async () => {
    env.sim.server.resetCounts();
    const data = await gqlOk<{ tasks: { nodes: { nativeId: string; source: { nativeId: string; name: string } | null }[] } }, Record<string, never>>(
      gw.url,
      '{ tasks(filter: { providers: [UCLOUDSTACK_SMC] }) { nodes { nativeId source { nativeId name } } } }',
    );
    const nodes = data.tasks.nodes;
    assert.equal(nodes.length, 4);
    for (const n of nodes) assert.equal(n.source?.nativeId, n.nativeId);
    assert.deepEqual(nodes.map((n) => n.source?.name).sort(), ['erp-db-01', 'gone-01', 'locked-01', 'web-01']);
    // One list page per region (two partitions); the sources cost nothing more.
    assert.deepEqual(env.sim.server.counts(), { DescribeSMC: 2 });
  });

  test('Task.ucloudstack is null for other providers', async () => {
    const data = await gqlOk(gw.url, TasksDocument, { filter: { providers: ['HUAWEI_SMS'] } });
    assert.equal(data.tasks.totalCount, 1);
    const res = await gqlOk(gw.url, UCloudStackTaskDocument, { id: data.tasks.edges[0]!.node.id });
    assert.equal((res.node as { ucloudstack: unknown }).ucloudstack, null);
  });

  test('ucloudstackSetupSmc: configures by Task or Source id; the password is never returned or logged', async () => {
    const res = await gql(gw.url, UCloudStackSetupSmcDocument, { input: setupInput(sourceId(smc['erp-db-01']!)) });
    assert.equal(res.errors, undefined);
    const t = res.data!.ucloudstackSetupSmc;
    assert.equal(t.nativeId, smc['erp-db-01']);
    assert.equal(t.bandwidthLimitMbps, 200);
    assert.equal(t.target?.nativeId, VM.VMID);
    assert.equal(t.ucloudstack?.vmId, VM.VMID);
    assert.equal(t.ucloudstack?.transferHost, '10.0.0.5');
    assert.equal(t.ucloudstack?.user, 'root');
    assert.deepEqual(t.ucloudstack?.diskMappings.map((m) => m.mappingDiskId), ['disk-root-01', 'disk-data-01']);
    assert.deepEqual(t.availableActions, ['START', 'DELETE']);
    assert.ok(!JSON.stringify(res).includes(PASSWORD));
    const again = await gql(gw.url, UCloudStackSetupSmcDocument, { input: setupInput(taskId(smc['web-01']!)) });
    assert.equal(again.errors, undefined);
    assert.ok(gw.logs.length > 0);
    assert.ok(!gw.logs.join('\n').includes(PASSWORD));
  });

  test('ucloudstackSetupSmc refusals: bad input before any upstream call, CONFLICT when locked, foreign ids', async () => {
    env.sim.server.resetCounts();
    const noUser = await gql(gw.url, UCloudStackSetupSmcDocument, { input: setupInput(taskId(smc['locked-01']!), { user: null }) });
    assert.equal(noUser.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(noUser.errors?.[0]?.extensions?.field, 'input.user');
    const noMappings = await gql(gw.url, UCloudStackSetupSmcDocument, { input: setupInput(taskId(smc['locked-01']!), { diskMappings: [] }) });
    assert.equal(noMappings.errors?.[0]?.extensions?.field, 'input.diskMappings');
    assert.equal(env.sim.server.totalRequests(), 0);

    env.sim.control.setLocked(smc['locked-01']!, true);
    const locked = await gql(gw.url, UCloudStackSetupSmcDocument, { input: setupInput(taskId(smc['locked-01']!)) });
    const ext = locked.errors?.[0]?.extensions;
    assert.equal(ext?.code, 'CONFLICT');
    assert.equal(ext?.provider, 'ucloudstack-smc');
    assert.equal(ext?.account, 'ucs');
    assert.equal(ext?.providerCode, '8003');
    assert.ok(!JSON.stringify(locked).includes(PASSWORD));
    assert.equal(env.sim.control.record(smc['locked-01']!)!.VMID, undefined);

    const hwId = encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: 'task-1' });
    const foreign = await gql(gw.url, UCloudStackSetupSmcDocument, { input: setupInput(hwId) });
    assert.equal(foreign.errors?.[0]?.extensions?.code, 'UNSUPPORTED_OPERATION');
    const notAnId = await gql(gw.url, UCloudStackStartSmcDocument, { id: 'nope' });
    assert.equal(notAnId.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.ok(!gw.logs.join('\n').includes(PASSWORD));
  });

  test('catalog bounds: BAD_USER_INPUT names the GraphQL argument, not the wire parameter, and nothing is sent', async () => {
    const id = taskId(smc['web-01']!);
    const cases: { name: string; send: () => Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>; field: string }[] = [
      // SetupSMC's Bandwidth (integer >= 0) from the setup input: SETUP_FIELDS under `input`.
      { name: 'negative bandwidthMbps on setup', field: 'input.bandwidthMbps', send: () => gql(gw.url, UCloudStackSetupSmcDocument, { input: setupInput(id, { bandwidthMbps: -1 }) }) },
      // Bandwidth from bandwidthLimitMbps (Int in the unified schema): refused before the DescribeSMC read.
      { name: 'negative bandwidthLimitMbps on updateTask', field: 'input.bandwidthLimitMbps', send: () => gql(gw.url, UpdateTaskDocument, { id, input: { bandwidthLimitMbps: -5 } }) },
      { name: 'negative bandwidthLimitMbps on createTask', field: 'input.bandwidthLimitMbps', send: () => gql(gw.url, CreateTaskDocument, { input: { sourceId: sourceId(smc['web-01']!), name: 'x', bandwidthLimitMbps: -1 } }) },
      // The setup input of the unified createTask is `input.ucloudstack`.
      {
        name: 'vmId longer than 128 on createTask',
        field: 'input.ucloudstack.vmId',
        send: () => gql(gw.url, CreateTaskDocument, { input: { sourceId: sourceId(smc['web-01']!), name: 'x', ucloudstack: { ...setupInput(id, { vmId: 'v'.repeat(129) }), id: undefined, bandwidthMbps: undefined } } }),
      },
      // The setup input's own lengths (128 characters), with list indices.
      { name: 'vmId longer than 128', field: 'input.vmId', send: () => gql(gw.url, UCloudStackSetupSmcDocument, { input: setupInput(id, { vmId: 'v'.repeat(129) }) }) },
      {
        name: 'second mappingDiskId longer than 128',
        field: 'input.diskMappings.1.mappingDiskId',
        send: () =>
          gql(gw.url, UCloudStackSetupSmcDocument, {
            input: setupInput(id, { diskMappings: [{ device: '/dev/vda1', mappingDiskId: 'disk-root-01' }, { device: '/dev/vdb1', mappingDiskId: 'd'.repeat(129) }] }),
          }),
      },
    ];
    for (const c of cases) {
      env.sim.server.resetCounts();
      const res = await c.send();
      const ext = res.errors?.[0]?.extensions;
      assert.equal(ext?.code, 'BAD_USER_INPUT', c.name);
      assert.equal(ext?.field, c.field, c.name);
      assert.equal(env.sim.server.totalRequests(), 0, `${c.name}: no upstream request`);
    }
    // A fractional bandwidth is no Int: refused by variable coercion (the message names the path), nothing sent.
    for (const send of [
      () => gql(gw.url, UpdateTaskDocument, { id, input: { bandwidthLimitMbps: 2.5 } }),
      () => gql(gw.url, CreateTaskDocument, { input: { sourceId: sourceId(smc['web-01']!), name: 'x', bandwidthLimitMbps: 1.5 } }),
    ]) {
      env.sim.server.resetCounts();
      const res = await send();
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.match(res.errors?.[0]?.message ?? '', /bandwidthLimitMbps/);
      assert.equal(env.sim.server.totalRequests(), 0);
    }
    assert.ok(!gw.logs.join('\n').includes(PASSWORD));
  });

  test('start -> Syncing -> stop; start again -> Synced -> complete -> Completed (SUCCEEDED)', async () => {
    const id = taskId(smc['erp-db-01']!);
    const started = await gqlOk(gw.url, UCloudStackStartSmcDocument, { id });
    assert.equal(started.ucloudstackStartSmc.state, 'PREPARING');
    assert.deepEqual(started.ucloudstackStartSmc.availableActions, ['STOP', 'DELETE']);
    const refused = await gql(gw.url, UCloudStackStartSmcDocument, { id });
    assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT');

    await env.clock.advance(30_000);
    let t = (await gqlOk(gw.url, UCloudStackTaskDocument, { id })).node as { state: string; progress: { percent: number | null; totalBytes: number | null; steps: unknown[] } };
    assert.equal(t.state, 'REPLICATING');
    assert.equal(t.progress.totalBytes, 20 * 1024 ** 3);
    assert.equal(t.progress.steps.length, 2);
    // StartSMC while Syncing: the vendor's non-zero RetCode, and the SMC keeps syncing.
    const whileSyncing = await gql(gw.url, StartTaskDocument, { id });
    assert.equal(whileSyncing.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.match(String(whileSyncing.errors?.[0]?.extensions?.providerCode), /^\d+$/);
    assert.equal(env.sim.control.record(smc['erp-db-01']!)!.state, 'Syncing', 'nothing changed');

    const stopped = await gqlOk(gw.url, UCloudStackStopSmcDocument, { id });
    assert.equal(stopped.ucloudstackStopSmc.state, 'STOPPING');
    await env.clock.advance(20_000);
    t = (await gqlOk(gw.url, UCloudStackTaskDocument, { id })).node as typeof t;
    assert.equal(t.state, 'PENDING');
    const notSynced = await gql(gw.url, UCloudStackCompleteSmcDocument, { id });
    assert.equal(notSynced.errors?.[0]?.extensions?.code, 'CONFLICT');

    // The unified startTask works on the same SMC.
    const unified = await gqlOk(gw.url, StartTaskDocument, { id });
    assert.equal(unified.startTask.state, 'PREPARING');
    await env.clock.advance(1_000_000); // 20 GiB at the 200 Mbit/s limit: ~860 s
    t = (await gqlOk(gw.url, UCloudStackTaskDocument, { id })).node as typeof t;
    assert.equal(t.state, 'READY_FOR_CUTOVER');

    const completing = await gqlOk(gw.url, UCloudStackCompleteSmcDocument, { id });
    assert.equal(completing.ucloudstackCompleteSmc.state, 'CUTTING_OVER');
    assert.equal(completing.ucloudstackCompleteSmc.ucloudstack?.locked, true);
    await env.clock.advance(30_000);
    const done = (await gqlOk(gw.url, UCloudStackTaskDocument, { id })).node as { state: string; finishedAt: string | null; lastSyncedAt: string | null; progress: { percent: number } };
    assert.equal(done.state, 'SUCCEEDED');
    assert.ok(done.finishedAt && done.lastSyncedAt);
    assert.equal(done.progress.percent, 100);
  });

  test('ucloudstackDeleteSmc: DELETING, then gone', async () => {
    const id = taskId(smc['gone-01']!);
    const res = await gqlOk(gw.url, UCloudStackDeleteSmcDocument, { id });
    assert.equal(res.ucloudstackDeleteSmc?.state, 'DELETING');
    assert.equal(res.ucloudstackDeleteSmc?.nativeState, 'DELETING');
    await env.clock.advance(10_000); // the agent's heartbeat learns of it
    const node = await gqlOk(gw.url, UCloudStackTaskDocument, { id });
    assert.equal(node.node, null);
    const again = await gql(gw.url, UCloudStackDeleteSmcDocument, { id });
    assert.equal(again.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  test('unified createTask / updateTask / deleteTasks: typed ucloudstack options, the password named, the source deleted with the task', async () => {
    const a = await env.agent({ host: { ...HOST, Name: 'uni-01' } });
    const b = await env.agent({ host: { ...HOST, Name: 'uni-02' } });
    await env.clock.advance(1_000);
    const { id: _id, bandwidthMbps: _bw, ...options } = setupInput('-');
    const refused = async (res: Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>, field: string) => {
      env.sim.server.resetCounts();
      const ext = (await res).errors?.[0]?.extensions;
      assert.equal(ext?.code, 'BAD_USER_INPUT', field);
      assert.equal(ext?.field, field);
      assert.equal(env.sim.server.totalRequests(), 0, `${field}: nothing sent`);
    };
    const source = sourceId(a.smcId!);
    // Another provider's options, or none where SetupSMC needs the VM: refused, naming real fields.
    await refused(gql(gw.url, CreateTaskDocument, { input: { sourceId: source, name: 'x', huawei: { syncing: true } } }), 'input.huawei');
    await refused(gql(gw.url, CreateTaskDocument, { input: { sourceId: source, name: 'x' } }), 'input.ucloudstack.vmId');
    await refused(gql(gw.url, CreateTaskDocument, { input: { sourceId: source, name: 'x', ucloudstack: { ...options, diskMappings: [] } } }), 'input.ucloudstack.diskMappings');

    const created = await gqlOk(gw.url, CreateTaskDocument, { input: { sourceId: source, name: 'uni-01', bandwidthLimitMbps: 50, ucloudstack: options } });
    assert.equal(created.createTask.nativeId, a.smcId);
    assert.equal(created.createTask.bandwidthLimitMbps, 50);
    const configured = await gqlOk(gw.url, UCloudStackTaskDocument, { id: taskId(a.smcId!) });
    assert.equal((configured.node as { ucloudstack: { vmId: string; user: string } }).ucloudstack.vmId, VM.VMID);
    assert.equal((configured.node as { ucloudstack: { vmId: string; user: string } }).ucloudstack.user, 'root');

    // SetupSMC replaces the credentials: a bandwidth change on an SMC with a user needs the password, as an explicit field.
    env.sim.server.resetCounts();
    const noPassword = await gql(gw.url, UpdateTaskDocument, { id: taskId(a.smcId!), input: { bandwidthLimitMbps: 80 } });
    assert.equal(noPassword.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(noPassword.errors?.[0]?.extensions?.field, 'input.ucloudstack.password');
    assert.deepEqual(env.sim.server.counts(), { DescribeSMC: 1 }, 'only the read of the current configuration; no SetupSMC');
    await refused(gql(gw.url, UpdateTaskDocument, { id: taskId(a.smcId!), input: { bandwidthLimitMbps: 80, alibaba: { description: 'x' } } }), 'input.alibaba');
    const updated = await gqlOk(gw.url, UpdateTaskDocument, { id: taskId(a.smcId!), input: { bandwidthLimitMbps: 80, ucloudstack: { password: PASSWORD } } });
    assert.equal(updated.updateTask.bandwidthLimitMbps, 80);
    assert.ok(!JSON.stringify(updated).includes(PASSWORD));

    // DeleteSMC is one SMC per call: a partial batch reports each id; each deleted task names its source.
    const missing = taskId('smc-does-not-exist');
    const hwTask = encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: 'task-1' });
    const del = await gqlOk(gw.url, DeleteTasksDocument, { ids: [taskId(a.smcId!), missing, taskId(b.smcId!), hwTask] });
    assert.deepEqual(del.deleteTasks.deletedIds, [taskId(a.smcId!), taskId(b.smcId!), hwTask]);
    const [ra, rm, rb, rh] = del.deleteTasks.results;
    assert.deepEqual(ra!.alsoDeleted, [sourceId(a.smcId!)]);
    assert.deepEqual(rb!.alsoDeleted, [sourceId(b.smcId!)]);
    assert.deepEqual(rh!.alsoDeleted, []);
    assert.equal(rm!.deleted, false);
    assert.equal(rm!.error?.code, 'NOT_FOUND');
    assert.ok(rm!.error?.providerCode);
    assert.deepEqual(rm!.alsoDeleted, []);
    assert.ok(!gw.logs.join('\n').includes(PASSWORD));
  });
});
