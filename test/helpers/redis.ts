/** Redis clean-up for tests that use the shared server: each test keeps its keys under its own prefix. */
import type { Redis } from 'ioredis';

/** Deletes every key under `prefix`. */
export async function deleteKeysUnder(redis: Redis, prefix: string): Promise<void> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  if (keys.length) await redis.del(...keys);
}
