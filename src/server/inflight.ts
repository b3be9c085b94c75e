/**
 * Operations in flight (GraphQL queries and mutations over HTTP and WebSocket; subscriptions are
 * streams and are not counted), the one place shutdown asks what it would cut. HTTP requests to the
 * GraphQL path are registered by `httpInFlight` (express) and named by the Apollo plugin once the
 * operation is resolved; WebSocket operations by websocket.ts.
 */
import type { RequestHandler } from 'express';
import { requestIdOf } from './access-log.js';

export interface InFlightOperation {
  transport: 'http' | 'websocket';
  requestId: string;
  /** The GraphQL operation name and type, once known. */
  operation: string | null;
  type: string | null;
  startedAt: number;
}

export class InFlight {
  private readonly ops = new Set<InFlightOperation>();
  private readonly idle = new Set<() => void>();

  get size(): number {
    return this.ops.size;
  }

  list(): InFlightOperation[] {
    return [...this.ops];
  }

  /** Registers an operation; the returned function (idempotent) ends it. */
  begin(op: Omit<InFlightOperation, 'startedAt'>): { op: InFlightOperation; end: () => void } {
    const entry: InFlightOperation = { ...op, startedAt: Date.now() };
    this.ops.add(entry);
    return {
      op: entry,
      end: () => {
        if (!this.ops.delete(entry) || this.ops.size > 0) return;
        for (const resolve of [...this.idle]) resolve();
      },
    };
  }

  /**
   * Resolves when no operation is in flight, or when `deadline` resolves first; returns the
   * operations still in flight then (empty when every one finished).
   */
  async settle(deadline: Promise<unknown>): Promise<InFlightOperation[]> {
    if (this.ops.size === 0) return [];
    let resolveIdle!: () => void;
    const idle = new Promise<void>((resolve) => (resolveIdle = resolve));
    this.idle.add(resolveIdle);
    try {
      await Promise.race([idle, deadline]);
    } finally {
      this.idle.delete(resolveIdle);
    }
    return this.list();
  }
}

/** Express middleware: every request reaching it is in flight until its response finishes or closes. */
export function httpInFlight(inflight: InFlight): RequestHandler {
  return (_req, res, next) => {
    const { op, end } = inflight.begin({ transport: 'http', requestId: requestIdOf(res), operation: null, type: null });
    res.locals.inflight = op;
    res.once('finish', end);
    res.once('close', end);
    next();
  };
}
