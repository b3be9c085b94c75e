/**
 * The circuit breaker per account x region (adapters/common/circuit.ts, cockatiel), through the real
 * providers against each simulator's full-outage fault: it opens after N consecutive upstream
 * failures; while open, calls fail fast without sending (`circuit: 'open'`, retryable, retryAfter
 * to the probe); after openMs exactly one call goes through as the probe; a failed probe reopens it,
 * a successful one closes it. Throttling and refusals do not count. Through a gateway: the GraphQL
 * error's `extensions.circuit`, the circuit metrics, and a progress poll refused by the open circuit
 * marking its subscribers stale. The open period runs on the injected policy clock.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { CircuitStateName, PolicyObserver } from '../../adapters/common/policy.js';
import { collect, eventually, gql, startTestGateway, wsClient, type TestGateway } from '../helpers/gateway.js';
import { CASES, StepClock, listQuery, policy, rejection, settle, startSim, type SimEnv } from './helpers.js';

for (const c of CASES) {
  describe(`${c.module.id}: the circuit breaker against a full outage`, () => {
    let env: SimEnv;
    before(async () => {
      env = await startSim(c, 'circuit');
    });
    afterEach(() => env.probe.faults.reset());
    after(() => env?.close());

    it('opens after 3 consecutive failures, fails fast while open (nothing sent), lets exactly one probe through after openMs; a failed probe reopens, a good one closes', async () => {
      const clock = new StepClock();
      const states: string[] = [];
      let opens = 0;
      const observer: PolicyObserver = {
        circuitState: (_s, _r, state: CircuitStateName, opened) => {
          states.push(state);
          if (opened) opens++;
        },
      };
      const p = env.provider(policy({ retryLimit: 0, circuit: { failureThreshold: 3, openMs: 5_000 } }, { clock, observer }));
      const read = () => p.listTasks(listQuery(env.region));
      env.probe.faults.configure({ serverErrorRate: 1 });
      let sent = env.probe.totalRequests();
      for (let i = 0; i < 3; i++) {
        const err = await rejection(read());
        assert.equal(err.code, 'UPSTREAM_UNAVAILABLE');
        assert.equal(err.circuit, undefined, 'the vendor answered these');
      }
      assert.equal(env.probe.totalRequests() - sent, 3);
      assert.deepEqual(states, ['open']);

      sent = env.probe.totalRequests();
      for (let i = 0; i < 5; i++) {
        const err = await rejection(read());
        assert.equal(err.code, 'UPSTREAM_UNAVAILABLE');
        assert.equal(err.circuit, 'open');
        assert.equal(err.retryable, true);
        assert.equal(err.retryAfterMs, 5_000);
        assert.equal(err.account, env.demo.account.id);
        assert.deepEqual([err.toExtensions().circuit, err.toExtensions().retryAfter], ['open', 5]);
      }
      assert.equal(env.probe.totalRequests() - sent, 0, 'nothing is sent while the circuit is open');

      await clock.advance(4_999);
      assert.equal((await rejection(read())).retryAfterMs, 1, 'still open 1 ms before the probe');
      assert.equal(env.probe.totalRequests() - sent, 0);

      await clock.advance(1);
      const failedProbe = await rejection(read());
      assert.equal(failedProbe.circuit, undefined, 'the probe reached the vendor');
      assert.equal(env.probe.totalRequests() - sent, 1, 'exactly one probe');
      assert.equal((await rejection(read())).circuit, 'open', 'the failed probe reopened the circuit');
      assert.equal(env.probe.totalRequests() - sent, 1);

      await clock.advance(5_000);
      env.probe.faults.reset();
      assert.ok((await read()).items.length > 0, 'the probe succeeds');
      assert.ok((await read()).items.length > 0, 'and the circuit is closed again');
      assert.equal(env.probe.totalRequests() - sent, 3);
      assert.deepEqual(states, ['open', 'half-open', 'open', 'half-open', 'closed']);
      assert.equal(opens, 2);
    });

    it('while the probe is in flight, other calls fail fast: one probe, not one per caller', async () => {
      const clock = new StepClock();
      const p = env.provider(policy({ retryLimit: 0, circuit: { failureThreshold: 1, openMs: 1_000 } }, { clock }));
      env.probe.faults.failNext('serverError');
      await rejection(p.listTasks(listQuery(env.region)));
      await clock.advance(1_000);
      env.probe.faults.configure({ latencyMs: 150 });
      const sent = env.probe.totalRequests();
      const probe = p.listTasks(listQuery(env.region));
      await settle();
      const others = await Promise.all([1, 2, 3].map(() => rejection(p.listTasks(listQuery(env.region)))));
      assert.ok(others.every((e) => e.circuit === 'open'));
      assert.ok((await probe).items.length > 0);
      assert.equal(env.probe.totalRequests() - sent, 1);
    });

    it('throttling and refused credentials do not open the circuit', async () => {
      const p = env.provider(policy({ retryLimit: 0, circuit: { failureThreshold: 2 } }, { clock: new StepClock() }));
      env.probe.faults.failNext('throttle', 4);
      for (let i = 0; i < 4; i++) assert.equal((await rejection(p.listTasks(listQuery(env.region)))).code, 'THROTTLED');
      assert.ok((await p.listTasks(listQuery(env.region))).items.length > 0, 'still closed after 4 throttled calls');
      const creds = Object.fromEntries(Object.entries(env.demo.account.credentials).map(([k, v]) => [k, /secret|private/i.test(k) ? 'not-the-secret-not-the-secret-0000000000' : v]));
      const wrong = c.module.createProvider({ ...env.demo.account, credentials: creds }, { logger: { debug() {}, info() {}, warn() {}, error() {}, child() { return this; } }, policy: policy({ retryLimit: 0, circuit: { failureThreshold: 2 } }, { clock: new StepClock() }) });
      try {
        const sent = env.probe.totalRequests();
        for (let i = 0; i < 4; i++) assert.equal((await rejection(wrong.listTasks(listQuery(env.region)))).circuit, undefined);
        assert.equal(env.probe.totalRequests() - sent, 4, 'every refused call was sent: the circuit stayed closed');
      } finally {
        await wrong.close();
      }
    });
  });
}

describe('circuits are per account and region', () => {
  it('an open circuit in one region leaves the other regions and accounts alone', async () => {
    const shared = policy({ retryLimit: 0, quota: { enabled: false }, circuit: { failureThreshold: 1, openMs: 60_000 } }, { clock: new StepClock() });
    const a = shared.forAccount({ provider: 'alibaba-smc', account: 'a' });
    const b = shared.forAccount({ provider: 'alibaba-smc', account: 'b' });
    const call = (region: string) => ({ operation: 'DescribeReplicationJobs', region, repeatable: true, write: false });
    const down = async () => {
      throw new (await import('../../src/core/errors.js')).GatewayError('UPSTREAM_UNAVAILABLE', 'down', { httpStatus: 503 });
    };
    await rejection(a.run(call('cn-hangzhou'), down));
    assert.equal((await rejection(a.run(call('cn-hangzhou'), async () => 'ok'))).circuit, 'open');
    assert.equal(await a.run(call('cn-shanghai'), async () => 'ok'), 'ok');
    assert.equal(await b.run(call('cn-hangzhou'), async () => 'ok'), 'ok');
    assert.deepEqual([a.circuit('cn-hangzhou').state, a.circuit('cn-shanghai').state, b.circuit('cn-hangzhou').state], ['open', 'closed', 'closed']);
  });
});

interface TaskEvent {
  taskUpdates: { taskId: string; stale: boolean; staleReason: string | null; sequence: number };
}
const TASK_UPDATES = parse('subscription ($ids: [ID!]) { taskUpdates(filter: { ids: $ids }) { taskId stale staleReason sequence } }') as TypedDocumentNode<TaskEvent, { ids: string[] }>;

describe('an open circuit through the gateway: extensions.circuit, metrics, stale subscribers', () => {
  let env: SimEnv;
  let gw: TestGateway;
  before(async () => {
    env = await startSim(CASES.find((c) => c.module.id === 'huawei-sms')!, 'circuit-gw');
    gw = await startTestGateway([env.demo.account], {
      cache: { enabled: false },
      upstream: { retryLimit: 0, quota: { enabled: false }, circuit: { failureThreshold: 2, openMs: 60_000 } },
      progress: { fastIntervalMs: 20, slowIntervalMs: 40, maxBackoffMs: 200 },
    });
  });
  after(async () => {
    await gw?.close();
    await env?.close();
  });

  it('fails fast with extensions.circuit "open" and retryAfter, counts the opening, and a poll refused by the open circuit marks subscribers stale', async () => {
    const tasks = '{ tasks(first: 3) { nodes { id } } }';
    const healthy = await gql<{ tasks: { nodes: { id: string }[] } }, undefined>(gw.url, tasks);
    const ids = healthy.data!.tasks.nodes.map((n) => n.id);
    assert.ok(ids.length > 0);

    env.probe.faults.configure({ serverErrorRate: 1 });
    for (let i = 0; i < 2; i++) {
      const res = await gql(gw.url, tasks);
      assert.equal(res.errors?.[0]?.extensions?.code, 'UPSTREAM_UNAVAILABLE');
      assert.equal(res.errors?.[0]?.extensions?.circuit, undefined);
    }
    const sent = env.probe.totalRequests();
    const open = await gql(gw.url, tasks);
    const ext = open.errors?.[0]?.extensions;
    assert.equal(ext?.code, 'UPSTREAM_UNAVAILABLE', JSON.stringify(open.errors));
    assert.equal(ext?.circuit, 'open');
    assert.equal(ext?.retryable, true);
    assert.equal(ext?.retryAfter, 60);
    assert.equal(env.probe.totalRequests(), sent, 'failed fast: nothing sent');

    const metrics = await (await fetch(gw.url.replace(/\/graphql$/, '/metrics'))).text();
    const line = (name: string) => metrics.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(`account="${env.demo.account.id}"`));
    assert.match(line('migraph_upstream_circuit_state') ?? '', new RegExp(`region="${env.region}".* 1$`), 'the gauge says open (1)');
    assert.match(line('migraph_upstream_circuit_opens_total') ?? '', / 1$/);

    const client = wsClient(gw.wsUrl);
    try {
      const sub = collect(client, TASK_UPDATES, { ids: ids.slice(0, 1) });
      const stale = await eventually(() => sub.events.find((e) => e.taskUpdates.stale));
      assert.equal(stale.taskUpdates.staleReason, 'UPSTREAM_UNAVAILABLE');
      assert.equal(env.probe.totalRequests(), sent, 'the poll was refused by the circuit, not sent');
      sub.stop();
    } finally {
      await client.dispose();
    }
  });
});
