/**
 * Vendor list paging at the minimum, for every adapter: only the vendor pages a window needs, pages
 * fetched concurrently (bounded per account), pages kept once in the caller's page store (the
 * gateway's cache, or one scan's memo: `CallContext.pages`), and, for a scan (`CallContext.scan`),
 * every remaining page fetched at once in the background so the scan's next windows find them.
 *
 * A list is described by a {@link PagedList}: a key naming the list and its native filter within the
 * account, the vendor page size, and how to fetch one page. The adapter decides the plan:
 * - {@link Pager.window} when the vendor's order is the asked order (a window of the vendor list is a
 *   window of the answer): the pages covering [offset, offset + limit);
 * - {@link Pager.all} otherwise (the cheapest correct plan when the vendor cannot sort as asked): the
 *   first page, then every other page in parallel; with a total already seen, all pages in one round.
 * {@link createdDescWindow} is the verified form of the first plan for vendors that document no order
 * (all three): it takes the window only when the pages read prove it is newest first.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import type { CallContext, PageStore } from '../port.js';
import { compareBy, pageOf } from '../../src/core/list.js';
import { ListOrder, type ListPage, type ListQuery } from '../../src/core/model.js';

/** One vendor page: its items in vendor order and the vendor's total for the list. */
export interface VendorPage<W> {
  items: W[];
  total: number;
}

export interface PagedList<W> {
  /** The list and its native filter, unique within the account (e.g. `tasks\0region\0{"state":"RUNNING"}`). */
  key: string;
  /** Items per vendor page (the largest the vendor accepts). */
  pageSize: number;
  /** Fetches the vendor page with this zero-based index. */
  fetch(index: number): Promise<VendorPage<W>>;
}

/** A PagedList over an offset/limit API: `read(offset, limit)` answers one page. */
export function offsetPaged<W>(key: string, pageSize: number, read: (offset: number, limit: number) => Promise<VendorPage<W>>): PagedList<W> {
  return { key, pageSize, fetch: (index) => read(index * pageSize, pageSize) };
}

/** Totals last seen, per list key: bounded, oldest first out. */
const MAX_HINTS = 1_000;

/** One per account (adapter instance): its page concurrency and the totals it has seen. */
export class Pager {
  private readonly limit: LimitFunction;
  private readonly totals = new Map<string, number>();

  /** `concurrency`: vendor list pages in flight at once for the account (`upstream.perAccountConcurrency`). */
  constructor(readonly concurrency = 4) {
    this.limit = pLimit(Math.max(1, concurrency));
  }

  /** The page `index` of `list`: from the store when one is given (loaded once for concurrent callers). */
  page<W>(list: PagedList<W>, index: number, ctx?: CallContext): Promise<VendorPage<W>> {
    const load = () =>
      this.limit(() => list.fetch(index)).then((p) => {
        this.hint(list.key, p.total);
        return p;
      });
    return ctx?.pages ? ctx.pages.page(`${list.key}\u0000${index}`, load) : load();
  }

  /** The total last seen for the list, if any. */
  knownTotal(key: string): number | undefined {
    return this.totals.get(key);
  }

  private hint(key: string, total: number): void {
    this.totals.delete(key);
    this.totals.set(key, total);
    if (this.totals.size > MAX_HINTS) this.totals.delete(this.totals.keys().next().value!);
  }

  /**
   * Items [offset, offset + limit) in vendor order, and the total: only the pages that cover the
   * window, in one parallel round once the list's total is known (pages past the end skipped; if the
   * list has grown since, the missing pages are read in a second round). The first time a list is
   * read, its first page of the window comes alone, then the rest up to the total. `limit` 0 reads one page for
   * the total. In a scan, every other page of the list is fetched too (not awaited), into the store;
   * in a walk (`ctx.readAhead`), the pages of the next `readAhead` items.
   */
  async window<W>(list: PagedList<W>, offset: number, limit: number, ctx?: CallContext): Promise<VendorPage<W>> {
    const size = list.pageSize;
    if (limit <= 0) {
      const p = await this.page(list, 0, ctx);
      return { items: [], total: p.total };
    }
    const first = Math.floor(offset / size);
    const wanted = Math.floor((offset + limit - 1) / size);
    const hint = this.totals.get(list.key);
    // Without a total seen before, the first page comes alone (its total bounds the rest): a cold
    // window never reads pages past the end. With one, every page of the window at once.
    const last = hint === undefined ? first : Math.max(first, Math.min(wanted, Math.ceil(hint / size) - 1));
    const pages = await Promise.all(range(first, last).map((i) => this.page(list, i, ctx)));
    const total = Math.max(...pages.map((p) => p.total));
    const needed = Math.min(wanted, Math.ceil(total / size) - 1);
    if (needed > last) pages.push(...(await Promise.all(range(last + 1, needed).map((i) => this.page(list, i, ctx)))));
    if (ctx?.scan && ctx.pages) this.prefetch(list, 0, Math.ceil(total / size) - 1, ctx);
    else if (ctx?.readAhead && ctx.pages) this.prefetch(list, wanted + 1, Math.min(Math.floor((offset + limit + ctx.readAhead - 1) / size), Math.ceil(total / size) - 1), ctx);
    const start = offset - first * size;
    return { items: pages.flatMap((p) => p.items).slice(start, start + limit), total };
  }

  /** Every item of the list in vendor order: page 0 (or, with a known total, every page at once), then the rest in parallel. */
  async all<W>(list: PagedList<W>, ctx?: CallContext): Promise<W[]> {
    const size = list.pageSize;
    const hint = this.totals.get(list.key);
    const firstRound = hint === undefined ? 1 : Math.max(1, Math.ceil(hint / size));
    const pages = await Promise.all(range(0, firstRound - 1).map((i) => this.page(list, i, ctx)));
    const total = Math.max(...pages.map((p) => p.total));
    const count = Math.max(1, Math.ceil(total / size));
    if (count > pages.length) pages.push(...(await Promise.all(range(pages.length, count - 1).map((i) => this.page(list, i, ctx)))));
    const out: W[] = [];
    for (const p of pages) {
      out.push(...p.items);
      // A short page ends the list even if the total said otherwise (items deleted meanwhile).
      if (p.items.length < size) break;
    }
    return out;
  }

  /** Starts pages `from`..`to` into the store (a scan or a walk reads them next); errors surface when read. */
  private prefetch<W>(list: PagedList<W>, from: number, to: number, ctx: CallContext): void {
    for (let i = from; i <= to; i++) this.page(list, i, ctx).catch(() => undefined);
  }
}

/** A PageStore in memory for one operation (a scan's memo, or one list call's two plans): never expires. */
export class PageMemo implements PageStore {
  private readonly entries = new Map<string, Promise<unknown>>();

  /** Pages loaded (or loading) so far. */
  get size(): number {
    return this.entries.size;
  }

  page<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.entries.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = load();
      // A failed load is not kept: the next reader tries again.
      hit.catch(() => this.entries.delete(key));
      this.entries.set(key, hit);
    }
    return hit;
  }
}

/**
 * A page of `query` from a vendor list: when `windowable` (the list's native filter is the whole
 * filter), the CREATED_DESC window if the pages prove it ({@link createdDescWindow}); otherwise, or
 * when it is not proven, every page ({@link Pager.all}) and pageOf applies filter, order and slice.
 * The pages the window read are not read again for the whole list (a memo when `ctx.pages` is absent).
 */
export async function listPage<W, T extends { createdAt: string | null; nativeId: string; name: string }>(
  pager: Pager,
  list: PagedList<W>,
  query: ListQuery,
  map: (w: W) => T,
  ctx: CallContext | undefined,
  windowable: boolean,
): Promise<ListPage<T>> {
  const plan = windowable && query.order === ListOrder.CREATED_DESC && !ctx?.pages ? { ...ctx, pages: new PageMemo() } : ctx;
  const page = windowable ? await createdDescWindow(pager, list, query, map, plan) : null;
  return page ?? pageOf((await pager.all(list, plan)).map(map), query);
}

/**
 * The context without its page store and scan flag: for reads that must see the vendor now (a
 * write's read-back, adapters/common/reconcile.ts), never a page stored before the write.
 */
export function unstored(ctx?: CallContext): CallContext | undefined {
  if (!ctx?.pages && !ctx?.scan) return ctx;
  const { pages: _pages, scan: _scan, ...rest } = ctx;
  return rest;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/**
 * The CREATED_DESC window of a vendor list whose order is undocumented but observed newest first.
 * The vendor pages covering the window and one neighbour on each side are read; the window is taken
 * only when they prove it: every item dated, creation times non-increasing across the pages read,
 * and the creation-time tie groups at the window's two edges wholly inside them (ListOrder breaks
 * ties by native id, the vendor in its own way, so the pages read are sorted by `compareBy` and the
 * window is the same positions in them). An edge group that runs past the pages read takes one more
 * page on that side (one more round). Otherwise null, and the caller reads the whole list
 * ({@link Pager.all}) and sorts it.
 */
export async function createdDescWindow<W, T extends { createdAt: string | null; nativeId: string; name: string }>(
  pager: Pager,
  list: PagedList<W>,
  query: ListQuery,
  map: (w: W) => T,
  ctx?: CallContext,
): Promise<ListPage<T> | null> {
  if (query.order !== ListOrder.CREATED_DESC) return null;
  const size = list.pageSize;
  if (query.limit <= 0) return { items: [], totalCount: (await pager.window(list, query.offset, 0, ctx)).total };
  // Whole pages from the one before the window's first item to the one after its last.
  let from = Math.floor(Math.max(0, query.offset - 1) / size);
  const to = Math.floor((query.offset + query.limit) / size);
  const read = await pager.window(list, from * size, (to - from + 1) * size, ctx);
  let total = read.total;
  let items = read.items.map(map);
  for (let round = 0; ; round++) {
    if (query.offset >= total) return { items: [], totalCount: total };
    const start = from * size;
    const s = query.offset - start;
    const e = Math.min(query.offset + query.limit, total) - start;
    if (e > items.length || items.some((t) => t.createdAt === null)) return null;
    for (let i = 1; i < items.length; i++) if (items[i - 1]!.createdAt! < items[i]!.createdAt!) return null;
    const headOpen = start > 0 && items[0]!.createdAt === items[s]!.createdAt;
    const tailOpen = start + items.length < total && items[items.length - 1]!.createdAt === items[e - 1]!.createdAt;
    if (!headOpen && !tailOpen) return { items: [...items].sort(compareBy(query.order)).slice(s, e), totalCount: total };
    // A second round at most; a short page inside the range means the list moved under the read.
    if (round > 0 || (tailOpen && items.length % size !== 0)) return null;
    const [head, tail] = await Promise.all([
      headOpen ? pager.page(list, from - 1, ctx) : null,
      tailOpen ? pager.page(list, from + Math.ceil(items.length / size), ctx) : null,
    ]);
    if (head) {
      if (head.items.length < size) return null;
      items = [...head.items.map(map), ...items];
      from--;
    }
    if (tail) items = [...items, ...tail.items.map(map)];
    total = Math.max(total, head?.total ?? 0, tail?.total ?? 0);
  }
}

export type { PageStore };
