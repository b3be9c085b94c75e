import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceState, TaskAction, TaskState } from '../../src/core/model.js';
import {
  availableActions,
  availableActionsOf,
  bandwidthLimitOf,
  etaOf,
  jobDetails,
  jobErrorOf,
  toSource,
  toTask,
  phaseOf,
  sourceStateOf,
  tagResourceTypeOf,
  tagsByResource,
  taskStateOf,
} from '../../adapters/alibaba-smc/mapper.js';
import type { DescribeReplicationJobsResponse, DescribeSourceServersResponse, ListTagResourcesResponse, ReplicationJob } from '../../adapters/alibaba-smc/generated/wire.js';
import srcZh from './fixtures/describe-source-servers.zh.json' with { type: 'json' };
import srcEn from './fixtures/describe-source-servers.en.json' with { type: 'json' };
import jobsZh from './fixtures/describe-replication-jobs.zh.json' with { type: 'json' };
import jobsEn from './fixtures/describe-replication-jobs.en.json' with { type: 'json' };
import tagsZh from './fixtures/list-tag-resources.zh.json' with { type: 'json' };

const REF = { accountId: 'acc-1', region: 'cn-hangzhou' };
const GIB = 1024 ** 3;

test('ZH DescribeSourceServers sample -> Source (offline source, partitions, SystemInfo)', () => {
  const wire = (srcZh as DescribeSourceServersResponse).SourceServers!.SourceServer![0]!;
  const s = toSource(wire, REF, [{ key: 'env', value: 'prod' }]);
  assert.equal(s.provider, 'alibaba-smc');
  assert.equal(s.nativeId, 's-bp1e2fsl57knvuug****');
  assert.equal(s.name, 'testSourceServerName');
  assert.equal(s.state, SourceState.UNAVAILABLE);
  assert.equal(s.nativeState, 'Unavailable');
  assert.equal(s.agentConnected, false);
  assert.equal(s.ip, '192.168.**.**');
  assert.equal(s.osType, 'Linux');
  assert.equal(s.osVersion, 'Ubuntu');
  assert.equal(s.cpuCores, 1);
  assert.equal(s.memoryBytes, GIB);
  assert.equal(s.currentTaskId, 'j-bp19vlwm0tyigbmj****');
  assert.equal(s.createdAt, '2020-04-26T12:49:10.000Z');
  assert.deepEqual(s.disks, [{ name: 'System disk', device: null, sizeBytes: 9 * GIB, usedBytes: null }]);
  assert.deepEqual(s.tags, [{ key: 'env', value: 'prod' }]);
  const d = s.details as unknown as ReturnType<typeof import('../../adapters/alibaba-smc/mapper.js').sourceDetails>;
  assert.equal(d.errorCode, 'SourceServer.Offline');
  assert.equal(d.agentVersion, '2.2.0');
  assert.equal(d.heartbeatRateSeconds, 30);
  assert.equal(d.systemInfo.hostname, 'ubuntu14');
  assert.deepEqual(d.systemDiskParts[1], { device: '0_1', path: '/', sizeBytes: 9403629568, block: true, need: null });
});

test('EN DescribeSourceServers sample -> Source (InUse, data disk in GiB)', () => {
  const wire = (srcEn as DescribeSourceServersResponse).SourceServers!.SourceServer![0]!;
  const s = toSource(wire, REF);
  assert.equal(s.state, SourceState.MIGRATING);
  assert.equal(s.agentConnected, true);
  assert.equal(s.memoryBytes, 8 * GIB);
  assert.equal(s.cpuCores, 2);
  assert.equal(s.ip, '10.0.0.1');
  assert.equal(s.osVersion, 'OpenSUSE');
  assert.deepEqual(s.disks[1], { name: 'Data disk 1 (/home/data)', device: null, sizeBytes: 20 * GIB, usedBytes: null });
});

test('ZH DescribeReplicationJobs sample -> Task (Running/Processing)', () => {
  const wire = (jobsZh as DescribeReplicationJobsResponse).ReplicationJobs!.ReplicationJob![0]!;
  const t = toTask(wire, REF);
  assert.equal(t.nativeId, 'j-bp19vlwm0tyigbmj****');
  assert.equal(t.state, TaskState.REPLICATING);
  assert.equal(t.nativeState, 'Running/Processing');
  assert.equal(t.type, 'OneTime');
  assert.equal(t.progress.percent, 75);
  assert.equal(t.progress.phase, 'Processing');
  assert.deepEqual(
    t.progress.steps.map((s) => [s.name, s.state]),
    [['Preparing', 'Done'], ['Syncing', 'Done'], ['Processing', 'Running'], ['Cleaning', 'Pending']],
  );
  assert.equal(t.sourceId, 's-bp1e2fsl57knvuug****');
  assert.deepEqual(t.target, { kind: 'IMAGE', nativeId: null, name: null, ip: null, region: 'cn-hangzhou' });
  assert.equal(t.startedAt, '2020-05-14T12:01:24.000Z');
  assert.equal(t.error, null);
  assert.equal(t.templateId, null);
  const d = jobDetails(wire);
  assert.equal(d.systemDiskSizeBytes, 20 * GIB);
  assert.deepEqual(d.dataDisks, [{ index: 2, path: null, sizeBytes: 20 * GIB, parts: [{ device: '2_0', path: null, sizeBytes: 5334102016, block: true, need: null }] }]);
  assert.equal(d.validTime, '2020-06-13T12:01:24.000Z');
  assert.equal(d.runOnce, true);
  assert.equal(d.transitionInstanceId, 'i-bp1ff25rzvnul6kr****');
  assert.deepEqual(availableActions(t), []);
});

test('EN DescribeReplicationJobs sample (numbers as strings, VaildTime, lower-case image) -> Task', () => {
  const wire = (jobsEn as unknown as DescribeReplicationJobsResponse).ReplicationJobs!.ReplicationJob![0]!;
  const t = toTask(wire, REF);
  assert.equal(t.state, TaskState.PREPARING);
  assert.equal(t.progress.percent, 55.45);
  assert.equal(t.progress.phase, 'Preparing');
  assert.equal(t.target?.kind, 'IMAGE');
  assert.equal(t.target?.nativeId, 'xxxxxxxxxxxxxxx');
  assert.equal(t.target?.name, 'MyAliCloudImage');
  assert.deepEqual(t.error, { code: 'InternalError', message: 'statusinfo' });
  assert.equal(t.bandwidthLimitMbps, null);
  const d = jobDetails(wire);
  assert.equal(d.systemDiskSizeBytes, 40 * GIB);
  assert.equal(d.netMode, 0);
  assert.equal(d.validTime, null, 'the misspelled VaildTime is not ValidTime');
  assert.equal(d.scheduledStartTime, '2019-06-04T13:35:00.000Z');
});

test('state table: Status x BusinessStatus -> TaskState and phase', () => {
  const rows: [string, string | undefined, boolean, TaskState, string | null][] = [
    ['Ready', undefined, false, TaskState.PENDING, null],
    ['Running', 'Preparing', false, TaskState.PREPARING, 'Preparing'],
    ['Running', 'Syncing', false, TaskState.REPLICATING, 'Syncing'],
    ['Running', 'Processing', false, TaskState.REPLICATING, 'Processing'],
    ['Running', 'Cleaning', false, TaskState.REPLICATING, 'Cleaning'],
    ['Running', 'Syncing', true, TaskState.SYNCING, 'Syncing'],
    ['Running', 'Preparing', true, TaskState.PREPARING, 'Preparing'],
    ['Waiting', undefined, true, TaskState.READY_FOR_CUTOVER, null],
    ['Stopped', undefined, false, TaskState.STOPPED, null],
    ['InError', undefined, false, TaskState.FAILED, null],
    ['Finished', undefined, false, TaskState.SUCCEEDED, null],
    ['Expired', undefined, false, TaskState.EXPIRED, null],
    ['Deleting', undefined, false, TaskState.DELETING, null],
    ['Bogus', undefined, false, TaskState.UNKNOWN, null],
  ];
  for (const [status, business, later, state, phase] of rows) {
    assert.equal(taskStateOf(status, business, later), state, `${status}/${business}`);
    assert.equal(phaseOf(status, business), phase);
  }
});

test('source state table', () => {
  assert.equal(sourceStateOf('Available'), SourceState.AVAILABLE);
  assert.equal(sourceStateOf('InUse'), SourceState.MIGRATING);
  assert.equal(sourceStateOf('Unavailable', 'SourceServer.Offline'), SourceState.UNAVAILABLE);
  assert.equal(sourceStateOf('Unavailable', ''), SourceState.UNAVAILABLE);
  assert.equal(sourceStateOf('Unavailable', 'SourceServer.Error'), SourceState.ERROR);
  assert.equal(sourceStateOf('Deleting'), SourceState.DELETING);
  assert.equal(sourceStateOf(undefined), SourceState.UNKNOWN);
});

test('available actions per state', () => {
  assert.deepEqual(availableActionsOf('Ready', null, true), [TaskAction.START, TaskAction.DELETE]);
  assert.deepEqual(availableActionsOf('Stopped', null, true), [TaskAction.START, TaskAction.DELETE]);
  assert.deepEqual(availableActionsOf('InError', null, false), [TaskAction.START, TaskAction.DELETE]);
  assert.deepEqual(availableActionsOf('Running', 'Syncing', true), [TaskAction.STOP]);
  assert.deepEqual(availableActionsOf('Running', 'Preparing', true), []);
  assert.deepEqual(availableActionsOf('Running', 'Processing', false), []);
  assert.deepEqual(availableActionsOf('Waiting', null, false), [TaskAction.CUTOVER, TaskAction.DELETE]);
  assert.deepEqual(availableActionsOf('Finished', null, true), [TaskAction.DELETE]);
  assert.deepEqual(availableActionsOf('Expired', null, true), [TaskAction.DELETE]);
  assert.deepEqual(availableActionsOf('Deleting', null, true), []);
});

test('incremental job: runs become steps, later runs are SYNCING, lastSyncedAt = last finished run', () => {
  const wire: ReplicationJob = {
    JobId: 'j-inc',
    Name: 'inc',
    Status: 'Running',
    BusinessStatus: 'Syncing',
    Progress: 40,
    RunOnce: false,
    Frequency: 12,
    MaxNumberOfImageToKeep: 3,
    TargetType: 'Image',
    ImageId: 'm-2',
    ReplicationParameters: '{"bandwidth_limit":100,"compress_level":1}',
    ReplicationJobRuns: {
      ReplicationJobRun: [
        { StartTime: '2019-10-01T13:35:00Z', EndTime: '2019-10-01T15:35:00Z', ImageId: 'm-1', Type: 'Manual' },
        { StartTime: '2019-10-02T01:35:00Z', Type: 'Schedule' },
      ],
    },
  };
  const t = toTask(wire, REF);
  assert.equal(t.type, 'Incremental');
  assert.equal(t.state, TaskState.SYNCING);
  assert.equal(t.lastSyncedAt, '2019-10-01T15:35:00.000Z');
  assert.equal(t.bandwidthLimitMbps, 100);
  assert.deepEqual(t.progress.steps.slice(0, 2), [
    { name: 'Run 1 (Manual)', state: 'Finished', percent: 100, startedAt: '2019-10-01T13:35:00.000Z', finishedAt: '2019-10-01T15:35:00.000Z', detail: 'ImageId m-1' },
    { name: 'Run 2 (Schedule)', state: 'Running', percent: 40, startedAt: '2019-10-02T01:35:00.000Z', finishedAt: null, detail: null },
  ]);
  assert.deepEqual(availableActions(t), [TaskAction.STOP]);
  assert.deepEqual(availableActions({ ...t, details: { ...t.details!, status: 'Waiting', businessStatus: null } }), [TaskAction.CUTOVER, TaskAction.DELETE]);
  assert.equal(jobDetails(wire).frequencyHours, 12);
});

test('container and instance targets; bandwidth parsing', () => {
  const c = toTask({ JobId: 'j', Status: 'Finished', TargetType: 'ContainerImage', ContainerNamespace: 'ns', ContainerRepository: 'repo', ContainerTag: 'v1', RegionId: 'cn-shanghai' }, REF);
  assert.deepEqual(c.target, { kind: 'CONTAINER_IMAGE', nativeId: 'ns/repo:v1', name: 'ns/repo:v1', ip: null, region: 'cn-shanghai' });
  assert.equal(c.region, 'cn-shanghai');
  const i = toTask({ JobId: 'j', Status: 'Ready', TargetType: 'Instance', InstanceId: 'i-1' }, REF);
  assert.equal(i.target?.kind, 'INSTANCE');
  assert.equal(i.target?.nativeId, 'i-1');
  assert.equal(bandwidthLimitOf('BandWidthLimit:0'), null);
  assert.equal(bandwidthLimitOf('BandwidthLimit:50'), 50);
  assert.equal(bandwidthLimitOf('{"BandwidthLimit":20}'), 20);
  assert.equal(bandwidthLimitOf(undefined), null);
});

test('ZH ListTagResources sample -> tags per resource', () => {
  const res = tagsZh as ListTagResourcesResponse;
  const pairs = res.TagResources!.TagResource!;
  const byId = tagsByResource(pairs);
  assert.deepEqual(byId.get('s-bp1e2fsl57knvuug****'), [{ key: 'TestKey', value: 'TestValue' }]);
  assert.equal(byId.size, 2);
  assert.equal(tagResourceTypeOf(pairs[0]!.ResourceType), 'sourceserver');
  assert.equal(tagResourceTypeOf('ALIYUN::SMC::REPLICATIONJOB'), 'replicationjob');
  assert.equal(res.NextToken, '');
});

test('the progress rule: a Ready job is at 0 even without a Progress figure; null only for a moved job that reports none', () => {
  assert.equal(toTask({ JobId: 'j', Status: 'Ready' }, REF).progress.percent, 0);
  assert.equal(toTask({ JobId: 'j', Status: 'Ready', Progress: 0 }, REF).progress.percent, 0);
  assert.equal(toTask({ JobId: 'j', Status: 'Running', BusinessStatus: 'Syncing' }, REF).progress.percent, null);
  assert.equal(toTask({ JobId: 'j', Status: 'Running', BusinessStatus: 'Syncing', Progress: '55.45' }, REF).progress.percent, 55.45);
});

test('Task.error as text: StatusInfo JSON {error_code, error_msg} (the seed form) is decoded', () => {
  const json = toTask({ JobId: 'j', Status: 'InError', ErrorCode: 'S1', StatusInfo: '{"error_code": "S1", "error_msg": "Rsync not found. Please install rsync."}' }, REF);
  assert.deepEqual(json.error, { code: 'S1', message: 'Rsync not found. Please install rsync.' });
  // The code from the JSON when ErrorCode is empty; plain text kept as is; nothing -> the code.
  assert.deepEqual(jobErrorOf({ Status: 'InError', ErrorCode: '', StatusInfo: '{"error_code":"S2","error_msg":"disk full"}' }), { code: 'S2', message: 'disk full' });
  assert.deepEqual(jobErrorOf({ Status: 'InError', ErrorCode: 'SourceServer.Offline', StatusInfo: 'The source server is offline or unavailable.' }), { code: 'SourceServer.Offline', message: 'The source server is offline or unavailable.' });
  assert.deepEqual(jobErrorOf({ Status: 'InError', ErrorCode: 'X.Y', StatusInfo: '' }), { code: 'X.Y', message: 'X.Y' });
  assert.equal(jobErrorOf({ Status: 'Running', ErrorCode: '', StatusInfo: '' }), null);
});

test('ETA of a Running job: elapsed time of the current run x (100 - Progress) / Progress', () => {
  const now = Date.parse('2019-10-02T02:35:00Z'); // one hour after the run started
  const running: ReplicationJob = { JobId: 'j', Status: 'Running', BusinessStatus: 'Syncing', Progress: 40, StartTime: '2019-10-01T13:35:00Z', ReplicationJobRuns: { ReplicationJobRun: [{ StartTime: '2019-10-01T13:35:00Z', EndTime: '2019-10-01T15:35:00Z' }, { StartTime: '2019-10-02T01:35:00Z' }] } };
  const t = toTask(running, { ...REF, now });
  assert.equal(t.progress.remainingSeconds, 5400); // 3600 s x 60 / 40
  assert.equal(t.progress.estimatedCompletionAt, '2019-10-02T04:05:00.000Z');
  assert.deepEqual(etaOf({ ...running, ReplicationJobRuns: undefined }, 50, Date.parse('2019-10-01T14:35:00Z')), { remainingSeconds: 3600, estimatedCompletionAt: '2019-10-01T15:35:00.000Z' });
  assert.equal(etaOf(running, 0, now).remainingSeconds, null, 'nothing done yet: no estimate');
  assert.equal(etaOf({ ...running, Status: 'Waiting' }, 40, now).remainingSeconds, null);
  assert.equal(toTask(running, REF).progress.remainingSeconds, null, 'no clock, no estimate');
});

test('updatedAt / stateChangedAt are null: SourceServer and ReplicationJob carry creation, start and end times only', () => {
  const s = toSource((srcEn as DescribeSourceServersResponse).SourceServers!.SourceServer![0]!, REF);
  const t = toTask((jobsEn as DescribeReplicationJobsResponse).ReplicationJobs!.ReplicationJob![0]!, REF);
  assert.ok(s.createdAt && t.createdAt, 'the fixtures have times, so null is a choice, not missing data');
  assert.deepEqual([s.updatedAt, s.stateChangedAt, t.updatedAt, t.stateChangedAt], [null, null, null, null]);
});
