/**
 * The progress hub: subscriptions never poll per subscriber.
 *
 * It keeps the set of watched tasks grouped by (account, region) and polls each group with the
 * provider's batched fetch (`getTasks`: as few upstream calls as the API allows). The interval
 * adapts: fast while a watched task moves, slow while all are idle, none once every watched task is
 * terminal or unwatched. Only changes are published (through a PubSub), each with a per-task
 * sequence number. Upstream failures publish a `stale` status with the gateway error code and back
 * off (longer for throttling, honouring the provider's retry-after), then resume by themselves.
 */
import { toGatewayError } from '../../../adapters/common/errors.js';
import { TERMINAL_TASK_STATES, TaskState, type Logger, type Progress, type Task } from '../../../adapters/port.js';
import type { AccountRegistry } from '../accounts.js';
import type { GlobalRef } from '../ids.js';
import { LatestValueIterator } from './latest.js';
import { MemoryPubSub, type PubSub } from './pubsub.js';

export interface ProgressEvent {
  /** Increases by one with every event of this task; a gap means a missed event. */
  sequence: number;
  accountId: string;
  region: string;
  nativeId: string;
  /** The latest known task (null when it no longer exists). */
  task: Task | null;
  /** True when the data could not be refreshed; `staleReason` is the gateway error code. */
  stale: boolean;
  staleReason: string | null;
  /** True for the last event of a task (terminal state or deleted). */
  final: boolean;
  at: string;
}

export interface HubOptions {
  fastIntervalMs: number;
  slowIntervalMs: number;
  maxBackoffMs: number;
}

/** States in which a task is expected to change soon. */
const MOVING: ReadonlySet<TaskState> = new Set([
  TaskState.PREPARING,
  TaskState.REPLICATING,
  TaskState.SYNCING,
  TaskState.CUTTING_OVER,
  TaskState.STOPPING,
  TaskState.DELETING,
  TaskState.ROLLING_BACK,
]);

interface TaskSlot {
  watchers: number;
  last: ProgressEvent | null;
  fingerprint: string | null;
}

interface Group {
  key: string;
  accountId: string;
  region: string;
  tasks: Map<string, TaskSlot>;
  timer: NodeJS.Timeout | null;
  failures: number;
  polling: boolean;
}

export const channelOf = (accountId: string, region: string, nativeId: string) => `task:${accountId}/${region}/${nativeId}`;

export class ProgressHub {
  private readonly groups = new Map<string, Group>();
  private closed = false;
  /** Upstream poll calls made (for metrics and benchmarks). */
  polls = 0;

  constructor(
    private readonly accounts: AccountRegistry,
    private readonly options: HubOptions,
    private readonly logger: Logger,
    readonly pubsub: PubSub = new MemoryPubSub(),
  ) {}

  /**
   * Follows one task: the current state first, then each change; ends after the final event.
   * Throws before subscribing when the ref is not a configured account/region.
   */
  async watch(ref: GlobalRef): Promise<AsyncIterableIterator<ProgressEvent>> {
    this.accounts.region(ref.accountId, ref.region);
    const group = this.group(ref.accountId, ref.region);
    const slot = group.tasks.get(ref.nativeId) ?? { watchers: 0, last: null, fingerprint: null };
    group.tasks.set(ref.nativeId, slot);
    slot.watchers++;
    let unsubscribe: (() => Promise<void>) | null = null;
    const iterator = new LatestValueIterator<ProgressEvent>(() => {
      void unsubscribe?.();
      this.unwatch(group, ref.nativeId);
    });
    unsubscribe = await this.pubsub.subscribe(channelOf(ref.accountId, ref.region, ref.nativeId), (message) => {
      const event = JSON.parse(message) as ProgressEvent;
      iterator.push(event);
      if (event.final) iterator.end();
    });
    if (slot.last) {
      iterator.push(slot.last);
      if (slot.last.final) iterator.end();
    } else {
      this.schedule(group, 0);
    }
    return iterator;
  }

  private group(accountId: string, region: string): Group {
    const key = `${accountId}/${region}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { key, accountId, region, tasks: new Map(), timer: null, failures: 0, polling: false };
      this.groups.set(key, group);
    }
    return group;
  }

  private unwatch(group: Group, nativeId: string): void {
    const slot = group.tasks.get(nativeId);
    if (!slot) return;
    slot.watchers--;
    if (slot.watchers <= 0) group.tasks.delete(nativeId);
    if (group.tasks.size === 0) {
      if (group.timer) clearTimeout(group.timer);
      this.groups.delete(group.key);
    }
  }

  private schedule(group: Group, delayMs: number): void {
    if (this.closed || group.polling) return;
    if (group.timer) clearTimeout(group.timer);
    group.timer = setTimeout(() => void this.poll(group), delayMs);
    group.timer.unref();
  }

  private async poll(group: Group): Promise<void> {
    group.timer = null;
    const ids = [...group.tasks.entries()].filter(([, s]) => !s.last?.final).map(([id]) => id);
    if (ids.length === 0 || this.closed) return;
    group.polling = true;
    let moving = false;
    try {
      const provider = this.accounts.get(group.accountId).provider;
      const size = Math.max(1, provider.capabilities.maxBatchSize);
      for (let i = 0; i < ids.length; i += size) {
        const chunk = ids.slice(i, i + size);
        this.polls++;
        const tasks = await provider.getTasks(group.region, chunk);
        for (let j = 0; j < chunk.length; j++) {
          const task = tasks[j] ?? null;
          if (task && MOVING.has(task.state)) moving = true;
          await this.update(group, chunk[j]!, task, null);
        }
      }
      group.failures = 0;
    } catch (e) {
      const err = toGatewayError(e);
      group.failures++;
      this.logger.warn({ group: group.key, code: err.code, failures: group.failures }, 'progress poll failed');
      for (const id of ids) await this.update(group, id, group.tasks.get(id)?.last?.task ?? null, err.code);
      group.polling = false;
      const base = err.code === 'THROTTLED' ? this.options.slowIntervalMs : this.options.fastIntervalMs;
      const backoff = Math.min(this.options.maxBackoffMs, Math.max(err.retryAfterMs ?? 0, base * 2 ** Math.min(group.failures - 1, 10)));
      this.schedule(group, backoff);
      return;
    }
    group.polling = false;
    this.schedule(group, moving ? this.options.fastIntervalMs : this.options.slowIntervalMs);
  }

  private async update(group: Group, nativeId: string, task: Task | null, staleReason: string | null): Promise<void> {
    const slot = group.tasks.get(nativeId);
    if (!slot) return;
    const stale = staleReason !== null;
    const final = !stale && (!task || TERMINAL_TASK_STATES.has(task.state));
    const fingerprint = stale ? `stale:${staleReason}` : fingerprintOf(task);
    if (fingerprint === slot.fingerprint) return;
    slot.fingerprint = fingerprint;
    const event: ProgressEvent = {
      sequence: (slot.last?.sequence ?? 0) + 1,
      accountId: group.accountId,
      region: group.region,
      nativeId,
      task,
      stale,
      staleReason,
      final,
      at: new Date().toISOString(),
    };
    slot.last = event;
    await this.pubsub.publish(channelOf(group.accountId, group.region, nativeId), JSON.stringify(event));
  }

  /** Number of (account, region) groups being polled and of watched tasks. */
  stats(): { groups: number; tasks: number } {
    let tasks = 0;
    for (const g of this.groups.values()) tasks += g.tasks.size;
    return { groups: this.groups.size, tasks };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const g of this.groups.values()) if (g.timer) clearTimeout(g.timer);
    this.groups.clear();
    await this.pubsub.close();
  }
}

/** What counts as a change: state, native state, progress and error (not timestamps of polling). */
function fingerprintOf(task: Task | null): string {
  if (!task) return 'gone';
  const p: Progress = task.progress;
  return JSON.stringify([task.state, task.nativeState, p, task.error, task.lastSyncedAt, task.finishedAt]);
}
