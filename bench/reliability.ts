/**
 * Reliability benchmarks (issue 13, "Measure"), `npm run bench -- reliability`:
 *
 *  (a) The vendor quota shared through Redis: three gateway instances over the three provider
 *      simulators, a budget of Q calls/s (burst B) per account, a dashboard query loop on every
 *      instance (cache off, so every query goes upstream) and taskUpdates subscribers on every
 *      instance. Upstream calls per account are counted in every 1 s window by a proxy in front of
 *      each simulator (the simulators' own agents call them too). The budget is per account x
 *      region, so an account with R regions may send R x Q. Target: every window <= R x (Q + B),
 *      and the steady windows (after the burst is spent) <= R x Q on average.
 *  (b) The circuit under a full outage: a query loop against one account whose simulator answers
 *      every request 503 (the gateway's requests counted by a proxy). Figures: time from the outage to the first fail-fast answer
 *      (`extensions.circuit: "open"`), and the calls sent while the circuit is open. Target: the
 *      probes only (one per `openMs`).
 *
 * Real time (the figures are rates and counts per second); nothing here is a test assertion.
 */
import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { PROVIDER_MODULES } from '../adapters/index.js';
import type { DemoHandle } from '../adapters/module.js';
import { loadConfig } from '../src/config/index.js';
import type { Logger } from '../src/core/model.js';
import { startGateway, type RunningGateway } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';
import { DashboardDocument } from '../test/generated/graphql.js';
import { countingProxy } from './progress.js';
import type { BenchResult } from './types.js';

const REDIS_URL = process.env.REDIS_URL ?? `redis://127.0.0.1:${process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const Q = 10;
const BURST = 20;
const INSTANCES = 3;
const SUBSCRIBERS = 300;
const LOOPS_PER_INSTANCE = 4;
const RUN_MS = 12_000;

async function gateway(demos: DemoHandle[], logger: Logger, overrides: Record<string, unknown>): Promise<RunningGateway> {
  const config = loadConfig({}, { server: { port: 0, host: '127.0.0.1', graphiql: false }, embedded: false, auth: { disabled: true }, limits: { rate: { perSecond: 1_000_000, burst: 1_000_000 }, websocket: { connectionsPerAddress: 10_000, connectionsPerPrincipal: 10_000, subscriptionsPerConnection: 1_000 } }, cache: { enabled: false }, ...overrides });
  return startGateway(config, { logger, accounts: demos.map((d) => d.account) });
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<{ data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
}

/** Runs `loops` concurrent query loops until `until()`; returns every answer's first error code (or ok). */
async function queryLoop(url: string, loops: number, until: () => boolean, onAnswer: (errors: { extensions?: Record<string, unknown> }[] | undefined) => void): Promise<void> {
  const query = print(DashboardDocument);
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (!until()) {
        try {
          onAnswer((await post(url, query, { first: 50 })).errors);
        } catch {
          await sleep(50);
        }
      }
    }),
  );
}

async function quotaBench(logger: Logger): Promise<BenchResult[]> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    redis.disconnect();
    return [{ name: 'quota shared by 3 instances (Redis)', value: 0, unit: '', target: 'Redis reachable', pass: false, note: `no Redis at ${REDIS_URL}` }];
  }
  const keyPrefix = `migraph-bench:${randomUUID()}:`;
  const demos: DemoHandle[] = [];
  const proxies: Awaited<ReturnType<typeof countingProxy>>[] = [];
  for (const mod of PROVIDER_MODULES) {
    const demo = await mod.startDemo({ accountId: `bench-q-${mod.id}`, logger, scale: 60 });
    const proxy = await countingProxy(demo.account.endpoint);
    proxies.push(proxy);
    demos.push({ ...demo, account: { ...demo.account, endpoint: proxy.endpoint } });
  }
  const sent = (i: number) => proxies[i]!.count();
  const gateways: RunningGateway[] = [];
  const clients: Client[] = [];
  try {
    for (let i = 0; i < INSTANCES; i++) {
      gateways.push(
        await gateway(demos, logger, {
          pubsub: { kind: 'redis', redisUrl: REDIS_URL, keyPrefix, leaseTtlMs: 3_000 },
          upstream: { quota: { callsPerSecond: Q, burst: BURST, maxWaitMs: 2_000 } },
          progress: { fastIntervalMs: 1_000, slowIntervalMs: 2_000, maxBackoffMs: 10_000 },
        }),
      );
    }
    // Watched tasks: the first 20 of the dashboard (read once, before the budget matters).
    const first = (await post(gateways[0]!.url, '{ tasks(first: 60) { nodes { id } } }', {})) as { data?: { tasks: { nodes: { id: string }[] } } };
    const ids = first.data?.tasks.nodes.map((n) => n.id) ?? [];
    await sleep(3_000); // the bucket refills
    for (let i = 0; i < SUBSCRIBERS; i++) {
      if (i % 50 === 0) clients.push(createClient({ url: gateways[clients.length % INSTANCES]!.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true }));
      clients.at(-1)!.subscribe({ query: 'subscription($ids: [ID!]) { taskUpdates(filter: { ids: $ids }) { sequence stale } }', variables: { ids: ids.slice((i * 7) % Math.max(1, ids.length - 20), ((i * 7) % Math.max(1, ids.length - 20)) + 20) } }, { next: () => {}, error: () => {}, complete: () => {} });
    }
    const windows: number[][] = demos.map(() => []);
    let last = demos.map((_, i) => sent(i));
    const sampler = setInterval(() => {
      const now = demos.map((_, i) => sent(i));
      now.forEach((n, i) => windows[i]!.push(n - last[i]!));
      last = now;
    }, 1_000);
    const end = Date.now() + RUN_MS;
    let answers = 0;
    let throttled = 0;
    await Promise.all(
      gateways.map((g) =>
        queryLoop(g.url, LOOPS_PER_INSTANCE, () => Date.now() >= end, (errors) => {
          answers++;
          if (errors?.some((e) => e.extensions?.code === 'THROTTLED')) throttled++;
        }),
      ),
    );
    clearInterval(sampler);
    const out: BenchResult[] = [];
    for (const [i, d] of demos.entries()) {
      const w = windows[i]!;
      const r = d.account.regions.length;
      const steady = w.slice(3);
      const max = Math.max(...w);
      const mean = steady.reduce((a, b) => a + b, 0) / Math.max(1, steady.length);
      out.push({
        name: `${d.account.provider} (${r} region${r > 1 ? 's' : ''}): upstream calls in the busiest 1 s window`,
        value: max,
        unit: 'calls',
        target: `<= regions x (Q + burst) = ${r * (Q + BURST)}`,
        pass: max <= r * (Q + BURST),
        note: `windows ${w.join(' ')}`,
      });
      out.push({ name: `${d.account.provider}: upstream calls/s, steady windows (mean)`, value: Number(mean.toFixed(1)), unit: 'calls/s', target: `<= regions x Q = ${r * Q}`, pass: mean <= r * Q });
    }
    out.push({
      name: 'dashboard answers with a THROTTLED account (quota spent)',
      value: throttled,
      unit: `of ${answers}`,
      target: 'informational',
      pass: true,
      note: `${INSTANCES} instances x ${LOOPS_PER_INSTANCE} query loops, ${SUBSCRIBERS} subscribers, Q ${Q}/s, burst ${BURST}, maxWaitMs 2000, ${RUN_MS / 1000} s`,
    });
    return out;
  } finally {
    for (const c of clients) await c.dispose();
    for (const g of gateways) await g.close();
    for (const p of proxies) await p.close();
    for (const d of demos) await d.close();
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
}

async function circuitBench(logger: Logger): Promise<BenchResult[]> {
  const mod = PROVIDER_MODULES.find((m) => m.id === 'huawei-sms')!;
  const demo = await mod.startDemo({ accountId: 'bench-circuit', logger, scale: 30 });
  const proxy = await countingProxy(demo.account.endpoint);
  const OPEN_MS = 1_000;
  const THRESHOLD = 5;
  const gw = await gateway([{ ...demo, account: { ...demo.account, endpoint: proxy.endpoint } }], logger, { upstream: { retryLimit: 2, backoffLimitMs: 50, quota: { enabled: false }, circuit: { failureThreshold: THRESHOLD, openMs: OPEN_MS } } });
  try {
    const probe = demo.probe!;
    const outageAt = performance.now();
    probe.faults.configure({ serverErrorRate: 1 });
    let openedAt: number | null = null;
    let sentAtOpen = 0;
    const sentAtOutage = proxy.count();
    const end = Date.now() + 5_000;
    let fastFails = 0;
    await queryLoop(gw.url, 4, () => Date.now() >= end, (errors) => {
      if (errors?.some((e) => e.extensions?.circuit === 'open')) {
        fastFails++;
        if (openedAt === null) {
          openedAt = performance.now();
          sentAtOpen = proxy.count();
        }
      }
    });
    const openFor = openedAt === null ? 0 : performance.now() - openedAt;
    const whileOpen = proxy.count() - sentAtOpen;
    const probes = Math.ceil(openFor / OPEN_MS) + 1;
    probe.faults.reset();
    return [
      { name: 'circuit: time from a full outage to the first fail-fast answer', value: openedAt === null ? -1 : Math.round(openedAt - outageAt), unit: 'ms', target: 'opens (informational)', pass: openedAt !== null, note: `threshold ${THRESHOLD} consecutive failures, retryLimit 2, 4 query loops; ${proxy.count() - sentAtOutage} requests in all` },
      { name: 'circuit: calls sent while open', value: whileOpen, unit: 'calls', target: `<= the probes (${probes} in ${Math.round(openFor)} ms, one per ${OPEN_MS} ms)`, pass: whileOpen <= probes, note: `${fastFails} fail-fast answers` },
    ];
  } finally {
    await gw.close();
    await proxy.close();
    await demo.close();
  }
}

export async function runReliabilityBench(): Promise<BenchResult[]> {
  const logger = createLogger('error');
  return [...(await circuitBench(logger)), ...(await quotaBench(logger))];
}
