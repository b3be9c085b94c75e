/**
 * Cross-cloud query benchmarks (issue "Cross-cloud queries, batching and reporting"):
 *
 *  1. Upstream calls of the dashboard query (first 200 tasks across all providers with
 *     `source { name ip }`, `template { name }`, `progress`), counted at the three simulators, with
 *     batching + cache on against batching + cache off, in one run.
 *  2. p50/p99 latency of that query with every simulator answering after 50 ms (cache off, so every
 *     run goes upstream): accounts in parallel and no sequential chains keep it near 2 x 50 ms.
 *  3. Gateway overhead: requests per second of a cached query against plain Apollo Server serving the
 *     same schema from in-memory data, both over the same HTTP stack, loaded from a child process;
 *     against Apollo's defaults and against Apollo with the plugin set migraph runs (cache-control
 *     off), so the figure shows the gateway's own cost, not a plugin difference.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { parse, print } from 'graphql';
import { PROVIDER_MODULES } from '../adapters/index.js';
import { ListOrder, type Logger } from '../src/core/model.js';
import type { DemoHandle } from '../adapters/module.js';
import { loadConfig } from '../src/config/index.js';
import { startGateway, type RunningGateway } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';
import { DashboardDocument } from '../test/generated/graphql.js';
import { runLoad } from './load.js';
import type { BenchResult } from './types.js';

const SCALE = 120;
const UPSTREAM_LATENCY_MS = 50;

async function startDemos(logger: Logger): Promise<DemoHandle[]> {
  const demos: DemoHandle[] = [];
  for (const mod of PROVIDER_MODULES) {
    demos.push(await mod.startDemo({ accountId: `bench-${mod.id}`, logger, scale: SCALE }));
  }
  return demos;
}

async function gateway(demos: DemoHandle[], logger: Logger, overrides: Record<string, unknown>): Promise<RunningGateway> {
  const config = loadConfig({}, { server: { port: 0, host: '127.0.0.1', drainDelayMs: 0 }, embedded: false, auth: { disabled: true }, limits: { rate: { perSecond: 1_000_000, burst: 1_000_000 } }, upstream: { quota: { enabled: false } }, ...overrides });
  return startGateway(config, { logger, accounts: demos.map((d) => d.account) });
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return res.json();
}

const upstream = (demos: DemoHandle[]) => demos.reduce((n, d) => n + (d.probe?.totalRequests() ?? 0), 0);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runQueryBench(): Promise<BenchResult[]> {
  const logger = createLogger('warn');
  const demos = await startDemos(logger);
  const results: BenchResult[] = [];
  const query = print(DashboardDocument);
  try {
    for (const d of demos) if (!d.probe) throw new Error(`${d.account.provider} demo exposes no probe`);

    // 1. Upstream calls: batching + cache on vs off.
    const on = await gateway(demos, logger, {});
    const off = await gateway(demos, logger, { batching: { enabled: false }, cache: { enabled: false } });
    // A console refreshes its dashboard: measure a refresh after the cache expired (the adapters know
    // the list totals from the first load), and report the very first, cold load beside it.
    let before = upstream(demos);
    await post(on.url, query, { first: 200 });
    const callsCold = upstream(demos) - before;
    for (const account of on.gateway.accounts.list()) on.cache.invalidate(account.config.id);
    for (const d of demos) d.probe!.resetCounts();
    before = upstream(demos);
    const onData = await post(on.url, query, { first: 200 });
    const callsOn = upstream(demos) - before;
    const perOperation = demos.map((d) => `${d.account.provider}: ${JSON.stringify(d.probe!.counts())}`).join('; ');
    before = upstream(demos);
    const offData = await post(off.url, query, { first: 200 });
    const callsOff = upstream(demos) - before;
    const nodes = (onData.data?.tasks.nodes ?? []) as { provider: string; region: string; source: unknown; template: unknown }[];
    if (nodes.length !== 200 || (offData.data?.tasks.nodes ?? []).length !== 200) {
      throw new Error(`dashboard query returned ${nodes.length} tasks: ${JSON.stringify(onData.errors ?? offData.errors)}`);
    }
    // The bound: each account-region's list pages for min(200, its total) items, plus
    // ceil(lookups / batch size) per account-region for each kind looked up (sources, templates).
    let bound = 0;
    for (const account of on.gateway.accounts.list()) {
      const caps = account.provider.capabilities;
      for (const region of account.config.regions) {
        const total = await account.provider.listTasks({ region, offset: 0, limit: 1, order: ListOrder.CREATED_DESC, filter: {} });
        bound += Math.max(1, Math.ceil(Math.min(200, total.totalCount) / caps.maxPageSize));
      }
      for (const region of account.config.regions) {
        const mine = nodes.filter((n) => n.provider === account.config.provider.toUpperCase().replace('-', '_') && n.region === region);
        bound += Math.ceil(mine.filter((n) => n.source).length / caps.maxBatchSize);
        bound += Math.ceil(mine.filter((n) => n.template).length / caps.maxBatchSize);
      }
    }
    results.push({ name: 'dashboard query: upstream calls, batching+cache on', value: callsOn, unit: 'calls', target: `<= ${bound} (list pages + ceil(N/batch))`, pass: callsOn <= bound, note: perOperation });
    results.push({ name: 'dashboard query: upstream calls, first (cold) load', value: callsCold, unit: 'calls', target: 'reported', pass: true, note: 'list totals unknown: pages fetched speculatively in parallel' });
    results.push({ name: 'dashboard query: upstream calls, batching+cache off', value: callsOff, unit: 'calls', target: 'baseline', pass: true });
    results.push({ name: 'dashboard query: reduction off/on', value: callsOff / Math.max(1, callsOn), unit: 'x', target: '>= 10x', pass: callsOff / Math.max(1, callsOn) >= 10 });
    await off.close();

    // 2. Latency with 50 ms upstream latency (cache off: every run goes upstream; batching on).
    for (const d of demos) d.probe!.faults.configure({ latencyMs: UPSTREAM_LATENCY_MS });
    const lat = await gateway(demos, logger, { cache: { enabled: false } });
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      const r = await post(lat.url, query, { first: 200 });
      times.push(performance.now() - t);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
    await lat.close();
    for (const d of demos) d.probe!.faults.configure({});
    const p50 = percentile(times, 50);
    results.push({ name: `dashboard query p50 at ${UPSTREAM_LATENCY_MS} ms upstream`, value: Math.round(p50), unit: 'ms', target: `<= ${3 * UPSTREAM_LATENCY_MS} ms (3x upstream)`, pass: p50 <= 3 * UPSTREAM_LATENCY_MS });
    results.push({ name: `dashboard query p99 at ${UPSTREAM_LATENCY_MS} ms upstream`, value: Math.round(percentile(times, 99)), unit: 'ms', target: 'reported', pass: true });

    // 3. Overhead: cached query on the gateway vs plain Apollo Server over the same data.
    const cachedQuery = `{ tasks(first: 50) { totalCount nodes { id name provider state nativeState progress { percent speed phase } } } }`;
    const cachedGw = await gateway(demos, logger, { cache: { ttlMs: 3_600_000 } });
    const sample = await post(cachedGw.url, cachedQuery, {});
    const plain = await plainApollo(sample.data, false);
    const lean = await plainApollo(sample.data, true);
    const body = JSON.stringify({ query: cachedQuery });
    const plainLoad = await runLoad(plain.url, body, 16, 5_000);
    const leanLoad = await runLoad(lean.url, body, 16, 5_000);
    const gwLoad = await runLoad(cachedGw.url, body, 16, 5_000);
    await plain.close();
    await lean.close();
    await cachedGw.close();
    await on.close();
    const ratio = gwLoad.rps / plainLoad.rps;
    const leanRatio = gwLoad.rps / leanLoad.rps;
    results.push({ name: 'cached query: gateway req/s', value: Math.round(gwLoad.rps), unit: 'req/s', target: 'reported', pass: gwLoad.errors === 0, note: `NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}` });
    results.push({ name: 'same query: plain Apollo Server req/s (in-memory data)', value: Math.round(plainLoad.rps), unit: 'req/s', target: 'baseline', pass: plainLoad.errors === 0, note: 'Apollo defaults' });
    results.push({ name: 'same query: plain Apollo, cache-control plugin off', value: Math.round(leanLoad.rps), unit: 'req/s', target: 'baseline', pass: leanLoad.errors === 0, note: 'the plugin set migraph runs' });
    results.push({ name: 'gateway overhead: gateway / plain Apollo', value: Number(ratio.toFixed(2)), unit: 'ratio', target: '>= 0.70', pass: ratio >= 0.7 });
    results.push({ name: 'gateway overhead: gateway / plain Apollo with the same plugins', value: Number(leanRatio.toFixed(2)), unit: 'ratio', target: '>= 0.70', pass: leanRatio >= 0.7 });
  } finally {
    await Promise.all(demos.map((d) => d.close()));
  }
  return results;
}

/** Plain Apollo Server with the committed SDL, answering `tasks` from memory, over express. */
async function plainApollo(data: { tasks: unknown }, lean: boolean): Promise<{ url: string; close(): Promise<void> }> {
  const sdl = readFileSync(fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)), 'utf8');
  // The committed SDL is a federation subgraph SDL (`@link`, `@key`): plain Apollo serves it as a subgraph too.
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: { Query: { tasks: () => data.tasks }, Node: { __resolveType: () => 'Task' } } as never }),
    stopOnTerminationSignals: false,
    plugins: lean ? [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()] : [],
  });
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const httpServer = http.createServer(app);
  await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await server.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
