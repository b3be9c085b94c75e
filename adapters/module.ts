/**
 * Wiring: how the gateway builds providers from configuration, and what a provider module offers
 * (validation, the provider itself, an in-process simulator with demo data).
 */
import type { EntityKind, Logger, ProviderId } from '../src/core/model.js';
import type { MigrationProvider } from './port.js';
import type { UpstreamObserver } from './common/observe.js';
import type { UpstreamPolicy } from './common/policy.js';
import type { SimClock } from './common/simulator/clock.js';
import type { SimulatorProbe } from './common/simulator/probe.js';

/** One configured account, exactly as in the configuration file (see DESIGN.md "Configuration"). */
export interface AccountConfig {
  id: string;
  provider: ProviderId;
  endpoint: string;
  regions: string[];
  label?: string;
  /** Provider-specific credential fields, validated by the provider module's `validateCredentials`. */
  credentials: Record<string, unknown>;
  /**
   * Per-account tuning: the upstream policy keys shared by every provider (common/policy-config.ts
   * `accountPolicyShape`: timeoutMs, deadlineMs, retryLimit, backoffLimitMs, retryBudget, circuit,
   * quota) plus the provider's own (IAM endpoint, project id, ...).
   */
  options?: Record<string, unknown>;
}

export interface ProviderDeps {
  logger: Logger;
  /** Observes every upstream call (metrics, traces, debug line); see common/observe.ts. */
  observer?: UpstreamObserver;
  /**
   * The gateway's upstream policy (common/policy.ts: timeouts, deadline, retries, retry budget,
   * circuit breakers, quotas) built from `upstream.*`. The module gives the account its share with
   * `accountPolicy(deps.policy, scope, policyOverrides(options))`; absent, a standalone default.
   */
  policy?: UpstreamPolicy;
  /** Vendor list pages in flight at once per account (`upstream.perAccountConcurrency`, default 4); see common/paging.ts. */
  pageConcurrency?: number;
}

/** A problem in an account's configuration: `path` is relative to the account object. */
export interface ConfigIssue {
  path: (string | number)[];
  message: string;
}

/** A running in-process simulator with demo data, for the embedded default (`npm start`). */
export interface DemoHandle {
  account: AccountConfig;
  /** The simulator behind `account.endpoint`. */
  probe?: SimulatorProbe;
  close(): Promise<void>;
}

export interface DemoOptions {
  accountId: string;
  logger: Logger;
  /** Approximate number of tasks to seed (default: the provider's small demo set). */
  scale?: number;
  /**
   * The simulator's clock (default: real time). Tests pass a ManualClock started at `Date.now()`
   * (clients sign with real time) to freeze the demo, or to move it step by step.
   */
  clock?: SimClock;
}

export interface ProviderModule {
  id: ProviderId;
  /** Human name, e.g. "Huawei Cloud SMS". */
  displayName: string;
  /** Name of the provider's value in the GraphQL `Provider` enum, e.g. `HUAWEI_SMS`. */
  graphqlName: string;
  /** Description of that enum value (service and API version). */
  description: string;
  /**
   * The native id format of each entity kind the provider serves, as the vendor issues ids (from the
   * catalog's and the seeds' examples, and the simulator's). A global id whose native id does not
   * match is refused (BAD_USER_INPUT naming the argument) before anything is sent.
   */
  nativeIds?: Partial<Record<EntityKind, RegExp>>;
  /** Checks `credentials` and `options` of one account; returns every issue found (empty = valid). */
  validateAccount(account: AccountConfig): ConfigIssue[];
  createProvider(account: AccountConfig, deps: ProviderDeps): MigrationProvider;
  /**
   * Starts this provider's simulator in-process on 127.0.0.1:0 with realistic demo data. `scale` is
   * the approximate number of tasks to seed (default: the provider's small demo set).
   */
  startDemo(opts: DemoOptions): Promise<DemoHandle>;
}
