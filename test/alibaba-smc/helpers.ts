/** Shared set-up for the Alibaba SMC tests: a simulator on a ManualClock and clients bound to it. */
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { AlibabaSmcClient, type AlibabaClientOptions } from '../../adapters/alibaba-smc/client.js';
import { AlibabaSmcProvider, type AlibabaProviderOptions } from '../../adapters/alibaba-smc/provider.js';
import { startAlibabaSimulator, type AlibabaSimulator, type AlibabaSimulatorOptions } from '../../adapters/alibaba-smc/simulator/server.js';
import type { SimTiming } from '../../adapters/alibaba-smc/simulator/service.js';

export const AK = 'LTAItestAccessKey01';
export const SK = 'test-secret-0123456789';
export const REGION = 'cn-hangzhou';

/** Short phases so tests advance the clock by seconds. */
export const TEST_TIMING: Partial<SimTiming> = {
  preparingMs: 10_000,
  syncingMs: 100_000,
  processingMs: 10_000,
  cleaningMs: 10_000,
  deletingMs: 5_000,
  hourMs: 60_000,
};

export interface Env {
  clock: ManualClock;
  sim: AlibabaSimulator;
  client(overrides?: Partial<AlibabaClientOptions>): AlibabaSmcClient;
  provider(overrides?: Partial<AlibabaProviderOptions>): AlibabaSmcProvider;
  close(): Promise<void>;
}

export async function startEnv(options: Partial<AlibabaSimulatorOptions> = {}): Promise<Env> {
  const clock = new ManualClock();
  const sim = await startAlibabaSimulator({ clock, credentials: [{ accessKeyId: AK, accessKeySecret: SK }], timing: TEST_TIMING, seed: 7, strictParams: true, ...options });
  const closers: (() => void | Promise<void>)[] = [];
  return {
    clock,
    sim,
    client(overrides = {}) {
      const c = new AlibabaSmcClient({ endpoint: sim.url, credentials: { accessKeyId: AK, accessKeySecret: SK }, accountId: 'ali-test', now: () => clock.now(), retryBaseMs: 5, ...overrides });
      closers.push(() => c.close());
      return c;
    },
    provider(overrides = {}) {
      const p = new AlibabaSmcProvider({
        accountId: 'ali-test',
        endpoint: sim.url,
        regions: [REGION, 'cn-shanghai'],
        credentials: { accessKeyId: AK, accessKeySecret: SK },
        now: () => clock.now(),
        retryBaseMs: 5,
        ...overrides,
      });
      closers.push(() => p.close());
      return p;
    },
    async close() {
      for (const c of closers) await c();
      await sim.close();
    },
  };
}

/** Adds a Linux source with two data disks (indexes 1 and 2). */
export function addSource(env: Env, name: string, extra: Parameters<Env['sim']['service']['addSource']>[0] extends infer T ? Partial<T> : never = {}) {
  return env.sim.service.addSource({
    Name: name,
    DataDisks: [
      { Index: 1, Path: '/data1', Size: 100, Parts: [{ Device: '1_0', Path: '/data1', SizeBytes: 100 * 1024 ** 3, CanBlock: true, Need: false }] },
      { Index: 2, Path: '/data2', Size: 50, Parts: [] },
    ],
    ...extra,
  });
}
