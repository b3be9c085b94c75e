/**
 * A tiny HTTP host for the simulators: listens on 127.0.0.1 (port 0 by default), reads bodies,
 * counts requests per operation (benchmarks count upstream calls at the endpoint), applies injected
 * faults (before the handler, or after it took effect: `FaultInjector.failAfterApply`), and closes
 * every socket on `close()`.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultInjector, sleep, type FaultKind } from './faults.js';

export interface SimRequest {
  method: string;
  /** Path without the query string, as received (not decoded). */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** Raw body bytes (empty for GET). */
  body: Buffer;
  raw: http.IncomingMessage;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and Buffers verbatim. */
  body?: unknown;
}

export interface SimHandler {
  /** Names the operation for request counting (e.g. the Action or the operation id). */
  operationOf(req: SimRequest): string;
  handle(req: SimRequest): Promise<SimResponse> | SimResponse;
  /**
   * Renders an injected fault in the vendor's envelope (`reset` is handled by the host). Also the
   * answer of a `serverError` after-apply fault, so it looks exactly like one before processing.
   */
  renderFault(kind: Exclude<FaultKind, 'reset'>, req: SimRequest): SimResponse;
}

export interface RunningSimulator {
  url: string;
  port: number;
  faults: FaultInjector;
  /** Requests received per operation name since start (or the last `resetCounts`). */
  counts(): Record<string, number>;
  totalRequests(): number;
  resetCounts(): void;
  close(): Promise<void>;
}

export async function serveSimulator(
  handler: SimHandler,
  options: { port?: number; host?: string; faults?: FaultInjector } = {},
): Promise<RunningSimulator> {
  const faults = options.faults ?? new FaultInjector();
  let counts: Record<string, number> = {};
  const sockets = new Set<Socket>();

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://simulator.local');
    const simReq: SimRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks),
      raw: req,
    };
    let op = 'unknown';
    try {
      op = handler.operationOf(simReq);
    } catch {
      // counted as unknown
    }
    counts[op] = (counts[op] ?? 0) + 1;
    await sleep(faults.latencyMs);
    const fault = faults.next();
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    let out: SimResponse;
    try {
      out = fault ? handler.renderFault(fault, simReq) : await handler.handle(simReq);
    } catch (e) {
      out = { status: 500, body: { message: 'simulator bug', detail: String(e) } };
    }
    // The request took effect (whatever the handler answered); its answer is then lost or replaced.
    const after = fault ? null : faults.nextAfterApply(op);
    if (after === 'reset') {
      req.socket.destroy();
      return;
    }
    if (after === 'serverError') out = handler.renderFault('serverError', simReq);
    send(res, out);
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    faults,
    counts: () => ({ ...counts }),
    totalRequests: () => Object.values(counts).reduce((a, b) => a + b, 0),
    resetCounts: () => {
      counts = {};
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function send(res: http.ServerResponse, out: SimResponse): void {
  const headers: Record<string, string> = { ...(out.headers ?? {}) };
  let payload: Buffer | string = '';
  if (Buffer.isBuffer(out.body) || typeof out.body === 'string') {
    payload = out.body;
  } else if (out.body !== undefined) {
    payload = JSON.stringify(out.body);
    headers['content-type'] ??= 'application/json;charset=UTF-8';
  }
  res.writeHead(out.status, headers);
  res.end(payload);
}
