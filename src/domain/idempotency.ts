/**
 * The idempotency window: a mutation repeated with the same idempotency key (same principal, same
 * mutation field) is answered with the first call's result instead of being sent again. The GraphQL
 * layer applies it to every mutation through one wrapper (src/graphql/idempotency.ts).
 *
 * One record per (principal, mutation field, key), kept `ttlMs` (default 24 h):
 * - `pending` while the first call runs (at most `inFlightTtlMs`, so the key of an instance that
 *   died frees up): a repeat is refused with CONFLICT, retryable, `retryAfter` 1 s;
 * - `done` with the first result's JSON: a repeat answers it (the first call answers the same JSON,
 *   so both resolve identically: the model is plain data, dates are ISO strings);
 * - `unknown` when the first call ended `outcome: UNKNOWN` (sent, answer lost, not settled by the
 *   read-back): a repeat answers that error again rather than risk applying the write twice;
 * - nothing when the first call failed definitely (a refusal, bad input, throttling): the key is
 *   released and the client may retry with it.
 * The same key with other arguments (their fingerprint differs) is BAD_USER_INPUT on `idempotencyKey`.
 *
 * Records live in memory (an LRU of `maxEntries`) or, when `pubsub.kind` is redis, in Redis under
 * `pubsub.keyPrefix + 'idem:'`, shared by every instance. If Redis cannot be reached, a keyed
 * mutation is refused (UPSTREAM_UNAVAILABLE, retryable, nothing sent): the window never silently
 * stops deduplicating.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { GatewayError, toGatewayError, type ErrorCode } from '../core/errors.js';
import type { Logger, ProviderId } from '../core/model.js';

export interface IdempotencyOptions {
  /** How long a key's first result is answered to repeats, ms. */
  ttlMs: number;
  /** Keys kept in memory (the memory store), least recently used dropped first. */
  maxEntries: number;
  /** How long a key whose first call has not finished refuses repeats, ms. */
  inFlightTtlMs: number;
}

/** Whose key it is and for which mutation field. */
export interface IdempotencyScope {
  principal: string;
  field: string;
  key: string;
}

interface StoredError {
  code: ErrorCode;
  message: string;
  provider?: ProviderId;
  account?: string;
  providerCode?: string;
  requestId?: string;
  httpStatus?: number;
}

export type IdempotencyEntry =
  | { state: 'pending'; fingerprint: string; owner: string }
  | { state: 'done'; fingerprint: string; result: string }
  | { state: 'unknown'; fingerprint: string; error: StoredError };

/** Where the records live. Every method may throw when the store is unreachable. */
export interface IdempotencyStore {
  /** Stores `entry` for `ttlMs` unless `key` has a record: null when stored, else the record there. */
  claim(key: string, entry: IdempotencyEntry, ttlMs: number): Promise<IdempotencyEntry | null>;
  /** Replaces the pending record `owner` holds with `entry` (for `ttlMs`). */
  settle(key: string, owner: string, entry: IdempotencyEntry, ttlMs: number): Promise<void>;
  /** Drops the pending record `owner` holds. */
  release(key: string, owner: string): Promise<void>;
  close(): Promise<void>;
}

/** The records in one process: an LRU with per-record expiry (`now`: the clock, injectable for tests). */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly lru: LRUCache<string, IdempotencyEntry>;

  constructor(options: { maxEntries: number; now?: () => number }) {
    this.lru = new LRUCache({ max: Math.max(1, options.maxEntries), ttl: 1, ttlResolution: 0, ...(options.now ? { perf: { now: options.now } } : {}) });
  }

  async claim(key: string, entry: IdempotencyEntry, ttlMs: number): Promise<IdempotencyEntry | null> {
    const there = this.lru.get(key);
    if (there) return there;
    this.lru.set(key, entry, { ttl: ttlMs });
    return null;
  }

  async settle(key: string, owner: string, entry: IdempotencyEntry, ttlMs: number): Promise<void> {
    const there = this.lru.get(key);
    if (there?.state === 'pending' && there.owner === owner) this.lru.set(key, entry, { ttl: ttlMs });
  }

  async release(key: string, owner: string): Promise<void> {
    const there = this.lru.get(key);
    if (there?.state === 'pending' && there.owner === owner) this.lru.delete(key);
  }

  async close(): Promise<void> {
    this.lru.clear();
  }
}

/** Compare-and-set on the pending record's owner (only the call that claimed a key settles or releases it). */
const SETTLE = `local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v).owner == ARGV[1] then return redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 0`;
const RELEASE = `local v = redis.call('GET', KEYS[1])
if v and cjson.decode(v).owner == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** The records in Redis (SET NX PX to claim; Lua compare-and-set to settle), shared by every instance. */
export class RedisIdempotencyStore implements IdempotencyStore {
  private readonly redis: Redis;

  constructor(options: { url: string; keyPrefix: string; logger?: Logger }) {
    // Fail fast while Redis is away: a keyed mutation is refused rather than left waiting.
    this.redis = new Redis(options.url, { keyPrefix: `${options.keyPrefix}idem:`, maxRetriesPerRequest: 1, commandTimeout: 2_000, connectionName: 'migraph-idempotency' });
    // ioredis reconnects by itself; log without the URL (it may hold a password).
    this.redis.on('error', (e: Error) => options.logger?.warn({ err: e.message }, 'idempotency window: Redis connection error'));
  }

  async claim(key: string, entry: IdempotencyEntry, ttlMs: number): Promise<IdempotencyEntry | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if ((await this.redis.set(key, JSON.stringify(entry), 'PX', ttlMs, 'NX')) === 'OK') return null;
      const there = await this.redis.get(key);
      // Expired between the two commands: claim again.
      if (there !== null) return JSON.parse(there) as IdempotencyEntry;
    }
    throw new Error('idempotency record changed three times while claiming it');
  }

  async settle(key: string, owner: string, entry: IdempotencyEntry, ttlMs: number): Promise<void> {
    await this.redis.eval(SETTLE, 1, key, owner, JSON.stringify(entry), String(ttlMs));
  }

  async release(key: string, owner: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, key, owner);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Argument names whose values are write-only secrets: fingerprinted as present / absent only. */
const SECRET_NAME = /password|secret/i;

/** JSON with sorted keys, secrets replaced by a marker: the same arguments always give the same text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value === undefined ? null : value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined) continue;
    out[k] = SECRET_NAME.test(k) && v !== null ? '<set>' : canonical(v);
  }
  return out;
}

/** The fingerprint of a mutation's arguments (the idempotency key itself left out by the caller). */
export function fingerprintOf(args: unknown): string {
  return sha256(canonical(args));
}

function storedError(e: GatewayError): StoredError {
  return { code: e.code, message: e.message, provider: e.provider, account: e.account, providerCode: e.providerCode, requestId: e.requestId, httpStatus: e.httpStatus };
}

export class IdempotencyWindow {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly options: IdempotencyOptions,
    private readonly logger?: Logger,
  ) {}

  /** The window the configuration asks for: Redis when `redisUrl` is given (pubsub.kind redis), memory otherwise. */
  static create(options: IdempotencyOptions, deps: { redisUrl?: string; keyPrefix: string; logger?: Logger }): IdempotencyWindow {
    const store = deps.redisUrl ? new RedisIdempotencyStore({ url: deps.redisUrl, keyPrefix: deps.keyPrefix, logger: deps.logger }) : new MemoryIdempotencyStore({ maxEntries: options.maxEntries });
    return new IdempotencyWindow(store, options, deps.logger);
  }

  /**
   * The key as the providers see it (Alibaba's ClientToken): 64 hex digits from the principal, the
   * field, the client's key and the arguments' fingerprint, so two principals' keys never collide
   * and a key reused for other arguments after the window never names the first call's job.
   */
  static token(scope: IdempotencyScope, fingerprint: string): string {
    return sha256(['migraph-idempotency-v1', scope.principal, scope.field, scope.key, fingerprint]);
  }

  private static recordKey(scope: IdempotencyScope): string {
    return sha256([scope.principal, scope.field, scope.key]);
  }

  /** Runs `fn` once per scope within the window; see the file comment for what a repeat gets. */
  async run<T>(scope: IdempotencyScope, fingerprint: string, fn: () => Promise<T>): Promise<T> {
    const key = IdempotencyWindow.recordKey(scope);
    const owner = randomUUID();
    let there: IdempotencyEntry | null;
    try {
      there = await this.store.claim(key, { state: 'pending', fingerprint, owner }, this.options.inFlightTtlMs);
    } catch (e) {
      this.logger?.warn({ err: (e as Error).message, field: scope.field }, 'idempotency window unavailable: keyed mutation refused');
      throw new GatewayError('UPSTREAM_UNAVAILABLE', 'the idempotency window (Redis) is unavailable; nothing was sent: retry with the same idempotencyKey', { retryable: true, retryAfterMs: 1_000 });
    }
    if (there) return this.repeat(there, fingerprint, scope);
    let result: T;
    try {
      result = await fn();
    } catch (e) {
      const err = toGatewayError(e);
      if (err.outcome === 'UNKNOWN') await this.quietly(() => this.store.settle(key, owner, { state: 'unknown', fingerprint, error: storedError(err) }, this.options.ttlMs), scope);
      else await this.quietly(() => this.store.release(key, owner), scope);
      throw e;
    }
    const json = JSON.stringify(result ?? null);
    await this.quietly(() => this.store.settle(key, owner, { state: 'done', fingerprint, result: json }, this.options.ttlMs), scope);
    return JSON.parse(json) as T;
  }

  private repeat<T>(there: IdempotencyEntry, fingerprint: string, scope: IdempotencyScope): T {
    if (there.fingerprint !== fingerprint) {
      throw new GatewayError('BAD_USER_INPUT', `idempotencyKey: this key was already used for ${scope.field} with other arguments; use a new key for a new request`, { field: 'idempotencyKey' });
    }
    if (there.state === 'pending') {
      throw new GatewayError('CONFLICT', `idempotencyKey: the first ${scope.field} with this key is still in progress; retry shortly for its result`, { retryable: true, retryAfterMs: 1_000, field: 'idempotencyKey' });
    }
    this.logger?.debug({ field: scope.field, state: there.state }, 'idempotency key repeated: first result answered');
    if (there.state === 'done') return JSON.parse(there.result) as T;
    const e = there.error;
    throw new GatewayError(e.code, `an earlier ${scope.field} with this idempotencyKey ended with an unknown outcome and is not sent again: ${e.message}`, {
      provider: e.provider,
      account: e.account,
      providerCode: e.providerCode,
      requestId: e.requestId,
      httpStatus: e.httpStatus,
      retryable: false,
      outcome: 'UNKNOWN',
    });
  }

  /** A store write after the call: the call's own answer wins; a failure is logged (the record then expires as pending). */
  private async quietly(op: () => Promise<void>, scope: IdempotencyScope): Promise<void> {
    try {
      await op();
    } catch (e) {
      this.logger?.error({ err: (e as Error).message, field: scope.field }, 'idempotency window: could not record the outcome of a keyed mutation');
    }
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
