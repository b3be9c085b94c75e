/**
 * The accounts registry: one MigrationProvider per configured account, built once at start.
 */
import { GatewayError } from '../../adapters/common/errors.js';
import { providerModule } from '../../adapters/index.js';
import type { AccountConfig, Logger, MigrationProvider, ProviderId } from '../../adapters/port.js';
import { CachingProvider, type SharedCache } from './cache.js';

export interface RegisteredAccount {
  config: AccountConfig;
  /** The adapter itself: always upstream (the progress hub polls through it). */
  provider: MigrationProvider;
  /** What queries and mutations use: the adapter behind the shared cache (or the adapter when off). */
  cached: MigrationProvider;
}

export class AccountRegistry {
  private readonly byId = new Map<string, RegisteredAccount>();

  constructor(accounts: readonly AccountConfig[], logger: Logger, factory = defaultFactory, cache?: SharedCache) {
    for (const config of accounts) {
      const provider = factory(config, logger.child({ account: config.id, provider: config.provider }));
      const cached = cache ? new CachingProvider(provider, cache) : provider;
      this.byId.set(config.id, { config, provider, cached });
    }
  }

  list(): RegisteredAccount[] {
    return [...this.byId.values()];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The account, or NOT_FOUND naming it. */
  get(id: string): RegisteredAccount {
    const account = this.byId.get(id);
    if (!account) throw new GatewayError('NOT_FOUND', `account "${id}" is not configured`, { account: id });
    return account;
  }

  /** Checks that `region` is one of the account's configured regions. */
  region(id: string, region: string): RegisteredAccount {
    const account = this.get(id);
    if (!account.config.regions.includes(region)) {
      throw new GatewayError('NOT_FOUND', `region "${region}" is not configured for account "${id}"`, {
        account: id,
        provider: account.config.provider,
      });
    }
    return account;
  }

  /**
   * The provider-specific extension of an account, checked against the provider it must belong to.
   * Used only by the provider GraphQL modules.
   */
  extension<T>(id: string, provider: ProviderId): T {
    const account = this.get(id);
    if (account.config.provider !== provider || !account.cached.extension) {
      throw new GatewayError(
        'UNSUPPORTED_OPERATION',
        `account "${id}" is a ${account.config.provider} account; this operation needs ${provider}`,
        { account: id, provider: account.config.provider },
      );
    }
    return account.cached.extension as T;
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.list().map((a) => a.provider.close()));
  }
}

function defaultFactory(config: AccountConfig, logger: Logger): MigrationProvider {
  const mod = providerModule(config.provider);
  if (!mod) throw new Error(`provider ${config.provider} is not available in this build`);
  return mod.createProvider(config, { logger });
}
