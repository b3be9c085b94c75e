import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScanPages, SharedCache, approxBytes } from '../../src/domain/cache.js';

const page = (n: number, bytes = 1_000) => ({ items: Array.from({ length: n }, (_, i) => ({ id: `t-${i}`, name: 'x'.repeat(bytes / 2) })), total: n });

describe('shared cache: vendor pages, bytes bound, purge', () => {
  it('keeps a page once per account and generation, single-flight, and drops it on a write', async () => {
    const cache = new SharedCache({ enabled: true, ttlMs: 60_000, maxEntries: 100 });
    const store = cache.pagesOf('a')!;
    let loads = 0;
    const load = async () => {
      loads++;
      return page(3);
    };
    const [x, y] = await Promise.all([store.page('tasks\u00000', load), store.page('tasks\u00000', load)]);
    assert.equal(loads, 1, 'concurrent readers share one load');
    assert.equal(x, y);
    await cache.pagesOf('b')!.page('tasks\u00000', load);
    assert.equal(loads, 2, 'another account never sees the page');
    await store.page('tasks\u00000', load);
    assert.equal(loads, 2, 'a hit');
    cache.invalidate('a');
    await store.page('tasks\u00000', load);
    assert.equal(loads, 3, 'a write drops the account\u2019s pages');
  });

  it('has no page store with the cache off', () => {
    assert.equal(new SharedCache({ enabled: false, ttlMs: 60_000, maxEntries: 100 }).pagesOf('a'), undefined);
    assert.equal(new SharedCache({ enabled: true, ttlMs: 0, maxEntries: 100 }).pagesOf('a'), undefined);
  });

  it('is bounded in estimated bytes, evicting least recently used pages', async () => {
    const maxBytes = 2 * 1024 * 1024;
    const cache = new SharedCache({ enabled: true, ttlMs: 60_000, maxEntries: 10_000, maxBytes });
    const store = cache.pagesOf('a')!;
    const one = approxBytes(page(100));
    assert.ok(one > 100_000, `a 100-item page is estimated at ${one} bytes`);
    for (let i = 0; i < 60; i++) await store.page(`tasks\u0000${i}`, async () => page(100));
    const { bytes, size } = cache.stats();
    assert.ok(bytes <= maxBytes, `${bytes} <= ${maxBytes}`);
    assert.ok(size < 60 && size >= Math.floor(maxBytes / one) - 1, `kept ${size} pages`);
    let reloaded = 0;
    await store.page('tasks\u000059', async () => (reloaded++, page(100)));
    assert.equal(reloaded, 0, 'the newest page is kept');
    await store.page('tasks\u00000', async () => (reloaded++, page(100)));
    assert.equal(reloaded, 1, 'the oldest was evicted');
  });

  it('purges expired entries (at most once per TTL, on a write), with an injected clock', async () => {
    let now = 1_000;
    const cache = new SharedCache({ enabled: true, ttlMs: 3_000, maxEntries: 100 }, () => now);
    const store = cache.pagesOf('a')!;
    for (let i = 0; i < 5; i++) await store.page(`p${i}`, async () => page(1));
    assert.equal(cache.stats().size, 5);
    now += 3_500;
    await store.page('fresh', async () => page(1));
    assert.equal(cache.stats().size, 1, 'the five expired pages are gone, not only unreadable');
    assert.ok(cache.stats().bytes < approxBytes(page(1)) * 2);
  });

  it('a scan memo reads each page once per account, and forgets a failed page', async () => {
    const scan = new ScanPages();
    let loads = 0;
    const a = scan.forAccount('a');
    await a.page('k', async () => (loads++, 1));
    await scan.forAccount('a').page('k', async () => (loads++, 1));
    await scan.forAccount('b').page('k', async () => (loads++, 1));
    assert.equal(loads, 2);
    await assert.rejects(a.page('bad', async () => Promise.reject(new Error('boom'))));
    assert.equal(await a.page('bad', async () => 7), 7, 'a failed page is read again');
    assert.equal(scan.size, 3);
  });
});
