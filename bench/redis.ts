/** The Redis the benchmarks share (the one `npm test` uses): reachability and key clean-up. */
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.REDIS_URL ?? `redis://127.0.0.1:${process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379}`;

export async function redisAnswers(): Promise<boolean> {
  const r = new Redis(REDIS_URL, { maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

/** Deletes every key under `prefix` (a benchmark's own namespace). */
export async function deleteKeys(prefix: string): Promise<void> {
  const r = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await r.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}
