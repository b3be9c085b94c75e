/**
 * A retry budget (as Grafbase and tower have it): over a sliding window, retries may be at most
 * `ratio` of the calls made, plus a floor of `minPerSecond` per second of window, so retries never
 * multiply the load on a vendor that is already failing. Over budget, a failed attempt is not
 * retried: its error is returned.
 *
 * The window is kept as ten slots, each a tenth of it; time comes from the injected clock.
 */
export interface RetryBudgetSettings {
  ratio: number;
  windowMs: number;
  minPerSecond: number;
}

const SLOTS = 10;

export class RetryBudget {
  private readonly slotMs: number;
  private readonly calls = new Array<number>(SLOTS).fill(0);
  private readonly retries = new Array<number>(SLOTS).fill(0);
  /** Index of the slot that `current` started at (absolute slot number). */
  private current = 0;

  constructor(
    private readonly settings: RetryBudgetSettings,
    private readonly now: () => number,
  ) {
    this.slotMs = Math.max(1, Math.floor(settings.windowMs / SLOTS));
    this.current = Math.floor(now() / this.slotMs);
  }

  /** Moves the window to the present, clearing slots that fell out of it. */
  private roll(): number {
    const slot = Math.floor(this.now() / this.slotMs);
    const steps = Math.min(SLOTS, slot - this.current);
    for (let i = 1; i <= steps; i++) {
      const idx = (this.current + i) % SLOTS;
      this.calls[idx] = 0;
      this.retries[idx] = 0;
    }
    if (slot > this.current) this.current = slot;
    return this.current % SLOTS;
  }

  /** Counts a call (its first attempt). */
  recordCall(): void {
    this.calls[this.roll()]!++;
  }

  /** Retries the window allows now (the floor plus `ratio` of its calls). */
  allowance(): number {
    this.roll();
    const calls = this.calls.reduce((a, b) => a + b, 0);
    return this.settings.ratio * calls + (this.settings.minPerSecond * this.settings.windowMs) / 1000;
  }

  /** Takes one retry from the budget; false (nothing taken) when the window has spent it. */
  tryRetry(): boolean {
    const idx = this.roll();
    const spent = this.retries.reduce((a, b) => a + b, 0);
    if (spent + 1 > this.allowance()) return false;
    this.retries[idx]!++;
    return true;
  }
}
