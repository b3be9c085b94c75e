/**
 * Cross-cloud queries against the three real simulators (frozen on a ManualClock), counted at the
 * endpoints: paging, partial results with one endpoint down, report totals and the CSV export.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { PROVIDER_MODULES } from '../../adapters/index.js';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { ListOrder, type Logger, type Task } from '../../src/core/model.js';
import type { DemoHandle } from '../../adapters/module.js';
import { DashboardDocument, MigrationReportDocument, TasksDocument, type TasksQuery } from '../generated/graphql.js';
import { gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

describe('cross-cloud queries against the three simulators', () => {
  const demos: DemoHandle[] = [];
  let gw: TestGateway;
  let plain: TestGateway;
  const upstream = () => demos.reduce((n, d) => n + d.probe!.totalRequests(), 0);
  /** Every task as the endpoints hold it, read through each adapter directly (no gateway code). */
  const truth: Task[] = [];

  before(async () => {
    const clock = new ManualClock(Date.now());
    for (const mod of PROVIDER_MODULES) {
      demos.push(await mod.startDemo({ accountId: `x-${mod.id}`, logger: silent, scale: 60, clock }));
    }
    gw = await startTestGateway(demos.map((d) => d.account));
    plain = await startTestGateway(demos.map((d) => d.account), { cache: { enabled: false }, batching: { enabled: false } });
    for (const account of gw.gateway.accounts.list()) {
      for (const region of account.config.regions) {
        const page = await account.provider.listTasks({ region, offset: 0, limit: 10_000, order: ListOrder.CREATED_DESC, filter: {} });
        truth.push(...page.items);
      }
    }
  });
  after(async () => {
    await gw?.close();
    await plain?.close();
    await Promise.all(demos.map((d) => d.close()));
  });

  it('has hundreds of tasks across the three providers', () => {
    assert.ok(truth.length >= 150, `${truth.length} tasks`);
    assert.deepEqual([...new Set(truth.map((t) => t.provider))].sort(), ['alibaba-smc', 'huawei-sms', 'ucloudstack-smc']);
  });

  it('pages through every task with first: 37, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 100; page++) {
      const data: TasksQuery = await gqlOk(gw.url, TasksDocument, { first: 37, after });
      assert.equal(data.tasks.totalCount, truth.length);
      seen.push(...data.tasks.edges.map((e) => e.node.id));
      if (!data.tasks.pageInfo.hasNextPage) break;
      after = data.tasks.pageInfo.endCursor;
    }
    assert.equal(seen.length, truth.length);
    assert.equal(new Set(seen).size, truth.length);
  });

  it('answers the dashboard query with batched lookups: at least 10x fewer upstream calls than without', async () => {
    for (const account of gw.gateway.accounts.list()) gw.cache.invalidate(account.config.id);
    let before = upstream();
    const batched = await gqlOk(gw.url, DashboardDocument, { first: 150 });
    const withBatching = upstream() - before;
    before = upstream();
    const unbatched = await gqlOk(plain.url, DashboardDocument, { first: 150 });
    const without = upstream() - before;
    assert.deepEqual(batched.tasks.nodes.map((n) => n.id), unbatched.tasks.nodes.map((n) => n.id), 'same answer');
    assert.ok(batched.tasks.nodes.every((n) => n.source?.name), 'every task resolved its source');
    assert.ok(withBatching * 10 <= without, `${withBatching} calls batched vs ${without} unbatched`);
  });

  it('returns the others and one UPSTREAM_UNAVAILABLE error naming the account whose endpoint is down', async () => {
    const down = { ...demos[1]!.account, id: 'down-account', endpoint: 'http://127.0.0.1:9' };
    const partial = await startTestGateway([...demos.map((d) => d.account), down], { upstream: { retryLimit: 0, timeoutMs: 2_000 } });
    try {
      const res = await gql(partial.url, TasksDocument, { first: 500 });
      assert.equal(res.data?.tasks.totalCount, truth.length);
      assert.equal(res.errors?.length, 1);
      assert.equal(res.errors![0]!.extensions?.code, 'UPSTREAM_UNAVAILABLE');
      assert.equal(res.errors![0]!.extensions?.account, 'down-account');
      assert.equal(res.errors![0]!.extensions?.provider, down.provider);
    } finally {
      await partial.close();
    }
  });

  it('migrationReport counts match the endpoints', async () => {
    const { migrationReport: r } = await gqlOk(gw.url, MigrationReportDocument, {});
    assert.equal(r.taskCount, truth.length);
    const expected = new Map<string, number>();
    for (const t of truth) expected.set(`${t.provider.toUpperCase().replace('-', '_')}/${t.state}`, (expected.get(`${t.provider.toUpperCase().replace('-', '_')}/${t.state}`) ?? 0) + 1);
    assert.deepEqual(new Map(r.byProviderState.map((x) => [`${x.provider}/${x.state}`, x.count])), expected);
    const perAccount = new Map<string, number>();
    for (const t of truth) perAccount.set(`${t.accountId}/${t.region}`, (perAccount.get(`${t.accountId}/${t.region}`) ?? 0) + 1);
    assert.deepEqual(new Map(r.byAccountRegion.map((x) => [`${x.account.id}/${x.region}`, x.count])), perAccount);
    assert.equal(r.failures.reduce((a, f) => a + f.count, 0), truth.filter((t) => t.state === 'FAILED').length);
  });

  it('exports one CSV row per task that a standard parser reads', async () => {
    const text = await (await fetch(gw.url.replace('/graphql', '/reports/tasks.csv'))).text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, truth.length);
    assert.deepEqual(new Set(rows.map((r) => `${r.account}/${r.region}/${r.native_id}`)), new Set(truth.map((t) => `${t.accountId}/${t.region}/${t.nativeId}`)));
  });
});
