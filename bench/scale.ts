/**
 * `npm run bench -- scale` (issue #17, "A benchmark that shows the curves"): upstream calls against
 * the physical minimum, latency at an injected upstream latency L against 2L, CPU per query and RSS,
 * at 300, 3,000 and 10,000 tasks across 3 accounts (one per provider) and across 30 (ten per
 * provider).
 *
 * Setup: every fake vendor (a repo simulator with demo data at the account's share of the tasks) runs
 * in its own child process behind a counting proxy that holds each call for L (bench/fake-vendor.ts);
 * the gateway runs in its own child with NODE_ENV=production (bench/gateway-child.ts), cache off
 * unless noted and the upstream quota off, so the quota does not mask paging. The benchmark process
 * only sends the queries and reads the counts over IPC.
 *
 * Before / after in one run: with MIGRAPH_BENCH_BASELINE=/path/to/checkout (built: dist/ present),
 * the same gateway entry serves the baseline's dist and this checkout's, in interleaved rounds
 * (before, after, before, after, ...) against the same fake vendors.
 *
 * Knobs: MIGRAPH_BENCH_SIZES=300,3000 (total tasks), MIGRAPH_BENCH_ACCOUNTS=3,30, MIGRAPH_BENCH_ROUNDS
 * (default 2; 1 at 10,000 tasks and more when a baseline runs too), MIGRAPH_BENCH_WALK_BUDGET_MS
 * (a cursor walk stops after this long; its minimum is then prorated to the pages walked).
 *
 * The minimum, from the vendors' page sizes (the adapters' constants) and each partition's size
 * (account x region, read from the simulator): a page of N costs, in every partition, the vendor
 * pages that cover min(N, its tasks), plus ceil(n / batch) lookups for the n tasks of the page that
 * came from it where the vendor's task list does not carry what the query asks (Huawei sources and
 * templates, Alibaba sources; a UCloudStack SMC is its own source); a full scan (cursor walk,
 * migrationReport, CSV) reads every partition's pages once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import { PROVIDER_IDS } from '../adapters/index.js';
import { SOURCE_PAGE as HUAWEI_SOURCE_PAGE, TASK_PAGE as HUAWEI_TASK_PAGE, TEMPLATE_PAGE as HUAWEI_TEMPLATE_PAGE } from '../adapters/huawei-sms/provider.js';
import { MAX_BATCH as ALIBABA_MAX_BATCH, MAX_PAGE as ALIBABA_MAX_PAGE } from '../adapters/alibaba-smc/provider.js';
import { MAX_BATCH as UCLOUDSTACK_MAX_BATCH } from '../adapters/ucloudstack-smc/provider.js';
import type { ProviderId } from '../src/core/model.js';
import { decodeId } from '../src/domain/ids.js';
import { DashboardDocument } from '../test/generated/graphql.js';
import type { FakeVendorStart } from './fake-vendor.js';
import { graphql, percentile, startGatewayChild, startWorld, THIS_CHECKOUT, type GatewayChild as Gateway, type World, type WorldPartition } from './servers.js';
import type { BenchResult } from './types.js';

/** The injected upstream latency L (ms). */
export const L = 50;
const DASHBOARD_FIRST = 200;
const WALK_FIRST = 100;

/**
 * What one vendor call returns, per provider, from the adapters' own constants: a task list page,
 * and the batch of a lookup the dashboard's `source` / `template` needs (null: the listed task
 * already carries it).
 */
export const VENDOR_PAGES: Record<ProviderId, { taskPage: number; sourceLookup: number | null; templateLookup: number | null }> = {
  'huawei-sms': { taskPage: HUAWEI_TASK_PAGE, sourceLookup: HUAWEI_SOURCE_PAGE, templateLookup: HUAWEI_TEMPLATE_PAGE },
  'alibaba-smc': { taskPage: ALIBABA_MAX_PAGE, sourceLookup: ALIBABA_MAX_BATCH, templateLookup: null },
  'ucloudstack-smc': { taskPage: UCLOUDSTACK_MAX_BATCH, sourceLookup: null, templateLookup: null },
};

/** Vendor calls for a page of `n` merged across `partitions`: the pages covering min(n, size) in each. */
export function pageMinimum(partitions: readonly WorldPartition[], n: number): number {
  return partitions.reduce((sum, p) => sum + Math.max(1, Math.ceil(Math.min(n, p.tasks) / VENDOR_PAGES[p.provider].taskPage)), 0);
}

/** Vendor calls for a full scan: every partition's pages once. */
export function scanMinimum(partitions: readonly WorldPartition[]): number {
  return partitions.reduce((sum, p) => sum + Math.max(1, Math.ceil(p.tasks / VENDOR_PAGES[p.provider].taskPage)), 0);
}

/** Lookups for the page's tasks: per partition, ceil(n / batch) for what its task list lacks. */
export function lookupMinimum(nodes: readonly { id: string; source?: unknown; template?: unknown }[]): number {
  const groups = new Map<string, { provider: ProviderId; sources: number; templates: number }>();
  for (const node of nodes) {
    const ref = decodeId(node.id);
    const key = `${ref.accountId}\u0000${ref.region}`;
    const g = groups.get(key) ?? { provider: ref.provider, sources: 0, templates: 0 };
    if (node.source) g.sources++;
    if (node.template) g.templates++;
    groups.set(key, g);
  }
  let sum = 0;
  for (const g of groups.values()) {
    const v = VENDOR_PAGES[g.provider];
    if (v.sourceLookup) sum += Math.ceil(g.sources / v.sourceLookup);
    if (v.templateLookup) sum += Math.ceil(g.templates / v.templateLookup);
  }
  return sum;
}

function envList(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (!raw) return fallback;
  const list = raw.split(',').map((v) => Number(v.trim().replace(/_/g, '')));
  if (list.some((v) => !Number.isInteger(v) || v < 1)) throw new Error(`${name}: expected positive integers separated by commas, got ${raw}`);
  return list;
}


interface Variant {
  name: 'before' | 'after';
  root: string;
}

function variants(): Variant[] {
  const base = process.env.MIGRAPH_BENCH_BASELINE;
  if (!base) return [{ name: 'after', root: THIS_CHECKOUT }];
  const root = path.resolve(base);
  if (!existsSync(path.join(root, 'dist/src/server/app.js'))) throw new Error(`MIGRAPH_BENCH_BASELINE=${base}: no dist/src/server/app.js there (build it: npx tsc -p tsconfig.json)`);
  return [
    { name: 'before', root },
    { name: 'after', root: THIS_CHECKOUT },
  ];
}

/** Every figure one gateway session measures (a round of one variant on one world). */
interface Figures {
  tasks: number;
  dashCalls: number;
  dashColdCalls: number;
  dashMin: number;
  dashP50: number;
  dashP99: number;
  dashCpuMs: number;
  walkCalls: number;
  walkMin: number;
  walkMs: number;
  walkPages: number;
  walkNote: string;
  cachedWalkCalls: number;
  cachedWalkMin: number;
  cachedWalkMs: number;
  cachedWalkPages: number;
  cachedWalkNote: string;
  reportCalls: number;
  reportMs: number;
  reportCpuMs: number;
  csvCalls: number;
  csvMs: number;
  csvRows: number;
  scanMin: number;
  rssMiB: number;
  cachedReportCalls: number;
  cachedCsvCalls: number;
  cachedPeakRssMiB: number;
}

const DASHBOARD = print(DashboardDocument);
const WALK = `query Walk($first: Int, $after: String) { tasks(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name state } } }`;
const REPORT = `{ migrationReport(oldestLimit: 10) { taskCount runningTasks totalBytes byProviderState { provider state count } } }`;
const MIB = 2 ** 20;

async function measured<T>(world: World, gw: Gateway, run: () => Promise<T>): Promise<{ value: T; calls: number; ms: number; cpuMs: number }> {
  const calls0 = await world.calls();
  const u0 = await gw.usage();
  const t0 = performance.now();
  const value = await run();
  const ms = performance.now() - t0;
  const u1 = await gw.usage();
  return { value, calls: (await world.calls()) - calls0, ms, cpuMs: u1.cpuMs - u0.cpuMs };
}

async function csv(gw: Gateway): Promise<number> {
  const res = await fetch(`${gw.base}/reports/tasks.csv`);
  if (res.status !== 200) throw new Error(`tasks.csv: HTTP ${res.status}`);
  const text = await res.text();
  return text.split('\r\n').filter(Boolean).length - 1;
}

type Page = { tasks: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** A cursor walk to the end with first: WALK_FIRST, or until the budget: its calls, time, pages and (prorated) minimum, under `prefix`. */
async function walkToEnd(world: World, gw: Gateway, f: Figures, walkBudgetMs: number, prefix: 'walk' | 'cachedWalk'): Promise<Partial<Figures>> {
  const walk = await measured(world, gw, async () => {
    const until = performance.now() + walkBudgetMs;
    let after: string | null = null;
    let pages = 0;
    let seen = 0;
    for (;;) {
      const page: Page = await graphql<Page>(gw.url, WALK, { first: WALK_FIRST, after });
      pages++;
      seen = Math.min(page.tasks.totalCount, pages * WALK_FIRST);
      if (!page.tasks.pageInfo.hasNextPage) return { pages, complete: true, seen };
      after = page.tasks.pageInfo.endCursor;
      if (performance.now() > until) return { pages, complete: false, seen };
    }
  });
  return {
    [`${prefix}Calls`]: walk.calls,
    [`${prefix}Ms`]: walk.ms,
    [`${prefix}Pages`]: walk.value.pages,
    [`${prefix}Min`]: walk.value.complete ? f.scanMin : (f.scanMin * walk.value.seen) / Math.max(1, f.tasks),
    [`${prefix}Note`]: walk.value.complete ? '' : `stopped after ${walk.value.pages} of ${Math.ceil(f.tasks / WALK_FIRST)} pages`,
  };
}

async function session(variant: Variant, world: World, walkBudgetMs: number): Promise<Figures> {
  const f = {} as Figures;
  f.scanMin = scanMinimum(world.partitions);
  const off = await startGatewayChild(variant.root, world, { cache: { enabled: false } });
  try {
    // Dashboard: one first load (totals unknown), then up to 10 timed loads (at least 3, ~10 s).
    type Dash = { tasks: { totalCount: number; nodes: { id: string; source: unknown; template: unknown }[] } };
    const cold = await measured(world, off, () => graphql<Dash>(off.url, DASHBOARD, { first: DASHBOARD_FIRST }));
    f.dashColdCalls = cold.calls;
    f.tasks = cold.value.tasks.totalCount;
    f.dashMin = pageMinimum(world.partitions, DASHBOARD_FIRST) + lookupMinimum(cold.value.tasks.nodes);
    const times: number[] = [];
    const dash = await measured(world, off, async () => {
      const until = performance.now() + 10_000;
      while (times.length < 10 && (times.length < 3 || performance.now() < until)) {
        const t = performance.now();
        await graphql(off.url, DASHBOARD, { first: DASHBOARD_FIRST });
        times.push(performance.now() - t);
      }
    });
    f.dashCalls = dash.calls / times.length;
    f.dashCpuMs = dash.cpuMs / times.length;
    f.dashP50 = percentile(times, 50);
    f.dashP99 = percentile(times, 99);

    // Cursor walk to the end with first: 100 (stops at the budget: the minimum is then prorated).
    Object.assign(f, await walkToEnd(world, off, f, walkBudgetMs, 'walk'));

    const report = await measured(world, off, () => graphql<{ migrationReport: { taskCount: number } }>(off.url, REPORT));
    f.reportCalls = report.calls;
    f.reportMs = report.ms;
    f.reportCpuMs = report.cpuMs;
    const rows = await measured(world, off, () => csv(off));
    f.csvCalls = rows.calls;
    f.csvMs = rows.ms;
    f.csvRows = rows.value;
    f.rssMiB = (await off.usage()).rss / MIB;
  } finally {
    await off.close();
  }

  // The report and then the CSV with the default cache on, in a fresh gateway: its peak RSS.
  const on = await startGatewayChild(variant.root, world, {});
  try {
    // The same walk with the default cache on (3 s TTL): pages kept across the walk's requests.
    Object.assign(f, await walkToEnd(world, on, f, walkBudgetMs, 'cachedWalk'));
    f.cachedReportCalls = (await measured(world, on, () => graphql(on.url, REPORT))).calls;
    f.cachedCsvCalls = (await measured(world, on, () => csv(on))).calls;
    f.cachedPeakRssMiB = (await on.usage()).maxRss / MIB;
  } finally {
    await on.close();
  }
  return f;
}

/** `total` tasks over `accounts` accounts, the providers in turn; the first accounts take the remainder. */
function spread(accounts: number, total: number): FakeVendorStart[] {
  return Array.from({ length: accounts }, (_, i) => {
    const provider = PROVIDER_IDS[i % PROVIDER_IDS.length]!;
    const scale = Math.floor(total / accounts) + (i < total % accounts ? 1 : 0);
    return { provider, accountId: `${provider.split('-')[0]}-${i + 1}`, scale: Math.max(1, scale), latencyMs: L };
  });
}

/** A throwaway gateway loads the dashboard a few times, so the fake vendors are warm (JIT, sockets) before round 1. */
async function warmUp(world: World): Promise<void> {
  const gw = await startGatewayChild(THIS_CHECKOUT, world, { cache: { enabled: false } });
  try {
    for (let i = 0; i < 3; i++) await graphql(gw.url, DASHBOARD, { first: DASHBOARD_FIRST });
  } finally {
    await gw.close();
  }
}

// -- the run ------------------------------------------------------------------------------------

type Stat = { med: number; min: number; max: number };
/** The median of the rounds (the mean of the middle two for an even count), with the extremes. */
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { med: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s[s.length - 1]! };
};

interface Config {
  accounts: number;
  size: number;
  runs: Partial<Record<Variant['name'], Figures[]>>;
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** "median (min-max)" of one figure over the rounds of one variant, or "-" when it did not run. */
function cell(runs: Figures[] | undefined, pick: (f: Figures) => number, digits = 0, unit = ''): string {
  if (!runs?.length) return '-';
  const s = stat(runs.map(pick));
  return runs.length === 1 || s.min === s.max ? `${fmt(s.med, digits)}${unit}` : `${fmt(s.med, digits)}${unit} (${fmt(s.min, digits)}-${fmt(s.max, digits)})`;
}

function printTable(configs: Config[], walkBudgetMs: number): void {
  const rows: string[][] = [['workload', 'minimum', 'calls before', 'calls after', 'time / memory before', 'time / memory after']];
  for (const c of configs) {
    const any = (c.runs.after ?? c.runs.before)!;
    const f0 = any[0]!;
    const label = `${c.accounts} accounts x ${fmt(Math.round(f0.tasks / c.accounts))} (${fmt(f0.tasks)} tasks)`;
    const both = (pick: (f: Figures) => number, digits = 0, unit = '') => [cell(c.runs.before, pick, digits, unit), cell(c.runs.after, pick, digits, unit)];
    const [cb, ca] = both((f) => f.dashCalls, 1);
    const [tb, ta] = both((f) => f.dashP50, 0, ' ms');
    const [pb, pa] = both((f) => f.dashP99, 0, ' ms');
    rows.push([`dashboard, first ${DASHBOARD_FIRST}, ${label}`, fmt(f0.dashMin), cb!, ca!, `p50 ${tb} p99 ${pb}`, `p50 ${ta} p99 ${pa} (2L = ${2 * L} ms)`]);
    // A walk that hit the budget: its calls for the pages walked, against the minimum prorated to them.
    const walked = (runs: Figures[] | undefined) => (runs?.length ? `${cell(runs, (f) => f.walkCalls)} (${cell(runs, (f) => f.walkCalls / f.walkMin, 1, 'x')}, ${cell(runs, (f) => f.walkPages)} pages)` : '-');
    const [wtb, wta] = both((f) => f.walkMs / 1000, 1, ' s');
    rows.push([`cursor walk, first ${WALK_FIRST}, ${label}`, `${fmt(f0.scanMin)} (${fmt(Math.ceil(f0.tasks / WALK_FIRST))} pages)`, walked(c.runs.before), walked(c.runs.after), wtb!, wta!]);
    const cwalked = (runs: Figures[] | undefined) => (runs?.length ? `${cell(runs, (f) => f.cachedWalkCalls)} (${cell(runs, (f) => f.cachedWalkCalls / f.cachedWalkMin, 1, 'x')}, ${cell(runs, (f) => f.cachedWalkPages)} pages)` : '-');
    const [cwb, cwa] = both((f) => f.cachedWalkMs / 1000, 1, ' s');
    rows.push([`cursor walk with the default cache on, ${label}`, `${fmt(f0.scanMin)}`, cwalked(c.runs.before), cwalked(c.runs.after), cwb!, cwa!]);
    const [rb, ra] = both((f) => f.reportCalls);
    const [rtb, rta] = both((f) => f.reportMs / 1000, 1, ' s');
    rows.push([`migrationReport, ${label}`, fmt(f0.scanMin), rb!, ra!, rtb!, rta!]);
    const [vb, va] = both((f) => f.csvCalls);
    const [vtb, vta] = both((f) => f.csvMs / 1000, 1, ' s');
    rows.push([`CSV, ${label}`, fmt(f0.scanMin), vb!, va!, vtb!, vta!]);
    const [kb, ka] = both((f) => f.cachedReportCalls);
    const [mb, ma] = both((f) => f.cachedPeakRssMiB, 0, ' MiB');
    rows.push([`report with the default cache on, ${label}`, fmt(f0.scanMin), kb!, ka!, `peak RSS ${mb}`, `peak RSS ${ma}`]);
    const [ub, ua] = both((f) => f.dashCpuMs, 1, ' ms');
    const [sb, sa] = both((f) => f.rssMiB, 0, ' MiB');
    rows.push([`CPU per dashboard query, gateway RSS, ${label}`, '', '', '', `${ub} CPU, RSS ${sb}`, `${ua} CPU, RSS ${sa}`]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
  console.log(`\ncells: median (min-max) over the rounds; calls per dashboard query, per walk / report / CSV; a walk stops after ${walkBudgetMs / 1000} s (calls / prorated minimum in brackets)\n`);
}

function results(configs: Config[]): BenchResult[] {
  const out: BenchResult[] = [];
  for (const c of configs) {
    const runs = c.runs.after;
    if (!runs?.length) continue;
    const before = c.runs.before;
    const f0 = runs[0]!;
    const label = `${c.accounts} acc x ${fmt(f0.tasks)} tasks`;
    const med = (xs: Figures[] | undefined, pick: (f: Figures) => number) => (xs?.length ? stat(xs.map(pick)).med : undefined);
    const ratio = (pick: (f: Figures) => number, min: (f: Figures) => number) => Number((med(runs, pick)! / Math.max(1e-9, med(runs, min)!)).toFixed(2));
    const was = (pick: (f: Figures) => number, min: (f: Figures) => number, unit = 'x') => (before?.length ? `before ${(med(before, pick)! / Math.max(1e-9, med(before, min)!)).toFixed(2)}${unit}` : undefined);
    const add = (name: string, value: number, unit: string, target: string, pass: boolean, note?: string) => out.push({ name: `${label}: ${name}`, value, unit, target, pass, note });
    const dash = ratio((f) => f.dashCalls, (f) => f.dashMin);
    add('dashboard upstream calls / minimum', dash, 'x', '<= 1.10', dash <= 1.1, [was((f) => f.dashCalls, (f) => f.dashMin), `minimum ${f0.dashMin}, first load ${f0.dashColdCalls} calls`].filter(Boolean).join('; '));
    const p50 = ratio((f) => f.dashP50, () => 2 * L);
    add('dashboard p50 / 2L', p50, 'x', '<= 1.50', p50 <= 1.5, was((f) => f.dashP50, () => 2 * L));
    const p99 = ratio((f) => f.dashP99, () => 2 * L);
    add('dashboard p99 / 2L', p99, 'x', 'reported', true, was((f) => f.dashP99, () => 2 * L));
    add('dashboard CPU per query', Number(med(runs, (f) => f.dashCpuMs)!.toFixed(1)), 'ms', 'reported', true, before ? `before ${med(before, (f) => f.dashCpuMs)!.toFixed(1)} ms` : undefined);
    const walk = ratio((f) => f.walkCalls, (f) => f.walkMin);
    // With the cache off nothing is kept between the walk's requests: each page reads the vendor pages
    // its window needs in every partition, so some are read by two requests. Reported; the target is the cached walk's.
    add(`cursor walk (first ${WALK_FIRST}), cache off: calls / minimum`, walk, 'x', 'reported', true, [was((f) => f.walkCalls, (f) => f.walkMin), f0.walkNote].filter(Boolean).join('; ') || undefined);
    const cwalk = ratio((f) => f.cachedWalkCalls, (f) => f.cachedWalkMin);
    add(`cursor walk (first ${WALK_FIRST}), default cache on: calls / minimum`, cwalk, 'x', '<= 1.10', cwalk <= 1.1, [was((f) => f.cachedWalkCalls, (f) => f.cachedWalkMin), f0.cachedWalkNote].filter(Boolean).join('; ') || undefined);
    const report = ratio((f) => f.reportCalls, (f) => f.scanMin);
    add('migrationReport calls / minimum', report, 'x', '<= 1.10', report <= 1.1, [was((f) => f.reportCalls, (f) => f.scanMin), `${(med(runs, (f) => f.reportMs)! / 1000).toFixed(1)} s, ${med(runs, (f) => f.reportCpuMs)!.toFixed(0)} ms CPU`].filter(Boolean).join('; '));
    const csvRatio = ratio((f) => f.csvCalls, (f) => f.scanMin);
    add('CSV calls / minimum', csvRatio, 'x', '<= 1.10', csvRatio <= 1.1, [was((f) => f.csvCalls, (f) => f.scanMin), `${(med(runs, (f) => f.csvMs)! / 1000).toFixed(1)} s, ${f0.csvRows} rows`].filter(Boolean).join('; '));
    const peak = Math.round(med(runs, (f) => f.cachedPeakRssMiB)!);
    add('report + CSV with the cache on: gateway peak RSS', peak, 'MiB', 'reported', true, [before ? `before ${Math.round(med(before, (f) => f.cachedPeakRssMiB)!)} MiB` : '', `calls report ${med(runs, (f) => f.cachedReportCalls)}, CSV after it ${med(runs, (f) => f.cachedCsvCalls)}`].filter(Boolean).join('; '));
  }
  return out;
}

export async function runScaleBench(): Promise<BenchResult[]> {
  const sizes = envList('MIGRAPH_BENCH_SIZES', [300, 3_000, 10_000]);
  const layouts = envList('MIGRAPH_BENCH_ACCOUNTS', [3, 30]);
  const walkBudgetMs = envList('MIGRAPH_BENCH_WALK_BUDGET_MS', [20_000])[0]!;
  const vs = variants();
  const configs: Config[] = [];
  const failures: BenchResult[] = [];
  for (const accounts of layouts) {
    for (const size of sizes) {
      const rounds = process.env.MIGRAPH_BENCH_ROUNDS ? envList('MIGRAPH_BENCH_ROUNDS', [2])[0]! : size > 3_000 ? 1 : 2;
      const started = performance.now();
      const config: Config = { accounts, size, runs: {} };
      // A failed session (a vendor reset, a gateway error) is reported and the run goes on.
      try {
        const world = await startWorld(spread(accounts, size), L);
        try {
          await warmUp(world);
          for (let r = 0; r < rounds; r++) {
            for (const v of vs) (config.runs[v.name] ??= []).push(await session(v, world, walkBudgetMs));
          }
        } finally {
          await world.close();
        }
      } catch (e) {
        console.log(`# ${accounts} accounts, ${fmt(size)} tasks: FAILED after ${((performance.now() - started) / 1000).toFixed(0)} s: ${(e as Error).message.slice(0, 300)}`);
        failures.push({ name: `${accounts} acc x ${fmt(size)} tasks`, value: 0, unit: '', target: 'completes', pass: false, note: (e as Error).message.slice(0, 200) });
      }
      if (!config.runs.after?.length && !config.runs.before?.length) continue;
      configs.push(config);
      console.log(`# ${accounts} accounts, ${fmt(size)} tasks: ${config.runs.after?.length ?? 0} round(s) of ${vs.map((v) => v.name).join(' / ')} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
      // The table so far after every configuration (a long run shows its curves as it goes).
      printTable([config], walkBudgetMs);
    }
  }
  console.log('## scale: every configuration\n');
  printTable(configs, walkBudgetMs);
  const out = [...results(configs), ...failures];
  // The events half of issue #17 (bench/scale-events.ts, written separately) joins here when present.
  const events = path.join(THIS_CHECKOUT, 'dist/bench/scale-events.js');
  if (existsSync(events)) {
    const mod = (await import(events)) as { runScaleEventsBench?: () => Promise<BenchResult[]> };
    if (mod.runScaleEventsBench) out.push(...(await mod.runScaleEventsBench()));
  }
  return out;
}
