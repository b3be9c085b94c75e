/**
 * Fault injection shared by the three simulators. The injector only decides; each simulator renders
 * the decision in its vendor's envelope (Huawei `error_code`, Alibaba `Code`, UCloudStack `RetCode`).
 */
export type FaultKind = 'serverError' | 'throttle' | 'malformed' | 'reset';

/**
 * A fault after the operation took effect: the handler processes the request normally, then the
 * connection drops (`reset`) or the answer is replaced by the `serverError` fault (HTTP 503 in the
 * vendor's envelope). The client cannot tell either from a failure before processing: for a write,
 * the outcome is unknown to it.
 */
export type AfterFaultKind = 'reset' | 'serverError';

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
  private readonly after = new Map<string, AfterFaultKind[]>();

  constructor(private readonly random: () => number = Math.random) {}

  configure(settings: FaultSettings): void {
    this.settings = { ...settings };
  }

  /** Forces the next `count` requests to fail with `kind` (deterministic, for tests). */
  failNext(kind: FaultKind, count = 1): void {
    for (let i = 0; i < count; i++) this.queued.push(kind);
  }

  /**
   * Lets the next `count` requests of `operation` (the simulator's operation name: the catalog id or
   * Action, as `counts()` names it) reach the handler and take effect, then fail with `kind`.
   */
  failAfterApply(operation: string, kind: AfterFaultKind, count = 1): void {
    const q = this.after.get(operation) ?? [];
    for (let i = 0; i < count; i++) q.push(kind);
    this.after.set(operation, q);
  }

  /** The after-apply fault for this request of `operation`, if one is queued. Call once per handled request. */
  nextAfterApply(operation: string): AfterFaultKind | null {
    const q = this.after.get(operation);
    const kind = q?.shift() ?? null;
    if (q && q.length === 0) this.after.delete(operation);
    return kind;
  }

  reset(): void {
    this.settings = {};
    this.queued = [];
    this.after.clear();
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
