import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceState, TaskAction, TaskState } from '../../src/core/model.js';
import {
  availableActions,
  parseSpeed,
  progressOf,
  SOURCE_STATE_TABLE,
  sourceStateOf,
  TASK_STATE_TABLE,
  taskStateOf,
  toSetupRequest,
  toSource,
  toTask,
} from '../../adapters/ucloudstack-smc/mapper.js';
import type { UCloudStackSmcDetails } from '../../adapters/ucloudstack-smc/mapper.js';
import { SMCState } from '../../adapters/ucloudstack-smc/generated/wire.js';
import { EMPTY_DESCRIBE, info, SYNCING_INFO } from './fixtures.js';

const CTX = { accountId: 'ucs-1', region: 'cn' };
const GIB = 1024 ** 3;

test('every SMC state has a unified task state and a source state', () => {
  for (const s of SMCState) {
    assert.ok(TASK_STATE_TABLE[s], `task state for ${s}`);
    assert.ok(SOURCE_STATE_TABLE[s], `source state for ${s}`);
  }
  const expected: Record<string, TaskState> = {
    Unknown: TaskState.UNKNOWN,
    Online: TaskState.PENDING,
    Offline: TaskState.UNKNOWN,
    Preparing: TaskState.PREPARING,
    Stopping: TaskState.STOPPING,
    Syncing: TaskState.REPLICATING,
    Exception: TaskState.FAILED,
    Synced: TaskState.READY_FOR_CUTOVER,
    Completing: TaskState.CUTTING_OVER,
    Completed: TaskState.SUCCEEDED,
    Deleted: TaskState.DELETING,
  };
  for (const [native, unified] of Object.entries(expected)) assert.equal(taskStateOf({ State: native }), unified, native);
});

test('state casing: UPPER CASE and TitleCase map alike; resource states override', () => {
  assert.equal(taskStateOf({ State: 'SYNCED' }), TaskState.READY_FOR_CUTOVER);
  assert.equal(taskStateOf({ State: 'online' }), TaskState.PENDING);
  assert.equal(taskStateOf({ State: 'CREATING' }), TaskState.PENDING);
  assert.equal(taskStateOf({ State: 'DELETING' }), TaskState.DELETING);
  assert.equal(taskStateOf({ State: 'EXCEPTION' }), TaskState.FAILED);
  assert.equal(taskStateOf({ State: 'Bogus' }), TaskState.UNKNOWN);
  assert.equal(sourceStateOf({ State: 'CREATING' }), SourceState.UNAVAILABLE);
  assert.equal(sourceStateOf({ State: 'Offline' }), SourceState.UNAVAILABLE);
  assert.equal(sourceStateOf({ State: 'Online' }), SourceState.AVAILABLE);
  assert.equal(sourceStateOf({ State: 'Syncing' }), SourceState.MIGRATING);
  assert.equal(sourceStateOf({ State: 'Completed' }), SourceState.FINISHED);
  assert.equal(sourceStateOf({ State: 'Exception' }), SourceState.ERROR);
});

test('Exception is the SMC state (any casing), not a resource state: smcState, resourceState AVAILABLE, agent connected', () => {
  for (const State of ['Exception', 'EXCEPTION', 'exception']) {
    const s = toSource(info({ State, Reason: 'disk read error' }), CTX);
    const d = s.details as UCloudStackSmcDetails;
    assert.equal(d.smcState, 'Exception', State);
    assert.equal(d.resourceState, 'AVAILABLE', State);
    // The agent reports Exception in SMCHeartbeat (sdk): it is connected until the SMC goes Offline.
    assert.equal(s.agentConnected, true, State);
    assert.equal(s.state, SourceState.ERROR);
    assert.equal(toTask(info({ State, Reason: 'disk read error' }), CTX).state, TaskState.FAILED);
  }
  // A value that is no SMC state is the resource state shown instead of it.
  const creating = toSource(info({ State: 'CREATING' }), CTX);
  const cd = creating.details as UCloudStackSmcDetails;
  assert.deepEqual([cd.smcState, cd.resourceState, creating.agentConnected], [null, 'CREATING', null]);
  const deleting = toTask(info({ State: 'Deleting' }), CTX);
  const dd = deleting.details as UCloudStackSmcDetails;
  assert.deepEqual([dd.smcState, dd.resourceState], [null, 'DELETING']);
});

test('Syncing is REPLICATING for the first round and SYNCING once a sync has completed', () => {
  assert.equal(taskStateOf({ State: 'Syncing', LastSyncedTime: 0 }), TaskState.REPLICATING);
  assert.equal(taskStateOf({ State: 'Syncing', LastSyncedTime: 1768464000 }), TaskState.SYNCING);
});

test('one SMC maps onto a Task and a Source with the same native id', () => {
  const task = toTask(SYNCING_INFO, CTX);
  const source = toSource(SYNCING_INFO, CTX);
  assert.equal(task.nativeId, 'smc-xxxx');
  assert.equal(source.nativeId, 'smc-xxxx');
  assert.equal(task.sourceId, 'smc-xxxx');
  assert.equal(source.currentTaskId, 'smc-xxxx');
  assert.equal(task.provider, 'ucloudstack-smc');
  assert.equal(task.state, TaskState.REPLICATING);
  assert.equal(task.nativeState, 'Syncing');
  assert.equal(task.createdAt, '2026-01-15T08:00:00.000Z');
  assert.equal(task.lastSyncedAt, null);
  assert.equal(task.bandwidthLimitMbps, 100);
  assert.deepEqual(task.target, { kind: 'VM', nativeId: 'vm-xxxx', name: null, ip: '10.0.0.5', region: 'cn' });
  assert.equal(task.templateId, null);
  assert.equal(task.projectId, null);
  assert.deepEqual(task.tags, [
    { key: 'env', value: 'prod' },
    { key: 'team', value: 'erp' },
  ]);
  assert.equal(source.name, 'erp-db-01');
  assert.equal(source.ip, '10.0.0.21');
  assert.equal(source.osType, 'Linux');
  assert.equal(source.osVersion, 'CentOS 7.9');
  assert.equal(source.cpuCores, 8);
  assert.equal(source.memoryBytes, 16384 * 1024 * 1024);
  assert.equal(source.state, SourceState.MIGRATING);
  assert.equal(source.agentConnected, true);
  assert.deepEqual(source.disks[0], { name: '/', device: '/dev/vda1', sizeBytes: 40 * GIB, usedBytes: 10 * GIB });
});

test('progress: byte counters from mapped partitions give the percent; speed parsed', () => {
  const p = progressOf(SYNCING_INFO);
  assert.equal(p.percent, 66.7); // 20 of 30 GiB (DoneSubtask/TotalSubtask alone would say 50)
  assert.equal(p.phase, 'Syncing');
  assert.equal(p.totalBytes, 30 * GIB); // used: 10 + 20 GiB
  assert.equal(p.transferredBytes, 20 * GIB); // 100% of 10 + 50% of 20
  assert.equal(p.speed, 100 * 1024 * 1024);
  assert.equal(p.remainingSeconds, Math.round((10 * GIB) / (100 * 1024 * 1024)));
  assert.equal(p.estimatedCompletionAt, new Date((1768464600 + p.remainingSeconds!) * 1000).toISOString());
  assert.deepEqual(p.steps[1], { name: '/dev/vdb1', state: null, percent: 50, startedAt: null, finishedAt: null, detail: '100MB/s' });
});

test('progress edge cases: TotalSubtask 0, unknown subtask names, incremental round, Completed', () => {
  assert.equal(progressOf(info({ DoneSubtask: 0, TotalSubtask: 0, Subtasks: [] })).percent, null);
  const unnamed = progressOf(info({ Subtasks: [{ Name: 'prepare', Progress: 30, Speed: '1Gbps' }] }));
  assert.equal(unnamed.totalBytes, null);
  assert.equal(unnamed.percent, 50); // one subtask of two reported: the vendor's Done/Total
  const phases = progressOf(info({ DoneSubtask: 1, TotalSubtask: 2, Subtasks: [{ Name: 'a', Progress: 100 }, { Name: 'b', Progress: 40 }] }));
  assert.equal(phases.percent, 70); // all subtasks reported: their mean progress
  assert.equal(unnamed.speed, 125_000_000);
  // ETA without per-partition counters (first round): the mapped partitions' used 30 GiB x (1 - 50 %) at 1 Gbit/s.
  assert.equal(unnamed.remainingSeconds, Math.round((15 * GIB) / 125_000_000));
  assert.equal(unnamed.estimatedCompletionAt, new Date((1768464600 + unnamed.remainingSeconds!) * 1000).toISOString());
  assert.equal(progressOf(info({ LastSyncedTime: 1768464000, Subtasks: [{ Name: 'prepare', Progress: 30, Speed: '1Gbps' }] })).remainingSeconds, null, 'incremental round: unknown share');
  assert.equal(progressOf(info({ State: 'Synced' })).remainingSeconds, null, 'not moving: no speed, no ETA');
  // The progress rule: an SMC that has not started moving is at 0; null only once it moved and reports nothing.
  assert.equal(progressOf(info({ State: 'Online', DoneSubtask: 0, TotalSubtask: 0, Subtasks: [] })).percent, 0);
  assert.equal(progressOf(info({ State: 'Preparing', DoneSubtask: undefined, TotalSubtask: undefined, Subtasks: [] })).percent, 0);
  const incremental = progressOf(info({ LastSyncedTime: 1768464000 }));
  assert.equal(incremental.totalBytes, null);
  assert.equal(incremental.percent, 75);
  assert.equal(progressOf(info({ State: 'Completed', DoneSubtask: undefined, TotalSubtask: undefined })).percent, 100);
  assert.equal(progressOf(info({ State: 'Synced' })).speed, null);
  assert.equal(progressOf(info({ DoneSubtask: 5, TotalSubtask: 2, Subtasks: [] })).percent, 100); // clamped
});

test('parseSpeed: byte units binary, bit units decimal', () => {
  assert.equal(parseSpeed('100MB/s'), 100 * 1024 * 1024);
  assert.equal(parseSpeed('1Gbps'), 125_000_000);
  assert.equal(parseSpeed('800 Mbps'), 100_000_000);
  assert.equal(parseSpeed('512KB/s'), 512 * 1024);
  assert.equal(parseSpeed('1.5 GB/s'), Math.round(1.5 * GIB));
  assert.equal(parseSpeed('0B/s'), 0);
  assert.equal(parseSpeed('fast'), null);
  assert.equal(parseSpeed(''), null);
});

test('Exception: FAILED with the Reason as error; Completed: SUCCEEDED with finishedAt', () => {
  const failed = toTask(info({ State: 'Exception', Reason: 'transfer VM unreachable' }), CTX);
  assert.equal(failed.state, TaskState.FAILED);
  assert.deepEqual(failed.error, { code: null, message: 'transfer VM unreachable' });
  const done = toTask(info({ State: 'Completed', UpdateTime: 1768470000 }), CTX);
  assert.equal(done.state, TaskState.SUCCEEDED);
  assert.equal(done.finishedAt, new Date(1768470000 * 1000).toISOString());
  assert.equal(done.error, null);
});

test('units: Bandwidth 0 = unlimited -> null; times 0 -> null; details typed and without password', () => {
  const t = toTask(info({ Bandwidth: 0, LastSyncedTime: 0, State: 'Synced', Locked: true, ...({ Password: 'must-not-leak' } as object) }), CTX);
  assert.equal(t.bandwidthLimitMbps, null);
  assert.equal(t.lastSyncedAt, null);
  const d = t.details!;
  assert.equal(d.provider, 'ucloudstack-smc');
  assert.equal(d.smcState, 'Synced');
  assert.equal(d.resourceState, 'AVAILABLE');
  assert.equal(d.locked, true);
  assert.equal(d.bandwidthMbps, 0);
  assert.equal(d.user, 'root');
  assert.deepEqual((d.diskMappings as unknown[])[0], {
    device: '/dev/vda1',
    mountPoint: '/',
    fsType: 'ext4',
    sizeBytes: 40 * GIB,
    availBytes: 30 * GIB,
    isRoot: true,
    mappingDiskId: 'disk-xxxx',
  });
  assert.ok(!JSON.stringify(t).includes('must-not-leak'));
  assert.ok(!JSON.stringify(toSource(info({ ...({ Password: 'must-not-leak' } as object) }), CTX)).includes('must-not-leak'));
});

test('availableActions: START only in Online/Synced, configured and not Locked; STOP; CUTOVER; DELETE', () => {
  const acts = (o: Parameters<typeof info>[0]) => availableActions(toTask(info(o), CTX));
  assert.deepEqual(acts({ State: 'Online' }), [TaskAction.START, TaskAction.DELETE]);
  assert.deepEqual(acts({ State: 'Online', VMID: '' }), [TaskAction.DELETE]);
  assert.deepEqual(acts({ State: 'Online', Locked: true }), [TaskAction.DELETE]);
  assert.deepEqual(acts({ State: 'Synced' }), [TaskAction.START, TaskAction.CUTOVER, TaskAction.DELETE]);
  assert.deepEqual(acts({ State: 'Synced', Locked: true }), [TaskAction.CUTOVER, TaskAction.DELETE]);
  assert.deepEqual(acts({ State: 'Syncing' }), [TaskAction.STOP, TaskAction.DELETE]);
  assert.deepEqual(acts({ State: 'Preparing' }), [TaskAction.STOP, TaskAction.DELETE]);
  assert.deepEqual(acts({ State: 'Completing' }), [TaskAction.DELETE]);
  assert.deepEqual(acts({ State: 'Completed' }), [TaskAction.DELETE]);
  assert.deepEqual(acts({ State: 'DELETING' }), []);
  assert.deepEqual(acts({ State: 'CREATING' }), [TaskAction.DELETE]);
});

test('toSetupRequest: bytes -> GB, missing partition facts taken from the SMC, password passed through once', () => {
  const req = toSetupRequest(
    'cn',
    'smc-xxxx',
    {
      vmId: 'vm-xxxx',
      host: '10.0.0.5',
      bandwidthMbps: 100,
      user: 'root',
      password: 'pw',
      diskMappings: [
        { device: '/dev/vda1', mappingDiskId: 'disk-xxxx' },
        { device: '/dev/vdc1', mappingDiskId: 'disk-zzzz', sizeBytes: 20 * GIB, isRoot: false },
      ],
    },
    SYNCING_INFO.DiskMappings!,
  );
  assert.deepEqual(req, {
    Region: 'cn',
    SMCID: 'smc-xxxx',
    VMID: 'vm-xxxx',
    Host: '10.0.0.5',
    Bandwidth: 100,
    User: 'root',
    Password: 'pw',
    DiskMappings: [
      { Device: '/dev/vda1', MountPoint: '/', FsType: 'ext4', Size: 40, Avail: 30, IsRoot: true, MappingDiskID: 'disk-xxxx' },
      { Device: '/dev/vdc1', MountPoint: undefined, FsType: undefined, Size: 20, Avail: undefined, IsRoot: false, MappingDiskID: 'disk-zzzz' },
    ],
  });
});

test('the digest envelope example maps to an empty page', () => {
  assert.deepEqual(EMPTY_DESCRIBE.Infos!.map((i) => toTask(i, CTX)), []);
  assert.equal(EMPTY_DESCRIBE.TotalCount, 0);
});

test('updatedAt is UpdateTime on the task and the source of an SMC; stateChangedAt is null (not reported)', () => {
  const task = toTask(SYNCING_INFO, CTX);
  const source = toSource(SYNCING_INFO, CTX);
  assert.equal(task.updatedAt, '2026-01-15T08:10:00.000Z');
  assert.equal(source.updatedAt, '2026-01-15T08:10:00.000Z');
  assert.deepEqual([task.stateChangedAt, source.stateChangedAt], [null, null]);
  assert.equal(toTask(info({ UpdateTime: undefined }), CTX).updatedAt, null);
});
