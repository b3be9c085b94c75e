/**
 * The transport: Apollo Server over HTTP, graphql-ws over WebSocket and graphql-sse over
 * Server-Sent Events (requests accepting text/event-stream) on one port and one path (/graphql),
 * GraphiQL from the installed packages, /healthz, /readyz and /metrics, and a graceful shutdown:
 * /readyz answers 503 for `server.drainDelayMs` while everything is still served, then the listener
 * closes, SSE streams end, in-flight queries and mutations get up to `server.shutdownTimeoutMs`
 * (what is cut after that is logged with its operation and request id), WebSockets close with 1001.
 *
 * /readyz: 200 `ready`; 503 `shutting-down` from the first shutdown step; 503 `degraded` with the
 * reason (`redis unreachable`) while the progress backplane does not answer. /healthz stays 200.
 *
 * Security (README "Security"): every GraphQL request, WebSocket connection, CSV and /metrics call
 * is authenticated (unless auth.disabled), rate-limited per principal, Origin-checked, and served
 * through the principal's view of the domain (its accounts only); operations pass the shape, scope
 * and cost checks before anything executes; socket, header, body and message sizes and times are bounded.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { combineObservers, loggingObserver } from '../../adapters/common/observe.js';
import { UpstreamPolicy } from '../../adapters/common/policy.js';
import { RedisQuotaStore } from '../domain/quota-redis.js';
import type { AccountConfig } from '../../adapters/module.js';
import type { Logger } from '../core/model.js';
import type { GatewayConfig } from '../config/index.js';
import { AccountRegistry } from '../domain/accounts.js';
import { SharedCache } from '../domain/cache.js';
import { Gateway } from '../domain/gateway.js';
import { IdempotencyWindow } from '../domain/idempotency.js';
import { ProgressHub } from '../domain/progress/hub.js';
import { registerProgressMetrics } from '../domain/progress/metrics.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Loaders } from '../domain/loaders.js';
import { makeFormatError, partialErrorsPlugin, subscriptionsOverWebSocketPlugin } from '../graphql/errors.js';
import { guardPlugin } from '../graphql/guard-plugin.js';
import { buildGatewaySchema } from '../graphql/schema.js';
import { httpTracing, tracingPlugin } from '../observability/graphql.js';
import { checkOperation } from '../security/operation.js';
import { AuditLog } from '../security/audit.js';
import { Authenticator } from '../security/auth.js';
import type { Principal } from '../security/principal.js';
import { RequestRateLimiter } from '../security/rate-limit.js';
import { mountDashboard } from './dashboard.js';
import { graphiqlHtml, mountGraphiqlAssets } from './graphiql.js';
import { authenticate, originGuard, principalOfResponse, requireScopeMiddleware } from './http-auth.js';
import { createMetrics, metricsObserver, policyObserver, registerBackplaneMetrics } from './metrics.js';
import { InFlight, httpInFlight, type InFlightOperation } from './inflight.js';
import { tasksCsvHandler } from './reports.js';
import { accessLog, requestIdOf, requestIds, setOperationName } from './access-log.js';
import { clientErrorHandler, jsonErrorHandler } from './http-errors.js';
import { sseTransport } from './sse.js';
import { attachWebSocket } from './websocket.js';
import { withTracing } from '../observability/tracing.js';

export const GRAPHQL_PATH = '/graphql';

export interface RunningGateway {
  url: string;
  wsUrl: string;
  port: number;
  gateway: Gateway;
  hub: ProgressHub;
  cache: SharedCache;
  /** Queries and mutations in flight (shutdown waits for them). */
  inflight: InFlight;
  /**
   * Graceful stop: /readyz 503 for the drain delay (still serving), then closes the listener, waits
   * for in-flight operations up to the grace period (logging what it cuts), closes WebSockets (1001)
   * and releases upstream sockets.
   */
  close(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  /** Accounts to serve (the configured ones, or the embedded simulators' accounts). */
  accounts: readonly AccountConfig[];
  /** Builds a provider for an account; defaults to the registered provider modules (tests swap it). */
  providerFactory?: ConstructorParameters<typeof AccountRegistry>[2];
  /** How shutdown waits out the drain delay and the grace period (tests inject their own). */
  sleep?: (ms: number) => Promise<void>;
  /** The built dashboard (default dist/web, ./dashboard.ts); tests point it elsewhere. */
  dashboardDir?: string;
}

function realSleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms).unref()) : Promise.resolve();
}

export async function startGateway(config: GatewayConfig, options: StartOptions): Promise<RunningGateway> {
  const { logger } = options;
  if (config.auth.disabled) {
    logger.warn({ host: config.server.host }, 'authentication is DISABLED (auth.disabled): every caller has every scope on every account');
  }
  const cache = new SharedCache(config.cache);
  const metrics = createMetrics({ cache });
  // Every vendor call: counted and timed in Prometheus, one debug line, a client span (tracing on).
  const observer = withTracing(combineObservers(metricsObserver(metrics), loggingObserver(logger.child({ component: 'upstream' }))));
  // One upstream policy for every account (timeouts, deadline, retries, retry budget, circuits,
  // quotas); the quota buckets live in Redis, shared by every instance, when Redis is configured.
  const { perAccountConcurrency: _concurrency, ...policySettings } = config.upstream;
  const quotaRedis = config.pubsub.kind === 'redis' && config.pubsub.redisUrl && config.upstream.quota.enabled ? config.pubsub.redisUrl : undefined;
  const policy = new UpstreamPolicy(policySettings, {
    observer: policyObserver(metrics),
    ...(quotaRedis
      ? { store: new RedisQuotaStore({ redisUrl: quotaRedis, keyPrefix: config.pubsub.keyPrefix, commandTimeoutMs: config.pubsub.commandTimeoutMs, logger: logger.child({ component: 'upstream-quota' }), onFallback: () => metrics.quotaFallbacks.inc() }) }
      : {}),
  });
  const registry = new AccountRegistry(options.accounts, logger, options.providerFactory, cache, observer, policy, config.upstream.perAccountConcurrency);
  const gateway = new Gateway(registry, {
    perAccountConcurrency: config.upstream.perAccountConcurrency,
    batching: config.batching.enabled,
  });
  const hub = new ProgressHub(
    registry,
    {
      ...config.progress,
      pubsub: config.pubsub,
      // The embedded simulators exist in this process only: their progress keys are this instance's.
      privateAccounts: config.embedded ? options.accounts.map((a) => a.id) : [],
    },
    logger.child({ component: 'progress' }),
  );
  cache.onInvalidate((accountId) => hub.refreshAccount(accountId));
  const schema = await buildGatewaySchema();
  registerProgressMetrics(metrics.registry, hub);
  if (config.pubsub.kind === 'redis') registerBackplaneMetrics(metrics, hub.health);
  const formatError = makeFormatError(logger);
  const authenticator = new Authenticator(config.auth);
  const rateLimiter = new RequestRateLimiter(config.limits.rate, {
    redisUrl: config.pubsub.kind === 'redis' ? config.pubsub.redisUrl : undefined,
    keyPrefix: config.pubsub.keyPrefix,
    commandTimeoutMs: config.pubsub.commandTimeoutMs,
    redisHealth: hub.health,
    logger,
  });
  const inflight = new InFlight();
  const sleep = options.sleep ?? realSleep;
  const audit = new AuditLog(logger.child({ component: 'audit' }), config.audit.file);
  const idempotency = IdempotencyWindow.create(config.idempotency, {
    redisUrl: config.pubsub.kind === 'redis' ? config.pubsub.redisUrl : undefined,
    keyPrefix: config.pubsub.keyPrefix,
    logger: logger.child({ component: 'idempotency' }),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(requestIds(), accessLog(logger.child({ component: 'access' })));
  const httpServer = http.createServer(
    {
      headersTimeout: config.server.headersTimeoutMs,
      requestTimeout: config.server.requestTimeoutMs,
      // Node checks those timeouts on this interval (30 s by default): slowloris sockets close on time.
      connectionsCheckingInterval: Math.min(1_000, config.server.headersTimeoutMs),
    },
    app,
  );
  httpServer.keepAliveTimeout = config.server.keepAliveTimeoutMs;
  // Malformed request lines and headers: a small JSON answer and one pino line, never the raw bytes.
  httpServer.on('clientError', clientErrorHandler(logger));

  // The request's DataLoaders and logger child are made when a resolver first asks: a
  // subscription of progress (thousands open) allocates neither.
  const contextFor = (principal: Principal, requestId: string): GraphQLContext => {
    const view = gateway.forPrincipal(principal);
    let loaders: Loaders | undefined;
    let requestLogger: Logger | undefined;
    return {
      principal,
      gateway: view,
      hub,
      get loaders() {
        return (loaders ??= view.loaders());
      },
      get logger() {
        return (requestLogger ??= logger.child({ requestId }));
      },
      requestId,
      partialErrors: [],
      audit,
      idempotency,
    };
  };

  const ws = attachWebSocket(httpServer, GRAPHQL_PATH, {
    config,
    schema,
    authenticator,
    rateLimiter,
    metrics,
    logger,
    formatError,
    contextFor,
    newRequestId: randomUUID,
    inflight,
  });

  // GraphQL over SSE (graphql-sse, distinct connections): requests to /graphql accepting text/event-stream.
  const sse = sseTransport({ config, schema, metrics, logger, formatError, contextFor });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.server.introspection,
    parseOptions: { maxTokens: config.limits.tokens },
    validationRules: checkOperation.rules(config),
    // main.ts owns SIGTERM/SIGINT (drain, close WebSockets, stop simulators, exit 0).
    stopOnTerminationSignals: false,
    plugins: [
      // close() has already waited out the grace period (and logged what it cuts): sockets left close now.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 1 }),
      // No cache hints are used; without this plugin Apollo wraps every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      // GraphiQL is served from the installed packages (graphiql.ts); Apollo's landing page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // A subgraph schema turns on Apollo's federated (ftv1) inline traces, which hook every field
      // resolver; traces come from OpenTelemetry instead (src/observability).
      ApolloServerPluginInlineTraceDisabled(),
      guardPlugin(config),
      partialErrorsPlugin(),
      subscriptionsOverWebSocketPlugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await ws.dispose();
            },
          };
        },
        async requestDidStart() {
          const started = process.hrtime.bigint();
          return {
            async didResolveOperation({ operation, operationName, contextValue }) {
              // Names the request in the in-flight list (shutdown logs what it cuts) and the access log.
              contextValue.reportOperationName?.(operationName, operation?.operation);
            },
            async willSendResponse({ operation, operationName, response, contextValue }) {
              contextValue.reportOperationName?.(operationName);
              const type = operation?.operation ?? 'unknown';
              const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
              const outcome = errors?.length ? String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
              metrics.graphqlRequests.inc({ transport: 'http', type, name: metrics.operationName(operationName), outcome });
              metrics.graphqlDuration.observe({ transport: 'http', type }, Number(process.hrtime.bigint() - started) / 1e9);
            },
          };
        },
      },
      // Last: the span's outcome sees the partial errors added above. Nothing when tracing is off.
      tracingPlugin(),
    ],
  });
  await apollo.start();

  const guarded = [...originGuard(config.server.allowedOrigins), authenticate(authenticator, rateLimiter)];
  let serving = true;
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    if (!serving) res.status(503).json({ status: 'shutting-down' });
    else if (!hub.health.up) res.status(503).json({ status: 'degraded', reason: hub.health.reason ?? 'backplane unreachable' });
    else res.json({ status: 'ready' });
  });
  app.get('/reports/tasks.csv', ...guarded, requireScopeMiddleware('migration:read', 'GET /reports/tasks.csv'), (req, res) =>
    tasksCsvHandler(gateway.forPrincipal(principalOfResponse(res)), logger)(req, res),
  );
  app.get('/metrics', ...guarded, requireScopeMiddleware('metrics:read', 'GET /metrics'), async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  // The dashboard's static page (/ redirects there); its GraphQL calls carry the credential.
  mountDashboard(app, { dir: options.dashboardDir, authRequired: !config.auth.disabled });
  if (config.server.graphiql) {
    mountGraphiqlAssets(app);
    app.get(GRAPHQL_PATH, (req, res, next) => {
      if (req.query.query === undefined && req.accepts(['html', 'json']) === 'html') {
        res.type('html').send(graphiqlHtml(GRAPHQL_PATH));
        return;
      }
      next();
    });
  }
  app.use(
    GRAPHQL_PATH,
    ...guarded,
    // Accept: text/event-stream: served by graphql-sse (its own body parser, limits and spans).
    sse.middleware,
    // Queries and mutations over HTTP (SSE streams are answered above): shutdown waits for them.
    httpInFlight(inflight),
    express.json({ limit: config.server.bodyLimit }),
    // The operation's server span (child of the request's traceparent), active while Apollo runs it.
    httpTracing(GRAPHQL_PATH),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        Object.assign(contextFor(principalOfResponse(res), requestIdOf(res)), {
          reportOperationName: (name: string | null | undefined, type?: string) => {
            setOperationName(res, name);
            const op = res.locals.inflight as InFlightOperation | undefined;
            if (op) {
              op.operation = name ?? null;
              op.type = type ?? op.type;
            }
          },
          // Mutations over HTTP may carry their idempotency key as a header (src/graphql/idempotency.ts).
          idempotencyHeader: req.get('idempotency-key'),
        }),
    }),
  );
  // Bad bodies (malformed JSON, too large, aborted, bad encoding) get a GraphQL JSON error, never HTML.
  app.use(jsonErrorHandler(logger));

  // With Redis, start once it answers (a short bound: the gateway also starts degraded, and recovers).
  if (config.pubsub.kind === 'redis' && !(await hub.ready(Math.max(config.pubsub.commandTimeoutMs, 1_000)))) {
    logger.warn({}, 'starting without Redis: progress is polled by this instance alone and /readyz answers 503 until it answers');
  }
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.server.port, config.server.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.server.host === '0.0.0.0' || config.server.host === '::' ? 'localhost' : config.server.host;
  const url = `http://${host}:${port}${GRAPHQL_PATH}`;
  logger.info({ url, accounts: registry.list().map((a) => ({ id: a.config.id, provider: a.config.provider })) }, 'migraph listening');

  let closing: Promise<void> | null = null;
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    port,
    gateway,
    hub,
    cache,
    inflight,
    close: () => {
      closing ??= (async () => {
        // 1. Not ready, still serving: load balancers take this instance out of rotation first.
        serving = false;
        const { drainDelayMs, shutdownTimeoutMs } = config.server;
        if (drainDelayMs > 0) {
          logger.info({ drainDelayMs }, 'shutting down: /readyz answers 503 during the drain delay');
          await sleep(drainDelayMs);
        }
        // 2. No new connections; streams end; queries and mutations in flight get the grace period.
        httpServer.close();
        httpServer.closeIdleConnections();
        sse.closeAll();
        const cut = await inflight.settle(sleep(shutdownTimeoutMs));
        for (const op of cut) {
          logger.error(
            { requestId: op.requestId, operation: op.operation, type: op.type, transport: op.transport, ms: Date.now() - op.startedAt, shutdownTimeoutMs },
            'shutdown: grace period over; in-flight operation cut',
          );
        }
        // 3. Close what is left: WebSockets (1001), then every HTTP socket.
        ws.closeAll(1001, 'server shutting down');
        await apollo.stop();
        logger.debug({}, 'http drained');
        await new Promise<void>((resolve) => ws.wss.close(() => resolve()));
        logger.debug({}, 'websockets closed');
        await hub.close();
        await gateway.close();
        await policy.close();
        await rateLimiter.close();
        await idempotency.close();
        await audit.flush();
        logger.debug({}, 'upstream clients closed');
      })();
      return closing;
    },
  };
}
