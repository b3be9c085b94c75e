/**
 * An async iterator that keeps only the newest undelivered value per key: a slow consumer gets the
 * latest state of each task, never an unbounded queue. With one key (taskProgress) it holds at most
 * one value; with one key per task (taskUpdates) at most one value per task, in first-arrival order.
 * `end()` finishes it after the pending values are delivered.
 */
export class LatestValueIterator<T> implements AsyncIterableIterator<T> {
  /** One pending value for the single-key case, a Map only when several keys are pending. */
  private single: { key: string; value: T } | null = null;
  private many: Map<string, T> | null = null;
  private waiting: ((r: IteratorResult<T>) => void) | null = null;
  private ended = false;
  private returned = false;

  constructor(private readonly onReturn: () => void) {}

  /** True once the consumer stopped or the stream ended. */
  get closed(): boolean {
    return this.ended || this.returned;
  }

  push(value: T, key = ''): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
      return;
    }
    if (this.many) {
      this.many.set(key, value);
    } else if (!this.single || this.single.key === key) {
      this.single = { key, value };
    } else {
      this.many = new Map([[this.single.key, this.single.value], [key, value]]);
      this.single = null;
    }
  }

  /** Ends the stream once the pending values (if any) have been read. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.waiting && !this.hasPending()) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
      this.finish();
    }
  }

  /**
   * The next pending value, synchronously, or undefined when none is pending (then `next()`
   * waits): a consumer pumping a burst reads it without a promise per value.
   */
  takePending(): T | undefined {
    return this.hasPending() ? this.take() : undefined;
  }

  private hasPending(): boolean {
    return this.single !== null || (this.many !== null && this.many.size > 0);
  }

  private take(): T {
    if (this.single) {
      const { value } = this.single;
      this.single = null;
      return value;
    }
    const many = this.many!;
    const [key, value] = many.entries().next().value as [string, T];
    many.delete(key);
    if (many.size === 0) this.many = null;
    return value;
  }

  private finish(): void {
    if (this.returned) return;
    this.returned = true;
    this.onReturn();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.hasPending()) return Promise.resolve({ value: this.take(), done: false });
    if (this.ended || this.returned) {
      this.finish();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.ended = true;
    this.single = null;
    this.many = null;
    if (this.waiting) {
      this.waiting({ value: undefined, done: true });
      this.waiting = null;
    }
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
