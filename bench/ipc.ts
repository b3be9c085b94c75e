/**
 * Request/answer over IPC between a benchmark and the servers it runs in child processes (fake
 * vendors, gateways): each server has its own process, so its CPU time, RSS and event loop are its
 * own, and the benchmark process only sends load and reads figures.
 */
import { fork, type ChildProcess } from 'node:child_process';

interface Ask {
  id: number;
  type: string;
  body?: unknown;
}
type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export interface BenchChild {
  readonly pid: number;
  /** Sends `type` with `body`; resolves with the handler's answer (rejects with its error). */
  ask<T = unknown>(type: string, body?: unknown, timeoutMs?: number): Promise<T>;
  /** Asks `close` (if the child serves it), then ends the process. */
  close(): Promise<void>;
}

/** Forks `script` (a compiled bench entry) with IPC; its stdout is dropped, stderr inherited. */
export function startChild(script: string, options: { args?: string[]; env?: NodeJS.ProcessEnv; execArgv?: string[] } = {}): BenchChild {
  const child: ChildProcess = fork(script, options.args ?? [], {
    env: { ...process.env, ...options.env },
    execArgv: options.execArgv ?? [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (m: Answer) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.ok) w.resolve(m.value);
    else w.reject(new Error(m.error));
  });
  child.once('exit', (code, signal) => {
    for (const w of waiting.values()) w.reject(new Error(`${script} exited (${code ?? signal})`));
    waiting.clear();
  });
  const ask = <T>(type: string, body?: unknown, timeoutMs = 600_000): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`${script}: no answer to "${type}" within ${timeoutMs} ms`));
      }, timeoutMs);
      waiting.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      child.send({ id, type, body } satisfies Ask);
    });
  return {
    pid: child.pid ?? -1,
    ask,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        await ask('close', undefined, 30_000).catch(() => undefined);
        const exited = new Promise((r) => child.once('exit', r));
        child.kill();
        await exited;
      }
    },
  };
}

/** The child side: answers each asked `type` with its handler's result; exits when the parent goes. */
export function serveParent(handlers: Record<string, (body: never) => unknown>): void {
  process.on('message', async (m: Ask) => {
    const handler = handlers[m.type];
    try {
      if (!handler) throw new Error(`unknown request "${m.type}"`);
      process.send!({ id: m.id, ok: true, value: (await handler(m.body as never)) ?? null } satisfies Answer);
    } catch (e) {
      process.send!({ id: m.id, ok: false, error: (e as Error).stack ?? String(e) } satisfies Answer);
    }
  });
  process.on('disconnect', () => process.exit(0));
}

/** CPU time (user + system, ms) and memory of the process that calls it: a child's `usage` answer. */
export function processUsage(): { cpuMs: number; rss: number; maxRss: number } {
  const cpu = process.cpuUsage();
  return { cpuMs: (cpu.user + cpu.system) / 1000, rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 };
}
