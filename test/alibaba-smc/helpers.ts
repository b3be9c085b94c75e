/** Shared set-up for the Alibaba SMC tests: a simulator on a ManualClock and clients bound to it. */
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../adapters/port.js';
import { Client, clientTokenFor, replicationJobsOf, sourceServersOf, wireNumber, type ClientOptions as AlibabaClientOptions } from '../../adapters/alibaba-smc/client.js';
import type * as w from '../../adapters/alibaba-smc/generated/wire.js';
import { Provider, type AlibabaProviderOptions } from '../../adapters/alibaba-smc/provider.js';
import { startAlibabaSimulator, type AlibabaSimulator, type AlibabaSimulatorOptions } from '../../adapters/alibaba-smc/simulator/server.js';
import type { SimTiming } from '../../adapters/alibaba-smc/simulator/model.js';

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
  client(overrides?: Partial<AlibabaClientOptions>): TestClient;
  provider(overrides?: Partial<AlibabaProviderOptions>): Provider;
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
      const c = new TestClient({ endpoint: sim.url, credentials: { accessKeyId: AK, accessKeySecret: SK }, accountId: 'ali-test', now: () => clock.now(), backoffLimitMs: 5, ...overrides });
      closers.push(() => c.close());
      return c;
    },
    provider(overrides = {}) {
      const p = new Provider({
        accountId: 'ali-test',
        endpoint: sim.url,
        regions: [REGION, 'cn-shanghai'],
        credentials: { accessKeyId: AK, accessKeySecret: SK },
        now: () => clock.now(),
        backoffLimitMs: 5,
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

/**
 * The adapter's Client with the Describe/List answers unwrapped and counts read (the shapes these
 * tests assert on); CreateReplicationJob returns the ClientToken it sent.
 */
export class TestClient {
  readonly raw: Client;
  constructor(options: AlibabaClientOptions) {
    this.raw = new Client(options);
  }
  close(): void {
    this.raw.close();
  }
  async describeSourceServers(req: w.DescribeSourceServersRequest = {}, ctx?: CallContext) {
    const r = await this.raw.describeSourceServers(req, ctx);
    return { ...r, SourceServers: sourceServersOf(r), TotalCount: wireNumber(r.TotalCount, 0), PageNumber: wireNumber(r.PageNumber, 1), PageSize: wireNumber(r.PageSize, 10) };
  }
  async describeReplicationJobs(req: w.DescribeReplicationJobsRequest = {}, ctx?: CallContext) {
    const r = await this.raw.describeReplicationJobs(req, ctx);
    return { ...r, ReplicationJobs: replicationJobsOf(r), TotalCount: wireNumber(r.TotalCount, 0), PageNumber: wireNumber(r.PageNumber, 1), PageSize: wireNumber(r.PageSize, 10) };
  }
  async createReplicationJob(req: w.CreateReplicationJobRequest, ctx?: CallContext) {
    const ClientToken = req.ClientToken ?? (ctx?.idempotencyKey ? clientTokenFor(ctx.idempotencyKey) : randomUUID());
    const r = await this.raw.createReplicationJob({ ...req, ClientToken }, ctx);
    return { RequestId: r.RequestId ?? '', JobId: r.JobId ?? '', ClientToken };
  }
  async listTagResources(req: w.ListTagResourcesRequest, ctx?: CallContext) {
    const r = await this.raw.listTagResources(req, ctx);
    return { ...r, NextToken: r.NextToken ?? '', TagResources: r.TagResources?.TagResource ?? [] };
  }
  listAllTagResources(req: Omit<w.ListTagResourcesRequest, 'NextToken'>, ctx?: CallContext) {
    return this.raw.listAllTagResources(req, ctx);
  }
  deleteSourceServer(req: w.DeleteSourceServerRequest, ctx?: CallContext) {
    return this.raw.deleteSourceServer(req, ctx);
  }
  modifySourceServerAttribute(req: w.ModifySourceServerAttributeRequest, ctx?: CallContext) {
    return this.raw.modifySourceServerAttribute(req, ctx);
  }
  deleteReplicationJob(req: w.DeleteReplicationJobRequest, ctx?: CallContext) {
    return this.raw.deleteReplicationJob(req, ctx);
  }
  modifyReplicationJobAttribute(req: w.ModifyReplicationJobAttributeRequest, ctx?: CallContext) {
    return this.raw.modifyReplicationJobAttribute(req, ctx);
  }
  startReplicationJob(req: w.StartReplicationJobRequest, ctx?: CallContext) {
    return this.raw.startReplicationJob(req, ctx);
  }
  stopReplicationJob(req: w.StopReplicationJobRequest, ctx?: CallContext) {
    return this.raw.stopReplicationJob(req, ctx);
  }
  cutOverReplicationJob(req: w.CutOverReplicationJobRequest, ctx?: CallContext) {
    return this.raw.cutOverReplicationJob(req, ctx);
  }
  tagResources(req: w.TagResourcesRequest, ctx?: CallContext) {
    return this.raw.tagResources(req, ctx);
  }
  untagResources(req: w.UntagResourcesRequest, ctx?: CallContext) {
    return this.raw.untagResources(req, ctx);
  }
}
