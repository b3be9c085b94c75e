import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { encodeId } from '../../src/domain/ids.js';
import { DashboardDocument, StartTaskDocument, TasksDocument, UpdateSourceDocument, SourcesDocument } from '../generated/graphql.js';
import { fakeAccounts, type FakeProvider } from '../helpers/fake-provider.js';
import { gqlOk, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

describe('shared cache and batching', () => {
  let gw: TestGateway;
  let hw: FakeProvider;
  let ali: FakeProvider;

  before(async () => {
    const fake = fakeAccounts([
      { id: 'hw', provider: 'huawei-sms', regions: ['r1'] },
      { id: 'ali', provider: 'alibaba-smc', regions: ['r1'] },
    ]);
    gw = await startTestGateway(fake.accounts, { cache: { ttlMs: 60_000 } }, fake.factory);
    hw = fake.providers.get('hw')!;
    ali = fake.providers.get('ali')!;
    for (let i = 0; i < 120; i++) hw.addSource('r1', i);
    for (let i = 0; i < 120; i++) hw.addTask('r1', i, { sourceId: `src-${i}` });
    // Same native ids in another account: the cache must never serve one account's data to another.
    for (let i = 0; i < 3; i++) ali.addTask('r1', i, { name: `ali-${i}` });
  });
  after(() => gw.close());

  it('serves a repeated query from the cache, per account', async () => {
    const first = await gqlOk(gw.url, TasksDocument, { first: 10 });
    const calls = hw.totalCalls() + ali.totalCalls();
    const again = await gqlOk(gw.url, TasksDocument, { first: 10 });
    assert.deepEqual(again, first);
    assert.equal(hw.totalCalls() + ali.totalCalls(), calls, 'no upstream call for the repeat');
    const aliOnly = await gqlOk(gw.url, TasksDocument, { filter: { accounts: ['ali'] } });
    assert.deepEqual(aliOnly.tasks.edges.map((e) => e.node.name).sort(), ['ali-0', 'ali-1', 'ali-2']);
    assert.ok(gw.cache.stats().hits > 0);
  });

  it('resolves nested lookups with one batched call per 50 ids (DataLoader), not one per item', async () => {
    gw.cache.invalidate('hw');
    const before = { ...hw.calls };
    const data = await gqlOk(gw.url, DashboardDocument, { first: 120 });
    const hwTasks = data.tasks.nodes.filter((t) => t.provider === 'HUAWEI_SMS');
    assert.ok(hwTasks.length > 100);
    assert.ok(hwTasks.every((t) => t.source?.name), 'every Huawei task resolved its source');
    const listCalls = (hw.calls.listTasks ?? 0) - (before.listTasks ?? 0);
    const getSourceCalls = (hw.calls.getSources ?? 0) - (before.getSources ?? 0);
    assert.equal(listCalls, 1);
    assert.equal(getSourceCalls, Math.ceil(hwTasks.length / 50));
  });

  it('makes identical calls in one request once (aliases)', async () => {
    gw.cache.invalidate('hw');
    const before = hw.calls.listTasks ?? 0;
    await gqlOk(gw.url, `{ a: tasks(first: 5, filter: { accounts: ["hw"] }) { totalCount } b: tasks(first: 5, filter: { accounts: ["hw"] }) { totalCount } }`);
    assert.equal((hw.calls.listTasks ?? 0) - before, 1);
  });

  it('invalidates on mutations: the mutation result and the next read are fresh', async () => {
    const id = encodeId('Source', { provider: 'huawei-sms', accountId: 'hw', region: 'r1', nativeId: 'src-7' });
    await gqlOk(gw.url, SourcesDocument, { filter: { accounts: ['hw'] }, first: 200 });
    const renamed = await gqlOk(gw.url, UpdateSourceDocument, { id, input: { name: 'renamed-7' } });
    assert.equal(renamed.updateSource.name, 'renamed-7');
    const list = await gqlOk(gw.url, SourcesDocument, { filter: { accounts: ['hw'], nameContains: 'renamed' } });
    assert.equal(list.sources.totalCount, 1);
    const all = await gqlOk(gw.url, SourcesDocument, { filter: { accounts: ['hw'] }, first: 200 });
    assert.ok(all.sources.nodes.some((s) => s.name === 'renamed-7'), 'a cached list from before the rename is not served');

    // A failed mutation invalidates too (the provider may have changed state before refusing).
    const inv = gw.cache.stats().invalidations;
    const task = encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'r1', nativeId: 'task-1' });
    const res = await gql(gw.url, StartTaskDocument, { id: task });
    assert.equal(res.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.equal(gw.cache.stats().invalidations, inv + 1);
  });

  it('exposes hit and miss counts at /metrics', async () => {
    const text = await (await fetch(gw.url.replace('/graphql', '/metrics'))).text();
    const hits = Number(/^migraph_cache_hits_total (\d+)/m.exec(text)?.[1]);
    const misses = Number(/^migraph_cache_misses_total (\d+)/m.exec(text)?.[1]);
    assert.ok(hits > 0 && misses > 0, text.slice(0, 200));
    const bytes = Number(/^migraph_cache_bytes (\d+)/m.exec(text)?.[1]);
    assert.ok(bytes > 0 && bytes === gw.cache.stats().bytes, `migraph_cache_bytes ${bytes}`);
  });
});
