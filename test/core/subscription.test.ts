import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GatewayError } from '../../src/core/errors.js';
import { TaskState } from '../../src/core/model.js';
import { encodeId } from '../../src/domain/ids.js';
import { TaskProgressDocument, type TaskProgressSubscription } from '../generated/graphql.js';
import { fakeAccounts, type FakeProvider } from '../helpers/fake-provider.js';
import { collect, eventually, startTestGateway, wsClient, type TestGateway } from '../helpers/gateway.js';

describe('taskProgress subscription over graphql-ws (fake provider)', () => {
  let gw: TestGateway;
  let hw: FakeProvider;
  const taskId = (n: number) => encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'r1', nativeId: `task-${n}` });

  before(async () => {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['r1'] }]);
    gw = await startTestGateway(fake.accounts, { progress: { fastIntervalMs: 20, slowIntervalMs: 40, maxBackoffMs: 80 } }, fake.factory);
    hw = fake.providers.get('hw')!;
    for (let i = 0; i < 3; i++) hw.addTask('r1', i, { progress: { percent: 0, transferredBytes: 0, totalBytes: 1000, speed: null, remainingSeconds: null, estimatedCompletionAt: null, phase: 'MIGRATE', steps: [] } });
  });
  after(() => gw.close());

  it('sends the current state, each change in order, and ends after the terminal state', async () => {
    const client = wsClient(gw.wsUrl);
    const sub = collect(client, TaskProgressDocument, { id: taskId(0) });
    const task = hw.tasks.find((t) => t.nativeId === 'task-0')!;
    await eventually(() => sub.events.length >= 1);
    for (const percent of [25, 50, 75]) {
      task.progress = { ...task.progress, percent, transferredBytes: percent * 10 };
      await eventually(() => sub.events.some((e) => e.taskProgress.progress?.percent === percent));
    }
    task.state = TaskState.SUCCEEDED;
    task.nativeState = 'MIGRATE_SUCCESS';
    task.progress = { ...task.progress, percent: 100, transferredBytes: 1000 };
    await sub.done;
    await client.dispose();

    const events = sub.events.map((e) => e.taskProgress);
    assert.deepEqual(sub.errors, []);
    assert.deepEqual(events.map((e) => e.sequence), events.map((_, i) => i + 1), 'sequence has no gaps');
    assert.deepEqual(events.map((e) => e.progress?.percent), [0, 25, 50, 75, 100]);
    const last = events.at(-1)!;
    assert.equal(last.final, true);
    assert.equal(last.state, 'SUCCEEDED');
    assert.equal(last.nativeState, 'MIGRATE_SUCCESS');
  });

  it('polls once per account and region for many subscribers', async () => {
    const clients = Array.from({ length: 20 }, () => wsClient(gw.wsUrl));
    const subs = clients.map((c, i) => collect(c, TaskProgressDocument, { id: taskId(1 + (i % 2)) }));
    await eventually(() => subs.every((s) => s.events.length >= 1));
    const before = hw.calls.getTasks ?? 0;
    const hubBefore = gw.hub.polls;
    await new Promise((r) => setTimeout(r, 400));
    const polls = (hw.calls.getTasks ?? 0) - before;
    // Both tasks move, so the group is polled at the fast interval (20 ms) with ONE batched call for
    // both tasks: at most ~400/20 calls, where polling per subscriber would make 20 times as many.
    assert.ok(polls > 0 && polls <= 400 / 20 + 3, `expected at most ~20 group polls in 400 ms, got ${polls}`);
    assert.equal(polls, gw.hub.polls - hubBefore, 'every upstream call is a group poll');
    for (const s of subs) s.stop();
    await Promise.all(clients.map((c) => c.dispose()));
    await eventually(() => gw.hub.stats().groups === 0);
  });

  it('sends a stale status during an outage and recovers by itself', async () => {
    const client = wsClient(gw.wsUrl);
    const sub = collect<TaskProgressSubscription, { id: string }>(client, TaskProgressDocument, { id: taskId(2) });
    await eventually(() => sub.events.length >= 1);
    hw.failWith = new GatewayError('THROTTLED', 'slow down', { retryAfterMs: 10 });
    await eventually(() => sub.events.some((e) => e.taskProgress.stale));
    hw.failWith = null;
    const task = hw.tasks.find((t) => t.nativeId === 'task-2')!;
    task.progress = { ...task.progress, percent: 60 };
    await eventually(() => sub.events.some((e) => !e.taskProgress.stale && e.taskProgress.progress?.percent === 60), 400);
    sub.stop();
    await client.dispose();
    const stale = sub.events.find((e) => e.taskProgress.stale)!.taskProgress;
    assert.equal(stale.staleReason, 'THROTTLED');
    assert.equal(stale.final, false);
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    const client = wsClient(gw.wsUrl);
    const sub = collect(client, TaskProgressDocument, { id: 'garbage' });
    await sub.done;
    await client.dispose();
    assert.equal((sub.errors[0] as { extensions?: { code?: string } }).extensions?.code, 'BAD_USER_INPUT');
  });
});
