/**
 * The accounts registry: one MigrationProvider per configured account, built once at start.
 */
import { GatewayError } from '../core/errors.js';
import { providerModule } from '../../adapters/index.js';
import type { UpstreamObserver } from '../../adapters/common/observe.js';
import type { UpstreamPolicy } from '../../adapters/common/policy.js';
import type { AccountConfig } from '../../adapters/module.js';
import type { EntityKind, EntityRef, Logger, ProviderId } from '../core/model.js';
import type { MigrationProvider } from '../../adapters/port.js';
import type { Principal } from '../security/principal.js';
import { CachingProvider, type SharedCache } from './cache.js';

export interface RegisteredAccount {
  config: AccountConfig;
  /** The adapter itself: always upstream (the progress hub polls through it). */
  provider: MigrationProvider;
  /** What queries and mutations use: the adapter behind the shared cache (or the adapter when off). */
  cached: MigrationProvider;
  /**
   * The provider's native id format per entity kind (ProviderModule.nativeIds) when the provider
   * module built the adapter; a test factory's provider keeps its own ids (none).
   */
  nativeIds?: Partial<Record<EntityKind, RegExp>>;
}

export class AccountRegistry {
  private readonly byId: Map<string, RegisteredAccount>;
  /** The accounts this view may see: null for the whole registry. */
  private readonly visible: ReadonlySet<string> | null = null;
  private readonly views = new WeakMap<ReadonlySet<string>, AccountRegistry>();

  constructor(
    accounts: readonly AccountConfig[],
    logger: Logger,
    factory = defaultFactory,
    cache?: SharedCache,
    observer?: UpstreamObserver,
    policy?: UpstreamPolicy,
    pageConcurrency?: number,
  ) {
    this.byId = new Map();
    for (const config of accounts) {
      const provider = factory(config, logger.child({ account: config.id, provider: config.provider }), observer, policy, pageConcurrency);
      const cached = cache ? new CachingProvider(provider, cache) : provider;
      const nativeIds = factory === defaultFactory ? providerModule(config.provider)?.nativeIds : undefined;
      this.byId.set(config.id, { config, provider, cached, ...(nativeIds ? { nativeIds } : {}) });
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
   * A decoded global id checked against the registry before it is used: the account exists (NOT_FOUND)
   * and is visible (FORBIDDEN), has the region (NOT_FOUND), belongs to the id's provider, and the native
   * id has the provider's format for its kind (both BAD_USER_INPUT). Every refusal names `field`.
   */
  checkRef(ref: EntityRef & { kind: EntityKind }, field = 'id'): RegisteredAccount {
    let account: RegisteredAccount;
    try {
      account = this.region(ref.accountId, ref.region);
    } catch (e) {
      if (e instanceof GatewayError) throw new GatewayError(e.code, `${field}: ${e.message}`, { account: e.account, provider: e.provider, retryable: false, field });
      throw e;
    }
    if (account.config.provider !== ref.provider) {
      throw new GatewayError('BAD_USER_INPUT', `${field}: names provider ${ref.provider}, but account "${ref.accountId}" is a ${account.config.provider} account`, { account: ref.accountId, field });
    }
    const format = account.nativeIds?.[ref.kind];
    if (format && !format.test(ref.nativeId)) {
      throw new GatewayError('BAD_USER_INPUT', `${field}: is not a ${ref.provider} ${ref.kind} id (native format ${format.source})`, { provider: ref.provider, account: ref.accountId, field });
    }
    return account;
  }

  /**
   * An account named by an argument (`account: ID!`, `region: String`), with its region (default the
   * account's first): refusals name the argument (`field`, `regionField`).
   */
  named(id: string, region: string | null | undefined, field = 'account', regionField = 'region'): { account: RegisteredAccount; region: string } {
    let account: RegisteredAccount;
    try {
      account = this.get(id);
    } catch (e) {
      if (e instanceof GatewayError) throw new GatewayError(e.code, `${field}: ${e.message}`, { account: e.account, retryable: false, field });
      throw e;
    }
    const r = region ?? account.config.regions[0]!;
    if (!account.config.regions.includes(r)) {
      throw new GatewayError('NOT_FOUND', `${regionField}: region "${r}" is not configured for account "${id}"`, { account: id, provider: account.config.provider, field: regionField });
    }
    return { account, region: r };
  }

  /**
   * The provider-specific extension of an account, checked against the provider it must belong to.
   * Used only by the provider GraphQL modules; `field` names the argument that chose the account.
   */
  extension<T>(id: string, provider: ProviderId, field?: string): T {
    const account = this.get(id);
    if (account.config.provider !== provider || !account.cached.extension) {
      throw new GatewayError(
        'UNSUPPORTED_OPERATION',
        `${field ? `${field}: ` : ''}account "${id}" is a ${account.config.provider} account; this operation needs ${provider}`,
        { account: id, provider: account.config.provider, ...(field ? { field } : {}) },
      );
    }
    return account.cached.extension as T;
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.byId.values()].map((a) => a.provider.close()));
  }
}

/** The registered provider module's provider, under the gateway's upstream policy (`upstream.*` and the account's overrides). */
function defaultFactory(config: AccountConfig, logger: Logger, observer?: UpstreamObserver, policy?: UpstreamPolicy, pageConcurrency?: number): MigrationProvider {
  const mod = providerModule(config.provider);
  if (!mod) throw new Error(`provider ${config.provider} is not available in this build`);
  return mod.createProvider(config, { logger, observer, policy, ...(pageConcurrency ? { pageConcurrency } : {}) });
}
