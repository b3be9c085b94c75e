/**
 * Vendor quota budgets: token buckets per account and region (and, where configured, per vendor
 * operation), so the gateway stays within what the vendor allows before the vendor throttles it.
 *
 * - A bucket holds up to `burst` tokens and refills at `callsPerSecond`. Every attempt takes one
 *   token from each of its buckets (all or none), retries included.
 * - Priorities: writes, then interactive reads, then progress polls. Polls may take a token only
 *   while the bucket keeps `pollReserve` of its burst for the others; callers waiting on one
 *   instance are served in priority order (first come, first served within a priority).
 * - A caller waits at most its bound (`maxWaitMs`, polls `pollMaxWaitMs`, both cut to the call's
 *   deadline); when the bucket will not have its token in time it is refused at once, with the
 *   time until it would have one.
 *
 * Where the buckets live is the `QuotaStore`: in memory (`MemoryQuotaStore`, one instance), or in
 * Redis (src/domain/quota-redis.ts, which the gateway injects: adapters stay free of Redis), shared by every instance.
 */
import type { PolicyClock } from './policy-clock.js';

export type UpstreamPriority = 'write' | 'read' | 'poll';

const RANK: Record<UpstreamPriority, number> = { write: 0, read: 1, poll: 2 };

export interface BucketSpec {
  /** Unique key of the bucket (the Redis store prefixes it). */
  key: string;
  callsPerSecond: number;
  burst: number;
}

/** Tokens a caller must leave in a bucket: `reserve` (a share of burst), never the whole bucket. */
export function tokensNeeded(burst: number, reserve: number): number {
  return Math.min(burst, 1 + Math.floor(reserve * burst));
}

export interface QuotaStore {
  /**
   * Takes one token from every bucket, or none: 0 when taken, else the milliseconds until all of
   * them would have one (while leaving `reserve` of each bucket's burst, for polls).
   */
  take(buckets: readonly BucketSpec[], reserve: number): Promise<number>;
  close(): Promise<void>;
}

/** Buckets in this process. */
export class MemoryQuotaStore implements QuotaStore {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number) {}

  /** Synchronous take (the Redis store's fallback uses it too). */
  takeNow(buckets: readonly BucketSpec[], reserve: number): number {
    const now = this.now();
    let wait = 0;
    const states = buckets.map((b) => {
      let s = this.buckets.get(b.key);
      if (!s) {
        s = { tokens: b.burst, at: now };
        this.buckets.set(b.key, s);
      }
      if (now > s.at) {
        s.tokens = Math.min(b.burst, s.tokens + ((now - s.at) * b.callsPerSecond) / 1000);
        s.at = now;
      }
      const need = tokensNeeded(b.burst, reserve);
      if (s.tokens < need) wait = Math.max(wait, Math.ceil(((need - s.tokens) * 1000) / b.callsPerSecond));
      return s;
    });
    if (wait > 0) return wait;
    for (const s of states) s.tokens -= 1;
    return 0;
  }

  take(buckets: readonly BucketSpec[], reserve: number): Promise<number> {
    return Promise.resolve(this.takeNow(buckets, reserve));
  }

  async close(): Promise<void> {}
}

export type QuotaResult = { granted: true; waitedMs: number } | { granted: false; waitedMs: number; retryAfterMs: number };

interface Waiter {
  buckets: readonly BucketSpec[];
  rank: number;
  reserve: number;
  start: number;
  deadline: number;
  /** Last estimate of the wait (ms), for the refusal's retry-after. */
  estimate: number;
  expiry: AbortController;
  done(result: QuotaResult): void;
}

/**
 * The local waiting line of one bucket (account and region): callers that found no token wait
 * here, highest priority first, and one pump takes tokens for the head of the line.
 */
export class QuotaLine {
  private readonly waiters: Waiter[] = [];
  private pumping = false;
  private wake: AbortController | null = null;

  constructor(
    private readonly store: QuotaStore,
    private readonly clock: PolicyClock,
  ) {}

  get waiting(): number {
    return this.waiters.length;
  }

  async acquire(buckets: readonly BucketSpec[], priority: UpstreamPriority, reserve: number, maxWaitMs: number): Promise<QuotaResult> {
    const start = this.clock.now();
    if (this.waiters.length === 0) {
      const wait = await this.store.take(buckets, reserve);
      if (wait === 0) return { granted: true, waitedMs: 0 };
      if (wait > maxWaitMs) return { granted: false, waitedMs: 0, retryAfterMs: wait };
    }
    return new Promise<QuotaResult>((resolve) => {
      const waiter: Waiter = { buckets, rank: RANK[priority], reserve, start, deadline: start + maxWaitMs, estimate: 0, expiry: new AbortController(), done: resolve };
      let at = this.waiters.findIndex((w) => w.rank > waiter.rank);
      if (at < 0) at = this.waiters.length;
      this.waiters.splice(at, 0, waiter);
      void this.clock.sleep(Math.max(0, waiter.deadline - this.clock.now()), waiter.expiry.signal).then(() => {
        if (waiter.expiry.signal.aborted) return;
        const i = this.waiters.indexOf(waiter);
        if (i < 0) return;
        this.waiters.splice(i, 1);
        waiter.done({ granted: false, waitedMs: this.clock.now() - waiter.start, retryAfterMs: Math.max(1, waiter.estimate) });
        if (i === 0) this.wake?.abort();
      });
      // A new head (a higher priority than the one the pump waits for) is served first.
      if (at === 0) this.wake?.abort();
      void this.pump();
    });
  }

  private finish(waiter: Waiter, result: QuotaResult): void {
    const i = this.waiters.indexOf(waiter);
    if (i < 0) return;
    this.waiters.splice(i, 1);
    waiter.expiry.abort();
    waiter.done(result);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0) {
        const head = this.waiters[0]!;
        const wait = await this.store.take(head.buckets, head.reserve);
        const now = this.clock.now();
        if (wait === 0) {
          // (If the head expired meanwhile, its token is lost: one token, rarely.)
          this.finish(head, { granted: true, waitedMs: now - head.start });
          continue;
        }
        head.estimate = wait;
        if (now + wait > head.deadline) {
          this.finish(head, { granted: false, waitedMs: now - head.start, retryAfterMs: wait });
          continue;
        }
        this.wake = new AbortController();
        await this.clock.sleep(wait, this.wake.signal);
        this.wake = null;
      }
    } finally {
      this.pumping = false;
    }
  }
}
