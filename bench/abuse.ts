/**
 * Abuse benchmark: the embedded default (`node dist/src/main.js`, no configuration: three in-process
 * simulators, auth disabled, default limits) runs as a child process, and a series of attacks is sent
 * at it from 127.0.0.2 while a probe (`{ accounts { id } }` every 100 ms from 127.0.0.1) measures what
 * a legitimate client sees. The anonymous principal is keyed by client address, so the attacker's
 * rate and connection budgets are not the probe's.
 *
 * For each attack: what the attacker received (status, `extensions.code`, `extensions.limit`), the
 * child's RSS growth (peak during the attack minus the RSS just before it, from /proc/<pid>/status),
 * and the probe's p99 during the attack against its idle p99 measured first in the same run.
 *
 *  1. alias bomb: one ~100 KB request with 1,000 aliased `tasks(first: 500)`;
 *  2. four of those in parallel, repeated for the attack window;
 *  3. depth 200 (node -> Task.source -> Source.currentTask -> Task.source ...), repeated;
 *  4. 2,000 WebSockets opened at once (graphql-transport-ws, connection_init);
 *  5. 1,000 `taskUpdates` subscriptions on one connection;
 *  6. slowloris: 500 sockets sending one header byte per second.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import WebSocket from 'ws';
import { percentile } from './stats.js';
import type { BenchResult } from './types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ATTACKER = '127.0.0.2';
const PROBE_INTERVAL_MS = 100;
const IDLE_MS = 5_000;
const HEADERS_TIMEOUT_MS = 10_000; // server.headersTimeoutMs default
const RSS_TARGET_MB = 50;
const P99_TARGET = 3;
const MAX_BENCH_MS = 200_000; // hard cap on the probe worker and every loop below

interface ProbeSample {
  t: number;
  ms: number;
  status: number;
  reused?: boolean;
}
interface RssSample {
  t: number;
  kb: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

class Histogram {
  private readonly counts = new Map<string, number>();
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  toString(): string {
    return [...this.counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v}x ${k}`).join('; ');
  }
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

// ---------------------------------------------------------------------------------------------
// The child gateway

interface Child {
  proc: ChildProcess;
  port: number;
  url: string;
  wsUrl: string;
  outputLines(): number;
  tail(): string[];
}

async function startChild(): Promise<Child> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', MIGRAPH_DEMO_SCALE: '100' };
  for (const k of ['MIGRAPH_CONFIG', 'HOST', 'MIGRAPH_EMBEDDED', 'REDIS_URL']) delete env[k];
  const proc = spawn(process.execPath, ['dist/src/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  const tail: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      lines++;
      tail.push(line.slice(0, 400));
      if (tail.length > 20) tail.shift();
    }
  };
  proc.stdout!.on('data', collect);
  proc.stderr!.on('data', collect);
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`gateway exited with ${proc.exitCode}: ${tail.join('\n')}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ok) return { proc, port, url, wsUrl: url.replace(/^http/, 'ws'), outputLines: () => lines, tail: () => [...tail] };
    await sleep(100);
  }
  proc.kill('SIGKILL');
  throw new Error(`gateway not ready after 30 s: ${tail.join('\n')}`);
}

async function stopChild(child: Child): Promise<string> {
  const { proc } = child;
  if (proc.exitCode !== null || proc.signalCode !== null) return `already exited (${proc.exitCode ?? proc.signalCode})`;
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  proc.kill('SIGTERM');
  const t0 = Date.now();
  const graceful = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  if (graceful) return `SIGTERM: exited ${proc.exitCode ?? proc.signalCode} after ${Date.now() - t0} ms`;
  proc.kill('SIGKILL');
  await Promise.race([exited, sleep(2_000)]);
  return 'SIGTERM ignored for 5 s: SIGKILL';
}

// ---------------------------------------------------------------------------------------------
// Attacker helpers (all from 127.0.0.2)

interface Reply {
  status: number;
  body: any;
  ms: number;
  error?: string;
}

function attackPost(agent: http.Agent, url: string, body: string, timeoutMs: number): Promise<Reply> {
  const u = new URL(url);
  const t0 = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: Omit<Reply, 'ms'>) => {
      if (done) return;
      done = true;
      resolve({ ...r, ms: performance.now() - t0 });
    };
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent,
        localAddress: ATTACKER,
        timeout: timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= 1_000_000) chunks.push(c);
        });
        res.on('end', () => {
          let parsed: any = null;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            parsed = { raw: Buffer.concat(chunks).toString('utf8').slice(0, 200), bytes: size };
          }
          finish({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', (e) => finish({ status: 0, body: null, error: e.message }));
      },
    );
    req.on('timeout', () => {
      finish({ status: 0, body: null, error: `no answer within ${timeoutMs} ms` });
      req.destroy();
    });
    req.on('error', (e: NodeJS.ErrnoException) => finish({ status: 0, body: null, error: e.code ?? e.message }));
    req.end(body);
  });
}

/** "400 BAD_USER_INPUT limit tokens max 5000 value null" or "200 data". */
function describeReply(r: Reply): string {
  if (r.error) return `error ${r.error}`;
  const err = r.body?.errors?.[0];
  const hasData = r.body?.data !== undefined && r.body?.data !== null;
  if (!err) return `${r.status} ${hasData ? 'data' : JSON.stringify(r.body).slice(0, 80)}`;
  const ext = err.extensions ?? {};
  const limit = ext.limit ? ` limit ${ext.limit.name} max ${ext.limit.max} value ${ext.limit.value}` : '';
  return `${r.status} ${ext.code ?? '(no code)'}${limit}${hasData ? ' +data' : ''}`;
}

const admitted = (r: Reply) => r.status === 200 && r.body?.data != null && !r.body?.errors?.length;

function aliasBomb(n: number): string {
  // Pretty-printed, the way a client library sends a document: ~100 KB for 1,000 aliases.
  const parts: string[] = ['query AliasBomb {'];
  for (let i = 0; i < n; i++) {
    parts.push(`  a${i}: tasks(first: 500) {\n    nodes {\n      id\n      name\n      state\n      progress {\n        percent\n      }\n    }\n  }`);
  }
  parts.push('}');
  return JSON.stringify({ query: parts.join('\n') });
}

function depthBomb(depth: number): string {
  // node (1) + alternating Task.source / Source.currentTask (depth - 2) + id (1) = `depth` fields.
  let inner = 'id';
  for (let i = depth - 2; i >= 1; i--) inner = `${i % 2 === 1 ? 'source' : 'currentTask'} { ${inner} }`;
  return JSON.stringify({ query: `query DepthBomb { node(id: "x") { ... on Task { ${inner} } } }` });
}

async function repeatPosts(url: string, body: string, parallel: number, deadline: number, perLoopMax: number): Promise<{ hist: Histogram; admitted: number; sample: Reply | null; maxMs: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: parallel, localAddress: ATTACKER });
  const hist = new Histogram();
  let ok = 0;
  let sample: Reply | null = null;
  let maxMs = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = 0; i < perLoopMax && Date.now() < deadline; i++) {
        const r = await attackPost(agent, url, body, 15_000);
        hist.add(describeReply(r));
        if (admitted(r)) ok++;
        if (!sample || (sample.status === 429 && r.status !== 429)) sample = r;
        maxMs = Math.max(maxMs, r.ms);
      }
    }),
  );
  agent.destroy();
  return { hist, admitted: ok, sample, maxMs };
}

function sampleError(r: Reply | null): string {
  const e = r?.body?.errors?.[0];
  return e ? `first refusal: ${JSON.stringify({ message: String(e.message).slice(0, 140), extensions: e.extensions })}` : r?.error ?? '';
}

// ---------------------------------------------------------------------------------------------
// WebSocket attacks

async function wsFlood(wsUrl: string, n: number, windowMs: number): Promise<{ hist: Histogram; acked: number; settleMs: number }> {
  const hist = new Histogram();
  const sockets: WebSocket[] = [];
  let acked = 0;
  const t0 = Date.now();
  let settleMs = windowMs;
  await new Promise<void>((resolve) => {
    let settled = 0;
    const timer = setTimeout(resolve, windowMs);
    const done = () => {
      if (++settled === n) {
        settleMs = Date.now() - t0;
        clearTimeout(timer);
        resolve();
      }
    };
    for (let i = 0; i < n; i++) {
      const ws = new WebSocket(wsUrl, 'graphql-transport-ws', { localAddress: ATTACKER, handshakeTimeout: windowMs });
      sockets.push(ws);
      let finished = false;
      const fin = (kind: string) => {
        if (finished) return;
        finished = true;
        hist.add(kind);
        done();
      };
      ws.on('unexpected-response', (req, res) => {
        fin(`HTTP ${res.statusCode} at upgrade`);
        res.resume();
        req.destroy();
      });
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      ws.on('message', (data) => {
        try {
          if (JSON.parse(String(data)).type === 'connection_ack') {
            acked++;
            fin('connection_ack');
          }
        } catch {
          fin('unparsable message');
        }
      });
      ws.on('close', (code) => fin(`close ${code}`));
      ws.on('error', (e: NodeJS.ErrnoException) => fin(`error ${e.code ?? e.message.slice(0, 60)}`));
    }
  });
  const pending = n - hist.total();
  if (pending > 0) hist.add(`no answer within ${windowMs} ms`, pending);
  for (const ws of sockets) ws.terminate();
  return { hist, acked, settleMs };
}

async function manySubscriptions(wsUrl: string, n: number, windowMs: number, paceMs = 0): Promise<{ hist: Histogram; accepted: number; errored: number; nexts: number; bytes: number; closeCode: number | null; note: string }> {
  const hist = new Histogram();
  const ws = new WebSocket(wsUrl, 'graphql-transport-ws', { localAddress: ATTACKER, handshakeTimeout: 5_000 });
  const state = new Map<string, 'next' | 'error' | 'complete'>();
  let nexts = 0;
  let bytes = 0;
  let closeCode: number | null = null;
  let firstError = '';
  const acked = new Promise<boolean>((resolve) => {
    const t = setTimeout(() => resolve(false), 5_000);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    ws.on('message', (data: Buffer) => {
      bytes += data.length;
      let m: any;
      try {
        m = JSON.parse(String(data));
      } catch {
        return;
      }
      if (m.type === 'connection_ack') {
        clearTimeout(t);
        resolve(true);
      } else if (m.type === 'next') {
        nexts++;
        if (!state.has(m.id)) state.set(m.id, 'next');
      } else if (m.type === 'error') {
        state.set(m.id, 'error');
        const e = m.payload?.[0];
        const ext = e?.extensions ?? {};
        hist.add(`error ${ext.code ?? '(no code)'}${ext.limit ? ` limit ${ext.limit.name}` : ''}${/too many operations/.test(e?.message ?? '') ? ' (too many operations)' : ''}`);
        if (!firstError || (ext.code !== 'THROTTLED' && !/THROTTLED/.test(firstError))) firstError = JSON.stringify({ message: String(e?.message).slice(0, 140), extensions: ext });
      } else if (m.type === 'complete') {
        if (!state.has(m.id)) state.set(m.id, 'complete');
      }
    });
    ws.on('close', (code) => {
      closeCode = code;
      clearTimeout(t);
      resolve(false);
    });
    ws.on('error', () => resolve(false));
  });
  if (!(await acked)) {
    ws.terminate();
    return { hist, accepted: 0, errored: 0, nexts, bytes, closeCode, note: 'no connection_ack' };
  }
  const t0 = Date.now();
  for (let i = 0; i < n && Date.now() - t0 < windowMs; i++) {
    if (ws.readyState !== WebSocket.OPEN) break;
    ws.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: 'subscription { taskUpdates { sequence } }' } }));
    if (paceMs) await sleep(paceMs);
  }
  await sleep(Math.max(0, windowMs - (Date.now() - t0)));
  let errored = 0;
  let accepted = 0;
  for (let i = 0; i < n; i++) {
    const s = state.get(`s${i}`);
    if (s === 'error') errored++;
    else accepted++; // streaming, completed, or silent without an error
  }
  const silent = n - state.size;
  ws.terminate();
  return { hist, accepted, errored, nexts, bytes, closeCode, note: `${silent} silent (no message); ${firstError}` };
}

// ---------------------------------------------------------------------------------------------
// Slowloris

async function slowloris(port: number, n: number, windowMs: number): Promise<{ closedByServer: number; times: number[]; hist: Histogram; connected: number; connectErrors: number }> {
  const hist = new Histogram();
  const times: number[] = [];
  let closedByServer = 0;
  let connected = 0;
  let connectErrors = 0;
  const sockets: net.Socket[] = [];
  const timers: NodeJS.Timeout[] = [];
  const header = 'X-Slow: ' + 'a'.repeat(64);
  let open = n;
  await new Promise<void>((resolve) => {
    const stop = setTimeout(resolve, windowMs);
    const closed = () => {
      if (--open === 0) {
        clearTimeout(stop);
        resolve();
      }
    };
    for (let i = 0; i < n; i++) {
      const s = net.connect({ host: '127.0.0.1', port, localAddress: ATTACKER });
      sockets.push(s);
      let t0 = 0;
      let first = '';
      let connectedThis = false;
      s.on('connect', () => {
        connectedThis = true;
        connected++;
        t0 = Date.now();
        s.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
        let k = 0;
        const timer = setInterval(() => {
          if (!s.destroyed && s.writable) s.write(header[k++ % header.length]!);
        }, 1_000);
        timers.push(timer);
        s.once('close', () => clearInterval(timer));
      });
      s.on('data', (d: Buffer) => {
        if (!first) first = d.toString('latin1').split('\r\n')[0]!.slice(0, 60);
      });
      s.on('error', (e: NodeJS.ErrnoException) => {
        if (!connectedThis) connectErrors++;
        if (!first) first = `error ${e.code ?? e.message}`;
      });
      s.on('close', () => {
        if (connectedThis) {
          closedByServer++;
          times.push(Date.now() - t0);
        }
        hist.add(first || 'closed without a response');
        closed();
      });
    }
  });
  for (const t of timers) clearInterval(t);
  for (const s of sockets) {
    s.removeAllListeners('close');
    s.destroy();
  }
  return { closedByServer, times, hist, connected, connectErrors };
}

// ---------------------------------------------------------------------------------------------

export async function runAbuseBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  const child = await startChild();
  const probes: ProbeSample[] = [];
  const rss: RssSample[] = [];
  const worker = new Worker(fileURLToPath(new URL('./abuse-probe.js', import.meta.url)), {
    workerData: { url: child.url, pid: child.proc.pid, intervalMs: PROBE_INTERVAL_MS, maxMs: MAX_BENCH_MS, timeoutMs: 5_000 },
  });
  const workerStopped = new Promise<void>((resolve) => {
    worker.on('message', (m: any) => {
      if (m.kind === 'probe') probes.push(m);
      else if (m.kind === 'rss') rss.push(m);
      else if (m.kind === 'stopped') resolve();
    });
    worker.once('exit', () => resolve());
    worker.once('error', () => resolve());
  });

  const windowStats = (start: number, end: number) => {
    const inWindow = probes.filter((p) => p.t >= start && p.t < end);
    const ok = inWindow.filter((p) => p.status === 200);
    const before = rss.filter((s) => s.t < start).at(-1) ?? rss[0];
    const during = rss.filter((s) => s.t >= start && s.t <= end);
    const peak = Math.max(before?.kb ?? 0, ...during.map((s) => s.kb));
    return {
      n: inWindow.length,
      failed: inWindow.length - ok.length,
      p50: percentile(inWindow.map((p) => p.ms), 50),
      p99: percentile(inWindow.map((p) => p.ms), 99),
      max: Math.max(0, ...inWindow.map((p) => p.ms)),
      beforeMb: (before?.kb ?? 0) / 1024,
      peakMb: peak / 1024,
      rssSamples: during.length,
      statuses: [...new Set(inWindow.filter((p) => p.status !== 200).map((p) => p.status))],
      slow: (limitMs: number) => {
        const slow = inWindow.filter((p) => p.ms > limitMs);
        return slow.length ? `; ${slow.length} probe(s) over ${limitMs.toFixed(0)} ms (${slow.filter((p) => !p.reused).length} of them on a new connection): ${slow.map((p) => p.ms.toFixed(0)).join(', ')} ms` : '';
      },
    };
  };

  let idleP99 = NaN;
  const attack = async (
    label: string,
    windowMs: number,
    run: (deadline: number) => Promise<Omit<BenchResult, 'name'>>,
  ): Promise<void> => {
    const start = Date.now();
    let outcome: Omit<BenchResult, 'name'>;
    try {
      outcome = await run(start + windowMs);
    } catch (e) {
      outcome = { value: NaN, unit: '', target: 'refused or bounded', pass: false, note: `bench error: ${(e as Error).message}` };
    }
    // Keep measuring until the window is over even when the attack answered sooner.
    const elapsed = Date.now() - start;
    if (elapsed < windowMs) await sleep(windowMs - elapsed);
    const end = Date.now();
    await sleep(1_500); // probes sent just before the end answer; the attack's sockets and timers go
    const w = windowStats(start, end);
    const afterMb = (rss.at(-1)?.kb ?? 0) / 1024;
    const growth = w.peakMb - w.beforeMb;
    const ratio = w.p99 / idleP99;
    results.push({ name: `${label}: what the attacker got`, ...outcome });
    results.push({
      name: `${label}: RSS growth`,
      value: Number(growth.toFixed(1)),
      unit: 'MB',
      target: `< ${RSS_TARGET_MB} MB`,
      pass: growth < RSS_TARGET_MB,
      note: `${w.beforeMb.toFixed(1)} MB before, peak ${w.peakMb.toFixed(1)} MB over ${((end - start) / 1000).toFixed(1)} s (${w.rssSamples} samples); ${afterMb.toFixed(1)} MB 1.5 s after`,
    });
    results.push({
      name: `${label}: probe p99 / idle p99`,
      value: Number(ratio.toFixed(2)),
      unit: 'x',
      target: `<= ${P99_TARGET}x, no failed probe`,
      pass: ratio <= P99_TARGET && w.failed === 0,
      note: `p99 ${w.p99.toFixed(1)} ms (p50 ${w.p50.toFixed(1)}, max ${w.max.toFixed(1)}) vs idle ${idleP99.toFixed(1)} ms; ${w.n} probes, ${w.failed} failed${w.statuses.length ? ` (status ${w.statuses.join(', ')})` : ''}${w.slow(P99_TARGET * idleP99)}`,
    });
  };

  try {
    // Warm-up, then the idle baseline.
    await sleep(1_000);
    const idleStart = Date.now();
    await sleep(IDLE_MS);
    const idle = windowStats(idleStart, Date.now());
    idleP99 = idle.p99;
    results.push({
      name: 'idle probe p99 ({ accounts { id } } every 100 ms)',
      value: Number(idle.p99.toFixed(1)),
      unit: 'ms',
      target: 'baseline',
      pass: idle.failed === 0 && idle.n > 0,
      note: `p50 ${idle.p50.toFixed(1)} ms, max ${idle.max.toFixed(1)} ms, ${idle.n} probes, ${idle.failed} failed; RSS ${idle.peakMb.toFixed(1)} MB`,
    });

    // 1. One 1,000-alias bomb.
    const bomb = aliasBomb(1_000);
    await attack('1. alias bomb (1,000 aliases, 1 request)', 5_000, async () => {
      const agent = new http.Agent({ keepAlive: false, localAddress: ATTACKER });
      const r = await attackPost(agent, child.url, bomb, 15_000);
      agent.destroy();
      return {
        value: admitted(r) ? 1 : 0,
        unit: 'admitted',
        target: '0 (refused before execution)',
        pass: !admitted(r) && r.status >= 400 && r.status < 500,
        note: `${(bomb.length / 1024).toFixed(0)} KB body -> ${describeReply(r)} in ${r.ms.toFixed(0)} ms; ${sampleError(r)}`,
      };
    });

    // 2. Four in parallel, repeated.
    await attack('2. alias bomb x4 in parallel, repeated', 6_000, async (deadline) => {
      const r = await repeatPosts(child.url, bomb, 4, deadline, 50_000);
      return {
        value: r.admitted,
        unit: 'admitted',
        target: '0 (all refused)',
        pass: r.admitted === 0,
        note: `${r.hist.total()} requests: ${r.hist}; slowest answer ${r.maxMs.toFixed(0)} ms; ${sampleError(r.sample)}`,
      };
    });

    // 3. Depth 200.
    const deep = depthBomb(200);
    await attack('3. depth 200 (Task.source.currentTask...), repeated', 5_000, async (deadline) => {
      const r = await repeatPosts(child.url, deep, 1, deadline, 50_000);
      return {
        value: r.admitted,
        unit: 'admitted',
        target: '0 (all refused)',
        pass: r.admitted === 0,
        note: `${(deep.length / 1024).toFixed(1)} KB body, ${r.hist.total()} requests: ${r.hist}; ${sampleError(r.sample)}`,
      };
    });

    // 4. 2,000 WebSockets at once.
    await attack('4. 2,000 WebSockets at once', 8_000, async (deadline) => {
      const r = await wsFlood(child.wsUrl, 2_000, deadline - Date.now());
      const refused = r.hist.get('HTTP 429 at upgrade') + r.hist.get('HTTP 503 at upgrade') + r.hist.get('close 4429');
      return {
        value: r.acked,
        unit: 'acked',
        target: '<= 50 (connectionsPerPrincipal), rest 429/503 at upgrade or 4429',
        pass: r.acked <= 50 && r.acked + refused === 2_000,
        note: `${r.hist} (all settled in ${r.settleMs} ms)`,
      };
    });

    // 5. 1,000 subscriptions on one connection.
    await attack('5. 1,000 subscriptions on one connection', 6_000, async (deadline) => {
      const r = await manySubscriptions(child.wsUrl, 1_000, Math.max(1_000, deadline - Date.now() - 500));
      return {
        value: r.accepted,
        unit: 'accepted',
        target: '<= 25 (subscriptionsPerConnection)',
        pass: r.accepted <= 25 && r.accepted + r.errored === 1_000,
        note: `${r.errored} errored: ${r.hist}; ${r.nexts} next messages (${(r.bytes / 1024).toFixed(0)} KB) received${r.closeCode !== null ? `; server closed ${r.closeCode}` : ''}; ${r.note}`,
      };
    });

    // 5b. The same limit without the burst: 150 subscriptions at 40/s, under the rate limit.
    await attack('5b. 150 subscriptions at 40/s on one connection', 6_000, async (deadline) => {
      const r = await manySubscriptions(child.wsUrl, 150, Math.max(1_000, deadline - Date.now() - 500), 25);
      return {
        value: r.accepted,
        unit: 'accepted',
        target: '<= 25 (subscriptionsPerConnection)',
        pass: r.accepted <= 25 && r.accepted + r.errored === 150,
        note: `${r.errored} errored: ${r.hist}; ${r.nexts} next messages (${(r.bytes / 1024).toFixed(0)} KB) received${r.closeCode !== null ? `; server closed ${r.closeCode}` : ''}; ${r.note}`,
      };
    });

    // 6. Slowloris.
    await attack('6. slowloris (500 sockets, 1 header byte/s)', HEADERS_TIMEOUT_MS + 4_000, async (deadline) => {
      const r = await slowloris(child.port, 500, deadline - Date.now());
      const bound = HEADERS_TIMEOUT_MS + 2_000;
      const late = r.times.filter((t) => t > bound).length;
      return {
        value: r.closedByServer,
        unit: 'closed by server',
        target: `500, each within headersTimeoutMs + 2 s (${bound} ms)`,
        pass: r.closedByServer === 500 && late === 0,
        note: `${r.connected} connected (${r.connectErrors} connect errors); closed after min ${percentile(r.times, 0).toFixed(0)} / median ${percentile(r.times, 50).toFixed(0)} / max ${percentile(r.times, 100).toFixed(0)} ms = ${(percentile(r.times, 50) / HEADERS_TIMEOUT_MS).toFixed(2)}x headersTimeoutMs; ${late} late; server sent: ${r.hist}`,
      };
    });

    // Still up and answering after all of it?
    const after = await fetch(child.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ accounts { id } }' }) }).then(
      async (r) => `${r.status} ${(await r.text()).slice(0, 80)}`,
      (e: Error) => `error ${e.message}`,
    );
    results.push({ name: 'gateway answers after the attacks', value: after.startsWith('200') ? 1 : 0, unit: 'ok', target: '1', pass: after.startsWith('200'), note: `${after}; ${child.outputLines()} log lines at warn` });
  } finally {
    worker.postMessage('stop');
    await Promise.race([workerStopped, sleep(3_000)]);
    await worker.terminate();
    const how = await stopChild(child);
    if (!/SIGTERM: exited/.test(how)) console.error(`gateway child: ${how}`);
  }
  return results;
}
