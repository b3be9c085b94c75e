/**
 * Test helpers for list paging (adapters/common/paging.ts): a fake vendor list whose pages are
 * answered when the test says so (no timers), and one suite every adapter runs against it
 * (test/<provider>/paging.test.ts) with a small binding that wraps the fake in the vendor's wire shape.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CallContext } from '../../adapters/port.js';
import { PageMemo } from '../../adapters/common/paging.js';
import { compareBy } from '../../src/core/list.js';
import { ListOrder, type ListPage, type ListQuery, type Task } from '../../src/core/model.js';

interface Pending {
  offset: number;
  release(): void;
}

/**
 * A vendor list of `items` (vendor order) read by offset and limit. In `auto` mode every page is
 * answered on the next turn of the event loop; otherwise it waits for `release()`.
 * Counts calls, calls in flight and the most in flight at once.
 */
export class FakeVendorList<W> {
  calls: { offset: number; limit: number }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private readonly pending: Pending[] = [];
  private readonly waiters: (() => void)[] = [];

  constructor(
    public items: W[],
    public auto = true,
  ) {}

  /** One vendor page: `items[offset, offset + limit)` and the total. */
  page(offset: number, limit: number): Promise<{ items: W[]; total: number }> {
    this.calls.push({ offset, limit });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const answer = () => {
      this.inFlight--;
      return { items: this.items.slice(offset, offset + limit), total: this.items.length };
    };
    const p = new Promise<{ items: W[]; total: number }>((resolve) => {
      const release = () => resolve(answer());
      if (this.auto) setImmediate(release);
      else this.pending.push({ offset, release });
    });
    this.notify();
    return p;
  }

  /** Pages started and not answered yet (manual mode). */
  get waiting(): number {
    return this.pending.length;
  }

  /** Resolves once `n` pages wait for an answer (manual mode). */
  async waitForPending(n: number): Promise<void> {
    while (this.pending.length < n) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Answers every waiting page. */
  release(): void {
    for (const p of this.pending.splice(0)) p.release();
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** Lets every queued callback and I/O turn run, so whatever would start now has started. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** What the suite needs from one adapter: its task page size and a provider over a fake task list. */
export interface PagingBinding<W> {
  provider: string;
  /** Items per vendor page the adapter asks for. */
  pageSize: number;
  /** The wire task number `i`, created `createdSec` seconds after the epoch of the test. */
  wireTask(i: number, createdSec: number): W;
  /** A provider whose task list is `list` (pages in flight at once: `concurrency`). */
  listTasks(list: FakeVendorList<W>, concurrency: number): (query: ListQuery, ctx?: CallContext) => Promise<ListPage<Task>>;
}

const REGION = 'fake-region-1';
const q = (over: Partial<ListQuery> = {}): ListQuery => ({ region: REGION, offset: 0, limit: 10, order: ListOrder.CREATED_DESC, filter: {}, ...over });
const ids = (xs: readonly { nativeId: string }[]) => xs.map((x) => x.nativeId);

/**
 * The paging plan of one adapter's listTasks against a fake vendor list of 5.5 pages, newest first
 * (as every simulator answers): the pages a window needs, concurrently within the account's page
 * concurrency, the whole list in two rounds for an order the vendor cannot do, pages kept in
 * `ctx.pages`, and the fall-back when the vendor answers oldest first.
 */
export function definePagingSuite<W>(b: PagingBinding<W>): void {
  const size = b.pageSize;
  const count = size * 5 + Math.floor(size / 2);
  // Task i is created at second 1000 + i: the newest first is count-1 ... 0.
  const newestFirst = () => Array.from({ length: count }, (_, k) => b.wireTask(count - 1 - k, 1000 + count - 1 - k));
  const expectedNewest = (offset: number, limit: number) => Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, k) => count - 1 - offset - k);

  describe(`${b.provider}: list paging (adapters/common/paging.ts)`, () => {
    test('the first page of N costs only the vendor pages covering N (plus one neighbour)', async () => {
      const list = new FakeVendorList(newestFirst());
      const listTasks = b.listTasks(list, 4);
      const n = size + Math.floor(size / 2);
      const page = await listTasks(q({ limit: n }));
      assert.equal(page.totalCount, count);
      assert.equal(page.items.length, n);
      assert.deepEqual(page.items.map((t) => t.name), expectedNewest(0, n).map((i) => `task-${i}`));
      // Items 0..n (n + 1 with the neighbour that proves the order): pages 0 and 1 of 6.
      assert.deepEqual(list.calls.map((c) => c.offset), [0, size]);
      // A later window: pages 2 and 3 only (the total is known now).
      list.calls = [];
      const later = await listTasks(q({ offset: 2 * size + 1, limit: size }));
      assert.deepEqual(later.items.map((t) => t.name), expectedNewest(2 * size + 1, size).map((i) => `task-${i}`));
      assert.deepEqual(list.calls.map((c) => c.offset).sort((a, b2) => a - b2), [2 * size, 3 * size]);
    });

    test('the pages of a window come concurrently, never more than the page concurrency', async () => {
      const list = new FakeVendorList(newestFirst(), false);
      const listTasks = b.listTasks(list, 2);
      const done = listTasks(q({ limit: 4 * size }));
      let settled = false;
      void done.then(() => (settled = true));
      while (!settled) {
        await Promise.race([list.waitForPending(1), done]);
        await settle();
        assert.ok(list.waiting <= 2, `${list.waiting} pages in flight with a page concurrency of 2`);
        list.release();
        await settle();
      }
      const page = await done;
      assert.equal(list.maxInFlight, 2, 'two pages in flight at once');
      assert.equal(list.calls.length, 5, 'items 0..4 pages + 1: five pages');
      assert.deepEqual(ids(page.items).length, 4 * size);
    });

    test('an order the vendor cannot do (NAME_ASC): every page, in two rounds, and the right order', async () => {
      const list = new FakeVendorList(newestFirst(), false);
      const listTasks = b.listTasks(list, 8);
      const done = listTasks(q({ order: ListOrder.NAME_ASC, offset: 3, limit: 20 }));
      await list.waitForPending(1);
      await settle();
      assert.equal(list.waiting, 1, 'round 1: page 0 alone (the total is unknown)');
      list.release();
      await list.waitForPending(5);
      await settle();
      assert.equal(list.waiting, 5, 'round 2: every other page at once');
      list.release();
      const page = await done;
      assert.equal(list.calls.length, 6);
      const all = newestFirst().map((_, k) => `task-${count - 1 - k}`);
      assert.deepEqual(page.items.map((t) => t.name), [...all].sort((x, y) => x.localeCompare(y, 'en')).slice(3, 23));
      assert.deepEqual(page.items, [...page.items].sort(compareBy(ListOrder.NAME_ASC)));
      assert.equal(page.totalCount, count);
    });

    test('a ctx.pages store makes the second read of the same pages free', async () => {
      const list = new FakeVendorList(newestFirst());
      const listTasks = b.listTasks(list, 4);
      const pages = new PageMemo();
      const first = await listTasks(q({ limit: 5 }), { pages });
      const calls = list.calls.length;
      assert.ok(calls >= 1);
      const again = await listTasks(q({ limit: 5 }), { pages });
      assert.equal(list.calls.length, calls, 'no vendor call the second time');
      assert.deepEqual(ids(again.items), ids(first.items));
      // The whole-list plan reuses the stored page 0 too.
      await listTasks(q({ order: ListOrder.NAME_ASC }), { pages });
      assert.equal(list.calls.length, calls + 5, 'pages 1..5 only');
    });

    test('a vendor answering oldest first: the window is not taken, the whole list is read and the answer is right', async () => {
      const list = new FakeVendorList(newestFirst().reverse());
      const listTasks = b.listTasks(list, 4);
      const page = await listTasks(q({ offset: 2, limit: 10 }));
      assert.deepEqual(page.items.map((t) => t.name), expectedNewest(2, 10).map((i) => `task-${i}`));
      assert.equal(page.totalCount, count);
      assert.deepEqual(list.calls.map((c) => c.offset).sort((x, y) => x - y), [0, 1, 2, 3, 4, 5].map((k) => k * size), 'every page once (the window\'s page is not read again)');
    });
  });
}
