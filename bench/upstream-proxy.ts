/**
 * A counting reverse proxy in front of a simulator: counts exactly the requests the gateway sends
 * (the simulators' own agents are not counted), keeps each request's arrival time so a benchmark
 * can read the busiest 1 s window, and can hold every request for an injected latency.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface CountingProxy {
  /** The proxy's base URL, standing in for the simulator's endpoint. */
  endpoint: string;
  count: () => number;
  /** Changes the latency every later request waits (0: none). */
  setDelay: (ms: number) => void;
  /** Arrival times (performance.now() ms) of every request, oldest first. */
  arrivals: () => readonly number[];
  close: () => Promise<void>;
}

/** `delayMs`: each request waits this long before it is forwarded (the upstream latency L). */
export async function countingProxy(target: string, options: { delayMs?: number } = {}): Promise<CountingProxy> {
  const t = new URL(target);
  // One connection per forwarded request: a kept-alive socket to the simulator could be closed by its
  // idle timeout just as a request goes out (ECONNRESET, a 502 here) and blur the counts.
  const agent = new http.Agent({ keepAlive: false, maxSockets: 64 });
  const times: number[] = [];
  let delayMs = options.delayMs ?? 0;
  const server = http.createServer((req, res) => {
    times.push(performance.now());
    if (delayMs > 0) {
      req.pause();
      setTimeout(forward, delayMs, req, res);
    } else forward(req, res);
  });
  const forward = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const up = http.request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: { ...req.headers, connection: 'close' }, agent }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(up);
    req.resume();
  };
  // The gateway's keep-alive sockets stay open past any pause in a benchmark: the proxy never closes
  // an idle one under a request in flight (a reset the gateway would see as a vendor failure).
  server.keepAliveTimeout = 600_000;
  server.headersTimeout = 601_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}${t.pathname === '/' ? '' : t.pathname}`,
    count: () => times.length,
    setDelay: (ms) => {
      delayMs = ms;
    },
    arrivals: () => times,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      agent.destroy();
    },
  };
}

/** The most requests in any window of `windowMs` among `times` (sorted), between `from` and `to`. */
export function busiestWindow(times: readonly number[], windowMs: number, from = -Infinity, to = Infinity): number {
  const xs = times.filter((x) => x >= from && x <= to);
  let best = 0;
  for (let i = 0, j = 0; j < xs.length; j++) {
    while (xs[j]! - xs[i]! >= windowMs) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}
