/**
 * A small closed-loop HTTP load generator for benchmarks (and `compareLoad`, interleaved rounds against
 * servers in their own processes, with the server CPU per request): `connections` keep-alive loops POST the same
 * GraphQL request for `durationMs` and count completed 200 responses. Runs in a child process
 * (bench/load-worker.ts) so the server under test has its own core.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  requests: number;
  errors: number;
  durationMs: number;
  rps: number;
}

/** `headers` are sent with every request besides content-type and content-length (none by default). */
export function runLoad(url: string, body: string, connections: number, durationMs: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = fork(fileURLToPath(new URL('./load-worker.js', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    worker.once('message', (m) => {
      resolve(m as LoadResult);
      worker.kill();
    });
    worker.once('error', reject);
    worker.send({ url, body, connections, durationMs, headers });
  });
}

/** A server under load in its own process: its URL and its CPU time so far (ms). */
export interface LoadTarget {
  name: string;
  url: string;
  headers?: Record<string, string>;
  cpuMs(): Promise<number>;
}

export interface Compared {
  /** Requests per second of each round. */
  rps: number[];
  /** The server's CPU time per answered request (µs), each round. */
  cpuUsPerRequest: number[];
  errors: number;
}

/**
 * Interleaved rounds (A B C, B C A, C A B, ...: each target in every position) of the same request
 * against every target, each server in its own process and the load from a child: requests per
 * second and the server's CPU per request, per round. One warm-up window per target first.
 */
export async function compareLoad(targets: readonly LoadTarget[], body: string, o: { connections: number; roundMs: number; rounds: number; warmMs?: number }): Promise<Record<string, Compared>> {
  const out: Record<string, Compared> = Object.fromEntries(targets.map((t) => [t.name, { rps: [], cpuUsPerRequest: [], errors: 0 }]));
  for (const t of targets) await runLoad(t.url, body, o.connections, o.warmMs ?? 1_500, t.headers);
  for (let round = 0; round < o.rounds; round++) {
    const k = round % targets.length;
    for (const t of [...targets.slice(k), ...targets.slice(0, k)]) {
      const before = await t.cpuMs();
      const load = await runLoad(t.url, body, o.connections, o.roundMs, t.headers);
      const used = (await t.cpuMs()) - before;
      const r = out[t.name]!;
      r.rps.push(load.rps);
      r.cpuUsPerRequest.push((used * 1000) / Math.max(1, load.requests));
      r.errors += load.errors;
    }
  }
  return out;
}
