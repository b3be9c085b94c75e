/**
 * A fake vendor in its own process (the scale and query benchmarks start one per account): one
 * provider's simulator with its demo data at a given scale, behind a counting proxy that adds the
 * upstream latency L to every call the gateway makes. Asked over IPC (bench/ipc.ts):
 *  - `start` { provider, accountId, scale, latencyMs } -> the account to configure (endpoint = the
 *    proxy) and its partitions (tasks and sources per region, read straight from the simulator);
 *  - `count` -> upstream calls received so far; `operations` -> the simulator's own count per
 *    operation (agents included) and `resetOperations`; `latency` { ms } -> a new L; `close`.
 */
import pino from 'pino';
import { PROVIDER_MODULES } from '../adapters/index.js';
import type { AccountConfig, DemoHandle } from '../adapters/module.js';
import { ListOrder, type ProviderId } from '../src/core/model.js';
import { serveParent } from './ipc.js';
import { countingProxy, type CountingProxy } from './upstream-proxy.js';

export interface FakeVendorStart {
  provider: ProviderId;
  accountId: string;
  scale: number;
  latencyMs: number;
}

export interface Partition {
  region: string;
  tasks: number;
  sources: number;
}

export interface FakeVendorInfo {
  account: AccountConfig;
  partitions: Partition[];
}

let demo: DemoHandle | null = null;
let proxy: CountingProxy | null = null;

serveParent({
  start: async (o: FakeVendorStart): Promise<FakeVendorInfo> => {
    const mod = PROVIDER_MODULES.find((m) => m.id === o.provider);
    if (!mod) throw new Error(`unknown provider ${o.provider}`);
    const logger = pino({ level: 'silent' });
    demo = await mod.startDemo({ accountId: o.accountId, logger, scale: o.scale });
    proxy = await countingProxy(demo.account.endpoint, { delayMs: o.latencyMs });
    // The partitions' sizes, read from the simulator directly (not through the proxy: not counted).
    const provider = mod.createProvider(demo.account, { logger });
    const partitions: Partition[] = [];
    try {
      for (const region of demo.account.regions) {
        const q = { region, offset: 0, limit: 1, filter: {} };
        const tasks = (await provider.listTasks({ ...q, order: ListOrder.CREATED_DESC })).totalCount;
        const sources = (await provider.listSources({ ...q, order: ListOrder.CREATED_DESC })).totalCount;
        partitions.push({ region, tasks, sources });
      }
    } finally {
      await provider.close();
    }
    return { account: { ...demo.account, endpoint: proxy.endpoint }, partitions };
  },
  count: () => proxy?.count() ?? 0,
  operations: () => demo?.probe?.counts() ?? {},
  resetOperations: () => demo?.probe?.resetCounts(),
  latency: (o: { ms: number }) => proxy?.setDelay(o.ms),
  close: async () => {
    await proxy?.close();
    await demo?.close();
    proxy = null;
    demo = null;
  },
});
