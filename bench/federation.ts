/**
 * Federation bench: migraph as a subgraph.
 *
 *  1. Upstream calls for `_entities` with 10, 100 and 1,000 Task references spread over the three
 *     providers (two accounts each; cache emptied before each), against the bound: per account-region
 *     its list pages plus ceil(n / vendor batch size) (see batchBound in test/helpers/supergraph.ts).
 *  2. p50 of a supergraph query joining the CMDB subgraph and migraph (@apollo/gateway in front of
 *     both) vs the same query's migraph part sent to migraph alone, interleaved in the same run.
 */
import { PROVIDER_MODULES } from '../adapters/index.js';
import type { DemoHandle } from '../adapters/module.js';
import { loadConfig } from '../src/config/index.js';
import { decodeId } from '../src/domain/ids.js';
import { startGateway, type RunningGateway } from '../src/server/app.js';
import { createLogger } from '../src/server/logger.js';
import { batchBound, composeSupergraph, spread, startCmdb, startSupergraph, type CmdbData } from '../test/helpers/supergraph.js';
import { percentile } from './stats.js';
import type { BenchResult } from './types.js';

/** Two accounts per provider at this scale hold over 1,000 tasks (UCloudStack's simulator caps the scale). */
const SCALE = 240;
const ACCOUNTS_PER_PROVIDER = 2;
const ROUNDS = 200;

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body;
}

async function allIds(url: string, field: 'tasks' | 'sources'): Promise<{ id: string; provider: string }[]> {
  const out: { id: string; provider: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const body: any = await post(url, `query ($after: String) { ${field}(first: 500, after: $after) { nodes { id provider } pageInfo { hasNextPage endCursor } } }`, { after });
    out.push(...body.data[field].nodes);
    if (!body.data[field].pageInfo.hasNextPage) return out;
    after = body.data[field].pageInfo.endCursor;
  }
}

export async function runFederationBench(): Promise<BenchResult[]> {
  const logger = createLogger('warn');
  const demos: DemoHandle[] = [];
  for (let i = 1; i <= ACCOUNTS_PER_PROVIDER; i++) {
    for (const mod of PROVIDER_MODULES) demos.push(await mod.startDemo({ accountId: `fed${i}-${mod.id}`, logger, scale: SCALE }));
  }
  const upstream = () => demos.reduce((n, d) => n + (d.probe?.totalRequests() ?? 0), 0);
  const config = loadConfig({}, { server: { port: 0, host: '127.0.0.1', drainDelayMs: 0 }, embedded: false, auth: { disabled: true }, limits: { rate: { perSecond: 1_000_000, burst: 1_000_000 } }, upstream: { quota: { enabled: false } } });
  const gw: RunningGateway = await startGateway(config, { logger, accounts: demos.map((d) => d.account) });
  const results: BenchResult[] = [];
  const stops: (() => Promise<void>)[] = [];
  try {
    const tasks = spread(await allIds(gw.url, 'tasks'));
    const sources = await allIds(gw.url, 'sources');

    // 1. Upstream calls per batch of references.
    const entities = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id state progress { percent } } } }';
    for (const n of [10, 100, 1_000]) {
      const ids = tasks.slice(0, n).map((t) => t.id);
      for (const a of gw.gateway.accounts.list()) gw.cache.invalidate(a.config.id);
      const before = upstream();
      const body = await post(gw.url, entities, { r: ids.map((id) => ({ __typename: 'Task', id })) });
      const calls = upstream() - before;
      const bound = batchBound(gw, ids, tasks.map((t) => t.id));
      const resolved = (body.data._entities as unknown[]).filter(Boolean).length;
      results.push({
        name: `_entities: upstream calls for ${n} Task references`,
        value: calls,
        unit: 'calls',
        target: `<= ${bound} (list pages + ceil(n / batch) per account-region)`,
        pass: calls <= bound && resolved === ids.length,
        note: `${ids.length} references over ${new Set(tasks.slice(0, n).map((t) => t.provider)).size} providers and ${new Set(ids.map((id) => id && decodeId(id).accountId)).size} accounts, ${resolved} resolved`,
      });
    }

    // 2. A supergraph query joining both subgraphs vs its migraph part on migraph alone.
    const billing = sources.slice(0, 20).map((s) => s.id);
    const data: CmdbData = { applications: new Map([['billing', billing]]), owners: new Map(billing.map((id) => [id, 'team-a'])), watchlist: [] };
    const cmdb = await startCmdb(data);
    stops.push(cmdb.stop);
    const router = await startSupergraph(await composeSupergraph(gw.url, cmdb.url));
    stops.push(router.stop);
    const joined = '{ application(name: "billing") { name servers { id name owner currentTask { state progress { percent } } } } }';
    const alone = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Source { name currentTask { state progress { percent } } } } }';
    const time = async (run: () => Promise<unknown>) => {
      const t0 = performance.now();
      await run();
      return performance.now() - t0;
    };
    const viaRouter: number[] = [];
    const direct: number[] = [];
    for (let i = 0; i < 20; i++) {
      await post(router.url, joined);
      await post(gw.url, alone, { ids: billing });
    }
    for (let i = 0; i < ROUNDS; i++) {
      viaRouter.push(await time(() => post(router.url, joined)));
      direct.push(await time(() => post(gw.url, alone, { ids: billing })));
    }
    const p50Router = percentile(viaRouter, 50);
    const p50Direct = percentile(direct, 50);
    results.push({ name: 'p50 migraph alone (nodes of 20 sources + current task)', value: Number(p50Direct.toFixed(2)), unit: 'ms', target: 'baseline', pass: true });
    results.push({
      name: 'p50 supergraph (CMDB application -> 20 migraph sources + current task)',
      value: Number(p50Router.toFixed(2)),
      unit: 'ms',
      target: `<= ${(p50Direct * 4 + 5).toFixed(2)} (4x alone + 5 ms: query planning, two subgraph hops)`,
      pass: p50Router <= p50Direct * 4 + 5,
      note: `${(p50Router / p50Direct).toFixed(2)}x migraph alone, ${ROUNDS} rounds interleaved`,
    });
  } finally {
    for (const stop of stops.reverse()) await stop();
    await gw.close();
    await Promise.all(demos.map((d) => d.close()));
  }
  return results;
}
