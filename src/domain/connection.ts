/**
 * Relay connections merged across (account, region) partitions.
 *
 * The cursor records, for every partition, how many of its items (in the list order) have been
 * consumed. The next page asks each partition for `first` items from its own offset, merges them in
 * order and takes `first`. While data is unchanged, pages therefore never skip or repeat items, and
 * a failed partition keeps its offset (its items come back once it answers again).
 */
import { GatewayError } from '../core/errors.js';
import { compareBy } from '../core/list.js';
import type { ListFilter, ListOrder, ListPage, ListQuery } from '../core/model.js';
import { accountErrors, fanOut, type AccountLimiter, type Partition } from './fanout.js';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

export interface Edge<T> {
  node: T;
  /** Computed on first read: most queries ask for nodes only. */
  readonly cursor: string;
}

/** An edge whose cursor is encoded only if someone reads it. */
class LazyEdge<T> implements Edge<T> {
  private encoded: string | null = null;
  constructor(
    readonly node: T,
    private readonly state: CursorState,
  ) {}

  get cursor(): string {
    this.encoded ??= encodeCursor(this.state);
    return this.encoded;
  }
}

export interface MergedConnection<T> {
  edges: Edge<T>[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** One per failed account. */
  errors: GatewayError[];
}

interface CursorState {
  v: 1;
  /** Hash of the order and filter the cursor belongs to. */
  h: string;
  /** Consumed items per partition key. */
  o: Record<string, number>;
}

/** Binds a cursor to its order and filter (FNV-1a, 53 bits: a cursor is opaque, not a credential). */
function queryHash(order: ListOrder, filter: unknown): string {
  const text = JSON.stringify([order, filter]);
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return ((h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff)).toString(36);
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, hash: string): CursorState {
  let state: CursorState;
  try {
    state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new GatewayError('BAD_USER_INPUT', 'after: is not a valid cursor', { field: 'after' });
  }
  if (!state || state.v !== 1 || typeof state.o !== 'object' || state.o === null) {
    throw new GatewayError('BAD_USER_INPUT', 'after: is not a valid cursor', { field: 'after' });
  }
  if (state.h !== hash) {
    throw new GatewayError('BAD_USER_INPUT', 'after: cursor belongs to a different filter or order', { field: 'after' });
  }
  for (const v of Object.values(state.o)) {
    if (!Number.isInteger(v) || v < 0) throw new GatewayError('BAD_USER_INPUT', 'after: is not a valid cursor', { field: 'after' });
  }
  return state;
}

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  order: ListOrder;
  filter: ListFilter;
  /** Part of the cursor hash (partition selection: providers, accounts, regions). */
  selection?: unknown;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new GatewayError('BAD_USER_INPUT', `first: must be an integer between 0 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return first;
}

interface Listable {
  nativeId: string;
  name: string;
  createdAt: string | null;
}

export async function mergedConnection<T extends Listable>(
  partitions: readonly Partition[],
  limiter: AccountLimiter,
  fetch: (p: Partition, query: ListQuery) => Promise<ListPage<T>>,
  args: ConnectionArgs,
): Promise<MergedConnection<T>> {
  const first = pageSize(args.first);
  const hash = queryHash(args.order, [args.filter, args.selection ?? null]);
  const start = args.after ? decodeCursor(args.after, hash).o : {};
  const offsets: Record<string, number> = {};
  for (const p of partitions) offsets[p.key] = start[p.key] ?? 0;

  const results = await fanOut(partitions, limiter, (p) =>
    fetch(p, { region: p.region, offset: offsets[p.key]!, limit: Math.max(first, 1), order: args.order, filter: args.filter }),
  );

  const cmp = compareBy(args.order);
  const heads: { key: string; items: T[]; at: number }[] = [];
  let totalCount = 0;
  let remaining = false;
  for (const r of results) {
    if (!r.value) continue;
    totalCount += r.value.totalCount;
    heads.push({ key: r.partition.key, items: r.value.items, at: 0 });
  }
  const consumed = { ...offsets };
  const edges: Edge<T>[] = [];
  while (edges.length < first) {
    let best: (typeof heads)[number] | undefined;
    for (const h of heads) {
      if (h.at >= h.items.length) continue;
      if (!best || cmp(h.items[h.at]!, best.items[best.at]!) < 0 || (cmp(h.items[h.at]!, best.items[best.at]!) === 0 && h.key < best.key)) best = h;
    }
    if (!best) break;
    const node = best.items[best.at++]!;
    consumed[best.key] = (consumed[best.key] ?? 0) + 1;
    edges.push(new LazyEdge(node, { v: 1, h: hash, o: { ...consumed } }));
  }
  for (const r of results) {
    if (r.value && (consumed[r.partition.key] ?? 0) < r.value.totalCount) remaining = true;
  }
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: remaining,
      hasPreviousPage: Object.values(offsets).some((o) => o > 0),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    errors: accountErrors(results),
  };
}
