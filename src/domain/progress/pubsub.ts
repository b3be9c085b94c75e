/**
 * What the progress hub publishes through, and what lets several gateway instances share it.
 *
 * - PubSub: channels of string messages (one channel per (account, region) group).
 * - ProgressStore: the cluster state around the streams: the latest event per task (so a new
 *   subscriber on any instance gets a snapshot first), a lease per group (so the cluster polls each
 *   group once in total) and the interest set per group (which tasks some instance's subscribers watch).
 * - BackplaneHealth: whether the backplane answers now (always for the in-memory one; Redis: see
 *   ./redis-health.ts). While it does not, the hub polls its own groups locally (hub.ts).
 *
 * Two implementations: {@link MemoryPubSub} (default; one process, and hubs in one process may share
 * it) and `RedisPubSub` (./redis.ts; several gateway instances).
 */
import { EventEmitter } from 'node:events';

export interface PubSub {
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once subscribed; the returned function unsubscribes. */
  subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** One task's latest event for the store: native id, event JSON, and its sequence number. */
export type LatestEntry = readonly [id: string, json: string, sequence: number];

export interface ProgressStore {
  /**
   * Saves the latest event of some tasks of `group` (field = native id), never replacing a stored
   * event of a higher sequence (nor another event of the same sequence), then publishes `message` on
   * `channel`. Returns the ids whose stored event was kept (another instance numbered further while
   * this one could not reach the store), with the stored sequence.
   */
  saveAndPublish(group: string, latest: readonly LatestEntry[], channel: string, message: string): Promise<Map<string, number>>;
  /** Latest events of `ids` in `group` (every task of the group when `ids` is null). */
  loadLatest(group: string, ids: readonly string[] | null): Promise<Map<string, string>>;
  /** Takes the group's lease for `owner` when free (SET NX PX); true when `owner` holds it now. */
  acquireLease(group: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends the lease only while `owner` holds it (compare-and-set); false when it was lost. */
  renewLease(group: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if `owner` holds it. */
  releaseLease(group: string, owner: string): Promise<void>;
  /** Records (or refreshes) that `instance` watches `ids` of `group` for `ttlMs` ("" = the whole group). */
  touchInterest(group: string, instance: string, ids: readonly string[], ttlMs: number): Promise<void>;
  dropInterest(group: string, instance: string, ids: readonly string[]): Promise<void>;
  /** Every id some live instance watches in `group` ("" = the whole group). */
  interest(group: string): Promise<Set<string>>;
}

/** Whether the backplane answers now. */
export interface BackplaneHealth {
  readonly up: boolean;
  /** Why it is down (e.g. `redis unreachable`); null while up. */
  readonly reason: string | null;
  /** Called on every change of `up`; returns the unsubscribe. */
  onChange(listener: (up: boolean) => void): () => void;
  /** Resolves once up, or after `timeoutMs` (whichever comes first). */
  whenUp(timeoutMs: number): Promise<boolean>;
}

/** The health of a backplane that is always there (in-process). */
export const ALWAYS_UP: BackplaneHealth = Object.freeze({
  up: true,
  reason: null,
  onChange: () => () => {},
  whenUp: async () => true,
});

export interface ProgressBackplane extends PubSub, ProgressStore {
  readonly kind: 'memory' | 'redis';
  readonly health: BackplaneHealth;
  /** Drops connections without releasing anything (what a crashed instance leaves behind; tests). */
  abandon(): Promise<void>;
}

/** How long the latest event of a task stays readable after its last change. */
export const LATEST_TTL_MS = 60 * 60_000;

/** The sequence of a stored event JSON (-1 when unreadable: any event replaces it). */
export function storedSequence(json: string | undefined): number {
  if (json === undefined) return -1;
  try {
    const seq = (JSON.parse(json) as { sequence?: unknown }).sequence;
    return typeof seq === 'number' ? seq : -1;
  } catch {
    return -1;
  }
}

/** In-process backplane: leases and interest work as with Redis, so hubs in one process may share one. */
export class MemoryPubSub implements ProgressBackplane {
  readonly kind = 'memory' as const;
  readonly health = ALWAYS_UP;
  private readonly emitter = new EventEmitter();
  private readonly latest = new Map<string, { expiresAt: number; entries: Map<string, string> }>();
  private readonly leases = new Map<string, { owner: string; expiresAt: number }>();
  private readonly interests = new Map<string, Map<string, number>>();

  constructor(private readonly now: () => number = Date.now) {
    this.emitter.setMaxListeners(0);
  }

  async publish(channel: string, message: string): Promise<void> {
    this.emitter.emit(channel, message);
  }

  async subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>> {
    this.emitter.on(channel, handler);
    return async () => {
      this.emitter.off(channel, handler);
    };
  }

  async saveAndPublish(group: string, latest: readonly LatestEntry[], channel: string, message: string): Promise<Map<string, number>> {
    const now = this.now();
    for (const [key, v] of this.latest) if (v.expiresAt <= now && key !== group) this.latest.delete(key);
    let slot = this.latest.get(group);
    if (!slot || slot.expiresAt <= now) {
      slot = { expiresAt: 0, entries: new Map() };
      this.latest.set(group, slot);
    }
    slot.expiresAt = now + LATEST_TTL_MS;
    const kept = new Map<string, number>();
    for (const [id, json, sequence] of latest) {
      const current = slot.entries.get(id);
      const stored = storedSequence(current);
      if (stored > sequence || (stored === sequence && current !== json)) kept.set(id, stored);
      else slot.entries.set(id, json);
    }
    this.emitter.emit(channel, message);
    return kept;
  }

  async loadLatest(group: string, ids: readonly string[] | null): Promise<Map<string, string>> {
    const slot = this.latest.get(group);
    if (!slot || slot.expiresAt <= this.now()) return new Map();
    if (!ids) return new Map(slot.entries);
    const out = new Map<string, string>();
    for (const id of ids) {
      const v = slot.entries.get(id);
      if (v !== undefined) out.set(id, v);
    }
    return out;
  }

  async acquireLease(group: string, owner: string, ttlMs: number): Promise<boolean> {
    const lease = this.leases.get(group);
    if (lease && lease.expiresAt > this.now() && lease.owner !== owner) return false;
    this.leases.set(group, { owner, expiresAt: this.now() + ttlMs });
    return true;
  }

  async renewLease(group: string, owner: string, ttlMs: number): Promise<boolean> {
    const lease = this.leases.get(group);
    if (!lease || lease.owner !== owner || lease.expiresAt <= this.now()) return false;
    lease.expiresAt = this.now() + ttlMs;
    return true;
  }

  async releaseLease(group: string, owner: string): Promise<void> {
    if (this.leases.get(group)?.owner === owner) this.leases.delete(group);
  }

  async touchInterest(group: string, instance: string, ids: readonly string[], ttlMs: number): Promise<void> {
    let set = this.interests.get(group);
    if (!set) this.interests.set(group, (set = new Map()));
    const expiresAt = this.now() + ttlMs;
    for (const id of ids) set.set(`${instance}|${id}`, expiresAt);
  }

  async dropInterest(group: string, instance: string, ids: readonly string[]): Promise<void> {
    const set = this.interests.get(group);
    if (!set) return;
    for (const id of ids) set.delete(`${instance}|${id}`);
    if (set.size === 0) this.interests.delete(group);
  }

  async interest(group: string): Promise<Set<string>> {
    const out = new Set<string>();
    const set = this.interests.get(group);
    if (!set) return out;
    const now = this.now();
    for (const [member, expiresAt] of set) {
      if (expiresAt <= now) set.delete(member);
      else out.add(member.slice(member.indexOf('|') + 1));
    }
    return out;
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }

  async abandon(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
