/**
 * Provider-neutral list helpers for adapters: the one place where the port's ListFilter and
 * ListOrder are applied to mapped entities, for whatever part of a filter an API cannot do natively.
 */
import { ListOrder, type ListFilter, type ListPage, type ListQuery, type Source, type Task } from './model.js';

interface Listable {
  nativeId: string;
  name: string;
  createdAt: string | null;
  state?: unknown;
  tags?: { key: string; value: string | null }[] | null;
  sourceId?: string | null;
}

/** True when `item` passes every field of `filter`. */
export function matchesFilter(item: Listable, filter: ListFilter): boolean {
  if (filter.ids && filter.ids.length > 0 && !filter.ids.includes(item.nativeId)) return false;
  if (filter.nameContains && !item.name.toLowerCase().includes(filter.nameContains.toLowerCase())) return false;
  if (filter.taskStates && filter.taskStates.length > 0 && isTask(item) && !filter.taskStates.includes(item.state)) return false;
  if (filter.sourceStates && filter.sourceStates.length > 0 && isSource(item) && !filter.sourceStates.includes(item.state))
    return false;
  if (filter.sourceId && 'sourceId' in item && item.sourceId !== filter.sourceId) return false;
  if (filter.tags && filter.tags.length > 0) {
    const tags = item.tags ?? [];
    for (const want of filter.tags) {
      if (!tags.some((t) => t.key === want.key && (want.value === null || t.value === want.value))) return false;
    }
  }
  if (filter.createdAfter && (!item.createdAt || item.createdAt < filter.createdAfter)) return false;
  if (filter.createdBefore && (!item.createdAt || item.createdAt >= filter.createdBefore)) return false;
  return true;
}

function isTask(item: Listable): item is Listable & Pick<Task, 'state'> {
  return 'progress' in item;
}

function isSource(item: Listable): item is Listable & Pick<Source, 'state'> {
  return 'agentConnected' in item;
}

/** Comparator for a ListOrder; ties broken by native id so the order is total and stable. */
export function compareBy(order: ListOrder): (a: Listable, b: Listable) => number {
  const byId = (a: Listable, b: Listable) => (a.nativeId < b.nativeId ? -1 : a.nativeId > b.nativeId ? 1 : 0);
  const created = (a: Listable) => a.createdAt ?? '';
  switch (order) {
    case ListOrder.CREATED_ASC:
      return (a, b) => (created(a) < created(b) ? -1 : created(a) > created(b) ? 1 : byId(a, b));
    case ListOrder.NAME_ASC:
      return (a, b) => a.name.localeCompare(b.name, 'en') || byId(a, b);
    case ListOrder.NAME_DESC:
      return (a, b) => b.name.localeCompare(a.name, 'en') || byId(a, b);
    case ListOrder.CREATED_DESC:
    default:
      return (a, b) => (created(a) > created(b) ? -1 : created(a) < created(b) ? 1 : byId(a, b));
  }
}

/** Filters, sorts and slices a complete list: for adapters that had to read every page. */
export function pageOf<T extends Listable>(all: readonly T[], query: ListQuery): ListPage<T> {
  const matching = all.filter((item) => matchesFilter(item, query.filter)).sort(compareBy(query.order));
  return { items: matching.slice(query.offset, query.offset + query.limit), totalCount: matching.length };
}

/** Reads every page of a native list (`fetch(offset, limit)` returns items and the total). */
export async function readAll<T>(
  fetch: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>,
  pageSize: number,
): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await fetch(offset, pageSize);
    out.push(...page.items);
    if (page.items.length < pageSize || out.length >= page.total) return out;
  }
}
