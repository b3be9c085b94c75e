/**
 * Worker thread of bench/abuse.ts: the probe and the RSS sampler, on their own event loop so the
 * attacker's client work in the main thread does not show up as probe latency.
 *
 * - Every `intervalMs` it POSTs the probe query from 127.0.0.1 (whether or not the previous one has
 *   answered) and posts `{ kind: 'probe', t, ms, status }` (t = Date.now() at send; status 0 on a
 *   socket error or timeout, ms then the time until the failure; reused: a kept-alive socket).
 * - Every `intervalMs` it reads VmRSS of `pid` from /proc/<pid>/status: `{ kind: 'rss', t, kb }`.
 *
 * Both stop on a 'stop' message or after `maxMs`, whichever comes first.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

interface ProbeOptions {
  url: string;
  pid: number;
  intervalMs: number;
  maxMs: number;
  timeoutMs: number;
}

const opts = workerData as ProbeOptions;
const port = parentPort!;
const url = new URL(opts.url);
const body = JSON.stringify({ query: '{ accounts { id } }' });
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const started = Date.now();

function rssKb(): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${opts.pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function probe(): void {
  const t = Date.now();
  const t0 = performance.now();
  let done = false;
  let reused = false;
  const finish = (status: number) => {
    if (done) return;
    done = true;
    port.postMessage({ kind: 'probe', t, ms: performance.now() - t0, status, reused });
  };
  const req = http.request(
    {
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      agent,
      localAddress: '127.0.0.1',
      timeout: opts.timeoutMs,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    },
    (res) => {
      reused = req.reusedSocket;
      res.resume();
      res.on('end', () => finish(res.statusCode ?? 0));
      res.on('error', () => finish(0));
    },
  );
  req.on('timeout', () => {
    finish(0);
    req.destroy();
  });
  req.on('error', () => finish(0));
  req.end(body);
}

const timer = setInterval(() => {
  if (Date.now() - started > opts.maxMs) return stop();
  probe();
  const kb = rssKb();
  if (kb !== null) port.postMessage({ kind: 'rss', t: Date.now(), kb });
}, opts.intervalMs);

function stop(): void {
  clearInterval(timer);
  // Let in-flight probes answer (they are bounded by timeoutMs), then release the sockets.
  setTimeout(() => {
    agent.destroy();
    port.postMessage({ kind: 'stopped' });
    port.close();
  }, Math.min(opts.timeoutMs, 1_000) + 50);
}

port.on('message', (m) => {
  if (m === 'stop') stop();
});
