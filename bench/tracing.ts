/**
 * The cost of OpenTelemetry tracing on a cached query, in one run, over the same three in-process
 * simulators (cache on, long TTL so every request is a cache hit: no upstream call, so one server
 * span per request), auth disabled, rate 1,000,000/s:
 *
 *  - off A: gateway A with tracing off: nothing registered with the @opentelemetry/api;
 *  - off B: a second gateway instance, same configuration, tracing off: off B / off A is the noise
 *           floor (tracing off IS the baseline, there is no code of it left to take out);
 *  - on A:  gateway A with tracing on at 100% sampling (AlwaysOnSampler), a BatchSpanProcessor and
 *           an exporter that drops the spans (so the network does not enter).
 *
 * Tracing is process-global (the API's global tracer provider, context manager and propagator), so
 * each `on` round registers the SDK just before its load (`setupTracing`) and unregisters it just
 * after (`shutdownTracing`: flush, then trace/context/propagation.disable()); the off rounds run with
 * nothing registered. The gateways themselves do not change: their middleware, plugin and log mixin
 * look the tracer up per request.
 *
 * After a warm-up of each, each is loaded from a child process (bench/load.ts) for ~2.5 s, in 7
 * rounds whose order rotates; the figures are medians over rounds. The target is checked on server
 * CPU per request (process.cpuUsage() around each round: the load runs in a child; divided by the
 * requests the gateway answered in that round, its /metrics counter), since wall-clock req/s on this
 * 2-core machine swings with the load generator's share of the CPU.
 */
import { ExportResultCode } from '@opentelemetry/core';
import { AlwaysOnSampler, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { PROVIDER_MODULES } from '../adapters/index.js';
import type { DemoHandle } from '../adapters/module.js';
import type { Logger } from '../src/core/model.js';
import { loadConfig } from '../src/config/index.js';
import { setupTracing, shutdownTracing, traceLogFields, traceUpstream } from '../src/observability/tracing.js';
import { startGateway, type RunningGateway } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';
import { runLoad } from './load.js';
import type { BenchResult } from './types.js';

const SCALE = 100;
const ROUNDS = 7;
const ROUND_MS = 2_500;
const CONNECTIONS = 16;
const QUERY = '{ tasks(first: 50) { totalCount nodes { id name state } } }';
const TARGET = 0.8;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Counts the spans it is handed, and drops them. */
class DroppingExporter implements SpanExporter {
  spans = 0;
  export(spans: ReadableSpan[], done: (result: { code: ExportResultCode }) => void): void {
    this.spans += spans.length;
    done({ code: ExportResultCode.SUCCESS });
  }
  async shutdown(): Promise<void> {}
  async forceFlush(): Promise<void> {}
}

interface Target {
  name: 'offA' | 'offB' | 'onA';
  gw: RunningGateway;
  tracing: boolean;
}

/** The GraphQL requests a gateway has answered (its /metrics counter; auth is disabled). */
async function served(gw: RunningGateway): Promise<number> {
  const text = await (await fetch(gw.url.replace(/\/graphql$/, '/metrics'))).text();
  let n = 0;
  for (const m of text.matchAll(/^migraph_graphql_requests_total\{[^}]*\} (\d+)$/gm)) n += Number(m[1]);
  return n;
}

/** ns per call of `fn` over `n` calls (after a warm-up of the same size). */
function nsPerCall(n: number, fn: () => void): number {
  for (let i = 0; i < n; i++) fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Number(process.hrtime.bigint() - t0) / n;
}

export async function runTracingBench(): Promise<BenchResult[]> {
  await shutdownTracing();
  const logger = createLogger('error');
  const silent: Logger = logger;
  const demos: DemoHandle[] = [];
  for (const mod of PROVIDER_MODULES) demos.push(await mod.startDemo({ accountId: `bench-${mod.id}`, logger: silent, scale: SCALE }));
  const results: BenchResult[] = [];
  const started: RunningGateway[] = [];
  const exporter = new DroppingExporter();
  try {
    const accounts = demos.map((d) => d.account);
    const config = () =>
      loadConfig({}, { server: { port: 0, host: '127.0.0.1', drainDelayMs: 0 }, embedded: false, cache: { ttlMs: 3_600_000 }, auth: { disabled: true }, limits: { rate: { perSecond: 1e6, burst: 1e6 } }, upstream: { quota: { enabled: false } } });
    const start = async () => {
      const gw = await startGateway(config(), { logger, accounts });
      started.push(gw);
      return gw;
    };
    const a = await start();
    const b = await start();
    const targets: Target[] = [
      { name: 'offA', gw: a, tracing: false },
      { name: 'offB', gw: b, tracing: false },
      { name: 'onA', gw: a, tracing: true },
    ];

    // The off path of the two calls every request or upstream call makes, with nothing registered.
    const call = { provider: 'huawei-sms' as const, account: 'a', region: 'r', operation: 'ListTasks' };
    const done = { outcome: 'ok' as const, retries: 0, durationMs: 1 };
    const upstreamOffNs = nsPerCall(2_000_000, () => traceUpstream(call).end(done));
    const mixinOffNs = nsPerCall(2_000_000, () => void traceLogFields());

    const body = JSON.stringify({ query: QUERY });
    for (const gw of [a, b]) {
      const r = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await r.json()) as { errors?: unknown; data?: { tasks?: { nodes?: unknown[] } } };
      if (r.status !== 200 || json.errors || json.data?.tasks?.nodes?.length !== 50) throw new Error(`${r.status} ${JSON.stringify(json).slice(0, 300)}`);
    }

    const rps: Record<Target['name'], number[]> = { offA: [], offB: [], onA: [] };
    /** Server CPU (this process: the gateways; the load runs in a child) per answered request, µs. */
    const cpu: Record<Target['name'], number[]> = { offA: [], offB: [], onA: [] };
    const errors: Record<Target['name'], number> = { offA: 0, offB: 0, onA: 0 };
    let onServed = 0;
    let onSpans = 0;
    const round = async (t: Target, ms: number, measured: boolean) => {
      const servedBefore = await served(t.gw);
      const spansBefore = exporter.spans;
      if (t.tracing) await setupTracing({ exporter, batch: true, sampler: new AlwaysOnSampler() });
      let cpuUs = 0;
      let load;
      try {
        const before = process.cpuUsage();
        load = await runLoad(t.gw.url, body, CONNECTIONS, ms);
        const used = process.cpuUsage(before);
        cpuUs = used.user + used.system;
      } finally {
        // Flushes the spans still batched (outside the measured CPU) and unregisters the SDK.
        if (t.tracing) await shutdownTracing();
      }
      if (!measured) return;
      // Every request the gateway answered during the load (the worker's own warm-up included),
      // which is what the CPU was spent on.
      const answered = (await served(t.gw)) - servedBefore;
      rps[t.name].push(load.rps);
      cpu[t.name].push(cpuUs / Math.max(1, answered || load.requests));
      errors[t.name] += load.errors;
      if (t.tracing) {
        onServed += answered;
        onSpans += exporter.spans - spansBefore;
      }
    };
    for (const t of targets) await round(t, 1_500, false);
    for (let r = 0; r < ROUNDS; r++) {
      const order = [...targets.slice(r % targets.length), ...targets.slice(0, r % targets.length)];
      for (const t of order) await round(t, ROUND_MS, true);
    }
    const spansPerRequest = onSpans / Math.max(1, onServed);

    const us = (name: Target['name']) => `${median(cpu[name]).toFixed(0)} µs/request`;
    const perCore = (num: Target['name'], den: Target['name']) => median(cpu[den]) / median(cpu[num]);
    const perRound = (num: Target['name'], den: Target['name']) => rps[num].map((v, i) => v / rps[den][i]!);
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
    const label = { offA: 'tracing off (gateway A)', offB: 'tracing off (gateway B, second instance)', onA: 'tracing on, 100% sampled, batch + dropping exporter (gateway A)' };
    for (const t of targets) {
      results.push({
        name: `${label[t.name]} req/s`,
        value: Math.round(median(rps[t.name])),
        unit: 'req/s',
        target: 'reported',
        pass: errors[t.name] === 0,
        note: `rounds ${rps[t.name].map((v) => Math.round(v)).join(', ')}; ${us(t.name)}; ${errors[t.name]} non-200`,
      });
    }
    const onCpu = perCore('onA', 'offA');
    results.push({ name: 'tracing on / off: throughput per core (server CPU per request)', value: Number(onCpu.toFixed(2)), unit: 'ratio', target: `>= ${TARGET}`, pass: onCpu >= TARGET, note: `off ${us('offA')}, on ${us('onA')}` });
    results.push({ name: 'tracing on / off: wall-clock req/s', value: Number(median(perRound('onA', 'offA')).toFixed(2)), unit: 'ratio', target: 'reported', pass: true, note: `per round ${fmt(perRound('onA', 'offA'))}` });
    results.push({
      name: 'noise floor, off B / off A: throughput per core',
      value: Number(perCore('offB', 'offA').toFixed(2)),
      unit: 'ratio',
      target: 'reported',
      pass: true,
      note: `off is the baseline (nothing registered); two instances of it differ by this much`,
    });
    results.push({ name: 'noise floor, off B / off A: wall-clock req/s', value: Number(median(perRound('offB', 'offA')).toFixed(2)), unit: 'ratio', target: 'reported', pass: true, note: `per round ${fmt(perRound('offB', 'offA'))}` });
    results.push({
      name: 'spans exported per request (tracing on)',
      value: Number(spansPerRequest.toFixed(3)),
      unit: 'spans',
      target: '>= 0.99',
      pass: spansPerRequest >= 0.99,
      note: `${onSpans} spans for ${onServed} answered requests: one server span per cached query; fewer would mean the batch processor dropped some`,
    });
    results.push({ name: 'off: traceUpstream(call).end(result)', value: Number(upstreamOffNs.toFixed(1)), unit: 'ns/call', target: 'reported', pass: true, note: 'one module-level check' });
    results.push({ name: 'off: log mixin (traceLogFields)', value: Number(mixinOffNs.toFixed(1)), unit: 'ns/line', target: 'reported', pass: true, note: 'returns a new empty object' });
  } finally {
    await shutdownTracing();
    for (const gw of started) await gw.close();
    await Promise.all(demos.map((d) => d.close()));
  }
  return results;
}
