/**
 * The progress hub: subscriptions never poll per subscriber.
 *
 * Subscribers register with the hub of their instance. The hub keeps the watched tasks grouped by
 * (account, region); one instance in the cluster (the holder of the group's lease; always this one with
 * the in-memory PubSub) polls each group with the provider's batched fetch (`getTasks`, or the paged
 * `listTasks` when someone watches the whole group) for every id any instance watches (the cluster-wide
 * interest set). The interval adapts: fast while a polled task moves, slow while all are idle, none once
 * every watched task is terminal or unwatched. A change (and only a change) becomes an event with the
 * task's next sequence number; the holder saves the latest event per task and publishes all events of
 * a poll as one message on the group's channel, which every interested instance dispatches to its local
 * subscribers. A subscriber first gets the latest known event (snapshot), then the changes, through an
 * iterator that keeps only the newest undelivered event per task (slow consumers never queue).
 * Upstream failures publish one `stale` event per task with the gateway error code and back off
 * (exponentially, never sooner than the provider's retry-after), then resume by themselves. A poll
 * the gateway's own vendor quota refuses (nothing sent) only comes later; once the group's data is
 * older than half of `maxBackoffMs` its polls queue like queries (not behind them), so a saturating
 * query load slows the live view down but cannot starve it, and subscribers are told (`stale`,
 * THROTTLED) only when such a poll is refused too past `maxBackoffMs`.
 *
 * Backplane outage (Redis unreachable, `backplane.health`): nobody can coordinate, so every instance
 * polls its own groups for its own subscribers ("local" groups: no lease, no interest, no shared
 * store; a new subscriber's snapshot is a direct provider read). Events keep their per-task
 * numbering; those not saved in the store are kept as `dirty`. When the backplane returns, each
 * group first saves its dirty events (the store never replaces a higher sequence, and says when it
 * kept one), merges the stored events, then takes its lease as before: the holder continues from
 * the higher of its own and the stored sequence, so subscribers see no regression and no repeat.
 *
 * Accounts named in `privateAccounts` (the embedded simulators, which exist in this process only)
 * use keys and channels namespaced by this instance's id: no other instance shares their leases.
 */
import { randomUUID } from 'node:crypto';
import { GatewayError, toGatewayError } from '../../core/errors.js';
import { ListOrder, TERMINAL_TASK_STATES, TaskState, type Logger, type ProviderId, type Task } from '../../core/model.js';
import type { MigrationProvider } from '../../../adapters/port.js';
import { QUOTA_LIMIT_NAME, withUpstreamPriority } from '../../../adapters/common/policy.js';
import type { AccountRegistry } from '../accounts.js';
import { selectPartitions } from '../fanout.js';
import { decodeId, type GlobalRef } from '../ids.js';
import { LatestValueIterator } from './latest.js';
import { MemoryPubSub, type ProgressBackplane } from './pubsub.js';
import { RedisPubSub } from './redis.js';
import { rootContext } from '../../observability/tracing.js';

export interface ProgressEvent {
  /** Increases by one with every event of this task (cluster-wide); a gap means a missed event. */
  sequence: number;
  provider: ProviderId;
  accountId: string;
  region: string;
  nativeId: string;
  /** The latest known task (null when it no longer exists, or was never read successfully). */
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
  /** The `pubsub` configuration section; in-memory when absent. */
  pubsub?: { kind: 'memory' | 'redis'; redisUrl?: string; leaseTtlMs: number; keyPrefix: string; healthCheckMs?: number; commandTimeoutMs?: number };
  /**
   * Accounts whose upstream exists in this process only (the embedded simulators): their backplane
   * keys and channels carry this instance's id, so two instances never share their leases or events.
   */
  privateAccounts?: readonly string[];
}

/** What `taskUpdates` selects. Every field narrows; ids are global Task ids. */
export interface UpdatesFilter {
  providers?: readonly ProviderId[] | null;
  accounts?: readonly string[] | null;
  regions?: readonly string[] | null;
  states?: readonly TaskState[] | null;
  ids?: readonly string[] | null;
}

export interface HubStats {
  /** (account, region) groups with subscribers on this instance. */
  groups: number;
  /** Tasks watched by id on this instance. */
  tasks: number;
  /** Groups watched as a whole (taskUpdates without ids). */
  wideGroups: number;
  /** Open subscriptions on this instance. */
  subscriptions: number;
  /** Groups this instance polls (holds the lease of). */
  holding: number;
  /** Groups whose last poll failed (their subscribers got a stale status). */
  staleGroups: number;
  /** Groups this instance polls by itself because the backplane (Redis) is unreachable. */
  localGroups: number;
  /** Provider calls made by polls since start (getTasks / listTasks pages). */
  polls: number;
  /** Events published since start. */
  events: number;
}

/** States in which a task is expected to change soon (polled at the fast interval). */
const MOVING: ReadonlySet<TaskState> = new Set([
  TaskState.PREPARING,
  TaskState.REPLICATING,
  TaskState.SYNCING,
  TaskState.CUTTING_OVER,
  TaskState.STOPPING,
  TaskState.DELETING,
  TaskState.ROLLING_BACK,
]);

/** Most ids one taskUpdates filter may name. */
export const MAX_WATCHED_IDS = 1000;
/** Most list pages one poll of a whole group reads. */
const MAX_LIST_PAGES = 200;

interface Known {
  event: ProgressEvent;
  /** What counts as a change (computed lazily for events received from another instance). */
  fp: string | null;
}

interface Sink {
  /** `key`: the event's `<account>/<region>/<nativeId>` when the caller has it (one per event, not per subscriber). */
  deliver(event: ProgressEvent, key?: string): void;
}

const taskKey = (event: ProgressEvent) => `${event.accountId}/${event.region}/${event.nativeId}`;

/** Wire format of a group channel message. */
interface GroupMessage {
  from: string;
  events?: ProgressEvent[];
  /** Ask the holder to poll now (new interest), re-reading these ids even if they were final. */
  poke?: string[];
  /** The holder gave the lease up: interested instances should take it now. */
  released?: boolean;
}

class Group {
  /** `<account>/<region>`: this instance's map key and the logs' name of the group. */
  readonly key: string;
  /** The group's name in the backplane (the key, or `<instance>/<key>` for a private account). */
  readonly storeKey: string;
  readonly channel: string;
  /** Lease owner token: the instance (a group restarted on this instance keeps its lease). */
  readonly token: string;
  readonly taskSinks = new Map<string, Set<Sink>>();
  readonly wideSinks = new Set<Sink>();
  readonly latest = new Map<string, Known>();
  readonly refresh = new Set<string>();
  ready: Promise<void> = Promise.resolve();
  unsubscribe: (() => Promise<void>) | null = null;
  tickTimer: NodeJS.Timeout | null = null;
  ticking = false;
  tickAgain = false;
  pollTimer: NodeJS.Timeout | null = null;
  pollDue = 0;
  holder = false;
  /** Polled by this instance for its own subscribers while the backplane is down (no lease). */
  local = false;
  /** Ids whose latest event is not in the shared store yet (made while it was unreachable). */
  readonly dirty = new Set<string>();
  polling = false;
  pollAgain = false;
  lastPollAt = 0;
  /** When a poll last refreshed the group (its creation before the first): how old its data may be. */
  freshAt = Date.now();
  /** This poll queues like a query: the group went without fresh data for half the longest backoff. */
  starved = false;
  failures = 0;
  stale = false;
  wideLoaded = false;
  stopped = false;

  constructor(
    readonly accountId: string,
    readonly region: string,
    readonly provider: ProviderId,
    instanceId: string,
    isPrivate: boolean,
  ) {
    this.key = `${accountId}/${region}`;
    this.storeKey = isPrivate ? `${instanceId}/${this.key}` : this.key;
    this.channel = `progress:${this.storeKey}`;
    this.token = instanceId;
  }

  /** This instance polls the group: it holds the lease, or the backplane is down. */
  get polls(): boolean {
    return this.holder || this.local;
  }

  get empty(): boolean {
    return this.taskSinks.size === 0 && this.wideSinks.size === 0;
  }

  localInterest(): string[] {
    const ids = [...this.taskSinks.keys()];
    if (this.wideSinks.size > 0) ids.push('');
    return ids;
  }
}


export class ProgressHub {
  readonly instanceId = randomUUID();
  readonly backplane: ProgressBackplane;
  private readonly ownsBackplane: boolean;
  private readonly groups = new Map<string, Group>();
  private readonly leaseTtlMs: number;
  private readonly selfPrefix: string;
  private readonly privateAccounts: ReadonlySet<string>;
  private readonly offHealth: () => void;
  private closed = false;
  private subscriptions = 0;
  /** Provider calls made by polls (for metrics and benchmarks). */
  polls = 0;
  events = 0;

  constructor(
    private readonly accounts: AccountRegistry,
    private readonly options: HubOptions,
    private readonly logger: Logger,
    backplane?: ProgressBackplane,
  ) {
    const pubsub = options.pubsub;
    this.leaseTtlMs = pubsub?.leaseTtlMs ?? 10_000;
    this.ownsBackplane = !backplane;
    this.backplane =
      backplane ??
      (pubsub?.kind === 'redis'
        ? new RedisPubSub({
            url: pubsub.redisUrl!,
            keyPrefix: pubsub.keyPrefix,
            logger,
            healthCheckMs: pubsub.healthCheckMs ?? 1_000,
            commandTimeoutMs: pubsub.commandTimeoutMs ?? 1_000,
          })
        : new MemoryPubSub());
    this.selfPrefix = `{"from":${JSON.stringify(this.instanceId)}`;
    this.privateAccounts = new Set(options.privateAccounts ?? []);
    this.offHealth = this.backplane.health.onChange((up) => this.onHealth(up));
  }

  /** Whether the backplane answers (always true in memory). */
  get health(): ProgressBackplane['health'] {
    return this.backplane.health;
  }

  /** Resolves once the backplane answers, or after `timeoutMs` (the hub works either way). */
  ready(timeoutMs: number): Promise<boolean> {
    return this.backplane.health.whenUp(timeoutMs);
  }

  /**
   * Follows one task: its latest state first, then each change; ends after the final event.
   * Throws before subscribing when the ref is not a configured account/region.
   */
  async watchTask(ref: GlobalRef): Promise<AsyncIterableIterator<ProgressEvent>> {
    const account = this.accounts.region(ref.accountId, ref.region);
    this.assertOpen();
    const group = this.group(ref.accountId, ref.region, account.config.provider);
    let lastSequence = 0;
    const iterator = new LatestValueIterator<ProgressEvent>(() => {
      this.subscriptions--;
      this.removeTaskSink(group, ref.nativeId, sink);
    });
    const sink: Sink = {
      deliver(event) {
        if (event.sequence <= lastSequence) return;
        lastSequence = event.sequence;
        iterator.push(event);
        if (event.final) iterator.end();
      },
    };
    this.subscriptions++;
    this.addTaskSink(group, ref.nativeId, sink);
    await this.snapshotIds(group, [ref.nativeId], sink);
    return iterator;
  }

  /**
   * Follows the tasks a filter selects: the latest state of each matching task first, then each
   * change. With `ids`, ends once every id reached its final event; without, watches whole
   * (account, region) groups, including tasks created later. A task that leaves the `states`
   * filter gets one last event (so the client sees it leave), then is filtered out until it matches again.
   * `accounts` is the caller's view of the registry: a principal's subscription covers only its accounts.
   */
  async watchUpdates(filter: UpdatesFilter, accounts: AccountRegistry = this.accounts): Promise<AsyncIterableIterator<ProgressEvent>> {
    for (const [i, id] of (filter.accounts ?? []).entries()) accounts.named(id, null, `filter.accounts.${i}`);
    const states = filter.states?.length ? new Set(filter.states) : null;
    const selected = selectPartitions(accounts, 'Task', filter);
    const selectedKeys = new Set(selected.map((p) => p.key));
    let idsByGroup: Map<string, { ref: GlobalRef; ids: string[] }> | null = null;
    if (filter.ids) {
      if (filter.ids.length === 0) throw new GatewayError('BAD_USER_INPUT', 'filter.ids: must not be empty (omit it to watch every task)', { field: 'filter.ids' });
      if (filter.ids.length > MAX_WATCHED_IDS) {
        throw new GatewayError('BAD_USER_INPUT', `filter.ids: at most ${MAX_WATCHED_IDS} ids`, { field: 'filter.ids' });
      }
      idsByGroup = new Map();
      for (const [i, id] of filter.ids.entries()) {
        const ref = decodeId(id, 'Task', `filter.ids.${i}`);
        accounts.checkRef(ref, `filter.ids.${i}`);
        const key = `${ref.accountId}/${ref.region}`;
        if (!selectedKeys.has(key)) continue; // ids outside the other filters are not selected
        const entry = idsByGroup.get(key) ?? { ref, ids: [] };
        if (!entry.ids.includes(ref.nativeId)) entry.ids.push(ref.nativeId);
        idsByGroup.set(key, entry);
      }
    }
    if (idsByGroup ? idsByGroup.size === 0 : selected.length === 0) {
      throw new GatewayError('BAD_USER_INPUT', 'filter: selects no configured account, region or task', { field: 'filter' });
    }
    this.assertOpen();

    const remaining = idsByGroup ? new Set([...idsByGroup.values()].flatMap((e) => e.ids.map((id) => `${e.ref.accountId}/${e.ref.region}/${id}`))) : null;
    const seen = new Map<string, number>();
    const registrations: { group: Group; id: string | null }[] = [];
    const iterator = new LatestValueIterator<ProgressEvent>(() => {
      this.subscriptions--;
      for (const r of registrations) {
        if (r.id === null) this.removeWideSink(r.group, sink);
        else this.removeTaskSink(r.group, r.id, sink);
      }
    });
    const sink: Sink = {
      deliver(event, known) {
        const key = known ?? taskKey(event);
        if (remaining && !remaining.has(key) && !seen.has(key)) return;
        const previous = seen.get(key);
        if (previous !== undefined && event.sequence <= previous) return;
        const matches = !states || (event.task !== null && states.has(event.task.state));
        if (matches || previous !== undefined) {
          if (matches) seen.set(key, event.sequence);
          else seen.delete(key);
          iterator.push(event, key);
        }
        if (remaining && event.final && remaining.delete(key) && remaining.size === 0) iterator.end();
      },
    };
    this.subscriptions++;
    if (idsByGroup) {
      const work: Promise<void>[] = [];
      for (const { ref, ids } of idsByGroup.values()) {
        const group = this.group(ref.accountId, ref.region, ref.provider);
        for (const id of ids) {
          this.addTaskSink(group, id, sink);
          registrations.push({ group, id });
        }
        work.push(this.snapshotIds(group, ids, sink));
      }
      await Promise.all(work);
    } else {
      await Promise.all(
        selected.map(async (p) => {
          const group = this.group(p.account.config.id, p.region, p.account.config.provider);
          registrations.push({ group, id: null });
          await this.addWideSink(group, sink);
        }),
      );
    }
    return iterator;
  }

  /**
   * Re-reads every watched task of an account now (called after any mutation through the gateway,
   * which may have changed tasks: a start, a restart of a finished task, a setup...).
   */
  refreshAccount(accountId: string): void {
    for (const group of this.groups.values()) {
      if (group.accountId === accountId) this.poke(group, [...group.taskSinks.keys(), ...group.latest.keys()]);
    }
  }

  stats(): HubStats {
    let tasks = 0;
    let wideGroups = 0;
    let holding = 0;
    let staleGroups = 0;
    let localGroups = 0;
    for (const g of this.groups.values()) {
      tasks += g.taskSinks.size;
      if (g.wideSinks.size > 0) wideGroups++;
      if (g.holder) holding++;
      if (g.local) localGroups++;
      if (g.polls && g.stale) staleGroups++;
    }
    return { groups: this.groups.size, tasks, wideGroups, subscriptions: this.subscriptions, holding, staleGroups, localGroups, polls: this.polls, events: this.events };
  }

  /** Ends every stream, releases leases and interest, and closes the PubSub it created. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.offHealth();
    const groups = [...this.groups.values()];
    this.groups.clear();
    await Promise.allSettled(groups.map((g) => this.stopGroup(g, true)));
    if (this.ownsBackplane) await this.backplane.close();
  }

  /**
   * Stops like a crashed instance: timers stop and connections drop, but leases and interest stay
   * until they expire (failover tests). Subscriptions of this instance see no more events.
   */
  async abandon(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.offHealth();
    for (const g of this.groups.values()) {
      g.stopped = true;
      if (g.tickTimer) clearTimeout(g.tickTimer);
      if (g.pollTimer) clearTimeout(g.pollTimer);
    }
    this.groups.clear();
    if (this.ownsBackplane) await this.backplane.abandon();
  }

  // -- groups and subscribers ------------------------------------------------------------------

  private assertOpen(): void {
    if (this.closed) throw new GatewayError('UPSTREAM_UNAVAILABLE', 'the gateway is shutting down', { retryable: true });
  }

  private group(accountId: string, region: string, provider: ProviderId): Group {
    const key = `${accountId}/${region}`;
    let group = this.groups.get(key);
    if (group) return group;
    group = new Group(accountId, region, provider, this.instanceId, this.privateAccounts.has(accountId));
    // Created during an outage: polled here at once (the snapshot is a direct provider read).
    group.local = !this.backplane.health.up;
    this.groups.set(key, group);
    const g = group;
    g.ready = this.backplane.subscribe(g.channel, (m) => this.onMessage(g, m)).then(
      (unsubscribe) => {
        g.unsubscribe = unsubscribe;
        if (g.stopped) void unsubscribe();
        else void this.tick(g);
      },
      (e: unknown) => {
        this.logger.warn({ group: g.key, err: String(e) }, 'progress: subscribing to the group channel failed');
        void this.tick(g);
      },
    );
    return g;
  }

  private addTaskSink(group: Group, id: string, sink: Sink): void {
    let set = group.taskSinks.get(id);
    if (!set) {
      group.taskSinks.set(id, (set = new Set()));
      this.shared(group, (b) => b.touchInterest(group.storeKey, this.instanceId, [id], this.leaseTtlMs), 'touch interest');
    }
    set.add(sink);
  }

  private removeTaskSink(group: Group, id: string, sink: Sink): void {
    const set = group.taskSinks.get(id);
    if (!set?.delete(sink) || set.size > 0) return;
    group.taskSinks.delete(id);
    if (group.stopped) return;
    this.shared(group, (b) => b.dropInterest(group.storeKey, this.instanceId, [id]), 'drop interest');
    if (group.empty) this.retire(group);
  }

  private async addWideSink(group: Group, sink: Sink): Promise<void> {
    const first = group.wideSinks.size === 0;
    group.wideSinks.add(sink);
    if (first) this.shared(group, (b) => b.touchInterest(group.storeKey, this.instanceId, [''], this.leaseTtlMs), 'touch interest');
    await group.ready;
    if (!group.wideLoaded && !group.polls && this.backplane.health.up) {
      group.wideLoaded = true;
      try {
        this.merge(group, await this.backplane.loadLatest(group.storeKey, null), false);
      } catch (e) {
        this.logger.warn({ group: group.key, err: String(e) }, 'progress: reading the latest events failed');
      }
    }
    for (const known of group.latest.values()) if (known.event.task) sink.deliver(known.event);
    if (first) this.poke(group, []);
  }

  private removeWideSink(group: Group, sink: Sink): void {
    if (!group.wideSinks.delete(sink) || group.wideSinks.size > 0) return;
    group.wideLoaded = false;
    if (group.stopped) return;
    this.shared(group, (b) => b.dropInterest(group.storeKey, this.instanceId, ['']), 'drop interest');
    if (group.empty) this.retire(group);
  }

  /**
   * Sends the latest known event of each id (reading the shared store for unknown ones); pokes for
   * the rest. While the backplane is down the group is polled here, so the poke is a direct read.
   */
  private async snapshotIds(group: Group, ids: readonly string[], sink: Sink): Promise<void> {
    await group.ready;
    const missing = ids.filter((id) => !group.latest.has(id));
    if (missing.length > 0 && !group.polls && this.backplane.health.up) {
      try {
        this.merge(group, await this.backplane.loadLatest(group.storeKey, missing), false);
      } catch (e) {
        this.logger.warn({ group: group.key, err: String(e) }, 'progress: reading the latest events failed');
      }
    }
    const unknown: string[] = [];
    const refresh: string[] = [];
    const oldest = Date.now() - this.options.slowIntervalMs;
    for (const id of ids) {
      const known = group.latest.get(id);
      if (!known) {
        unknown.push(id);
        continue;
      }
      sink.deliver(known.event);
      // A terminal state may have been left since (e.g. a restarted task): re-read it for the next subscriber.
      if (known.event.final && Date.parse(known.event.at) < oldest) refresh.push(id);
    }
    if (unknown.length > 0 || refresh.length > 0) this.poke(group, refresh);
  }

  /** Takes the stored events newer than the known ones; `dispatch` also sends them to local subscribers. */
  private merge(group: Group, stored: Map<string, string>, dispatch: boolean): void {
    for (const json of stored.values()) {
      try {
        this.receive(group, JSON.parse(json) as ProgressEvent, dispatch);
      } catch {
        // ignore a corrupt entry: the next poll replaces it
      }
    }
  }

  /**
   * Takes an event from the store or another instance when its sequence is higher than the known
   * one (`sameToo`: or equal, the store's word against this instance's). An event numbered higher
   * but observed earlier than the known one comes from another instance that polled during an
   * outage: it is recorded (numbering continues after it), local subscribers get the newer data
   * they already have under its number (no gap, nothing older after newer), and the poller reads
   * the task again at once, so every instance's subscribers converge on its next event.
   */
  private receive(group: Group, event: ProgressEvent, deliver: boolean, sameToo = false): void {
    const known = group.latest.get(event.nativeId);
    if (known && (known.event.sequence > event.sequence || (!sameToo && known.event.sequence === event.sequence))) return;
    group.latest.set(event.nativeId, { event, fp: null });
    group.dirty.delete(event.nativeId);
    if (known && (known.event.sequence === event.sequence || Date.parse(event.at) < Date.parse(known.event.at))) {
      if (deliver && known.event.sequence < event.sequence) this.dispatch(group, { ...known.event, sequence: event.sequence });
      group.refresh.add(event.nativeId);
      this.schedulePoll(group, 0);
      return;
    }
    if (deliver) this.dispatch(group, event);
  }

  /** The group has no local subscribers left: stop its timers, leave the channel, give the lease up. */
  private retire(group: Group): void {
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
    this.background(this.stopGroup(group, false), 'stop group');
  }

  private async stopGroup(group: Group, dropInterest: boolean): Promise<void> {
    group.stopped = true;
    if (group.tickTimer) clearTimeout(group.tickTimer);
    if (group.pollTimer) clearTimeout(group.pollTimer);
    await group.ready;
    // While the backplane is down nothing can be released: leases and interest expire by themselves.
    const up = this.backplane.health.up;
    if (dropInterest && up) await this.backplane.dropInterest(group.storeKey, this.instanceId, group.localInterest());
    if (group.holder) {
      group.holder = false;
      // A successor group on this instance (a new subscriber came meanwhile) keeps the lease.
      if (this.groups.has(group.key)) return void (await group.unsubscribe?.());
      if (up) {
        await this.backplane.releaseLease(group.storeKey, group.token);
        await this.backplane.publish(group.channel, JSON.stringify({ from: this.instanceId, released: true } satisfies GroupMessage));
      }
    }
    await group.unsubscribe?.();
  }

  private background(p: Promise<unknown>, what: string): void {
    p.catch((e: unknown) => (this.backplane.health.up ? this.logger.warn : this.logger.debug).call(this.logger, { err: String(e) }, `progress: ${what} failed`));
  }

  /** A backplane call that only makes sense while it answers (interest: the next tick refreshes it). */
  private shared(group: Group, call: (b: ProgressBackplane) => Promise<unknown>, what: string): void {
    if (group.stopped || !this.backplane.health.up) return;
    this.background(call(this.backplane), what);
  }

  // -- backplane health ------------------------------------------------------------------------

  /**
   * Down: every group is polled here for its own subscribers, now. Up: every group runs its tick at
   * once, which saves what the outage left unsaved, merges the store and takes the lease as before.
   */
  private onHealth(up: boolean): void {
    if (this.closed) return;
    const groups = [...this.groups.values()].filter((g) => !g.stopped);
    if (!up) {
      if (groups.length > 0) this.logger.warn({ groups: groups.length }, 'progress: the backplane is unreachable; this instance polls its own groups until it returns');
      for (const g of groups) {
        g.local = true;
        this.schedulePoll(g, 0);
      }
      return;
    }
    for (const g of groups) void this.tick(g);
  }

  // -- channel messages ------------------------------------------------------------------------

  private onMessage(group: Group, message: string): void {
    if (group.stopped || message.startsWith(this.selfPrefix)) return;
    let parsed: GroupMessage;
    try {
      parsed = JSON.parse(message) as GroupMessage;
    } catch {
      return;
    }
    if (parsed.poke) {
      if (group.polls) {
        for (const id of parsed.poke) group.refresh.add(id);
        this.schedulePoll(group, 0);
      }
      return;
    }
    if (parsed.released) {
      if (!group.holder) void this.tick(group);
      return;
    }
    for (const event of parsed.events ?? []) this.receive(group, event, true);
  }

  private dispatch(group: Group, event: ProgressEvent): void {
    const key = taskKey(event);
    const set = group.taskSinks.get(event.nativeId);
    if (set) for (const sink of set) sink.deliver(event, key);
    for (const sink of group.wideSinks) sink.deliver(event, key);
  }

  /** Asks the poller (this instance or another) to poll now. */
  private poke(group: Group, refresh: string[]): void {
    if (group.polls) {
      for (const id of refresh) group.refresh.add(id);
      this.schedulePoll(group, 0);
    } else {
      this.shared(group, (b) => b.publish(group.channel, JSON.stringify({ from: this.instanceId, poke: refresh } satisfies GroupMessage)), 'poke');
    }
  }

  // -- leases ----------------------------------------------------------------------------------

  /**
   * Heartbeats this instance's interest and holds (or tries to take) the group's lease. While the
   * backplane is down it only keeps the group polled here; the first tick after the outage hands
   * the group back (dirty events saved, stored ones merged, lease as usual).
   */
  private async tick(group: Group): Promise<void> {
    if (group.stopped || this.closed) return;
    if (group.ticking) {
      group.tickAgain = true;
      return;
    }
    group.ticking = true;
    if (group.tickTimer) clearTimeout(group.tickTimer);
    group.tickTimer = null;
    try {
      if (!this.backplane.health.up) {
        if (!group.local) {
          group.local = true;
          this.schedulePoll(group, 0);
        }
        return;
      }
      if (group.local || group.dirty.size > 0) {
        await this.saveDirty(group);
        if (group.stopped) return;
        // What the other instances saved meanwhile (their own outage-time events included).
        this.merge(group, await this.backplane.loadLatest(group.storeKey, null), true);
      }
      await this.backplane.touchInterest(group.storeKey, this.instanceId, group.localInterest(), this.leaseTtlMs);
      if (group.stopped) return;
      if (group.holder) {
        if (!(await this.backplane.renewLease(group.storeKey, group.token, this.leaseTtlMs))) {
          // Expired (e.g. during an outage): take it again when nobody else did.
          if (await this.backplane.acquireLease(group.storeKey, group.token, this.leaseTtlMs)) {
            this.merge(group, await this.backplane.loadLatest(group.storeKey, null), true);
            this.logger.info({ group: group.key }, 'progress: lease had expired; taken again');
          } else {
            this.logger.warn({ group: group.key }, 'progress: lease lost; another instance polls this group');
            group.holder = false;
          }
        }
      } else if (await this.backplane.acquireLease(group.storeKey, group.token, this.leaseTtlMs)) {
        if (group.stopped) {
          await this.backplane.releaseLease(group.storeKey, group.token);
          return;
        }
        // Continue the sequence numbers where the previous holder left them.
        this.merge(group, await this.backplane.loadLatest(group.storeKey, null), true);
        group.holder = true;
        group.failures = 0;
        this.logger.debug({ group: group.key }, 'progress: polling this group');
        this.schedulePoll(group, 0);
      }
      if (group.local) {
        // Handed back: the lease holder (this instance or another) polls from now on.
        group.local = false;
        this.logger.info({ group: group.key, holder: group.holder }, 'progress: the backplane is back; the group is polled by its lease holder again');
      }
      if (!group.polls && group.pollTimer) {
        clearTimeout(group.pollTimer);
        group.pollTimer = null;
      }
    } catch (e) {
      (this.backplane.health.up ? this.logger.warn : this.logger.debug).call(this.logger, { group: group.key, err: String(e) }, 'progress: lease or interest update failed');
    } finally {
      group.ticking = false;
      if (!group.stopped && !this.closed && !group.tickTimer) {
        group.tickTimer = setTimeout(() => void this.tick(group), group.tickAgain ? 0 : Math.max(1, Math.floor(this.leaseTtlMs / 3)));
        group.tickTimer.unref();
      }
      group.tickAgain = false;
    }
  }

  // -- polling ---------------------------------------------------------------------------------

  private schedulePoll(group: Group, delayMs: number): void {
    if (!group.polls || group.stopped || this.closed) return;
    if (group.polling) {
      if (delayMs === 0) group.pollAgain = true;
      return;
    }
    if (delayMs === 0) {
      // Coalesce bursts of new subscribers into one immediate poll.
      const minGap = Math.min(250, Math.floor(this.options.fastIntervalMs / 4));
      delayMs = Math.max(0, group.lastPollAt + minGap - Date.now());
    }
    const due = Date.now() + delayMs;
    if (group.pollTimer) {
      if (group.pollDue <= due) return;
      clearTimeout(group.pollTimer);
    }
    group.pollDue = due;
    group.pollTimer = setTimeout(() => {
      group.pollTimer = null;
      // A poll belongs to no request: its upstream calls are root spans of their own, and come
      // last in the upstream quota's line (after mutations and queries). One whose group has gone
      // without fresh data for half the longest backoff queues like a query, so a query load that
      // spends the whole budget slows the live view down but cannot freeze it.
      group.starved = Date.now() - group.freshAt >= this.options.maxBackoffMs / 2;
      void rootContext(() => withUpstreamPriority(group.starved ? 'read' : 'poll', () => this.poll(group)));
    }, delayMs);
    group.pollTimer.unref();
  }

  private async poll(group: Group): Promise<void> {
    if (!group.polls || group.stopped || this.closed) return;
    group.polling = true;
    group.lastPollAt = Date.now();
    let next: number | null = null;
    /** Intervals count from the start of this poll (a steady rate, even under load); backoffs from its end. */
    let fromStart = true;
    try {
      const interest = await this.interestOf(group);
      const wide = interest.delete('');
      const ids = [...interest].filter((id) => !group.latest.get(id)?.event.final || group.refresh.has(id));
      group.refresh.clear();
      if (!wide && ids.length === 0) return; // nothing moves: no polling until new interest
      const provider = this.accounts.get(group.accountId).provider;
      let tasks: Map<string, Task | null>;
      try {
        tasks = wide ? await this.listGroup(group, provider, ids) : await this.fetch(group, provider, ids);
      } catch (e) {
        next = await this.failed(group, e, wide ? [...new Set([...ids, ...group.latest.keys()])] : ids);
        fromStart = false;
        return;
      }
      if (group.stopped || !group.polls) return;
      const events: ProgressEvent[] = [];
      let moving = false;
      for (const [id, task] of tasks) {
        if (task && MOVING.has(task.state)) moving = true;
        const event = this.change(group, id, task, null);
        if (event) events.push(event);
      }
      if (wide) {
        // Known tasks missing from a complete listing were deleted.
        for (const [id, known] of group.latest) {
          if (tasks.has(id) || known.event.final) continue;
          const event = this.change(group, id, null, null);
          if (event) events.push(event);
        }
      }
      if (group.failures > 0) this.logger.info({ group: group.key, failures: group.failures }, 'progress: polling recovered');
      group.failures = 0;
      group.stale = false;
      group.freshAt = Date.now();
      await this.commit(group, events);
      next = moving ? this.options.fastIntervalMs : this.options.slowIntervalMs;
    } catch (e) {
      this.logger.warn({ group: group.key, err: String(e) }, 'progress: poll failed');
      next = this.options.slowIntervalMs;
    } finally {
      group.polling = false;
      if (group.pollAgain) {
        group.pollAgain = false;
        next = 0;
      }
      if (next !== null && next > 0 && fromStart) next = Math.max(1, next - (Date.now() - group.lastPollAt));
      if (next !== null) this.schedulePoll(group, next);
    }
  }

  /**
   * The ids to poll: every instance's interest (the backplane's set) plus this instance's; this
   * instance's alone while the group is local, or when the set cannot be read (the poll goes on).
   */
  private async interestOf(group: Group): Promise<Set<string>> {
    const interest = new Set(group.localInterest());
    if (group.local) return interest;
    try {
      for (const id of await this.backplane.interest(group.storeKey)) interest.add(id);
    } catch (e) {
      this.logger.debug({ group: group.key, err: String(e) }, 'progress: reading the interest set failed; polling this instance\'s interest');
    }
    return interest;
  }

  private async fetch(group: Group, provider: MigrationProvider, ids: string[]): Promise<Map<string, Task | null>> {
    this.polls++;
    const found = await provider.getTasks(group.region, ids);
    return new Map(ids.map((id, i) => [id, found[i] ?? null]));
  }

  /** Every task of the group (paged list calls); watched ids missing from it are gone. */
  private async listGroup(group: Group, provider: MigrationProvider, ids: string[]): Promise<Map<string, Task | null>> {
    const out = new Map<string, Task | null>();
    const limit = Math.max(1, provider.capabilities.maxPageSize);
    let offset = 0;
    for (let page = 0; page < MAX_LIST_PAGES; page++) {
      this.polls++;
      const res = await provider.listTasks({ region: group.region, offset, limit, order: ListOrder.CREATED_DESC, filter: {} });
      for (const task of res.items) out.set(task.nativeId, task);
      offset += res.items.length;
      if (res.items.length === 0 || offset >= res.totalCount) break;
    }
    for (const id of ids) if (!out.has(id)) out.set(id, null);
    return out;
  }

  /** Publishes a stale status for each polled task (once per outage and code) and returns the backoff. */
  private async failed(group: Group, e: unknown, ids: string[]): Promise<number> {
    const err = toGatewayError(e);
    // The gateway's own vendor budget is spent (nothing was sent): poll later, i.e. slow down. Tell
    // subscribers only when a poll queued like a query was refused too and the data is older than
    // the longest backoff.
    const age = Date.now() - group.freshAt;
    const max = this.options.maxBackoffMs;
    if (err.limit?.name === QUOTA_LIMIT_NAME && (!group.starved || age < max)) {
      this.logger.debug({ group: group.key, retryAfterMs: err.retryAfterMs }, 'progress: upstream quota spent; polling later');
      // Not later than the next threshold (queue like a query, then tell subscribers), so a budget
      // that stays spent is reported in time.
      const threshold = (group.starved ? max : max / 2) - age;
      return Math.max(1, Math.min(Math.max(this.options.fastIntervalMs, err.retryAfterMs ?? 0), threshold));
    }
    group.failures++;
    group.stale = true;
    const log = group.failures === 1 ? 'warn' : 'debug';
    this.logger[log]({ group: group.key, code: err.code, providerCode: err.providerCode, failures: group.failures }, 'progress: poll failed; subscribers get a stale status');
    const events: ProgressEvent[] = [];
    for (const id of ids) {
      if (group.latest.get(id)?.event.final) continue;
      const event = this.change(group, id, null, err.code);
      if (event) events.push(event);
    }
    await this.commit(group, events);
    // Exponential backoff with jitter, never sooner than the provider asked (retry-after).
    const o = this.options;
    const base = err.code === 'THROTTLED' ? Math.max(o.fastIntervalMs * 2, Math.min(o.slowIntervalMs, o.maxBackoffMs)) : o.fastIntervalMs;
    const backoff = Math.min(o.maxBackoffMs, base * 2 ** Math.min(group.failures - 1, 16)) * (0.8 + Math.random() * 0.4);
    return Math.round(Math.max(backoff, err.retryAfterMs ?? 0));
  }

  /** The next event of a task when its data (or staleness) changed, else null. */
  private change(group: Group, id: string, task: Task | null, staleReason: string | null): ProgressEvent | null {
    const known = group.latest.get(id);
    const stale = staleReason !== null;
    const fp = stale ? `stale:${staleReason}` : fingerprintOf(task);
    if (known) {
      known.fp ??= fingerprintOfEvent(known.event);
      if (known.fp === fp) return null;
    }
    const event: ProgressEvent = {
      sequence: (known?.event.sequence ?? 0) + 1,
      provider: group.provider,
      accountId: group.accountId,
      region: group.region,
      nativeId: id,
      task: stale ? (known?.event.task ?? null) : task,
      stale,
      staleReason,
      final: !stale && (!task || TERMINAL_TASK_STATES.has(task.state)),
      at: new Date().toISOString(),
    };
    group.latest.set(id, { event, fp });
    return event;
  }

  /**
   * Delivers to local subscribers, then saves the latest events and publishes them to other
   * instances. While the backplane is down (or when saving fails) the events stay `dirty`, saved
   * at the hand-back.
   */
  private async commit(group: Group, events: ProgressEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.events += events.length;
    for (const event of events) this.dispatch(group, event);
    for (const event of events) group.dirty.add(event.nativeId);
    if (!this.backplane.health.up) return;
    try {
      await this.save(group, events);
    } catch (e) {
      (this.backplane.health.up ? this.logger.warn : this.logger.debug).call(this.logger, { group: group.key, err: String(e) }, 'progress: publishing to other instances failed');
    }
  }

  /** Saves the dirty events of a group (the hand-back after an outage). */
  private async saveDirty(group: Group): Promise<void> {
    const events = [...group.dirty].map((id) => group.latest.get(id)?.event).filter((e): e is ProgressEvent => !!e);
    group.dirty.clear();
    if (events.length > 0) await this.save(group, events).catch((e: unknown) => {
      for (const event of events) group.dirty.add(event.nativeId);
      throw e;
    });
  }

  /**
   * Saves and publishes events. Where the store kept an event of a higher (or equal, different)
   * sequence, another instance numbered further while the two could not coordinate: that event
   * becomes the known one (so the next change continues after it) and the task is polled again.
   */
  private async save(group: Group, events: ProgressEvent[]): Promise<void> {
    const jsons = events.map((e) => JSON.stringify(e));
    const message = `${this.selfPrefix},"events":[${jsons.join(',')}]}`;
    const entries = events.map((e, i) => [e.nativeId, jsons[i]!, e.sequence] as const);
    const kept = await this.backplane.saveAndPublish(group.storeKey, entries, group.channel, message);
    for (const event of events) if (group.latest.get(event.nativeId)?.event === event) group.dirty.delete(event.nativeId);
    if (kept.size === 0) return;
    this.logger.info({ group: group.key, tasks: kept.size }, 'progress: the store holds newer events; continuing after them');
    const stored = await this.backplane.loadLatest(group.storeKey, [...kept.keys()]);
    for (const [id, json] of stored) {
      try {
        this.receive(group, JSON.parse(json) as ProgressEvent, true, true);
      } catch {
        // a corrupt entry: replaced by the next save
      }
      group.refresh.add(id);
    }
    this.schedulePoll(group, 0);
  }
}

/** What counts as a change: state, native state, progress and error (not the time of polling). */
function fingerprintOf(task: Task | null): string {
  if (!task) return 'gone';
  return JSON.stringify([task.state, task.nativeState, task.progress, task.error, task.lastSyncedAt, task.finishedAt]);
}

function fingerprintOfEvent(event: ProgressEvent): string {
  return event.stale ? `stale:${event.staleReason}` : fingerprintOf(event.task);
}
