/**
 * Quota buckets in Redis, shared by every gateway instance: one small Lua script takes a token from
 * every bucket of a call atomically (all or none) and answers 0 or the milliseconds to wait. Time is
 * Redis's own (`TIME`), so instances with skewed clocks share one refill schedule.
 *
 * Redis unreachable (not connected, or a command fails or times out): the call is counted in a local
 * in-memory bucket of the same size instead (each instance then keeps its own budget), logged once
 * per outage and counted (`onFallback`). Never refuse everything, never admit everything.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../core/model.js';
import { MemoryQuotaStore, type BucketSpec, type QuotaStore } from '../../adapters/common/quota.js';

/**
 * KEYS: the buckets. ARGV[1]: the time in ms, or '' for Redis TIME; ARGV[2]: the reserve share;
 * then per bucket i: ARGV[1 + 2i] calls per second, ARGV[2 + 2i] burst. Returns 0 or ms to wait.
 */
const TAKE_SCRIPT = `
local now
if ARGV[1] ~= '' then
  now = tonumber(ARGV[1])
else
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local reserve = tonumber(ARGV[2])
local states = {}
local wait = 0
for i = 1, #KEYS do
  local rate = tonumber(ARGV[1 + 2 * i]) / 1000
  local burst = tonumber(ARGV[2 + 2 * i])
  local s = redis.call('HMGET', KEYS[i], 't', 'ts')
  local tokens = tonumber(s[1])
  local ts = tonumber(s[2])
  if tokens == nil or ts == nil then
    tokens = burst
    ts = now
  end
  if now > ts then
    tokens = math.min(burst, tokens + (now - ts) * rate)
    ts = now
  end
  local need = math.min(burst, 1 + math.floor(reserve * burst))
  if tokens < need then
    local w = math.ceil((need - tokens) / rate)
    if w > wait then wait = w end
  end
  states[i] = { tokens, ts, math.ceil(burst / rate) + 60000 }
end
for i = 1, #KEYS do
  local st = states[i]
  local tokens = st[1]
  if wait == 0 then tokens = tokens - 1 end
  redis.call('HSET', KEYS[i], 't', tostring(tokens), 'ts', tostring(st[2]))
  redis.call('PEXPIRE', KEYS[i], st[3])
end
return wait
`;

export interface RedisQuotaStoreOptions {
  redisUrl: string;
  /** Prefix of every key (`pubsub.keyPrefix`); the buckets are `<prefix>quota:<bucket key>`. */
  keyPrefix?: string;
  logger?: Logger;
  /** Called once per call counted locally because Redis was unreachable. */
  onFallback?: () => void;
  /** Time source of the fallback buckets. Default Date.now. */
  now?: () => number;
  /**
   * Time sent to the script instead of Redis TIME (tests drive both instances' buckets with one
   * injected clock). Default: Redis TIME.
   */
  scriptNow?: () => number;
  /** Longest wait for one Redis answer before counting locally, ms. Default 500. */
  commandTimeoutMs?: number;
  /** How long the first calls wait for the first connection before counting locally, ms. Default 1000. */
  connectWaitMs?: number;
}

type TakeCommand = (numKeys: number, ...args: (string | number)[]) => Promise<number>;

export class RedisQuotaStore implements QuotaStore {
  private readonly redis: Redis;
  private readonly local: MemoryQuotaStore;
  private readonly prefix: string;
  private down = false;
  private readonly firstReady: Promise<void>;

  constructor(private readonly options: RedisQuotaStoreOptions) {
    this.prefix = `${options.keyPrefix ?? 'migraph:'}quota:`;
    this.local = new MemoryQuotaStore(options.now ?? Date.now);
    this.redis = new Redis(options.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 500,
      // Keep trying to come back, at most every 2 s.
      retryStrategy: (times) => Math.min(2_000, 100 * times),
    });
    this.redis.on('error', (e: Error) => options.logger?.debug({ err: e.message }, 'upstream quota: Redis error'));
    this.redis.defineCommand('migraphQuotaTake', { lua: TAKE_SCRIPT });
    // The first calls after start wait (briefly) for the connection instead of counting locally.
    this.firstReady = new Promise<void>((resolve) => {
      const t = setTimeout(resolve, options.connectWaitMs ?? 1_000);
      t.unref();
      this.redis.once('ready', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /** Resolves once the first connection is up (or after a second without one). */
  ready(): Promise<void> {
    return this.firstReady;
  }

  async take(buckets: readonly BucketSpec[], reserve: number): Promise<number> {
    if (this.redis.status !== 'ready') await this.firstReady;
    try {
      const take = (this.redis as unknown as { migraphQuotaTake: TakeCommand }).migraphQuotaTake.bind(this.redis);
      const args: (string | number)[] = [String(this.options.scriptNow?.() ?? ''), reserve];
      for (const b of buckets) args.push(b.callsPerSecond, b.burst);
      const wait = Number(await take(buckets.length, ...buckets.map((b) => this.prefix + b.key), ...args));
      if (this.down) {
        this.down = false;
        this.options.logger?.info({}, 'upstream quota: Redis is back; buckets are shared again');
      }
      return wait;
    } catch (e) {
      if (!this.down) {
        this.down = true;
        this.options.logger?.warn({ err: (e as Error).message }, 'upstream quota: Redis unreachable; counting calls in this instance until it is back');
      }
      this.options.onFallback?.();
      return this.local.takeNow(buckets, reserve);
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
