/**
 * Fault injection shared by the three simulators. The injector only decides; each simulator renders
 * the decision in its vendor's envelope (Huawei `error_code`, Alibaba `Code`, UCloudStack `RetCode`).
 */
export type FaultKind = 'serverError' | 'throttle' | 'malformed' | 'reset';

export interface FaultSettings {
  /** Added before every response, in real milliseconds. */
  latencyMs?: number;
  /** Probabilities in [0, 1], checked in this order. */
  serverErrorRate?: number;
  throttleRate?: number;
  malformedRate?: number;
  resetRate?: number;
}

export class FaultInjector {
  private settings: FaultSettings = {};
  private queued: FaultKind[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  configure(settings: FaultSettings): void {
    this.settings = { ...settings };
  }

  /** Forces the next `count` requests to fail with `kind` (deterministic, for tests). */
  failNext(kind: FaultKind, count = 1): void {
    for (let i = 0; i < count; i++) this.queued.push(kind);
  }

  reset(): void {
    this.settings = {};
    this.queued = [];
  }

  get latencyMs(): number {
    return this.settings.latencyMs ?? 0;
  }

  /** The fault for this request, if any. Call once per request. */
  next(): FaultKind | null {
    const queued = this.queued.shift();
    if (queued) return queued;
    const s = this.settings;
    if (s.serverErrorRate && this.random() < s.serverErrorRate) return 'serverError';
    if (s.throttleRate && this.random() < s.throttleRate) return 'throttle';
    if (s.malformedRate && this.random() < s.malformedRate) return 'malformed';
    if (s.resetRate && this.random() < s.resetRate) return 'reset';
    return null;
  }
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
