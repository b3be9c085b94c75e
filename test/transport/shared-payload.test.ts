/**
 * Events at scale, over both subscription transports (WebSocket and SSE): the result of one event
 * for one selection is serialised once and sent to every subscriber with that selection (counted
 * by `migraph_subscription_payloads_serialised_total` against `migraph_subscription_messages_total`);
 * and over WebSocket, the messages of one burst for one connection leave in one socket write, as
 * valid graphql-transport-ws frames.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { encodeId } from '../../src/domain/ids.js';
import { TaskProgressLiteDocument } from '../generated/graphql.js';
import { fakeAccounts, percentProgress, type FakeProvider } from '../helpers/fake-provider.js';
import { eventually, startTestGateway, wsClient, type TestGateway } from '../helpers/gateway.js';

const SUBSCRIBERS = 12;
const query = print(TaskProgressLiteDocument);
type Event = { taskProgress: { sequence: number; progress: { percent: number | null } | null } };

function sample(text: string, name: string, transport: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{transport="${transport}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/** N subscriptions of one transport; each collects its events. */
function subscribeAll(transport: 'websocket' | 'sse', gw: TestGateway, variables: Record<string, unknown>): { events: Event[][]; stop: () => Promise<void> } {
  const events: Event[][] = Array.from({ length: SUBSCRIBERS }, () => []);
  if (transport === 'websocket') {
    const client = wsClient(gw.wsUrl);
    const stops = events.map((list) => client.subscribe<Event>({ query, variables }, { next: (m) => void (m.data && list.push(m.data)), error: () => {}, complete: () => {} }));
    return {
      events,
      stop: async () => {
        for (const s of stops) s();
        await client.dispose();
      },
    };
  }
  const clients = events.map(() => createSseClient({ url: gw.url, fetchFn: fetch, retryAttempts: 0 }));
  const stops = clients.map((c, i) => c.subscribe<Event>({ query, variables }, { next: (m) => void (m.data && events[i]!.push(m.data)), error: () => {}, complete: () => {} }));
  return {
    events,
    stop: async () => {
      for (const s of stops) s();
      for (const c of clients) c.dispose();
    },
  };
}

describe('shared subscription payloads and bursts', () => {
  let gw: TestGateway;
  let hw: FakeProvider;
  const taskId = (n: number) => encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'r1', nativeId: `task-${n}` });
  const metrics = async () => (await fetch(gw.url.replace('/graphql', '/metrics'))).text();

  before(async () => {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['r1'] }]);
    gw = await startTestGateway(
      fake.accounts,
      { cache: { enabled: false }, progress: { fastIntervalMs: 20, slowIntervalMs: 40, maxBackoffMs: 200 }, limits: { sse: { streamsPerPrincipal: 100 } } },
      fake.factory,
    );
    hw = fake.providers.get('hw')!;
    for (let i = 0; i < 4; i++) hw.addTask('r1', i, { progress: percentProgress(0) });
  });
  after(() => gw.close());

  for (const [n, transport] of (['websocket', 'sse'] as const).entries()) {
    it(`${transport}: serialises one event's result once for ${SUBSCRIBERS} subscribers with the same selection`, async () => {
      const subs = subscribeAll(transport, gw, { id: taskId(n) });
      await eventually(() => subs.events.every((e) => e.length >= 1));
      const before = await metrics();
      hw.tasks[n]!.progress = percentProgress(40);
      await eventually(() => subs.events.every((e) => e.some((x) => x.taskProgress.progress?.percent === 40)));
      const afterText = await metrics();
      await subs.stop();
      const payloads = sample(afterText, 'migraph_subscription_payloads_serialised_total', transport) - sample(before, 'migraph_subscription_payloads_serialised_total', transport);
      const messages = sample(afterText, 'migraph_subscription_messages_total', transport) - sample(before, 'migraph_subscription_messages_total', transport);
      assert.equal(messages, SUBSCRIBERS, 'one message per subscriber');
      assert.equal(payloads, 1, 'one serialisation for all of them');
      const last = subs.events.map((e) => JSON.stringify(e.at(-1)));
      assert.equal(new Set(last).size, 1, 'every subscriber got the same payload');
      assert.equal(JSON.parse(last[0]!).taskProgress.progress.percent, 40);
    });
  }

  it('websocket: the messages of one burst for one connection leave in one socket write, as valid frames', async () => {
    const socket = new WebSocket(gw.wsUrl, 'graphql-transport-ws');
    const frames: string[] = [];
    socket.on('message', (data) => frames.push(String(data)));
    await new Promise((r) => socket.once('open', r));
    socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    await eventually(() => frames.some((f) => f.startsWith('{"type":"connection_ack"')));
    for (let i = 0; i < SUBSCRIBERS; i++) socket.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query, variables: { id: taskId(3) } } }));
    const nexts = () => frames.map((f) => JSON.parse(f) as { id?: string; type: string; payload?: { data: Event } }).filter((m) => m.type === 'next');
    await eventually(() => nexts().length >= SUBSCRIBERS);

    // Count the writes the gateway makes on this connection's server-side socket.
    const localPort = (socket as unknown as { _socket: net.Socket })._socket.localPort;
    let writes = 0;
    const original = net.Socket.prototype.write;
    net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]) {
      if (this.remotePort === localPort) writes++;
      return (original as (...a: unknown[]) => boolean).apply(this, args);
    } as typeof original;
    try {
      const seen = frames.length;
      hw.tasks[3]!.progress = percentProgress(70);
      await eventually(() => nexts().filter((m) => m.payload?.data.taskProgress.progress?.percent === 70).length === SUBSCRIBERS);
      assert.equal(writes, 1, `${SUBSCRIBERS} messages in one write`);
      const burst = frames.slice(seen).map((f) => JSON.parse(f) as { id: string; type: string; payload: { data: Event } });
      assert.deepEqual(burst.map((m) => m.id).sort(), Array.from({ length: SUBSCRIBERS }, (_, i) => `s${i}`).sort());
      for (const m of burst) {
        assert.equal(m.type, 'next');
        assert.equal(m.payload.data.taskProgress.progress?.percent, 70);
      }
    } finally {
      net.Socket.prototype.write = original;
      socket.close();
    }
  });
});
