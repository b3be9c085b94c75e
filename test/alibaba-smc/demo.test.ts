/** The embedded demo: realistic data reachable through the module's own provider (no timing assertions). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { ListOrder, TaskState } from '../../src/core/model.js';
import { alibabaSmcModule } from '../../adapters/alibaba-smc/index.js';

test('startDemo: sources and jobs in many states in cn-hangzhou, valid account config', async () => {
  const logger = { debug() {}, info() {}, warn() {}, error() {}, child() { return logger; } };
  const demo = await alibabaSmcModule.startDemo({ accountId: 'ali-demo', logger });
  try {
    assert.deepEqual(alibabaSmcModule.validateAccount(demo.account), []);
    assert.deepEqual(demo.account.regions, ['cn-hangzhou']);
    const p = alibabaSmcModule.createProvider(demo.account, { logger });
    try {
      const tasks = await p.listTasks({ region: 'cn-hangzhou', offset: 0, limit: 50, order: ListOrder.CREATED_DESC, filter: {} });
      assert.equal(tasks.totalCount, 30);
      const states = new Set(tasks.items.map((t) => t.state));
      for (const s of [TaskState.SUCCEEDED, TaskState.FAILED, TaskState.PENDING, TaskState.STOPPED, TaskState.EXPIRED, TaskState.READY_FOR_CUTOVER]) assert.ok(states.has(s), `has ${s}`);
      assert.ok(tasks.items.some((t) => t.nativeState.startsWith('Running')), 'some jobs are running');
      assert.ok(tasks.items.some((t) => t.type === 'Incremental'));
      assert.ok(tasks.items.every((t) => t.tags === null), 'tags are read lazily, not with every list');
      const tags = await p.getTags!('Task', 'cn-hangzhou', tasks.items.map((t) => t.nativeId));
      assert.ok(tags.some((t) => t.length > 0), 'some jobs are tagged');
      const sources = await p.listSources({ region: 'cn-hangzhou', offset: 0, limit: 50, order: ListOrder.NAME_ASC, filter: {} });
      assert.ok(sources.totalCount > 30);
      assert.ok(new Set(sources.items.map((s) => s.state)).size >= 3);
    } finally {
      await p.close();
    }
  } finally {
    await demo.close();
  }
});

test('startDemo at scale 3,400: 3,400 replication jobs, sources with unique valid addresses', async () => {
  const logger = { debug() {}, info() {}, warn() {}, error() {}, child() { return logger; } };
  const demo = await alibabaSmcModule.startDemo({ accountId: 'ali-scale', logger, scale: 3_400 });
  try {
    const p = alibabaSmcModule.createProvider(demo.account, { logger });
    try {
      const tasks = await p.listTasks({ region: 'cn-hangzhou', offset: 0, limit: 1, order: ListOrder.CREATED_DESC, filter: {} });
      assert.equal(tasks.totalCount, 3_400);
      const sources = await p.listSources({ region: 'cn-hangzhou', offset: 3_000, limit: 500, order: ListOrder.NAME_ASC, filter: {} });
      assert.ok(sources.totalCount > 3_400);
      const ips = sources.items.map((s) => s.ip ?? '');
      assert.ok(ips.every((ip) => isIP(ip) === 4), 'valid IPv4 addresses');
      assert.equal(new Set(ips).size, ips.length, 'unique addresses');
    } finally {
      await p.close();
    }
  } finally {
    await demo.close();
  }
});
