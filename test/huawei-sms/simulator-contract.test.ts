/**
 * Client <-> simulator contract: every one of the 51 catalog operations through Client
 * against the simulator (happy path), then the main refusals with the seed's codes and statuses.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OPERATIONS } from '../../adapters/huawei-sms/generated/operations.js';
import { matchRoute, SMS_OPERATION_IDS } from '../../adapters/huawei-sms/simulator/index.js';
import { taskBody } from '../../adapters/huawei-sms/simulator/demo.js';
import { AK, advanceUntil, linuxProfile, rawCall, refuses, sourceWithTask, startSim, windowsProfile, type SimEnv } from './sim-helpers.js';

/** Operation ids that answered 2xx at least once in the happy-path suite. */
const succeeded = new Set<string>();

describe('Huawei SMS simulator: every catalog operation (happy path)', () => {
  let env: SimEnv;
  let sourceId = '';
  let taskId = '';
  let templateId = '';
  let projectId = '';

  const ok = async <T>(op: string, p: Promise<T>): Promise<T> => {
    const r = await p;
    succeeded.add(op);
    return r;
  };

  before(async () => {
    env = await startSim();
  });
  after(async () => {
    await env.close();
  });

  test('routes agree with the wire operation table (literal segments before parameters)', () => {
    assert.equal(SMS_OPERATION_IDS.length, 51);
    assert.equal(OPERATIONS.length, 51);
    for (const op of OPERATIONS) {
      const path = op.path.replace(/\{[^}]+\}/g, 'abc-123');
      assert.equal(matchRoute(op.method, path)?.def.op, op.id, `${op.method} ${op.path}`);
    }
    assert.equal(matchRoute('GET', '/v3/sources/overview')?.def.op, 'ShowOverview');
    assert.equal(matchRoute('POST', '/v3/tasks/delete')?.def.op, 'DeleteTasks');
    assert.equal(matchRoute('POST', '/v3/sources/delete')?.def.op, 'DeleteServers');
    assert.equal(matchRoute('POST', '/v3/vm/templates/delete')?.def.op, 'DeleteTemplates');
    assert.equal(matchRoute('GET', '/v3')?.def.op, 'ShowApiVersion');
    assert.equal(matchRoute('GET', '/v3/tasks/p-1/networkacl/n-1/check')?.def.op, 'CheckNetAcl');
    assert.equal(matchRoute('POST', '/v3/task-9/update-network-check-info')?.def.op, 'UpdateNetworkCheckInfo');
  });

  test('versions and agent configuration: ListApiVersion, ShowApiVersion, ShowConfig', async () => {
    const c = env.client;
    const versions = await ok('ListApiVersion', c.listApiVersion());
    assert.equal(versions.versions?.[0]?.id, 'v3');
    assert.equal(versions.versions?.[0]?.status, 'SUPPORTED');
    const v3 = await ok('ShowApiVersion', c.showApiVersion('v3'));
    assert.equal(v3.id, 'v3');
    assert.equal(v3.updated, '2020-09-02T17:50:00Z');
    const config = await ok('ShowConfig', c.showConfig());
    assert.equal(config.config?.mainRegion, 'ap-southeast-3');
    assert.ok((config.regions ?? []).some((r) => r.region_name === 'ap-southeast-3'));
  });

  test('privacy agreement: ShowPrivacyAgreements, CreatePrivacyAgreements', async () => {
    const c = env.client;
    assert.deepEqual(await ok('ShowPrivacyAgreements', c.showPrivacyAgreements()), { flag: false });
    await ok('CreatePrivacyAgreements', c.createPrivacyAgreements());
    assert.deepEqual(await c.showPrivacyAgreements(), { flag: true });
  });

  test('migration projects: Create, List, Show, Update, UpdateDefault, Delete', async () => {
    const c = env.client;
    const created = await ok(
      'CreateMigproject',
      c.createMigproject({ name: 'proj-a', region: 'ap-southeast-3', use_public_ip: true, exist_server: true, type: 'MIGRATE_FILE', syncing: false, description: 'first' }),
    );
    projectId = created.id!;
    const list = await ok('ListMigprojects', c.listMigprojects({ limit: 10, offset: 0 }));
    assert.equal(list.count, 2);
    assert.equal(list.migprojects?.filter((p) => p.isdefault).length, 1, 'exactly one default project');
    const shown = await ok('ShowMigproject', c.showMigproject(projectId));
    assert.equal(shown.name, 'proj-a');
    assert.equal(shown.isdefault, false);
    await ok(
      'UpdateMigproject',
      c.updateMigproject(projectId, { name: 'proj-a2', region: 'ap-southeast-3', use_public_ip: false, exist_server: true, type: 'MIGRATE_BLOCK', syncing: true, speed_limit: 300 }),
    );
    const updated = await c.showMigproject(projectId);
    assert.equal(updated.name, 'proj-a2');
    assert.equal(updated.type, 'MIGRATE_BLOCK');
    assert.equal(updated.speed_limit, 300);
    const other = (await c.createMigproject({ name: 'proj-b', region: 'ap-southeast-3', use_public_ip: true, exist_server: false, type: 'MIGRATE_FILE', syncing: false })).id!;
    await ok('UpdateDefaultMigproject', c.updateDefaultMigproject(other));
    assert.equal((await c.showMigproject(other)).isdefault, true);
    const defaults = (await c.listMigprojects()).migprojects?.filter((p) => p.isdefault) ?? [];
    assert.deepEqual(defaults.map((p) => p.id), [other]);
    await ok('DeleteMigproject', c.deleteMigproject(projectId));
    await refuses(c.showMigproject(projectId), { providerCode: 'SMS.7301', httpStatus: 400 });
    projectId = other;
  });

  test('source servers: RegisterServer, ListServers, ShowServer, ShowOverview, UpdateServerName, UpdateDiskInfo, UpdateCopyState', async () => {
    const c = env.client;
    const profile = linuxProfile('contract-web-01');
    const reg = await ok('RegisterServer', c.registerServer(profile));
    sourceId = reg.id!;
    const list = await ok('ListServers', c.listServers({ limit: 10, offset: 0 }));
    assert.equal(list.count, 1);
    const item = list.source_servers![0]!;
    assert.equal(item.id, sourceId);
    assert.equal(item.state, 'waiting');
    assert.equal(item.connected, true);
    assert.equal(item.memory, profile.memory);
    assert.ok((item.checks ?? []).length > 0);
    const shown = await ok('ShowServer', c.showServer(sourceId));
    assert.equal(shown.name, 'contract-web-01');
    assert.equal(shown.os_type, 'LINUX');
    assert.equal(shown.migration_cycle, 'checking');
    assert.equal(shown.disks?.[0]?.name, '/dev/vda');
    const overview = await ok('ShowOverview', c.showOverview());
    assert.equal(overview.waiting, 1);
    assert.equal(overview.unconfigured, 1);
    // Registered under the default project (proj-b since the previous test).
    assert.equal((await c.listServers({ migproject: projectId })).count, 1);
    await ok('UpdateServerName', c.updateServerName(sourceId, { name: 'contract-web-01b', disks: [{ id: 'disk-0', adjust_size: 50 * 1024 ** 3, need_migration: true }] }));
    const renamed = await c.showServer(sourceId);
    assert.equal(renamed.name, 'contract-web-01b');
    assert.equal(renamed.init_target_server?.disks?.[0]?.size, 50 * 1024 ** 3);
    await ok(
      'UpdateDiskInfo',
      c.updateDiskInfo(sourceId, {
        disks: [{ name: '/dev/vda', device_use: 'BOOT', size: 40 * 1024 ** 3, used_size: 9 * 1024 ** 3, physical_volumes: [{ name: '/dev/vda1', mount_point: '/', size: 40 * 1024 ** 3, used_size: 9 * 1024 ** 3 }] }],
        volumegroups: [],
        btrfs_list: [],
      }),
    );
    assert.equal((await c.showServer(sourceId)).disks?.[0]?.used_size, 9 * 1024 ** 3);
    await ok('UpdateCopyState', c.updateCopyState(sourceId, { copystate: 'WAITING', migrationcycle: 'setting' }));
    assert.equal((await c.showServer(sourceId)).migration_cycle, 'setting');
  });

  test('templates: CreateTemplate, ListTemplates, ShowTemplate, UpdateTemplate, ShowTargetPassword', async () => {
    const c = env.client;
    const created = await ok(
      'CreateTemplate',
      c.createTemplate({
        template: {
          name: 'tpl-contract',
          is_template: true,
          region: 'ap-southeast-3',
          projectid: 'p0123456789abcdef0123456789abcdef',
          availability_zone: 'ap-southeast-3a',
          flavor: 's6.large.2',
          volumetype: 'SAS',
          vpc: { id: 'autoCreate', name: 'autoCreate' },
          nics: [{ id: 'autoCreate', name: 'autoCreate', cidr: '192.168.0.0/24' }],
          security_groups: [{ id: 'autoCreate', name: 'autoCreate' }],
          publicip: { type: '5_bgp', bandwidth_size: 350 },
          disk: [{ index: 0, name: 'system', disktype: 'SAS', size: 40 }],
          target_password: 'S3cret-pass!',
        },
      }),
    );
    templateId = created.id!;
    const list = await ok('ListTemplates', c.listTemplates({ region: 'ap-southeast-3', limit: 10 }));
    assert.equal(list.count, 1);
    assert.equal(list.templates?.[0]?.is_template, 'true', 'is_template is a String in responses');
    const shown = await ok('ShowTemplate', c.showTemplate(templateId));
    assert.equal(shown.template?.name, 'tpl-contract');
    assert.equal(shown.template?.vpc?.cidr, '192.168.0.0/16', 'VPC cidr defaults to 192.168.0.0/16');
    assert.notEqual(shown.template?.target_password, 'S3cret-pass!', 'ShowTemplate does not reveal the password');
    await ok('UpdateTemplate', c.updateTemplate(templateId, { template: { name: 'tpl-contract-2', is_template: true, region: 'ap-southeast-3', projectid: 'p0123456789abcdef0123456789abcdef', flavor: 's6.xlarge.2' } }));
    const updated = await c.showTemplate(templateId);
    assert.equal(updated.template?.name, 'tpl-contract-2');
    assert.equal(updated.template?.flavor, 's6.xlarge.2');
    assert.equal(updated.template?.availability_zone, 'ap-southeast-3a', 'omitted fields are kept');
    const pw = await ok('ShowTargetPassword', c.showTargetPassword(templateId));
    assert.deepEqual(pw, { template_id: templateId, target_password: 'S3cret-pass!' });
  });

  test('tasks: CreateTask, ListTasks, ShowTask, UpdateTask, speed limits, options, certkey, passphrase', async () => {
    const c = env.client;
    const profile = await c.showServer(sourceId);
    const body = taskBody(sourceId, { ...linuxProfile('x'), name: profile.name!, disks: profile.disks ?? [] }, { name: 'contract-task', syncing: true });
    const created = await ok('CreateTask', c.createTask(body));
    taskId = created.id!;
    const list = await ok('ListTasks', c.listTasks({ source_server_id: sourceId }));
    assert.equal(list.count, 1);
    assert.equal(list.tasks?.[0]?.state, 'READY');
    assert.equal(list.tasks?.[0]?.source_server?.id, sourceId);
    const shown = await ok('ShowTask', c.showTask(taskId));
    assert.equal(shown.state, 'READY');
    assert.equal(shown.type, 'MIGRATE_FILE');
    assert.equal(shown.region_name, 'ap-southeast-3');
    const upd = await ok('UpdateTask', c.updateTask(taskId, { name: 'contract-task-renamed', priority: 2, speed_limit: 800 }));
    assert.equal(upd.id, taskId);
    const after = await c.showTask(taskId);
    assert.equal(after.name, 'contract-task-renamed');
    assert.equal(after.priority, 2);
    assert.equal(after.speed_limit, 800);

    assert.deepEqual(await ok('ShowsSpeedLimits', c.showsSpeedLimits(taskId)), { speed_limit: [] });
    const rules = [
      { start: '00:00', end: '08:00', speed: 1000 },
      { start: '8:00', end: '18:00', speed: 100, over_speed_threshold: 20 },
    ];
    await ok('UpdateSpeed', c.updateSpeed(taskId, { speed_limit: rules }));
    assert.deepEqual((await c.showsSpeedLimits(taskId)).speed_limit, rules);

    await ok('UploadSpecialConfigurationSetting', c.uploadSpecialConfigurationSetting(taskId, { configurations: [{ config_key: 'EXCLUDE_MIGRATE_PATH', config_value: '/tmp,/var/cache' }, { config_key: 'LINUX_CPU_LIMIT', config_value: '50' }] }));
    const all = await ok('ShowConfigSetting', c.showConfigSetting(taskId));
    assert.equal(all.task_id, taskId);
    assert.equal(all.migrate_type, 'LINUX_FILE_MIGRATE');
    assert.equal(all.configurations?.length, 2);
    const one = await c.showConfigSetting(taskId, { config_key: 'LINUX_CPU_LIMIT' });
    assert.deepEqual(one.configurations, [{ config_key: 'LINUX_CPU_LIMIT', config_value: '50' }]);

    const keys = await ok('ShowCertKey', c.showCertKey(taskId, { enable_ca_cert: true }));
    assert.match(keys.cert ?? '', /BEGIN CERTIFICATE/);
    assert.match(keys.ca ?? '', /BEGIN CERTIFICATE/);
    assert.match(keys.target_data_private_key ?? '', /BEGIN PRIVATE KEY/);
    const sha = await ok('ShowSha256', c.showSha256('7a9a9540-ff28-4869-b9e4-855fbe12abcd'));
    assert.match(sha.value ?? '', /^[0-9a-f]{64}$/);

    await ok('CheckNetAcl', c.checkNetAcl('0123456789abcdef0123456789abcdef', 'subnet-01', { region_id: 'ap-southeast-3', os_type: 'LINUX' }));
    await ok('UnlockTargetEcs', c.unlockTargetEcs(taskId));
  });

  test('running the task: UpdateTaskStatus, ShowCommand, UpdateCommandResult, UpdateTaskSpeed, ShowPassphrase, network check, logs, consistency', async () => {
    const c = env.client;
    await ok('UpdateTaskStatus', c.updateTaskStatus(taskId, { operation: 'start' }));
    assert.equal((await c.showTask(taskId)).state, 'RUNNING');
    // This source was registered by hand (no agent): play the agent with the client.
    const cmd = await ok('ShowCommand', c.showCommand(sourceId));
    assert.equal(cmd.command_name, 'START');
    assert.equal(cmd.command_param?.task_id, taskId);
    await ok('UpdateCommandResult', c.updateCommandResult(sourceId, { command_name: 'START', result: 'success', result_detail: {} }));
    assert.equal((await c.showCommand(sourceId)).command_name, '', 'nothing pending after the result');
    const pass = await ok('ShowPassphrase', c.showPassphrase(taskId));
    assert.equal(pass.task_id, taskId);
    assert.ok((pass.passphrase ?? '').length >= 16);
    const task = await c.showTask(taskId);
    const first = task.sub_tasks![0]!;
    await ok('UpdateTaskSpeed', c.updateTaskSpeed(taskId, { subtask_name: first.name as never, progress: 100, replicatesize: 0, totalsize: 9 * 1024 ** 3, process_trace: 'done', migrate_speed: 90.5, remain_time: 120, total_cpu_usage: 33 }));
    const progressed = await c.showTask(taskId);
    assert.equal(progressed.sub_tasks![0]!.progress, 100);
    assert.equal(progressed.sub_tasks![0]!.end_date, env.clock.now());
    assert.equal(progressed.migrate_speed, 90.5);
    assert.equal(progressed.total_cpu_usage, 33);

    await c.updateTaskStatus(taskId, { operation: 'network_check' });
    await ok(
      'UpdateNetworkCheckInfo',
      c.updateNetworkCheckInfo(taskId, { network_delay: 12.5, network_jitter: 1.2, migration_speed: 480, loss_percentage: 0, cpu_usage: 20, mem_usage: 35, evaluation_result: 'normal', domain_connectivity: true, destination_connectivity: true }),
    );
    const checked = await c.showTask(taskId);
    assert.equal(checked.network_check_info?.evaluation_result, 'normal');

    await ok('CollectLog', c.collectLog(taskId, { log_bucket: 'sms-logs-bucket', log_expire: 3600 }));
    const logCmd = await c.showCommand(sourceId);
    assert.equal(logCmd.command_name, 'UPLOAD_LOG');
    assert.equal(logCmd.command_param?.bucket, 'sms-logs-bucket');
    await c.updateCommandResult(sourceId, { command_name: 'UPLOAD_LOG', result: 'success', result_detail: '{"file":"x.zip"}' });
    const withLog = await c.listServers({ id: sourceId });
    assert.match(withLog.source_servers?.[0]?.current_task?.log_share_url ?? '', /sms-logs-bucket/);

    await ok('UpdateConsistencyResult', c.updateConsistencyResult(taskId, { consistency_result: [{ dir_check: '/', num_total_files: 100, num_different_files: 0, num_target_miss_files: 0, num_target_more_files: 0 }] }));
    const cons = await ok('ShowConsistencyResult', c.showConsistencyResult(taskId));
    assert.equal(cons.task_id, taskId);
    assert.equal(cons.result_list?.[0]?.check_result, 'success');
    assert.equal((await c.listServers({ is_consistency_result_exist: true })).count, 1);
  });

  test('failures and clean-up: ListErrorServers, DeleteTask, DeleteTasks, DeleteServer, DeleteServers, DeleteTemplate, DeleteTemplates', async () => {
    const c = env.client;
    await c.updateTask(taskId, { error_json: '{"error_code":"SMS.1312","error_param":"[\\"/dev/vdb1\\"]"}' });
    await c.updateCopyState(sourceId, { copystate: 'ERROR', migrationcycle: 'replicating' });
    assert.equal((await c.showTask(taskId)).state, 'MIGRATE_FAIL');
    const errors = await ok('ListErrorServers', c.listErrorServers({ limit: 10, offset: 0 }));
    assert.equal(errors.count, 1);
    assert.equal(errors.migration_errors?.[0]?.source_id, sourceId);
    assert.match(errors.migration_errors?.[0]?.error_json ?? '', /SMS\.1312/);

    await ok('DeleteTask', c.deleteTask(taskId));
    await refuses(c.showTask(taskId), { providerCode: 'SMS.7703', httpStatus: 400 });
    const second = await sourceWithTask(env, 'contract-db-02');
    const third = await sourceWithTask(env, 'contract-db-03');
    await ok('DeleteTasks', c.deleteTasks({ ids: [second.taskId, third.taskId] }));
    assert.equal((await c.listTasks()).count, 0);

    await ok('DeleteServer', c.deleteServer(sourceId));
    await refuses(c.showServer(sourceId), { providerCode: 'SMS.7602', httpStatus: 400 });
    await ok('DeleteServers', c.deleteServers({ ids: [second.sourceId, third.sourceId] }));
    assert.equal((await c.listServers()).count, 0);

    const t2 = (await c.createTemplate({ template: { name: 'tpl-2', is_template: true, region: 'ap-southeast-3', projectid: 'p1' } })).id!;
    const t3 = (await c.createTemplate({ template: { name: 'tpl-3', is_template: true, region: 'ap-southeast-3', projectid: 'p1' } })).id!;
    await ok('DeleteTemplate', c.deleteTemplate(templateId));
    await ok('DeleteTemplates', c.deleteTemplates({ ids: [t2, t3] }));
    assert.equal((await c.listTemplates()).count, 0);
  });

  test('every one of the 51 operations answered 2xx through the client', () => {
    const missing = SMS_OPERATION_IDS.filter((op) => !succeeded.has(op));
    assert.deepEqual(missing, []);
    const counts = env.sim.counts();
    for (const op of SMS_OPERATION_IDS) assert.ok((counts[op] ?? 0) > 0, `${op} counted by the simulator`);
  });
});

describe('Huawei SMS simulator: refusals', () => {
  let env: SimEnv;
  before(async () => {
    env = await startSim({ iamUsers: [{ domain: 'acme', name: 'ops', password: 'Pa55word!' }], credentials: [{ accessKeyId: AK, secretAccessKey: 'SKsimSKsimSKsimSKsimSKsimSKsimSKsim00001' }, { accessKeyId: 'AKREADONLYREADONLY01', secretAccessKey: 'SKreadonlySKreadonlySKreadonlySKread0001', denied: ['DeleteTask', 'CreateTask'] }] });
  });
  after(async () => {
    await env.close();
  });

  test('no agent ticks in this suite (the clock jumps hours)', () => {
    env.sim.agent!.stop();
    assert.equal(env.sim.agent!.ticks, 0);
  });

  test('unknown ids: source SMS.7602, task SMS.7703 (404 where the operation documents it), template SMS.7101, project SMS.7301', async () => {
    const c = env.client;
    await refuses(c.showServer('00000000-0000-0000-0000-000000000000'), { providerCode: 'SMS.7602', httpStatus: 400, code: 'NOT_FOUND' });
    await refuses(c.showTask('nope'), { providerCode: 'SMS.7703', httpStatus: 400 });
    await refuses(c.showConsistencyResult('nope'), { providerCode: 'SMS.7703', httpStatus: 404 });
    await refuses(c.showConfigSetting('nope'), { providerCode: 'SMS.7703', httpStatus: 404 });
    await refuses(c.showTemplate('nope'), { providerCode: 'SMS.7101', httpStatus: 400 });
    await refuses(c.showMigproject('nope'), { providerCode: 'SMS.7301', httpStatus: 400 });
    await refuses(c.createTask(taskBody('nope', linuxProfile('ghost'), { name: 'ghost' })), { providerCode: 'SMS.7602' });
    await refuses(c.deleteServers({ ids: ['nope'] }), { providerCode: 'SMS.7602' });
  });

  test('task state machine refusals: start a running task (SMS.7713), stop a ready one (SMS.7714), test outside sync (SMS.7721), delete while running (SMS.7719)', async () => {
    const c = env.client;
    const { sourceId, taskId } = await sourceWithTask(env, 'refuse-01');
    await refuses(c.updateTaskStatus(taskId, { operation: 'stop' }), { providerCode: 'SMS.7714', code: 'CONFLICT' });
    await refuses(c.updateTaskStatus(taskId, { operation: 'restart' }), { providerCode: 'SMS.7722' });
    await c.updateTaskStatus(taskId, { operation: 'start' });
    await refuses(c.updateTaskStatus(taskId, { operation: 'start' }), { providerCode: 'SMS.7713', httpStatus: 400, code: 'CONFLICT' });
    await refuses(c.updateTaskStatus(taskId, { operation: 'test' }), { providerCode: 'SMS.7721' });
    await refuses(c.updateTaskStatus(taskId, { operation: 'clone_test' }), { providerCode: 'SMS.6013' });
    await refuses(c.deleteTask(taskId), { providerCode: 'SMS.7719' });
    await refuses(c.deleteTasks({ ids: [taskId] }), { providerCode: 'SMS.7719' });
    await refuses(c.deleteServer(sourceId), { providerCode: 'SMS.7601' });
    await refuses(c.showPassphrase('nope'), { providerCode: 'SMS.7703' });
    await refuses(c.createTask(taskBody(sourceId, linuxProfile('x'), { name: 'second task' })), { providerCode: 'SMS.6005' });
  });

  test('CreateTask validation: name, type, os_type, target server, region', async () => {
    const c = env.client;
    const profile = linuxProfile('refuse-create');
    const id = (await c.registerServer(profile)).id!;
    const base = taskBody(id, profile, { name: 'ok' });
    await refuses(c.createTask({ ...base, name: '' }), { providerCode: 'SMS.7711' });
    await refuses(c.createTask({ ...base, type: 'MIGRATE_ALL' }), { providerCode: 'SMS.7712' });
    await refuses(c.createTask({ ...base, os_type: 'BSD' }), { providerCode: 'SMS.6601' });
    await refuses(c.createTask({ ...base, os_type: 'WINDOWS' }), { providerCode: 'SMS.6610' });
    await refuses(c.createTask({ ...base, target_server: { ...base.target_server, vm_id: '' } }), { providerCode: 'SMS.6032' });
    await refuses(c.createTask({ ...base, region_name: 'mars-north-1' }), { providerCode: 'SMS.6034' });
    await refuses(c.createTask({ ...base, vm_template_id: 'nope' }), { providerCode: 'SMS.7101' });
    const { project_id: _p, ...noProject } = base;
    await refuses(c.createTask(noProject as never), { providerCode: 'SMS.6013', code: 'BAD_USER_INPUT' });
    await c.createTask(base);
    const other = linuxProfile('refuse-create-2');
    const id2 = (await c.registerServer(other)).id!;
    const dupTarget = taskBody(id2, other, { name: 'dup' });
    await refuses(c.createTask({ ...dupTarget, target_server: { ...dupTarget.target_server, vm_id: base.target_server.vm_id } }), { providerCode: 'SMS.6615' });
    const broken = linuxProfile('no-rsync', { noRsync: true });
    const id3 = (await c.registerServer(broken)).id!;
    assert.equal((await c.showServer(id3)).state, 'unavailable');
    await refuses(c.createTask(taskBody(id3, broken, { name: 'broken' })), { providerCode: 'SMS.6520' });
  });

  test('templates: duplicate name (SMS.7112), in use by a task (SMS.7111), at most 50 (SMS.8115), autoCreate rules (SMS.9001)', async () => {
    const c = env.client;
    const tpl = (name: string) => ({ template: { name, is_template: true, region: 'ap-southeast-3', projectid: 'p1' } });
    const first = (await c.createTemplate(tpl('tpl-dup'))).id!;
    await refuses(c.createTemplate(tpl('tpl-dup')), { providerCode: 'SMS.7112', code: 'CONFLICT' });
    const second = (await c.createTemplate(tpl('tpl-other'))).id!;
    await refuses(c.updateTemplate(second, tpl('tpl-dup')), { providerCode: 'SMS.7112' });
    const profile = linuxProfile('tpl-user');
    const src = await env.sim.agent!.install(profile);
    await c.createTask(taskBody(src, profile, { name: 'uses-template', templateId: first }));
    assert.equal((await c.showTemplate(first)).template?.is_template, 'false', 'a template used by a task is not general');
    await refuses(c.deleteTemplate(first), { providerCode: 'SMS.7111' });
    await refuses(c.deleteTemplates({ ids: [second, first] }), { providerCode: 'SMS.7111' });
    assert.ok(await c.showTemplate(second), 'batch delete is all-or-nothing');
    const existing = (await c.listTemplates()).count ?? 0;
    for (let i = existing; i < 50; i++) await c.createTemplate(tpl(`tpl-fill-${i}`));
    await refuses(c.createTemplate(tpl('tpl-51')), { providerCode: 'SMS.8115' });
    const auto = {
      template: {
        name: 'tpl-auto',
        is_template: true,
        region: 'ap-southeast-3',
        projectid: 'p1',
        nics: [{ id: 'autoCreate', name: 'a', cidr: '192.168.0.0/24' }, { id: 'subnet-2', name: 'b', cidr: '192.168.1.0/24' }],
      },
    };
    await c.deleteTemplate(second);
    await refuses(c.createTemplate(auto), { providerCode: 'SMS.9001', code: 'BAD_USER_INPUT' });
    await refuses(c.createTemplate({ template: { ...tpl('tpl-eip').template, publicip: { type: '5_bgp', bandwidth_size: 333 } } }), { providerCode: 'SMS.9001' });
  });

  test('projects: default cannot be deleted (SMS.7303), project with servers (SMS.7311), duplicate name (SMS.7312), second default (SMS.7313)', async () => {
    const c = env.client;
    const projects = (await c.listMigprojects()).migprojects ?? [];
    const def = projects.find((p) => p.isdefault)!;
    await refuses(c.deleteMigproject(def.id!), { providerCode: 'SMS.7303' });
    const body = { name: 'proj-x', region: 'ap-southeast-3', use_public_ip: true, exist_server: false, type: 'MIGRATE_FILE', syncing: false };
    const id = (await c.createMigproject(body)).id!;
    await refuses(c.createMigproject(body), { providerCode: 'SMS.7312' });
    await refuses(c.createMigproject({ ...body, name: 'proj-y', isdefault: true }), { providerCode: 'SMS.7313' });
    await refuses(c.createMigproject({ ...body, name: 'p' }), { providerCode: 'SMS.9001' });
    const src = (await c.registerServer(linuxProfile('in-proj-x'))).id!;
    await c.updateServerName(src, { migprojectid: id });
    await refuses(c.deleteMigproject(id), { providerCode: 'SMS.7311' });
    await c.updateServerName(src, { migprojectid: def.id! });
    await c.deleteMigproject(id);
  });

  test('pagination: each list has its own default and maximum (SMS.9001 beyond it); count ignores limit/offset', async () => {
    const c = env.client;
    await refuses(c.listTasks({ limit: 201 }), { providerCode: 'SMS.9001', httpStatus: 400 });
    await refuses(c.listServers({ limit: 201 }), { providerCode: 'SMS.9001' });
    await refuses(c.listTemplates({ limit: 101 }), { providerCode: 'SMS.9001' });
    await refuses(c.listMigprojects({ limit: 101 }), { providerCode: 'SMS.9001' });
    await refuses(c.listErrorServers({ limit: 101, offset: 0 }), { providerCode: 'SMS.9001' });
    await refuses(c.listTasks({ offset: 65536 }), { providerCode: 'SMS.9001' });
    const total = (await c.listServers()).count!;
    assert.ok(total >= 5);
    const pageA = await c.listServers({ limit: 2, offset: 0 });
    const pageB = await c.listServers({ limit: 2, offset: 2 });
    assert.equal(pageA.count, total);
    assert.equal(pageA.source_servers?.length, 2);
    assert.notEqual(pageA.source_servers?.[0]?.id, pageB.source_servers?.[0]?.id);
    assert.equal((await c.listServers({ limit: 0 })).source_servers?.length, total, 'limit 0 means the default (200)');
    assert.equal((await c.listTemplates({ limit: 0 })).templates?.length, 0);
    // Template list default page is 50; there are 49 templates left by the previous test.
    const templates = (await c.listTemplates({ limit: 100 })).count!;
    assert.ok(templates >= 45);
    assert.equal((await c.listTemplates()).templates?.length, Math.min(50, templates));
    assert.equal((await c.listTemplates({ offset: 45 })).templates?.length, templates - 45);
  });

  test('signatures: stale X-Sdk-Date, wrong secret, unknown AK -> APIGW.0301 / 401; missing auth -> SMS.6522', async () => {
    const stale = env.newClient({ now: () => new Date(env.clock.now() - 16 * 60_000) });
    const e1 = await refuses(stale.listTasks(), { providerCode: 'APIGW.0301', httpStatus: 401, code: 'UNAUTHENTICATED' });
    assert.match(e1.message, /signature expired/);
    const skewedOk = env.newClient({ now: () => new Date(env.clock.now() + 14 * 60_000) });
    assert.ok(await skewedOk.listTasks(), 'within 15 minutes is accepted');
    const wrong = env.newClient({ credentials: { accessKeyId: AK, secretAccessKey: 'not-the-secret' } });
    const e2 = await refuses(wrong.listTasks(), { providerCode: 'APIGW.0301', httpStatus: 401 });
    assert.match(e2.message, /verify aksk signature fail/);
    const unknown = env.newClient({ credentials: { accessKeyId: 'AKUNKNOWNUNKNOWN0001', secretAccessKey: 'x' } });
    const e3 = await refuses(unknown.listTasks(), { providerCode: 'APIGW.0301', httpStatus: 401 });
    assert.match(e3.message, /ak not exist/);
    const raw = await rawCall(env, 'GET', '/v3/tasks', { unsigned: true });
    assert.equal(raw.status, 400);
    assert.equal(raw.json?.error_code, 'SMS.6522');
    // A body altered after signing no longer matches the signature; the signed one reaches validation.
    const body = JSON.stringify({ name: 'proj-sig', region: 'ap-southeast-3', use_public_ip: true, exist_server: false, type: 'MIGRATE_FILE', syncing: false });
    const tampered = await rawCall(env, 'POST', '/v3/migprojects', { body, sendBody: body.replace('proj-sig', 'proj-evil') });
    assert.deepEqual([tampered.status, tampered.json?.error_code], [401, 'APIGW.0301']);
    const signed = await rawCall(env, 'POST', '/v3/migprojects', { body });
    assert.equal(signed.status, 200);
    await env.client.deleteMigproject(String(signed.json?.id));
  });

  test('AK locked for 5 minutes after 5 consecutive bad signatures', async () => {
    const bad = env.newClient({ credentials: { accessKeyId: AK, secretAccessKey: 'bad' } });
    for (let i = 0; i < 5; i++) await refuses(bad.showOverview(), { providerCode: 'APIGW.0301' });
    const e = await refuses(env.client.showOverview(), { providerCode: 'APIGW.0301', httpStatus: 401 });
    assert.match(e.message, /reach the limit/);
    await env.clock.advance(5 * 60_000 + 1000);
    assert.ok(await env.client.showOverview());
  });

  test('IAM token: X-Subject-Token, expires_at 24 h later, accepted as X-Auth-Token; wrong password and forged tokens refused', async () => {
    const res = await rawCall(env, 'POST', '/v3/auth/tokens', {
      unsigned: true,
      body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'ops', password: 'Pa55word!', domain: { name: 'acme' } } } }, scope: { domain: { name: 'acme' } } } }),
    });
    assert.equal(res.status, 201);
    const token = res.headers['x-subject-token'] as string;
    assert.ok(token);
    const expires = Date.parse(String((res.json?.token as Record<string, unknown>).expires_at));
    assert.equal(expires, env.clock.now() + 24 * 3600_000);
    const viaToken = await rawCall(env, 'GET', '/v3/sources/overview', { unsigned: true, headers: { 'X-Auth-Token': token } });
    assert.equal(viaToken.status, 200);
    const forged = await rawCall(env, 'GET', '/v3/sources/overview', { unsigned: true, headers: { 'X-Auth-Token': 'MIIforged' } });
    assert.equal(forged.status, 401);
    assert.equal(forged.json?.error_code, 'APIGW.0301');
    const iamClient = env.newClient({ credentials: { iam: { endpoint: env.sim.url, userName: 'ops', password: 'Pa55word!', domainName: 'acme' } } });
    assert.ok((await iamClient.listTasks()).count !== undefined);
    const badIam = env.newClient({ credentials: { iam: { endpoint: env.sim.url, userName: 'ops', password: 'wrong', domainName: 'acme' } } });
    // The client must refuse; which gateway code it reports is the client's business (see README).
    await assert.rejects(badIam.listTasks());
    const wrongPassword = await rawCall(env, 'POST', '/v3/auth/tokens', {
      unsigned: true,
      body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'ops', password: 'nope', domain: { name: 'acme' } } } } } }),
    });
    assert.equal(wrongPassword.status, 401);
    assert.equal(wrongPassword.headers['x-subject-token'], undefined);
    await env.clock.advance(24 * 3600_000 + 1000);
    const expired = await rawCall(env, 'GET', '/v3/sources/overview', { unsigned: true, headers: { 'X-Auth-Token': token } });
    assert.equal(expired.status, 401);
  });

  test('policy denial: 403 SMS.9004 with encoded_authorization_message, error_param and details', async () => {
    const limited = env.newClient({ credentials: { accessKeyId: 'AKREADONLYREADONLY01', secretAccessKey: 'SKreadonlySKreadonlySKreadonlySKread0001' } });
    assert.ok(await limited.listTasks());
    await refuses(limited.createTask(taskBody('x', linuxProfile('y'), { name: 'z' })), { providerCode: 'SMS.9004', httpStatus: 403, code: 'FORBIDDEN' });
    const raw = await rawCall(env, 'DELETE', '/v3/tasks/abc', { credentials: { accessKeyId: 'AKREADONLYREADONLY01', secretAccessKey: 'SKreadonlySKreadonlySKreadonlySKread0001' } });
    assert.equal(raw.status, 403);
    assert.equal(raw.json?.error_code, 'SMS.9004');
    assert.equal(typeof raw.json?.encoded_authorization_message, 'string');
    assert.ok(Array.isArray(raw.json?.error_param));
    assert.equal((raw.json?.details as { error_code: string }[])[0]?.error_code, 'SMS.9004');
  });

  test('request validation: not JSON (SMS.6010), empty body (SMS.6012), wrong content type (SMS.6016), bad progress (SMS.6101), unknown route (APIGW.0101)', async () => {
    const notJson = await rawCall(env, 'POST', '/v3/migprojects', { body: '{oops' });
    assert.deepEqual([notJson.status, notJson.json?.error_code], [400, 'SMS.6010']);
    const empty = await rawCall(env, 'POST', '/v3/migprojects', { body: '' });
    assert.equal(empty.json?.error_code, 'SMS.6012');
    const xml = await rawCall(env, 'POST', '/v3/migprojects', { body: '<a/>', headers: { 'content-type': 'text/xml' } });
    assert.equal(xml.json?.error_code, 'SMS.6016');
    const { taskId } = await sourceWithTask(env, 'refuse-progress');
    await env.client.updateTaskStatus(taskId, { operation: 'start' });
    await refuses(env.client.updateTaskSpeed(taskId, { subtask_name: 'SSL_CONFIG', progress: 101, replicatesize: 0, totalsize: 1, process_trace: '' }), { providerCode: 'SMS.6101' });
    await refuses(env.client.updateTaskSpeed(taskId, { subtask_name: 'MAKE_COFFEE' as never, progress: 1, replicatesize: 0, totalsize: 1, process_trace: '' }), { providerCode: 'SMS.6004' });
    await refuses(env.client.checkNetAcl('p', 'n', { region_id: 'ap-southeast-3' } as never), { providerCode: 'SMS.6013' });
    await refuses(env.client.showSha256('not-a-uuid'), { providerCode: 'SMS.9001' });
    await refuses(env.client.updateSpeed(taskId, { speed_limit: [{ start: '25:00', end: '26:00', speed: 10 }] }), { providerCode: 'SMS.6405' });
    await refuses(env.client.collectLog(taskId, { log_bucket: 'b', log_expire: 10 }), { providerCode: 'SMS.9001' });
    const unknownRoute = await rawCall(env, 'GET', '/v3/nothing/here/at/all');
    assert.deepEqual([unknownRoute.status, unknownRoute.json?.error_code], [404, 'APIGW.0101']);
    assert.ok(unknownRoute.headers['x-request-id']);
    const ok = await rawCall(env, 'GET', '/v3/tasks?limit=1');
    assert.equal(ok.status, 200);
    assert.match(String(ok.headers['x-request-id']), /^[0-9a-f]{32}$/);
  });

  test('UpdateCopyState rules: missing fields (SMS.7726), empty (SMS.7727), cycle/state mismatch (SMS.7728); command results (SMS.6020-6023)', async () => {
    const c = env.client;
    const src = (await c.registerServer(windowsProfile('copystate-01'))).id!;
    await refuses(c.updateCopyState(src, {}), { providerCode: 'SMS.7726' });
    await refuses(c.updateCopyState(src, { copystate: '' as never, migrationcycle: '' as never }), { providerCode: 'SMS.7727' });
    await refuses(c.updateCopyState(src, { copystate: 'FINISHED', migrationcycle: 'checking' }), { providerCode: 'SMS.7728' });
    await refuses(c.updateCommandResult(src, { command_name: '', result: 'success', result_detail: {} }), { providerCode: 'SMS.6020' });
    await refuses(c.updateCommandResult(src, { command_name: 'START', result: 'success', result_detail: {} }), { providerCode: 'SMS.6021' });
    await refuses(c.updateCommandResult(src, { command_name: 'START', result: 'maybe', result_detail: {} }), { providerCode: 'SMS.6022' });
    await refuses(c.updateCommandResult(src, { command_name: 'START', result: 'success', result_detail: 'not json' }), { providerCode: 'SMS.6023' });
    await refuses(c.showCommand('nope'), { providerCode: 'SMS.7602', httpStatus: 404 });
  });

  test('faults: 503 (APIG.0202), throttling (APIGW.0308 / 429), a retried GET survives a 5xx', async () => {
    const c = env.client;
    // A malformed body and a dropped connection carry no vendor code: test/contract covers them.
    env.sim.faults.failNext('serverError');
    await refuses(c.listTasks(), { providerCode: 'APIG.0202', httpStatus: 503 });
    env.sim.faults.failNext('throttle');
    const t = await refuses(c.createMigproject({ name: 'thr', region: 'ap-southeast-3', use_public_ip: true, exist_server: false, type: 'MIGRATE_FILE', syncing: false }), {
      providerCode: 'APIGW.0308',
      httpStatus: 429,
      code: 'THROTTLED',
    });
    assert.equal(t.retryable, true);
    // A GET retried by a retrying client survives one injected 5xx.
    const retrying = env.newClient({ retryLimit: 2 });
    env.sim.faults.failNext('serverError');
    assert.ok((await retrying.showOverview()).waiting !== undefined);
    env.sim.faults.reset();
  });
});

describe('Huawei SMS simulator: agent-driven happy path through the client', () => {
  test('a task goes READY -> RUNNING -> MIGRATE_SUCCESS within a few minutes of simulated time', async () => {
    const env = await startSim();
    try {
      const { taskId, sourceId } = await sourceWithTask(env, 'quick-01', { autoStart: true });
      assert.equal((await env.client.showTask(taskId)).state, 'RUNNING');
      await advanceUntil(env, async () => (await env.client.showTask(taskId)).state === 'MIGRATE_SUCCESS');
      const done = await env.client.showTask(taskId);
      assert.ok(done.sub_tasks!.every((s) => s.progress === 100));
      assert.ok(done.finish_date! > done.start_date!);
      assert.equal((await env.client.showServer(sourceId)).state, 'finished');
      assert.ok(env.sim.counts().UpdateTaskSpeed! > 0, 'progress came through UpdateTaskSpeed');
      assert.equal(env.sim.agent!.failedCalls, 0);
    } finally {
      await env.close();
    }
  });
});
