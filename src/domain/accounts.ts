/**
 * The accounts registry: one MigrationProvider per configured account, built once at start.
 */
import { GatewayError } from '../core/errors.js';
import { providerModule } from '../../adapters/index.js';
import type { UpstreamObserver } from '../../adapters/common/observe.js';
import type { AccountConfig } from '../../adapters/module.js';
import type { Logger, ProviderId } from '../core/model.js';
import type { MigrationProvider } from '../../adapters/port.js';
import type { Principal } from '../security/principal.js';
import { CachingProvider, type SharedCache } from './cache.js';

export interface RegisteredAccount {
  config: AccountConfig;
  /** The adapter itself: always upstream (the progress hub polls through it). */
  provider: MigrationProvider;
  /** What queries and mutations use: the adapter behind the shared cache (or the adapter when off). */
  cached: MigrationProvider;
}

export class AccountRegistry {
  private readonly byId: Map<string, RegisteredAccount>;
  /** The accounts this view may see: null for the whole registry. */
  private readonly visible: ReadonlySet<string> | null = null;
  private readonly views = new WeakMap<ReadonlySet<string>, AccountRegistry>();

  constructor(accounts: readonly AccountConfig[], logger: Logger, factory = defaultFactory, cache?: SharedCache, observer?: UpstreamObserver) {
    this.byId = new Map();
    for (const config of accounts) {
      const provider = factory(config, logger.child({ account: config.id, provider: config.provider }), observer);
      const cached = cache ? new CachingProvider(provider, cache) : provider;
      this.byId.set(config.id, { config, provider, cached });
    }
  }

  /**
   * The registry as a principal sees it: lists cover only its accounts, and naming another account
   * is FORBIDDEN (checked before any upstream call). The same view object for the same account set.
   */
  forPrincipal(principal: Principal): AccountRegistry {
    if (principal.accounts === '*' || this.visible) return this;
    let view = this.views.get(principal.accounts);
    if (!view) {
      view = Object.create(AccountRegistry.prototype) as AccountRegistry;
      Object.assign(view, { byId: this.byId, visible: principal.accounts, views: this.views });
      this.views.set(principal.accounts, view);
    }
    return view;
  }

  list(): RegisteredAccount[] {
    const all = [...this.byId.values()];
    return this.visible ? all.filter((a) => this.visible!.has(a.config.id)) : all;
  }

  has(id: string): boolean {
    return this.byId.has(id) && (!this.visible || this.visible.has(id));
  }

  /** The account, NOT_FOUND when it is not configured, FORBIDDEN when this view may not see it. */
  get(id: string): RegisteredAccount {
    const account = this.byId.get(id);
    if (!account) throw new GatewayError('NOT_FOUND', `account "${id}" is not configured`, { account: id });
    if (this.visible && !this.visible.has(id)) {
      throw new GatewayError('FORBIDDEN', `account "${id}" is not permitted for this principal`, { account: id, retryable: false });
    }
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
    await Promise.allSettled([...this.byId.values()].map((a) => a.provider.close()));
  }
}

function defaultFactory(config: AccountConfig, logger: Logger, observer?: UpstreamObserver): MigrationProvider {
  const mod = providerModule(config.provider);
  if (!mod) throw new Error(`provider ${config.provider} is not available in this build`);
  return mod.createProvider(config, { logger, observer });
}
