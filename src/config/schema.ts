/**
 * The configuration schema: every setting, its default, and its validation. The README's
 * configuration reference mirrors this file.
 */
import { z } from 'zod';
import { PROVIDER_IDS } from '../../adapters/port.js';

const positiveMs = z.number().int().positive();

export const accountSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit'),
    provider: z.enum(PROVIDER_IDS, {
      error: (issue) =>
        `unknown provider ${JSON.stringify(issue.input)}; expected one of ${PROVIDER_IDS.join(', ')}`,
    }),
    endpoint: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    regions: z.array(z.string().min(1)).min(1, 'must list at least one region'),
    label: z.string().optional(),
    credentials: z.record(z.string(), z.unknown(), { error: 'must be an object of credential fields' }),
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const configSchema = z
  .object({
    server: z
      .object({
        port: z.number().int().min(0).max(65535).default(4000),
        host: z.string().default('0.0.0.0'),
        /** Serve GraphiQL at GET /graphql. */
        graphiql: z.boolean().default(true),
        /** How long shutdown waits for in-flight requests before closing sockets. */
        shutdownTimeoutMs: positiveMs.default(5_000),
        /** Largest accepted request body. */
        bodyLimit: z.string().default('1mb'),
      })
      .strict()
      .prefault({}),
    log: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info') })
      .strict()
      .prefault({}),
    /** Start the three simulators in-process with demo data when no account is configured. */
    embedded: z.boolean().optional(),
    demo: z
      .object({
        /** Approximate number of tasks each embedded simulator seeds. */
        scale: z.number().int().min(1).max(1000).default(100),
      })
      .strict()
      .prefault({}),
    accounts: z.array(accountSchema).default([]),
    upstream: z
      .object({
        /** Per-attempt timeout for provider calls. */
        timeoutMs: positiveMs.default(15_000),
        /** Retries for calls that are safe to repeat (reads, token-protected creates). */
        retryLimit: z.number().int().min(0).max(10).default(2),
        /** Upstream calls in flight per account during fan-out. */
        perAccountConcurrency: z.number().int().min(1).max(64).default(4),
      })
      .strict()
      .prefault({}),
    cache: z
      .object({
        enabled: z.boolean().default(true),
        /** Time to live of shared list/describe results. */
        ttlMs: z.number().int().min(0).default(3_000),
        maxEntries: z.number().int().positive().default(10_000),
      })
      .strict()
      .prefault({}),
    batching: z.object({ enabled: z.boolean().default(true) }).strict().prefault({}),
    progress: z
      .object({
        /** Poll interval while a watched task moves. */
        fastIntervalMs: positiveMs.default(2_000),
        /** Poll interval while watched tasks are idle. */
        slowIntervalMs: positiveMs.default(15_000),
        /** Longest backoff after upstream failures or throttling. */
        maxBackoffMs: positiveMs.default(60_000),
      })
      .strict()
      .prefault({}),
    pubsub: z
      .object({
        kind: z.enum(['memory', 'redis']).default('memory'),
        /** redis://host:port/db, required when kind is redis. */
        redisUrl: z.string().optional(),
        /** Lease time of a poll group held by one instance. */
        leaseTtlMs: positiveMs.default(10_000),
        keyPrefix: z.string().default('migraph:'),
      })
      .strict()
      .prefault({})
      .refine((p) => p.kind !== 'redis' || !!p.redisUrl, { message: 'redisUrl is required when kind is "redis"', path: ['redisUrl'] }),
  })
  .strict();

export type ParsedConfig = z.output<typeof configSchema>;
