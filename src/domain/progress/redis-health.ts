/**
 * Whether Redis answers, for the progress hub (which polls its groups locally while it does not)
 * and for `/readyz` (503 `degraded`, reason `redis unreachable`).
 *
 * Down at once when a connection closes or ends (ioredis events), or when a PING (sent on every
 * connection every `intervalMs`) gets no answer within `timeoutMs`. A connection whose PING timed
 * out is dropped and reconnected (a half-open socket would otherwise stay "ready" for ever). Up
 * again once every connection is ready and answers a PING. Starts down until the first success.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../../core/model.js';
import type { BackplaneHealth } from './pubsub.js';

export const REDIS_UNREACHABLE = 'redis unreachable';

export interface RedisHealthOptions {
  /** Time between two PINGs. */
  intervalMs: number;
  /** A PING unanswered after this long counts as down. */
  timeoutMs: number;
  logger: Logger;
  now?: () => number;
}

export class RedisHealth implements BackplaneHealth {
  private state = false;
  private downSince: number;
  private everUp = false;
  private checking = false;
  private checkAgain = false;
  private closed = false;
  private readonly timer: NodeJS.Timeout;
  private readonly listeners = new Set<(up: boolean) => void>();
  private readonly now: () => number;

  constructor(
    private readonly connections: readonly Redis[],
    private readonly options: RedisHealthOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.downSince = this.now();
    for (const c of connections) {
      c.on('ready', () => void this.check());
      c.on('close', () => this.set(false, 'connection closed'));
      c.on('end', () => this.set(false, 'connection ended'));
      // ioredis reconnects by itself: one line when Redis goes away, debug while it stays away
      // (never the URL: it may hold a password).
      c.on('error', (e: Error) => (this.state ? options.logger.warn : options.logger.debug).call(options.logger, { err: e.message }, 'redis connection error'));
    }
    this.timer = setInterval(() => void this.check(), options.intervalMs);
    this.timer.unref();
  }

  get up(): boolean {
    return this.state;
  }

  get reason(): string | null {
    return this.state ? null : REDIS_UNREACHABLE;
  }

  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  whenUp(timeoutMs: number): Promise<boolean> {
    if (this.state) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        off();
        resolve(this.state);
      }, timeoutMs);
      timer.unref();
      const off = this.onChange((up) => {
        if (!up) return;
        clearTimeout(timer);
        off();
        resolve(true);
      });
    });
  }

  /** PINGs every connection now; resolves to the resulting state. */
  async check(): Promise<boolean> {
    if (this.closed) return this.state;
    if (this.checking) {
      // e.g. the second connection became ready during the first one's check: check again after it.
      this.checkAgain = true;
      return this.state;
    }
    this.checking = true;
    try {
      do {
        this.checkAgain = false;
        const results = await Promise.all(this.connections.map((c) => this.ping(c)));
        // (Not connected yet at startup is no news: the gateway start says so when it lasts.)
        if (!this.closed) this.set(results.every(Boolean), 'no answer to PING');
      } while (this.checkAgain && !this.closed);
    } finally {
      this.checking = false;
    }
    return this.state;
  }

  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    this.listeners.clear();
  }

  private async ping(c: Redis): Promise<boolean> {
    if (c.status !== 'ready') return false;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.timeoutMs);
    });
    try {
      const answer = await Promise.race([c.ping().then(() => 'ok' as const, () => 'error' as const), timedOut]);
      if (answer === 'timeout' && !this.closed) c.disconnect(true);
      return answer === 'ok';
    } finally {
      clearTimeout(timer);
    }
  }

  private set(up: boolean, why: string): void {
    if (this.closed || up === this.state) return;
    const { logger } = this.options;
    this.state = up;
    if (up) {
      if (this.everUp) logger.info({ downMs: this.now() - this.downSince }, 'redis reachable again');
      else logger.debug({}, 'redis connected');
      this.everUp = true;
    } else {
      this.downSince = this.now();
      logger.warn({ why }, REDIS_UNREACHABLE);
    }
    for (const listener of [...this.listeners]) listener(up);
  }
}
