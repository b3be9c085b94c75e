/**
 * The simulators' clock. Progress in every simulator advances only through this clock, so tests drive
 * it by hand (`ManualClock.advance`) and take milliseconds, while the embedded demo uses `RealClock`
 * and moves visibly in seconds.
 */
export interface SimClock {
  /** Milliseconds since the epoch, as the simulated service sees it. */
  now(): number;
  /**
   * Calls `fn` every `intervalMs` of clock time until the returned function is called. Callbacks may
   * be async; `ManualClock.advance` awaits them in order.
   */
  every(intervalMs: number, fn: (now: number) => void | Promise<void>): () => void;
}

interface Timer {
  id: number;
  intervalMs: number;
  due: number;
  fn: (now: number) => void | Promise<void>;
}

/** A clock that moves only when told to. */
export class ManualClock implements SimClock {
  private current: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(start: number | Date = Date.UTC(2026, 0, 15, 8, 0, 0)) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  every(intervalMs: number, fn: (now: number) => void | Promise<void>): () => void {
    if (!(intervalMs > 0)) throw new RangeError('intervalMs must be > 0');
    const timer: Timer = { id: this.nextId++, intervalMs, due: this.current + intervalMs, fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t.id !== timer.id);
    };
  }

  /** Moves time forward by `ms`, firing every due callback in time order (awaiting each). */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.due <= target).sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next) break;
      this.current = Math.max(this.current, next.due);
      next.due += next.intervalMs;
      await next.fn(this.current);
    }
    this.current = target;
  }

  /** Sets the time without firing callbacks (e.g. to test clock-skew checks). */
  set(time: number): void {
    this.current = time;
  }
}

/** Wall-clock time, optionally sped up (`speed` simulated ms per real ms) for demos. */
export class RealClock implements SimClock {
  private readonly origin = Date.now();
  constructor(private readonly speed = 1) {}

  now(): number {
    return this.origin + (Date.now() - this.origin) * this.speed;
  }

  every(intervalMs: number, fn: (now: number) => void | Promise<void>): () => void {
    let running = false;
    const handle = setInterval(() => {
      if (running) return;
      running = true;
      Promise.resolve(fn(this.now())).finally(() => {
        running = false;
      });
    }, Math.max(1, intervalMs / this.speed));
    handle.unref();
    return () => clearInterval(handle);
  }
}
