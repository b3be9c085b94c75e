/**
 * Provider-neutral list helpers for adapters: the one place where the port's ListFilter and
 * ListOrder are applied to mapped entities, for whatever part of a filter an API cannot do natively.
 */
import { ListOrder, SourceState, TaskState, type ListFilter, type ListPage, type ListQuery, type Source, type Task } from './model.js';

interface Listable {
  nativeId: string;
  name: string;
  createdAt: string | null;
  state?: unknown;
  progress?: { percent: number | null };
  updatedAt?: string | null;
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

/** Rank of a unified state: its position in the enum (the lifecycle order the model declares). */
const TASK_STATE_RANK = new Map<unknown, number>(Object.values(TaskState).map((s, i) => [s, i]));
const SOURCE_STATE_RANK = new Map<unknown, number>(Object.values(SourceState).map((s, i) => [s, i]));

function stateRank(item: Listable): number | null {
  if (item.state === undefined || item.state === null) return null;
  return (isTask(item) ? TASK_STATE_RANK : SOURCE_STATE_RANK).get(item.state) ?? null;
}

/**
 * Orders by a key that may be missing: `dir` 1 ascending, -1 descending; null keys last in both
 * directions; ties (and nulls among themselves) by native id.
 */
function byKey<K extends string | number>(key: (item: Listable) => K | null, dir: 1 | -1, byId: (a: Listable, b: Listable) => number) {
  return (a: Listable, b: Listable): number => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? byId(a, b) : ka === null ? 1 : -1;
    return ka < kb ? -dir : ka > kb ? dir : byId(a, b);
  };
}

/** Comparator for a ListOrder; ties broken by native id so the order is total and stable. */
export function compareBy(order: ListOrder): (a: Listable, b: Listable) => number {
  const byId = (a: Listable, b: Listable) => (a.nativeId < b.nativeId ? -1 : a.nativeId > b.nativeId ? 1 : 0);
  const created = (a: Listable) => a.createdAt ?? '';
  const percent = (a: Listable) => (isTask(a) ? (a.progress?.percent ?? null) : null);
  const updated = (a: Listable) => a.updatedAt ?? null;
  switch (order) {
    case ListOrder.CREATED_ASC:
      return (a, b) => (created(a) < created(b) ? -1 : created(a) > created(b) ? 1 : byId(a, b));
    case ListOrder.NAME_ASC:
      return (a, b) => a.name.localeCompare(b.name, 'en') || byId(a, b);
    case ListOrder.NAME_DESC:
      return (a, b) => b.name.localeCompare(a.name, 'en') || byId(a, b);
    case ListOrder.STATE_ASC:
      return byKey(stateRank, 1, byId);
    case ListOrder.STATE_DESC:
      return byKey(stateRank, -1, byId);
    case ListOrder.PROGRESS_ASC:
      return byKey(percent, 1, byId);
    case ListOrder.PROGRESS_DESC:
      return byKey(percent, -1, byId);
    case ListOrder.UPDATED_ASC:
      return byKey(updated, 1, byId);
    case ListOrder.UPDATED_DESC:
      return byKey(updated, -1, byId);
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

/**
 * True when `filter` sets no field outside `native` (a field is set when present and, for a list or
 * a string, not empty, as matchesFilter reads it): for an adapter's "the vendor filters all of it" check.
 */
export function filtersOnly(filter: ListFilter, native: readonly (keyof ListFilter)[]): boolean {
  return (Object.keys(filter) as (keyof ListFilter)[]).every((k) => {
    const v = filter[k];
    const set = v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && v !== '';
    return !set || native.includes(k);
  });
}
