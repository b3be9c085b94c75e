/**
 * An async iterator that keeps only the newest undelivered value: a slow consumer gets the latest
 * state, never an unbounded queue. `end()` finishes it after the pending value is delivered.
 */
export class LatestValueIterator<T> implements AsyncIterableIterator<T> {
  private pending: { value: T } | null = null;
  private waiting: ((r: IteratorResult<T>) => void) | null = null;
  private ended = false;
  private readonly onReturn: () => void;

  constructor(onReturn: () => void) {
    let called = false;
    this.onReturn = () => {
      if (called) return;
      called = true;
      onReturn();
    };
  }

  push(value: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    } else {
      this.pending = { value };
    }
  }

  /** Ends the stream once the pending value (if any) has been read. */
  end(): void {
    this.ended = true;
    if (this.waiting && !this.pending) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: undefined, done: true });
      this.onReturn();
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.pending) {
      const { value } = this.pending;
      this.pending = null;
      return Promise.resolve({ value, done: false });
    }
    if (this.ended) {
      this.onReturn();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.ended = true;
    this.pending = null;
    if (this.waiting) {
      this.waiting({ value: undefined, done: true });
      this.waiting = null;
    }
    this.onReturn();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
