/**
 * The progress store's save (what makes the hand-back after a Redis outage safe): it never replaces
 * a stored event of a higher sequence, nor another event of the same sequence, and says which it
 * kept; the message is published either way. Same semantics in memory and in Redis (a Lua script).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { MemoryPubSub, type ProgressBackplane } from '../../src/domain/progress/pubsub.js';
import { RedisPubSub } from '../../src/domain/progress/redis.js';
import { createLogger } from '../../src/server/logger.js';

const REDIS_URL = `redis://127.0.0.1:${process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379}`;
const event = (sequence: number, percent: number) => JSON.stringify({ sequence, nativeId: 't1', percent });

describe('progress store: save never goes back', () => {
  const prefix = `migraph-test-${randomUUID()}:`;
  const redis = new RedisPubSub({ url: REDIS_URL, keyPrefix: prefix, logger: createLogger('silent'), healthCheckMs: 1_000, commandTimeoutMs: 1_000 });
  after(async () => {
    await redis.close();
    const raw = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const keys = await raw.keys(`${prefix}*`);
    if (keys.length) await raw.del(...keys);
    await raw.quit();
  });

  for (const [name, make] of [
    ['memory', async () => new MemoryPubSub()],
    [
      'redis',
      async () => {
        assert.ok(await redis.health.whenUp(5_000), 'Redis answers');
        return redis;
      },
    ],
  ] as [string, () => Promise<ProgressBackplane>][]) {
    it(`${name}: keeps a higher or a different same-numbered event, replaces a lower one, publishes anyway`, async () => {
      const store = await make();
      const group = `g-${randomUUID()}`;
      const messages: string[] = [];
      const unsubscribe = await store.subscribe('chan', (m) => messages.push(m));
      assert.deepEqual(await store.saveAndPublish(group, [['t1', event(5, 50), 5], ['t2', event(1, 0), 1]], 'chan', 'm1'), new Map());
      assert.deepEqual(await store.saveAndPublish(group, [['t1', event(3, 30), 3]], 'chan', 'm2'), new Map([['t1', 5]]), 'a lower sequence is refused');
      assert.deepEqual(await store.saveAndPublish(group, [['t1', event(5, 55), 5]], 'chan', 'm3'), new Map([['t1', 5]]), 'same number, other content: refused');
      assert.deepEqual(await store.saveAndPublish(group, [['t1', event(5, 50), 5]], 'chan', 'm4'), new Map(), 'the same event again is fine');
      assert.deepEqual(await store.saveAndPublish(group, [['t1', event(6, 60), 6], ['t2', event(2, 10), 2]], 'chan', 'm5'), new Map());
      const latest = await store.loadLatest(group, null);
      assert.equal(latest.get('t1'), event(6, 60));
      assert.equal(latest.get('t2'), event(2, 10));
      for (let i = 0; i < 100 && messages.length < 5; i++) await new Promise((r) => setTimeout(r, 10));
      assert.deepEqual(messages, ['m1', 'm2', 'm3', 'm4', 'm5'], 'every save publishes its message');
      await unsubscribe();
    });
  }
});
