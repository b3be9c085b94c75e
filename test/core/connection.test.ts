import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GatewayError } from '../../src/core/errors.js';
import { ListOrder, TaskState, type Logger } from '../../src/core/model.js';
import { AccountRegistry } from '../../src/domain/accounts.js';
import { Gateway } from '../../src/domain/gateway.js';
import { fakeAccounts } from '../helpers/fake-provider.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

function setup() {
  const fake = fakeAccounts([
    { id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] },
    { id: 'ali', provider: 'alibaba-smc', regions: ['cn-hangzhou', 'cn-shanghai'] },
    { id: 'ucs', provider: 'ucloudstack-smc', regions: ['cn-private-1'] },
  ]);
  const registry = new AccountRegistry(fake.accounts, silent, fake.factory);
  const gateway = new Gateway(registry, { perAccountConcurrency: 2, batching: true });
  let n = 0;
  // Interleaved creation times across partitions, plus duplicated timestamps to exercise tie-breaks.
  for (let i = 0; i < 60; i++) fake.providers.get('hw')!.addTask('ap-southeast-3', n++);
  for (let i = 0; i < 45; i++) fake.providers.get('ali')!.addTask('cn-hangzhou', n++, { state: i % 3 === 0 ? TaskState.FAILED : TaskState.REPLICATING });
  for (let i = 0; i < 30; i++) fake.providers.get('ali')!.addTask('cn-shanghai', n++ - 10);
  for (let i = 0; i < 17; i++) fake.providers.get('ucs')!.addTask('cn-private-1', n++);
  return { gateway, fake, total: 60 + 45 + 30 + 17 };
}

describe('cross-account connections', () => {
  for (const order of Object.values(ListOrder)) {
    it(`pages with first: 37 yield every task exactly once (${order})`, async () => {
      const { gateway, total } = setup();
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const conn = await gateway.listTasks({ first: 37, after, order, filter: {} });
        assert.equal(conn.totalCount, total);
        assert.deepEqual(conn.errors, []);
        seen.push(...conn.edges.map((e) => `${e.node.accountId}/${e.node.region}/${e.node.nativeId}`));
        pages++;
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
        assert.ok(pages < 20, 'terminates');
      }
      assert.equal(seen.length, total);
      assert.equal(new Set(seen).size, total, 'no repeats');
      assert.equal(pages, Math.ceil(total / 37));
    });
  }

  it('returns items in the requested order across accounts', async () => {
    const { gateway } = setup();
    const conn = await gateway.listTasks({ first: 200, order: ListOrder.CREATED_DESC, filter: {} });
    const times = conn.edges.map((e) => e.node.createdAt!);
    assert.deepEqual(times, [...times].sort().reverse());
  });

  it('applies filters and partition selection', async () => {
    const { gateway } = setup();
    const failed = await gateway.listTasks({ first: 100, filter: { taskStates: [TaskState.FAILED] } });
    assert.equal(failed.totalCount, 15);
    assert.ok(failed.edges.every((e) => e.node.state === TaskState.FAILED));
    const ali = await gateway.listTasks({ first: 100, providers: ['alibaba-smc'], regions: ['cn-shanghai'], filter: {} });
    assert.equal(ali.totalCount, 30);
  });

  it('returns the other accounts and one error per failed account (partial results)', async () => {
    const { gateway, fake } = setup();
    fake.providers.get('ali')!.failWith = new GatewayError('UPSTREAM_UNAVAILABLE', 'connection refused');
    const conn = await gateway.listTasks({ first: 500, filter: {} });
    assert.equal(conn.totalCount, 60 + 17);
    assert.equal(conn.edges.length, 77);
    assert.equal(conn.errors.length, 1, 'one error for the account, not one per region');
    assert.equal(conn.errors[0]!.code, 'UPSTREAM_UNAVAILABLE');
    assert.equal(conn.errors[0]!.account, 'ali');
    assert.equal(conn.errors[0]!.provider, 'alibaba-smc');
  });

  it('refuses a cursor from another filter or a forged cursor', async () => {
    const { gateway } = setup();
    const conn = await gateway.listTasks({ first: 5, filter: {} });
    await assert.rejects(
      gateway.listTasks({ first: 5, after: conn.pageInfo.endCursor, filter: { nameContains: 'x' } }),
      (e: any) => e.code === 'BAD_USER_INPUT' && e.field === 'after',
    );
    await assert.rejects(gateway.listTasks({ first: 5, after: 'garbage', filter: {} }), (e: any) => e.code === 'BAD_USER_INPUT');
    await assert.rejects(gateway.listTasks({ first: 501, filter: {} }), (e: any) => e.code === 'BAD_USER_INPUT' && e.field === 'first');
  });

  it('batches lookups per account and region through DataLoaders', async () => {
    const { gateway, fake } = setup();
    const loaders = gateway.loaders();
    const hw = fake.providers.get('hw')!;
    const before = hw.calls.getTasks ?? 0;
    const ids = Array.from({ length: 60 }, (_, i) => `task-${i}`);
    const tasks = await Promise.all(ids.map((nativeId) => loaders.Task.load({ accountId: 'hw', region: 'ap-southeast-3', nativeId })));
    assert.equal(tasks.filter(Boolean).length, 60);
    assert.equal((hw.calls.getTasks ?? 0) - before, 2, '60 ids in batches of 50 = 2 calls');
  });
});
