/**
 * Shared set-up of the reliability tests: an injectable policy clock, the three providers' demo
 * simulators (frozen on a ManualClock) and real providers built over them with a given policy.
 */
import assert from 'node:assert/strict';
import { PROVIDER_MODULES } from '../../adapters/index.js';
import type { DemoHandle, ProviderModule } from '../../adapters/module.js';
import type { MigrationProvider } from '../../adapters/port.js';
import { UpstreamPolicy, type PolicyClock, type PolicyObserver } from '../../adapters/common/policy.js';
import { upstreamPolicySchema, type PolicySettings } from '../../adapters/common/policy-config.js';
import type { QuotaStore } from '../../adapters/common/quota.js';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import type { SimulatorProbe } from '../../adapters/common/simulator/probe.js';
import { GatewayError } from '../../src/core/errors.js';
import { ListOrder, TaskAction, type Logger, type ListQuery, type Task } from '../../src/core/model.js';

export const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

/**
 * A policy clock that moves only when told to (`advance`), or, with `auto`, by exactly what the
 * policy sleeps (back-off and quota waits take no real time). Every requested sleep is recorded.
 */
export class StepClock implements PolicyClock {
  t = 1_000_000;
  readonly sleeps: number[] = [];
  private waiting: { due: number; resolve: () => void }[] = [];

  constructor(private readonly auto = false) {}

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    if (ms <= 0 || signal?.aborted) return Promise.resolve();
    if (this.auto) {
      this.t += ms;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const w = { due: this.t + ms, resolve };
      this.waiting.push(w);
      signal?.addEventListener(
        'abort',
        () => {
          this.waiting = this.waiting.filter((x) => x !== w);
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Moves time forward, waking every sleeper that falls due, in time order. */
  async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    for (;;) {
      const next = this.waiting.filter((w) => w.due <= target).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.waiting = this.waiting.filter((w) => w !== next);
      this.t = Math.max(this.t, next.due);
      next.resolve();
      await settle();
    }
    this.t = target;
    await settle();
  }
}

/** Lets queued promise callbacks and immediate callbacks run. */
export async function settle(turns = 5): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((r) => setImmediate(r));
}

/** Policy settings: the defaults with `over` applied (nested objects merged by the schema). */
export function settings(over: Record<string, unknown> = {}): PolicySettings {
  return upstreamPolicySchema.parse(over);
}

export function policy(over: Record<string, unknown> = {}, options: { clock?: PolicyClock; store?: QuotaStore; observer?: PolicyObserver } = {}): UpstreamPolicy {
  return new UpstreamPolicy(settings(over), options);
}

/** What the tests need to know of each provider: its module, the operation ids its probe reports. */
export interface ProviderCase {
  module: ProviderModule;
  /** The operation behind `listTasks`. */
  listOp: string;
  /** The operation behind `runTaskAction(START)`. */
  startOp: string;
  /**
   * Whether a malformed 2xx body fails the start: Huawei's UpdateTaskStatus answers no body the
   * client reads (`unnamedResponse`), so a garbled one is ignored.
   */
  malformedStartFails: boolean;
  region(demo: DemoHandle): string;
}

const OPS: Record<string, Omit<ProviderCase, 'module'>> = {
  'huawei-sms': { listOp: 'ListTasks', startOp: 'UpdateTaskStatus', malformedStartFails: false, region: (d) => d.account.regions[0]! },
  'alibaba-smc': { listOp: 'DescribeReplicationJobs', startOp: 'StartReplicationJob', malformedStartFails: true, region: (d) => d.account.regions[0]! },
  'ucloudstack-smc': { listOp: 'DescribeSMC', startOp: 'StartSMC', malformedStartFails: true, region: (d) => d.account.regions[0]! },
};

export const CASES: ProviderCase[] = PROVIDER_MODULES.map((module) => {
  const ops = OPS[module.id];
  assert.ok(ops, `no reliability case for provider ${module.id}`);
  return { module, ...ops };
});

export interface SimEnv {
  demo: DemoHandle;
  probe: SimulatorProbe;
  region: string;
  /** A provider over the demo's account with `policy` (and the account's `options`). */
  provider(policy?: UpstreamPolicy, options?: Record<string, unknown>): MigrationProvider;
  close(): Promise<void>;
}

/** The provider's demo simulator, frozen (ManualClock), on port 0. */
export async function startSim(c: ProviderCase, tag: string): Promise<SimEnv> {
  const clock = new ManualClock(Math.floor(Date.now() / 1000) * 1000);
  const demo = await c.module.startDemo({ accountId: `rel-${c.module.id}-${tag}`, logger: silent, clock });
  assert.ok(demo.probe);
  const providers: MigrationProvider[] = [];
  return {
    demo,
    probe: demo.probe,
    region: c.region(demo),
    provider(p, options = {}) {
      const account = { ...demo.account, options: { ...(demo.account.options ?? {}), ...options } };
      const provider = c.module.createProvider(account, { logger: silent, ...(p ? { policy: p } : {}) });
      providers.push(provider);
      return provider;
    },
    async close() {
      for (const p of providers) await p.close();
      await demo.close();
    },
  };
}

export function listQuery(region: string, limit = 5): ListQuery {
  return { region, offset: 0, limit, order: ListOrder.CREATED_DESC, filter: {} };
}

/** A task of the demo that can be started (for writes). */
export async function startableTask(p: MigrationProvider, region: string): Promise<Task> {
  const page = await p.listTasks(listQuery(region, 50));
  const t = page.items.find((x) => p.availableActions(x).includes(TaskAction.START));
  assert.ok(t, 'the demo has a task that can be started');
  return t;
}

/** The GatewayError a promise rejects with (fails when it resolves or rejects otherwise). */
export async function rejection(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof GatewayError, `expected a GatewayError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the call to fail');
}

export function count(probe: SimulatorProbe, op: string): number {
  return probe.counts()[op] ?? 0;
}
