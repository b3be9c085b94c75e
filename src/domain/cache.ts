/**
 * The shared short-TTL cache of vendor list pages and describe results, across requests.
 *
 * It wraps each account's provider (CachingProvider), so a key can never cross accounts: every key
 * starts with the account id and the account's generation. Any mutation through the wrapper (port
 * writes, task actions, and every non-read method of the provider's extension) bumps the account's
 * generation, which drops all its entries at once; the mutation's own result comes straight from the
 * provider, so it is never stale. Concurrent identical calls share one upstream call (single-flight).
 * The wrapper is in place even with the cache off, so `onInvalidate` reports every mutation.
 *
 * Lists are cached as the vendor's pages (CallContext.pages, read by adapters/common/paging.ts), never
 * as offset/limit windows: a partition's pages are kept once, whichever window, cursor walk, report
 * or CSV reads them. The store is bounded in bytes (`cache.maxBytes`, an estimate of each value's
 * size) as well as in entries, and expired entries are purged (at most once per TTL, on a write).
 * A scan (report, CSV) reads through its own memo (ScanPages), so it reads each vendor page once
 * even with the cache off or its entries evicted.
 */
import { LRUCache } from 'lru-cache';
import { PageMemo } from '../../adapters/common/paging.js';
import type { CallContext, CreateTaskInput, DeleteOutcome, DeleteTaskOutcome, MigrationProvider, PageStore, UpdateTaskInput } from '../../adapters/port.js';
import type { ListPage, ListQuery, Source, Tag, TaskAction, Task } from '../core/model.js';

export interface CacheOptions {
  enabled: boolean;
  ttlMs: number;
  maxEntries: number;
  /** Bound on the estimated size of every stored value together (approxBytes); default 64 MiB. */
  maxBytes?: number;
}

export const DEFAULT_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * A fast estimate of the memory a JSON-like value holds (V8: about 2 bytes per string character,
 * 8 per number, some overhead per object, array and property), for bounding the cache in bytes.
 */
export function approxBytes(value: unknown, depth = 0): number {
  if (value === null || value === undefined) return 8;
  switch (typeof value) {
    case 'string':
      return 16 + 2 * value.length;
    case 'number':
    case 'boolean':
      return 8;
    case 'object': {
      if (depth > 32) return 64;
      let n = 32;
      if (Array.isArray(value)) {
        for (const v of value) n += 8 + approxBytes(v, depth + 1);
        return n;
      }
      for (const k in value as Record<string, unknown>) n += 16 + 2 * k.length + approxBytes((value as Record<string, unknown>)[k], depth + 1);
      return n;
    }
    default:
      return 16;
  }
}

export interface CacheStats {
  hits: number;
  misses: number;
  invalidations: number;
  size: number;
  /** Estimated bytes held (approxBytes of every stored value). */
  bytes: number;
}

/** One store for the whole process; CachingProviders key into it per account. */
export class SharedCache {
  private readonly lru: LRUCache<string, { value: unknown; bytes: number }>;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly generations = new Map<string, number>();
  hits = 0;
  misses = 0;
  invalidations = 0;

  private lastPurge = 0;

  constructor(
    readonly options: CacheOptions,
    /** Milliseconds, for the purge schedule (tests inject one). */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lru = new LRUCache({
      max: Math.max(1, options.maxEntries),
      maxSize: Math.max(1, options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES),
      sizeCalculation: (entry) => Math.max(1, entry.bytes),
      ttl: Math.max(1, options.ttlMs),
      ttlAutopurge: false,
      perf: { now: () => this.now() },
    });
    this.lastPurge = this.now();
  }

  private set(key: string, value: unknown): void {
    const bytes = approxBytes(value) + 2 * key.length;
    // lru-cache refuses (and does not store) a value larger than maxSize: nothing to do then.
    this.lru.set(key, { value, bytes });
    this.purgeExpired();
  }

  /** Drops expired entries, at most once per TTL (lru-cache otherwise keeps them until read or evicted). */
  purgeExpired(force = false): number {
    const now = this.now();
    if (!force && now - this.lastPurge < this.options.ttlMs) return 0;
    this.lastPurge = now;
    const before = this.lru.size;
    this.lru.purgeStale();
    return before - this.lru.size;
  }

  /** The account's vendor pages in this cache (CallContext.pages); undefined with the cache off. */
  pagesOf(accountId: string): PageStore | undefined {
    if (!this.active) return undefined;
    return { page: <T>(key: string, load: () => Promise<T>) => this.getOrLoad(accountId, `page\u0000${key}`, load) };
  }

  get active(): boolean {
    return this.options.enabled && this.options.ttlMs > 0;
  }

  private prefix(accountId: string): string {
    return `${accountId}\u0000${this.generations.get(accountId) ?? 0}\u0000`;
  }

  /** Returns the cached value for (account, key), or loads it once for all concurrent callers. */
  async getOrLoad<T>(accountId: string, key: string, load: () => Promise<T>): Promise<T> {
    if (!this.active) return load();
    const full = this.prefix(accountId) + key;
    const hit = this.lru.get(full);
    if (hit) {
      this.hits++;
      return hit.value as T;
    }
    const pending = this.inflight.get(full);
    if (pending) {
      this.hits++;
      return pending as Promise<T>;
    }
    this.misses++;
    const promise = load().then(
      (value) => {
        // Only store if no mutation happened meanwhile (the generation is part of `full`).
        if (full.startsWith(this.prefix(accountId))) this.set(full, value);
        return value;
      },
    );
    this.inflight.set(full, promise);
    try {
      return await promise;
    } finally {
      this.inflight.delete(full);
    }
  }

  /** Reads one entity per id from the cache, loading only the missing ids in one call. */
  async getMany<T>(accountId: string, kind: string, region: string, ids: readonly string[], load: (missing: string[]) => Promise<(T | null)[]>): Promise<(T | null)[]> {
    if (!this.active) return load([...ids]);
    const prefix = this.prefix(accountId);
    const keyOf = (id: string) => `${prefix}${kind}\u0000${region}\u0000${id}`;
    const out: (T | null)[] = new Array(ids.length).fill(null);
    const missing: string[] = [];
    ids.forEach((id, i) => {
      const hit = this.lru.get(keyOf(id));
      if (hit) {
        this.hits++;
        out[i] = hit.value as T | null;
      } else if (!missing.includes(id)) {
        missing.push(id);
      }
    });
    if (missing.length === 0) return out;
    this.misses += missing.length;
    const loaded = await load(missing);
    const still = this.prefix(accountId) === prefix;
    const byId = new Map<string, T | null>();
    missing.forEach((id, j) => {
      byId.set(id, loaded[j] ?? null);
      if (still) this.set(keyOf(id), loaded[j] ?? null);
    });
    ids.forEach((id, i) => {
      if (byId.has(id)) out[i] = byId.get(id)!;
    });
    return out;
  }

  /** Stores entities a list returned, so follow-up describes of them are hits. */
  prime<T extends { nativeId: string }>(accountId: string, kind: string, region: string, items: readonly T[]): void {
    if (!this.active) return;
    const prefix = this.prefix(accountId);
    for (const item of items) this.set(`${prefix}${kind}\u0000${region}\u0000${item.nativeId}`, item);
  }

  private readonly writeListeners: ((accountId: string) => void)[] = [];

  /** Called after every mutation of an account through the gateway (the progress hub re-reads). */
  onInvalidate(listener: (accountId: string) => void): void {
    this.writeListeners.push(listener);
  }

  /** Drops every entry of the account (O(1): a new generation makes old keys unreachable). */
  invalidate(accountId: string): void {
    this.invalidations++;
    this.generations.set(accountId, (this.generations.get(accountId) ?? 0) + 1);
    for (const listener of this.writeListeners) listener(accountId);
  }

  stats(): CacheStats {
    return { hits: this.hits, misses: this.misses, invalidations: this.invalidations, size: this.lru.size, bytes: this.lru.calculatedSize };
  }
}

const READ_METHOD = /^(list|get|show|describe|check)/i;

/** A provider whose reads go through the shared cache and whose writes invalidate its account. */
export class CachingProvider implements MigrationProvider {
  readonly provider;
  readonly accountId;
  readonly regions;
  readonly capabilities;
  readonly extension: object | null;

  constructor(
    private readonly inner: MigrationProvider,
    private readonly cache: SharedCache,
  ) {
    this.provider = inner.provider;
    this.accountId = inner.accountId;
    this.regions = inner.regions;
    this.capabilities = inner.capabilities;
    this.extension = inner.extension ? this.wrapExtension(inner.extension) : null;
  }

  /** Extension methods that are not reads invalidate the account once they settle. */
  private wrapExtension(ext: object): object {
    const cache = this.cache;
    const accountId = this.accountId;
    // The proxy's own target is an empty object, so a frozen extension (non-configurable properties,
    // which a Proxy may not report as other values) can be wrapped too.
    return new Proxy({}, {
      has: (_, prop) => prop in ext,
      get(_, prop) {
        const value = Reflect.get(ext, prop, ext);
        if (typeof value !== 'function' || typeof prop !== 'string' || READ_METHOD.test(prop)) {
          return typeof value === 'function' ? value.bind(ext) : value;
        }
        return async (...args: unknown[]) => {
          try {
            return await value.apply(ext, args);
          } finally {
            cache.invalidate(accountId);
          }
        };
      },
    });
  }

  private async write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } finally {
      this.cache.invalidate(this.accountId);
    }
  }

  /**
   * A list call, with the account's page store in its context: the adapter keeps the vendor pages
   * there (a scan's own memo first, when the caller gave one, then the shared cache). The window
   * itself is not cached: windows of the same pages are cut again, cheaply, for every caller.
   */
  private async list<T extends { nativeId: string }>(kind: string, query: ListQuery, ctx: CallContext | undefined, load: (ctx: CallContext) => Promise<ListPage<T>>): Promise<ListPage<T>> {
    const shared = this.cache.pagesOf(this.accountId);
    const pages = ctx?.pages ? (shared ? layered(ctx.pages, shared) : ctx.pages) : shared;
    const page = await load({ ...ctx, ...(pages ? { pages } : {}) });
    // A list item primes the get entry only when it has the get's shape (capabilities.listItemsComplete):
    // a get is never served a list-shaped entity.
    const complete = (this.capabilities.listItemsComplete as readonly string[] | undefined) ?? [];
    if (complete.includes(kind)) this.cache.prime(this.accountId, kind, query.region, page.items);
    // Entities the list returned beside its items (UCloudStack: a listed SMC is also its Source).
    if (page.related?.sources && complete.includes('Source')) this.cache.prime(this.accountId, 'Source', query.region, page.related.sources);
    return page;
  }

  listSources(q: ListQuery, ctx?: CallContext): Promise<ListPage<Source>> {
    return this.list('Source', q, ctx, (c) => this.inner.listSources(q, c));
  }
  getSources(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Source | null)[]> {
    return this.cache.getMany(this.accountId, 'Source', region, ids, (m) => this.inner.getSources(region, m, ctx));
  }
  updateSource(region: string, id: string, input: { name?: string | null; description?: string | null }, ctx?: CallContext): Promise<Source> {
    return this.write(() => this.inner.updateSource(region, id, input, ctx));
  }
  deleteSources(region: string, ids: readonly string[], opts: { force?: boolean }, ctx?: CallContext): Promise<DeleteOutcome[]> {
    return this.write(() => this.inner.deleteSources(region, ids, opts, ctx));
  }
  listTasks(q: ListQuery, ctx?: CallContext): Promise<ListPage<Task>> {
    return this.list('Task', q, ctx, (c) => this.inner.listTasks(q, c));
  }
  getTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Task | null)[]> {
    return this.cache.getMany(this.accountId, 'Task', region, ids, (m) => this.inner.getTasks(region, m, ctx));
  }
  createTask(input: CreateTaskInput, ctx?: CallContext): Promise<Task> {
    return this.write(() => this.inner.createTask(input, ctx));
  }
  updateTask(region: string, id: string, input: UpdateTaskInput, ctx?: CallContext): Promise<Task> {
    return this.write(() => this.inner.updateTask(region, id, input, ctx));
  }
  deleteTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<DeleteTaskOutcome[]> {
    return this.write(() => this.inner.deleteTasks(region, ids, ctx));
  }
  runTaskAction(region: string, id: string, action: TaskAction, params: Record<string, unknown> | null, ctx?: CallContext): Promise<Task> {
    return this.write(() => this.inner.runTaskAction(region, id, action, params, ctx));
  }
  availableActions(task: Task): TaskAction[] {
    return this.inner.availableActions(task);
  }
  get getTags(): MigrationProvider['getTags'] {
    const inner = this.inner;
    if (!inner.getTags) return undefined;
    return (kind, region, ids, ctx) =>
      this.cache.getMany<Tag[]>(this.accountId, `Tags:${kind}`, region, ids, async (m) => inner.getTags!(kind, region, m, ctx)).then((r) => r.map((t) => t ?? []));
  }
  get listTemplates(): MigrationProvider['listTemplates'] {
    const list = this.inner.listTemplates?.bind(this.inner);
    return list && ((q, ctx) => this.list('Template', q, ctx, (c) => list(q, c)));
  }
  get getTemplates(): MigrationProvider['getTemplates'] {
    const get = this.inner.getTemplates?.bind(this.inner);
    return get && ((region, ids, ctx) => this.cache.getMany(this.accountId, 'Template', region, ids, (m) => get(region, m, ctx)));
  }
  get listProjects(): MigrationProvider['listProjects'] {
    const list = this.inner.listProjects?.bind(this.inner);
    return list && ((q, ctx) => this.list('MigrationProject', q, ctx, (c) => list(q, c)));
  }
  get getProjects(): MigrationProvider['getProjects'] {
    const get = this.inner.getProjects?.bind(this.inner);
    return get && ((region, ids, ctx) => this.cache.getMany(this.accountId, 'MigrationProject', region, ids, (m) => get(region, m, ctx)));
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

/** `first`, falling back to `then` for what it lacks: a scan's memo over the shared cache. */
function layered(first: PageStore, then: PageStore): PageStore {
  return { page: <T>(key: string, load: () => Promise<T>) => first.page(key, () => then.page(key, load)) };
}

/**
 * One scan's vendor pages (report, CSV): each page read once for the whole scan, whatever the cache
 * does meanwhile. Keys are scoped per account here (a page key is unique only within its account).
 * Held until the scan ends; a page that failed is forgotten, so a later window reads it again.
 */
export class ScanPages {
  private readonly byAccount = new Map<string, PageMemo>();

  forAccount(accountId: string): PageStore {
    let memo = this.byAccount.get(accountId);
    if (!memo) {
      memo = new PageMemo();
      this.byAccount.set(accountId, memo);
    }
    return memo;
  }

  /** Pages held (for tests and the bench). */
  get size(): number {
    let n = 0;
    for (const m of this.byAccount.values()) n += m.size;
    return n;
  }
}
