/** HuaweiSmsProvider (port + extension) against the simulator on a ManualClock. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ListOrder, SourceState, TaskAction, TaskState, type ListQuery } from '../../src/core/model.js';
import { GatewayError } from '../../src/core/errors.js';
import { HuaweiSmsProvider } from '../../adapters/huawei-sms/provider.js';
import type { HuaweiSmsExtension } from '../../adapters/huawei-sms/extension.js';
import type { HuaweiTaskDetails, HuaweiTemplateDetails } from '../../adapters/huawei-sms/mapper.js';
import { huaweiSmsModule, validateAccount } from '../../adapters/huawei-sms/index.js';
import { providerModule } from '../../adapters/index.js';
import { advanceUntil, linuxProfile, startSim, type SimEnv } from './sim-helpers.js';

const REGION = 'ap-southeast-3';

function q(filter: ListQuery['filter'] = {}, extra: Partial<ListQuery> = {}): ListQuery {
  return { region: REGION, offset: 0, limit: 50, order: ListOrder.CREATED_DESC, filter, ...extra };
}

async function setup(): Promise<{ env: SimEnv; provider: HuaweiSmsProvider; ext: HuaweiSmsExtension; sources: string[] }> {
  const env = await startSim();
  const provider = new HuaweiSmsProvider({ accountId: 'hw-test', regions: [REGION], client: env.newClient() });
  const sources: string[] = [];
  for (const name of ['alpha-01', 'beta-02', 'gamma-03']) sources.push(await env.sim.agent!.install(linuxProfile(name)));
  await env.clock.advance(5_000);
  return { env, provider, ext: provider.extension as HuaweiSmsExtension, sources };
}

const tplInput = {
  name: 'tpl-auto',
  isGeneral: true,
  region: REGION,
  targetProjectId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  targetServerName: 'migrated',
  flavor: 's6.large.2',
  volumeType: 'SAS',
  vpc: { id: 'autoCreate', name: 'autoCreate', cidr: '192.168.0.0/16' },
  nics: [{ id: 'autoCreate', name: 'autoCreate', cidr: '192.168.0.0/24' }],
  securityGroups: [{ id: 'autoCreate', name: 'autoCreate' }],
  publicIp: { type: '5_bgp', bandwidthSizeMbps: 100, bandwidthShareType: 'PER' },
  disks: [{ index: 0, name: 'system', diskType: 'SAS', sizeGb: 40, deviceUse: 'BOOT' }],
  targetPassword: 'Tpl-Passw0rd!',
};

test('module is registered; validateAccount reports precise paths for both credential modes', () => {
  assert.equal(providerModule('huawei-sms'), huaweiSmsModule);
  const base = { id: 'hw', provider: 'huawei-sms' as const, endpoint: 'https://sms.ap-southeast-3.myhuaweicloud.com', regions: [REGION] };
  assert.deepEqual(validateAccount({ ...base, credentials: { accessKeyId: 'AK', secretAccessKey: 'SK', domainId: 'd' } }), []);
  assert.deepEqual(
    validateAccount({ ...base, credentials: { iam: { endpoint: 'https://iam.x', userName: 'u', password: 'p', domainName: 'acme' } } }),
    [],
  );
  const bad = validateAccount({ ...base, regions: ['a', 'b'], endpoint: 'ftp://x', credentials: { accessKeyId: '', bogus: 1 }, options: { timeoutMs: 'x' } });
  const paths = bad.map((i) => i.path.join('.'));
  assert.ok(paths.includes('credentials.accessKeyId'), paths.join(' '));
  assert.ok(paths.includes('credentials.secretAccessKey'), paths.join(' '));
  assert.ok(paths.includes('credentials.bogus'), paths.join(' '));
  assert.ok(paths.includes('options.timeoutMs'), paths.join(' '));
  assert.ok(paths.includes('endpoint'));
  assert.ok(paths.includes('regions'));
  const iamBad = validateAccount({ ...base, credentials: { iam: { endpoint: 'nope', userName: 'u', domainName: 'acme' } } });
  assert.deepEqual(iamBad.map((i) => i.path.join('.')).sort(), ['credentials.iam.endpoint', 'credentials.iam.password']);
});

test('sources: list with a combined filter, batched get, rename, unsupported description', async () => {
  const { env, provider, ext, sources } = await setup();
  try {
    const all = await provider.listSources(q({}, { order: ListOrder.NAME_ASC }));
    assert.equal(all.totalCount, 3);
    assert.deepEqual(all.items.map((s) => s.name), ['alpha-01', 'beta-02', 'gamma-03']);
    assert.ok(all.items.every((s) => s.state === SourceState.AVAILABLE), all.items.map((s) => s.nativeState).join());
    const filtered = await provider.listSources(q({ nameContains: 'ETA', sourceStates: [SourceState.AVAILABLE] }));
    assert.deepEqual(filtered.items.map((s) => s.name), ['beta-02']);

    env.sim.resetCounts();
    const got = await provider.getSources(REGION, [sources[1]!, 'missing-id', sources[1]!]);
    assert.equal(got[0]!.name, 'beta-02');
    assert.equal(got[1], null);
    assert.equal(got[2]!.name, 'beta-02');
    // The list above told the total (3 sources: one page): one ListServers beats two ShowServer.
    assert.equal(env.sim.counts().ListServers, 1);
    assert.equal(env.sim.counts().ShowServer ?? 0, 0);
    const fresh = new HuaweiSmsProvider({ accountId: 'hw-test', regions: [REGION], client: env.newClient() });
    env.sim.resetCounts();
    const viaShow = await fresh.getSources(REGION, [sources[2]!, 'missing-id']);
    assert.deepEqual(viaShow.map((s) => s?.name ?? null), ['gamma-03', null]);
    assert.equal(env.sim.counts().ShowServer, 2, 'total unknown: one Show per distinct id');
    await fresh.close();

    const renamed = await provider.updateSource(REGION, sources[0]!, { name: 'alpha-renamed' });
    assert.equal(renamed.name, 'alpha-renamed');
    await assert.rejects(provider.updateSource(REGION, sources[0]!, { description: 'x' }), (e: GatewayError) => e.code === 'UNSUPPORTED_OPERATION');
    const overview = await ext.getSourceOverview();
    assert.equal(Object.values(overview).reduce((a, b) => a + b, 0) >= 3, true);

    env.sim.resetCounts();
    assert.deepEqual(await provider.deleteSources(REGION, [sources[2]!], {}), [{ id: sources[2]!, deleted: true }]);
    assert.equal(env.sim.counts().DeleteServer, 1);
    assert.deepEqual((await provider.deleteSources(REGION, [sources[0]!, sources[1]!], { force: true })).map((o) => o.deleted), [true, true]);
    assert.equal(env.sim.counts().DeleteServers, 1);
    assert.equal((await provider.listSources(q())).totalCount, 0);
  } finally {
    await provider.close();
    await env.close();
  }
});

test('tasks: create from a template, start, progress to success; actions and refusals', async () => {
  const { env, provider, ext, sources } = await setup();
  try {
    const tpl = await ext.createTemplate(REGION, tplInput);
    assert.equal(tpl.name, 'tpl-auto');
    const td = tpl.details as HuaweiTemplateDetails;
    assert.equal(td.hasTargetPassword || td.hasTargetPassword === false, true);
    assert.ok(!JSON.stringify(tpl).includes('Tpl-Passw0rd!'));
    assert.equal(await ext.getTemplateTargetPassword(tpl.nativeId), 'Tpl-Passw0rd!');

    env.sim.resetCounts();
    await assert.rejects(
      provider.createTask({ region: REGION, sourceId: sources[0]!, name: 'no-target' }),
      (e: GatewayError) => e.code === 'BAD_USER_INPUT' && e.field === 'input.huawei.existingServer',
    );
    await assert.rejects(
      provider.createTask({ region: REGION, sourceId: sources[0]!, name: 'x', templateId: tpl.nativeId, options: { bogus: true } }),
      (e: GatewayError) => e.code === 'BAD_USER_INPUT' && e.field === 'input.huawei.bogus',
    );
    assert.equal(env.sim.totalRequests(), 0, 'bad input changes nothing upstream');

    const task = await provider.createTask({ region: REGION, sourceId: sources[0]!, name: 'mig-alpha', templateId: tpl.nativeId, bandwidthLimitMbps: 500 });
    assert.equal(task.state, TaskState.PENDING);
    assert.equal(task.nativeState, 'READY');
    assert.equal(task.templateId, tpl.nativeId);
    assert.equal(task.sourceId, sources[0]);
    assert.equal(task.bandwidthLimitMbps, 500);
    assert.deepEqual(provider.availableActions(task), [TaskAction.START, TaskAction.NETWORK_CHECK, TaskAction.DELETE]);

    await assert.rejects(provider.runTaskAction(REGION, task.nativeId, TaskAction.CLONE_TEST, {}), (e: GatewayError) => e.field === 'params.templateId');
    await assert.rejects(provider.runTaskAction(REGION, task.nativeId, TaskAction.STOP, null), (e: GatewayError) => e.code === 'CONFLICT' && e.providerCode === 'SMS.7714');

    const started = await provider.runTaskAction(REGION, task.nativeId, TaskAction.START, null);
    assert.equal(started.state, TaskState.REPLICATING);
    assert.deepEqual(provider.availableActions(started), [TaskAction.STOP, TaskAction.NETWORK_CHECK]);

    let last = started;
    await advanceUntil(env, async () => {
      [last] = (await provider.getTasks(REGION, [task.nativeId])) as [typeof last];
      return last.state === TaskState.SUCCEEDED;
    });
    assert.equal(last.progress.percent, 100);
    assert.ok(last.progress.steps.length > 0);
    // One step naming whatever the read path: ShowTask (user_op on each sub-task) and ListTasks (none).
    const listed = (await provider.listTasks(q({ ids: [task.nativeId] }))).items[0]!;
    assert.deepEqual(listed.progress.steps.map((s) => s.name), last.progress.steps.map((s) => s.name));
    assert.ok(last.progress.steps.some((s) => s.name === 'SSL_CONFIG'), last.progress.steps.map((s) => s.name).join(' '));
    assert.ok(last.finishedAt);
    assert.equal((last.details as HuaweiTaskDetails).complete, true);

    const updated = await provider.updateTask(REGION, task.nativeId, { name: 'mig-alpha-2', bandwidthLimitMbps: null });
    assert.equal(updated.name, 'mig-alpha-2');
    assert.equal(updated.bandwidthLimitMbps, null);
  } finally {
    await provider.close();
    await env.close();
  }
});

test('tasks: existing-server target, list filters, batched get chooses Show or List, delete', async () => {
  const { env, provider, sources } = await setup();
  try {
    const ids: string[] = [];
    for (const [i, s] of sources.entries()) {
      const t = await provider.createTask({
        region: REGION,
        sourceId: s,
        name: `task-${i}`,
        options: { existingServer: { vmId: `vm-${i}`, name: `ecs-${i}` }, targetRegionId: REGION, targetProjectId: 'p1', type: 'MIGRATE_FILE' },
      });
      assert.equal(t.target?.nativeId, `vm-${i}`);
      ids.push(t.nativeId);
    }
    await provider.runTaskAction(REGION, ids[0]!, TaskAction.START, null);

    const running = await provider.listTasks(q({ taskStates: [TaskState.REPLICATING] }));
    assert.deepEqual(running.items.map((t) => t.nativeId), [ids[0]]);
    const pending = await provider.listTasks(q({ taskStates: [TaskState.PENDING], nameContains: 'TASK-' }, { order: ListOrder.NAME_ASC }));
    assert.deepEqual(pending.items.map((t) => t.name), ['task-1', 'task-2']);
    const bySource = await provider.listTasks(q({ sourceId: sources[2]! }));
    assert.deepEqual(bySource.items.map((t) => t.nativeId), [ids[2]]);

    env.sim.resetCounts();
    const two = await provider.getTasks(REGION, [ids[1]!, 'nope']);
    assert.equal(two[0]!.nativeId, ids[1]);
    assert.equal(two[1], null);
    assert.equal(env.sim.counts().ShowTask, 2);
    assert.equal(env.sim.counts().ListTasks ?? 0, 0);

    // After a list told us the total (3 tasks: one page), 3 ids cost one ListTasks call.
    await provider.listTasks(q());
    env.sim.resetCounts();
    const three = await provider.getTasks(REGION, [ids[2]!, ids[0]!, ids[1]!]);
    assert.deepEqual(three.map((t) => t!.nativeId), [ids[2], ids[0], ids[1]]);
    assert.equal(env.sim.counts().ListTasks, 1);
    assert.equal(env.sim.counts().ShowTask ?? 0, 0);

    await assert.rejects(provider.runTaskAction(REGION, ids[1]!, TaskAction.DELETE, null), (e: GatewayError) => e.code === 'UNSUPPORTED_OPERATION' && e.account === provider.accountId);
    await provider.deleteTasks(REGION, [ids[1]!]);
    await provider.deleteTasks(REGION, [ids[2]!]);
    await advanceUntil(env, async () => (await provider.listTasks(q())).totalCount === 1);
  } finally {
    await provider.close();
    await env.close();
  }
});

test('extension: speed limits, advanced options, migration projects, templates, privacy, versions', async () => {
  const { env, provider, ext, sources } = await setup();
  try {
    const tpl = await ext.createTemplate(REGION, tplInput);
    const task = await provider.createTask({ region: REGION, sourceId: sources[1]!, name: 'ext-task', templateId: tpl.nativeId });

    await ext.setSpeedLimits(task.nativeId, [{ start: '08:00', end: '18:00', speedMbps: 300, overSpeedThreshold: 20 }]);
    assert.deepEqual(await ext.getSpeedLimits(task.nativeId), [{ start: '08:00', end: '18:00', speedMbps: 300, overSpeedThreshold: 20 }]);
    await assert.rejects(ext.setSpeedLimits(task.nativeId, [{ start: '8', end: '18:00', speedMbps: 1, overSpeedThreshold: null }]), (e: GatewayError) => e.field === 'rules.0.start');

    await ext.setAdvancedOptions(task.nativeId, [{ key: 'EXCLUDE_MIGRATE_PATH', value: '/tmp' }]);
    const opts = await ext.getAdvancedOptions(task.nativeId);
    assert.deepEqual(opts.settings.map((s) => [s.key, s.value]), [['EXCLUDE_MIGRATE_PATH', '/tmp']]);

    const mp = await ext.createMigrationProject(REGION, { name: 'finance', region: REGION, type: 'MIGRATE_BLOCK', usePublicIp: false, existServer: true, syncing: true, speedLimitMbps: 200 });
    assert.equal(mp.name, 'finance');
    assert.equal(mp.isDefault, false);
    const projects = await provider.listProjects(q());
    assert.ok(projects.items.some((p) => p.nativeId === mp.nativeId));
    const [again] = await provider.getProjects(REGION, [mp.nativeId]);
    assert.equal(again!.name, 'finance');
    const def = await ext.setDefaultMigrationProject(REGION, mp.nativeId);
    assert.equal(def.isDefault, true);
    const upd = await ext.updateMigrationProject(REGION, mp.nativeId, { name: 'finance-2', region: REGION, type: 'MIGRATE_FILE', usePublicIp: true, existServer: false, syncing: false });
    assert.equal(upd.name, 'finance-2');
    await assert.rejects(ext.deleteMigrationProject(mp.nativeId), (e: GatewayError) => e.code === 'CONFLICT');
    await assert.rejects(ext.createMigrationProject(REGION, { name: 'x', region: REGION, type: 'MIGRATE_FILE', usePublicIp: true, existServer: false, syncing: false }), (e: GatewayError) => e.field === 'input.name');

    const tpl2 = await ext.updateTemplate(REGION, tpl.nativeId, { ...tplInput, name: 'tpl-renamed', flavor: 'c7.large.2' });
    assert.equal(tpl2.name, 'tpl-renamed');
    assert.equal((tpl2.details as HuaweiTemplateDetails).flavor, 'c7.large.2');
    const [tget] = await provider.getTemplates(REGION, [tpl.nativeId]);
    assert.equal(tget!.name, 'tpl-renamed');
    assert.equal((await provider.listTemplates(q({ nameContains: 'renamed' }))).totalCount, 1);
    await assert.rejects(ext.deleteTemplate(tpl.nativeId), (e: GatewayError) => e.code === 'CONFLICT' && e.providerCode === 'SMS.7111');
    const spare = await ext.createTemplate(REGION, { ...tplInput, name: 'tpl-spare' });
    assert.deepEqual(await ext.deleteTemplates(REGION, [spare.nativeId]), [{ id: spare.nativeId, deleted: true }]);
    assert.deepEqual(await provider.getTemplates(REGION, [spare.nativeId]), [null]);

    await ext.signPrivacyAgreement();
    assert.equal(await ext.getPrivacyAgreementSigned(), true);
    const versions = await ext.listApiVersions();
    assert.ok(versions.some((v) => v.id === 'v3'));
    assert.equal((await ext.getApiVersion('v3'))?.id, 'v3');
    const errs = await ext.listErrorServers({ offset: 0, limit: 50 });
    assert.equal(typeof errs.totalCount, 'number');
  } finally {
    await provider.close();
    await env.close();
  }
});
