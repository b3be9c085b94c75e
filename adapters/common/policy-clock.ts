/**
 * The time source of the upstream policy (policy.ts): deadlines, back-off sleeps, quota waits,
 * retry-budget windows and the circuit's open period all read it, so tests inject their own and
 * never wait for real. The per-attempt timeout itself is got's (real time).
 */
import { setTimeout as delay } from 'node:timers/promises';

export interface PolicyClock {
  /** Milliseconds (any epoch; only differences matter). */
  now(): number;
  /** Resolves after `ms`, or early (without error) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: PolicyClock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    if (ms <= 0 || signal?.aborted) return;
    try {
      await delay(ms, undefined, { signal });
    } catch {
      // aborted: the caller re-checks its state
    }
  },
};
