/**
 * The configuration schema: every setting, its default, and its validation. The README's
 * configuration reference mirrors this file.
 */
import { z } from 'zod';
import { PROVIDER_IDS } from '../../adapters/index.js';
import { upstreamPolicyShape } from '../../adapters/common/policy-config.js';
import { SCOPES } from '../security/scopes.js';

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

const origin = z.string().refine((v) => {
  try {
    return new URL(v).origin === v;
  } catch {
    return false;
  }
}, 'must be an origin: scheme://host[:port], no path or trailing slash');

const scope = z.enum(SCOPES, { error: (issue) => `unknown scope ${JSON.stringify(issue.input)}; expected one of ${SCOPES.join(', ')}` });
const accountList = z.array(z.string().min(1)).min(1, 'must list account ids, or "*" for every account');

export const apiKeySchema = z
  .object({
    /** Names the principal in logs and audit events. */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,63}$/, 'must be 1-64 letters, digits, "_", ".", ":", "@" or "-"'),
    /** Hex SHA-256 of the key: the configuration file then holds no secret. */
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be the 64-digit hex SHA-256 of the key')
      .optional(),
    /** The key itself, best given as ${ENV}. At least 24 characters. */
    key: z.string().min(24, 'must be at least 24 characters').optional(),
    scopes: z.array(scope).min(1, 'must list at least one scope'),
    accounts: accountList,
  })
  .strict()
  .refine((k) => (k.sha256 === undefined) !== (k.key === undefined), { message: 'give exactly one of sha256 or key' });

export const jwtSchema = z
  .object({
    /** JWKS endpoint (cached; an unknown `kid` refetches it, so keys can rotate). */
    jwksUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** Static verification keys: JWK objects or SPKI PEM strings. */
    publicKeys: z.array(z.union([z.string().min(1), z.record(z.string(), z.unknown())])).min(1).optional(),
    issuer: z.string().min(1),
    audience: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    /** Claim holding the scopes: a space-separated string or an array. */
    scopesClaim: z.string().min(1).default('scope'),
    /** Claim holding the account ids ("*" for all): an array or a space-separated string. */
    accountsClaim: z.string().min(1).default('migraph_accounts'),
    clockToleranceSeconds: z.number().int().min(0).max(300).default(30),
    algorithms: z.array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])).min(1).default(['RS256', 'PS256', 'ES256', 'EdDSA']),
    /** How long a fetched JWKS is used before it is fetched again. */
    jwksCacheMaxAgeMs: positiveMs.default(600_000),
    /** Least time between two JWKS fetches triggered by an unknown `kid` (key rotation). */
    jwksCooldownMs: z.number().int().min(0).default(30_000),
  })
  .strict()
  .refine((j) => (j.jwksUrl === undefined) !== (j.publicKeys === undefined), { message: 'give exactly one of jwksUrl or publicKeys' });

export const authSchema = z
  .object({
    /** Explicitly run without authentication (every caller has every scope). Logged as a warning; listens on loopback unless server.host is set. */
    disabled: z.boolean().default(false),
    apiKeys: z.array(apiKeySchema).default([]),
    jwt: jwtSchema.optional(),
  })
  .strict()
  .refine((a) => a.disabled || a.apiKeys.length > 0 || a.jwt !== undefined, {
    message: 'configure apiKeys and/or jwt, or set disabled: true explicitly',
  });

const count = z.number().int().positive();
export const limitsSchema = z
  .object({
    /** Deepest selection. */
    depth: count.default(12),
    /** Aliases in one document. */
    aliases: count.default(30),
    /** Root fields in one operation. */
    rootFields: count.default(20),
    /** Directives in one document. */
    directives: count.default(30),
    /** Lexical tokens in one document. */
    tokens: count.default(5_000),
    /** Largest estimated query cost (IBM cost directives: @cost weights times @listSize sizes). */
    cost: count.default(25_000),
    /** List size assumed for a list field without a slicing argument. */
    defaultListSize: count.default(50),
    /** Entity references in one `_entities` call (a federation router batches them). */
    entityReferences: count.default(1_000),
    /** Per-principal request rate (token bucket; shared through Redis when pubsub.kind is redis). */
    rate: z
      .object({
        enabled: z.boolean().default(true),
        /** Sustained requests per second. */
        perSecond: count.default(50),
        /** Extra requests a principal may burst above the sustained rate. */
        burst: z.number().int().min(0).default(100),
      })
      .strict()
      .prefault({}),
    websocket: z
      .object({
        connections: count.default(1_000),
        connectionsPerPrincipal: count.default(50),
        /** Sockets one client address may hold, checked at the upgrade before any credential. */
        connectionsPerAddress: count.default(100),
        subscriptionsPerConnection: count.default(25),
        connectionInitTimeoutMs: positiveMs.default(5_000),
        /** Largest WebSocket message, bytes. */
        maxMessageBytes: count.default(65_536),
      })
      .strict()
      .prefault({}),
    sse: z
      .object({
        /** Open GraphQL-over-SSE streams in all (503 over it). */
        streams: count.default(1_000),
        /** Open SSE streams one principal may hold (429 over it). */
        streamsPerPrincipal: count.default(50),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export const configSchema = z
  .object({
    server: z
      .object({
        port: z.number().int().min(0).max(65535).default(4000),
        /** Listen address. Default: 127.0.0.1 when auth is disabled, else 0.0.0.0 (resolved in index.ts). */
        host: z.string().min(1).optional(),
        /** Serve GraphiQL at GET /graphql. Default: on for the embedded default, off when accounts are configured. */
        graphiql: z.boolean().optional(),
        /** Introspection. Default: on for the embedded default, off when accounts are configured. */
        introspection: z.boolean().optional(),
        /**
         * Browser origins allowed to open WebSockets and to call over CORS (exact `scheme://host[:port]`).
         * Requests without an Origin header (non-browser clients) and the gateway's own pages are always allowed.
         */
        allowedOrigins: z.array(origin).default([]),
        /** Time to receive a request's headers (slowloris). */
        headersTimeoutMs: positiveMs.default(10_000),
        /** Time to receive a whole request. */
        requestTimeoutMs: positiveMs.default(30_000),
        /** Idle keep-alive sockets are closed after this. */
        keepAliveTimeoutMs: positiveMs.default(5_000),
        /**
         * On SIGTERM/SIGINT, how long /readyz answers 503 while everything is still served, before the
         * listener closes (load balancers stop sending traffic first: the Kubernetes preStop pattern).
         * Default: 3000 with accounts configured, 0 for the embedded default (resolved in index.ts).
         */
        drainDelayMs: z.number().int().min(0).max(300_000).optional(),
        /** After the listener closed, how long shutdown waits for in-flight requests before cutting them (logged). */
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
        scale: z.number().int().min(1).max(10_000).default(100),
      })
      .strict()
      .prefault({}),
    accounts: z.array(accountSchema).default([]),
    /** Who may call: API keys and/or JWTs. Required when accounts are configured (fail closed). */
    auth: authSchema.optional(),
    limits: limitsSchema.prefault({}),
    audit: z
      .object({
        /** Also append audit events (JSON lines) to this file; they always go to the log. */
        file: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),
    /**
     * The upstream call policy of every account (adapters/common/policy-config.ts: the rules and
     * defaults of each key, which an account overrides in `accounts[].options`): timeoutMs 15000,
     * deadlineMs 30000, retryLimit 2, backoffLimitMs 2000, retryBudget { ratio 0.1, windowMs 10000,
     * minPerSecond 10 }, circuit { enabled, failureThreshold 5, openMs 5000 }, quota { enabled,
     * callsPerSecond 20, burst 40, maxWaitMs 2000, pollMaxWaitMs 10000, pollReserve 0.25, operations {} }.
     */
    upstream: z
      .object({
        ...upstreamPolicyShape,
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
        /** Bound on the estimated bytes of every cached value together (vendor pages, describes): 64 MiB. */
        maxBytes: z.number().int().min(1_048_576).default(64 * 1024 * 1024),
      })
      .strict()
      .prefault({}),
    batching: z.object({ enabled: z.boolean().default(true) }).strict().prefault({}),
    /**
     * The idempotency window (src/domain/idempotency.ts): a mutation repeated with the same
     * `idempotencyKey` (argument or Idempotency-Key header) answers the first result. In Redis when
     * pubsub.kind is redis (key prefix `pubsub.keyPrefix + "idem:"`), else in memory.
     */
    idempotency: z
      .object({
        /** How long a key's first result is answered to repeats. */
        ttlMs: positiveMs.default(86_400_000),
        /** Keys held in memory (memory window only), least recently used dropped first. */
        maxEntries: z.number().int().positive().default(10_000),
        /** How long a key whose first call has not finished refuses repeats (CONFLICT); bounds a key held by an instance that died. */
        inFlightTtlMs: positiveMs.default(300_000),
      })
      .strict()
      .prefault({}),
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
        /** Redis health check: a PING on every connection this often (an outage is noticed within about this plus commandTimeoutMs). */
        healthCheckMs: positiveMs.default(1_000),
        /** Longest wait for any Redis command (PINGs included); commands fail fast instead of queueing while Redis is away. */
        commandTimeoutMs: positiveMs.default(1_000),
      })
      .strict()
      .prefault({})
      .refine((p) => p.kind !== 'redis' || !!p.redisUrl, { message: 'redisUrl is required when kind is "redis"', path: ['redisUrl'] }),
  })
  .strict();

export type ParsedConfig = z.output<typeof configSchema>;
