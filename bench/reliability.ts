/**
 * Reliability benchmarks (`npm run bench -- reliability`, issue "Reliability: upstream budgets, circuits,
 * truthful writes, and no silent freeze"). Real simulators behind counting proxies, real gateways.
 *
 *  (a) Vendor quota: a budget of Q calls/s (+ burst B) per account, three gateway instances sharing
 *      Redis (in this process, each with its own hub, policy and Redis connections), 1,000 taskUpdates
 *      subscribers spread over the three, and a dashboard query loop on each. Figures: the most upstream
 *      calls any account received in any 1 s window (target <= Q + B), and in the whole window of T s
 *      (target <= Q x T + B, the token bucket's bound).
 *  (b) Circuit breaker: one account in a full outage (every answer HTTP 503), a query every 50 ms.
 *      Figures: time from the outage to the first fail-fast answer (`extensions.circuit: "open"`), and
 *      upstream calls sent while the circuit was open against the probes its open period allows.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { providerModule } from '../adapters/index.js';
import type { AccountConfig, DemoHandle } from '../adapters/module.js';
import { ListOrder, TaskState, type ProviderId } from '../src/core/model.js';
import { loadConfig } from '../src/config/index.js';
import { encodeId } from '../src/domain/ids.js';
import { startGateway, type RunningGateway } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';
import { DashboardDocument } from '../test/generated/graphql.js';
import type { BenchResult } from './types.js';
import { REDIS_URL, deleteKeys, redisAnswers } from './redis.js';
import { busiestWindow, countingProxy, type CountingProxy } from './upstream-proxy.js';

const logger = createLogger('silent');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LIMITS = {
  rate: { enabled: false },
  websocket: { connections: 20_000, connectionsPerPrincipal: 20_000, subscriptionsPerConnection: 20_000 },
};
const DASHBOARD = print(DashboardDocument);

async function gateway(accounts: readonly AccountConfig[], overrides: Record<string, unknown>): Promise<RunningGateway> {
  const config = loadConfig({}, { server: { port: 0, host: '127.0.0.1', graphiql: false, drainDelayMs: 0 }, embedded: false, log: { level: 'silent' }, auth: { disabled: true }, limits: LIMITS, ...overrides });
  return startGateway(config, { logger, accounts });
}

interface Demo {
  account: AccountConfig;
  handle: DemoHandle;
  proxy: CountingProxy;
  taskIds: string[];
}

/** One provider's demo behind a counting proxy, configured with one region (the bucket is per account x region). */
async function startDemo(provider: ProviderId, scale: number): Promise<Demo> {
  const mod = providerModule(provider)!;
  const handle = await mod.startDemo({ accountId: `rel-${provider}`, logger, scale });
  const proxy = await countingProxy(handle.account.endpoint);
  const account = { ...handle.account, endpoint: proxy.endpoint, regions: [handle.account.regions[0]!] };
  const p = mod.createProvider(handle.account, { logger });
  const page = await p.listTasks({ region: account.regions[0]!, offset: 0, limit: p.capabilities.maxPageSize, order: ListOrder.CREATED_DESC, filter: {} });
  await p.close();
  const live = page.items.filter((t) => ![TaskState.SUCCEEDED, TaskState.FAILED, TaskState.STOPPED, TaskState.EXPIRED].includes(t.state));
  return { account, handle, proxy, taskIds: (live.length ? live : page.items).map((t) => encodeId('Task', t)) };
}

async function stopDemos(demos: Demo[]): Promise<void> {
  await Promise.allSettled(demos.map((d) => d.proxy.close()));
  await Promise.allSettled(demos.map((d) => d.handle.close()));
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
}



// -- (a) quota -----------------------------------------------------------------------------------

const Q = 10;
const BURST = 10;
const QUOTA_WINDOW_MS = 20_000;
const SUBSCRIBERS = 1_000;

async function quotaBench(): Promise<BenchResult[]> {
  if (!(await redisAnswers())) {
    return [{ name: 'quota: busiest 1 s window, 3 instances', value: 0, unit: 'calls', target: `<= ${Q + BURST}`, pass: false, note: `no Redis at ${REDIS_URL}` }];
  }
  const demos = await Promise.all((['huawei-sms', 'alibaba-smc', 'ucloudstack-smc'] as const).map((p) => startDemo(p, 60)));
  const keyPrefix = `migraph-bench-${randomUUID()}:`;
  const overrides = {
    cache: { enabled: false },
    progress: { fastIntervalMs: 1_000, slowIntervalMs: 2_000, maxBackoffMs: 10_000 },
    pubsub: { kind: 'redis', redisUrl: REDIS_URL, leaseTtlMs: 3_000, keyPrefix },
    upstream: { quota: { callsPerSecond: Q, burst: BURST } },
  };
  const gateways: RunningGateway[] = [];
  const conns: Client[] = [];
  const stops: (() => void)[] = [];
  let events = 0;
  let staleEvents = 0;
  const staleReasons: Record<string, number> = {};
  const outcomes: Record<string, number> = {};
  try {
    for (let i = 0; i < 3; i++) gateways.push(await gateway(demos.map((d) => d.account), overrides));
    for (const g of gateways) for (let c = 0; c < 10; c++) conns.push(createClient({ url: g.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true }));
    // 1,000 subscriptions, each on a 20-task window of one account's live tasks.
    const windows = demos.flatMap((d) => Array.from({ length: Math.max(1, Math.ceil(d.taskIds.length / 20)) }, (_, w) => d.taskIds.slice(w * 20, w * 20 + 20))).filter((w) => w.length);
    for (let i = 0; i < SUBSCRIBERS; i++) {
      stops.push(
        conns[i % conns.length]!.subscribe(
          { query: 'subscription($ids: [ID!]) { taskUpdates(filter: { ids: $ids }) { sequence stale staleReason } }', variables: { ids: windows[i % windows.length] } },
          {
            next: (msg) => {
              events++;
              const update = (msg.data as { taskUpdates?: { stale?: boolean; staleReason?: string | null } } | undefined)?.taskUpdates;
              if (update?.stale) {
                staleEvents++;
                const reason = update.staleReason ?? 'none';
                staleReasons[reason] = (staleReasons[reason] ?? 0) + 1;
              }
            },
            error: () => {},
            complete: () => {},
          },
        ),
      );
      if (i % 200 === 199) await sleep(5);
    }
    await sleep(3_000); // snapshots and the first polls
    const from = performance.now();
    const eventsBefore = events;
    const staleBefore = staleEvents;
    let running = true;
    const loop = async (g: RunningGateway) => {
      while (running) {
        const r = await post(g.url, DASHBOARD, { first: 50 });
        const codes = (r.errors ?? []).map((e) => String(e.extensions?.code));
        const key = codes.length ? [...new Set(codes)].sort().join('+') : 'ok';
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
    };
    const loops = gateways.flatMap((g) => [loop(g), loop(g)]);
    await sleep(QUOTA_WINDOW_MS);
    running = false;
    await Promise.all(loops);
    const to = performance.now();
    const out: BenchResult[] = [];
    const note = `Q ${Q}/s, burst ${BURST}; 3 instances + Redis, ${SUBSCRIBERS} subscribers, 2 dashboard loops per instance, ${QUOTA_WINDOW_MS / 1000} s`;
    for (const d of demos) {
      const busiest = busiestWindow(d.proxy.arrivals(), 1_000, from, to);
      const seconds = (to - from) / 1000;
      const total = d.proxy.arrivals().filter((t) => t >= from && t <= to).length;
      // A token bucket admits at most Q x T + B calls in T seconds (the burst once, then the rate).
      const bound = Math.floor(Q * seconds + BURST);
      out.push({ name: `quota: busiest 1 s window, ${d.account.provider}`, value: busiest, unit: 'calls', target: `<= ${Q + BURST} (Q + burst)`, pass: busiest <= Q + BURST, note: d === demos[0] ? note : undefined });
      out.push({ name: `quota: calls in the whole window, ${d.account.provider}`, value: total, unit: 'calls', target: `<= ${bound} (Q x ${seconds.toFixed(1)} s + burst)`, pass: total <= bound, note: `${(total / seconds).toFixed(2)} calls/s` });
    }
    const answered = Object.values(outcomes).reduce((a, b) => a + b, 0);
    out.push({ name: 'quota: dashboard answers in the window', value: answered, unit: 'answers', target: '> 0', pass: answered > 0, note: Object.entries(outcomes).map(([k, v]) => `${k}: ${v}`).join(', ') });
    out.push({ name: 'quota: subscription events in the window', value: events - eventsBefore, unit: 'events', target: '> 0 (polls slow down, not stop)', pass: events - eventsBefore > 0, note: `of which stale: ${staleEvents - staleBefore} (${staleBefore} before the window); reasons: ${Object.entries(staleReasons).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}` });
    return out;
  } finally {
    stops.forEach((s) => s());
    await Promise.allSettled(conns.map((c) => c.dispose()));
    for (const g of gateways) await g.close();
    await stopDemos(demos);
    await deleteKeys(keyPrefix);
  }
}

// -- (b) circuit ---------------------------------------------------------------------------------

const OPEN_MS = 2_000;
const THRESHOLD = 5;
const OUTAGE_MS = 10_000;

async function circuitBench(): Promise<BenchResult[]> {
  const [demo] = await Promise.all([startDemo('huawei-sms', 20)]);
  const d = demo!;
  const g = await gateway([d.account], { cache: { enabled: false }, upstream: { retryLimit: 2, quota: { enabled: false }, circuit: { failureThreshold: THRESHOLD, openMs: OPEN_MS } } });
  const answers: { at: number; open: boolean; ok: boolean }[] = [];
  const ask = async () => {
    const r = await post(g.url, 'query { tasks(first: 5) { nodes { id } } }');
    answers.push({ at: performance.now(), open: (r.errors ?? []).some((e) => e.extensions?.circuit === 'open'), ok: !r.errors?.length });
  };
  try {
    await ask();
    const outageAt = performance.now();
    d.handle.probe!.faults.configure({ serverErrorRate: 1 });
    while (performance.now() - outageAt < OUTAGE_MS) {
      await ask();
      await sleep(50);
    }
    const firstOpen = answers.find((a) => a.at > outageAt && a.open);
    d.handle.probe!.faults.reset();
    const restoredAt = performance.now();
    while (performance.now() - restoredAt < OPEN_MS * 3) {
      await ask();
      if (answers.at(-1)!.ok) break;
      await sleep(50);
    }
    const closedAt = answers.at(-1)!.ok ? answers.at(-1)!.at : null;
    const out: BenchResult[] = [];
    if (!firstOpen) {
      out.push({ name: 'circuit: time to open under a full outage', value: -1, unit: 'ms', target: 'opens', pass: false, note: `no fail-fast answer in ${OUTAGE_MS} ms` });
      return out;
    }
    const openFor = restoredAt - firstOpen.at;
    const sentWhileOpen = d.proxy.arrivals().filter((t) => t > firstOpen.at && t <= restoredAt).length;
    // One probe per open period (half-open lets one call through; its failure opens the circuit again).
    const probes = Math.ceil(openFor / OPEN_MS);
    const failFast = answers.filter((a) => a.at > firstOpen.at && a.at <= restoredAt && a.open).length;
    out.push({ name: 'circuit: time to open under a full outage', value: Math.round(firstOpen.at - outageAt), unit: 'ms', target: `opens after ${THRESHOLD} failures`, pass: true, note: `retryLimit 2, a query every 50 ms, openMs ${OPEN_MS}` });
    out.push({ name: 'circuit: upstream calls while open', value: sentWhileOpen, unit: 'calls', target: `<= probes (${probes} in ${Math.round(openFor)} ms)`, pass: sentWhileOpen <= probes, note: `${failFast} answers failed fast` });
    out.push({ name: 'circuit: time to close after the outage ends', value: closedAt === null ? -1 : Math.round(closedAt - restoredAt), unit: 'ms', target: `<= ${OPEN_MS + 500} (one open period + a probe)`, pass: closedAt !== null && closedAt - restoredAt <= OPEN_MS + 500 });
    return out;
  } finally {
    await g.close();
    await stopDemos([d]);
  }
}

export async function runReliabilityBench(): Promise<BenchResult[]> {
  const only = process.env.RELIABILITY_BENCH_ONLY; // "quota", "circuit"
  const results: BenchResult[] = [];
  if (!only || only.includes('circuit')) results.push(...(await circuitBench()));
  if (!only || only.includes('quota')) results.push(...(await quotaBench()));
  return results;
}
