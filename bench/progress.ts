/**
 * Live-progress benchmark (`npm run bench -- progress`). Real graphql-ws clients over WebSocket to the
 * real gateway; many subscriptions share a few WebSocket connections (graphql-ws multiplexes them).
 *
 * (a) upstream calls per minute for 1, 100 and 1,000 subscribers watching the same 200 tasks of the three
 *     provider simulators (taskUpdates by ids; 1 subscriber on all 200, else 20-task windows covering all
 *     200): counted at the provider endpoints by a counting HTTP proxy in front of each simulator (the
 *     simulators' own agents are not counted);
 * (b) event latency from a task's change to the client's receipt, p50/p99, at 1,000 subscriptions
 *     (in-process fake provider: the change instant is known exactly);
 * (c) memory per open subscription: RSS growth of a gateway child process / 10,000 subscriptions;
 * (d) two instances sharing Redis vs one instance: upstream calls per minute.
 * Short intervals and windows, scaled to per minute, so the whole group runs in about 3 minutes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { providerModule } from '../adapters/index.js';
import { ListOrder, TaskState, type ProviderId } from '../src/core/model.js';
import type { AccountConfig, DemoHandle } from '../adapters/module.js';
import { loadConfig } from '../src/config/index.js';
import { encodeId } from '../src/domain/ids.js';
import { startGateway, type RunningGateway, type StartOptions } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';
import { ManualClock } from '../adapters/common/simulator/clock.js';
import { fakeAccounts } from '../test/helpers/fake-provider.js';
import type { BenchResult } from './types.js';
import { REDIS_URL, deleteKeys, redisAnswers } from './redis.js';
import { countingProxy } from './upstream-proxy.js';

const logger = createLogger('silent');
/** The bench opens thousands of subscriptions from one address: the per-principal limits would refuse them. */
const BENCH_LIMITS = {
  rate: { enabled: false },
  websocket: { connections: 20_000, connectionsPerPrincipal: 20_000, subscriptionsPerConnection: 20_000 },
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const UPDATES = 'subscription($ids: [ID!]) { taskUpdates(filter: { ids: $ids }) { sequence } }';
const PROGRESS = 'subscription($id: ID!) { taskProgress(id: $id) { sequence progress { percent } } }';

// -- helpers ------------------------------------------------------------------------------------

async function gateway(accounts: readonly AccountConfig[], overrides: Record<string, unknown>, factory?: StartOptions['providerFactory']): Promise<RunningGateway> {
  const config = loadConfig({}, { server: { port: 0, host: '127.0.0.1', graphiql: false, drainDelayMs: 0 }, embedded: false, log: { level: 'silent' }, auth: { disabled: true }, limits: BENCH_LIMITS, ...overrides });
  return startGateway(config, { logger, accounts, providerFactory: factory });
}

function clients(wsUrl: string, n: number): Client[] {
  return Array.from({ length: n }, () => createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true }));
}

/** Opens `count` subscriptions round-robin over `conns`; resolves when each got `firstEvents` events (bounded wait). */
async function subscribeMany(
  conns: Client[],
  count: number,
  query: string,
  vars: (i: number) => Record<string, unknown>,
  onEvent: (i: number, data: unknown) => void,
  firstEvents: number,
  timeoutMs: number,
): Promise<{ stop: () => void; ready: boolean }> {
  const got = new Array<number>(count).fill(0);
  let done = 0;
  const stops: (() => void)[] = [];
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  for (let i = 0; i < count; i++) {
    stops.push(
      conns[i % conns.length]!.subscribe(
        { query, variables: vars(i) },
        {
          next: (msg) => {
            onEvent(i, msg.data);
            if (++got[i]! === firstEvents && ++done === count) resolveReady();
          },
          error: () => {},
          complete: () => {},
        },
      ),
    );
    if (i % 200 === 199) await sleep(5); // let the server breathe while opening thousands
  }
  const ok = await Promise.race([ready.then(() => true), sleep(timeoutMs).then(() => false)]);
  return { stop: () => stops.forEach((s) => s()), ready: ok };
}

interface Sims {
  accounts: AccountConfig[];
  /** Upstream requests at the three endpoints so far. */
  calls: () => number;
  /** The 200 watched tasks (global ids). */
  taskIds: string[];
  close: () => Promise<void>;
}

/** The three provider simulators (their demos, scaled up) behind counting proxies, and 200 of their tasks. */
async function startSims(): Promise<Sims> {
  const handles: DemoHandle[] = [];
  const proxies: Awaited<ReturnType<typeof countingProxy>>[] = [];
  const accounts: AccountConfig[] = [];
  const ids: { provider: ProviderId; list: string[]; take: number }[] = [];
  const per = [67, 67, 66];
  const modules = (['huawei-sms', 'alibaba-smc', 'ucloudstack-smc'] as const).map((id) => providerModule(id)).filter((m) => !!m);
  for (const [i, mod] of modules.entries()) {
    const handle = await mod.startDemo({ accountId: `bench-${mod.id}`, logger, scale: 90 });
    handles.push(handle);
    const proxy = await countingProxy(handle.account.endpoint);
    proxies.push(proxy);
    const account = { ...handle.account, endpoint: proxy.endpoint };
    accounts.push(account);
    // Pick the tasks to watch, preferring live ones (terminal tasks are never polled).
    const provider = mod.createProvider(account, { logger });
    const found: { region: string; id: string; terminal: boolean }[] = [];
    for (const region of account.regions) {
      const page = await provider.listTasks({ region, offset: 0, limit: provider.capabilities.maxPageSize, order: ListOrder.CREATED_DESC, filter: {} });
      for (const t of page.items) found.push({ region, id: encodeId('Task', t), terminal: [TaskState.SUCCEEDED, TaskState.FAILED, TaskState.STOPPED, TaskState.EXPIRED].includes(t.state) });
    }
    await provider.close();
    found.sort((a, b) => Number(a.terminal) - Number(b.terminal));
    ids.push({ provider: mod.id, list: found.map((f) => f.id), take: per[i] ?? 66 });
  }
  // 67 + 67 + 66 tasks; a demo with fewer is topped up from the others.
  const taskIds = ids.flatMap((x) => x.list.slice(0, x.take));
  for (const x of ids) taskIds.push(...x.list.slice(x.take, x.take + Math.max(0, 200 - taskIds.length)));
  return {
    accounts,
    calls: () => proxies.reduce((a, p) => a + p.count(), 0),
    taskIds,
    close: async () => {
      await Promise.allSettled(proxies.map((p) => p.close()));
      await Promise.allSettled(handles.map((h) => h.close()));
    },
  };
}

const POLL = { fastIntervalMs: 1_000, slowIntervalMs: 2_000, maxBackoffMs: 10_000 };
const WINDOW_MS = 20_000;

/** Upstream calls per minute while `subscribers` taskUpdates streams (each on all tasks) are open. */
async function callsPerMinute(sims: Sims, gateways: RunningGateway[], subscribers: number): Promise<{ perMinute: number; ready: boolean }> {
  const conns = gateways.flatMap((g) => clients(g.wsUrl, Math.max(1, Math.min(10, Math.ceil(subscribers / 100 / gateways.length)))));
  // Every subscriber follows all 200 tasks; ready once each got its snapshot (one event per task),
  // then settle for one slow interval.
  const subs = await subscribeMany(conns, subscribers, UPDATES, () => ({ ids: sims.taskIds }), () => {}, sims.taskIds.length, 60_000);
  await sleep(POLL.slowIntervalMs);
  const before = sims.calls();
  const hubBefore = gateways.reduce((a, g) => a + g.hub.polls, 0);
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  await sleep(WINDOW_MS);
  lag.disable();
  const perMinute = ((sims.calls() - before) * 60_000) / WINDOW_MS;
  if (process.env.PROGRESS_BENCH_DEBUG) {
    console.error(`n=${subscribers} calls=${sims.calls() - before} hubPolls=${gateways.reduce((a, g) => a + g.hub.polls, 0) - hubBefore} lag p50=${Math.round(lag.percentile(50) / 1e6)}ms p99=${Math.round(lag.percentile(99) / 1e6)}ms`);
  }
  subs.stop();
  await Promise.all(conns.map((c) => c.dispose()));
  return { perMinute: Math.round(perMinute), ready: subs.ready };
}


// -- (a) and (d) --------------------------------------------------------------------------------

async function upstreamBench(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const sims = await startSims();
  try {
    const gw = await gateway(sims.accounts, { progress: POLL, cache: { enabled: false } });
    const perN: Record<number, number> = {};
    const notReady: number[] = [];
    try {
      for (const n of (process.env.PROGRESS_BENCH_ORDER ?? '1,100,1000').split(',').map(Number)) {
        const r = await callsPerMinute(sims, [gw], n);
        perN[n] = r.perMinute;
        if (!r.ready) notReady.push(n);
      }
    } finally {
      await gw.close();
    }
    const values = Object.values(perN);
    const spread = Math.max(...values) / Math.max(1, Math.min(...values));
    const note = `${sims.taskIds.length} tasks of 3 simulators, fast ${POLL.fastIntervalMs} ms / slow ${POLL.slowIntervalMs} ms, ${WINDOW_MS / 1000} s window per figure; each subscriber: taskUpdates on all 200 ids; 1-10 WebSockets${notReady.length ? `; not all snapshots arrived for ${notReady.join(',')}` : ''}`;
    for (const n of [1, 100, 1000]) {
      out.push({ name: `upstream calls/min, ${n} subscriber(s)`, value: perN[n]!, unit: 'calls/min', target: 'within 10% of each other', pass: spread <= 1.1, note: n === 1 ? note : undefined });
    }
    out.push({ name: 'upstream calls/min spread (max/min)', value: Number(spread.toFixed(3)), unit: 'ratio', target: '<= 1.10', pass: spread <= 1.1 });

    // (d) Two instances sharing Redis (50 + 50 subscribers) vs one instance (100 subscribers).
    if (await redisAnswers()) {
      const keyPrefix = `migraph-bench-${randomUUID()}:`;
      const pubsub = { kind: 'redis', redisUrl: REDIS_URL, leaseTtlMs: 3_000, keyPrefix };
      const a = await gateway(sims.accounts, { progress: POLL, cache: { enabled: false }, pubsub });
      const b = await gateway(sims.accounts, { progress: POLL, cache: { enabled: false }, pubsub });
      try {
        const r = await callsPerMinute(sims, [a, b], 100);
        const ratio = r.perMinute / Math.max(1, perN[100]!);
        out.push({
          name: 'upstream calls/min, 2 instances + Redis (100 subscribers)',
          value: r.perMinute,
          unit: 'calls/min',
          target: `within 10% of 1 instance (${perN[100]})`,
          pass: Math.abs(ratio - 1) <= 0.1,
          note: `ratio ${ratio.toFixed(3)}; polling by lease holders: A ${a.hub.polls}, B ${b.hub.polls} hub calls`,
        });
      } finally {
        await a.close();
        await b.close();
        await deleteKeys(keyPrefix);
      }
    } else {
      out.push({ name: 'upstream calls/min, 2 instances + Redis', value: 0, unit: 'calls/min', target: 'within 10% of 1 instance', pass: false, note: `no Redis at ${REDIS_URL}` });
    }
  } finally {
    await sims.close();
  }
  return out;
}


// -- (b) latency --------------------------------------------------------------------------------

async function latencyBench(): Promise<BenchResult[]> {
  // The Alibaba simulator on a ManualClock started at real time (clients sign with real time): its
  // jobs change state and progress only when the bench advances the clock, so the instant of every
  // upstream state change is known. Each advance moves all running jobs; advances are spaced wider
  // than a poll interval plus delivery, so every event received belongs to the latest advance.
  const fast = 250;
  const clock = new ManualClock(Date.now());
  const demo = await providerModule('alibaba-smc')!.startDemo({ accountId: 'lat', logger, scale: 200, clock });
  const gw = await gateway([demo.account], { progress: { fastIntervalMs: fast, slowIntervalMs: 1_000, maxBackoffMs: 5_000 } });
  const live: string[] = [];
  const all = await gw.gateway.accounts.get('lat').provider.listTasks({ region: demo.account.regions[0]!, offset: 0, limit: 500, order: ListOrder.CREATED_DESC, filter: {} });
  for (const t of all.items) if (![TaskState.SUCCEEDED, TaskState.FAILED, TaskState.STOPPED, TaskState.EXPIRED].includes(t.state)) live.push(encodeId('Task', t));
  const ids = live.slice(0, 200);
  let changedAt = 0;
  let counting = false;
  const samples: number[] = [];
  const conns = clients(gw.wsUrl, 10);
  const subs = await subscribeMany(
    conns,
    1000,
    PROGRESS,
    (i) => ({ id: ids[i % ids.length] }),
    () => {
      if (counting) samples.push(performance.now() - changedAt);
    },
    1,
    60_000,
  );
  await sleep(fast * 2);
  counting = true;
  const advances = 15;
  for (let n = 0; n < advances; n++) {
    changedAt = performance.now();
    await clock.advance(5_000);
    await sleep(fast + 350 + Math.random() * 100);
  }
  counting = false;
  subs.stop();
  await Promise.all(conns.map((c) => c.dispose()));
  await gw.close();
  await demo.close();
  samples.sort((a, b) => a - b);
  const q = (p: number) => Math.round(samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? NaN);
  const target = fast + 50;
  const note = `${samples.length} receipts after ${advances} state changes of ${ids.length} Alibaba jobs (simulator clock advanced by the bench), 1,000 taskProgress subscriptions over 10 WebSockets, poll interval ${fast} ms`;
  return [
    { name: 'event latency p50 (1,000 subscribers)', value: q(0.5), unit: 'ms', target: `<= ${target} ms`, pass: q(0.5) <= target, note },
    { name: 'event latency p99 (1,000 subscribers)', value: q(0.99), unit: 'ms', target: `<= ${target} ms (poll interval + 50)`, pass: q(0.99) <= target && subs.ready },
  ];
}

// -- (c) memory ---------------------------------------------------------------------------------

const SUBS_FOR_MEMORY = 10_000;

async function memoryBench(): Promise<BenchResult[]> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, MIGRAPH_BENCH_ROLE: 'progress-gateway' },
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ask = (msg: string) =>
    new Promise<{ rss: number; wsUrl: string; ids: string[]; subscriptions: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('gateway child did not answer')), 30_000);
      child.once('message', (m) => {
        clearTimeout(timer);
        resolve(m as never);
      });
      child.send(msg);
    });
  try {
    const info = await ask('start');
    const conns = clients(info.wsUrl, 20);
    const warm = await subscribeMany(conns, 20, PROGRESS, (i) => ({ id: info.ids[i % info.ids.length] }), () => {}, 1, 30_000);
    const before = await ask('measure');
    const subs = await subscribeMany(conns, SUBS_FOR_MEMORY, PROGRESS, (i) => ({ id: info.ids[i % info.ids.length] }), () => {}, 1, 90_000);
    await sleep(500);
    const after = await ask('measure');
    const perSub = (after.rss - before.rss) / SUBS_FOR_MEMORY / 1024;
    subs.stop();
    warm.stop();
    await Promise.all(conns.map((c) => c.dispose()));
    return [
      {
        name: `memory per subscription (${SUBS_FOR_MEMORY.toLocaleString('en')} open)`,
        value: Number(perSub.toFixed(1)),
        unit: 'KB',
        target: '<= 30 KB',
        pass: perSub <= 30 && subs.ready && after.subscriptions >= SUBS_FOR_MEMORY,
        note: `gateway child RSS ${Math.round(before.rss / 2 ** 20)} -> ${Math.round(after.rss / 2 ** 20)} MiB after gc, ${after.subscriptions} hub subscriptions, 20 WebSockets, 200 idle tasks`,
      },
    ];
  } finally {
    child.kill();
  }
}

/** The gateway child of the memory benchmark: fake tasks, idle (slow polls); answers over IPC. */
async function runGatewayChild(): Promise<void> {
  const fake = fakeAccounts([{ id: 'mem', provider: 'huawei-sms', regions: ['r1'] }]);
  let gw: RunningGateway | null = null;
  process.on('message', async (msg) => {
    if (msg === 'start') {
      gw = await gateway(fake.accounts, { progress: { fastIntervalMs: 1_000, slowIntervalMs: 5_000, maxBackoffMs: 10_000 } }, fake.factory);
      const hw = fake.providers.get('mem')!;
      for (let i = 0; i < 200; i++) hw.addTask('r1', i, { state: TaskState.PENDING, nativeState: 'READY' });
      process.send!({ rss: process.memoryUsage().rss, wsUrl: gw.wsUrl, ids: hw.tasks.map((t) => encodeId('Task', t)), subscriptions: 0 });
    } else if (msg === 'measure') {
      for (let i = 0; i < 3; i++) {
        (globalThis as { gc?: () => void }).gc?.();
        await sleep(100);
      }
      process.send!({ rss: process.memoryUsage().rss, wsUrl: '', ids: [], subscriptions: gw?.hub.stats().subscriptions ?? 0 });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

// -- entry --------------------------------------------------------------------------------------

export async function runProgressBench(): Promise<BenchResult[]> {
  const only = process.env.PROGRESS_BENCH_ONLY; // e.g. "upstream", "latency", "memory"
  const results: BenchResult[] = [];
  if (!only || only.includes('upstream')) results.push(...(await upstreamBench()));
  if (!only || only.includes('latency')) results.push(...(await latencyBench()));
  if (!only || only.includes('memory')) results.push(...(await memoryBench()));
  return results;
}

if (process.env.MIGRAPH_BENCH_ROLE === 'progress-gateway' && process.argv[1] === fileURLToPath(import.meta.url)) {
  await runGatewayChild();
}
