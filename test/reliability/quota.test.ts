/**
 * Vendor quota budgets (adapters/common/quota.ts, src/domain/quota-redis.ts): a caller waits for a token up to
 * its bound, then gets THROTTLED with retryAfter naming the quota and nothing is sent; retries take
 * tokens too; writes are served before queued reads and polls, and polls leave a reserve; finer
 * per-operation buckets; two instances sharing Redis stay within one budget; Redis down falls back
 * to a local bucket; the gateway builds it all from `upstream.quota` and shows it in its metrics.
 * Waits run on the injected policy clock (StepClock); the Redis buckets take that clock too, except
 * in the test of Redis's own TIME, which uses a rate slow enough that no token refills meanwhile.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, afterEach, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { QUOTA_LIMIT_NAME, UpstreamPolicy, withUpstreamPriority, type UpstreamPriority } from '../../adapters/common/policy.js';
import { RedisQuotaStore } from '../../src/domain/quota-redis.js';
import { TaskAction } from '../../src/core/model.js';
import { GatewayError } from '../../src/core/errors.js';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { collect, eventually, gql, startTestGateway, wsClient } from '../helpers/gateway.js';
import { CASES, StepClock, count, listQuery, policy, rejection, settings, settle, silent, startSim, startableTask, type SimEnv } from './helpers.js';

const REDIS_URL = `redis://127.0.0.1:${process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379}`;
const TASK_UPDATES = parse('subscription ($ids: [ID!]) { taskUpdates(filter: { ids: $ids }) { taskId stale staleReason } }') as TypedDocumentNode<
  { taskUpdates: { taskId: string; stale: boolean; staleReason: string | null } },
  { ids: string[] }
>;
const huawei = CASES.find((c) => c.module.id === 'huawei-sms')!;

describe('quota: wait, then THROTTLED (huawei-sms simulator)', () => {
  let env: SimEnv;
  before(async () => {
    env = await startSim(huawei, 'quota');
  });
  afterEach(() => env.probe.faults.reset());
  after(() => env?.close());

  it('a call waits for the next token when it comes within maxWaitMs, then is sent', async () => {
    const clock = new StepClock();
    const waits: number[] = [];
    const p = env.provider(policy({ retryLimit: 0, quota: { callsPerSecond: 1, burst: 2, maxWaitMs: 1_500 } }, { clock, observer: { quotaWaited: (_s, _r, _p, ms) => waits.push(ms) } }));
    const before = count(env.probe, 'ListTasks');
    await p.listTasks(listQuery(env.region));
    await p.listTasks(listQuery(env.region));
    let done = false;
    const third = p.listTasks(listQuery(env.region)).then((r) => ((done = true), r));
    await settle();
    assert.equal(done, false);
    assert.equal(count(env.probe, 'ListTasks') - before, 2, 'the third call waits, unsent');
    await clock.advance(1_000);
    assert.ok((await third).items.length > 0);
    assert.equal(count(env.probe, 'ListTasks') - before, 3);
    assert.deepEqual(waits, [0, 0, 1_000]);
  });

  it('a call whose token would come after maxWaitMs is refused at once: THROTTLED, retryable, retryAfter, the quota named, nothing sent', async () => {
    const refused: UpstreamPriority[] = [];
    const p = env.provider(policy({ retryLimit: 0, quota: { callsPerSecond: 1, burst: 2, maxWaitMs: 500 } }, { clock: new StepClock(), observer: { quotaRefused: (_s, _r, prio) => refused.push(prio) } }));
    await p.listTasks(listQuery(env.region));
    await p.listTasks(listQuery(env.region));
    const before = env.probe.totalRequests();
    const err = await rejection(p.listTasks(listQuery(env.region)));
    assert.equal(err.code, 'THROTTLED');
    assert.equal(err.retryable, true);
    assert.equal(err.retryAfterMs, 1_000);
    assert.equal(err.toExtensions().retryAfter, 1);
    assert.deepEqual(err.limit, { name: QUOTA_LIMIT_NAME, max: 1, value: null });
    assert.match(err.message, /upstream quota/);
    assert.match(err.message, /1 calls\/s, burst 2/);
    assert.match(err.message, new RegExp(`account "${env.demo.account.id}"`));
    assert.equal(env.probe.totalRequests(), before, 'nothing sent');
    assert.deepEqual(refused, ['read']);
  });

  it('a caller behind others in line is refused once its own wait can no longer be met', async () => {
    const clock = new StepClock();
    const p = env.provider(policy({ retryLimit: 0, quota: { callsPerSecond: 1, burst: 1, maxWaitMs: 1_500 } }, { clock }));
    await p.listTasks(listQuery(env.region));
    const second = p.listTasks(listQuery(env.region));
    const third = rejection(p.listTasks(listQuery(env.region)));
    await settle();
    await clock.advance(1_000);
    assert.ok((await second).items.length > 0, 'the first in line got the token at 1 s');
    const err = await third;
    assert.equal(err.code, 'THROTTLED');
    assert.equal(err.limit?.name, QUOTA_LIMIT_NAME);
  });

  it('retries take tokens too', async () => {
    const p = env.provider(policy({ retryLimit: 2, quota: { callsPerSecond: 0.001, burst: 2, maxWaitMs: 0 } }, { clock: new StepClock(true) }));
    env.probe.faults.failNext('serverError');
    const before = count(env.probe, 'ListTasks');
    await p.listTasks(listQuery(env.region));
    assert.equal(count(env.probe, 'ListTasks') - before, 2, 'one failure, one retry: two tokens');
    assert.equal((await rejection(p.listTasks(listQuery(env.region)))).limit?.name, QUOTA_LIMIT_NAME, 'the bucket is empty');
  });

  it('a retry the quota refuses ends the call with the upstream error, not the refusal', async () => {
    const p = env.provider(policy({ retryLimit: 2, quota: { callsPerSecond: 0.001, burst: 1, maxWaitMs: 0 } }, { clock: new StepClock(true) }));
    env.probe.faults.failNext('serverError');
    const err = await rejection(p.listTasks(listQuery(env.region)));
    assert.equal(err.code, 'UPSTREAM_UNAVAILABLE');
    assert.equal(err.httpStatus, 503);
  });

  it('a write waiting in line is sent before polls that queued first', async () => {
    const clock = new StepClock();
    const p = env.provider(policy({ retryLimit: 0, quota: { callsPerSecond: 1, burst: 1, maxWaitMs: 10_000, pollMaxWaitMs: 10_000 } }, { clock }));
    const task = await startableTask(p, env.region); // takes the only token
    const settled: string[] = [];
    const polls = [1, 2].map((n) => withUpstreamPriority('poll', () => p.listTasks(listQuery(env.region))).then(() => settled.push(`poll${n}`)));
    await settle();
    const list = count(env.probe, 'ListTasks');
    const write = p.runTaskAction(env.region, task.nativeId, TaskAction.START, null).then(() => settled.push('write'));
    await settle();
    // The start is UpdateTaskStatus, then a ShowTask read-back: two tokens, both ahead of the polls.
    for (let i = 0; i < 2; i++) await clock.advance(1_000);
    await write;
    assert.deepEqual(settled, ['write']);
    assert.equal(count(env.probe, 'ListTasks'), list, 'no poll sent before the write');
    for (let i = 0; i < 2; i++) await clock.advance(1_000);
    await Promise.all(polls);
    assert.deepEqual(settled, ['write', 'poll1', 'poll2']);
  });

  it('per-operation buckets (quota.operations): a spent ListTasks budget leaves other operations of the account alone', async () => {
    const p = env.provider(policy({ retryLimit: 0, quota: { maxWaitMs: 0, operations: { ListTasks: { callsPerSecond: 0.001, burst: 1 } } } }, { clock: new StepClock() }));
    await p.listTasks(listQuery(env.region));
    const err = await rejection(p.listTasks(listQuery(env.region)));
    assert.equal(err.code, 'THROTTLED');
    assert.match(err.message, /ListTasks: 0\.001 calls\/s, burst 1/);
    assert.ok((await p.listSources(listQuery(env.region))).items.length > 0, 'ListServers has no bucket of its own');
  });

  it('an account override (accounts[].options.quota) replaces the gateway setting key by key', async () => {
    const shared = policy({ quota: { callsPerSecond: 20, burst: 40, maxWaitMs: 0 } }, { clock: new StepClock() });
    const p = env.provider(shared, { retryLimit: 0, quota: { burst: 1, callsPerSecond: 0.001 } });
    await p.listTasks(listQuery(env.region));
    assert.equal((await rejection(p.listTasks(listQuery(env.region)))).limit?.max, 0.001);
  });
});

describe('quota priorities (the policy over a stub send)', () => {
  const call = (write: boolean) => ({ operation: 'Op', region: 'r', repeatable: !write, write });

  it('waiting callers are served writes first, then reads, then polls (first come first served within each)', async () => {
    const clock = new StepClock();
    const ap = policy({ quota: { callsPerSecond: 1, burst: 1, maxWaitMs: 10_000, pollMaxWaitMs: 10_000 } }, { clock }).forAccount({ provider: 'huawei-sms', account: 'a' });
    const order: string[] = [];
    const send = (name: string) => async () => {
      order.push(name);
    };
    await ap.run(call(false), send('first'));
    const all = [
      withUpstreamPriority('poll', () => ap.run(call(false), send('poll1'))),
      ap.run(call(false), send('read1')),
      withUpstreamPriority('poll', () => ap.run(call(false), send('poll2'))),
      ap.run(call(true), send('write1')),
      ap.run(call(false), send('read2')),
      withUpstreamPriority('poll', () => ap.run(call(true), send('write2'))),
    ];
    await settle();
    for (let i = 0; i < 6; i++) await clock.advance(1_000);
    await Promise.all(all);
    assert.deepEqual(order, ['first', 'write1', 'write2', 'read1', 'read2', 'poll1', 'poll2']);
  });

  it('polls leave pollReserve of the burst to writes and reads', async () => {
    const ap = policy({ quota: { callsPerSecond: 0.001, burst: 8, pollReserve: 0.25, maxWaitMs: 0, pollMaxWaitMs: 0 } }, { clock: new StepClock() }).forAccount({ provider: 'huawei-sms', account: 'a' });
    const ok = async () => 'sent';
    const poll = () => withUpstreamPriority('poll', () => ap.run(call(false), ok));
    for (let i = 0; i < 5; i++) await ap.run(call(false), ok);
    assert.equal(await poll(), 'sent', '3 tokens left: a poll may take one (2 stay in reserve)');
    assert.equal((await rejection(poll())).limit?.name, QUOTA_LIMIT_NAME, '2 left: the reserve');
    assert.equal(await ap.run(call(false), ok), 'sent', 'a read may take the reserve');
    assert.equal(await ap.run(call(true), ok), 'sent', 'so may a write');
    assert.equal((await rejection(ap.run(call(true), ok))).code, 'THROTTLED', 'then the bucket is empty');
  });
});

describe('quota in Redis, shared by instances', () => {
  const prefixes: string[] = [];
  const stores: RedisQuotaStore[] = [];
  let env: SimEnv;
  const store = (options: Partial<ConstructorParameters<typeof RedisQuotaStore>[0]> & { keyPrefix: string }) => {
    const s = new RedisQuotaStore({ redisUrl: REDIS_URL, ...options });
    stores.push(s);
    return s;
  };
  const prefix = () => {
    const p = `migraph-test:${randomUUID()}:`;
    prefixes.push(p);
    return p;
  };
  before(async () => {
    env = await startSim(huawei, 'quota-redis');
  });
  after(async () => {
    for (const s of stores) await s.close();
    const redis = new Redis(REDIS_URL);
    for (const p of prefixes) {
      const keys = await redis.keys(`${p}*`);
      if (keys.length) await redis.del(...keys);
    }
    redis.disconnect();
    await env?.close();
  });

  /** Calls from both instances, interleaved; the number that reached the vendor. */
  async function burst(providers: { listTasks: (q: ReturnType<typeof listQuery>) => Promise<unknown> }[], perInstance: number): Promise<number> {
    const before = count(env.probe, 'ListTasks');
    const calls = providers.flatMap((p) => Array.from({ length: perInstance }, () => p.listTasks(listQuery(env.region)).then(() => true, (e: GatewayError) => (assert.equal(e.limit?.name, QUOTA_LIMIT_NAME), false))));
    const granted = (await Promise.all(calls)).filter(Boolean).length;
    assert.equal(count(env.probe, 'ListTasks') - before, granted);
    return granted;
  }

  it('two instances share one bucket: at most callsPerSecond x window + burst calls reach the vendor', async () => {
    const clock = new StepClock();
    const keyPrefix = prefix();
    const quota = { callsPerSecond: 10, burst: 20, maxWaitMs: 0 };
    const instances = [0, 1].map(() => env.provider(policy({ retryLimit: 0, quota }, { clock, store: store({ keyPrefix, scriptNow: () => clock.now() }) })));
    await Promise.all(stores.slice(-2).map((s) => s.ready()));
    assert.equal(await burst(instances, 30), 20, 'the burst, shared: not 2 x 20');
    await clock.advance(1_000);
    assert.equal(await burst(instances, 30), 10, 'one second refills callsPerSecond tokens, shared');
    await clock.advance(500);
    assert.equal(await burst(instances, 30), 5);
  });

  it("uses Redis's own TIME by default (no token refills within the test at 0.001 calls/s)", async () => {
    const keyPrefix = prefix();
    const quota = { callsPerSecond: 0.001, burst: 5, maxWaitMs: 0 };
    const instances = [0, 1].map(() => env.provider(policy({ retryLimit: 0, quota }, { clock: new StepClock(), store: store({ keyPrefix }) })));
    await Promise.all(stores.slice(-2).map((s) => s.ready()));
    assert.equal(await burst(instances, 8), 5);
  });

  it('Redis unreachable: each instance counts in a local bucket of the same size (never everything, never nothing), logged once, counted', async () => {
    const warnings: string[] = [];
    let fallbacks = 0;
    const logger = { ...silent, warn: (_o: object, msg?: string) => warnings.push(String(msg)) };
    const down = new RedisQuotaStore({ redisUrl: 'redis://127.0.0.1:1', keyPrefix: prefix(), connectWaitMs: 0, logger, onFallback: () => fallbacks++ });
    stores.push(down);
    const p = env.provider(new UpstreamPolicy(settings({ retryLimit: 0, quota: { callsPerSecond: 0.001, burst: 3, maxWaitMs: 0 } }), { clock: new StepClock(), store: down }));
    assert.equal(await burst([p], 5), 3);
    assert.equal(fallbacks, 5);
    assert.deepEqual(warnings, ['upstream quota: Redis unreachable; counting calls in this instance until it is back']);
  });
});

describe('upstream.quota through a gateway', () => {
  let env: SimEnv;
  before(async () => {
    env = await startSim(huawei, 'quota-gw');
  });
  after(() => env?.close());

  it('THROTTLED with extensions retryAfter and limit, nothing sent; waits and refusals in the metrics; buckets in Redis when pubsub is redis; hub polls at poll priority, a refused one marks subscribers stale', async () => {
    const keyPrefix = `migraph-test:${randomUUID()}:`;
    const gw = await startTestGateway([env.demo.account], {
      cache: { enabled: false },
      pubsub: { kind: 'redis', redisUrl: REDIS_URL, keyPrefix },
      upstream: { retryLimit: 0, quota: { callsPerSecond: 0.01, burst: 2, maxWaitMs: 0, pollMaxWaitMs: 0 } },
      // A refused poll comes again as a query after half the longest backoff; refused again past it,
      // subscribers are told.
      progress: { fastIntervalMs: 20, maxBackoffMs: 200 },
    });
    const redis = new Redis(REDIS_URL);
    const client = wsClient(gw.wsUrl);
    try {
      const query = '{ tasks(first: 5) { nodes { id } } }';
      const first = await gql<{ tasks: { nodes: { id: string }[] } }, undefined>(gw.url, query);
      const ids = first.data!.tasks.nodes.map((n) => n.id);
      let throttled: Record<string, unknown> | undefined;
      let sentBefore = 0;
      for (let i = 0; i < 5 && !throttled; i++) {
        sentBefore = env.probe.totalRequests();
        const res = await gql(gw.url, query);
        throttled = res.errors?.find((e) => e.extensions?.code === 'THROTTLED')?.extensions;
      }
      assert.ok(throttled, 'the third query is over the budget of 2');
      assert.equal(env.probe.totalRequests(), sentBefore, 'the refused call was not sent');
      assert.equal(throttled.retryable, true);
      assert.ok(Number(throttled.retryAfter) >= 1);
      assert.deepEqual(throttled.limit, { name: QUOTA_LIMIT_NAME, max: 0.01, value: null });

      // A subscription's poll finds the bucket empty: refused at poll priority, again as a query, then subscribers are told.
      const sub = collect(client, TASK_UPDATES, { ids: ids.slice(0, 1) });
      const stale = await eventually(() => sub.events.find((e) => e.taskUpdates.stale));
      assert.equal(stale.taskUpdates.staleReason, 'THROTTLED');
      sub.stop();

      const metrics = await (await fetch(gw.url.replace(/\/graphql$/, '/metrics'))).text();
      const has = (name: string, priority: string) => metrics.split('\n').some((l) => l.startsWith(`${name}{`) && l.includes(`priority="${priority}"`) && l.includes(`account="${env.demo.account.id}"`) && !/ 0$/.test(l));
      assert.ok(has('migraph_upstream_quota_refusals_total', 'read'), 'refusal counted');
      assert.ok(has('migraph_upstream_quota_wait_seconds_count', 'read'), 'waits observed');
      assert.ok(has('migraph_upstream_quota_refusals_total', 'poll'), 'the hub polls at poll priority');
      assert.ok((await redis.keys(`${keyPrefix}quota:*`)).length >= 1, 'the bucket lives in Redis');
    } finally {
      await client.dispose();
      await gw.close();
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });

  it('a poll the quota refuses comes later without a stale status while the data is younger than progress.maxBackoffMs (the hub slows down, it does not fail)', async () => {
    const gw = await startTestGateway([env.demo.account], {
      cache: { enabled: false },
      // A token every 500 ms, polls due every 50 ms: most polls find the bucket empty.
      upstream: { retryLimit: 0, quota: { callsPerSecond: 2, burst: 1, maxWaitMs: 5_000, pollMaxWaitMs: 0 } },
      progress: { fastIntervalMs: 50, slowIntervalMs: 50, maxBackoffMs: 600_000 },
    });
    const client = wsClient(gw.wsUrl);
    try {
      const first = await gql<{ tasks: { nodes: { id: string }[] } }, undefined>(gw.url, '{ tasks(first: 5) { nodes { id } } }');
      const ids = first.data!.tasks.nodes.map((n) => n.id);
      const sub = collect(client, TASK_UPDATES, { ids: ids.slice(0, 1) });
      const pollRefusals = async () => {
        const text = await (await fetch(gw.url.replace(/\/graphql$/, '/metrics'))).text();
        const line = text.split('\n').find((l) => l.startsWith('migraph_upstream_quota_refusals_total{') && l.includes('priority="poll"'));
        return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
      };
      // Two refusals: the first one's handling (where a stale status would be published) is over.
      await eventually(async () => ((await pollRefusals()) >= 2 ? true : undefined));
      assert.ok(sub.events.length >= 1, 'the snapshot arrived');
      assert.deepEqual(sub.events.filter((e) => e.taskUpdates.stale), [], 'no stale status for a refusal by the gateway\'s own budget');
      sub.stop();
    } finally {
      await client.dispose();
      await gw.close();
    }
  });
});
