/**
 * The upstream call policy (adapters/common/policy.ts) against the three simulators' fault
 * injection, through the real providers: per-attempt timeout, deadline, retry limit, back-off and
 * Retry-After, what is retried (reads, throttling, malformed read bodies) and what is not (writes),
 * the retry budget; then the same settings read from `upstream.*` and `accounts[].options` by a
 * running gateway. No test waits for back-off: the policy clock is injected (StepClock).
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { isPolicyRefusal, type PolicyObserver } from '../../adapters/common/policy.js';
import { RetryBudget } from '../../adapters/common/retry-budget.js';
import { huaweiSmsModule } from '../../adapters/huawei-sms/index.js';
import { TaskAction } from '../../src/core/model.js';
import { gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { CASES, StepClock, count, listQuery, policy, rejection, startSim, startableTask, type SimEnv } from './helpers.js';

const TASKS = '{ tasks(first: 5) { totalCount nodes { id } } }';

for (const c of CASES) {
  describe(`${c.module.id}: the upstream policy against the simulator`, () => {
    let env: SimEnv;
    before(async () => {
      env = await startSim(c, 'policy');
    });
    afterEach(() => env.probe.faults.reset());
    after(() => env?.close());

    for (const retryLimit of [0, 2]) {
      it(`retryLimit ${retryLimit}: a read answered 503 is sent ${retryLimit + 1} time(s)`, async () => {
        const p = env.provider(policy({ retryLimit }, { clock: new StepClock(true) }));
        env.probe.faults.failNext('serverError', 5);
        const before = count(env.probe, c.listOp);
        const err = await rejection(p.listTasks(listQuery(env.region)));
        assert.equal(err.code, 'UPSTREAM_UNAVAILABLE');
        assert.equal(count(env.probe, c.listOp) - before, retryLimit + 1);
      });
    }

    it('a read survives a 503, a throttling answer and a malformed 2xx body (each retried like a 5xx)', async () => {
      const p = env.provider(policy({ retryLimit: 3 }, { clock: new StepClock(true) }));
      env.probe.faults.failNext('serverError');
      env.probe.faults.failNext('throttle');
      env.probe.faults.failNext('malformed');
      const before = count(env.probe, c.listOp);
      const page = await p.listTasks(listQuery(env.region));
      assert.ok(page.items.length > 0);
      assert.equal(count(env.probe, c.listOp) - before, 4);
    });

    it('a malformed 2xx body on a read is UPSTREAM_ERROR, retryable (deliverable 6)', async () => {
      const p = env.provider(policy({ retryLimit: 0 }));
      env.probe.faults.failNext('malformed');
      const err = await rejection(p.listTasks(listQuery(env.region)));
      assert.equal(err.code, 'UPSTREAM_ERROR');
      assert.equal(err.retryable, true);
      assert.equal(err.outcome, undefined);
    });

    it('writes are sent once: a 503 and a malformed body on a start are not retried (the malformed one is outcome UNKNOWN)', async () => {
      const p = env.provider(policy({ retryLimit: 2 }, { clock: new StepClock(true) }));
      const task = await startableTask(p, env.region);
      env.probe.faults.failNext('serverError');
      let before = count(env.probe, c.startOp);
      const unavailable = await rejection(p.runTaskAction(env.region, task.nativeId, TaskAction.START, null));
      assert.equal(unavailable.code, 'UPSTREAM_UNAVAILABLE');
      assert.equal(count(env.probe, c.startOp) - before, 1);
      env.probe.faults.failNext('malformed');
      before = count(env.probe, c.startOp);
      const started = p.runTaskAction(env.region, task.nativeId, TaskAction.START, null);
      if (c.malformedStartFails) {
        const garbled = await rejection(started);
        assert.equal(garbled.outcome, 'UNKNOWN');
        assert.equal(garbled.retryable, false);
      } else {
        await started;
      }
      assert.equal(count(env.probe, c.startOp) - before, 1);
    });

    it('back-off is exponential with full jitter, capped by backoffLimitMs (the injected clock records each sleep)', async () => {
      const clock = new StepClock(true);
      const p = env.provider(policy({ retryLimit: 3, backoffLimitMs: 450 }, { clock }));
      env.probe.faults.failNext('serverError', 3);
      await p.listTasks(listQuery(env.region));
      assert.equal(clock.sleeps.length, 3);
      const bounds = [300, 450, 450];
      clock.sleeps.forEach((ms, i) => assert.ok(ms >= 0 && ms < bounds[i]!, `back-off ${i + 1}: ${ms} ms, bound ${bounds[i]} ms`));
    });

    it('retry budget: with a floor of one retry per window, the second failing call is not retried; the window moving on allows retries again', async () => {
      const clock = new StepClock(true);
      const refused: string[] = [];
      const observer: PolicyObserver = { retryRefused: (_s, _r, reason) => refused.push(reason) };
      const p = env.provider(policy({ retryLimit: 3, retryBudget: { ratio: 0, minPerSecond: 0.1, windowMs: 10_000 } }, { clock, observer }));
      env.probe.faults.configure({ serverErrorRate: 1 });
      let before = count(env.probe, c.listOp);
      await rejection(p.listTasks(listQuery(env.region)));
      assert.equal(count(env.probe, c.listOp) - before, 2, 'first call: one retry (the whole budget)');
      before = count(env.probe, c.listOp);
      await rejection(p.listTasks(listQuery(env.region)));
      assert.equal(count(env.probe, c.listOp) - before, 1, 'second call: budget spent, not retried');
      assert.deepEqual(refused, ['budget', 'budget']);
      await clock.advance(10_000);
      before = count(env.probe, c.listOp);
      await rejection(p.listTasks(listQuery(env.region)));
      assert.equal(count(env.probe, c.listOp) - before, 2, 'a new window: one retry again');
    });

    // Last: the simulator answers the timed-out requests 600 ms later, and would take queued faults.
    it('timeoutMs: a 100 ms attempt timeout fails a 600 ms upstream call (UPSTREAM_UNAVAILABLE "timed out", retryable); without it the call succeeds', async () => {
      const short = env.provider(policy({ timeoutMs: 100, retryLimit: 0 }));
      env.probe.faults.configure({ latencyMs: 600 });
      const before = count(env.probe, c.listOp);
      const err = await rejection(short.listTasks(listQuery(env.region)));
      assert.equal(err.code, 'UPSTREAM_UNAVAILABLE');
      assert.match(err.message, /timed out/);
      assert.equal(err.retryable, true);
      assert.equal(count(env.probe, c.listOp) - before, 1, 'sent once (retryLimit 0)');
      const patient = env.provider(policy({ retryLimit: 0 }));
      assert.ok((await patient.listTasks(listQuery(env.region))).items.length > 0, 'the default 15 s timeout lets the same call through');
    });

    it('deadlineMs cuts the attempt timeout: a 150 ms deadline fails a 600 ms call although timeoutMs is 15 s', async () => {
      // The policy clock moves only by the back-off it sleeps: only the deadline can bound the attempts.
      const p = env.provider(policy({ deadlineMs: 150, retryLimit: 3 }, { clock: new StepClock(true) }));
      env.probe.faults.configure({ latencyMs: 600 });
      const err = await rejection(p.listTasks(listQuery(env.region)));
      assert.equal(err.code, 'UPSTREAM_UNAVAILABLE');
      assert.match(err.message, /timed out/);
    });
  });
}

describe('huawei-sms: Retry-After and the deadline', () => {
  let env: SimEnv;
  before(async () => {
    env = await startSim(CASES.find((c) => c.module.id === 'huawei-sms')!, 'retry-after');
  });
  after(() => env?.close());

  it("retries wait the vendor's Retry-After (1 s), and stop when the next one would start past the deadline", async () => {
    const clock = new StepClock(true);
    const refused: string[] = [];
    const p = env.provider(policy({ retryLimit: 5, deadlineMs: 2_500, backoffLimitMs: 10 }, { clock, observer: { retryRefused: (_s, _r, reason) => refused.push(reason) } }));
    env.probe.faults.failNext('throttle', 6);
    const before = count(env.probe, 'ListTasks');
    const err = await rejection(p.listTasks(listQuery(env.region)));
    env.probe.faults.reset();
    assert.equal(err.code, 'THROTTLED');
    assert.equal(err.retryAfterMs, 1_000);
    assert.equal(isPolicyRefusal(err), false, "the vendor's own refusal is returned");
    // t=0 sent, t=1000 sent, t=2000 sent; a fourth at t=3000 would be past the 2500 ms deadline.
    assert.equal(count(env.probe, 'ListTasks') - before, 3);
    assert.deepEqual(clock.sleeps, [1_000, 1_000], 'each retry waited the Retry-After, not the 10 ms back-off');
    assert.deepEqual(refused, ['deadline']);
  });
});

describe('RetryBudget', () => {
  it('allows ratio x calls + minPerSecond x window retries in the sliding window', () => {
    let now = 0;
    const budget = new RetryBudget({ ratio: 0.5, windowMs: 10_000, minPerSecond: 0 }, () => now);
    assert.equal(budget.tryRetry(), false, 'no calls, no floor: nothing');
    for (let i = 0; i < 4; i++) budget.recordCall();
    assert.equal(budget.allowance(), 2);
    assert.equal(budget.tryRetry(), true);
    assert.equal(budget.tryRetry(), true);
    assert.equal(budget.tryRetry(), false);
    now = 5_000;
    assert.equal(budget.tryRetry(), false, 'still inside the window');
    now = 10_500;
    assert.equal(budget.allowance(), 0, 'the calls fell out of the window');
    budget.recordCall();
    budget.recordCall();
    assert.equal(budget.tryRetry(), true, 'the old retries fell out too');
  });
});

describe('upstream.* and accounts[].options as a running gateway reads them', () => {
  let env: SimEnv;
  const gateways: TestGateway[] = [];
  const start = async (overrides: Record<string, unknown>, options: Record<string, unknown> = {}) => {
    const account = { ...env.demo.account, options: { ...(env.demo.account.options ?? {}), ...options } };
    const gw = await startTestGateway([account], { cache: { enabled: false }, ...overrides });
    gateways.push(gw);
    return gw;
  };
  before(async () => {
    env = await startSim(CASES.find((c) => c.module.id === 'huawei-sms')!, 'gateway');
  });
  afterEach(() => env.probe.faults.reset());
  after(async () => {
    for (const gw of gateways) await gw.close();
    await env?.close();
  });

  it('upstream.retryLimit 0 sends a 503 read once; the default (2) sends it three times; an account override (1) twice', async () => {
    const cases: [Record<string, unknown>, Record<string, unknown>, number][] = [
      [{ upstream: { retryLimit: 0 } }, {}, 1],
      [{ upstream: { backoffLimitMs: 1 } }, {}, 3],
      [{ upstream: { retryLimit: 0, backoffLimitMs: 1 } }, { retryLimit: 1 }, 2],
    ];
    for (const [overrides, options, sent] of cases) {
      const gw = await start(overrides, options);
      env.probe.faults.failNext('serverError', 5);
      const before = count(env.probe, 'ListTasks');
      const res = await gql(gw.url, TASKS);
      env.probe.faults.reset();
      assert.equal(res.errors?.[0]?.extensions?.code, 'UPSTREAM_UNAVAILABLE', JSON.stringify(res.errors));
      assert.equal(count(env.probe, 'ListTasks') - before, sent, JSON.stringify({ overrides, options }));
    }
  });

  it('a retry refused by the retry budget is counted in migraph_upstream_retries_refused_total', async () => {
    const gw = await start({ upstream: { retryBudget: { ratio: 0, minPerSecond: 0 } } });
    env.probe.faults.failNext('serverError', 3);
    const before = count(env.probe, 'ListTasks');
    await gql(gw.url, TASKS);
    env.probe.faults.reset();
    assert.equal(count(env.probe, 'ListTasks') - before, 1, 'no retry without budget');
    const metrics = await (await fetch(gw.url.replace(/\/graphql$/, '/metrics'))).text();
    const line = metrics.split('\n').find((l) => l.startsWith('migraph_upstream_retries_refused_total{') && l.includes('reason="budget"'));
    assert.ok(line, metrics.split('\n').filter((l) => l.includes('retries_refused')).join('\n'));
    assert.match(line, /provider="huawei-sms"/);
    assert.match(line, / 1$/);
  });

  it('the configuration refuses a bad policy key with its path, and an unknown quota operation of the account', async () => {
    const { loadConfig, ConfigError } = await import('../../src/config/index.js');
    const bad = (over: Record<string, unknown>) => {
      try {
        loadConfig({}, { embedded: false, auth: { disabled: true }, accounts: [env.demo.account], ...over });
      } catch (e) {
        assert.ok(e instanceof ConfigError, String(e));
        return e.issues.map((i) => i.path);
      }
      assert.fail('expected a configuration error');
    };
    assert.ok(bad({ upstream: { deadlineMs: 5 } }).includes('upstream.deadlineMs'));
    assert.ok(bad({ upstream: { circuit: { failureThreshold: 0 } } }).includes('upstream.circuit.failureThreshold'));
    assert.ok(bad({ upstream: { quota: { burst: 0.5 } } }).includes('upstream.quota.burst'));
    assert.deepEqual(
      huaweiSmsModule.validateAccount({ ...env.demo.account, options: { quota: { operations: { NoSuchOperation: { callsPerSecond: 1, burst: 1 } } } } }).map((i) => i.path.join('.')),
      ['options.quota.operations.NoSuchOperation'],
    );
    assert.deepEqual(huaweiSmsModule.validateAccount({ ...env.demo.account, options: { timeoutMs: 500, circuit: { openMs: 100 }, quota: { callsPerSecond: 5, operations: { ListTasks: { callsPerSecond: 1, burst: 2 } } } } }), []);
  });

  // Last: the simulator still answers the timed-out request later (it would take queued faults).
  it('upstream.timeoutMs 100 makes a 600 ms upstream call fail with UPSTREAM_UNAVAILABLE "timed out"', async () => {
    const gw = await start({ upstream: { timeoutMs: 100, retryLimit: 0 } });
    env.probe.faults.configure({ latencyMs: 600 });
    const before = count(env.probe, 'ListTasks');
    const res = await gql(gw.url, TASKS);
    const err = res.errors?.[0];
    assert.equal(err?.extensions?.code, 'UPSTREAM_UNAVAILABLE', JSON.stringify(res.errors));
    assert.match(err!.message, /timed out/);
    assert.equal(count(env.probe, 'ListTasks') - before, 1);
  });
});
