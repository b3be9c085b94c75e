import type { FaultInjector } from './faults.js';

/** What benchmarks and endpoint-counting tests need from a running simulator. */
export interface SimulatorProbe {
  /** Requests received per operation since start (or the last `resetCounts`). */
  counts(): Record<string, number>;
  totalRequests(): number;
  resetCounts(): void;
  /** Fault injection: latency, 5xx, throttling, malformed bodies, resets. */
  faults: FaultInjector;
}

