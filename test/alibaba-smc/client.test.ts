/**
 * Contract tests: the typed client against the simulator, for every Action (happy path and the main
 * refusals), the gateway checks (wrong secret, reused nonce, stale timestamp), throttling and retries.
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GatewayError } from '../../src/core/errors.js';
import { encodeParams } from '../../adapters/alibaba-smc/params.js';
import { OPERATION_IDS as ACTIONS } from '../../adapters/alibaba-smc/generated/operations.js';
import { addSource, REGION, startEnv, type Env } from './helpers.js';

/** Refused before anything was sent: BAD_USER_INPUT naming the wire path, no upstream request. */
async function refusedLocally(env: Env, p: Promise<unknown>, field: string): Promise<void> {
  const before = Object.values(env.sim.counts()).reduce((a, b) => a + b, 0);
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof GatewayError, String(e));
    assert.equal(e.code, 'BAD_USER_INPUT', e.message);
    assert.equal(e.field, field, e.message);
    assert.equal(e.provider, 'alibaba-smc');
    assert.equal(e.account, 'ali-test');
    return true;
  });
  assert.equal(Object.values(env.sim.counts()).reduce((a, b) => a + b, 0), before, 'nothing was sent');
}

async function refusal(p: Promise<unknown>, providerCode: string, code?: string): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof GatewayError, `expected GatewayError, got ${String(e)}`);
    assert.equal(e.providerCode, providerCode, e.message);
    if (code) assert.equal(e.code, code);
    assert.equal(e.provider, 'alibaba-smc');
    assert.ok(e.requestId, 'requestId is kept');
    return e;
  }
  assert.fail(`expected ${providerCode}`);
}

describe('alibaba-smc client <-> simulator', () => {
  let env: Env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env.close();
  });
  beforeEach(() => {
    env.sim.faults.reset();
  });

  test('encodeParams flattens .N lists and refuses non-catalog names', () => {
    assert.deepEqual(
      encodeParams('CreateReplicationJob', {
        RegionId: 'cn-hangzhou',
        SourceId: 's-1',
        SystemDiskSize: 40,
        RunOnce: false,
        DataDisk: [{ Index: 1, Size: 100, Part: [{ Device: '1_0', SizeBytes: 5, Block: true }] }],
        SystemDiskPart: [{ Device: '0_1', Block: false }],
        Tag: [{ Key: 'k', Value: 'v' }],
        Name: undefined,
      }),
      {
        RegionId: 'cn-hangzhou',
        SourceId: 's-1',
        SystemDiskSize: '40',
        RunOnce: 'false',
        'DataDisk.1.Index': '1',
        'DataDisk.1.Size': '100',
        'DataDisk.1.Part.1.Device': '1_0',
        'DataDisk.1.Part.1.SizeBytes': '5',
        'DataDisk.1.Part.1.Block': 'true',
        'SystemDiskPart.1.Device': '0_1',
        'SystemDiskPart.1.Block': 'false',
        'Tag.1.Key': 'k',
        'Tag.1.Value': 'v',
      },
    );
    assert.deepEqual(encodeParams('DescribeReplicationJobs', { JobId: ['a', 'b'], SourceId: ['s'] }), { 'JobId.1': 'a', 'JobId.2': 'b', 'SourceId.1': 's' });
    assert.deepEqual(encodeParams('UntagResources', { ResourceType: 'sourceserver', ResourceId: ['s'], TagKey: ['k1', 'k2'] }), { ResourceType: 'sourceserver', 'ResourceId.1': 's', 'TagKey.1': 'k1', 'TagKey.2': 'k2' });
    assert.throws(() => encodeParams('StartReplicationJob', { JobId: 'j', RegionId: 'x' }), /not a catalog parameter/);
    assert.throws(() => encodeParams('CreateReplicationJob', { RegionId: 'r', SourceId: 's', SystemDiskSize: 20, LaunchTemplateId: 'lt' }), /not a catalog parameter/);
  });

  test('DescribeSourceServers: wrapper unwrapped, filters, paging rules', async () => {
    const c = env.client();
    const a = addSource(env, 'describeA');
    addSource(env, 'describeB', { State: 'Unavailable', ErrorCode: 'SourceServer.Offline' });
    const byId = await c.describeSourceServers({ SourceId: [a.SourceId] });
    assert.equal(byId.TotalCount, 1);
    assert.equal(byId.SourceServers[0]!.Name, 'describeA');
    assert.deepEqual(byId.SourceServers[0]!.DataDisks?.DataDisk?.map((d) => d.Index), [1, 2]);
    assert.equal(typeof byId.SourceServers[0]!.SystemInfo, 'string');
    const offline = await c.describeSourceServers({ State: 'Unavailable', Name: 'describeB' });
    assert.equal(offline.SourceServers[0]!.ErrorCode, 'SourceServer.Offline');
    const p1 = await c.describeSourceServers({ PageSize: 1, PageNumber: 2 });
    assert.equal(p1.PageSize, 1);
    assert.equal(p1.PageNumber, 2);
    assert.equal(p1.SourceServers.length, 1);
    assert.ok(p1.TotalCount >= 2);
    await refusedLocally(env, c.describeSourceServers({ PageSize: 51 }), 'params.PageSize');
    await refusedLocally(env, c.describeSourceServers({ PageNumber: 0 }), 'params.PageNumber');
  });

  test('ModifySourceServerAttribute: rename, describe, duplicate name', async () => {
    const c = env.client();
    const a = addSource(env, 'modA');
    addSource(env, 'modB');
    await c.modifySourceServerAttribute({ SourceId: a.SourceId, Name: 'modA2', Description: 'renamed source' });
    const r = await c.describeSourceServers({ SourceId: [a.SourceId] });
    assert.equal(r.SourceServers[0]!.Name, 'modA2');
    assert.equal(r.SourceServers[0]!.Description, 'renamed source');
    await refusal(c.modifySourceServerAttribute({ SourceId: a.SourceId, Name: 'modB' }), 'SourceServerName.Duplicate', 'CONFLICT');
    await refusal(c.modifySourceServerAttribute({ SourceId: 's-nope', Name: 'x1' }), 'InvalidSourceId.NotFound', 'NOT_FOUND');
  });

  test('CreateReplicationJob + DescribeReplicationJobs: Ready, all target options echoed, source InUse', async () => {
    const c = env.client();
    const s = addSource(env, 'createA');
    const created = await c.createReplicationJob({
      RegionId: REGION,
      SourceId: s.SourceId,
      SystemDiskSize: 80,
      Name: 'createJobA',
      Description: 'full options',
      TargetType: 'Image',
      ImageName: 'img-createA',
      DataDisk: [{ Index: 1, Size: 120, Part: [{ Device: '1_0', SizeBytes: 1024, Block: true }] }],
      SystemDiskPart: [{ Device: '0_1', SizeBytes: 9403629568, Block: false }],
      NetMode: 2,
      VSwitchId: 'vsw-1',
      VpcId: 'vpc-1',
      ReplicationParameters: '{"bandwidth_limit":100}',
      InstanceType: 'ecs.c6.large',
      InstanceRamRole: 'SMCAdmin',
      LicenseType: 'BYOL',
      Tag: [{ Key: 'team', Value: 'infra' }],
    });
    assert.match(created.JobId, /^j-/);
    assert.ok(created.ClientToken.length > 0, 'a ClientToken is always sent');
    const createReq = env.sim.requests.filter((r) => r.action === 'CreateReplicationJob').at(-1)!;
    assert.equal(createReq.params.ClientToken, created.ClientToken);
    const d = await c.describeReplicationJobs({ JobId: [created.JobId], RegionId: REGION });
    const j = d.ReplicationJobs[0]!;
    assert.equal(j.Status, 'Ready');
    assert.equal(j.Name, 'createJobA');
    assert.equal(j.SystemDiskSize, 80);
    assert.equal(j.NetMode, 2);
    assert.equal(j.VSwitchId, 'vsw-1');
    assert.equal(j.LicenseType, 'BYOL');
    assert.equal(j.InstanceType, 'ecs.c6.large');
    assert.deepEqual(j.DataDisks?.DataDisk?.[0], { Index: 1, Size: 120, Parts: { Part: [{ Device: '1_0', SizeBytes: 1024, Block: true }] } });
    assert.deepEqual(j.SystemDiskParts?.SystemDiskPart, [{ Device: '0_1', SizeBytes: 9403629568, Block: false }]);
    assert.equal(j.RunOnce, true);
    assert.ok(j.ValidTime, 'default ValidTime = creation + 30 days');
    const src = await c.describeSourceServers({ SourceId: [s.SourceId] });
    assert.equal(src.SourceServers[0]!.State, 'InUse');
    assert.equal(src.SourceServers[0]!.JobId, created.JobId);
  });

  test('CreateReplicationJob refusals: second job for a source, duplicate name, disks, VPC, incremental params, quota', async () => {
    const c = env.client();
    const s1 = addSource(env, 'refuseA');
    const s2 = addSource(env, 'refuseB');
    await c.createReplicationJob({ RegionId: REGION, SourceId: s1.SourceId, SystemDiskSize: 40, Name: 'refuseJob' });
    await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: s1.SourceId, SystemDiskSize: 40, Name: 'refuseJob2' }), 'SourceServerState.Invalid', 'CONFLICT');
    await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: s2.SourceId, SystemDiskSize: 40, Name: 'refuseJob' }), 'ReplicationJobName.Duplicate', 'CONFLICT');
    await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: s2.SourceId, SystemDiskSize: 40, DataDisk: [{ Index: 1 }, { Index: 1 }] }), 'DataDisk.DuplicateIndex', 'BAD_USER_INPUT');
    await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: s2.SourceId, SystemDiskSize: 40, DataDisk: [{ Index: 7 }] }), 'ReplicationJobDataDiskIndex.Invalid', 'BAD_USER_INPUT');
    await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: s2.SourceId, SystemDiskSize: 40, RunOnce: false, Frequency: 2 }), 'MissingParameter', 'BAD_USER_INPUT');
    await refusedLocally(env, c.createReplicationJob({ RegionId: REGION, SourceId: s2.SourceId, SystemDiskSize: 10 }), 'params.SystemDiskSize');
    await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: 's-missing', SystemDiskSize: 40 }), 'InvalidSourceId.NotFound', 'NOT_FOUND');
    const offline = addSource(env, 'refuseOffline', { State: 'Unavailable', ErrorCode: 'SourceServer.Offline' });
    await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: offline.SourceId, SystemDiskSize: 40 }), 'SourceServerState.Invalid', 'CONFLICT');
  });

  test('VSwitchIdVpcId.Mismatch and QuotaExceeded.ReplicationJob', async () => {
    const e2 = await startEnv({ maxJobs: 1, vSwitches: { 'vsw-a': 'vpc-a' } });
    try {
      const c = e2.client();
      const a = addSource(e2, 'qa');
      const b = addSource(e2, 'qb');
      await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: a.SourceId, SystemDiskSize: 40, NetMode: 2, VSwitchId: 'vsw-a', VpcId: 'vpc-b' }), 'VSwitchIdVpcId.Mismatch', 'BAD_USER_INPUT');
      await c.createReplicationJob({ RegionId: REGION, SourceId: a.SourceId, SystemDiskSize: 40, NetMode: 2, VSwitchId: 'vsw-a' });
      await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: b.SourceId, SystemDiskSize: 40 }), 'QuotaExceeded.ReplicationJob', 'CONFLICT');
    } finally {
      await e2.close();
    }
  });

  test('Start/Stop: Start only from Ready/Stopped/InError, Stop only while Running+Syncing', async () => {
    const c = env.client();
    const s = addSource(env, 'runA');
    const { JobId } = await c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, Name: 'runJobA' });
    await refusal(c.stopReplicationJob({ JobId }), 'ReplicationJob.InvalidStatus', 'CONFLICT');
    await c.startReplicationJob({ JobId });
    let j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Running');
    assert.equal(j.BusinessStatus, 'Preparing');
    await refusal(c.startReplicationJob({ JobId }), 'ReplicationJob.InvalidStatus', 'CONFLICT');
    await refusal(c.stopReplicationJob({ JobId }), 'ReplicationJob.InvalidStatus', 'CONFLICT');
    await refusal(c.deleteReplicationJob({ JobId }), 'ReplicationJob.InvalidStatus', 'CONFLICT');
    await env.clock.advance(30_000); // Preparing 10 s, then Syncing
    j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.BusinessStatus, 'Syncing');
    assert.ok(Number(j.Progress) > 5 && Number(j.Progress) < 85, `progress ${j.Progress}`);
    await c.stopReplicationJob({ JobId });
    j = (await c.describeReplicationJobs({ JobId: [JobId], Status: 'Stopped' })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Stopped');
    const stoppedAt = Number(j.Progress);
    await c.startReplicationJob({ JobId });
    await env.clock.advance(200_000);
    j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Finished');
    assert.equal(j.Progress, 100);
    assert.ok(stoppedAt > 5);
    assert.match(j.ImageId!, /^m-/);
    assert.equal(j.ReplicationJobRuns?.ReplicationJobRun?.length, 1);
    const src = (await c.describeSourceServers({ SourceId: [s.SourceId] })).SourceServers[0]!;
    assert.equal(src.State, 'Available', 'a finished job releases its source');
    await refusal(c.startReplicationJob({ JobId: 'j-missing' }), 'InvalidJobId.NotFound', 'NOT_FOUND');
  });

  test('ModifyReplicationJobAttribute: before the run vs after; ValidTime range', async () => {
    const c = env.client();
    const s = addSource(env, 'modJob');
    const { JobId } = await c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, Name: 'modJobA' });
    await c.modifyReplicationJobAttribute({ JobId, Name: 'modJobB', ImageName: 'imgB', SystemDiskSize: 60, LaunchTemplateId: 'lt-1', LaunchTemplateVersion: '2', DataDisk: [{ Index: 2, Size: 60 }] });
    let j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Name, 'modJobB');
    assert.equal(j.SystemDiskSize, 60);
    assert.equal(j.LaunchTemplateId, 'lt-1');
    assert.deepEqual(j.DataDisks?.DataDisk?.map((d) => d.Index), [2]);
    const tooEarly = new Date(env.clock.now() + 86_400_000).toISOString().slice(0, 19) + 'Z';
    await refusal(c.modifyReplicationJobAttribute({ JobId, ValidTime: tooEarly }), 'InvalidParameter', 'BAD_USER_INPUT');
    await c.startReplicationJob({ JobId });
    await refusal(c.modifyReplicationJobAttribute({ JobId, ImageName: 'imgC' }), 'ReplicationJob.InvalidStatus', 'CONFLICT');
    await c.modifyReplicationJobAttribute({ JobId, Description: 'renamed while running' });
    j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Description, 'renamed while running');
    await refusal(c.modifyReplicationJobAttribute({ JobId, Name: 'createJobA' }), 'ReplicationJobName.Duplicate', 'CONFLICT');
  });

  test('incremental job: Waiting, scheduled runs, CutOverReplicationJob with SyncData', async () => {
    const c = env.client();
    const s = addSource(env, 'incA');
    const { JobId } = await c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, Name: 'incJobA', RunOnce: false, Frequency: 2, MaxNumberOfImageToKeep: 2 });
    await refusal(c.cutOverReplicationJob({ JobId }), 'ReplicationJob.InvalidStatus', 'CONFLICT');
    await c.startReplicationJob({ JobId });
    await env.clock.advance(130_000); // one full run: 10 + 100 + 10 + 10
    let j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Waiting');
    assert.equal(j.ReplicationJobRuns?.ReplicationJobRun?.length, 1);
    assert.equal(j.ReplicationJobRuns?.ReplicationJobRun?.[0]?.Type, 'Manual');
    await c.modifyReplicationJobAttribute({ JobId, Frequency: 1 });
    await env.clock.advance(61_000); // Frequency 1 "hour" = 60 s in the test timing
    j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Running');
    assert.equal(j.ReplicationJobRuns?.ReplicationJobRun?.[1]?.Type, 'Schedule');
    await env.clock.advance(130_000);
    j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Waiting');
    await c.cutOverReplicationJob({ JobId, SyncData: true });
    j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Running');
    await env.clock.advance(130_000);
    j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Finished');
    assert.equal(j.ReplicationJobRuns?.ReplicationJobRun?.length, 3);
  });

  test('CutOver with SyncData=false cleans up and finishes; a source going offline fails a running job', async () => {
    const c = env.client();
    const s = addSource(env, 'incB');
    const { JobId } = await c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, RunOnce: false, Frequency: 24, MaxNumberOfImageToKeep: 1 });
    await c.startReplicationJob({ JobId });
    await env.clock.advance(130_000);
    await c.cutOverReplicationJob({ JobId, SyncData: false });
    let j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.BusinessStatus, 'Cleaning');
    await env.clock.advance(11_000);
    j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Finished');

    const s2 = addSource(env, 'offlineLater');
    const r = await c.createReplicationJob({ RegionId: REGION, SourceId: s2.SourceId, SystemDiskSize: 40 });
    await c.startReplicationJob({ JobId: r.JobId });
    env.sim.service.setSourceState(s2.SourceId, 'Unavailable', 'SourceServer.Offline');
    await env.clock.advance(1_000);
    j = (await c.describeReplicationJobs({ JobId: [r.JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'InError');
    assert.equal(j.ErrorCode, 'SourceServer.Offline');
    await refusal(c.startReplicationJob({ JobId: r.JobId }), 'SourceServerState.Invalid', 'CONFLICT');
  });

  test('ScheduledStartTime starts the job; ValidTime expires a Ready job', async () => {
    const c = env.client();
    const s = addSource(env, 'sched');
    const fmt = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';
    const { JobId } = await c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, ScheduledStartTime: fmt(env.clock.now() + 60_000) });
    await refusal(c.createReplicationJob({ RegionId: REGION, SourceId: addSource(env, 'sched2').SourceId, SystemDiskSize: 40, ScheduledStartTime: fmt(env.clock.now() - 1_000) }), 'InvalidParameter', 'BAD_USER_INPUT');
    await env.clock.advance(61_000);
    const j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Running');
    assert.equal(j.ReplicationJobRuns?.ReplicationJobRun?.[0]?.Type, 'Schedule');

    const e2 = await startEnv();
    try {
      const c2 = e2.client();
      const src = addSource(e2, 'expiring');
      const r = await c2.createReplicationJob({ RegionId: REGION, SourceId: src.SourceId, SystemDiskSize: 40, ValidTime: fmt(e2.clock.now() + 7 * 86_400_000 + 1_000) });
      await e2.clock.advance(7 * 86_400_000 + 2_000);
      const x = (await c2.describeReplicationJobs({ JobId: [r.JobId] })).ReplicationJobs[0]!;
      assert.equal(x.Status, 'Expired');
      await refusal(c2.startReplicationJob({ JobId: r.JobId }), 'ReplicationJob.InvalidStatus', 'CONFLICT');
      await c2.deleteReplicationJob({ JobId: r.JobId });
    } finally {
      await e2.close();
    }
  });

  test('DeleteReplicationJob: Deleting, then gone; source released', async () => {
    const c = env.client();
    const s = addSource(env, 'delJob');
    const { JobId } = await c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40 });
    await c.deleteReplicationJob({ JobId });
    const j = (await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!;
    assert.equal(j.Status, 'Deleting');
    await refusal(c.deleteReplicationJob({ JobId }), 'ReplicationJob.InvalidStatus', 'CONFLICT');
    await env.clock.advance(6_000);
    assert.equal((await c.describeReplicationJobs({ JobId: [JobId] })).TotalCount, 0);
    assert.equal((await c.describeSourceServers({ SourceId: [s.SourceId] })).SourceServers[0]!.State, 'Available');
  });

  test('DeleteSourceServer: running job refused, other job needs Force', async () => {
    const c = env.client();
    const s = addSource(env, 'delSrc');
    const { JobId } = await c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40 });
    await refusal(c.deleteSourceServer({ SourceId: s.SourceId }), 'ReplicationJob.Related', 'CONFLICT');
    await c.startReplicationJob({ JobId });
    await refusal(c.deleteSourceServer({ SourceId: s.SourceId, Force: true }), 'SourceServer.WithRunningReplicationJob', 'CONFLICT');
    await env.clock.advance(30_000);
    await c.stopReplicationJob({ JobId });
    await c.deleteSourceServer({ SourceId: s.SourceId, Force: true });
    assert.equal((await c.describeSourceServers({ SourceId: [s.SourceId] })).SourceServers[0]!.State, 'Deleting');
    assert.equal((await c.describeReplicationJobs({ JobId: [JobId] })).ReplicationJobs[0]!.Status, 'Deleting');
    await refusal(c.deleteSourceServer({ SourceId: s.SourceId, Force: true }), 'SourceServerState.Invalid', 'CONFLICT');
    await env.clock.advance(6_000);
    assert.equal((await c.describeSourceServers({ SourceId: [s.SourceId] })).TotalCount, 0);
    const bare = addSource(env, 'delBare');
    await c.deleteSourceServer({ SourceId: bare.SourceId });
  });

  test('TagResources / ListTagResources / UntagResources', async () => {
    const c = env.client();
    const a = addSource(env, 'tagA');
    const b = addSource(env, 'tagB');
    await c.tagResources({ ResourceType: 'sourceserver', ResourceId: [a.SourceId, b.SourceId], Tag: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'infra' }] });
    const all = await c.listTagResources({ ResourceType: 'sourceserver', ResourceId: [a.SourceId, b.SourceId] });
    assert.equal(all.TagResources.length, 4);
    assert.equal(all.NextToken, '');
    assert.equal(all.TagResources[0]!.ResourceType, 'ALIYUN::SMC::SOURCESERVER');
    const filtered = await c.listTagResources({ ResourceType: 'sourceserver', Tag: [{ Key: 'team', Value: 'infra' }] });
    assert.ok(filtered.TagResources.some((t) => t.ResourceId === a.SourceId));
    await c.untagResources({ ResourceType: 'sourceserver', ResourceId: [a.SourceId], TagKey: ['env'] });
    await c.untagResources({ ResourceType: 'sourceserver', ResourceId: [b.SourceId], All: true });
    const after = await c.listTagResources({ ResourceType: 'sourceserver', ResourceId: [a.SourceId, b.SourceId] });
    assert.deepEqual(after.TagResources.map((t) => [t.ResourceId, t.TagKey]), [[a.SourceId, 'team']]);
    await refusal(c.tagResources({ ResourceType: 'sourceserver', ResourceId: ['s-missing'], Tag: [{ Key: 'k' }] }), 'InvalidResourceId.NotFound', 'NOT_FOUND');
    await refusal(c.tagResources({ ResourceType: 'sourceserver', ResourceId: [a.SourceId, a.SourceId], Tag: [{ Key: 'k' }] }), 'Duplicate.ResourceId', 'BAD_USER_INPUT');
    await refusedLocally(env, c.tagResources({ ResourceType: 'vm' as 'sourceserver', ResourceId: [a.SourceId], Tag: [{ Key: 'k' }] }), 'params.ResourceType');
    // ResourceId.N is 1-50 (catalog override): 51 ids are refused before sending (the simulator's NumberExceed.ResourceIds is never reached).
    await refusedLocally(env, c.tagResources({ ResourceType: 'sourceserver', ResourceId: Array.from({ length: 51 }, (_, i) => `s-${i}`), Tag: [{ Key: 'k' }] }), 'params.ResourceId');
    await refusal(c.tagResources({ ResourceType: 'sourceserver', ResourceId: [a.SourceId], Tag: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}` })) }), 'NumberExceed.Tags', 'BAD_USER_INPUT');
    await refusal(c.listTagResources({ ResourceType: 'sourceserver', Tag: [{ Value: 'v' }] }), 'InvalidParameter.TagValue', 'BAD_USER_INPUT');
    await refusedLocally(env, c.untagResources({ ResourceType: '' as 'sourceserver', ResourceId: [a.SourceId] }), 'params.ResourceType');
  });

  test('ListTagResources NextToken paging (listAllTagResources)', async () => {
    const e2 = await startEnv({ tagPageSize: 3 });
    try {
      const c = e2.client();
      const ids = Array.from({ length: 4 }, (_, i) => addSource(e2, `pg${i}`).SourceId);
      await c.tagResources({ ResourceType: 'sourceserver', ResourceId: ids, Tag: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] });
      const first = await c.listTagResources({ ResourceType: 'sourceserver' });
      assert.equal(first.TagResources.length, 3);
      assert.match(first.NextToken, /^[0-9a-f]{32}$/);
      const all = await c.listAllTagResources({ ResourceType: 'sourceserver' });
      assert.equal(all.length, 8);
      assert.equal(e2.sim.counts().ListTagResources, 1 + 3);
    } finally {
      await e2.close();
    }
  });

  test('gateway checks: wrong secret, reused nonce, stale timestamp, unknown key, GET works too', async () => {
    await refusal(env.client({ credentials: { accessKeyId: 'LTAItestAccessKey01', accessKeySecret: 'wrong' } }).describeSourceServers(), 'SignatureDoesNotMatch', 'UNAUTHENTICATED');
    const fixed = env.client({ nonce: () => 'fixed-nonce-1' });
    await fixed.describeSourceServers();
    await refusal(fixed.describeSourceServers(), 'SignatureNonceUsed', 'UNAUTHENTICATED');
    await refusal(env.client({ now: () => env.clock.now() - 16 * 60_000 }).describeSourceServers(), 'InvalidTimeStamp.Expired', 'UNAUTHENTICATED');
    await env.client({ now: () => env.clock.now() + 14 * 60_000 }).describeSourceServers();
    await refusal(env.client({ credentials: { accessKeyId: 'nobody', accessKeySecret: 'x' } }).describeSourceServers(), 'InvalidAccessKeyId.NotFound', 'UNAUTHENTICATED');
    const get = env.client({ method: 'GET' });
    const r = await get.describeSourceServers({ PageSize: 1 });
    assert.equal(r.PageSize, 1);
    assert.equal(env.sim.requests.at(-1)!.method, 'GET');
  });

  test('every Action name the client sends is one of the 13 catalog Actions, with catalog parameters only (strict simulator)', () => {
    const seen = new Set(env.sim.requests.filter((r) => r.status === 200).map((r) => r.action));
    for (const a of seen) assert.ok((ACTIONS as readonly string[]).includes(a));
    assert.equal(seen.size, 13, `all 13 Actions exercised: ${[...seen].join(', ')}`);
  });

  test('throttling: Throttling.User is retried with backoff for reads, then THROTTLED', async () => {
    const c = env.client();
    env.sim.resetCounts();
    env.sim.faults.failNext('throttle', 2);
    const ok = await c.describeReplicationJobs({ PageSize: 1 });
    assert.ok(ok.RequestId);
    assert.equal(env.sim.counts().DescribeReplicationJobs, 3);
    env.sim.faults.failNext('throttle', 3);
    await refusal(c.describeReplicationJobs({ PageSize: 1 }), 'Throttling.User', 'THROTTLED');
  });

  test('writes are never retried: a 5xx on StartReplicationJob surfaces at once', async () => {
    const c = env.client();
    const s = addSource(env, 'noRetry');
    const { JobId } = await c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40 });
    env.sim.resetCounts();
    env.sim.faults.failNext('serverError', 1);
    await refusal(c.startReplicationJob({ JobId }), 'ServiceUnavailable', 'UPSTREAM_UNAVAILABLE');
    assert.equal(env.sim.counts().StartReplicationJob, 1);
    env.sim.faults.failNext('throttle', 1);
    await refusal(c.startReplicationJob({ JobId }), 'Throttling.User', 'THROTTLED');
    assert.equal(env.sim.counts().StartReplicationJob, 2);
  });

  test('reads survive a reset and a 5xx', async () => {
    const c = env.client();
    env.sim.faults.failNext('reset', 1);
    env.sim.faults.failNext('serverError', 1);
    assert.ok((await c.describeSourceServers({ PageSize: 1 })).RequestId);
  });

  test('a retried CreateReplicationJob (reset / 5xx after the job was created) yields one job', async () => {
    const c = env.client();
    for (const kind of ['reset', 'serverError'] as const) {
      const s = addSource(env, `retry${kind}`);
      env.sim.faults.failAfterApply('CreateReplicationJob', kind);
      env.sim.resetCounts();
      const before = env.sim.service.jobs.size;
      const r = await c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, Name: `retried-${kind}` }, { idempotencyKey: `mutation:create:${kind}` });
      assert.equal(env.sim.counts().CreateReplicationJob, 2, 'the create was sent twice');
      assert.equal(env.sim.service.jobs.size, before + 1, 'one job');
      const attempts = env.sim.requests.filter((q) => q.action === 'CreateReplicationJob').slice(-2);
      assert.equal(attempts[0]!.params.ClientToken, attempts[1]!.params.ClientToken, 'same ClientToken');
      assert.notEqual(attempts[0]!.params.SignatureNonce, attempts[1]!.params.SignatureNonce, 'each attempt signed afresh');
      const jobs = await c.describeReplicationJobs({ SourceId: [s.SourceId] });
      assert.equal(jobs.TotalCount, 1);
      assert.equal(jobs.ReplicationJobs[0]!.JobId, r.JobId);
    }
  });

  test('the catalog validators refuse bad requests before anything is sent (vendor name pattern, ranges, ReplicationParameters)', async () => {
    const c = env.client();
    const s = addSource(env, 'validateSrc');
    await refusedLocally(env, c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, Name: '1-starts-with-a-digit' }), 'params.Name');
    await refusedLocally(env, c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, Name: 'has space' }), 'params.Name');
    await refusedLocally(env, c.modifySourceServerAttribute({ SourceId: s.SourceId, Description: 'http://x' }), 'params.Description');
    await refusedLocally(env, c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, ReplicationParameters: '{"bandwidth_limit":-5}' }), 'params.ReplicationParameters.bandwidth_limit');
    await refusedLocally(env, c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, ReplicationParameters: 'not json' }), 'params.ReplicationParameters');
    await refusedLocally(env, c.createReplicationJob({ RegionId: REGION, SourceId: s.SourceId, SystemDiskSize: 40, Frequency: 169 }), 'params.Frequency');
    const p = env.provider();
    await refusedLocally(env, p.createTask({ region: REGION, sourceId: s.SourceId, name: 'negBandwidth', bandwidthLimitMbps: -1, options: { systemDiskSizeGiB: 40 } }), 'input.bandwidthLimitMbps');
    await refusedLocally(env, p.createTask({ region: REGION, sourceId: s.SourceId, name: 'bad name!', options: { systemDiskSizeGiB: 40 } }), 'input.name');
    await refusedLocally(env, p.createTask({ region: REGION, sourceId: s.SourceId, name: 'rawParams', options: { systemDiskSizeGiB: 40, replicationParameters: '{"bandwidth_limit":-5}' } }), 'input.alibaba.replicationParameters');
  });

  test('all 13 Actions have a client method', () => {
    const c = env.client().raw;
    const methods = ACTIONS.map((a) => a[0]!.toLowerCase() + a.slice(1));
    for (const m of methods) assert.equal(typeof (c as unknown as Record<string, unknown>)[m], 'function', m);
  });
});
