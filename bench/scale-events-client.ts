/**
 * Client worker of `bench/scale-events.ts` (its own process): raw graphql-transport-ws clients
 * (`ws`, no graphql-ws client: the bench's own parsing cost stays small). Opens its connections,
 * `connection_init` on each, then its subscriptions round-robin over them, and records every
 * event's arrival instant by the progress percent it carries (the bench's change number).
 *
 * IPC (parent -> worker): `{ op: 'open', wsUrl, connections, subscriptions: [{ ids }], query }`
 * answers `{ opened, initTimeouts, ready }` once every subscription got its snapshot (or after
 * `readyTimeoutMs`); `{ op: 'changed', k, at }` says when change k happened; `{ op: 'counting', on }`
 * starts and stops the measured window; `{ op: 'report' }` answers the latency histogram (1 ms
 * bins) and the counts.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

const BINS = 60_000;
const hist = new Uint32Array(BINS);
/** Arrival instants by change number, until the instant of that change is known. */
const early = new Map<number, number[]>();
const changedAt = new Map<number, number>();
let counting = false;
let received = 0;
let samples = 0;
let initTimeouts = 0;
const sockets: WebSocket[] = [];

const now = () => performance.timeOrigin + performance.now();

function record(k: number, t: number): void {
  const at = changedAt.get(k);
  if (at === undefined) {
    let list = early.get(k);
    if (!list) early.set(k, (list = []));
    list.push(t);
    return;
  }
  hist[Math.max(0, Math.min(BINS - 1, Math.round(t - at)))]!++;
  samples++;
}

const PERCENT = '"percent":';

interface OpenMsg {
  op: 'open';
  wsUrl: string;
  connections: number;
  subscriptions: { ids: string[] }[];
  query: string;
  snapshot: number;
  readyTimeoutMs: number;
}

async function open(msg: OpenMsg): Promise<{ opened: number; initTimeouts: number; ready: boolean }> {
  const got = new Uint16Array(msg.subscriptions.length);
  let done = 0;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const acks: Promise<boolean>[] = [];
  for (let c = 0; c < msg.connections; c++) {
    const socket = new WebSocket(msg.wsUrl, 'graphql-transport-ws');
    sockets.push(socket);
    acks.push(
      new Promise<boolean>((resolve) => {
        socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
        socket.once('close', (code) => {
          if (code === 4408) initTimeouts++;
          resolve(false);
        });
        socket.once('error', () => resolve(false));
        socket.on('message', (data) => {
          const text = String(data);
          if (text.startsWith('{"type":"connection_ack"')) return resolve(true);
          // {"id":"<n>","type":"next","payload":{"data":{"taskUpdates":{... "percent":K ...}}}}
          const q = text.indexOf('"', 7);
          const id = Number(text.slice(7, q));
          const p = text.indexOf(PERCENT);
          if (p < 0) return;
          const t = now();
          if (got[id]! < msg.snapshot && ++got[id]! === msg.snapshot && ++done === msg.subscriptions.length) resolveReady();
          if (!counting) return;
          received++;
          record(parseInt(text.slice(p + PERCENT.length), 10), t);
        });
      }),
    );
  }
  const acked = await Promise.all(acks.map((a) => Promise.race([a, new Promise<boolean>((r) => setTimeout(() => r(false), 30_000))])));
  let opened = 0;
  for (const [i, sub] of msg.subscriptions.entries()) {
    const socket = sockets[i % sockets.length]!;
    if (!acked[i % sockets.length]) continue;
    socket.send(JSON.stringify({ id: String(i), type: 'subscribe', payload: { query: msg.query, variables: { ids: sub.ids } } }));
    opened++;
    if (i % 500 === 499) await new Promise((r) => setImmediate(r));
  }
  const ok = await Promise.race([ready.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), msg.readyTimeoutMs))]);
  return { opened, initTimeouts, ready: ok };
}

process.on('message', async (msg: OpenMsg | { op: 'changed'; k: number; at: number } | { op: 'counting'; on: boolean } | { op: 'report' }) => {
  if (msg.op === 'open') {
    process.send!(await open(msg));
  } else if (msg.op === 'changed') {
    changedAt.set(msg.k, msg.at);
    for (const t of early.get(msg.k) ?? []) record(msg.k, t);
    early.delete(msg.k);
  } else if (msg.op === 'counting') {
    counting = msg.on;
  } else if (msg.op === 'report') {
    for (const s of sockets) s.terminate();
    process.send!({ hist: Array.from(hist), received, samples, initTimeouts });
  }
});
process.on('disconnect', () => process.exit(0));
