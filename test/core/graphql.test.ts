import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GatewayError } from '../../src/core/errors.js';
import { TaskState } from '../../src/core/model.js';
import { encodeId } from '../../src/domain/ids.js';
import {
  AccountsDocument,
  CreateTaskDocument,
  DeleteTasksDocument,
  NodeDocument,
  RunTaskActionDocument,
  SourcesDocument,
  StartTaskDocument,
  TasksDocument,
  UpdateSourceDocument,
} from '../generated/graphql.js';
import { fakeAccounts, type FakeProvider } from '../helpers/fake-provider.js';
import { gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';

describe('unified GraphQL API over HTTP (fake providers)', () => {
  let gw: TestGateway;
  let hw: FakeProvider;
  let ali: FakeProvider;

  before(async () => {
    const fake = fakeAccounts([
      { id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] },
      { id: 'ali', provider: 'alibaba-smc', regions: ['cn-hangzhou'] },
    ]);
    // The shared cache has its own tests (cache.test.ts); here every query reaches the fakes.
    gw = await startTestGateway(fake.accounts, { cache: { enabled: false } }, fake.factory);
    hw = fake.providers.get('hw')!;
    ali = fake.providers.get('ali')!;
    for (let i = 0; i < 5; i++) hw.addSource('ap-southeast-3', i, i === 0 ? { currentTaskId: 'task-0' } : {});
    for (let i = 0; i < 5; i++) hw.addTask('ap-southeast-3', i, { sourceId: `src-${i}` });
    for (let i = 5; i < 8; i++) ali.addTask('cn-hangzhou', i);
  });
  after(() => gw.close());

  it('lists accounts without credentials', async () => {
    const data = await gqlOk(gw.url, AccountsDocument);
    assert.deepEqual(
      data.accounts.map((a) => [a.id, a.provider]),
      [
        ['hw', 'HUAWEI_SMS'],
        ['ali', 'ALIBABA_SMC'],
      ],
    );
  });

  it('lists tasks across accounts with totalCount, cursors and filters', async () => {
    const data = await gqlOk(gw.url, TasksDocument, { first: 3 });
    assert.equal(data.tasks.totalCount, 8);
    assert.equal(data.tasks.edges.length, 3);
    assert.equal(data.tasks.pageInfo.hasNextPage, true);
    const filtered = await gqlOk(gw.url, TasksDocument, { filter: { providers: ['ALIBABA_SMC'] } });
    assert.equal(filtered.tasks.totalCount, 3);
    assert.ok(filtered.tasks.edges.every((e) => e.node.provider === 'ALIBABA_SMC'));
  });

  it('resolves Source.currentTask and node(id) for every kind, batched', async () => {
    const data = await gqlOk(gw.url, SourcesDocument, { filter: { accounts: ['hw'] } });
    const withTask = data.sources.nodes.find((s) => s.currentTask);
    assert.ok(withTask, 'a source has a current task');
    const node = await gqlOk(gw.url, NodeDocument, { id: withTask.currentTask!.id });
    assert.equal((node.node as { name?: string }).name, 'task-000');
    const missing = await gqlOk(gw.url, NodeDocument, { id: encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: 'nope' }) });
    assert.equal(missing.node, null);
  });

  it('gives BAD_USER_INPUT for a malformed id and NOT_FOUND for an unknown account', async () => {
    const bad = await gql(gw.url, NodeDocument, { id: 'not-an-id' });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const foreign = await gql(gw.url, NodeDocument, {
      id: encodeId('Task', { provider: 'huawei-sms', accountId: 'elsewhere', region: 'r', nativeId: 'x' }),
    });
    assert.equal(foreign.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  it('folds GraphQL validation errors into the closed code set', async () => {
    const res = await gql(gw.url, '{ tasks { nope } }');
    assert.equal(res.status, 400);
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const vars = await gql(gw.url, TasksDocument, { first: 'many' as unknown as number });
    assert.equal(vars.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('returns partial results with one UPSTREAM_UNAVAILABLE error naming the failed account', async () => {
    ali.failWith = new GatewayError('UPSTREAM_UNAVAILABLE', 'alibaba-smc is unreachable', { retryable: true });
    try {
      const res = await gql(gw.url, TasksDocument, { first: 50 });
      assert.equal(res.data?.tasks.totalCount, 5);
      assert.equal(res.errors?.length, 1);
      assert.deepEqual(res.errors?.[0]?.path, ['tasks']);
      assert.equal(res.errors?.[0]?.extensions?.code, 'UPSTREAM_UNAVAILABLE');
      assert.equal(res.errors?.[0]?.extensions?.account, 'ali');
      assert.equal(res.errors?.[0]?.extensions?.provider, 'alibaba-smc');
    } finally {
      ali.failWith = null;
    }
  });

  it('creates a task from a source id, and refuses bad input before any upstream call', async () => {
    const sourceId = encodeId('Source', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: 'src-1' });
    const created = await gqlOk(gw.url, CreateTaskDocument, { input: { sourceId, name: 'migrate web-1' } });
    assert.equal(created.createTask.name, 'migrate web-1');
    assert.equal(created.createTask.state, 'PENDING');

    const calls = hw.totalCalls();
    const empty = await gql(gw.url, CreateTaskDocument, { input: { sourceId, name: '   ' } });
    assert.equal(empty.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(empty.errors?.[0]?.extensions?.field, 'input.name');
    const wrongKind = await gql(gw.url, CreateTaskDocument, { input: { sourceId: created.createTask.id, name: 'x' } });
    assert.equal(wrongKind.errors?.[0]?.extensions?.field, 'input.sourceId');
    assert.equal(hw.totalCalls(), calls, 'no upstream call for bad input');
  });

  it('maps provider refusals to codes with providerCode, and unsupported actions to UNSUPPORTED_OPERATION', async () => {
    const id = encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: 'task-1' });
    const running = await gql(gw.url, StartTaskDocument, { id });
    assert.equal(running.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.equal(running.errors?.[0]?.extensions?.providerCode, 'FAKE.409');
    const cut = await gql(gw.url, RunTaskActionDocument, { id, action: 'CUTOVER' });
    assert.equal(cut.errors?.[0]?.extensions?.code, 'UNSUPPORTED_OPERATION');
  });

  it('exposes availableActions from the provider', async () => {
    const data = await gqlOk(gw.url, TasksDocument, { filter: { accounts: ['hw'], states: ['REPLICATING'] }, first: 1 });
    assert.deepEqual(data.tasks.edges[0]!.node.availableActions, ['STOP']);
  });

  it('renames a source; deleteTasks across accounts answers per id, a partial batch is data, bad ids delete nothing', async () => {
    const sourceId = encodeId('Source', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: 'src-2' });
    const renamed = await gqlOk(gw.url, UpdateSourceDocument, { id: sourceId, input: { name: 'db-primary' } });
    assert.equal(renamed.updateSource.name, 'db-primary');

    const hwTask = encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: 'task-3' });
    const aliTask = encodeId('Task', { provider: 'alibaba-smc', accountId: 'ali', region: 'cn-hangzhou', nativeId: 'task-5' });
    const missing = encodeId('Task', { provider: 'alibaba-smc', accountId: 'ali', region: 'cn-hangzhou', nativeId: 'task-none' });
    const before = hw.tasks.length + ali.tasks.length;
    const bad = await gql(gw.url, DeleteTasksDocument, { ids: [hwTask, 'not-an-id'] });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(hw.tasks.length + ali.tasks.length, before, 'a bad id deletes nothing');

    const mixed = await gqlOk(gw.url, DeleteTasksDocument, { ids: [hwTask, missing, aliTask] });
    assert.deepEqual(mixed.deleteTasks.deletedIds, [hwTask, aliTask]);
    assert.deepEqual(
      mixed.deleteTasks.results.map((r) => [r.id, r.deleted, r.error?.code ?? null, r.error?.providerCode ?? null]),
      [
        [hwTask, true, null, null],
        [missing, false, 'NOT_FOUND', 'FAKE.404'],
        [aliTask, true, null, null],
      ],
    );
    assert.deepEqual(mixed.deleteTasks.results[0]!.alsoDeleted, []);
    assert.equal(hw.tasks.length + ali.tasks.length, before - 2);
    assert.ok(!hw.tasks.some((t) => t.nativeId === 'task-3'));
    assert.ok(!ali.tasks.some((t) => t.nativeId === 'task-5'));
    assert.equal(hw.tasks.some((t) => t.state === TaskState.REPLICATING), true);
  });
});
