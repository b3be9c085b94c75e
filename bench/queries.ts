/**
 * Cross-cloud query benchmarks (issue "Cross-cloud queries, batching and reporting"). Every server
 * runs in its own process (bench/servers.ts): the three fake vendors (the simulators with demo data,
 * behind counting proxies), each gateway, and plain Apollo; the load comes from a child too.
 *
 *  1. Upstream calls of the dashboard query (first 200 tasks across all providers with
 *     `source { name ip }`, `template { name }`, `progress`), counted at the fake vendors, with
 *     batching + cache on against batching + cache off, in one run; the bound is the scale
 *     benchmark's minimum (bench/scale.ts: the vendor pages covering the window in every partition
 *     plus ceil(n / batch) lookups).
 *  2. p50/p99 latency of that query with every fake vendor answering after 50 ms (cache off, so every
 *     run goes upstream): accounts in parallel and no sequential chains keep it near 2 x 50 ms.
 *  3. Gateway overhead: requests per second and server CPU per request of a cached query against
 *     plain Apollo Server serving the same schema from in-memory data over the same HTTP stack, in
 *     interleaved rounds; against Apollo's defaults and against Apollo with the plugin set migraph
 *     runs (cache-control off), so the figure shows the gateway's own cost, not a plugin difference.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import { PROVIDER_IDS } from '../adapters/index.js';
import { DashboardDocument } from '../test/generated/graphql.js';
import { startChild } from './ipc.js';
import { compareLoad, type LoadTarget } from './load.js';
import { lookupMinimum, pageMinimum } from './scale.js';
import { graphql, percentile, startGatewayChild, startWorld, THIS_CHECKOUT, type GatewayChild, type Usage, type World } from './servers.js';
import type { BenchResult } from './types.js';

const SCALE = 120;
const UPSTREAM_LATENCY_MS = 50;
const ROUNDS = 3;
const ROUND_MS = 3_000;

const gateway = (world: World, overrides: Record<string, unknown>) => startGatewayChild(THIS_CHECKOUT, world, overrides);

export async function runQueryBench(): Promise<BenchResult[]> {
  const world = await startWorld(PROVIDER_IDS.map((provider) => ({ provider, accountId: `bench-${provider}`, scale: SCALE, latencyMs: 0 })), 0);
  const results: BenchResult[] = [];
  const query = print(DashboardDocument);
  const children: GatewayChild[] = [];
  const started = async (overrides: Record<string, unknown>) => {
    const gw = await gateway(world, overrides);
    children.push(gw);
    return gw;
  };
  try {
    // 1. Upstream calls: batching + cache on vs off.
    const on = await started({});
    const off = await started({ batching: { enabled: false }, cache: { enabled: false } });
    // A console refreshes its dashboard: measure a refresh after the cache expired (the adapters know
    // the list totals from the first load), and report the very first, cold load beside it.
    type Dash = { tasks: { nodes: { id: string; source: unknown; template: unknown }[] } };
    let before = await world.calls();
    await graphql(on.url, query, { first: 200 });
    const callsCold = (await world.calls()) - before;
    await on.invalidate();
    await Promise.all(world.vendors.map((v) => v.ask('resetOperations')));
    before = await world.calls();
    const onData = await graphql<Dash>(on.url, query, { first: 200 });
    const callsOn = (await world.calls()) - before;
    const operations = await Promise.all(world.vendors.map((v) => v.ask<Record<string, number>>('operations')));
    const perOperation = world.accounts.map((a, i) => `${a.provider}: ${JSON.stringify(operations[i])}`).join('; ');
    before = await world.calls();
    const offData = await graphql<Dash>(off.url, query, { first: 200 });
    const callsOff = (await world.calls()) - before;
    const nodes = onData.tasks.nodes;
    if (nodes.length !== 200 || offData.tasks.nodes.length !== 200) throw new Error(`dashboard query returned ${nodes.length} tasks`);
    const bound = pageMinimum(world.partitions, 200) + lookupMinimum(nodes);
    results.push({ name: 'dashboard query: upstream calls, batching+cache on', value: callsOn, unit: 'calls', target: `<= ${bound} (list pages + ceil(N/batch))`, pass: callsOn <= bound, note: `simulator counts (agents included): ${perOperation}` });
    results.push({ name: 'dashboard query: upstream calls, first (cold) load', value: callsCold, unit: 'calls', target: 'reported', pass: true, note: 'list totals unknown: pages fetched speculatively in parallel' });
    results.push({ name: 'dashboard query: upstream calls, batching+cache off', value: callsOff, unit: 'calls', target: 'baseline', pass: true });
    results.push({ name: 'dashboard query: reduction off/on', value: callsOff / Math.max(1, callsOn), unit: 'x', target: '>= 10x', pass: callsOff / Math.max(1, callsOn) >= 10 });
    await off.close();

    // 2. Latency with 50 ms upstream latency (cache off: every run goes upstream; batching on).
    await world.latency(UPSTREAM_LATENCY_MS);
    const lat = await started({ cache: { enabled: false } });
    await graphql(lat.url, query, { first: 200 });
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      await graphql(lat.url, query, { first: 200 });
      times.push(performance.now() - t);
    }
    await lat.close();
    await world.latency(0);
    const p50 = percentile(times, 50);
    results.push({ name: `dashboard query p50 at ${UPSTREAM_LATENCY_MS} ms upstream`, value: Math.round(p50), unit: 'ms', target: `<= ${3 * UPSTREAM_LATENCY_MS} ms (3x upstream)`, pass: p50 <= 3 * UPSTREAM_LATENCY_MS });
    results.push({ name: `dashboard query p99 at ${UPSTREAM_LATENCY_MS} ms upstream`, value: Math.round(percentile(times, 99)), unit: 'ms', target: 'reported', pass: true });

    // 3. Overhead: cached query on the gateway vs plain Apollo Server over the same data.
    const cachedQuery = `{ tasks(first: 50) { totalCount nodes { id name provider state nativeState progress { percent speed phase } } } }`;
    const cachedGw = await started({ cache: { ttlMs: 3_600_000 } });
    const sample = await graphql<{ tasks: unknown }>(cachedGw.url, cachedQuery);
    const plainScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'plain-apollo.js');
    const plains = [startChild(plainScript, { env: { NODE_ENV: 'production' } }), startChild(plainScript, { env: { NODE_ENV: 'production' } })];
    try {
      const [plainUrl, leanUrl] = await Promise.all(plains.map((p, i) => p.ask<{ url: string }>('start', { data: sample, lean: i === 1 }).then((r) => r.url)));
      const cpu = (ask: () => Promise<Usage>) => async () => (await ask()).cpuMs;
      const targets: LoadTarget[] = [
        { name: 'gateway', url: cachedGw.url, cpuMs: cpu(cachedGw.usage) },
        { name: 'plain', url: plainUrl!, cpuMs: cpu(() => plains[0]!.ask<Usage>('usage')) },
        { name: 'lean', url: leanUrl!, cpuMs: cpu(() => plains[1]!.ask<Usage>('usage')) },
      ];
      const load = await compareLoad(targets, JSON.stringify({ query: cachedQuery }), { connections: 16, roundMs: ROUND_MS, rounds: ROUNDS });
      const med = (xs: number[]) => percentile(xs, 50);
      const rounds = (name: string) => load[name]!.rps.map((r) => Math.round(r)).join(', ');
      const [gw, plain, lean] = [load.gateway!, load.plain!, load.lean!];
      // Ratios per round (the rounds interleave, so each ratio compares neighbours in time), then the median.
      const ratioOf = (a: number[], b: number[]) => med(a.map((x, i) => x / b[i]!));
      results.push({ name: 'cached query: gateway req/s', value: Math.round(med(gw.rps)), unit: 'req/s', target: 'reported', pass: gw.errors === 0, note: `rounds ${rounds('gateway')}; NODE_ENV=production` });
      results.push({ name: 'same query: plain Apollo Server req/s (in-memory data)', value: Math.round(med(plain.rps)), unit: 'req/s', target: 'baseline', pass: plain.errors === 0, note: `Apollo defaults; rounds ${rounds('plain')}` });
      results.push({ name: 'same query: plain Apollo, cache-control plugin off', value: Math.round(med(lean.rps)), unit: 'req/s', target: 'baseline', pass: lean.errors === 0, note: `the plugin set migraph runs; rounds ${rounds('lean')}` });
      const ratio = ratioOf(gw.rps, plain.rps);
      const leanRatio = ratioOf(gw.rps, lean.rps);
      results.push({ name: 'gateway overhead: gateway / plain Apollo (req/s)', value: Number(ratio.toFixed(2)), unit: 'ratio', target: '>= 0.70', pass: ratio >= 0.7 });
      results.push({ name: 'gateway overhead: gateway / plain Apollo with the same plugins (req/s)', value: Number(leanRatio.toFixed(2)), unit: 'ratio', target: '>= 0.70', pass: leanRatio >= 0.7 });
      const cpuRatio = ratioOf(gw.cpuUsPerRequest, lean.cpuUsPerRequest);
      results.push({
        name: 'server CPU per request: gateway / plain Apollo with the same plugins',
        value: Number(cpuRatio.toFixed(2)),
        unit: 'ratio',
        target: '<= 1.43 (1 / 0.70)',
        pass: cpuRatio <= 1 / 0.7,
        note: `gateway ${Math.round(med(gw.cpuUsPerRequest))} µs, plain ${Math.round(med(plain.cpuUsPerRequest))} µs, same plugins ${Math.round(med(lean.cpuUsPerRequest))} µs`,
      });
    } finally {
      await Promise.all(plains.map((p) => p.close()));
    }
  } finally {
    await Promise.all(children.map((c) => c.close()));
    await world.close();
  }
  return results;
}
