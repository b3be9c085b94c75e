/**
 * The settings of the upstream call policy (policy.ts), in one place: every key with its rule and
 * its default. Two schemas are built from the same field rules:
 *
 * - `upstreamPolicySchema`: the gateway-wide `upstream.*` settings, every key defaulted (the
 *   configuration schema, src/config/schema.ts, embeds it);
 * - `accountPolicyShape`: the same keys, all optional and without defaults, for `accounts[].options`
 *   (each adapter's optionsSchema spreads it), so an account overrides key by key.
 *
 * `resolvePolicySettings(base, overrides)` merges the two (nested objects key by key).
 */
import { z } from 'zod';

/** The defaults, as documented in the README's configuration reference. */
export const POLICY_DEFAULTS = {
  /** Time for one attempt (connect, send, answer), ms. Cut to what remains of the deadline. */
  timeoutMs: 15_000,
  /** Time for the whole call (every attempt, back-off and quota wait), ms. No attempt starts past it. */
  deadlineMs: 30_000,
  /** Attempts after the first, for operations that are safe to repeat. */
  retryLimit: 2,
  /** Upper bound of one back-off (exponential, full jitter), ms. A longer Retry-After is honoured. */
  backoffLimitMs: 2_000,
  retryBudget: {
    /** Retries allowed per call made in the window (0.1 = at most 10 % extra load). */
    ratio: 0.1,
    /** Length of the sliding window, ms. */
    windowMs: 10_000,
    /** Retries always allowed per second of window (the floor for quiet accounts). */
    minPerSecond: 10,
  },
  circuit: {
    enabled: true,
    /** Consecutive upstream failures (5xx, unavailable, timeouts) that open the circuit. */
    failureThreshold: 5,
    /** How long an open circuit fails fast before one call goes through as the probe, ms. */
    openMs: 5_000,
  },
  quota: {
    enabled: true,
    /** Sustained calls per second per account and region (the bucket's refill rate). */
    callsPerSecond: 20,
    /** Bucket size: calls that may go at once after a quiet spell. */
    burst: 40,
    /** Longest wait of a query or mutation for a token, ms; then THROTTLED. */
    maxWaitMs: 2_000,
    /** Longest wait of a progress poll for a token, ms; then THROTTLED (the hub backs off). */
    pollMaxWaitMs: 10_000,
    /** Share of `burst` that polls may not take: kept for mutations and queries. */
    pollReserve: 0.25,
    /** Extra buckets for single vendor operations (catalog operation id -> rate); none by default. */
    operations: {} as Record<string, { callsPerSecond: number; burst: number }>,
  },
};

const ms = (min: number, max: number) => z.number().int().min(min).max(max);

/** The rule of every key (no defaults, nothing optional). */
const rules = {
  timeoutMs: ms(100, 300_000),
  deadlineMs: ms(100, 600_000),
  retryLimit: z.number().int().min(0).max(10),
  backoffLimitMs: ms(0, 60_000),
  retryBudget: {
    ratio: z.number().min(0).max(1),
    windowMs: ms(1_000, 600_000),
    minPerSecond: z.number().min(0).max(10_000),
  },
  circuit: {
    enabled: z.boolean(),
    failureThreshold: z.number().int().min(1).max(1_000),
    openMs: ms(1, 600_000),
  },
  quota: {
    enabled: z.boolean(),
    callsPerSecond: z.number().positive().max(100_000),
    burst: z.number().int().min(1).max(1_000_000),
    maxWaitMs: ms(0, 600_000),
    pollMaxWaitMs: ms(0, 600_000),
    pollReserve: z.number().min(0).max(0.9),
  },
};

/** One operation's own bucket (`quota.operations.<OperationId>`). */
export const operationQuotaSchema = z.strictObject({
  callsPerSecond: rules.quota.callsPerSecond,
  burst: rules.quota.burst,
});

const operationsSchema = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be a catalog operation id'), operationQuotaSchema);

/** `upstream.*` policy keys, every one defaulted. */
export const upstreamPolicyShape = {
  timeoutMs: rules.timeoutMs.default(POLICY_DEFAULTS.timeoutMs),
  deadlineMs: rules.deadlineMs.default(POLICY_DEFAULTS.deadlineMs),
  retryLimit: rules.retryLimit.default(POLICY_DEFAULTS.retryLimit),
  backoffLimitMs: rules.backoffLimitMs.default(POLICY_DEFAULTS.backoffLimitMs),
  retryBudget: z
    .strictObject({
      ratio: rules.retryBudget.ratio.default(POLICY_DEFAULTS.retryBudget.ratio),
      windowMs: rules.retryBudget.windowMs.default(POLICY_DEFAULTS.retryBudget.windowMs),
      minPerSecond: rules.retryBudget.minPerSecond.default(POLICY_DEFAULTS.retryBudget.minPerSecond),
    })
    .prefault({}),
  circuit: z
    .strictObject({
      enabled: rules.circuit.enabled.default(POLICY_DEFAULTS.circuit.enabled),
      failureThreshold: rules.circuit.failureThreshold.default(POLICY_DEFAULTS.circuit.failureThreshold),
      openMs: rules.circuit.openMs.default(POLICY_DEFAULTS.circuit.openMs),
    })
    .prefault({}),
  quota: z
    .strictObject({
      enabled: rules.quota.enabled.default(POLICY_DEFAULTS.quota.enabled),
      callsPerSecond: rules.quota.callsPerSecond.default(POLICY_DEFAULTS.quota.callsPerSecond),
      burst: rules.quota.burst.default(POLICY_DEFAULTS.quota.burst),
      maxWaitMs: rules.quota.maxWaitMs.default(POLICY_DEFAULTS.quota.maxWaitMs),
      pollMaxWaitMs: rules.quota.pollMaxWaitMs.default(POLICY_DEFAULTS.quota.pollMaxWaitMs),
      pollReserve: rules.quota.pollReserve.default(POLICY_DEFAULTS.quota.pollReserve),
      operations: operationsSchema.default({}),
    })
    .prefault({}),
};

export const upstreamPolicySchema = z.strictObject(upstreamPolicyShape);

/** The resolved settings of one account's policy. */
export type PolicySettings = z.output<typeof upstreamPolicySchema>;

/**
 * The per-account override keys (`accounts[].options`): the same rules, every key optional. Adapters
 * spread this into their strict optionsSchema.
 */
export const accountPolicyShape = {
  timeoutMs: rules.timeoutMs.optional(),
  deadlineMs: rules.deadlineMs.optional(),
  retryLimit: rules.retryLimit.optional(),
  backoffLimitMs: rules.backoffLimitMs.optional(),
  retryBudget: z
    .strictObject({
      ratio: rules.retryBudget.ratio.optional(),
      windowMs: rules.retryBudget.windowMs.optional(),
      minPerSecond: rules.retryBudget.minPerSecond.optional(),
    })
    .optional(),
  circuit: z
    .strictObject({
      enabled: rules.circuit.enabled.optional(),
      failureThreshold: rules.circuit.failureThreshold.optional(),
      openMs: rules.circuit.openMs.optional(),
    })
    .optional(),
  quota: z
    .strictObject({
      enabled: rules.quota.enabled.optional(),
      callsPerSecond: rules.quota.callsPerSecond.optional(),
      burst: rules.quota.burst.optional(),
      maxWaitMs: rules.quota.maxWaitMs.optional(),
      pollMaxWaitMs: rules.quota.pollMaxWaitMs.optional(),
      pollReserve: rules.quota.pollReserve.optional(),
      operations: operationsSchema.optional(),
    })
    .optional(),
};

/** The override keys as one schema (what an account's options hold of the policy). */
export const accountPolicySchema = z.strictObject(accountPolicyShape);

/** What an account may override (every key optional). */
export type PolicyOverrides = z.output<typeof accountPolicySchema>;

const POLICY_KEYS = Object.keys(accountPolicyShape) as (keyof PolicyOverrides)[];

/** The policy keys of an account's parsed options (the adapter's own keys left out). */
export function policyOverrides(options: Record<string, unknown> | undefined): PolicyOverrides {
  const out: Record<string, unknown> = {};
  for (const k of POLICY_KEYS) if (options?.[k] !== undefined) out[k] = options[k];
  return out as PolicyOverrides;
}

function defined<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** `base` with `overrides` applied key by key (nested objects merged; an account's `operations` add to the base's). */
export function resolvePolicySettings(base: PolicySettings, overrides: PolicyOverrides = {}): PolicySettings {
  const o = overrides;
  return {
    ...base,
    ...defined({ timeoutMs: o.timeoutMs, deadlineMs: o.deadlineMs, retryLimit: o.retryLimit, backoffLimitMs: o.backoffLimitMs }),
    retryBudget: { ...base.retryBudget, ...defined(o.retryBudget) },
    circuit: { ...base.circuit, ...defined(o.circuit) },
    quota: {
      ...base.quota,
      ...defined({ ...o.quota, operations: undefined }),
      operations: { ...base.quota.operations, ...(o.quota?.operations ?? {}) },
    },
  };
}

/** The defaults, parsed (a fresh object each call). */
export function defaultPolicySettings(): PolicySettings {
  return upstreamPolicySchema.parse({});
}

/**
 * Configuration issues for `quota.operations` keys that are not operations of the adapter's
 * catalog (`known`), paths relative to the account (`options.quota.operations.<key>`).
 */
export function unknownQuotaOperations(options: PolicyOverrides | undefined, known: (id: string) => boolean): { path: (string | number)[]; message: string }[] {
  return Object.keys(options?.quota?.operations ?? {})
    .filter((id) => !known(id))
    .map((id) => ({ path: ['options', 'quota', 'operations', id], message: 'is not an operation of this provider\'s catalog' }));
}
