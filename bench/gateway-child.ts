/**
 * The gateway of the scale and query benchmarks, in its own process (run with NODE_ENV=production).
 * `node dist/bench/gateway-child.js [checkout]` serves the gateway built in `checkout`'s dist/
 * (default: this checkout), so one benchmark run compares two commits with the same harness
 * (MIGRAPH_BENCH_BASELINE). Asked over IPC (bench/ipc.ts):
 *  - `start` { accounts, overrides } -> { url, base }: the configuration is the benchmark's defaults
 *    (loopback, auth off, no rate limit, upstream quota off) with `overrides` on top;
 *  - `usage` -> this process's CPU time and RSS (processUsage); `invalidate`: empties the shared
 *    cache of every account (a refresh after the cache expired); `close`.
 * bench/scale-gateway.ts is the events bench's gateway child (in-process fake providers, whose
 * changes it makes itself); both load a checkout's dist with bench/checkout.ts.
 */
import { fileURLToPath } from 'node:url';
import type { AccountConfig } from '../adapters/module.js';
import { checkoutLoader } from './checkout.js';
import { processUsage, serveParent } from './ipc.js';

const load = checkoutLoader(process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url)));

interface Running {
  url: string;
  gateway: { accounts: { list(): { config: { id: string } }[] } };
  cache: { invalidate(accountId: string): void };
  close(): Promise<void>;
}

let gateway: Running | null = null;

serveParent({
  start: async (o: { accounts: AccountConfig[]; overrides?: Record<string, unknown> }) => {
    const { loadConfig } = await load<typeof import('../src/config/index.js')>('src/config/index.js');
    const { startGateway } = await load<typeof import('../src/server/app.js')>('src/server/app.js');
    const { createLogger } = await load<typeof import('../src/server/logger.js')>('src/server/logger.js');
    const config = loadConfig(
      {},
      {
        server: { port: 0, host: '127.0.0.1', drainDelayMs: 0 },
        embedded: false,
        auth: { disabled: true },
        limits: { rate: { perSecond: 1_000_000, burst: 1_000_000 } },
        upstream: { quota: { enabled: false } },
        ...o.overrides,
      },
    );
    gateway = await startGateway(config, { logger: createLogger('error'), accounts: o.accounts });
    return { url: gateway.url, base: gateway.url.replace(/\/graphql$/, '') };
  },
  usage: () => processUsage(),
  invalidate: () => {
    for (const account of gateway?.gateway.accounts.list() ?? []) gateway!.cache.invalidate(account.config.id);
  },
  close: async () => {
    await gateway?.close();
    gateway = null;
  },
});
