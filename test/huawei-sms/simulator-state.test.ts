/**
 * The simulator's state machines, driven by the agent emulator over HTTP on a ManualClock: tasks move
 * only through UpdateTaskSpeed / commands / UpdateCopyState as the clock advances.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { advanceUntil, linuxProfile, refuses, sourceWithTask, startSim, windowsProfile, type SimEnv } from './sim-helpers.js';
import { seedHuaweiTasks, taskBody } from '../../adapters/huawei-sms/simulator/demo.js';
import { startHuaweiDemo } from '../../adapters/huawei-sms/simulator/demo.js';
import { Client } from '../../adapters/huawei-sms/client.js';
import type { Logger } from '../../src/core/model.js';

describe('Huawei SMS simulator: task state machine (agent-driven)', () => {
  let env: SimEnv;
  before(async () => {
    env = await startSim();
  });
  after(async () => {
    await env.close();
  });

  const state = async (taskId: string) => (await env.client.showTask(taskId)).state;

  test('READY -> RUNNING -> MIGRATE_SUCCESS: sub-tasks in order, source initialize -> replicate -> finished', async () => {
    const c = env.client;
    const { taskId, sourceId } = await sourceWithTask(env, 'sm-linux-01', { templateId: undefined });
    assert.equal(await state(taskId), 'READY');
    assert.equal((await c.showServer(sourceId)).migration_cycle, 'setting');
    await c.updateTaskStatus(taskId, { operation: 'start' });
    const started = await c.showTask(taskId);
    assert.equal(started.state, 'RUNNING');
    assert.equal(started.start_date, env.clock.now());
    assert.deepEqual(
      started.sub_tasks!.map((s) => `${s.user_op}:${s.name}`),
      ['REPLICATE:SSL_CONFIG', 'REPLICATE:ATTACH_AGENT_IMAGE', 'REPLICATE:FORMAT_DISK_LINUX_FILE', 'REPLICATE:MIGRATE_LINUX_FILE', 'CUTOVER0:CONFIGURE_LINUX_FILE', 'CUTOVER0:DETTACH_AGENT_IMAGE'],
    );
    assert.equal((await c.showServer(sourceId)).state, 'initialize');
    // Nothing moves without the clock.
    assert.equal((await c.showTask(taskId)).sub_tasks![0]!.progress, 0);
    let sawReplicate = false;
    let sawPartial = false;
    await advanceUntil(env, async () => {
      const t = await c.showTask(taskId);
      const data = t.sub_tasks!.find((s) => s.name === 'MIGRATE_LINUX_FILE')!;
      if ((data.progress ?? 0) > 0 && (data.progress ?? 0) < 100) sawPartial = true;
      if ((await c.showServer(sourceId)).state === 'replicate') sawReplicate = true;
      return t.state === 'MIGRATE_SUCCESS';
    }, 100, 1_000);
    assert.ok(sawReplicate, 'source went through replicate');
    assert.ok(sawPartial, 'progress was reported in steps');
    const done = await c.showTask(taskId);
    assert.ok(done.sub_tasks!.every((s) => s.progress === 100 && s.end_date !== null));
    assert.ok(done.finish_date! >= done.start_date!);
    assert.ok(done.target_server?.ip, 'target started (start_target_server)');
    const src = await c.showServer(sourceId);
    assert.equal(src.state, 'finished');
    assert.equal(src.migration_cycle, 'cutovered');
    assert.equal(src.replicatesize, src.totalsize);
    await refuses(c.updateTaskStatus(taskId, { operation: 'stop' }), { providerCode: 'SMS.7714' });
  });

  test('Windows block-level sub-tasks; stop -> ABORTING -> ABORT (agent acknowledges STOP); start resumes', async () => {
    const c = env.client;
    const { taskId, sourceId } = await sourceWithTask(env, 'sm-win-01', { profile: windowsProfile('sm-win-01') });
    await c.updateTaskStatus(taskId, { operation: 'start' });
    const names = (await c.showTask(taskId)).sub_tasks!.map((s) => s.name);
    assert.deepEqual(names.slice(0, 4), ['SSL_CONFIG', 'ATTACH_AGENT_IMAGE', 'FORMAT_DISK_WINDOWS', 'MIGRATE_WINDOWS_BLOCK']);
    await env.clock.advance(10_000);
    await c.updateTaskStatus(taskId, { operation: 'stop' });
    assert.equal(await state(taskId), 'ABORTING');
    assert.equal((await c.showServer(sourceId)).state, 'stopping');
    await advanceUntil(env, async () => (await state(taskId)) === 'ABORT', 10, 5_000);
    assert.equal((await c.showServer(sourceId)).state, 'stopped');
    const frozen = (await c.showTask(taskId)).sub_tasks!.map((s) => s.progress);
    await env.clock.advance(30_000);
    assert.deepEqual((await c.showTask(taskId)).sub_tasks!.map((s) => s.progress), frozen, 'a paused task does not move');
    await c.updateTaskStatus(taskId, { operation: 'start' });
    assert.equal(await state(taskId), 'RUNNING');
    assert.deepEqual((await c.showTask(taskId)).sub_tasks!.map((s) => s.progress), frozen, 'start resumes where it stopped');
    await advanceUntil(env, async () => (await state(taskId)) === 'MIGRATE_SUCCESS');
    await c.deleteTask(taskId);
  });

  test('continuous sync: RUNNING -> SYNCING; test runs CUTOVER0 then RESYNC0; clone_test clones with a template', async () => {
    const c = env.client;
    const { taskId, sourceId } = await sourceWithTask(env, 'sm-sync-01', { syncing: true });
    await c.updateTaskStatus(taskId, { operation: 'start' });
    assert.ok(!(await c.showTask(taskId)).sub_tasks!.some((s) => s.user_op === 'CUTOVER0'), 'no cutover in the first run of a syncing task');
    await advanceUntil(env, async () => (await state(taskId)) === 'SYNCING');
    assert.equal((await c.showServer(sourceId)).state, 'syncing');
    await c.updateTaskStatus(taskId, { operation: 'test' });
    assert.equal((await c.showServer(sourceId)).state, 'cutovering');
    await advanceUntil(env, async () => {
      const t = await c.showTask(taskId);
      return t.sub_tasks!.some((s) => s.user_op === 'RESYNC0') && t.sub_tasks!.every((s) => s.progress === 100);
    });
    const t = await c.showTask(taskId);
    assert.equal(t.state, 'SYNCING');
    assert.deepEqual(
      t.sub_tasks!.filter((s) => s.user_op !== 'REPLICATE').map((s) => `${s.user_op}:${s.name}`),
      ['CUTOVER0:CONFIGURE_LINUX_FILE', 'CUTOVER0:DETTACH_AGENT_IMAGE', 'RESYNC0:SSL_CONFIG', 'RESYNC0:ATTACH_AGENT_IMAGE', 'RESYNC0:SYNC_LINUX_FILE'],
    );
    assert.ok(t.target_server?.ip, 'the test launched the target');
    const tpl = (await c.createTemplate({ template: { name: 'tpl-clone', is_template: true, region: 'ap-southeast-3', projectid: 'p1', target_server_name: 'clone-me' } })).id!;
    await refuses(c.updateTaskStatus(taskId, { operation: 'clone_test', template_id: 'nope' }), { providerCode: 'SMS.7101' });
    await c.updateTaskStatus(taskId, { operation: 'clone_test', template_id: tpl });
    assert.equal((await c.showServer(sourceId)).state, 'cloning');
    assert.equal((await c.showTask(taskId)).clone_server?.clone_state, 'CLONING');
    await advanceUntil(env, async () => (await c.showTask(taskId)).clone_server?.clone_state === 'SUCCESS');
    assert.equal((await c.showTask(taskId)).clone_server?.name, 'clone-me-clone');
    assert.equal((await c.showServer(sourceId)).state, 'syncing');
    // A syncing task must be stopped before it can be deleted.
    await refuses(c.deleteTask(taskId), { providerCode: 'SMS.7719' });
    await c.updateTaskStatus(taskId, { operation: 'stop' });
    await advanceUntil(env, async () => (await state(taskId)) === 'ABORT', 10);
    await c.deleteTask(taskId);
    assert.equal((await c.showServer(sourceId)).current_task, null);
  });

  test('agent-reported failure -> MIGRATE_FAIL with error_json, listed by ListErrorServers; start resumes; restart after success', async () => {
    const c = env.client;
    const profile = linuxProfile('sm-fail-01', { disks: [{ sizeGiB: 100, usedGiB: 60 }] });
    const sourceId = await env.sim.agent!.install(profile, { failAtPercent: 30, failCode: 'SMS.1314' });
    const taskId = (await c.createTask(taskBody(sourceId, profile, { name: 'will-fail', autoStart: true }))).id!;
    await advanceUntil(env, async () => (await state(taskId)) === 'MIGRATE_FAIL');
    const failed = await c.showTask(taskId);
    assert.match(failed.error_json ?? '', /SMS\.1314/);
    assert.equal(failed.sub_tasks!.find((s) => s.name === 'MIGRATE_LINUX_FILE')!.progress, 30);
    assert.equal((await c.showServer(sourceId)).state, 'error');
    const errors = await c.listErrorServers({ offset: 0 });
    assert.ok(errors.migration_errors!.some((e) => e.source_id === sourceId && /SMS\.1314/.test(e.error_json ?? '')));
    // The target never started: restart is refused (SMS.7722); start resumes the failed run.
    await refuses(c.updateTaskStatus(taskId, { operation: 'restart' }), { providerCode: 'SMS.7722' });
    await c.updateTaskStatus(taskId, { operation: 'start' });
    const resumed = await c.showTask(taskId);
    assert.equal(resumed.state, 'RUNNING');
    assert.equal(resumed.error_json, '');
    assert.equal(resumed.sub_tasks!.find((s) => s.name === 'MIGRATE_LINUX_FILE')!.progress, 30, 'start resumes the failed run');
    await advanceUntil(env, async () => (await state(taskId)) === 'MIGRATE_SUCCESS');
    // Once the target has started, restart begins a new run from scratch.
    await c.updateTaskStatus(taskId, { operation: 'restart' });
    const restarted = await c.showTask(taskId);
    assert.equal(restarted.state, 'RUNNING');
    assert.ok(restarted.sub_tasks!.every((s) => s.progress === 0), 'restart begins a new run');
    await advanceUntil(env, async () => (await state(taskId)) === 'MIGRATE_SUCCESS');
  });

  test('a failed synchronisation is rolled back: SYNCING -> SYNC_F_ROLLBACKING -> SYNC_F_ROLLBACK_SUCCESS; start again', async () => {
    const c = env.client;
    const { taskId, sourceId } = await sourceWithTask(env, 'sm-rollback-01', { syncing: true, autoStart: true });
    await advanceUntil(env, async () => (await state(taskId)) === 'SYNCING');
    // The agent reports a synchronisation error.
    await c.updateCopyState(sourceId, { copystate: 'ERROR' });
    assert.equal(await state(taskId), 'SYNC_F_ROLLBACKING');
    await advanceUntil(env, async () => (await state(taskId)) === 'SYNC_F_ROLLBACK_SUCCESS', 10);
    assert.equal((await c.showServer(sourceId)).state, 'stopped');
    await c.updateTaskStatus(taskId, { operation: 'start' });
    await advanceUntil(env, async () => (await state(taskId)) === 'SYNCING', 10);
    await c.updateTaskStatus(taskId, { operation: 'stop' });
    await advanceUntil(env, async () => (await state(taskId)) === 'ABORT', 10);
  });

  test('speed limit: a 100 Mbit/s window slows the copy (remain time and rate reported accordingly)', async () => {
    const c = env.client;
    const { taskId } = await sourceWithTask(env, 'sm-slow-01', { speedLimit: 80 });
    await c.updateTaskStatus(taskId, { operation: 'start' });
    await advanceUntil(env, async () => ((await c.showTask(taskId)).sub_tasks!.find((s) => s.name?.startsWith('MIGRATE_'))!.progress ?? 0) > 0);
    const t = await c.showTask(taskId);
    assert.equal(t.migrate_speed, 80, 'Mbit/s reported at the task limit');
    assert.ok((t.remain_seconds ?? 0) > 500, `10 GiB at 10 MB/s takes long (remain ${t.remain_seconds})`);
    assert.ok(t.estimate_complete_time! > env.clock.now());
    await c.updateSpeed(taskId, { speed_limit: [{ start: '00:00', end: '24:00', speed: 400 }] });
    await env.clock.advance(10_000);
    assert.equal((await c.showTask(taskId)).migrate_speed, 400, 'the time window takes precedence');
    await c.updateTaskStatus(taskId, { operation: 'stop' });
    await advanceUntil(env, async () => (await state(taskId)) === 'ABORT', 10);
  });

  test('network check and consistency check are reported by the agent', async () => {
    const c = env.client;
    const { taskId } = await sourceWithTask(env, 'sm-net-01', { syncing: true });
    await c.updateTaskStatus(taskId, { operation: 'network_check', is_need_consistency_check: true });
    await advanceUntil(env, async () => (await c.showTask(taskId)).network_check_info != null, 10);
    const info = (await c.showTask(taskId)).network_check_info!;
    assert.equal(info.domain_connectivity, true);
    assert.ok(['normal', 'warning'].includes(info.evaluation_result ?? ''));
    await c.updateTaskStatus(taskId, { operation: 'start' });
    await advanceUntil(env, async () => ((await c.showConsistencyResult(taskId)).result_list ?? []).length > 0);
    assert.equal((await c.showConsistencyResult(taskId)).result_list![0]!.check_result, 'success');
  });

  test('log collection: CollectLog -> UPLOAD_LOG command -> share URL; refused before the task ever started (SMS.7717)', async () => {
    const c = env.client;
    const { taskId, sourceId } = await sourceWithTask(env, 'sm-log-01');
    await refuses(c.collectLog(taskId, { log_bucket: 'logs', log_expire: 600 }), { providerCode: 'SMS.7717' });
    await c.updateTaskStatus(taskId, { operation: 'start' });
    await c.collectLog(taskId, { log_bucket: 'logs', log_expire: 600 });
    await refuses(c.collectLog(taskId, { log_bucket: 'logs', log_expire: 600 }), { providerCode: 'SMS.7716' });
    await advanceUntil(env, async () => (await c.listServers({ id: sourceId })).source_servers![0]!.current_task?.log_collect_status === 'SERVER_COLLECT_SUCCESS', 10);
    const current = (await c.listServers({ id: sourceId })).source_servers![0]!.current_task!;
    assert.match(current.log_share_url ?? '', /^https:\/\/logs\.obs\./);
    assert.equal(current.log_expire, 600);
  });

  test('heartbeat: a detached agent is reported disconnected after 5 minutes; then its running task may be deleted', async () => {
    const c = env.client;
    const { taskId, sourceId } = await sourceWithTask(env, 'sm-gone-01', { autoStart: true });
    await env.clock.advance(5_000);
    assert.equal((await c.showServer(sourceId)).connected, true);
    await refuses(c.deleteTask(taskId), { providerCode: 'SMS.7719' });
    env.sim.agent!.detach(sourceId);
    await env.clock.advance(6 * 60_000);
    const src = await c.showServer(sourceId);
    assert.equal(src.connected, false);
    assert.equal((await c.listServers({ connected: false })).source_servers!.some((s) => s.id === sourceId), true);
    assert.equal(await state(taskId), 'RUNNING', 'nothing moves without the agent');
    await c.deleteTask(taskId);
    // Re-registration by a restarted agent brings the source back as connected.
    await c.registerServer({ ...linuxProfile('sm-gone-01'), id: sourceId });
    assert.equal((await c.showServer(sourceId)).connected, true);
  });

  test('ShowOverview counts sources per state and unconfigured ones', async () => {
    const c = env.client;
    const overview = await c.showOverview();
    const list = (await c.listServers()).source_servers!;
    assert.equal(overview.finished, list.filter((s) => s.state === 'finished').length);
    assert.equal(overview.unconfigured, list.filter((s) => !s.current_task).length);
    const total = Object.entries(overview).filter(([k]) => k !== 'unconfigured').reduce((a, [, v]) => a + (v ?? 0), 0);
    assert.equal(total, list.length);
  });

  test('the default project receives new registrations; UpdateDefaultMigproject moves that', async () => {
    const c = env.client;
    const id = (await c.createMigproject({ name: 'dc-east', region: 'ap-southeast-3', use_public_ip: false, exist_server: true, type: 'MIGRATE_BLOCK', syncing: true })).id!;
    const before = (await c.registerServer(linuxProfile('sm-proj-01'))).id!;
    await c.updateDefaultMigproject(id);
    const afterId = (await c.registerServer(linuxProfile('sm-proj-02'))).id!;
    const inNew = (await c.listServers({ migproject: id })).source_servers!.map((s) => s.id);
    assert.ok(inNew.includes(afterId));
    assert.ok(!inNew.includes(before));
  });
});

describe('Huawei SMS simulator: volume seeding and the demo', () => {
  test('seedHuaweiTasks puts N tasks in a spread of states; lists page through them', async () => {
    const env = await startSim({ store: { maxSources: 2000 } });
    try {
      const r = seedHuaweiTasks(env.sim, { count: 450, moving: 3 });
      assert.equal(r.taskIds.length, 450);
      for (const st of ['MIGRATE_SUCCESS', 'RUNNING', 'SYNCING', 'MIGRATE_FAIL', 'ABORT', 'READY']) assert.ok((r.byState[st] ?? 0) > 0, st);
      const c = env.client;
      const first = await c.listTasks({ limit: 200, offset: 0 });
      assert.equal(first.count, 450);
      assert.equal(first.tasks!.length, 200);
      const third = await c.listTasks({ limit: 200, offset: 400 });
      assert.equal(third.tasks!.length, 50);
      assert.equal((await c.listTasks({ state: 'MIGRATE_SUCCESS' })).count, r.byState.MIGRATE_SUCCESS);
      assert.equal((await c.listServers()).count, 450);
      const failed = (await c.listTasks({ state: 'MIGRATE_FAIL', limit: 1 })).tasks![0]!;
      assert.match(failed.error_json ?? '', /SMS\./);
      // The moving ones advance through the agent.
      const runningIds = new Set((await c.listTasks({ state: 'RUNNING', limit: 200 })).tasks!.map((t) => t.id));
      await env.clock.advance(120_000);
      const progressed = (await c.listTasks({ state: 'RUNNING', limit: 200 })).tasks!.filter((t) => runningIds.has(t.id) && t.sub_tasks!.some((s) => (s.progress ?? 0) > 0));
      assert.equal(progressed.length, 3);
    } finally {
      await env.close();
    }
  });

  test('startHuaweiDemo serves realistic data under the returned account configuration', async () => {
    const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };
    const demo = await startHuaweiDemo({ accountId: 'hw-demo', logger: silent });
    const account = demo.account;
    const client = new Client({ endpoint: account.endpoint, credentials: account.credentials as { accessKeyId: string; secretAccessKey: string } });
    try {
      assert.equal(account.provider, 'huawei-sms');
      assert.deepEqual(account.regions, ['ap-southeast-3']);
      assert.match(account.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
      const sources = await client.listServers();
      assert.ok(sources.count! >= 12);
      const states = new Set(sources.source_servers!.map((s) => s.state));
      for (const st of ['finished', 'error', 'waiting', 'unavailable']) assert.ok(states.has(st), `a source in ${st}`);
      assert.ok(states.has('initialize') || states.has('replicate'), 'a source being migrated');
      assert.ok(sources.source_servers!.some((s) => s.connected === false), 'a disconnected source');
      const tasks = await client.listTasks();
      const taskStates = new Set(tasks.tasks!.map((t) => t.state));
      for (const st of ['RUNNING', 'READY', 'MIGRATE_SUCCESS', 'MIGRATE_FAIL']) assert.ok(taskStates.has(st), `a task in ${st}`);
      assert.equal((await client.listTemplates()).count, 4);
      assert.equal((await client.listMigprojects()).count, 3);
    } finally {
      client.close();
      await demo.close();
    }
  });
});
