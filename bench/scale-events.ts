/**
 * Events at scale (issue #17): `taskUpdates` subscriptions with 20-task windows over 100 WebSocket
 * connections on 200 moving tasks, at 1,000 and 10,000 subscriptions.
 *
 * - The gateway runs in its own child process (bench/scale-gateway.ts, NODE_ENV=production) over
 *   three in-memory fake accounts (67 + 67 + 66 tasks, one region each: three poll groups); the
 *   child moves every task's progress on request, so each change instant is exact.
 * - Clients: raw graphql-transport-ws sockets in two worker processes (bench/scale-events-client.ts);
 *   subscription i watches the tasks of page i mod 10 (ids 20 at a time, like a dashboard's pages).
 * - Every `CHANGE_EVERY_MS` (± half a poll interval, at random) all 200 tasks change; the poll interval (fast) is `POLL.fastIntervalMs`.
 *   Measured over `WINDOW_MS` (scaled to per minute):
 *   upstream calls/min against the minimum (three groups, one batched call per poll interval);
 *   event latency (change -> client receipt) p50/p99 against the poll interval + 250 ms;
 *   events delivered / expected (a lagging gateway drops intermediate values);
 *   the gateway's event-loop delay p99 (monitorEventLoopDelay in the child, over IPC);
 *   RSS per subscription (child RSS after gc with the subscriptions open and moving, minus before
 *   them, per subscription); CPU per event (the child's process.cpuUsage / events delivered);
 *   connection-init timeouts (close 4408).
 * - Baseline: with `MIGRAPH_BENCH_BASELINE=/path/to/checkout` (its dist/ built with `npx tsc -p
 *   tsconfig.json`), the same gateway script runs that checkout too, in alternate rounds
 *   (current, baseline, then baseline, current at the next size), so before and after come from
 *   the same run. `MIGRAPH_SCALE_EVENTS_SIZES` (default `1000,10000`) and
 *   `MIGRAPH_SCALE_EVENTS_ROUNDS` (default 1) change the plan.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './types.js';

const POLL = { fastIntervalMs: 1_000, slowIntervalMs: 2_000, maxBackoffMs: 10_000 };
const CHANGE_EVERY_MS = 2_000;
const WINDOW_MS = Number(process.env.MIGRAPH_SCALE_EVENTS_WINDOW_MS ?? 20_000);
const CONNECTIONS = 100;
const WORKERS = 2;
const WINDOW = 20;
const PAGES = 10;
const ACCOUNTS = [
  { id: 'scale-hw', provider: 'huawei-sms', tasks: 67 },
  { id: 'scale-ali', provider: 'alibaba-smc', tasks: 67 },
  { id: 'scale-uc', provider: 'ucloudstack-smc', tasks: 66 },
];
const QUERY = 'subscription Scale($ids: [ID!]) { taskUpdates(filter: { ids: $ids }) { sequence taskId state progress { percent } } }';
const LIMITS = {
  rate: { enabled: false },
  websocket: { connections: 20_000, connectionsPerPrincipal: 20_000, connectionsPerAddress: 20_000, subscriptionsPerConnection: 20_000 },
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ScaleEventsOptions {
  /** Subscription counts (default 1,000 and 10,000). */
  sizes?: number[];
  /** Checkout of the baseline (dist/ built); default env MIGRAPH_BENCH_BASELINE; none: current only. */
  baseline?: string | null;
  /** Rounds per size and gateway (default 1). */
  rounds?: number;
}

interface Figures {
  callsPerMin: number;
  minCallsPerMin: number;
  p50: number;
  p99: number;
  delivered: number;
  lagP99: number;
  kbPerSub: number;
  cpuUsPerEvent: number;
  initTimeouts: number;
  ready: boolean;
  opened: number;
}

/** One request/answer over IPC (the child answers messages in order). */
function ask<T>(child: ChildProcess, msg: object, timeoutMs = 120_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to ${JSON.stringify(msg).slice(0, 60)}`)), timeoutMs);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve(m as T);
    });
    child.send(msg);
  });
}

function firstMessage<T>(child: ChildProcess, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('child did not start')), timeoutMs);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve(m as T);
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code})`)));
  });
}

function percentile(hist: number[], total: number, p: number): number {
  const want = Math.max(1, Math.ceil(total * p));
  let seen = 0;
  for (let i = 0; i < hist.length; i++) {
    seen += hist[i]!;
    if (seen >= want) return i;
  }
  return NaN;
}

/** One run: a fresh gateway child of `checkout`, `subs` subscriptions, one measured window. */
async function runOnce(checkout: string, subs: number): Promise<Figures> {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const gateway = fork(`${here}scale-gateway.js`, [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      MIGRAPH_SCALE_GATEWAY: JSON.stringify({ checkout, accounts: ACCOUNTS, config: { progress: POLL, limits: LIMITS } }),
    },
    // MIGRAPH_SCALE_EVENTS_PROFILE=<dir>: a CPU profile of each gateway child, written there.
    execArgv: ['--expose-gc', ...(process.env.MIGRAPH_SCALE_EVENTS_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.MIGRAPH_SCALE_EVENTS_PROFILE}`] : [])],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const workers = Array.from({ length: WORKERS }, () => fork(`${here}scale-events-client.js`, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  try {
    const info = await firstMessage<{ wsUrl: string; ids: string[] }>(gateway, 60_000);
    const pages = Array.from({ length: PAGES }, (_, p) => info.ids.slice(p * WINDOW, p * WINDOW + WINDOW));
    const before = await ask<{ rss: number }>(gateway, { op: 'measure', gc: true });
    const perWorker = Math.ceil(subs / WORKERS);
    const opened = await Promise.all(
      workers.map((w, wi) =>
        ask<{ opened: number; initTimeouts: number; ready: boolean }>(
          w,
          {
            op: 'open',
            wsUrl: info.wsUrl,
            connections: CONNECTIONS / WORKERS,
            subscriptions: Array.from({ length: Math.min(perWorker, subs - wi * perWorker) }, (_, i) => ({ ids: pages[(wi * perWorker + i) % PAGES]! })),
            query: QUERY,
            snapshot: WINDOW,
            readyTimeoutMs: 120_000,
          },
          200_000,
        ),
      ),
    );
    // Settle for one slow interval, then the measured window: every task changes every CHANGE_EVERY_MS.
    await sleep(POLL.slowIntervalMs);
    for (const w of workers) w.send({ op: 'counting', on: true });
    await ask(gateway, { op: 'mark' });
    const started = Date.now();
    let changes = 0;
    while (Date.now() - started < WINDOW_MS) {
      const { at } = await ask<{ at: number }>(gateway, { op: 'advance' });
      changes++;
      for (const w of workers) w.send({ op: 'changed', k: changes, at });
      // A random phase against the poll timer (uniform over one poll interval), so the latency
      // percentiles cover every phase rather than one.
      await sleep(CHANGE_EVERY_MS - POLL.fastIntervalMs / 2 + Math.random() * POLL.fastIntervalMs);
    }
    const m = await ask<{ windowMs: number; cpuMs: number; upstreamCalls: number; lagP99Ms: number; rss: number; subscriptions: number }>(gateway, { op: 'measure', gc: true });
    // Late arrivals of the last change get one more poll interval and a little.
    await sleep(POLL.fastIntervalMs + 500);
    for (const w of workers) w.send({ op: 'counting', on: false });
    const reports = await Promise.all(workers.map((w) => ask<{ hist: number[]; received: number; samples: number; initTimeouts: number }>(w, { op: 'report' })));
    const hist = reports[0]!.hist.map((_, i) => reports.reduce((a, r) => a + r.hist[i]!, 0));
    const samples = reports.reduce((a, r) => a + r.samples, 0);
    const received = reports.reduce((a, r) => a + r.received, 0);
    const expected = changes * subs * WINDOW;
    return {
      callsPerMin: Math.round((m.upstreamCalls * 60_000) / m.windowMs),
      minCallsPerMin: Math.round((ACCOUNTS.length * 60_000) / POLL.fastIntervalMs),
      p50: percentile(hist, samples, 0.5),
      p99: percentile(hist, samples, 0.99),
      delivered: expected ? samples / expected : 0,
      lagP99: Math.round(m.lagP99Ms),
      kbPerSub: (m.rss - before.rss) / subs / 1024,
      cpuUsPerEvent: received ? (m.cpuMs * 1000) / received : NaN,
      initTimeouts: reports.reduce((a, r) => a + r.initTimeouts, 0),
      ready: opened.every((o) => o.ready),
      opened: opened.reduce((a, o) => a + o.opened, 0),
    };
  } finally {
    for (const w of workers) w.kill();
    // Disconnected, the child closes its gateway and exits (writing its profile, if asked).
    const exited = new Promise((r) => gateway.once('exit', r));
    gateway.disconnect();
    await Promise.race([exited, sleep(10_000)]);
    gateway.kill();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runScaleEventsBench(opts: ScaleEventsOptions = {}): Promise<BenchResult[]> {
  const sizes = opts.sizes ?? (process.env.MIGRAPH_SCALE_EVENTS_SIZES ?? '1000,10000').split(',').map(Number);
  const baseline = opts.baseline !== undefined ? opts.baseline : (process.env.MIGRAPH_BENCH_BASELINE ?? null);
  const rounds = opts.rounds ?? Number(process.env.MIGRAPH_SCALE_EVENTS_ROUNDS ?? 1);
  const current = fileURLToPath(new URL('../..', import.meta.url));
  const out: BenchResult[] = [];
  const scaled = `${WINDOW_MS / 1000} s window scaled to per minute; every task changes every ${CHANGE_EVERY_MS / 1000} s; poll ${POLL.fastIntervalMs} ms`;
  for (const [si, subs] of sizes.entries()) {
    const runs: { current: Figures[]; baseline: Figures[] } = { current: [], baseline: [] };
    for (let r = 0; r < rounds; r++) {
      // Alternate which goes first (ABBA), so neither always runs on a warmer machine.
      const order: ('current' | 'baseline')[] = baseline ? ((si + r) % 2 === 0 ? ['current', 'baseline'] : ['baseline', 'current']) : ['current'];
      for (const which of order) runs[which].push(await runOnce(which === 'current' ? current : baseline!, subs));
    }
    const pick = (which: 'current' | 'baseline', f: (x: Figures) => number) => (runs[which].length ? median(runs[which].map(f)) : NaN);
    const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : NaN);
    const add = (name: string, f: (x: Figures) => number, unit: string, target: string, pass: (v: number, cur: Figures[]) => boolean, digits = 0, note?: string) => {
      const v = pick('current', f);
      const b = pick('baseline', f);
      out.push({
        name: `${name}, ${subs.toLocaleString('en')} subs`,
        value: fmt(v, digits),
        unit,
        target,
        pass: pass(v, runs.current) && runs.current.every((x) => x.ready),
        note: [baseline ? `baseline ${fmt(b, digits)} ${unit}` : null, note].filter(Boolean).join('; ') || undefined,
      });
    };
    const note = si === 0 ? `${scaled}; ${CONNECTIONS} WebSockets, 20-task windows, 200 moving tasks in 3 groups; median of ${rounds} round(s)${baseline ? `; baseline ${baseline}` : ''}` : undefined;
    add('upstream calls/min / minimum', (x) => x.callsPerMin / x.minCallsPerMin, 'ratio', '>= 0.95', (v) => v >= 0.95, 2, note);
    add('event latency p50', (x) => x.p50, 'ms', `<= ${POLL.fastIntervalMs + 250} ms`, (v) => v <= POLL.fastIntervalMs + 250);
    add('event latency p99', (x) => x.p99, 'ms', `<= ${POLL.fastIntervalMs + 250} ms (poll + 250)`, (v) => v <= POLL.fastIntervalMs + 250);
    add('events delivered / expected', (x) => x.delivered, 'ratio', '>= 0.99', (v) => v >= 0.99, 3);
    add('gateway event-loop delay p99', (x) => x.lagP99, 'ms', '<= 100 ms', (v) => v <= 100);
    add('RSS per subscription', (x) => x.kbPerSub, 'KB', '<= 30 KB', (v) => v <= 30, 1);
    add('gateway CPU per event', (x) => x.cpuUsPerEvent, 'µs', 'report', () => true, 1);
    add('connection-init timeouts', (x) => x.initTimeouts, 'connections', '0', (v) => v === 0);
  }
  return out;
}
