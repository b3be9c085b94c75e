/**
 * The one upstream call policy, used by every adapter's Client around each vendor call. Nothing in
 * it is cloud-specific: the Client says which operation it sends, to which region, whether it may be
 * sent again, and how to send one attempt. Settings and defaults: policy-config.ts.
 *
 * One call:
 *  1. the call's deadline starts (`deadlineMs`); no attempt starts past it;
 *  2. before each attempt:
 *     - the account x region circuit breaker (circuit.ts): while open, the call fails fast without
 *       sending (UPSTREAM_UNAVAILABLE, retryable, `retryAfterMs` to the probe, `circuit: 'open'`);
 *     - the quota (quota.ts): one token from the account x region bucket (and the operation's own
 *       bucket, if configured), waiting up to `maxWaitMs` (polls `pollMaxWaitMs`), else THROTTLED
 *       naming the quota, with `retryAfterMs` (nothing sent);
 *  3. the attempt, with a timeout of `timeoutMs` cut to what remains of the deadline (the Client
 *     hands it to got, so a timeout is classified like any other: UPSTREAM_UNAVAILABLE "timed out");
 *  4. a failed attempt is retried, up to `retryLimit` times, only when all of these hold:
 *     - the operation is repeatable (the generated table's `safeToRetry`, or token-protected);
 *     - the error is a retryable GatewayError (5xx-unavailable, transport, THROTTLED, a read's
 *       malformed body), or the lost answer of a token-protected write (sent again with the same
 *       token); never another write's unknown outcome;
 *     - the account's retry budget (retry-budget.ts) has a retry left;
 *     - the back-off fits in the deadline. Back-off: exponential with full jitter (cockatiel's
 *       ExponentialBackoff + fullJitterGenerator, 300 ms doubling, at most `backoffLimitMs`), and
 *       never sooner than the vendor's `retryAfterMs` (Retry-After, throttling hints).
 *     A retry the circuit or the quota refuses ends the call with the previous attempt's error.
 *
 * Priorities (quota): a write (not safe to repeat) goes first, then interactive reads, then polls;
 * the progress hub marks its polls with `withUpstreamPriority('poll', fn)`.
 *
 * Why not cockatiel's retry and timeout policies: its retry sleeps on its own timers (tests could not
 * inject the clock) and cannot weigh the deadline and the retry budget per attempt; its timeout aborts
 * through a signal, which got reports as a cancellation rather than a timeout. Its circuit breaker
 * and back-off generator are used as they are.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ExponentialBackoff, fullJitterGenerator, type IBackoff } from 'cockatiel';
import { GatewayError, isGatewayError } from '../../src/core/errors.js';
import type { ProviderId } from '../../src/core/model.js';
import { Circuit, CircuitRefused, type CircuitStateName } from './circuit.js';
import { defaultPolicySettings, resolvePolicySettings, type PolicyOverrides, type PolicySettings } from './policy-config.js';
import { realClock, type PolicyClock } from './policy-clock.js';
import { MemoryQuotaStore, QuotaLine, type BucketSpec, type QuotaStore, type UpstreamPriority } from './quota.js';
import { RetryBudget } from './retry-budget.js';

export type { UpstreamPriority } from './quota.js';
export type { CircuitStateName } from './circuit.js';
export type { PolicyClock } from './policy-clock.js';

/** First back-off step, ms (doubling per retry, capped by `backoffLimitMs`). */
export const BACKOFF_BASE_MS = 300;
/** An attempt is not started with less than this left of the deadline: it could not be answered. */
export const MIN_ATTEMPT_MS = 20;
/** The `limit.name` of a quota refusal. */
export const QUOTA_LIMIT_NAME = 'upstream.quota';

// -- priority ------------------------------------------------------------------------------------

const priorityStore = new AsyncLocalStorage<UpstreamPriority>();

/** Runs `fn` with every upstream call it makes at `priority` (the hub: `'poll'`). */
export function withUpstreamPriority<T>(priority: UpstreamPriority, fn: () => T): T {
  return priorityStore.run(priority, fn);
}

/** The priority of a call made now (`write` for writes whatever the context). */
export function currentPriority(write: boolean): UpstreamPriority {
  return write ? 'write' : (priorityStore.getStore() ?? 'read');
}

// -- errors --------------------------------------------------------------------------------------

/** True for the policy's own refusals (circuit open, quota spent): nothing was sent. */
export function isPolicyRefusal(e: unknown): boolean {
  return isGatewayError(e) && (e.circuit === 'open' || e.limit?.name === QUOTA_LIMIT_NAME);
}

/**
 * Whether a failed attempt of `call` is worth another: a retryable GatewayError, or, for a
 * repeatable write (token-protected: the vendor deduplicates by the token), a lost answer, which
 * sending it again with the same token settles. The policy's own refusals never.
 */
function worthRetrying(call: PolicyCall, e: unknown): boolean {
  if (!isGatewayError(e) || isPolicyRefusal(e)) return false;
  if (e.outcome === 'UNKNOWN') return call.repeatable;
  return e.retryable;
}

// -- observation ---------------------------------------------------------------------------------

export interface PolicyScope {
  provider: ProviderId;
  account: string;
}

/** Where the policy reports what it did (the gateway feeds Prometheus; see src/server/metrics.ts). */
export interface PolicyObserver {
  /** A failed attempt was not retried: the retry budget was spent, or the deadline left no room. */
  retryRefused?(scope: PolicyScope, region: string, reason: 'budget' | 'deadline'): void;
  /** A circuit changed state; `opened` on every transition into open. */
  circuitState?(scope: PolicyScope, region: string, state: CircuitStateName, opened: boolean): void;
  /** A call got its quota token after waiting `waitedMs` (0 when there was one at once). */
  quotaWaited?(scope: PolicyScope, region: string, priority: UpstreamPriority, waitedMs: number): void;
  /** A call was refused by the quota (THROTTLED, nothing sent). */
  quotaRefused?(scope: PolicyScope, region: string, priority: UpstreamPriority): void;
}

// -- the policy ----------------------------------------------------------------------------------

export interface UpstreamPolicyOptions {
  clock?: PolicyClock;
  /** Where quota buckets live. Default: in memory (this instance). */
  store?: QuotaStore;
  observer?: PolicyObserver;
}

/** One vendor call as the policy needs to know it. */
export interface PolicyCall {
  /** Catalog operation id. */
  operation: string;
  /** The region the call addresses ('' when none). */
  region: string;
  /** May be sent again: the generated table's `safeToRetry`, or the vendor deduplicates by a token. */
  repeatable: boolean;
  /** A write (not safe to repeat): first in the quota's line. */
  write: boolean;
}

export interface AttemptInfo {
  /** 0 for the first attempt, 1 for the first retry, ... */
  attempt: number;
  /** The attempt's timeout, ms (`timeoutMs` cut to the rest of the deadline). */
  timeoutMs: number;
}

/**
 * The gateway-wide policy: the `upstream.*` settings, the quota store (shared by every account) and
 * the observer. `forAccount` gives each account its policy, with its overrides.
 */
export class UpstreamPolicy {
  readonly settings: PolicySettings;
  readonly clock: PolicyClock;
  readonly store: QuotaStore;
  readonly observer: PolicyObserver;
  private readonly lines = new Map<string, QuotaLine>();

  constructor(settings: PolicySettings = defaultPolicySettings(), options: UpstreamPolicyOptions = {}) {
    this.settings = settings;
    this.clock = options.clock ?? realClock;
    this.store = options.store ?? new MemoryQuotaStore(() => this.clock.now());
    this.observer = options.observer ?? {};
  }

  forAccount(scope: PolicyScope, overrides: PolicyOverrides = {}): AccountPolicy {
    return new AccountPolicy(this, scope, resolvePolicySettings(this.settings, overrides));
  }

  /** The local waiting line of a bucket key (shared by every account policy of this instance). */
  line(key: string): QuotaLine {
    let line = this.lines.get(key);
    if (!line) {
      line = new QuotaLine(this.store, this.clock);
      this.lines.set(key, line);
    }
    return line;
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}

/**
 * The policy of one account, with the account's overrides from its parsed options. Without the
 * gateway's policy (`shared` absent: adapter tests, a Client built by hand) a standalone one with
 * the defaults, except that it has no quota unless `overrides.quota.enabled` says so: the quota is
 * the gateway's budget for an account, shared by everything that calls it.
 */
export function accountPolicy(shared: UpstreamPolicy | undefined, scope: PolicyScope, overrides: PolicyOverrides = {}): AccountPolicy {
  if (shared) return shared.forAccount(scope, overrides);
  const settings = defaultPolicySettings();
  settings.quota.enabled = false;
  return new UpstreamPolicy(settings).forAccount(scope, overrides);
}

/** The policy of one account: its retry budget, its circuits (per region) and its quota buckets. */
export class AccountPolicy {
  private readonly budget: RetryBudget;
  private readonly circuits = new Map<string, Circuit>();
  private readonly backoff: ExponentialBackoff<unknown>;

  constructor(
    private readonly shared: UpstreamPolicy,
    readonly scope: PolicyScope,
    readonly settings: PolicySettings,
  ) {
    const clock = shared.clock;
    this.budget = new RetryBudget(settings.retryBudget, () => clock.now());
    this.backoff = new ExponentialBackoff({ generator: fullJitterGenerator, initialDelay: BACKOFF_BASE_MS, maxDelay: settings.backoffLimitMs });
  }

  /** The circuit of a region (created closed on first use). */
  circuit(region: string): Circuit {
    let c = this.circuits.get(region);
    if (!c) {
      c = new Circuit(this.settings.circuit, this.shared.clock, (state, opened) => this.shared.observer.circuitState?.(this.scope, region, state, opened));
      this.circuits.set(region, c);
    }
    return c;
  }

  /** The buckets one attempt of `operation` in `region` takes a token from. */
  buckets(region: string, operation: string): BucketSpec[] {
    const q = this.settings.quota;
    const base = `${this.scope.provider}:${this.scope.account}:${region}`;
    const out: BucketSpec[] = [{ key: base, callsPerSecond: q.callsPerSecond, burst: q.burst }];
    const own = q.operations[operation];
    if (own) out.push({ key: `${base}:op:${operation}`, callsPerSecond: own.callsPerSecond, burst: own.burst });
    return out;
  }

  /**
   * Runs one call: `send` is one attempt (it must apply `timeoutMs`); `retried(n)` is told of every
   * retry (for the call's observer).
   */
  async run<T>(call: PolicyCall, send: (info: AttemptInfo) => Promise<T>, retried: (attempt: number) => void = () => {}): Promise<T> {
    const clock = this.shared.clock;
    const s = this.settings;
    const deadline = clock.now() + s.deadlineMs;
    const priority = currentPriority(call.write);
    const circuit = this.circuit(call.region);
    let backoff: IBackoff<unknown> | undefined;
    let last: unknown;
    this.budget.recordCall();
    for (let attempt = 0; ; attempt++) {
      try {
        this.gate(circuit, call);
        await this.takeQuota(call, priority, deadline);
        // The circuit may have opened while the call waited for its token.
        this.gate(circuit, call);
      } catch (e) {
        throw attempt > 0 ? last : e;
      }
      const timeoutMs = Math.min(s.timeoutMs, deadline - clock.now());
      if (timeoutMs < MIN_ATTEMPT_MS) {
        if (attempt > 0) throw last;
        throw new GatewayError('UPSTREAM_UNAVAILABLE', `${this.what(call)}: the call's deadline (${s.deadlineMs} ms) passed before it could be sent`, { ...this.who(), retryable: true });
      }
      try {
        return await circuit.execute(() => send({ attempt, timeoutMs }));
      } catch (e) {
        if (e instanceof CircuitRefused) throw attempt > 0 ? last : this.circuitError(call, e.retryAfterMs);
        last = e;
        if (!call.repeatable || !worthRetrying(call, e) || attempt >= s.retryLimit) throw e;
        backoff = backoff ? backoff.next(undefined) : this.backoff.next();
        const delay = Math.max(backoff.duration, (e as GatewayError).retryAfterMs ?? 0);
        if (clock.now() + delay + MIN_ATTEMPT_MS > deadline) {
          this.shared.observer.retryRefused?.(this.scope, call.region, 'deadline');
          throw e;
        }
        if (!this.budget.tryRetry()) {
          this.shared.observer.retryRefused?.(this.scope, call.region, 'budget');
          throw e;
        }
        retried(attempt + 1);
        await clock.sleep(delay);
      }
    }
  }

  private who(): { provider: ProviderId; account: string } {
    return { provider: this.scope.provider, account: this.scope.account };
  }

  private what(call: PolicyCall): string {
    return `${this.scope.provider} ${call.operation} (account "${this.scope.account}"${call.region ? `, region "${call.region}"` : ''})`;
  }

  private gate(circuit: Circuit, call: PolicyCall): void {
    const refused = circuit.refusal();
    if (refused) throw this.circuitError(call, refused.retryAfterMs);
  }

  private circuitError(call: PolicyCall, retryAfterMs: number): GatewayError {
    const { failureThreshold } = this.settings.circuit;
    return new GatewayError(
      'UPSTREAM_UNAVAILABLE',
      `${this.what(call)} not sent: the circuit is open after ${failureThreshold} consecutive upstream failures; retry after ${Math.ceil(retryAfterMs / 1000)} s`,
      { ...this.who(), retryable: true, retryAfterMs, circuit: 'open' },
    );
  }

  private async takeQuota(call: PolicyCall, priority: UpstreamPriority, deadline: number): Promise<void> {
    const q = this.settings.quota;
    if (!q.enabled) return;
    const clock = this.shared.clock;
    const bound = priority === 'poll' ? q.pollMaxWaitMs : q.maxWaitMs;
    const maxWait = Math.max(0, Math.min(bound, deadline - clock.now() - MIN_ATTEMPT_MS));
    const buckets = this.buckets(call.region, call.operation);
    const reserve = priority === 'poll' ? q.pollReserve : 0;
    const result = await this.shared.line(buckets[0]!.key).acquire(buckets, priority, reserve, maxWait);
    if (result.granted) {
      this.shared.observer.quotaWaited?.(this.scope, call.region, priority, result.waitedMs);
      return;
    }
    this.shared.observer.quotaRefused?.(this.scope, call.region, priority);
    const own = q.operations[call.operation];
    const quota = `${q.callsPerSecond} calls/s, burst ${q.burst}${own ? `; ${call.operation}: ${own.callsPerSecond} calls/s, burst ${own.burst}` : ''}`;
    throw new GatewayError(
      'THROTTLED',
      `${this.what(call)} not sent: the upstream quota of the account and region (${quota}) is spent; waited ${Math.round(result.waitedMs)} ms, retry after ${Math.ceil(result.retryAfterMs / 1000)} s`,
      { ...this.who(), retryable: true, retryAfterMs: result.retryAfterMs, limit: { name: QUOTA_LIMIT_NAME, max: q.callsPerSecond, value: null } },
    );
  }
}
