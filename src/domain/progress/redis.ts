/**
 * The Redis backplane (ioredis): several gateway instances share the progress streams.
 *
 * Keys (all under `keyPrefix`):
 * - `progress:<group>`          channel: the group's events (one message per poll with every change)
 * - `latest:<group>`            hash: native id -> latest event JSON, expiring LATEST_TTL_MS after the last change
 * - `lease:<group>`             string: the lease holder's token (SET NX PX; renewed and released by
 *                               compare-and-set Lua scripts, so only the holder can extend or drop it)
 * - `interest:<group>`          sorted set: `<instance>|<native id>` scored by expiry (ms), heartbeated by
 *                               every instance with subscribers; "" as id means the whole group
 *
 * Two connections: one for commands and publishing, one in subscriber mode (one SUBSCRIBE per group
 * channel, shared by every local handler of that channel).
 */
import { Redis } from 'ioredis';
import type { Logger } from '../../core/model.js';
import { LATEST_TTL_MS, type ProgressBackplane } from './pubsub.js';

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export interface RedisPubSubOptions {
  url: string;
  keyPrefix: string;
  logger: Logger;
}

export class RedisPubSub implements ProgressBackplane {
  readonly kind = 'redis' as const;
  private readonly cmd: Redis;
  private readonly sub: Redis;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();
  private readonly prefix: string;

  constructor(options: RedisPubSubOptions) {
    this.prefix = options.keyPrefix;
    const common = { maxRetriesPerRequest: 3, enableAutoPipelining: true, retryStrategy: (n: number) => Math.min(n * 200, 5_000) };
    this.cmd = new Redis(options.url, { ...common, connectionName: 'migraph-progress' });
    this.sub = new Redis(options.url, { ...common, connectionName: 'migraph-progress-sub' });
    for (const c of [this.cmd, this.sub]) {
      // ioredis reconnects by itself; log without the URL (it may hold a password).
      c.on('error', (e: Error) => options.logger.warn({ err: e.message }, 'redis connection error'));
    }
    this.sub.on('message', (channel: string, message: string) => {
      const set = this.handlers.get(channel);
      if (!set) return;
      for (const h of set) h(message);
    });
  }

  private key(kind: string, group: string): string {
    return `${this.prefix}${kind}:${group}`;
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.cmd.publish(this.prefix + channel, message);
  }

  async subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>> {
    const full = this.prefix + channel;
    let set = this.handlers.get(full);
    if (!set) {
      this.handlers.set(full, (set = new Set()));
      set.add(handler);
      await this.sub.subscribe(full);
    } else {
      set.add(handler);
    }
    return async () => {
      const current = this.handlers.get(full);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(full);
      if (this.sub.status === 'ready') await this.sub.unsubscribe(full);
    };
  }

  async saveAndPublish(group: string, latest: ReadonlyArray<readonly [string, string]>, channel: string, message: string): Promise<void> {
    const key = this.key('latest', group);
    const multi = this.cmd.multi();
    if (latest.length > 0) {
      multi.hset(key, Object.fromEntries(latest));
      multi.pexpire(key, LATEST_TTL_MS);
    }
    multi.publish(this.prefix + channel, message);
    const results = await multi.exec();
    const failed = results?.find(([e]) => e);
    if (failed) throw failed[0];
  }

  async loadLatest(group: string, ids: readonly string[] | null): Promise<Map<string, string>> {
    const key = this.key('latest', group);
    if (!ids) return new Map(Object.entries(await this.cmd.hgetall(key)));
    if (ids.length === 0) return new Map();
    const values = await this.cmd.hmget(key, ...ids);
    const out = new Map<string, string>();
    ids.forEach((id, i) => {
      const v = values[i];
      if (v != null) out.set(id, v);
    });
    return out;
  }

  async acquireLease(group: string, owner: string, ttlMs: number): Promise<boolean> {
    const key = this.key('lease', group);
    if ((await this.cmd.set(key, owner, 'PX', ttlMs, 'NX')) === 'OK') return true;
    // Already ours (e.g. re-acquired after a restart of the group on this instance): extend it.
    return this.renewLease(group, owner, ttlMs);
  }

  async renewLease(group: string, owner: string, ttlMs: number): Promise<boolean> {
    return Number(await this.cmd.eval(RENEW, 1, this.key('lease', group), owner, String(ttlMs))) === 1;
  }

  async releaseLease(group: string, owner: string): Promise<void> {
    await this.cmd.eval(RELEASE, 1, this.key('lease', group), owner);
  }

  async touchInterest(group: string, instance: string, ids: readonly string[], ttlMs: number): Promise<void> {
    if (ids.length === 0) return;
    const key = this.key('interest', group);
    const expiresAt = Date.now() + ttlMs;
    const args: (string | number)[] = [];
    for (const id of ids) args.push(expiresAt, `${instance}|${id}`);
    await this.cmd.multi().zadd(key, ...args).pexpire(key, ttlMs * 3).exec();
  }

  async dropInterest(group: string, instance: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.cmd.zrem(this.key('interest', group), ...ids.map((id) => `${instance}|${id}`));
  }

  async interest(group: string): Promise<Set<string>> {
    const key = this.key('interest', group);
    const results = await this.cmd.multi().zremrangebyscore(key, '-inf', Date.now()).zrange(key, 0, -1).exec();
    const members = (results?.[1]?.[1] ?? []) as string[];
    return new Set(members.map((m) => m.slice(m.indexOf('|') + 1)));
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.sub.quit(), this.cmd.quit()]);
  }

  async abandon(): Promise<void> {
    this.handlers.clear();
    this.sub.disconnect();
    this.cmd.disconnect();
  }
}
