/**
 * The transport: Apollo Server over HTTP and graphql-ws over WebSocket on one port and one path
 * (/graphql), GraphiQL from the installed packages, /healthz, /readyz and /metrics, and a graceful
 * shutdown that drains HTTP and closes WebSockets with 1001 (going away).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AccountConfig, Logger } from '../../adapters/port.js';
import type { GatewayConfig } from '../config/index.js';
import { AccountRegistry } from '../domain/accounts.js';
import { SharedCache } from '../domain/cache.js';
import { Gateway } from '../domain/gateway.js';
import { ProgressHub } from '../domain/progress/hub.js';
import { registerProgressMetrics } from '../domain/progress/metrics.js';
import type { GraphQLContext } from '../graphql/context.js';
import { makeFormatError, partialErrorsPlugin, subscriptionsOverWebSocketPlugin } from '../graphql/errors.js';
import { buildGatewaySchema } from '../graphql/schema.js';
import { graphiqlHtml, mountGraphiqlAssets } from './graphiql.js';
import { createMetrics } from './metrics.js';
import { sharedSubscribe } from './subscriptions.js';
import { tasksCsvHandler } from './reports.js';

export const GRAPHQL_PATH = '/graphql';

export interface RunningGateway {
  url: string;
  wsUrl: string;
  port: number;
  gateway: Gateway;
  hub: ProgressHub;
  cache: SharedCache;
  /** Stops accepting work, drains HTTP, closes WebSockets (1001) and releases upstream sockets. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  /** Accounts to serve (the configured ones, or the embedded simulators' accounts). */
  accounts: readonly AccountConfig[];
  /** Builds a provider for an account; defaults to the registered provider modules (tests swap it). */
  providerFactory?: ConstructorParameters<typeof AccountRegistry>[2];
}

export async function startGateway(config: GatewayConfig, options: StartOptions): Promise<RunningGateway> {
  const { logger } = options;
  const cache = new SharedCache(config.cache);
  const registry = new AccountRegistry(options.accounts, logger, options.providerFactory, cache);
  const gateway = new Gateway(registry, {
    perAccountConcurrency: config.upstream.perAccountConcurrency,
    batching: config.batching.enabled,
  });
  const hub = new ProgressHub(registry, { ...config.progress, pubsub: config.pubsub }, logger.child({ component: 'progress' }));
  cache.onInvalidate((accountId) => hub.refreshAccount(accountId));
  const schema = await buildGatewaySchema();
  const metrics = createMetrics({ cache });
  registerProgressMetrics(metrics.registry, hub);
  const formatError = makeFormatError(logger);

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const wss = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH });

  const contextFor = (requestId: string): GraphQLContext => ({
    gateway,
    hub,
    loaders: gateway.loaders(),
    requestId,
    logger: logger.child({ requestId }),
    partialErrors: [],
  });

  const wsCleanup = useServer<Record<string, unknown>, { requestId?: string }>(
    {
      schema,
      subscribe: sharedSubscribe(),
      context: () => contextFor(randomUUID()),
      onSubscribe: () => {
        metrics.subscriptions.inc();
      },
      onComplete: () => {
        metrics.subscriptions.dec();
      },
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result as ExecutionResult, formatError),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => new GraphQLError(formatError(e.toJSON(), e).message, { extensions: formatError(e.toJSON(), e).extensions })),
    },
    wss,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns SIGTERM/SIGINT (drain, close WebSockets, stop simulators, exit 0).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.server.shutdownTimeoutMs }),
      // No cache hints are used; without this plugin Apollo wraps every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      // GraphiQL is served from the installed packages (graphiql.ts); Apollo's landing page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      partialErrorsPlugin(),
      subscriptionsOverWebSocketPlugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
        async requestDidStart() {
          const started = process.hrtime.bigint();
          return {
            async willSendResponse({ operation, response }) {
              const op = operation?.operation ?? 'unknown';
              const failed = response.body.kind === 'single' && !!response.body.singleResult.errors?.length;
              metrics.graphqlRequests.inc({ operation: op, outcome: failed ? 'error' : 'ok' });
              metrics.graphqlDuration.observe({ operation: op }, Number(process.hrtime.bigint() - started) / 1e9);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  let ready = true;
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const accounts = registry.list().length;
    if (!ready) res.status(503).json({ status: 'shutting-down' });
    else res.json({ status: 'ready', config: config.origin, accounts, embedded: config.embedded });
  });
  app.get('/reports/tasks.csv', tasksCsvHandler(gateway, logger));
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
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
    express.json({ limit: config.server.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(String(req.headers['x-request-id'] ?? randomUUID())),
    }),
  );

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
    close: () => {
      closing ??= (async () => {
        ready = false;
        for (const client of wss.clients) client.close(1001, 'server shutting down');
        await apollo.stop();
        logger.debug({}, 'http drained');
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        logger.debug({}, 'websockets closed');
        await hub.close();
        await gateway.close();
        logger.debug({}, 'upstream clients closed');
      })();
      return closing;
    },
  };
}

function formatResult(
  result: ExecutionResult,
  formatError: ReturnType<typeof makeFormatError>,
): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((e) => {
      const f = formatError(e.toJSON(), e);
      return new GraphQLError(f.message, { path: f.path, extensions: f.extensions });
    }),
  };
}
