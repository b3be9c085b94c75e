/**
 * Harness of the browser tests: finds Debian's chromium (or MIGRAPH_CHROMIUM), starts the gateway
 * exactly as `npm start` does for the embedded default (the three simulators with demo data, then
 * `startGateway` over their accounts; see src/main.ts), launches headless Chromium through
 * playwright-core, and records what a page does that a test must see: console errors and warnings,
 * uncaught exceptions, and every request (HTTP and WebSocket) to a host that is not loopback.
 */
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROVIDER_MODULES } from '../../adapters/index.js';
import type { DemoHandle } from '../../adapters/module.js';
import { loadConfig } from '../../src/config/index.js';
import { startGateway, type RunningGateway } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** The chromium binary to drive, or why there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string } | { missing: string } {
  const fromEnv = env.MIGRAPH_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { missing: `MIGRAPH_CHROMIUM=${fromEnv} does not exist` };
  const debian = '/usr/bin/chromium';
  return existsSync(debian) ? { path: debian } : { missing: `${debian} not found (install Debian's chromium, or set MIGRAPH_CHROMIUM to a Chromium binary)` };
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface DashboardGateway {
  /** http://127.0.0.1:<port> (no path). */
  origin: string;
  /** The GraphQL endpoint. */
  graphqlUrl: string;
  running: RunningGateway;
  /** The gateway's log lines (JSON), for a failure message. */
  logs: string[];
  close(): Promise<void>;
}

/**
 * The embedded default gateway (auth disabled, demo scale 100 unless `overrides.demo.scale` says
 * otherwise), started in-process the way src/main.ts starts it; `overrides` are merged into the
 * configuration like a config file's keys (auth for the API-key gateway). Port 0; loopback.
 */
export async function startDashboardGateway(overrides: Record<string, unknown> = {}): Promise<DashboardGateway> {
  const server = { port: 0, host: '127.0.0.1', ...((overrides.server as object | undefined) ?? {}) };
  const config = loadConfig({}, { embedded: true, ...overrides, server });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      if (logs.length > 2_000) logs.splice(0, 1_000);
      cb();
    },
  });
  const logger = createLogger('info', sink);
  const demos: DemoHandle[] = [];
  try {
    for (const mod of PROVIDER_MODULES) {
      demos.push(await mod.startDemo({ accountId: `demo-${mod.id.split('-')[0]}`, logger: logger.child({ simulator: mod.id }), scale: config.demo.scale }));
    }
    const running = await startGateway(config, { logger, accounts: demos.map((d) => d.account) });
    const origin = new URL(running.url).origin;
    return {
      origin,
      graphqlUrl: running.url,
      running,
      logs,
      async close() {
        await running.close();
        await Promise.all(demos.map((d) => d.close()));
      },
    };
  } catch (e) {
    await Promise.all(demos.map((d) => d.close()));
    throw e;
  }
}

/** POST a GraphQL document; throws on transport or GraphQL errors. */
export async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, credential?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(credential ? { authorization: `Bearer ${credential}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!res.ok || body.errors?.length || !body.data) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for a URL that stays on this machine (loopback host) or never leaves the page (data:, blob:, about:). */
export function isLocalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return LOOPBACK.has(u.hostname);
}

export interface PageWatch {
  /** Console errors and warnings, and uncaught exceptions, as readable lines. */
  problems: string[];
  /** Requests (HTTP and WebSocket) to a host that is not loopback. */
  foreign: string[];
  /** Every request URL (to show in a failure message). */
  requests: string[];
  /** HTTP requests started and not yet finished or failed (WebSockets not counted). */
  inflight: number;
}

/**
 * Waits until the page has no HTTP request in flight (its queries answered), then two animation
 * frames (what those answers render is on screen): the point where a test may assert that
 * something is absent. Polls every 50 ms, up to `timeoutMs`.
 */
export async function settled(page: Page, watch: PageWatch, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (watch.inflight > 0) {
    if (Date.now() > until) throw new Error(`still ${watch.inflight} HTTP request(s) in flight after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.evaluate(() => new Promise<void>((r) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(() => r()))));
}

/** Records a page's console problems, exceptions and non-loopback requests from now on. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { problems: [], foreign: [], requests: [], inflight: 0 };
  page.on('console', (msg) => {
    const type = msg.type();
    if (type === 'error' || type === 'warning') {
      const loc = msg.location();
      watch.problems.push(`console.${type}: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => watch.problems.push(`uncaught: ${err.stack ?? err.message}`));
  page.on('request', (req) => {
    watch.requests.push(`${req.method()} ${req.url()}`);
    watch.inflight++;
    if (!isLocalUrl(req.url())) watch.foreign.push(`${req.method()} ${req.url()}`);
  });
  page.on('requestfinished', () => watch.inflight--);
  page.on('requestfailed', () => watch.inflight--);
  page.on('websocket', (ws) => {
    watch.requests.push(`WS ${ws.url()}`);
    if (!isLocalUrl(ws.url())) watch.foreign.push(`WS ${ws.url()}`);
  });
  return watch;
}
