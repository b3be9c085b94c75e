/**
 * migraph as an Apollo Federation 2 subgraph, with a real federation engine: its `_service { sdl }`
 * is composed (@apollo/composition) with a small CMDB subgraph into a supergraph served by
 * @apollo/gateway, in front of a migraph test gateway over the three simulators. Upstream calls are
 * counted at the simulators' probes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { after, before, describe, it } from 'node:test';
import { PROVIDER_MODULES } from '../../adapters/index.js';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import type { DemoHandle } from '../../adapters/module.js';
import type { Logger } from '../../src/core/model.js';
import { decodeId, encodeId } from '../../src/domain/ids.js';
import { gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { batchBound, CMDB_SDL, composeSupergraph, spread, startCmdb, startSupergraph, type CmdbData, type Running } from '../helpers/supergraph.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

interface TaskRow { id: string; provider: string; name: string; state: string }
interface SourceRow { id: string; name: string }

describe('federation: migraph in a supergraph with a CMDB subgraph', () => {
  const demos: DemoHandle[] = [];
  let gw: TestGateway;
  let cmdb: Running;
  let router: Running;
  let tasks: TaskRow[] = [];
  let sources: SourceRow[] = [];
  const data: CmdbData = { applications: new Map(), owners: new Map(), watchlist: [] };
  const upstream = () => demos.reduce((n, d) => n + d.probe!.totalRequests(), 0);
  const invalidate = () => {
    for (const a of gw.gateway.accounts.list()) gw.cache.invalidate(a.config.id);
  };

  before(async () => {
    const clock = new ManualClock(Date.now());
    for (const mod of PROVIDER_MODULES) {
      demos.push(await mod.startDemo({ accountId: `f-${mod.id}`, logger: silent, scale: 60, clock }));
    }
    gw = await startTestGateway(demos.map((d) => d.account));
    const listed = await gqlOk<{ tasks: { nodes: TaskRow[] }; sources: { nodes: SourceRow[] } }, Record<string, never>>(
      gw.url,
      '{ tasks(first: 500) { nodes { id provider name state } } sources(first: 500) { nodes { id name } } }',
    );
    tasks = spread(listed.tasks.nodes);
    sources = listed.sources.nodes;
    data.applications.set('billing', sources.slice(0, 6).map((s) => s.id));
    data.applications.set('crm', sources.slice(6, 10).map((s) => s.id));
    sources.slice(0, 10).forEach((s, i) => data.owners.set(s.id, i % 2 ? 'team-a' : 'team-b'));
    data.watchlist = tasks.map((t) => t.id);
    cmdb = await startCmdb(data);
    router = await startSupergraph(await composeSupergraph(gw.url, cmdb.url));
  });
  after(async () => {
    await router?.stop();
    await cmdb?.stop();
    await gw?.close();
    await Promise.all(demos.map((d) => d.close()));
  });

  it('has tasks of the three providers to reference', () => {
    assert.ok(tasks.length >= 100, `${tasks.length} tasks`);
    assert.deepEqual(new Set(tasks.slice(0, 100).map((t) => t.provider)).size, 3);
  });

  it('serves _service { sdl } with @link, @key and @requiresScopes', async () => {
    const { _service } = await gqlOk<{ _service: { sdl: string } }, Record<string, never>>(gw.url, '{ _service { sdl } }');
    assert.match(_service.sdl, /@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.5"/);
    for (const type of ['Task', 'Source', 'Template', 'MigrationProject', 'Account']) {
      assert.match(_service.sdl, new RegExp(`type ${type}\\b[^{]*@key\\(fields: "id"\\)`), type);
    }
    assert.ok(_service.sdl.includes('@requiresScopes(scopes: [["migration:read"]])'));
    assert.ok(_service.sdl.includes('@authenticated'));
  });

  it('composes schema/schema.graphql (what `rover supergraph compose` reads) with the CMDB', () => {
    const file = readFileSync(fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url)), 'utf8');
    const composed = composeServices([
      { name: 'migraph', url: 'http://127.0.0.1:1/graphql', typeDefs: parse(file) },
      { name: 'cmdb', url: 'http://127.0.0.1:2/graphql', typeDefs: parse(CMDB_SDL) },
    ]);
    assert.equal(composed.errors, undefined, composed.errors?.map((e) => e.message).join('; '));
    assert.match(composed.supergraphSdl!, /type Source[^{]*@join__type\(graph: CMDB, key: "id"\)/);
  });

  it('joins CMDB applications to migraph sources and their current tasks', async () => {
    const q = '{ application(name: "billing") { name servers { id name owner currentTask { id state progress { percent } } } } }';
    type Q = { application: { name: string; servers: { id: string; name: string; owner: string | null; currentTask: { id: string; state: string; progress: { percent: number | null } } | null }[] } };
    const res = await gql<Q, Record<string, never>>(router.url, q);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const servers = res.data!.application.servers;
    assert.deepEqual(servers.map((s) => s.id), data.applications.get('billing'));
    // The same sources read from migraph alone.
    const direct = await gqlOk<{ nodes: ({ id: string; name: string; currentTask: { id: string; state: string; progress: { percent: number | null } } | null } | null)[] }, { ids: string[] }>(
      gw.url,
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Source { name currentTask { id state progress { percent } } } } }',
      { ids: data.applications.get('billing')! },
    );
    assert.deepEqual(servers.map(({ owner: _o, ...s }) => s), direct.nodes);
    assert.deepEqual(servers.map((s) => s.owner), servers.map((s) => data.owners.get(s.id)));
    assert.ok(servers.some((s) => s.currentTask), 'some billing server has a current task');
  });

  it('joins migraph sources to their CMDB owner and application', async () => {
    type Q = { sources: { nodes: { id: string; name: string; owner: string | null; application: { name: string } | null }[] } };
    const res = await gqlOk<Q, Record<string, never>>(router.url, '{ sources(first: 500) { nodes { id name owner application { name } } } }');
    const byId = new Map(res.sources.nodes.map((s) => [s.id, s]));
    assert.equal(byId.size, sources.length);
    assert.equal(byId.get(sources[0]!.id)!.application?.name, 'billing');
    assert.equal(byId.get(sources[7]!.id)!.application?.name, 'crm');
    assert.equal(byId.get(sources[7]!.id)!.owner, 'team-a');
    assert.equal(byId.get(sources[sources.length - 1]!.id)!.application, null);
  });

  it('resolves 100 Task references with batched calls: at most list pages + ceil(N / batch) per account-region', async () => {
    invalidate();
    const before = upstream();
    type Q = { watchlist: (TaskRow | null)[] };
    const res = await gql<Q, Record<string, never>>(router.url, '{ watchlist(first: 100) { id provider name state } }');
    const calls = upstream() - before;
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data!.watchlist, tasks.slice(0, 100));
    const bound = batchBound(gw, data.watchlist.slice(0, 100), data.watchlist);
    assert.ok(calls > 0 && calls <= bound, `${calls} upstream calls for 100 references, bound ${bound}`);
  });

  it('answers _entities with null for unknown ids (no error) and BAD_USER_INPUT for a non-migraph id', async () => {
    const t = decodeId(tasks[0]!.id);
    // In the provider's native id format (a malformed native id is refused as bad input): one character off.
    const unknownTask = encodeId('Task', { ...t, nativeId: t.nativeId.slice(0, -1) + (t.nativeId.endsWith('0') ? '1' : '0') });
    const unknownAccount = encodeId('Task', { ...t, accountId: 'no-such-account' });
    const q = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id name } ... on Account { id provider } } }';
    const res = await gql<{ _entities: unknown[] }, { r: unknown[] }>(gw.url, q, {
      r: [
        { __typename: 'Task', id: tasks[0]!.id },
        { __typename: 'Task', id: unknownTask },
        { __typename: 'Task', id: unknownAccount },
        { __typename: 'Account', id: t.accountId },
        { __typename: 'Account', id: 'no-such-account' },
      ],
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data!._entities, [
      { id: tasks[0]!.id, name: tasks[0]!.name },
      null,
      null,
      { id: t.accountId, provider: tasks[0]!.provider.toUpperCase().replace('-', '_') },
      null,
    ]);
    const bad = await gql<{ _entities: unknown[] }, { r: unknown[] }>(gw.url, q, { r: [{ __typename: 'Task', id: 'garbage' }, { __typename: 'Task', id: tasks[1]!.id }] });
    assert.ok(bad.data, JSON.stringify(bad.errors));
    assert.equal(bad.data!._entities[0], null);
    assert.deepEqual(bad.data!._entities[1], { id: tasks[1]!.id, name: tasks[1]!.name });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('gives partial results when one account is down: the others answer, one error names the account', async () => {
    const down = { ...demos[1]!.account, id: 'down-account', endpoint: 'http://127.0.0.1:9' };
    const partial = await startTestGateway([...demos.map((d) => d.account), down], { upstream: { retryLimit: 0, timeoutMs: 2_000 } });
    try {
      const ok = tasks.slice(0, 6).map((t) => t.id);
      const lost = encodeId('Task', { ...decodeId(tasks.find((t) => decodeId(t.id).provider === down.provider)!.id), accountId: 'down-account' });
      const res = await gql<{ _entities: ({ id: string } | null)[] }, { r: unknown[] }>(
        partial.url,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id } } }',
        { r: [...ok, lost].map((id) => ({ __typename: 'Task', id })) },
      );
      assert.deepEqual(res.data!._entities, [...ok.map((id) => ({ id })), null]);
      assert.equal(res.errors?.length, 1);
      assert.equal(res.errors![0]!.extensions?.account, 'down-account');
      assert.deepEqual(res.errors![0]!.path, ['_entities', 6]);
    } finally {
      await partial.close();
    }
  });

  it("refuses another account's entity with FORBIDDEN at its index, and _entities without migration:read", async () => {
    const mine = tasks.find((t) => t.provider === 'HUAWEI_SMS')!;
    const theirs = tasks.find((t) => t.provider !== 'HUAWEI_SMS')!;
    const scoped = await startTestGateway(demos.map((d) => d.account), {
      auth: {
        disabled: false,
        apiKeys: [
          { id: 'hw-reader', key: 'k-hw-reader-0123456789abcdef', scopes: ['migration:read'], accounts: [decodeId(mine.id).accountId] },
          { id: 'metrics', key: 'k-metrics-0123456789abcdef', scopes: ['metrics:read'], accounts: ['*'] },
        ],
      },
    });
    try {
      const q = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Task { id } } }';
      const r = [mine, theirs].map((t) => ({ __typename: 'Task', id: t.id }));
      const res = await gql<{ _entities: ({ id: string } | null)[] }, { r: unknown[] }>(scoped.url, q, { r }, { authorization: 'Bearer k-hw-reader-0123456789abcdef' });
      assert.deepEqual(res.data!._entities, [{ id: mine.id }, null]);
      assert.equal(res.errors?.length, 1);
      assert.equal(res.errors![0]!.extensions?.code, 'FORBIDDEN');
      assert.deepEqual(res.errors![0]!.path, ['_entities', 1]);
      const noScope = await gql(scoped.url, q, { r }, { authorization: 'Bearer k-metrics-0123456789abcdef' });
      assert.equal(noScope.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      assert.match(noScope.errors![0]!.message, /Query\._entities requires the scope migration:read/);
    } finally {
      await scoped.close();
    }
  });
});
