/**
 * Fields a console needs (issue 12, Deliver 5): the DateTime scalar, `updatedAt` / `stateChangedAt`,
 * and the state, progress and updated-time orders, over HTTP against fake providers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SourcesDocument, TasksDocument, type TasksQuery } from '../generated/graphql.js';
import { compareBy } from '../../src/core/list.js';
import { EMPTY_PROGRESS, ListOrder, SourceState, TaskState } from '../../src/core/model.js';
import { fakeAccounts, type FakeProvider } from '../helpers/fake-provider.js';
import { gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { getNamedType, type GraphQLType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { buildGatewaySchema } from '../../src/graphql/schema.js';
import { DateTime } from '../../src/graphql/types/scalars.js';

describe('DateTime scalar', () => {
  it('answers the canonical UTC form whatever the offset or precision', () => {
    assert.equal(DateTime.serialize('2026-01-01T08:00:00+08:00'), '2026-01-01T00:00:00.000Z');
    assert.equal(DateTime.serialize('2026-01-01T00:00:00Z'), '2026-01-01T00:00:00.000Z');
    assert.equal(DateTime.serialize(new Date(Date.UTC(2026, 0, 1))), '2026-01-01T00:00:00.000Z');
    assert.throws(() => DateTime.serialize('yesterday'));
  });

  it('coerces input to the same canonical string (the domain keeps ISO strings)', () => {
    assert.equal(DateTime.parseValue('2026-01-01T08:00:00.5+08:00'), '2026-01-01T00:00:00.500Z');
    for (const bad of ['2026-01-01', '2026-13-01T00:00:00Z', 'not a time', 1767225600000, '']) {
      assert.throws(() => DateTime.parseValue(bad), (e: { extensions?: { code?: string } }) => e.extensions?.code === 'BAD_USER_INPUT', String(bad));
    }
  });
});

describe('DateTime in the schema', () => {
  // Inputs that the provider's own rules govern (Alibaba's yyyy-MM-ddTHH:mm:ssZ, checked against now by
  // the validation layer) stay strings; everything the gateway answers is DateTime.
  const STRING_INPUTS = new Set(
    ['CreateAlibabaReplicationJobInput', 'AlibabaModifyReplicationJobInput', 'AlibabaCreateTaskOptions', 'AlibabaUpdateTaskOptions'].flatMap((t) => [`${t}.scheduledStartTime`, `${t}.validTime`]),
  );
  // Durations, not instants.
  const DURATIONS = new Set(['HuaweiTaskDetails.totalTime']);

  it('every timestamp field and timestamp filter argument is DateTime', async () => {
    const schema = await buildGatewaySchema();
    const found: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        if (!/(At|Time|After|Before)$|^updated$/.test(field.name) || field.name === 'after') continue;
        const key: string = `${type.name}.${field.name}`;
        if (STRING_INPUTS.has(key) || DURATIONS.has(key)) continue;
        found.push(key);
        assert.equal(getNamedType(field.type as GraphQLType).name, 'DateTime', key);
      }
    }
    for (const key of ['Task.createdAt', 'Task.startedAt', 'Task.finishedAt', 'Task.lastSyncedAt', 'Source.createdAt', 'Source.agentLastSeenAt', 'Template.createdAt', 'MigrationProject.createdAt', 'ProgressStep.startedAt', 'Progress.estimatedCompletionAt', 'TaskProgressEvent.observedAt', 'TaskFilter.createdAfter', 'SourceFilter.createdBefore']) {
      assert.ok(found.includes(key), key);
    }
  });
});

describe('console fields over HTTP (fake providers)', () => {
  let gw: TestGateway;
  let hw: FakeProvider;

  before(async () => {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['r1'] }]);
    gw = await startTestGateway(fake.accounts, { cache: { enabled: false } }, fake.factory);
    hw = fake.providers.get('hw')!;
    // task-n is created at 2026-01-01T00:0n:00Z
    for (let i = 0; i < 6; i++) hw.addTask('r1', i);
  });
  after(() => gw.close());

  it('timestamps are DateTime in the schema and answered in the canonical form', async () => {
    const data = await gqlOk(gw.url, TasksDocument, { orderBy: 'CREATED_ASC' });
    assert.deepEqual(
      data.tasks.edges.map((e) => e.node.createdAt),
      [0, 1, 2, 3, 4, 5].map((n) => `2026-01-01T00:0${n}:00.000Z`),
    );
  });

  it('Task and Source answer updatedAt / stateChangedAt (null where the provider gives nothing)', async () => {
    hw.tasks[0]!.updatedAt = '2026-02-01T00:00:00.000Z';
    hw.tasks[0]!.stateChangedAt = '2026-02-01T00:00:00.000Z';
    hw.addSource('r1', 0, { stateChangedAt: '2026-03-01T00:00:00.000Z' });
    try {
      const tasks = await gqlOk(gw.url, TasksDocument, { orderBy: 'CREATED_ASC', first: 2 });
      assert.deepEqual(
        tasks.tasks.edges.map((e) => [e.node.updatedAt, e.node.stateChangedAt]),
        [
          ['2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'],
          [null, null],
        ],
      );
      const sources = await gqlOk(gw.url, SourcesDocument, {});
      assert.deepEqual(
        sources.sources.nodes.map((n) => [n.updatedAt, n.stateChangedAt]),
        [[null, '2026-03-01T00:00:00.000Z']],
      );
    } finally {
      hw.tasks[0]!.updatedAt = null;
      hw.tasks[0]!.stateChangedAt = null;
      hw.sources = [];
    }
  });

  it('createdAfter / createdBefore take any RFC 3339 offset and filter in UTC', async () => {
    const data = await gqlOk(gw.url, TasksDocument, {
      orderBy: 'CREATED_ASC',
      filter: { createdAfter: '2026-01-01T08:02:00+08:00', createdBefore: '2026-01-01T00:04:00Z' },
    });
    assert.deepEqual(
      data.tasks.edges.map((e) => e.node.nativeId),
      ['task-2', 'task-3'],
    );
  });

  it('a malformed createdAfter is BAD_USER_INPUT and reaches no provider', async () => {
    const before = hw.totalCalls();
    for (const bad of ['2026-01-01', 'yesterday', '2026-01-01T00:00:00']) {
      const res = await gql(gw.url, TasksDocument, { filter: { createdAfter: bad } });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', bad);
      assert.equal(res.data ?? null, null, bad);
    }
    const literal = await gql(gw.url, '{ tasks(filter: { createdBefore: "soon" }) { totalCount } }');
    assert.equal(literal.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(hw.totalCalls(), before, 'no upstream call for bad input');
  });
});

describe('compareBy: the state, progress and updated-time orders', () => {
  const task = (id: string, state: TaskState, percent: number | null, updatedAt: string | null) => ({
    nativeId: id,
    name: id,
    createdAt: null,
    state,
    progress: { ...EMPTY_PROGRESS, percent },
    updatedAt,
  });
  const items = [
    task('a', TaskState.SUCCEEDED, 100, null),
    task('b', TaskState.PENDING, null, '2026-01-02T00:00:00.000Z'),
    task('c', TaskState.REPLICATING, 40, '2026-01-03T00:00:00.000Z'),
    task('d', TaskState.REPLICATING, 40, null),
    task('e', TaskState.PENDING, 0, '2026-01-01T00:00:00.000Z'),
  ];
  const order = (o: ListOrder) => [...items].sort(compareBy(o)).map((t) => t.nativeId).join('');

  it('state follows the enum (lifecycle) order, ties by native id', () => {
    assert.equal(order(ListOrder.STATE_ASC), 'becda');
    assert.equal(order(ListOrder.STATE_DESC), 'acdbe');
  });

  it('progress and updated time put nulls last in both directions, ties by native id', () => {
    assert.equal(order(ListOrder.PROGRESS_ASC), 'ecdab');
    assert.equal(order(ListOrder.PROGRESS_DESC), 'acdeb');
    assert.equal(order(ListOrder.UPDATED_DESC), 'cbead');
    assert.equal(order(ListOrder.UPDATED_ASC), 'ebcad');
  });

  it('sources order by SourceState; they have no progress (all last, by native id)', () => {
    const src = (id: string, state: SourceState) => ({ nativeId: id, name: id, createdAt: null, state, agentConnected: true });
    const sources = [src('x', SourceState.FINISHED), src('y', SourceState.AVAILABLE), src('z', SourceState.MIGRATING)];
    assert.deepEqual([...sources].sort(compareBy(ListOrder.STATE_ASC)).map((s) => s.nativeId), ['y', 'z', 'x']);
    assert.deepEqual([...sources].sort(compareBy(ListOrder.PROGRESS_DESC)).map((s) => s.nativeId), ['x', 'y', 'z']);
  });
});

describe('orderBy state / progress / updated over HTTP, merged across accounts', () => {
  let gw: TestGateway;
  let a: FakeProvider;
  let b: FakeProvider;
  const NEW_ORDERS = [ListOrder.STATE_ASC, ListOrder.STATE_DESC, ListOrder.PROGRESS_ASC, ListOrder.PROGRESS_DESC, ListOrder.UPDATED_DESC, ListOrder.UPDATED_ASC];
  const STATES = [TaskState.PENDING, TaskState.REPLICATING, TaskState.SUCCEEDED, TaskState.FAILED];

  before(async () => {
    const fake = fakeAccounts([
      { id: 'a', provider: 'huawei-sms', regions: ['r1', 'r2'] },
      { id: 'b', provider: 'ucloudstack-smc', regions: ['cn'] },
    ]);
    gw = await startTestGateway(fake.accounts, { cache: { enabled: false } }, fake.factory);
    a = fake.providers.get('a')!;
    b = fake.providers.get('b')!;
    for (let i = 0; i < 14; i++) {
      const p = i % 3 === 0 ? a : b;
      const region = p === a ? (i % 2 ? 'r1' : 'r2') : 'cn';
      p.addTask(region, i, {
        state: STATES[i % STATES.length]!,
        progress: { ...EMPTY_PROGRESS, percent: i % 4 === 1 ? null : (i * 37) % 101 },
        updatedAt: i % 5 === 2 ? null : new Date(Date.UTC(2026, 1, 1) + ((i * 7) % 11) * 3_600_000).toISOString(),
      });
    }
  });
  after(() => gw.close());

  for (const o of NEW_ORDERS) {
    it(`${o}: pages of 4 walk every account and region in exactly the compareBy order`, async () => {
      const expected = [...a.tasks, ...b.tasks].sort(compareBy(o)).map((t) => t.name);
      const walked: string[] = [];
      let after: string | null | undefined = null;
      do {
        const page: TasksQuery = await gqlOk(gw.url, TasksDocument, { orderBy: o, first: 4, after });
        assert.equal(page.tasks.totalCount, 14);
        walked.push(...page.tasks.edges.map((e) => e.node.name));
        after = page.tasks.pageInfo.hasNextPage ? page.tasks.pageInfo.endCursor : null;
      } while (after);
      assert.deepEqual(walked, expected);
    });
  }
});
