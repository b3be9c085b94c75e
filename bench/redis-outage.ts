/**
 * Redis outage benchmark (`npm run bench -- outage`). Gateway instances share Redis through an
 * in-process TCP proxy (test/helpers/tcp-proxy.ts) that cuts it mid-run for OUTAGE_S seconds
 * (default 20; MIGRAPH_BENCH_OUTAGE_S overrides) while the "cloud" (an in-process fake provider,
 * 20 tasks whose progress moves every 200 ms) stays fine. Real graphql-ws clients, 50 subscriptions
 * per instance on all 20 tasks. Health check and command timeout at their defaults (1 s / 1 s),
 * fast poll interval 500 ms.
 *
 * Runs: one instance with Redis refusing connections (every socket closed, new ones too), two
 * instances likewise, two instances with Redis blackholed (sockets stay open, nothing answers).
 * Measured per run:
 * - /readyz transitions: time from the cut to 503 (`degraded`) and from the restore to 200;
 * - time until subscribers are told: from the cut until every subscription received an event
 *   produced after the cut (local polling keeps events flowing);
 * - the hand-back: time from the restore until exactly one instance holds the lease;
 * - sequence gaps (a number skipped), repeats/regressions, and progress going backwards (older data
 *   after newer) per subscription over the whole run;
 * - close() time of every instance while Redis is cut (blackholed) at the end.
 */
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import type { Progress } from '../src/core/model.js';
import { TaskState } from '../src/core/model.js';
import { loadConfig } from '../src/config/index.js';
import { encodeId } from '../src/domain/ids.js';
import { startGateway, type RunningGateway } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';
import { fakeAccounts, type FakeProvider } from '../test/helpers/fake-provider.js';
import { TcpProxy, type CutMode } from '../test/helpers/tcp-proxy.js';
import type { BenchResult } from './types.js';

const REDIS_PORT = Number(process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379);
const OUTAGE_S = Number(process.env.MIGRAPH_BENCH_OUTAGE_S ?? 20);
const TASKS = 20;
const SUBS_PER_INSTANCE = 50;
const CHANGE_MS = 200;
const logger = createLogger('silent');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUERY = 'subscription($ids: [ID!]) { taskUpdates(filter: { ids: $ids }) { taskId sequence observedAt final progress { percent } } }';

interface Received {
  taskId: string;
  sequence: number;
  observedAt: string;
  final: boolean;
  progress: { percent: number } | null;
}

interface Sub {
  events: { at: number; e: Received }[];
  stop: () => void;
}

const progress = (percent: number): Progress => ({
  percent,
  transferredBytes: percent,
  totalBytes: 1000,
  speed: 1,
  remainingSeconds: 1000 - percent,
  estimatedCompletionAt: null,
  phase: 'MIGRATE',
  steps: [],
});

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 20): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(everyMs);
  }
  return null;
}

async function readyStatus(gw: RunningGateway): Promise<number> {
  try {
    return (await fetch(gw.url.replace('/graphql', '/readyz'))).status;
  } catch {
    return 0;
  }
}

async function run(instances: number, mode: CutMode): Promise<BenchResult[]> {
  const proxy = await TcpProxy.start({ host: '127.0.0.1', port: REDIS_PORT });
  const keyPrefix = `migraph-bench-outage-${randomUUID()}:`;
  const gateways: RunningGateway[] = [];
  let cloud: FakeProvider | null = null;
  const fakes: FakeProvider[] = [];
  for (let i = 0; i < instances; i++) {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['r1'] }]);
    const config = loadConfig({}, {
      server: { port: 0, host: '127.0.0.1', graphiql: false, drainDelayMs: 0 },
      embedded: false,
      log: { level: 'silent' },
      auth: { disabled: true },
      limits: { rate: { enabled: false }, websocket: { connections: 1_000, connectionsPerPrincipal: 1_000, subscriptionsPerConnection: 1_000 } },
      progress: { fastIntervalMs: 500, slowIntervalMs: 2_000, maxBackoffMs: 5_000 },
      pubsub: { kind: 'redis', redisUrl: proxy.redisUrl, keyPrefix, leaseTtlMs: 3_000 },
    });
    gateways.push(await startGateway(config, { logger, accounts: fake.accounts, providerFactory: fake.factory }));
    const hw = fake.providers.get('hw')!;
    if (!cloud) {
      cloud = hw;
      for (let t = 0; t < TASKS; t++) hw.addTask('r1', t, { progress: progress(0) });
    } else {
      hw.tasks = cloud.tasks;
    }
    fakes.push(hw);
  }
  const ids = Array.from({ length: TASKS }, (_, t) => encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'r1', nativeId: `task-${t}` }));

  // The cloud moves on by itself, whatever happens to Redis.
  let percent = 0;
  const ticker = setInterval(() => {
    percent++;
    for (const task of cloud!.tasks) task.progress = progress(percent);
  }, CHANGE_MS);

  const clients: Client[] = [];
  const subs: Sub[] = [];
  for (const gw of gateways) {
    const conns = Array.from({ length: 5 }, () => createClient({ url: gw.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true }));
    clients.push(...conns);
    for (let s = 0; s < SUBS_PER_INSTANCE; s++) {
      const sub: Sub = { events: [], stop: () => {} };
      sub.stop = conns[s % conns.length]!.subscribe<{ taskUpdates: Received }>(
        { query: QUERY, variables: { ids } },
        { next: (msg) => msg.data && sub.events.push({ at: Date.now(), e: msg.data.taskUpdates }), error: () => {}, complete: () => {} },
      );
      subs.push(sub);
    }
  }
  await waitFor(() => subs.every((s) => s.events.length >= TASKS), 30_000);
  await sleep(3_000);

  // -- the outage --------------------------------------------------------------------------------
  const cutAt = Date.now();
  proxy.cut(mode);
  const detect = await Promise.all(gateways.map((gw) => waitFor(async () => (await readyStatus(gw)) === 503, 10_000)));
  const told = await waitFor(() => subs.every((s) => s.events.some((x) => Date.parse(x.e.observedAt) > cutAt)), 10_000);
  const toldMs = told === null ? null : Math.max(...subs.map((s) => s.events.find((x) => Date.parse(x.e.observedAt) > cutAt)!.at - cutAt));
  const localDuring = gateways.map((gw) => gw.hub.stats().localGroups);
  const eventsBeforeRestore = subs.map((s) => s.events.length);
  await sleep(Math.max(0, cutAt + OUTAGE_S * 1_000 - Date.now()));
  const flowedDuring = subs.filter((s, i) => s.events.length - eventsBeforeRestore[i]! > 0 || s.events.some((x) => x.at > cutAt)).length;

  proxy.restore();
  const [handback, ...recover] = await Promise.all([
    waitFor(() => gateways.every((gw) => gw.hub.stats().localGroups === 0) && gateways.reduce((n, gw) => n + gw.hub.stats().holding, 0) === 1, 20_000, 5),
    ...gateways.map((gw) => waitFor(async () => (await readyStatus(gw)) === 200, 20_000)),
  ]);
  await sleep(5_000);

  // -- end: every task final, then count gaps ----------------------------------------------------
  clearInterval(ticker);
  for (const task of cloud!.tasks) task.state = TaskState.SUCCEEDED;
  await waitFor(() => subs.every((s) => s.events.filter((x) => x.e.final).length === TASKS), 20_000);
  let gaps = 0;
  let repeats = 0;
  let maxGap = 0;
  let subsWithGap = 0;
  let backwards = 0;
  for (const s of subs) {
    const last = new Map<string, number>();
    const lastPercent = new Map<string, number>();
    let had = false;
    for (const { e } of s.events) {
      const percentBefore = lastPercent.get(e.taskId);
      if (!e.final && e.progress) {
        if (percentBefore !== undefined && e.progress.percent < percentBefore) backwards++;
        lastPercent.set(e.taskId, e.progress.percent);
      }
      const prev = last.get(e.taskId);
      if (prev !== undefined) {
        if (e.sequence <= prev) repeats++;
        else if (e.sequence > prev + 1) {
          gaps++;
          had = true;
          maxGap = Math.max(maxGap, e.sequence - prev - 1);
        }
      }
      last.set(e.taskId, e.sequence);
    }
    if (had) subsWithGap++;
  }
  for (const s of subs) s.stop();
  await Promise.all(clients.map((c) => c.dispose()));

  // -- shutdown while Redis is cut ---------------------------------------------------------------
  proxy.cut('blackhole');
  const closeMs: number[] = [];
  for (const gw of gateways) {
    const started = Date.now();
    await gw.close();
    closeMs.push(Date.now() - started);
  }
  proxy.restore();
  await proxy.close();
  const redis = new Redis(`redis://127.0.0.1:${REDIS_PORT}`, { maxRetriesPerRequest: 1 });
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();

  const label = `${instances === 1 ? 'one instance' : `${instances} instances`}, Redis ${mode === 'refuse' ? 'refusing' : 'blackholed'}`;
  const ms = (v: number | null) => (v === null ? 'never' : `${v} ms`);
  const worstDetect = detect.some((d) => d === null) ? null : Math.max(...(detect as number[]));
  const worstRecover = recover.some((d) => d === null) ? null : Math.max(...(recover as number[]));
  const note = `${mode}, outage ${OUTAGE_S} s; /readyz 503 after ${detect.map(ms).join(' / ')}, 200 again ${recover.map(ms).join(' / ')} after the restore; one lease holder ${ms(handback)} after it; local groups during the outage ${localDuring.join(' / ')}; ${flowedDuring}/${subs.length} subscriptions got events during it`;
  return [
    { name: `${label}: Redis cut, until every subscriber gets a post-cut event`, value: toldMs ?? -1, unit: 'ms', target: '< 5000', pass: toldMs !== null && toldMs < 5_000, note },
    { name: `${label}: Redis cut, until /readyz answers 503 (worst instance)`, value: worstDetect ?? -1, unit: 'ms', target: '< 5000', pass: worstDetect !== null && worstDetect < 5_000 },
    { name: `${label}: Redis back, until /readyz answers 200 (worst instance)`, value: worstRecover ?? -1, unit: 'ms', target: '< 5000', pass: worstRecover !== null && worstRecover < 5_000 },
    {
      name: `${label}: sequence gaps over the run (${subs.length} subscriptions x ${TASKS} tasks)`,
      value: gaps,
      unit: 'gaps',
      target: '0',
      pass: gaps === 0,
      note: `${subsWithGap} subscriptions with a gap, largest ${maxGap}; repeats or regressions: ${repeats}; progress going backwards (older data after newer): ${backwards}`,
    },
    { name: `${label}: close() while Redis is cut (worst instance)`, value: Math.max(...closeMs), unit: 'ms', target: '< 5000', pass: Math.max(...closeMs) < 5_000, note: closeMs.map((v) => `${v} ms`).join(' / ') },
  ];
}

export async function runOutageBench(): Promise<BenchResult[]> {
  return [...(await run(1, 'refuse')), ...(await run(2, 'refuse')), ...(await run(2, 'blackhole'))];
}
