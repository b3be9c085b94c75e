/** adapters/common/paging.ts on its own: the Pager's plans, its store and scan use, createdDescWindow, unstored. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createdDescWindow, PageMemo, Pager, unstored, type PagedList } from '../../adapters/common/paging.js';
import { filtersOnly } from '../../src/core/list.js';
import { ListOrder, TaskState } from '../../src/core/model.js';
import { FakeVendorList, settle } from '../helpers/paging.js';

interface Item {
  nativeId: string;
  name: string;
  createdAt: string | null;
}

const SIZE = 10;
const item = (i: number): Item => ({ nativeId: `id-${String(i).padStart(3, '0')}`, name: `n-${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() });
/** 45 items, newest first. */
const newestFirst = () => Array.from({ length: 45 }, (_, k) => item(44 - k));
const paged = (list: FakeVendorList<Item>, key = 'items'): PagedList<Item> => ({ key, pageSize: SIZE, fetch: (index) => list.page(index * SIZE, SIZE) });
const query = (offset: number, limit: number, order = ListOrder.CREATED_DESC) => ({ region: 'r', offset, limit, order, filter: {} });

describe('Pager', () => {
  test('window: only the pages covering it, with the total; limit 0 reads one page for the total', async () => {
    const list = new FakeVendorList(newestFirst());
    const pager = new Pager(4);
    const w = await pager.window(paged(list), 12, 10);
    assert.deepEqual(w.items.map((x) => x.nativeId), newestFirst().slice(12, 22).map((x) => x.nativeId));
    assert.equal(w.total, 45);
    assert.deepEqual(list.calls.map((c) => c.offset).sort((a, b) => a - b), [10, 20]);
    assert.equal(pager.knownTotal('items'), 45);
    list.calls = [];
    assert.deepEqual(await pager.window(paged(list), 0, 0), { items: [], total: 45 });
    assert.equal(list.calls.length, 1);
    // Past the end known from the total: no page is read beyond page 4.
    list.calls = [];
    const tail = await pager.window(paged(list), 40, 50);
    assert.equal(tail.items.length, 5);
    assert.deepEqual(list.calls.map((c) => c.offset), [40]);
  });

  test('all: page 0, then the rest in one parallel round; with a known total, one round; a short page ends the list', async () => {
    const list = new FakeVendorList(newestFirst(), false);
    const pager = new Pager(8);
    const done = pager.all(paged(list));
    await list.waitForPending(1);
    await settle();
    assert.equal(list.waiting, 1);
    list.release();
    await list.waitForPending(4);
    await settle();
    assert.equal(list.waiting, 4);
    list.release();
    assert.equal((await done).length, 45);
    // Known total: every page at once.
    list.calls = [];
    const again = pager.all(paged(list));
    await list.waitForPending(5);
    await settle();
    assert.equal(list.waiting, 5);
    list.release();
    assert.equal((await again).length, 45);
    // The list shrank since the total was seen: the short page ends it.
    list.items = list.items.slice(0, 23);
    list.auto = true;
    assert.equal((await pager.all(paged(list))).length, 23);
  });

  test('the page concurrency bounds pages in flight across calls of the account', async () => {
    const list = new FakeVendorList(newestFirst(), false);
    const pager = new Pager(3);
    const a = pager.window(paged(list, 'a'), 0, 45);
    const b = pager.window(paged(list, 'b'), 0, 45);
    let done = false;
    void Promise.all([a, b]).then(() => (done = true));
    while (!done) {
      await Promise.race([list.waitForPending(1), a, b]);
      await settle();
      assert.ok(list.waiting <= 3, `${list.waiting} in flight`);
      list.release();
      await settle();
    }
    assert.equal(list.maxInFlight, 3);
    assert.equal(list.calls.length, 10);
  });

  test('a scan window starts every other page into the store; the next windows cost nothing', async () => {
    const list = new FakeVendorList(newestFirst());
    const pager = new Pager(4);
    const pages = new PageMemo();
    await pager.window(paged(list), 0, 10, { pages, scan: true });
    for (let i = 0; i < 5 && list.calls.length < 5; i++) await settle();
    assert.equal(list.calls.length, 5, 'every page fetched once');
    const calls = list.calls.length;
    for (let offset = 10; offset < 45; offset += 10) await pager.window(paged(list), offset, 10, { pages, scan: true });
    assert.equal(list.calls.length, calls);
    assert.equal(pages.size, 5);
  });

  test('a cold window (no total seen) never reads past the end: its first page first, then the rest up to the total', async () => {
    const list = new FakeVendorList(newestFirst().slice(0, 15));
    const pager = new Pager(4);
    const w = await pager.window(paged(list), 0, 50);
    assert.equal(w.items.length, 15);
    assert.deepEqual(list.calls.map((c) => c.offset), [0, 10], 'pages 0 and 1, not the five pages 50 items would span');
  });

  test('a walk (readAhead) starts the pages of the next window only, into the store', async () => {
    const list = new FakeVendorList(newestFirst());
    const pager = new Pager(4);
    const pages = new PageMemo();
    await pager.window(paged(list), 5, 10, { pages, readAhead: 10 });
    for (let i = 0; i < 5 && list.calls.length < 3; i++) await settle();
    // The window [5, 15) reads pages 0 and 1; the next 10 items [15, 25) need page 2 as well.
    assert.deepEqual(list.calls.map((c) => c.offset).sort((a, b) => a - b), [0, 10, 20]);
    await pager.window(paged(list), 15, 10, { pages });
    assert.equal(list.calls.length, 3, 'the next window is served from the pages read ahead');
    // Without a store, nothing is read ahead (nowhere to keep it).
    list.calls = [];
    await pager.window(paged(list), 0, 10, { readAhead: 10 });
    await settle();
    assert.equal(list.calls.length, 1);
  });

  test('unstored drops the page store and the scan flag, keeps the rest', () => {
    const pages = new PageMemo();
    assert.deepEqual(unstored({ pages, scan: true, idempotencyKey: 'k' }), { idempotencyKey: 'k' });
    const plain = { idempotencyKey: 'k' };
    assert.equal(unstored(plain), plain);
    assert.equal(unstored(undefined), undefined);
  });
});

describe('createdDescWindow', () => {
  test('newest first: the window, read with one neighbour each side', async () => {
    const list = new FakeVendorList(newestFirst());
    const page = await createdDescWindow(new Pager(), paged(list), query(9, 10), (x) => x);
    assert.deepEqual(page?.items.map((x) => x.nativeId), newestFirst().slice(9, 19).map((x) => x.nativeId));
    assert.equal(page?.totalCount, 45);
    assert.deepEqual(list.calls.map((c) => c.offset).sort((a, b) => a - b), [0, 10], 'items 8..19');
  });

  test('creation-time ties at the edges: sorted by native id inside the pages read, one more page when a tie group runs past them', async () => {
    // Items 8..12 share one time (the vendor answers them in its own order, here by descending id): the window 5..9 cuts the group.
    const tied = newestFirst();
    for (let i = 8; i <= 12; i++) tied[i] = { ...tied[i]!, createdAt: tied[8]!.createdAt };
    const expected = (vendor: Item[], offset: number, limit: number) => [...vendor].sort((a, b) => (a.createdAt! > b.createdAt! ? -1 : a.createdAt! < b.createdAt! ? 1 : a.nativeId < b.nativeId ? -1 : 1)).slice(offset, offset + limit).map((x) => x.nativeId);
    const inside = new FakeVendorList(tied);
    const page = await createdDescWindow(new Pager(), paged(inside), query(5, 5), (x) => x);
    assert.deepEqual(page?.items.map((x) => x.nativeId), expected(tied, 5, 5));
    assert.deepEqual(inside.calls.map((c) => c.offset).sort((a, b) => a - b), [0, 10], 'items 4..10: pages 0 and 1, the tie group 8..12 inside them');
    // A group across the pages read (items 18..22 around the page boundary 20): one more page.
    const across = newestFirst();
    for (let i = 18; i <= 22; i++) across[i] = { ...across[i]!, createdAt: across[18]!.createdAt };
    const list = new FakeVendorList(across);
    const p2 = await createdDescWindow(new Pager(), paged(list), query(10, 9), (x) => x);
    assert.deepEqual(p2?.items.map((x) => x.nativeId), expected(across, 10, 9));
    assert.deepEqual(list.calls.map((c) => c.offset).sort((a, b) => a - b), [0, 10, 20], 'items 9..19: pages 0 and 1, then page 2 for the tie group 18..22');
  });

  test('null (read all and sort) when the order is another, the pages are oldest first, an item is undated, or a tie group runs past one more page', async () => {
    const pager = new Pager();
    assert.equal(await createdDescWindow(pager, paged(new FakeVendorList(newestFirst())), query(0, 5, ListOrder.NAME_ASC), (x) => x), null);
    assert.equal(await createdDescWindow(pager, paged(new FakeVendorList(newestFirst().reverse())), query(0, 5), (x) => x), null);
    const undated = newestFirst();
    undated[3] = { ...undated[3]!, createdAt: null };
    assert.equal(await createdDescWindow(pager, paged(new FakeVendorList(undated)), query(0, 5), (x) => x), null);
    const same = newestFirst().map((x) => ({ ...x, createdAt: '2026-01-01T00:00:00.000Z' }));
    const list = new FakeVendorList(same);
    assert.equal(await createdDescWindow(pager, paged(list), query(0, 5), (x) => x), null);
    assert.equal(list.calls.length, 2, 'page 0, then page 1 for the tie group, then give up');
  });
});

describe('filtersOnly', () => {
  test('true when every set field is native; empty lists and strings are unset', () => {
    assert.equal(filtersOnly({}, []), true);
    assert.equal(filtersOnly({ ids: [], nameContains: '', tags: [] }, []), true);
    assert.equal(filtersOnly({ ids: ['a'] }, []), false);
    assert.equal(filtersOnly({ ids: ['a'], sourceId: 's' }, ['ids', 'sourceId']), true);
    assert.equal(filtersOnly({ ids: ['a'], taskStates: [TaskState.FAILED] }, ['ids']), false);
  });
});
