import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceState, TaskAction, TaskState } from '../../src/core/model.js';
import {
  ACTION_TO_OPERATION,
  availableActions,
  fillParams,
  mbitToBytesPerSecond,
  memoryToBytes,
  msToIso,
  parseErrorJson,
  progressOf,
  SOURCE_STATE_TABLE,
  TASK_STATE_TABLE,
  targetDisksFromSource,
  toProject,
  toSource,
  toTask,
  toTemplate,
  unifiedSourceState,
  unifiedTaskState,
  type HuaweiMigrationProjectDetails,
  type HuaweiSourceDetails,
  type HuaweiTaskDetails,
  type HuaweiTemplateDetails,
} from '../../adapters/huawei-sms/mapper.js';
import { SourceServerState, TaskState as HwTaskState } from '../../adapters/huawei-sms/generated/wire.js';
import type * as w from '../../adapters/huawei-sms/generated/wire.js';
import { loadFixture } from './helpers.js';

const ctx = { accountId: 'hw1', region: 'ap-southeast-3' };

test('every native task state has a unified state; READY splits into PENDING / READY_FOR_CUTOVER', () => {
  for (const s of HwTaskState) assert.notEqual(TASK_STATE_TABLE[s], undefined, s);
  assert.equal(unifiedTaskState('RUNNING'), TaskState.REPLICATING);
  assert.equal(unifiedTaskState('SYNCING'), TaskState.SYNCING);
  assert.equal(unifiedTaskState('MIGRATE_SUCCESS'), TaskState.SUCCEEDED);
  assert.equal(unifiedTaskState('MIGRATE_FAIL'), TaskState.FAILED);
  assert.equal(unifiedTaskState('ABORTING'), TaskState.STOPPING);
  assert.equal(unifiedTaskState('ABORT'), TaskState.STOPPED);
  assert.equal(unifiedTaskState('DELETING'), TaskState.DELETING);
  assert.equal(unifiedTaskState('SYNC_F_ROLLBACKING'), TaskState.ROLLING_BACK);
  assert.equal(unifiedTaskState('SYNC_F_ROLLBACK_SUCCESS'), TaskState.FAILED);
  assert.equal(unifiedTaskState('READY'), TaskState.PENDING);
  assert.equal(unifiedTaskState('READY', [{ name: 'MIGRATE_LINUX_FILE', progress: 100, user_op: 'REPLICATE' }]), TaskState.READY_FOR_CUTOVER);
  assert.equal(unifiedTaskState('READY', [{ name: 'MIGRATE_LINUX_FILE', progress: 40, user_op: 'REPLICATE' }]), TaskState.PENDING);
  assert.equal(unifiedTaskState('MIGRATE_SUCCESS5'), TaskState.UNKNOWN);
  assert.equal(unifiedTaskState(''), TaskState.UNKNOWN);
  assert.equal(unifiedTaskState('running'), TaskState.REPLICATING, 'case-insensitive');
});

test('every native source state has a unified state; a disconnected waiting source is UNAVAILABLE', () => {
  for (const s of SourceServerState) assert.notEqual(SOURCE_STATE_TABLE[s], undefined, s);
  assert.equal(unifiedSourceState('waiting', true), SourceState.AVAILABLE);
  assert.equal(unifiedSourceState('waiting', false), SourceState.UNAVAILABLE);
  assert.equal(unifiedSourceState('AVAILABLE'), SourceState.AVAILABLE);
  assert.equal(unifiedSourceState('replicate'), SourceState.MIGRATING);
  assert.equal(unifiedSourceState('finished', false), SourceState.FINISHED);
  assert.equal(unifiedSourceState('unavailable'), SourceState.UNAVAILABLE);
  assert.equal(unifiedSourceState('error'), SourceState.ERROR);
  assert.equal(unifiedSourceState('deleting'), SourceState.DELETING);
  assert.equal(unifiedSourceState('bogus'), SourceState.UNKNOWN);
});

test('units: ms epoch -> ISO, Mbit/s -> bytes/s, memory bytes or MB', () => {
  assert.equal(msToIso(1598435778000), '2020-08-26T09:56:18.000Z');
  assert.equal(msToIso(null), null);
  assert.equal(msToIso(0), null);
  assert.equal(mbitToBytesPerSecond(8), 1_000_000);
  assert.equal(mbitToBytesPerSecond(0), 0);
  assert.equal(mbitToBytesPerSecond(null), null);
  assert.equal(memoryToBytes(2146553856), 2146553856);
  assert.equal(memoryToBytes(2048), 2048 * 1024 * 1024);
  assert.equal(memoryToBytes(0), null);
});

test('ShowTask 5.4.5 example: running Windows block-level task', () => {
  const task = toTask(loadFixture<w.ShowTaskResponse>('show-task.json'), ctx);
  assert.equal(task.provider, 'huawei-sms');
  assert.equal(task.accountId, 'hw1');
  assert.equal(task.region, 'ap-southeast-3');
  assert.equal(task.nativeId, 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx0001');
  assert.equal(task.name, 'MigrationTask');
  assert.equal(task.type, 'MIGRATE_BLOCK');
  assert.equal(task.nativeState, 'RUNNING');
  assert.equal(task.state, TaskState.REPLICATING);
  assert.equal(task.createdAt, '2020-08-26T09:56:18.000Z');
  assert.equal(task.startedAt, '2020-08-26T09:56:24.000Z');
  assert.equal(task.finishedAt, null);
  assert.equal(task.templateId, 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx0001');
  assert.equal(task.sourceId, 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx0001');
  assert.equal(task.error, null);
  assert.equal(task.bandwidthLimitMbps, null, 'speed_limit 0 = unlimited');
  assert.deepEqual(task.target, { kind: 'INSTANCE', nativeId: null, name: null, ip: null, region: 'region id' });
  assert.equal(task.progress.percent, 0);
  assert.equal(task.progress.speed, 0);
  assert.equal(task.progress.phase, 'CREATE_CLOUD_SERVER');
  assert.equal(task.progress.steps.length, 5);
  assert.deepEqual(task.progress.steps[0], {
    name: 'CREATE_CLOUD_SERVER',
    state: 'RUNNING',
    percent: 0,
    startedAt: '2020-08-26T09:56:42.000Z',
    finishedAt: null,
    detail: null,
  });
  assert.equal(task.progress.steps[1]!.state, 'WAITING');
  const d = task.details as HuaweiTaskDetails;
  assert.equal(d.provider, 'huawei-sms');
  assert.equal(d.complete, true);
  assert.equal(d.osType, 'WINDOWS');
  assert.equal(d.priority, 1);
  assert.equal(d.targetRegionName, 'region name');
  assert.equal(d.targetProjectId, 'xxxxxxxxxxxxxxxxxxxxxxxx00000001');
  assert.equal(d.sourceServerState, 'initialize');
  assert.equal(d.sourceMigrationCycle, 'replicating');
  assert.equal(d.targetServer?.systemDir, 'Y:\\Windows\\System32');
  assert.deepEqual(d.targetServer?.disks, [{ name: 'Disk 1', device: null, sizeBytes: 42949672960, usedBytes: 42947575808 }]);
  assert.equal(d.subTasks[0]!.id, 7278);
  assert.equal(d.subTasks[0]!.userOp, 'REPLICATE');
  assert.equal(d.cloneServer, null);
  assert.deepEqual(availableActions(task), [TaskAction.STOP, TaskAction.NETWORK_CHECK]);
});

test('chapter 4.1 example: READY after replication + two cutover/resync rounds is READY_FOR_CUTOVER', () => {
  const task = toTask(loadFixture<w.ShowTaskResponse>('show-task-ch4.json'), ctx);
  assert.equal(task.nativeState, 'READY');
  assert.equal(task.state, TaskState.READY_FOR_CUTOVER);
  assert.equal(task.progress.remainingSeconds, 60000);
  assert.equal(task.progress.estimatedCompletionAt, '2020-09-18T01:03:34.000Z');
  assert.equal(task.progress.percent, 100);
  assert.equal(task.progress.phase, 'SYNC_LINUX_FILE');
  assert.equal(task.progress.steps.length, 14);
  assert.ok(task.progress.steps.every((s) => s.state === 'FINISHED'));
  assert.equal(task.lastSyncedAt, '2020-09-18T01:02:34.000Z');
  assert.equal(task.finishedAt, '2020-09-17T11:45:28.000Z');
  assert.equal(task.target?.nativeId, '6d51477f-0a02-4917-8d7d-b13969f4axxx');
  const d = task.details as HuaweiTaskDetails;
  assert.equal(d.floatIp, '192.168.0.xxx');
  assert.equal(d.targetServer?.disks[0]?.device, '/dev/sda');
  assert.equal(d.targetServer?.imageDiskId, '9700f5ce-02ae-4a71-a057-deffe9b69xxx');
  assert.equal(d.sourceServerState, 'syncing');
  // Ready for next: test and clone_test only in continuous sync (SMS.7721).
  assert.deepEqual(availableActions(task), [TaskAction.START, TaskAction.RESTART, TaskAction.NETWORK_CHECK, TaskAction.DELETE]);
});

test('ListTasks 5.4.2 example: list items map with fewer fields; null source_server tolerated', () => {
  const page = loadFixture<w.ListTasksResponse>('list-tasks.json');
  assert.equal(page.count, 3);
  const tasks = page.tasks!.map((t) => toTask(t, ctx));
  assert.deepEqual(tasks.map((t) => t.state), [TaskState.SUCCEEDED, TaskState.SUCCEEDED, TaskState.SUCCEEDED]);
  assert.deepEqual(tasks.map((t) => t.progress.percent), [100, 100, 100]);
  assert.equal(tasks[0]!.createdAt, '2020-03-25T12:31:46.000Z');
  assert.equal(tasks[0]!.sourceId, 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx0001');
  assert.equal(tasks[2]!.sourceId, null);
  assert.equal(tasks[2]!.bandwidthLimitMbps, 200);
  assert.equal(tasks[2]!.target?.name, 'xxx-sms-target');
  assert.equal(tasks[2]!.startedAt, null, 'ListTasks has no start_date');
  const d = tasks[0]!.details as HuaweiTaskDetails;
  assert.equal(d.complete, false);
  assert.equal(d.logCollectStatus, 'INIT');
  assert.equal(d.sourceServerState, 'AVAILABLE');
  assert.deepEqual(availableActions(tasks[0]!), [TaskAction.RESTART, TaskAction.NETWORK_CHECK, TaskAction.DELETE]);
});

test('ListServers 5.3.3 example: sources, states, units and current task', () => {
  const page = loadFixture<w.ListServersResponse>('list-servers.json');
  const sources = page.source_servers!.map((s) => toSource(s, ctx));
  assert.equal(sources.length, 10);
  const [first, , centos, ubuntu, sms2] = sources;
  assert.equal(first!.name, 'sms-test');
  assert.equal(first!.state, SourceState.FINISHED);
  assert.equal(first!.nativeState, 'finished');
  assert.equal(first!.memoryBytes, 2146557952);
  assert.equal(first!.createdAt, '2020-08-26T04:55:17.000Z');
  assert.equal(first!.agentConnected, true);
  assert.ok(first!.currentTaskId);
  const fd = first!.details as HuaweiSourceDetails;
  assert.equal(fd.enterpriseProjectId, '0', 'numeric enterprise_project_id tolerated');
  assert.equal(fd.checks.length, 12);
  assert.equal(fd.currentTask?.state, TaskState.SUCCEEDED);
  assert.equal(first!.disks[0]!.name, 'Disk 0');
  assert.equal(centos!.state, SourceState.ERROR);
  assert.equal((centos!.details as HuaweiSourceDetails).currentTask?.nativeState, 'MIGRATE_FAIL');
  assert.equal(ubuntu!.state, SourceState.UNAVAILABLE);
  assert.deepEqual(ubuntu!.disks.map((d) => d.device), ['/dev/vda', '/dev/vdb']);
  assert.equal(sms2!.nativeState, 'waiting');
  assert.equal(sms2!.state, SourceState.UNAVAILABLE, 'waiting but the Agent is disconnected');
  assert.equal(sms2!.currentTaskId, null);
  assert.ok(sources.every((s) => s.provider === 'huawei-sms' && s.tags?.length === 0));
});

test('ShowServer 5.3.8 example: disks from the source layout, networks, agent version', () => {
  const s = toSource(loadFixture<w.ShowServerResponse>('show-server.json'), ctx);
  assert.equal(s.name, 'sms-win16');
  assert.equal(s.state, SourceState.MIGRATING);
  assert.equal(s.memoryBytes, 2146553856);
  assert.deepEqual(s.disks.map((d) => [d.name, d.sizeBytes]), [['Disk 0', 42949672960]]);
  const d = s.details as HuaweiSourceDetails;
  assert.equal(d.hostname, 'sms-win16');
  assert.equal(d.firmware, 'BIOS');
  assert.equal(d.agentVersion, '6.1.8');
  assert.equal(d.networks.length, 1);
  assert.equal(d.currentTask?.state, TaskState.REPLICATING);
});

test('templates (5.6.2, 5.6.5): GB disks -> bytes, VPC/NIC/EIP typed, password never exposed', () => {
  const one = toTemplate(loadFixture<w.ShowTemplateResponse>('show-template.json').template!, ctx);
  assert.equal(one.name, 'test1025');
  assert.equal(one.targetRegion, 'region');
  const d = one.details as HuaweiTemplateDetails;
  assert.equal(d.flavor, 's2.large.2');
  assert.deepEqual(d.publicIp, { type: '5_bgp', bandwidthSizeMbps: 5, bandwidthShareType: 'PER' });
  assert.deepEqual(d.disks, [{ id: null, index: 0, name: 'system', diskType: null, sizeBytes: 40 * 1024 ** 3, deviceUse: null }]);
  assert.equal(d.vpc?.name, 'vpc-testcloud(192.168.0.0/16)');
  assert.equal(d.hasTargetPassword, false);
  const withPw = toTemplate({ ...loadFixture<w.ShowTemplateResponse>('show-template.json').template!, target_password: 'S3cret!', is_template: 'true' }, ctx);
  assert.equal((withPw.details as HuaweiTemplateDetails).hasTargetPassword, true);
  assert.equal((withPw.details as HuaweiTemplateDetails).isGeneral, true);
  assert.ok(!JSON.stringify(withPw).includes('S3cret!'));
  const list = loadFixture<w.ListTemplatesResponse>('list-templates.json');
  const templates = list.templates!.map((t) => toTemplate(t, ctx));
  assert.equal(templates.length, list.templates!.length);
  assert.equal(templates[2]!.name, 'test2');
  assert.deepEqual((templates[2]!.details as HuaweiTemplateDetails).securityGroups, []);
});

test('migration projects (5.8.2, 5.8.3)', () => {
  const list = loadFixture<w.ListMigprojectsResponse>('list-migprojects.json');
  const projects = list.migprojects!.map((p) => toProject(p, ctx));
  assert.equal(projects.length, 6);
  assert.equal(projects[0]!.isDefault, true);
  assert.equal(projects[1]!.isDefault, false);
  const d = projects[0]!.details as HuaweiMigrationProjectDetails;
  assert.equal(d.type, 'MIGRATE_BLOCK');
  assert.equal(d.speedLimitMbps, null);
  assert.equal(d.enterpriseProject, 'default');
  const one = toProject(loadFixture<w.ShowMigprojectResponse>('show-migproject.json'), ctx);
  assert.equal(one.name, '456');
  assert.equal((one.details as HuaweiMigrationProjectDetails).region, null);
});

test('error_json -> TaskError with the catalog message and parameters filled in', () => {
  assert.deepEqual(parseErrorJson('{"error_code":"SMS.0805","error_param":"[\\"/boot\\",\\"ecs-1\\"]"}'), {
    code: 'SMS.0805',
    message: 'Failed to migrate partition /boot to target server ecs-1.',
  });
  assert.deepEqual(parseErrorJson('{"error_code":"SMS.1302","error_param":"[\\"/\\",\\"/mnt/vdb1\\"]"}'), {
    code: 'SMS.1302',
    message: 'SMS.1302 (/, /mnt/vdb1)',
  });
  assert.equal(parseErrorJson(''), null);
  assert.deepEqual(parseErrorJson('disk full'), { code: null, message: 'disk full' });
  assert.equal(fillParams('Failed to format partition {0[0]} to {0[1]}. Cause: {0[2]}', ['a', 'b']), 'Failed to format partition a to b. Cause: {0[2]}');
});

test('progress: current round, transfer step, source bytes', () => {
  const p = progressOf(
    {
      state: 'SYNCING',
      migrate_speed: 80,
      sub_tasks: [
        { name: 'MIGRATE_LINUX_FILE', progress: 100, start_date: 1, end_date: 2, user_op: 'REPLICATE' },
        { name: 'SSL_CONFIG', progress: 100, start_date: 3, end_date: 4, user_op: 'RESYNC0' },
        { name: 'SYNC_LINUX_FILE', progress: 35, start_date: 5, end_date: null, user_op: 'RESYNC0' },
      ],
    },
    { replicatesize: 50, totalsize: 200 },
  );
  assert.equal(p.percent, 35);
  assert.equal(p.phase, 'SYNC_LINUX_FILE');
  assert.equal(p.speed, 10_000_000);
  assert.equal(p.transferredBytes, 50);
  assert.equal(p.totalBytes, 200);
  const empty = progressOf({ state: 'READY', sub_tasks: [] });
  assert.equal(empty.percent, 0, 'the progress rule: a fresh READY task is at 0');
  assert.equal(empty.phase, null);
  assert.equal(progressOf({ state: 'RUNNING', sub_tasks: [] }).percent, null, 'a moved task that reports nothing: null');
});

test('ETA: the vendor remain_seconds; else untransferred source bytes at migrate_speed; else total_time x (100 - p) / p', () => {
  const subs = [{ name: 'MIGRATE_LINUX_FILE', progress: 25, start_date: 1, end_date: null }];
  // ShowTask gives remain_seconds: it wins.
  assert.equal(progressOf({ state: 'RUNNING', sub_tasks: subs, remain_seconds: 77, total_time: 600, migrate_speed: 80 }).remainingSeconds, 77);
  // Source bytes: 150 MB left at 80 Mbit/s (10 MB/s) = 15 s.
  assert.equal(progressOf({ state: 'RUNNING', sub_tasks: subs, total_time: 600, migrate_speed: 80 }, { replicatesize: 50_000_000, totalsize: 200_000_000 }).remainingSeconds, 15);
  // A ListTasks item (no remain_seconds, no source sizes): 600 s for 25 % -> 1800 s left.
  const listed = progressOf({ state: 'RUNNING', sub_tasks: subs, total_time: 600, migrate_speed: 80, estimate_complete_time: 1_600_000_000_000 });
  assert.equal(listed.remainingSeconds, 1800);
  assert.equal(listed.estimatedCompletionAt, '2020-09-13T12:26:40.000Z');
  // Not moving, or nothing done yet: none.
  assert.equal(progressOf({ state: 'READY', sub_tasks: subs, total_time: 600 }).remainingSeconds, null);
  assert.equal(progressOf({ state: 'RUNNING', sub_tasks: [{ ...subs[0]!, progress: 0 }], total_time: 600 }).remainingSeconds, null);
});

test('actions: state table, disconnected agent allows delete, action -> operation', () => {
  const base = toTask(loadFixture<w.ShowTaskResponse>('show-task.json'), ctx);
  const aborted = { ...base, nativeState: 'ABORT', state: TaskState.STOPPED };
  assert.deepEqual(availableActions(aborted), [TaskAction.START, TaskAction.NETWORK_CHECK, TaskAction.DELETE]);
  const offline = { ...base, details: { ...(base.details as HuaweiTaskDetails), agentConnected: false } };
  assert.deepEqual(availableActions(offline), [TaskAction.STOP, TaskAction.NETWORK_CHECK, TaskAction.DELETE]);
  assert.deepEqual(availableActions({ ...base, nativeState: 'DELETING', state: TaskState.DELETING }), []);
  assert.deepEqual(availableActions({ ...base, nativeState: 'WHATEVER', state: TaskState.UNKNOWN }), []);
  assert.equal(ACTION_TO_OPERATION[TaskAction.CLONE_TEST], 'clone_test');
  assert.equal(ACTION_TO_OPERATION[TaskAction.CUTOVER], undefined);
});

test('domain -> wire: target disks from the source layout', () => {
  const server = loadFixture<w.ShowServerResponse>('show-server.json');
  const disks = targetDisksFromSource(server.disks);
  assert.equal(disks.length, server.disks!.length);
  assert.equal(disks[0]!.size, 42949672960);
  assert.equal(disks[0]!.physical_volumes.length, server.disks![0]!.physical_volumes!.length);
});

test('updatedAt / stateChangedAt: a source has stateChangedAt from state_action_time; tasks and updatedAt are null (not reported)', () => {
  const s = toSource(loadFixture<w.ShowServerResponse>('show-server.json'), ctx);
  assert.equal(s.stateChangedAt, new Date(1598435783569).toISOString());
  assert.equal(s.updatedAt, null);
  const listed = loadFixture<w.ListServersResponse>('list-servers.json').source_servers!.map((x) => toSource(x, ctx));
  assert.equal(listed[0]!.stateChangedAt, new Date(1598419352959).toISOString(), 'the list item carries it too');
  const task = toTask(loadFixture<w.ShowTaskResponse>('show-task.json'), ctx);
  assert.deepEqual([task.updatedAt, task.stateChangedAt], [null, null]);
});
