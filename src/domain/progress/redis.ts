/**
 * The Redis backplane (ioredis): several gateway instances share the progress streams.
 *
 * Keys (all under `keyPrefix`):
 * - `progress:<group>`          channel: the group's events (one message per poll with every change)
 * - `latest:<group>`            hash: native id -> latest event JSON, expiring LATEST_TTL_MS after the last change;
 *                               written by a script that never replaces an event of a higher sequence
 * - `lease:<group>`             string: the lease holder's token (SET NX PX; renewed and released by
 *                               compare-and-set Lua scripts, so only the holder can extend or drop it)
 * - `interest:<group>`          sorted set: `<instance>|<native id>` scored by expiry (ms), heartbeated by
 *                               every instance with subscribers; "" as id means the whole group
 *
 * Two connections: one for commands and publishing, one in subscriber mode (one SUBSCRIBE per group
 * channel, shared by every local handler of that channel).
 *
 * Outages fail fast instead of queueing: no offline queue, every command bounded by
 * `commandTimeoutMs`, nothing replayed after a reconnect (a stale lease release or event must not
 * land later). `health` (./redis-health.ts) tells the hub and `/readyz` whether Redis answers. The
 * channels are subscribed again on every reconnect, including those asked for while Redis was away.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../../core/model.js';
import { LATEST_TTL_MS, type LatestEntry, type ProgressBackplane } from './pubsub.js';
import { RedisHealth } from './redis-health.js';

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
/**
 * KEYS[1] latest hash; ARGV: ttl, channel, message, then (id, sequence, json) triples. Saves each
 * event unless the stored one has a higher sequence (or the same sequence and other content), then
 * publishes; returns the kept ids and their stored sequences, flattened.
 */
const SAVE_LATEST = `
local kept = {}
for i = 4, #ARGV, 3 do
  local id, seq, json = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2]
  local current = redis.call('HGET', KEYS[1], id)
  local stored = -1
  if current then
    local ok, decoded = pcall(cjson.decode, current)
    if ok and type(decoded) == 'table' and type(decoded.sequence) == 'number' then stored = decoded.sequence end
  end
  if stored > seq or (stored == seq and current ~= json) then
    kept[#kept + 1] = id
    kept[#kept + 1] = tostring(stored)
  else
    redis.call('HSET', KEYS[1], id, json)
  end
end
if #ARGV > 3 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
redis.call('PUBLISH', ARGV[2], ARGV[3])
return kept`;

export interface RedisPubSubOptions {
  url: string;
  keyPrefix: string;
  logger: Logger;
  /** PING interval of the health check. */
  healthCheckMs: number;
  /** Longest wait for any Redis command (PING included) before it fails. */
  commandTimeoutMs: number;
}

type SaveLatest = (key: string, ...args: (string | number)[]) => Promise<string[]>;

export class RedisPubSub implements ProgressBackplane {
  readonly kind = 'redis' as const;
  readonly health: RedisHealth;
  private readonly cmd: Redis;
  private readonly sub: Redis;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();
  private readonly prefix: string;
  private readonly commandTimeoutMs: number;

  constructor(options: RedisPubSubOptions) {
    this.prefix = options.keyPrefix;
    this.commandTimeoutMs = options.commandTimeoutMs;
    const common = {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      commandTimeout: options.commandTimeoutMs,
      connectTimeout: Math.max(options.commandTimeoutMs, 1_000),
      enableAutoPipelining: true,
      // Reconnect soon after Redis returns (the health check notices within one interval).
      retryStrategy: (n: number) => Math.min(n * 50, options.healthCheckMs),
    };
    this.cmd = new Redis(options.url, { ...common, connectionName: 'migraph-progress' });
    this.sub = new Redis(options.url, { ...common, autoResubscribe: false, connectionName: 'migraph-progress-sub' });
    this.cmd.defineCommand('migraphSaveLatest', { numberOfKeys: 1, lua: SAVE_LATEST });
    this.sub.on('message', (channel: string, message: string) => {
      const set = this.handlers.get(channel);
      if (!set) return;
      for (const h of set) h(message);
    });
    // Every reconnect starts without subscriptions: subscribe every channel with a handler again.
    this.sub.on('ready', () => {
      const channels = [...this.handlers.keys()];
      if (channels.length > 0) this.sub.subscribe(...channels).catch((e: unknown) => options.logger.debug({ err: String(e) }, 'redis: subscribing again failed'));
    });
    this.health = new RedisHealth([this.cmd, this.sub], { intervalMs: options.healthCheckMs, timeoutMs: options.commandTimeoutMs, logger: options.logger });
  }

  private key(kind: string, group: string): string {
    return `${this.prefix}${kind}:${group}`;
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.cmd.publish(this.prefix + channel, message);
  }

  /** Never fails for an outage: the handler stays registered and the channel is subscribed on reconnect. */
  async subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>> {
    const full = this.prefix + channel;
    let set = this.handlers.get(full);
    if (!set) {
      this.handlers.set(full, (set = new Set()));
      set.add(handler);
      if (this.sub.status === 'ready') {
        try {
          await this.sub.subscribe(full);
        } catch {
          // Redis went away meanwhile: the 'ready' handler subscribes it again.
        }
      }
    } else {
      set.add(handler);
    }
    return async () => {
      const current = this.handlers.get(full);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(full);
      if (this.sub.status === 'ready') await this.sub.unsubscribe(full).catch(() => undefined);
    };
  }

  async saveAndPublish(group: string, latest: readonly LatestEntry[], channel: string, message: string): Promise<Map<string, number>> {
    const args: (string | number)[] = [LATEST_TTL_MS, this.prefix + channel, message];
    for (const [id, json, sequence] of latest) args.push(id, sequence, json);
    const kept = await (this.cmd as unknown as { migraphSaveLatest: SaveLatest }).migraphSaveLatest(this.key('latest', group), ...args);
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < kept.length; i += 2) out.set(kept[i]!, Number(kept[i + 1]));
    return out;
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
    const failed = results?.find(([e]) => e);
    if (failed) throw failed[0];
    const members = (results?.[1]?.[1] ?? []) as string[];
    return new Set(members.map((m) => m.slice(m.indexOf('|') + 1)));
  }

  /** QUIT while Redis answers (bounded by the command timeout), then drop the sockets whatever happened. */
  async close(): Promise<void> {
    this.handlers.clear();
    this.health.close();
    const quits = [this.sub, this.cmd].filter((c) => c.status === 'ready').map((c) => c.quit().catch(() => undefined));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(quits), new Promise((resolve) => (timer = setTimeout(resolve, this.commandTimeoutMs)))]);
    clearTimeout(timer);
    this.sub.disconnect();
    this.cmd.disconnect();
  }

  async abandon(): Promise<void> {
    this.handlers.clear();
    this.health.close();
    this.sub.disconnect();
    this.cmd.disconnect();
  }
}
