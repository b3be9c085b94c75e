/**
 * The Huawei GraphQL module over real HTTP: a gateway on port 0 with one Huawei account pointing at
 * the simulator (ManualClock started at the wall clock, so AK/SK signatures stay within 15 minutes).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { createHuaweiSimulator, type HuaweiSimulator } from '../../adapters/huawei-sms/simulator/index.js';
import type { AccountConfig } from '../../adapters/module.js';
import {
  CreateHuaweiTaskDocument,
  HuaweiAccountInfoDocument,
  HuaweiCheckNetworkAclDocument,
  HuaweiCollectLogDocument,
  HuaweiCreateMigrationProjectDocument,
  HuaweiCreateTemplateDocument,
  HuaweiDeleteMigrationProjectDocument,
  HuaweiDeleteTemplatesDocument,
  HuaweiProjectsDocument,
  HuaweiRunTaskActionDocument,
  HuaweiSetAdvancedOptionsDocument,
  HuaweiSetDefaultMigrationProjectDocument,
  HuaweiSetSpeedLimitsDocument,
  HuaweiSignPrivacyAgreementDocument,
  HuaweiSourcesDocument,
  HuaweiTaskDocument,
  HuaweiTaskExtrasDocument,
  HuaweiTemplatePasswordDocument,
  HuaweiTemplatesDocument,
  HuaweiUnlockTargetServerDocument,
  HuaweiUpdateMigrationProjectDocument,
  HuaweiUpdateSourceDocument,
  HuaweiUpdateTaskDocument,
  HuaweiUpdateTemplateDocument,
  CreateTaskDocument,
  StartTaskDocument,
  TasksDocument,
  UpdateTaskDocument,
  DeleteTasksDocument,
  type HuaweiTemplateInput,
} from '../generated/graphql.js';
import { encodeId } from '../../src/domain/ids.js';
import { gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { linuxProfile } from './sim-helpers.js';

const AK = 'AKGQLTESTAKGQLTEST01';
const SK = 'SKgqlSKgqlSKgqlSKgqlSKgqlSKgqlSKgql00001';
const REGION = 'ap-southeast-3';
const PASSWORD = 'Gql-Target-Passw0rd!';

const templateInput: HuaweiTemplateInput = {
  name: 'gql-tpl',
  isGeneral: true,
  region: REGION,
  targetProjectId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  targetServerName: 'gql-target',
  flavor: 's6.large.2',
  volumeType: 'SAS',
  vpc: { id: 'autoCreate', name: 'autoCreate', cidr: '192.168.0.0/16' },
  nics: [{ id: 'autoCreate', name: 'autoCreate', cidr: '192.168.0.0/24' }],
  securityGroups: [{ id: 'autoCreate', name: 'autoCreate' }],
  publicIp: { type: '5_bgp', bandwidthSizeMbps: 100, bandwidthShareType: 'PER' },
  disks: [{ index: 0, name: 'system', diskType: 'SAS', sizeGb: 40, deviceUse: 'BOOT' }],
  targetPassword: PASSWORD,
};

function errorOf(res: { errors?: readonly { extensions?: Record<string, unknown>; message: string }[] }) {
  assert.ok(res.errors?.length, 'expected an error');
  return res.errors[0]!;
}

describe('Huawei SMS GraphQL module', () => {
  let sim: HuaweiSimulator;
  let clock: ManualClock;
  let gw: TestGateway;
  const account: AccountConfig = { id: 'hw', provider: 'huawei-sms', endpoint: '', regions: [REGION], credentials: { accessKeyId: AK, secretAccessKey: SK } };
  let sourceA = '';
  let sourceB = '';
  let templateId = '';
  let taskId = '';

  before(async () => {
    clock = new ManualClock(Date.now());
    sim = await createHuaweiSimulator({
      clock,
      credentials: [{ accessKeyId: AK, secretAccessKey: SK }],
      agent: { tickMs: 5_000, idleMs: 5_000, bytesPerSecond: 1024 ** 3, setupPercentPerTick: 100 },
    });
    await sim.agent!.install(linuxProfile('gql-alpha'));
    await sim.agent!.install(linuxProfile('gql-beta'));
    await clock.advance(5_000);
    gw = await startTestGateway([{ ...account, endpoint: sim.url }], { cache: { ttlMs: 0 } });
  });

  after(async () => {
    await gw?.close();
    await sim?.close();
  });

  it('sources carry typed huawei details', async () => {
    const data = await gqlOk(gw.url, HuaweiSourcesDocument);
    assert.equal(data.sources.totalCount, 2);
    const [a, b] = data.sources.nodes;
    assert.deepEqual([a!.name, b!.name], ['gql-alpha', 'gql-beta']);
    assert.equal(a!.state, 'AVAILABLE');
    assert.ok(a!.huawei);
    assert.ok(a!.huawei.checks.length > 0);
    assert.ok(a!.memoryBytes! > 1024 ** 3);
    sourceA = a!.id;
    sourceB = b!.id;
  });

  it('templates: create (password write-only), read the password once, update', async () => {
    const created = await gqlOk(gw.url, HuaweiCreateTemplateDocument, { account: 'hw', input: templateInput });
    templateId = created.huaweiCreateTemplate.id;
    assert.equal(created.huaweiCreateTemplate.huawei?.flavor, 's6.large.2');
    const list = await gqlOk(gw.url, HuaweiTemplatesDocument);
    assert.equal(list.templates.totalCount, 1);
    assert.deepEqual(list.templates.nodes[0]!.huawei?.disks, [{ name: 'system', sizeBytes: 40 * 1024 ** 3, diskType: 'SAS' }]);
    assert.ok(!JSON.stringify(list).includes(PASSWORD));
    const pw = await gqlOk(gw.url, HuaweiTemplatePasswordDocument, { templateId });
    assert.equal(pw.huaweiTemplateTargetPassword, PASSWORD);
    const upd = await gqlOk(gw.url, HuaweiUpdateTemplateDocument, { id: templateId, input: { ...templateInput, flavor: 'c7.large.2' } });
    assert.equal(upd.huaweiUpdateTemplate.huawei?.flavor, 'c7.large.2');
    const bad = await gql(gw.url, HuaweiCreateTemplateDocument, { account: 'hw', input: { ...templateInput, publicIp: { type: '5_bgp', bandwidthSizeMbps: 0 } } });
    assert.equal(errorOf(bad).extensions?.code, 'BAD_USER_INPUT');
    assert.equal(errorOf(bad).extensions?.field, 'input.publicIp.bandwidthSizeMbps');
    assert.ok(!gw.logs.join('\n').includes(PASSWORD), 'the password never reaches the logs');
  });

  it('createHuaweiTask: from a template; refuses a missing target before any upstream call', async () => {
    const before = sim.totalRequests();
    const bad = await gql(gw.url, CreateHuaweiTaskDocument, { input: { sourceId: sourceA, name: 'no-target' } });
    assert.equal(errorOf(bad).extensions?.code, 'BAD_USER_INPUT');
    assert.equal(errorOf(bad).extensions?.field, 'input.existingServer');
    assert.equal(sim.totalRequests(), before);
    const wrongKind = await gql(gw.url, CreateHuaweiTaskDocument, { input: { sourceId: templateId, name: 'x', templateId } });
    assert.equal(errorOf(wrongKind).extensions?.field, 'input.sourceId');

    const res = await gqlOk(gw.url, CreateHuaweiTaskDocument, {
      input: { sourceId: sourceA, name: 'gql-task', templateId, bandwidthLimitMbps: 300, priority: 2, syncing: false },
    });
    const t = res.createHuaweiTask;
    taskId = t.id;
    assert.equal(t.state, 'PENDING');
    assert.equal(t.nativeState, 'READY');
    assert.equal(t.bandwidthLimitMbps, 300);
    assert.equal(t.huawei?.priority, 2);
    assert.equal(t.huawei?.targetRegionId, REGION);
    assert.equal(t.huawei?.complete, true);
    assert.deepEqual(t.availableActions, ['START', 'NETWORK_CHECK', 'DELETE']);
  });

  it('huaweiRunTaskAction: refusals, CLONE_TEST needs a template, START moves the task', async () => {
    const stop = await gql(gw.url, HuaweiRunTaskActionDocument, { id: taskId, action: 'STOP' });
    assert.equal(errorOf(stop).extensions?.code, 'CONFLICT');
    assert.equal(errorOf(stop).extensions?.providerCode, 'SMS.7714');
    const clone = await gql(gw.url, HuaweiRunTaskActionDocument, { id: taskId, action: 'CLONE_TEST' });
    assert.equal(errorOf(clone).extensions?.field, 'params.templateId');
    const cutover = await gql(gw.url, HuaweiRunTaskActionDocument, { id: taskId, action: 'CUTOVER' });
    assert.equal(errorOf(cutover).extensions?.code, 'UNSUPPORTED_OPERATION');
    const started = await gqlOk(gw.url, HuaweiRunTaskActionDocument, { id: taskId, action: 'START' });
    assert.equal(started.huaweiRunTaskAction.state, 'REPLICATING');
    assert.deepEqual(started.huaweiRunTaskAction.availableActions, ['STOP', 'NETWORK_CHECK']);
    await clock.advance(15_000);
    const later = await gqlOk(gw.url, HuaweiTaskDocument, { id: taskId });
    assert.ok(later.node && 'huawei' in later.node);
    assert.ok((later.node.huawei?.subTasks.length ?? 0) > 0);
    assert.ok(later.node.progress.steps.length > 0);
  });

  it('speed limits, advanced options, consistency results, update task', async () => {
    const set = await gqlOk(gw.url, HuaweiSetSpeedLimitsDocument, { taskId, rules: [{ start: '08:00', end: '18:00', speedMbps: 200, overSpeedThreshold: 30 }] });
    assert.deepEqual(set.huaweiSetSpeedLimits, [{ start: '08:00', end: '18:00', speedMbps: 200, overSpeedThreshold: 30 }]);
    const bad = await gql(gw.url, HuaweiSetSpeedLimitsDocument, { taskId, rules: [{ start: '25:00', end: '18:00', speedMbps: 1 }] });
    assert.equal(errorOf(bad).extensions?.field, 'rules.0.start');
    const opts = await gqlOk(gw.url, HuaweiSetAdvancedOptionsDocument, { taskId, settings: [{ key: 'EXCLUDE_MIGRATE_PATH', value: '/var/tmp' }] });
    assert.deepEqual(opts.huaweiSetAdvancedOptions.settings, [{ key: 'EXCLUDE_MIGRATE_PATH', value: '/var/tmp' }]);
    const extras = await gqlOk(gw.url, HuaweiTaskExtrasDocument, { taskId });
    assert.equal(extras.huaweiSpeedLimits.length, 1);
    assert.equal(extras.huaweiAdvancedOptions.settings.length, 1);
    assert.ok(Array.isArray(extras.huaweiConsistencyResults));
    const upd = await gqlOk(gw.url, HuaweiUpdateTaskDocument, { id: taskId, input: { name: 'gql-task-renamed', bandwidthLimitMbps: null } });
    assert.equal(upd.huaweiUpdateTask.name, 'gql-task-renamed');
    assert.equal(upd.huaweiUpdateTask.bandwidthLimitMbps, null);
    const badPriority = await gql(gw.url, HuaweiUpdateTaskDocument, { id: taskId, input: { priority: 7 } });
    assert.equal(errorOf(badPriority).extensions?.field, 'input.priority');
  });

  it('catalog bounds name the GraphQL argument, and nothing is sent upstream', async () => {
    /** BAD_USER_INPUT on `field` with zero upstream requests. */
    const refused = async (res: Promise<{ errors?: readonly { extensions?: Record<string, unknown>; message: string }[] }>, field: string) => {
      const before = sim.totalRequests();
      const err = errorOf(await res);
      assert.equal(err.extensions?.code, 'BAD_USER_INPUT', err.message);
      assert.equal(err.extensions?.field, field, err.message);
      assert.equal(err.extensions?.provider, 'huawei-sms');
      assert.equal(sim.totalRequests(), before, `no upstream request (${field})`);
    };
    // Bandwidth limit: the catalog maximum is 10,000 Mbit/s (UpdateTask / CreateTask speed_limit).
    await refused(gql(gw.url, HuaweiUpdateTaskDocument, { id: taskId, input: { bandwidthLimitMbps: 10_001 } }), 'input.bandwidthLimitMbps');
    await refused(gql(gw.url, UpdateTaskDocument, { id: taskId, input: { bandwidthLimitMbps: 20_000 } }), 'input.bandwidthLimitMbps');
    await refused(gql(gw.url, CreateHuaweiTaskDocument, { input: { sourceId: sourceB, name: 'too-fast', templateId, bandwidthLimitMbps: 10_001 } }), 'input.bandwidthLimitMbps');
    await refused(gql(gw.url, CreateTaskDocument, { input: { sourceId: sourceB, name: 'too-fast', templateId, bandwidthLimitMbps: 20_000 } }), 'input.bandwidthLimitMbps');
    // Speed-limit rules (UpdateSpeed): speed 0..10,000, overSpeedThreshold 0..100.
    const rule = { start: '08:00', end: '12:00', speedMbps: 100 };
    await refused(gql(gw.url, HuaweiSetSpeedLimitsDocument, { taskId, rules: [{ ...rule, overSpeedThreshold: 150 }] }), 'rules.0.overSpeedThreshold');
    await refused(gql(gw.url, HuaweiSetSpeedLimitsDocument, { taskId, rules: [rule, { start: '12:00', end: '18:00', speedMbps: 10_001 }] }), 'rules.1.speedMbps');
    // CreateTask over_speed_threshold 0..100.
    await refused(gql(gw.url, CreateHuaweiTaskDocument, { input: { sourceId: sourceB, name: 'threshold', templateId, overSpeedThreshold: 101 } }), 'input.overSpeedThreshold');
    // The template volume type enum (SAS | SSD | SATA), on create and update.
    await refused(gql(gw.url, HuaweiCreateTemplateDocument, { account: 'hw', input: { ...templateInput, name: 'gql-nvme', volumeType: 'NVME' } }), 'input.volumeType');
    await refused(gql(gw.url, HuaweiUpdateTemplateDocument, { id: templateId, input: { ...templateInput, dataVolumeType: 'NVME' } }), 'input.dataVolumeType');
    // List entries: a template disk and an advanced-options batch (at most 10).
    await refused(gql(gw.url, HuaweiCreateTemplateDocument, { account: 'hw', input: { ...templateInput, name: 'gql-disk', disks: [...templateInput.disks!, { index: -1, name: 'data', diskType: 'SAS', sizeGb: 10 }] } }), 'input.disks.1.index');
    await refused(gql(gw.url, HuaweiSetAdvancedOptionsDocument, { taskId, settings: Array.from({ length: 11 }, (_, i) => ({ key: `K${i}`, value: 'v' })) }), 'settings');
  });

  it('unlock target server and collect logs', async () => {
    const unlocked = await gqlOk(gw.url, HuaweiUnlockTargetServerDocument, { taskId });
    assert.equal(unlocked.huaweiUnlockTargetServer.id, taskId);
    const collected = await gqlOk(gw.url, HuaweiCollectLogDocument, { taskId, input: { bucket: 'sms-logs', expireSeconds: 3600 } });
    assert.ok(collected.huaweiCollectLog.huawei);
    const bad = await gql(gw.url, HuaweiCollectLogDocument, { taskId, input: { bucket: 'sms-logs', expireSeconds: 10 } });
    assert.equal(errorOf(bad).extensions?.field, 'input.expireSeconds');
  });

  it('migration projects: create, update, set default, delete refusals; source moved into it', async () => {
    const created = await gqlOk(gw.url, HuaweiCreateMigrationProjectDocument, {
      account: 'hw',
      input: { name: 'gql-proj', region: REGION, type: 'MIGRATE_FILE', usePublicIp: true, existServer: false, syncing: false, speedLimitMbps: 100 },
    });
    const mp = created.huaweiCreateMigrationProject;
    assert.equal(mp.isDefault, false);
    assert.equal(mp.huawei?.speedLimitMbps, 100);
    const moved = await gqlOk(gw.url, HuaweiUpdateSourceDocument, { id: sourceB, input: { name: 'gql-beta-2', migrationProjectId: mp.id } });
    assert.equal(moved.huaweiUpdateSource.name, 'gql-beta-2');
    const upd = await gqlOk(gw.url, HuaweiUpdateMigrationProjectDocument, {
      id: mp.id,
      input: { name: 'gql-proj-2', region: REGION, type: 'MIGRATE_BLOCK', usePublicIp: false, existServer: true, syncing: true },
    });
    assert.equal(upd.huaweiUpdateMigrationProject.huawei?.type, 'MIGRATE_BLOCK');
    const hasServers = await gql(gw.url, HuaweiDeleteMigrationProjectDocument, { id: mp.id });
    assert.equal(errorOf(hasServers).extensions?.code, 'CONFLICT');
    const def = await gqlOk(gw.url, HuaweiSetDefaultMigrationProjectDocument, { id: mp.id });
    assert.equal(def.huaweiSetDefaultMigrationProject.isDefault, true);
    const projects = await gqlOk(gw.url, HuaweiProjectsDocument);
    assert.equal(projects.migrationProjects.nodes.filter((p) => p.isDefault).length, 1);
    assert.ok(projects.migrationProjects.nodes.every((p) => p.huawei));
    const badName = await gql(gw.url, HuaweiCreateMigrationProjectDocument, {
      account: 'hw',
      input: { name: 'x', region: REGION, type: 'MIGRATE_FILE', usePublicIp: true, existServer: false, syncing: false },
    });
    assert.equal(errorOf(badName).extensions?.field, 'input.name');
  });

  it('account-level: overview, error servers, API versions, privacy agreement, network ACL check', async () => {
    const info = await gqlOk(gw.url, HuaweiAccountInfoDocument, { account: 'hw' });
    assert.equal(typeof info.huaweiSourceOverview.unconfigured, 'number');
    assert.equal(typeof info.huaweiErrorServers.totalCount, 'number');
    assert.ok(info.huaweiApiVersions.some((v) => v.id === 'v3'));
    assert.equal(info.huaweiApiVersion?.id, 'v3');
    const signed = await gqlOk(gw.url, HuaweiSignPrivacyAgreementDocument, { account: 'hw' });
    assert.equal(signed.huaweiSignPrivacyAgreement, true);
    const acl = await gqlOk(gw.url, HuaweiCheckNetworkAclDocument, {
      account: 'hw',
      input: { targetProjectId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', targetNetworkId: 'subnet-1', regionId: REGION, osType: 'LINUX' },
    });
    assert.equal(acl.huaweiCheckNetworkAcl.passed, true);
    const badOs = await gql(gw.url, HuaweiCheckNetworkAclDocument, {
      account: 'hw',
      input: { targetProjectId: 'p', targetNetworkId: 'n', regionId: REGION, osType: 'BEOS' },
    });
    assert.equal(errorOf(badOs).extensions?.field, 'input.osType');
    const unknown = await gql(gw.url, HuaweiAccountInfoDocument, { account: 'nope' });
    assert.equal(errorOf(unknown).extensions?.code, 'NOT_FOUND');
  });

  it('huaweiDeleteTemplates: refused while a task uses the template (per id, as data); a spare one is deleted', async () => {
    const inUse = await gqlOk(gw.url, HuaweiDeleteTemplatesDocument, { ids: [templateId] });
    assert.deepEqual(inUse.huaweiDeleteTemplates.deletedIds, []);
    assert.deepEqual(
      inUse.huaweiDeleteTemplates.results.map((r) => [r.id, r.deleted, r.error?.code, r.error?.providerCode]),
      [[templateId, false, 'CONFLICT', 'SMS.7111']],
    );
    const spare = await gqlOk(gw.url, HuaweiCreateTemplateDocument, { account: 'hw', input: { ...templateInput, name: 'gql-spare', targetPassword: null } });
    const del = await gqlOk(gw.url, HuaweiDeleteTemplatesDocument, { ids: [spare.huaweiCreateTemplate.id] });
    assert.deepEqual(del.huaweiDeleteTemplates.deletedIds, [spare.huaweiCreateTemplate.id]);
    assert.deepEqual(del.huaweiDeleteTemplates.results.map((r) => [r.deleted, r.error]), [[true, null]]);
    const list = await gqlOk(gw.url, HuaweiTemplatesDocument);
    assert.equal(list.templates.totalCount, 1);
  });

  it('documented refusals carry the SMS code and change nothing: unknown source, starting a running task, duplicate template name', async () => {
    const tasksBefore = (await gqlOk(gw.url, TasksDocument, { first: 100 })).tasks.totalCount;
    const unknown = encodeId('Source', { provider: 'huawei-sms', accountId: 'hw', region: REGION, nativeId: '0b5f3a21-0000-4000-8000-000000000000' });
    const missing = await gql(gw.url, CreateHuaweiTaskDocument, { input: { sourceId: unknown, name: 'ghost', templateId } });
    assert.equal(errorOf(missing).extensions?.code, 'NOT_FOUND');
    assert.match(String(errorOf(missing).extensions?.providerCode), /^SMS\.\d{4}$/);
    assert.equal((await gqlOk(gw.url, TasksDocument, { first: 100 })).tasks.totalCount, tasksBefore, 'no task was created');

    const running = await gqlOk(gw.url, HuaweiTaskDocument, { id: taskId });
    assert.equal(running.node && 'state' in running.node ? running.node.state : null, 'REPLICATING');
    const again = await gql(gw.url, StartTaskDocument, { id: taskId });
    assert.equal(errorOf(again).extensions?.code, 'CONFLICT');
    assert.match(String(errorOf(again).extensions?.providerCode), /^SMS\.\d{4}$/);
    const still = await gqlOk(gw.url, HuaweiTaskDocument, { id: taskId });
    assert.equal(still.node && 'state' in still.node ? still.node.state : null, 'REPLICATING', 'still running');

    const templatesBefore = (await gqlOk(gw.url, HuaweiTemplatesDocument)).templates.totalCount;
    const dup = await gql(gw.url, HuaweiCreateTemplateDocument, { account: 'hw', input: templateInput });
    assert.equal(errorOf(dup).extensions?.code, 'CONFLICT');
    assert.match(String(errorOf(dup).extensions?.providerCode), /^SMS\.\d{4}$/);
    assert.equal((await gqlOk(gw.url, HuaweiTemplatesDocument)).templates.totalCount, templatesBefore, 'no template was created');
  });

  it('unified createTask / updateTask with `huawei` options; deleteTasks is atomic (DeleteTasks refused whole)', async () => {
    const refused = async (res: Promise<{ errors?: readonly { extensions?: Record<string, unknown>; message: string }[] }>, field: string) => {
      const before = sim.totalRequests();
      const e = errorOf(await res);
      assert.equal(e.extensions?.code, 'BAD_USER_INPUT', field);
      assert.equal(e.extensions?.field, field);
      assert.equal(sim.totalRequests(), before, `${field}: nothing sent`);
    };
    await refused(gql(gw.url, CreateTaskDocument, { input: { sourceId: sourceB, name: 'uni', templateId, ucloudstack: { vmId: 'v', host: 'h', diskMappings: [] } } }), 'input.ucloudstack');
    await refused(gql(gw.url, CreateTaskDocument, { input: { sourceId: sourceB, name: 'uni', templateId, huawei: { priority: 7 } } }), 'input.huawei.priority');
    await refused(gql(gw.url, CreateTaskDocument, { input: { sourceId: sourceB, name: 'uni' } }), 'input.huawei.existingServer');
    const created = await gqlOk(gw.url, CreateTaskDocument, { input: { sourceId: sourceB, name: 'uni-task', templateId, bandwidthLimitMbps: 100, huawei: { priority: 1, syncing: false } } });
    const uni = created.createTask.id;
    assert.equal(created.createTask.bandwidthLimitMbps, 100);
    const read = await gqlOk(gw.url, HuaweiTaskDocument, { id: uni });
    assert.equal(read.node && 'huawei' in read.node ? read.node.huawei?.priority : null, 1);

    await refused(gql(gw.url, UpdateTaskDocument, { id: uni, input: { huawei: { priority: 9 } } }), 'input.huawei.priority');
    const updated = await gqlOk(gw.url, UpdateTaskDocument, { id: uni, input: { bandwidthLimitMbps: 200, huawei: { priority: 0 } } });
    assert.equal(updated.updateTask.bandwidthLimitMbps, 200);

    // The running task makes DeleteTasks refuse the whole batch (SMS.7719): no id is deleted, each says why.
    const both = await gqlOk(gw.url, DeleteTasksDocument, { ids: [taskId, uni] });
    assert.deepEqual(both.deleteTasks.deletedIds, []);
    assert.deepEqual(
      both.deleteTasks.results.map((r) => [r.id, r.deleted, r.error?.code, r.error?.providerCode]),
      [
        [taskId, false, 'CONFLICT', 'SMS.7719'],
        [uni, false, 'CONFLICT', 'SMS.7719'],
      ],
    );
    assert.ok((await gqlOk(gw.url, HuaweiTaskDocument, { id: uni })).node, 'still there');
    const one = await gqlOk(gw.url, DeleteTasksDocument, { ids: [uni] });
    assert.deepEqual(one.deleteTasks.deletedIds, [uni]);
    assert.deepEqual(one.deleteTasks.results[0]!.alsoDeleted, []);
  });
});
