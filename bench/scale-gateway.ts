/**
 * The gateway under test of `bench/scale-events.ts`, in its own process: started by this script
 * from the built `dist/` of a checkout named in its spec (this one, or a baseline checkout), so the
 * same script runs the current and the baseline gateway the same way.
 *
 * Spec (env `MIGRAPH_SCALE_GATEWAY`, JSON): `{ checkout, config, accounts: [{ id, provider, tasks }] }`.
 * `config` is merged over the bench defaults (port 0, auth off, silent logs). Each account is an
 * in-memory fake provider (the checkout's test/helpers/fake-provider.js, one region `r1`) holding
 * `tasks` replicating tasks: the tasks' changes are made here, so their instants are exact.
 *
 * IPC (parent -> child): `{ op: 'advance' }` moves every task's progress one percent and answers
 * `{ at }` (epoch ms of the change); `{ op: 'mark' }` starts a window (event-loop delay, CPU and
 * upstream calls from now); `{ op: 'measure', gc }` answers the window's figures (after three
 * garbage collections when `gc`). First message (child -> parent): `{ ready, url, wsUrl, ids }`.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { checkoutLoader } from './checkout.js';

interface Spec {
  checkout: string;
  config: Record<string, unknown>;
  accounts: { id: string; provider: string; tasks: number }[];
}

interface FakeProviderLike {
  tasks: { nativeId: string; accountId: string; region: string; provider: string; progress: Record<string, unknown> & { percent: number | null } }[];
  addTask(region: string, n: number, patch?: Record<string, unknown>): unknown;
  totalCalls(): number;
}

const spec = JSON.parse(process.env.MIGRAPH_SCALE_GATEWAY ?? '{}') as Spec;
const load = checkoutLoader(spec.checkout);

const { loadConfig } = await load<{ loadConfig: (env: object, overrides: object) => unknown }>('src/config/index.js');
const { startGateway } = await load<{ startGateway: (config: unknown, options: object) => Promise<{ url: string; wsUrl: string; hub: { stats(): { subscriptions: number; polls: number; events: number } }; close(): Promise<void> }> }>('src/server/app.js');
const { createLogger } = await load<{ createLogger: (level: string) => unknown }>('src/server/logger.js');
const { encodeId } = await load<{ encodeId: (kind: string, ref: object) => string }>('src/domain/ids.js');
const { fakeAccounts } = await load<{
  fakeAccounts: (defs: { id: string; provider: string; regions: string[] }[]) => { accounts: unknown[]; factory: unknown; providers: Map<string, FakeProviderLike> };
}>('test/helpers/fake-provider.js');

const fake = fakeAccounts(spec.accounts.map((a) => ({ id: a.id, provider: a.provider, regions: ['r1'] })));
const overrides = spec.config as { server?: object; limits?: object };
const config = loadConfig(
  {},
  {
    embedded: false,
    auth: { disabled: true },
    log: { level: 'silent' },
    cache: { enabled: false },
    ...overrides,
    server: { port: 0, host: '127.0.0.1', graphiql: false, drainDelayMs: 0, ...overrides.server },
  },
);
const gw = await startGateway(config, { logger: createLogger('silent'), accounts: fake.accounts, providerFactory: fake.factory });
// The registry made one fake provider per account at the start.
const providers = spec.accounts.map((a) => fake.providers.get(a.id)!);
for (const [i, a] of spec.accounts.entries()) {
  for (let n = 0; n < a.tasks; n++) providers[i]!.addTask('r1', n, { progress: { percent: 0, transferredBytes: 0, totalBytes: 100 * 2 ** 30, speed: null, remainingSeconds: null, estimatedCompletionAt: null, phase: 'MIGRATE', steps: [] } });
}

const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
let mark = { cpu: process.cpuUsage(), calls: 0, at: performance.now(), events: 0 };
const calls = () => providers.reduce((a, p) => a + p.totalCalls(), 0);
const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', async (msg: { op: string; gc?: boolean }) => {
  if (msg.op === 'advance') {
    for (const p of providers) for (const t of p.tasks) t.progress = { ...t.progress, percent: ((t.progress.percent ?? 0) + 1) % 100 };
    process.send!({ at: performance.timeOrigin + performance.now() });
  } else if (msg.op === 'mark') {
    lag.reset();
    mark = { cpu: process.cpuUsage(), calls: calls(), at: performance.now(), events: gw.hub.stats().events };
    process.send!({ marked: true });
  } else if (msg.op === 'measure') {
    const cpu = process.cpuUsage(mark.cpu);
    const windowMs = performance.now() - mark.at;
    const stats = gw.hub.stats();
    const out = {
      windowMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      upstreamCalls: calls() - mark.calls,
      hubEvents: stats.events - mark.events,
      subscriptions: stats.subscriptions,
      lagP50Ms: lag.percentile(50) / 1e6,
      lagP99Ms: lag.percentile(99) / 1e6,
      lagMaxMs: lag.max / 1e6,
      rss: 0,
    };
    if (msg.gc && gc) {
      for (let i = 0; i < 3; i++) {
        gc();
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    out.rss = process.memoryUsage().rss;
    process.send!(out);
  }
});
process.on('disconnect', () => {
  void gw.close().finally(() => process.exit(0));
});

const ids = providers.flatMap((p) => p.tasks.map((t) => encodeId('Task', t)));
process.send!({ ready: true, url: gw.url, wsUrl: gw.wsUrl, ids, rss: process.memoryUsage().rss });
