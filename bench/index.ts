/**
 * `npm run bench`: every benchmark, each figure printed next to its target. Targets are ratios or
 * bounds measured against a baseline in the same run, never absolute timings from another machine.
 * Run one group with `npm run bench -- queries`, `npm run bench -- progress`, `npm run bench -- tracing`, `npm run bench -- federation`, `npm run bench -- reliability`, `npm run bench -- outage` or `npm run bench -- scale`.
 */
import type { BenchResult } from './types.js';

const groups: Record<string, () => Promise<BenchResult[]>> = {
  queries: async () => (await import('./queries.js')).runQueryBench(),
  progress: async () => (await import('./progress.js')).runProgressBench(),
  abuse: async () => (await import('./abuse.js')).runAbuseBench(),
  auth: async () => (await import('./auth.js')).runAuthBench(),
  tracing: async () => (await import('./tracing.js')).runTracingBench(),
  federation: async () => (await import('./federation.js')).runFederationBench(),
  reliability: async () => (await import('./reliability.js')).runReliabilityBench(),
  outage: async () => (await import('./redis-outage.js')).runOutageBench(),
  scale: async () => (await import('./scale.js')).runScaleBench(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(groups);
let failed = 0;
for (const name of names) {
  const run = groups[name];
  if (!run) {
    console.error(`unknown benchmark group "${name}"; known: ${Object.keys(groups).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n## ${name}\n`);
  const started = Date.now();
  const results = await run();
  const rows = results.map((r) => [r.pass ? 'ok  ' : 'MISS', r.name, `${r.value} ${r.unit}`, r.target, r.note ?? '']);
  const widths = [4, ...[1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)))];
  for (const row of rows) console.log(row.slice(0, 4).map((c, i) => c.padEnd(widths[i]!)).join('  ') + (row[4] ? `  (${row[4]})` : ''));
  failed += results.filter((r) => !r.pass).length;
  console.log(`\n${name}: ${results.length} figures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(failed ? `\n${failed} figure(s) missed their target` : '\nevery figure met its target');
process.exit(0);
