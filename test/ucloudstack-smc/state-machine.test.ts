/**
 * The SMC state machine end to end on a ManualClock: the agent emulator (over HTTP) and the unified
 * provider, from registration through setup, start, synced, an incremental round and complete to
 * Completed (SUCCEEDED); refusals that change nothing; liveness; failures; password secrecy.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TaskAction, TaskState, SourceState } from '../../src/core/model.js';
import { isGatewayError } from '../../src/core/errors.js';
import { Provider } from '../../adapters/ucloudstack-smc/provider.js';
import { Client } from '../../adapters/ucloudstack-smc/client.js';
import type { UCloudStackSmcDetails } from '../../adapters/ucloudstack-smc/mapper.js';
import { MAPPINGS, REGION, REGION2, rejection, startEnv, USER_KEY, VM, type TestEnv } from './support.js';

function providerFor(env: TestEnv): Provider {
  return new Provider({ accountId: 'ucs-test', regions: [REGION, REGION2], client: env.user });
}

const SETUP = {
  vmId: VM.VMID,
  host: '10.0.0.5',
  diskMappings: [
    { device: '/dev/vda1', mappingDiskId: 'disk-root-01' },
    { device: '/dev/vdb1', mappingDiskId: 'disk-data-01' },
  ],
};

describe('SMC lifecycle on the ManualClock', () => {
  let env: TestEnv;
  let provider: Provider;
  before(async () => {
    env = await startEnv();
    provider = providerFor(env);
  });
  after(async () => {
    await env.close();
  });

  test('setup -> start -> Syncing -> Synced -> incremental round -> complete -> Completed (SUCCEEDED)', async () => {
    // 10 GiB + 10 GiB used at 1000 Mbit/s: ~172 s of transfer; heartbeats every 10 s.
    const agent = await env.agent({ linkMbps: 1000 });
    const id = agent.smcId!;
    const task = async () => (await provider.getTasks(REGION, [id]))[0]!;

    let t = await task();
    assert.equal(t.state, TaskState.PENDING);
    assert.equal(t.nativeState, 'Online');
    assert.deepEqual(provider.availableActions(t), [TaskAction.DELETE]); // not configured yet
    const source = (await provider.getSources(REGION, [id]))[0]!;
    assert.equal(source.state, SourceState.AVAILABLE);
    assert.equal(source.agentConnected, true);

    t = await provider.createTask({ region: REGION, sourceId: id, name: 'ignored', bandwidthLimitMbps: null, options: SETUP });
    assert.equal(t.nativeId, id);
    assert.equal(t.state, TaskState.PENDING);
    assert.equal(t.target?.nativeId, VM.VMID);
    assert.deepEqual(provider.availableActions(t), [TaskAction.START, TaskAction.DELETE]);

    t = await provider.runTaskAction(REGION, id, TaskAction.START, null);
    assert.equal(t.state, TaskState.PREPARING);
    assert.deepEqual(provider.availableActions(t), [TaskAction.STOP, TaskAction.DELETE]);

    await env.clock.advance(10_000); // agent takes up Preparing
    assert.equal((await task()).nativeState, 'Preparing');
    await env.clock.advance(10_000); // Syncing with the first progress
    t = await task();
    assert.equal(t.state, TaskState.REPLICATING);
    const first = t.progress.percent;
    assert.equal(t.progress.totalBytes, 20 * 1024 ** 3);
    assert.ok(t.progress.steps.length === 2);

    await env.clock.advance(60_000);
    t = await task();
    assert.equal(t.state, TaskState.REPLICATING);
    assert.ok((t.progress.transferredBytes ?? 0) > 0);
    assert.ok((t.progress.speed ?? 0) > 0);
    assert.ok((t.progress.percent ?? 0) >= (first ?? 0));

    await env.clock.advance(150_000);
    t = await task();
    assert.equal(t.state, TaskState.READY_FOR_CUTOVER);
    assert.equal(t.progress.percent, 100);
    assert.ok(t.lastSyncedAt);
    const lastSynced = t.lastSyncedAt;
    assert.deepEqual(provider.availableActions(t), [TaskAction.START, TaskAction.CUTOVER, TaskAction.DELETE]);

    // Another (incremental) round: SYNCING rather than REPLICATING; WholeFile false.
    await provider.runTaskAction(REGION, id, TaskAction.START, null);
    await env.clock.advance(20_000);
    t = await task();
    assert.equal(t.state, TaskState.SYNCING);
    assert.equal(agent.lastResponse!.WholeFile, false);
    await env.clock.advance(30_000);
    t = await task();
    assert.equal(t.state, TaskState.READY_FOR_CUTOVER);
    assert.ok(t.lastSyncedAt! > lastSynced!);

    t = await provider.runTaskAction(REGION, id, TaskAction.CUTOVER, null);
    assert.equal(t.state, TaskState.CUTTING_OVER);
    const frozen = JSON.stringify(t.progress.steps);
    await env.clock.advance(10_000); // agent: Completing
    t = await task();
    assert.equal(t.nativeState, 'Completing');
    assert.equal(JSON.stringify(t.progress.steps), frozen); // progress frozen in Completing
    await env.clock.advance(20_000); // agent: Completed
    t = await task();
    assert.equal(t.state, TaskState.SUCCEEDED);
    assert.equal(t.nativeState, 'Completed');
    assert.ok(t.finishedAt);
    assert.equal((t.details as UCloudStackSmcDetails).locked, true);
    assert.deepEqual(provider.availableActions(t), [TaskAction.DELETE]);
    const src = (await provider.getSources(REGION, [id]))[0]!;
    assert.equal(src.state, SourceState.FINISHED);

    // Completed is final: heartbeats do not move it.
    await env.clock.advance(30_000);
    assert.equal((await task()).state, TaskState.SUCCEEDED);
  });

  test('stop during Syncing: STOPPING, then the agent reports Online (PENDING)', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    await provider.createTask({ region: REGION, sourceId: id, name: 'x', options: SETUP });
    await provider.runTaskAction(REGION, id, TaskAction.START, null);
    await env.clock.advance(20_000);
    assert.equal((await provider.getTasks(REGION, [id]))[0]!.nativeState, 'Syncing');
    const t = await provider.runTaskAction(REGION, id, TaskAction.STOP, null);
    assert.equal(t.state, TaskState.STOPPING);
    await env.clock.advance(20_000);
    const after = (await provider.getTasks(REGION, [id]))[0]!;
    assert.equal(after.nativeState, 'Online');
    assert.equal(after.state, TaskState.PENDING);
  });
});

describe('refusals change nothing', () => {
  let env: TestEnv;
  let provider: Provider;
  before(async () => {
    env = await startEnv();
    provider = providerFor(env);
  });
  after(async () => {
    await env.close();
  });

  test('SetupSMC while Locked: CONFLICT, configuration unchanged', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    await provider.createTask({ region: REGION, sourceId: id, name: 'x', bandwidthLimitMbps: 100, options: SETUP });
    env.sim.control.setLocked(id, true);
    const before = env.sim.control.record(id);
    const e = await rejection(
      provider.extension.setup(REGION, id, { ...SETUP, host: '10.0.0.99', bandwidthMbps: 5, user: 'admin', password: 'Locked-Secret-1' }),
    );
    assert.ok(isGatewayError(e));
    assert.equal(e.code, 'CONFLICT');
    assert.match(e.message, /locked/);
    assert.deepEqual(env.sim.control.record(id), before);
    const t = (await provider.getTasks(REGION, [id]))[0]!;
    assert.equal(t.bandwidthLimitMbps, 100);
    assert.ok(!provider.availableActions(t).includes(TaskAction.START));
  });

  test('StartSMC while Syncing: CONFLICT with the vendor code, state and progress unchanged', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    await provider.createTask({ region: REGION, sourceId: id, name: 'x', options: SETUP });
    await provider.runTaskAction(REGION, id, TaskAction.START, null);
    await env.clock.advance(20_000);
    const before = env.sim.control.record(id)!;
    assert.equal(before.state, 'Syncing');
    const e = await rejection(provider.runTaskAction(REGION, id, TaskAction.START, null));
    assert.equal(e.code, 'CONFLICT');
    assert.equal(e.providerCode, '8003');
    assert.equal(e.provider, 'ucloudstack-smc');
    assert.equal(e.account, 'ucs-test');
    assert.deepEqual(env.sim.control.record(id), before);
  });

  test('a non-zero RetCode under HTTP 200 is an error and nothing changes (CompleteSMC in Online, wrong signature)', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    const before = env.sim.control.record(id);
    const e = await rejection(env.user.completeSMC({ Region: REGION, SMCID: id }));
    assert.equal(e.httpStatus, 200);
    assert.equal(e.code, 'CONFLICT');
    const forged = new Client({ endpoint: env.sim.endpoint, credentials: { publicKey: USER_KEY.publicKey, privateKey: 'forged' } });
    try {
      const e2 = await rejection(forged.deleteSMC({ Region: REGION, SMCID: id }));
      assert.equal(e2.code, 'UNAUTHENTICATED');
    } finally {
      forged.close();
    }
    assert.deepEqual(env.sim.control.record(id), before);
  });

  test('unsupported unified actions and bad input are refused before any upstream call', async () => {
    const agent = await env.agent();
    env.sim.server.resetCounts();
    const e = await rejection(provider.runTaskAction(REGION, agent.smcId!, TaskAction.TEST, null));
    assert.equal(e.code, 'UNSUPPORTED_OPERATION');
    const bad = await rejection(provider.createTask({ region: REGION, sourceId: agent.smcId!, name: 'x', options: { ...SETUP, diskMappings: [] } }));
    assert.equal(bad.code, 'BAD_USER_INPUT');
    assert.equal(bad.field, 'input.ucloudstack.diskMappings');
    const tpl = await rejection(provider.createTask({ region: REGION, sourceId: agent.smcId!, name: 'x', templateId: 't-1', options: SETUP }));
    assert.equal(tpl.field, 'input.templateId');
    assert.equal(env.sim.server.totalRequests(), 0);
  });
});

describe('liveness and failures', () => {
  let env: TestEnv;
  let provider: Provider;
  before(async () => {
    env = await startEnv();
    provider = providerFor(env);
  });
  after(async () => {
    await env.close();
  });

  test('silent agent -> Offline (source UNAVAILABLE); heartbeats again -> Online', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    agent.stop();
    await env.clock.advance(70_000);
    const s = (await provider.getSources(REGION, [id]))[0]!;
    assert.equal(s.nativeState, 'Offline');
    assert.equal(s.state, SourceState.UNAVAILABLE);
    assert.equal(s.agentConnected, false);
    await agent.start();
    assert.equal((await provider.getSources(REGION, [id]))[0]!.state, SourceState.AVAILABLE);
  });

  test('a start issued while the agent is offline is delivered when it returns', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    await provider.createTask({ region: REGION, sourceId: id, name: 'x', options: SETUP });
    agent.stop();
    await provider.runTaskAction(REGION, id, TaskAction.START, null);
    await env.clock.advance(70_000);
    assert.equal((await provider.getTasks(REGION, [id]))[0]!.nativeState, 'Offline');
    await agent.start();
    assert.equal(agent.state, 'Preparing');
    assert.equal((await provider.getTasks(REGION, [id]))[0]!.state, TaskState.PREPARING);
  });

  test('engine failure: FAILED with the Reason, progress frozen; agent failure: FAILED', async () => {
    const a1 = await env.agent();
    await provider.createTask({ region: REGION, sourceId: a1.smcId!, name: 'x', options: SETUP });
    await provider.runTaskAction(REGION, a1.smcId!, TaskAction.START, null);
    await env.clock.advance(30_000);
    env.sim.control.fail(a1.smcId!, 'transfer VM unreachable on port 22');
    const before = (await provider.getTasks(REGION, [a1.smcId!]))[0]!;
    assert.equal(before.state, TaskState.FAILED);
    assert.deepEqual(before.error, { code: null, message: 'transfer VM unreachable on port 22' });
    await env.clock.advance(30_000);
    const later = (await provider.getTasks(REGION, [a1.smcId!]))[0]!;
    assert.equal(later.state, TaskState.FAILED);
    assert.deepEqual(later.progress.steps, before.progress.steps);
    assert.equal(a1.state, 'Exception');
    // The SMC state Exception, not a resource state: the agent still reports (heartbeats go on).
    const failedSource = (await provider.getSources(REGION, [a1.smcId!]))[0]!;
    const fd = failedSource.details as UCloudStackSmcDetails;
    assert.deepEqual([fd.smcState, fd.resourceState, failedSource.agentConnected, failedSource.state], ['Exception', 'AVAILABLE', true, SourceState.ERROR]);

    const a2 = await env.agent({ failAt: 0.2 });
    await provider.createTask({ region: REGION, sourceId: a2.smcId!, name: 'x', options: SETUP });
    await provider.runTaskAction(REGION, a2.smcId!, TaskAction.START, null);
    await env.clock.advance(120_000);
    const t2 = (await provider.getTasks(REGION, [a2.smcId!]))[0]!;
    assert.equal(t2.state, TaskState.FAILED);
    assert.match(t2.error!.message, /Exception/);
  });
});

describe('the SetupSMC password never leaves', () => {
  const PASSWORD = 'Tr4nsfer-P@ssw0rd-42';
  let env: TestEnv;
  let provider: Provider;
  before(async () => {
    env = await startEnv();
    provider = providerFor(env);
  });
  after(async () => {
    await env.close();
  });

  test('not in any response, log line or error', async () => {
    const seen: string[] = [];
    const agent = await env.agent();
    const id = agent.smcId!;
    const task = await provider.extension.setup(REGION, id, { ...SETUP, user: 'root', password: PASSWORD });
    seen.push(JSON.stringify(task));
    seen.push(JSON.stringify(await provider.getSources(REGION, [id])));
    seen.push(JSON.stringify(await provider.extension.describe(REGION, { smcIds: [id] })));
    seen.push(JSON.stringify(await env.user.describeSMC({ Region: REGION })));
    const hb = (await agent.beat())!;
    seen.push(JSON.stringify(hb));
    assert.ok(agent.credentialsUsable); // the agent can decrypt what it received
    const rawDescribe = await fetch(env.sim.endpoint + '?' + new URLSearchParams({ Action: 'DescribeSMC', Region: REGION }).toString());
    seen.push(await rawDescribe.text());

    // Refusals with the password in the request: locked, unknown VM, invalid input, transport failure.
    env.sim.control.setLocked(id, true);
    const errors = [
      await rejection(provider.extension.setup(REGION, id, { ...SETUP, user: 'root', password: PASSWORD })),
      await rejection(provider.extension.setup(REGION, id, { ...SETUP, vmId: 'vm-nope', user: 'root', password: PASSWORD })),
      await rejection(provider.extension.setup(REGION, id, { ...SETUP, user: null, password: PASSWORD })),
      await rejection(provider.createTask({ region: REGION, sourceId: id, name: 'x', options: { ...SETUP, password: PASSWORD, extra: PASSWORD } })),
    ];
    env.sim.faults.failNext('reset');
    errors.push(await rejection(env.user.setupSMC({ Region: REGION, SMCID: id, VMID: VM.VMID, Host: '10.0.0.5', User: 'root', Password: PASSWORD, DiskMappings: MAPPINGS })));
    env.sim.faults.failNext('serverError');
    errors.push(await rejection(env.user.setupSMC({ Region: REGION, SMCID: id, VMID: VM.VMID, Host: '10.0.0.5', User: 'root', Password: PASSWORD, DiskMappings: MAPPINGS })));
    for (const e of errors) {
      assert.ok(isGatewayError(e), String(e));
      seen.push(e.message, JSON.stringify(e.toExtensions()), JSON.stringify(e), String(e.stack), JSON.stringify(e.cause ?? null));
    }
    seen.push(...env.logs.lines);
    assert.ok(env.logs.lines.length > 0);
    for (const s of seen) assert.ok(!s.includes(PASSWORD), `password leaked in: ${s.slice(0, 200)}`);
    // Nor the private key or signatures in logs.
    for (const line of env.logs.lines) {
      assert.ok(!line.includes(USER_KEY.privateKey));
      assert.ok(!/Signature/.test(line));
    }
  });
});
