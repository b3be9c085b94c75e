/**
 * The servers a benchmark compares, each in its own child process (bench/ipc.ts): the fake vendors
 * (bench/fake-vendor.ts, one per account) and gateways (bench/gateway-child.ts, from this checkout's
 * dist or another checkout's). The benchmark process only sends requests and reads figures.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import type { AccountConfig } from '../adapters/module.js';
import type { ProviderId } from '../src/core/model.js';
import type { FakeVendorInfo, FakeVendorStart, Partition } from './fake-vendor.js';
import { startChild, type BenchChild } from './ipc.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** This checkout (the folder holding dist/). */
export const THIS_CHECKOUT = path.resolve(here, '../..');

/** One account x region of the fake world, with its size read from the simulator. */
export interface WorldPartition extends Partition {
  accountId: string;
  provider: ProviderId;
}

export interface World {
  accounts: AccountConfig[];
  partitions: WorldPartition[];
  vendors: BenchChild[];
  /** Upstream calls received by every fake vendor so far (counted at its proxy). */
  calls(): Promise<number>;
  /** Sets the latency L of every fake vendor. */
  latency(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Fake vendors seeding their demo data at once (two cores: more only contend). */
const STARTING_AT_ONCE = 4;

/** One fake vendor process per account, a few started at a time. */
export async function startWorld(specs: readonly FakeVendorStart[], latencyMs: number): Promise<World> {
  const script = path.join(here, 'fake-vendor.js');
  const vendors: BenchChild[] = [];
  const limit = pLimit(STARTING_AT_ONCE);
  try {
    const infos = await Promise.all(
      specs.map((spec) =>
        limit(() => {
          const child = startChild(script, { env: { NODE_ENV: 'production' } });
          vendors.push(child);
          return child.ask<FakeVendorInfo>('start', { ...spec, latencyMs } satisfies FakeVendorStart, 300_000);
        }),
      ),
    );
    return {
      accounts: infos.map((i) => i.account),
      partitions: infos.flatMap((i) => i.partitions.map((p) => ({ ...p, accountId: i.account.id, provider: i.account.provider }))),
      vendors,
      calls: async () => (await Promise.all(vendors.map((v) => v.ask<number>('count')))).reduce((a, b) => a + b, 0),
      latency: async (ms) => {
        await Promise.all(vendors.map((v) => v.ask('latency', { ms })));
      },
      close: async () => {
        await Promise.all(vendors.map((v) => v.close()));
      },
    };
  } catch (e) {
    await Promise.all(vendors.map((v) => v.close()));
    throw e;
  }
}

export interface Usage {
  /** CPU time (user + system) since the process started, ms. */
  cpuMs: number;
  rss: number;
  /** Peak RSS since the process started. */
  maxRss: number;
}

export interface GatewayChild {
  url: string;
  base: string;
  usage(): Promise<Usage>;
  /** Empties the shared cache of every account. */
  invalidate(): Promise<void>;
  close(): Promise<void>;
}

/** A gateway (NODE_ENV=production) built in `root`'s dist, over the world's accounts. */
export async function startGatewayChild(root: string, world: Pick<World, 'accounts'>, overrides: Record<string, unknown>): Promise<GatewayChild> {
  const child = startChild(path.join(here, 'gateway-child.js'), { args: [root], env: { NODE_ENV: 'production' } });
  try {
    const { url, base } = await child.ask<{ url: string; base: string }>('start', { accounts: world.accounts, overrides }, 120_000);
    return { url, base, usage: () => child.ask<Usage>('usage'), invalidate: () => child.ask('invalidate'), close: () => child.close() };
  } catch (e) {
    await child.close();
    throw e;
  }
}

/** POSTs a GraphQL operation; throws on errors. */
export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

export { percentile } from './stats.js';
