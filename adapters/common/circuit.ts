/**
 * One circuit breaker (per account and region, kept by policy.ts), on cockatiel's
 * CircuitBreakerPolicy with a ConsecutiveBreaker: closed -> open after `failureThreshold`
 * consecutive upstream failures -> after `openMs`, one call goes through as the probe (half-open)
 * -> closed when it succeeds, open again when it fails.
 *
 * cockatiel reads `Date.now()` for its open period. The open period is gated here instead, with the
 * policy's clock (so tests drive it): cockatiel's own `halfOpenAfter` is 0, and `refusal()` keeps
 * callers out while the circuit is open and not yet due, and while the probe is in flight (cockatiel
 * would queue them behind the probe; they fail fast instead).
 *
 * Counted as failures: UPSTREAM_UNAVAILABLE (502/503/504, connection failures, timeouts) and
 * UPSTREAM_ERROR with an HTTP status >= 500. Not counted: 4xx refusals, THROTTLED, bad input,
 * malformed 2xx bodies (the vendor answers), and the policy's own refusals.
 */
import { CircuitBreakerPolicy, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, isBrokenCircuitError } from 'cockatiel';
import { isGatewayError } from '../../src/core/errors.js';
import type { PolicyClock } from './policy-clock.js';

export type CircuitStateName = 'closed' | 'open' | 'half-open';

export interface CircuitSettings {
  enabled: boolean;
  failureThreshold: number;
  openMs: number;
}

/** True for failures that count towards opening the circuit. */
export function isCircuitFailure(e: unknown): boolean {
  if (!isGatewayError(e) || e.circuit) return false;
  if (e.code === 'UPSTREAM_UNAVAILABLE') return true;
  return e.code === 'UPSTREAM_ERROR' && (e.httpStatus ?? 0) >= 500;
}

const NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

export class Circuit {
  private readonly breaker: CircuitBreakerPolicy;
  private openedAt = 0;

  constructor(
    private readonly settings: CircuitSettings,
    private readonly clock: PolicyClock,
    /** State changes; `opened` is true on every transition into open (the opens counter). */
    onState: (state: CircuitStateName, opened: boolean) => void = () => {},
  ) {
    this.breaker = circuitBreaker(handleWhen(isCircuitFailure), { halfOpenAfter: 0, breaker: new ConsecutiveBreaker(settings.failureThreshold) });
    this.breaker.onBreak(() => {
      this.openedAt = this.clock.now();
    });
    this.breaker.onStateChange((s) => onState(NAMES[s], s === CircuitState.Open));
  }

  get state(): CircuitStateName {
    return NAMES[this.breaker.state];
  }

  /**
   * Null when a call may go now (closed, or open and due: that call is the probe); else the time
   * until a probe may go (ms, at least 1).
   */
  refusal(): { retryAfterMs: number } | null {
    if (!this.settings.enabled) return null;
    switch (this.breaker.state) {
      case CircuitState.Closed:
        return null;
      case CircuitState.HalfOpen:
        // The probe is in flight; its answer decides. Ask again in a second.
        return { retryAfterMs: 1_000 };
      default: {
        const left = this.openedAt + this.settings.openMs - this.clock.now();
        return left > 0 ? { retryAfterMs: Math.max(1, Math.ceil(left)) } : null;
      }
    }
  }

  /** Runs one attempt through the breaker (call `refusal()` first, with no await in between). */
  async execute<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.settings.enabled) return fn();
    try {
      return await this.breaker.execute(fn);
    } catch (e) {
      // Not expected (refusal() keeps callers out), but never let cockatiel's error escape.
      if (isBrokenCircuitError(e)) throw new CircuitRefused(this.refusal()?.retryAfterMs ?? this.settings.openMs);
      throw e;
    }
  }
}

/** Internal: the breaker refused (the policy turns it into its GatewayError). */
export class CircuitRefused extends Error {
  constructor(readonly retryAfterMs: number) {
    super('circuit open');
  }
}
