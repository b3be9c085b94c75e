import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CachingProvider, SharedCache } from '../../src/domain/cache.js';
import type { MigrationProvider } from '../../adapters/port.js';

test('a frozen provider extension is wrapped by the cache: reads pass through, writes invalidate the account', async () => {
  const calls: string[] = [];
  const extension = Object.freeze({
    provider: 'fake',
    describeThings: async () => (calls.push('describe'), ['a']),
    start: async (id: string) => (calls.push(`start ${id}`), id),
  });
  const inner = { provider: 'fake', accountId: 'acc', regions: ['r'], capabilities: { entities: [], maxBatchSize: 1, maxPageSize: 1 }, extension } as unknown as MigrationProvider;
  const cache = new SharedCache({ enabled: true, ttlMs: 60_000, maxEntries: 10 });
  const ext = new CachingProvider(inner, cache).extension as typeof extension;
  assert.equal(ext.provider, 'fake');
  assert.ok('start' in ext);
  assert.deepEqual(await ext.describeThings(), ['a']);
  assert.equal(cache.invalidations, 0);
  assert.equal(await ext.start('t1'), 't1');
  assert.deepEqual(calls, ['describe', 'start t1']);
  assert.equal(cache.invalidations, 1, 'a write invalidates the account');
});
