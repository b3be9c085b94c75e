/**
 * Per-principal request rate (rate-limiter-flexible): a sustained rate per second plus a burst
 * allowance, counted in Redis when Redis is configured (so every instance shares one budget per
 * principal) and in memory otherwise. If Redis is unreachable, each instance falls back to its own
 * in-memory budget (the insurance limiter) rather than refusing or admitting everyone: at once
 * while `redisHealth` says Redis is down, else after at most `commandTimeoutMs`.
 *
 * Over the limit: THROTTLED with `retryAfter` (seconds), HTTP 429 with Retry-After.
 */
import { Redis } from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { GatewayError } from '../core/errors.js';
import type { GatewayConfig } from '../config/index.js';
import type { Logger } from '../core/model.js';

type RateConfig = GatewayConfig['limits']['rate'];

/** Seconds in which the burst allowance refills. */
const BURST_WINDOW_S = 10;

export class RequestRateLimiter {
  private readonly limiter: BurstyRateLimiter | null;
  /** The in-memory budget used while Redis is down (the same counters as the insurance limiters). */
  private readonly local: BurstyRateLimiter | null = null;
  private readonly redis: Redis | null = null;
  private readonly redisHealth: { readonly up: boolean } | undefined;

  constructor(
    private readonly config: RateConfig,
    options: { redisUrl?: string; keyPrefix?: string; commandTimeoutMs?: number; redisHealth?: { readonly up: boolean }; logger: Logger },
  ) {
    this.redisHealth = options.redisHealth;
    if (!config.enabled) {
      this.limiter = null;
      return;
    }
    const sustained = { points: config.perSecond, duration: 1 };
    const burst = { points: Math.max(1, config.burst), duration: BURST_WINDOW_S };
    if (options.redisUrl) {
      this.redis = new Redis(options.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
        commandTimeout: options.commandTimeoutMs ?? 1_000,
        retryStrategy: (n: number) => Math.min(n * 50, 1_000),
      });
      let warned = false;
      this.redis.on('ready', () => (warned = false));
      this.redis.on('error', (e: Error) => {
        // One line per outage; ioredis keeps reconnecting.
        if (!warned) options.logger.warn({ err: e.message }, 'rate limit: Redis unavailable, counting locally');
        warned = true;
      });
      const prefix = `${options.keyPrefix ?? 'migraph:'}rate`;
      const sustainedLocal = new RateLimiterMemory(sustained);
      const burstLocal = new RateLimiterMemory(burst);
      this.local = new BurstyRateLimiter(sustainedLocal, burstLocal);
      this.limiter = new BurstyRateLimiter(
        new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${prefix}:s`, ...sustained, rejectIfRedisNotReady: true, insuranceLimiter: sustainedLocal }),
        new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${prefix}:b`, ...burst, rejectIfRedisNotReady: true, insuranceLimiter: burstLocal }),
      );
    } else {
      this.limiter = new BurstyRateLimiter(new RateLimiterMemory(sustained), new RateLimiterMemory(burst));
    }
  }

  /** Counts one request of `key`; THROTTLED when over the limit. */
  async consume(key: string): Promise<void> {
    if (!this.limiter) return;
    const limiter = this.local && this.redisHealth?.up === false ? this.local : this.limiter;
    try {
      await limiter.consume(key, 1);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const retryAfterMs = Math.max(1, e.msBeforeNext);
      throw new GatewayError(
        'THROTTLED',
        `request rate over the limit of ${this.config.perSecond}/s (burst ${this.config.burst}); retry after ${Math.ceil(retryAfterMs / 1000)} s`,
        { retryable: true, retryAfterMs, limit: { name: 'rate', max: this.config.perSecond, value: null } },
      );
    }
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}
