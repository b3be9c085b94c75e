/**
 * Cross-account fan-out: which (account, region) partitions a query touches, running calls on them
 * in parallel with a per-account concurrency limit, and collecting one error per failed account
 * (partial results) instead of failing the whole query.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import { GatewayError, toGatewayError } from '../core/errors.js';
import type { EntityKind, ProviderId } from '../core/model.js';
import type { AccountRegistry, RegisteredAccount } from './accounts.js';

export interface Partition {
  account: RegisteredAccount;
  region: string;
  /** `accountId/region`: the key cursors use. */
  key: string;
}

export interface PartitionSelector {
  providers?: readonly ProviderId[] | null;
  accounts?: readonly string[] | null;
  regions?: readonly string[] | null;
}

export function selectPartitions(registry: AccountRegistry, kind: EntityKind, sel: PartitionSelector = {}): Partition[] {
  const out: Partition[] = [];
  for (const account of registry.list()) {
    const { config, provider } = account;
    if (!provider.capabilities.entities.includes(kind)) continue;
    if (sel.providers?.length && !sel.providers.includes(config.provider)) continue;
    if (sel.accounts?.length && !sel.accounts.includes(config.id)) continue;
    for (const region of config.regions) {
      if (sel.regions?.length && !sel.regions.includes(region)) continue;
      out.push({ account, region, key: `${config.id}/${region}` });
    }
  }
  return out;
}

/** Per-account concurrency limiters, shared by every request of the process. */
export class AccountLimiter {
  private readonly limits = new Map<string, LimitFunction>();
  constructor(private readonly perAccount: number) {}

  run<T>(accountId: string, fn: () => Promise<T>): Promise<T> {
    let limit = this.limits.get(accountId);
    if (!limit) {
      limit = pLimit(this.perAccount);
      this.limits.set(accountId, limit);
    }
    return limit(fn);
  }
}

export interface Settled<T> {
  partition: Partition;
  value?: T;
  error?: GatewayError;
}

/** Runs `fn` on every partition at once (bounded per account); never rejects. */
export async function fanOut<T>(
  partitions: readonly Partition[],
  limiter: AccountLimiter,
  fn: (p: Partition) => Promise<T>,
): Promise<Settled<T>[]> {
  return Promise.all(
    partitions.map(async (partition): Promise<Settled<T>> => {
      try {
        return { partition, value: await limiter.run(partition.account.config.id, () => fn(partition)) };
      } catch (e) {
        const { config } = partition.account;
        return { partition, error: toGatewayError(e).withAccount(config.provider, config.id) };
      }
    }),
  );
}

/** One error per failed account (the first seen), for partial results. */
export function accountErrors(results: readonly Settled<unknown>[]): GatewayError[] {
  const byAccount = new Map<string, GatewayError>();
  for (const r of results) {
    if (r.error && !byAccount.has(r.partition.account.config.id)) byAccount.set(r.partition.account.config.id, r.error);
  }
  return [...byAccount.values()];
}
