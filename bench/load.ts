/**
 * A small closed-loop HTTP load generator for benchmarks: `connections` keep-alive loops POST the same
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
