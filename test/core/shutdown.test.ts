/**
 * Graceful shutdown of a running gateway (RunningGateway.close(), what SIGTERM runs): /readyz turns
 * 503 first for the drain delay while everything is still served; then in-flight mutations (over
 * HTTP and WebSocket) are awaited up to the grace period; one still running past it is cut and
 * logged with its operation name and request id. The drain delay and the grace period are waited
 * out through an injected sleep the test releases; slow mutations come from the Huawei simulator's
 * latency fault.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { DemoHandle } from '../../adapters/module.js';
import { providerModule } from '../../adapters/index.js';
import { createLogger } from '../../src/server/logger.js';
import { TasksDocument } from '../generated/graphql.js';
import { eventually, gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const silent = createLogger('silent');
const RENAME = 'mutation Rename($id: ID!, $name: String!) { huaweiUpdateTask(id: $id, input: { name: $name }) { id name } }';
const CUT_ME = 'mutation CutMe($id: ID!, $name: String!) { huaweiUpdateTask(id: $id, input: { name: $name }) { id name } }';

/** A sleep the test releases by hand: each call is recorded with the duration asked for. */
function manualSleep() {
  const waits: { ms: number; release: () => void }[] = [];
  const sleep = (ms: number) => new Promise<void>((resolve) => waits.push({ ms, release: resolve }));
  return { waits, sleep };
}

describe('graceful shutdown', () => {
  let demo: DemoHandle;
  let taskId = '';

  before(async () => {
    demo = await providerModule('huawei-sms')!.startDemo({ accountId: 'hw', logger: silent, scale: 5 });
  });
  after(async () => {
    demo.probe!.faults.reset();
    await demo.close();
  });

  const start = async (server: Record<string, unknown>) => {
    const clock = manualSleep();
    const gw = await startTestGateway([demo.account], { server }, undefined, { sleep: clock.sleep });
    if (!taskId) taskId = (await gqlOk(gw.url, TasksDocument, { first: 1 })).tasks.edges[0]!.node.id;
    return { gw, ...clock };
  };
  const base = (gw: TestGateway) => gw.url.replace('/graphql', '');

  it('answers /readyz 503 during the drain delay while queries are still served, then closes', async () => {
    const { gw, waits } = await start({ drainDelayMs: 5_000, shutdownTimeoutMs: 5_000 });
    assert.equal((await fetch(`${base(gw)}/readyz`)).status, 200);
    const closing = gw.close();
    await eventually(() => waits.length === 1);
    assert.equal(waits[0]!.ms, 5_000, 'waits server.drainDelayMs');
    const readyz = await fetch(`${base(gw)}/readyz`);
    assert.equal(readyz.status, 503);
    assert.deepEqual(await readyz.json(), { status: 'shutting-down' });
    assert.equal((await fetch(`${base(gw)}/healthz`)).status, 200, '/healthz stays 200');
    const tasks = await gqlOk(gw.url, TasksDocument, { first: 2 });
    assert.ok(tasks.tasks.totalCount > 0, 'a query is still answered during the drain delay');
    waits[0]!.release();
    await closing;
    await assert.rejects(fetch(`${base(gw)}/readyz`), 'the listener is closed after the drain delay');
  });

  it('awaits an in-flight mutation (slow upstream) during shutdown: the client gets its answer', async () => {
    const { gw } = await start({ drainDelayMs: 0, shutdownTimeoutMs: 5_000 });
    demo.probe!.faults.configure({ latencyMs: 300 });
    try {
      const answer = gql<{ huaweiUpdateTask: { name: string } }, object>(gw.url, RENAME, { id: taskId, name: 'renamed-during-shutdown' });
      await eventually(() => gw.inflight.list().some((op) => op.type === 'mutation' && op.operation === 'Rename'));
      const closing = gw.close();
      const res = await answer;
      assert.equal(res.status, 200);
      assert.equal(res.errors, undefined);
      assert.equal(res.data?.huaweiUpdateTask.name, 'renamed-during-shutdown');
      await closing;
      assert.doesNotMatch(gw.logs.join(''), /operation cut/);
    } finally {
      demo.probe!.faults.reset();
    }
  });

  it('awaits an in-flight mutation over WebSocket before closing the socket', async () => {
    const { gw } = await start({ drainDelayMs: 0, shutdownTimeoutMs: 5_000 });
    demo.probe!.faults.configure({ latencyMs: 300 });
    const client = createClient({ url: gw.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const answer = new Promise<unknown>((resolve, reject) => {
        let data: unknown = null;
        client.subscribe(
          { query: RENAME, variables: { id: taskId, name: 'renamed-over-ws' } },
          { next: (msg) => (data = msg.data ?? msg.errors), error: reject, complete: () => resolve(data) },
        );
      });
      await eventually(() => gw.inflight.list().some((op) => op.transport === 'websocket' && op.type === 'mutation'));
      const closing = gw.close();
      assert.deepEqual(await answer, { huaweiUpdateTask: { id: taskId, name: 'renamed-over-ws' } });
      await closing;
    } finally {
      demo.probe!.faults.reset();
      await client.dispose();
    }
  });

  it('cuts a mutation still running at the end of the grace period and logs its operation and request id', async () => {
    const { gw, waits } = await start({ drainDelayMs: 0, shutdownTimeoutMs: 2_000 });
    demo.probe!.faults.configure({ latencyMs: 1_500 });
    try {
      const answer = fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'cut-me-1' },
        body: JSON.stringify({ query: CUT_ME, variables: { id: taskId, name: 'never-answered' }, operationName: 'CutMe' }),
      });
      await eventually(() => gw.inflight.list().some((op) => op.operation === 'CutMe'));
      const closing = gw.close();
      await eventually(() => waits.length === 1);
      assert.equal(waits[0]!.ms, 2_000, 'waits server.shutdownTimeoutMs');
      waits[0]!.release(); // the grace period is over
      await closing;
      await assert.rejects(answer, 'the client sees its connection cut');
      const lines = gw.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'shutdown: grace period over; in-flight operation cut');
      assert.equal(lines.length, 1, gw.logs.join(''));
      assert.equal(lines[0]!.level, 'error');
      assert.equal(lines[0]!.requestId, 'cut-me-1');
      assert.equal(lines[0]!.operation, 'CutMe');
      assert.equal(lines[0]!.type, 'mutation');
      assert.equal(lines[0]!.transport, 'http');
    } finally {
      demo.probe!.faults.reset();
    }
  });
});
