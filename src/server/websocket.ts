/**
 * graphql-ws on the gateway's HTTP server, with its limits and authentication:
 *
 * - Upgrade: only on /graphql; a browser Origin must be listed in server.allowedOrigins (403
 *   otherwise); at most `limits.websocket.connections` sockets in all (503 over it).
 * - Authentication: `connection_init` payload `{ "authorization": "Bearer …" }`, or the upgrade
 *   request's Authorization header. Missing or invalid: close 4401; valid, but the principal already
 *   holds `connectionsPerPrincipal` sockets: close 4429. Before that, at the upgrade, one client
 *   address may hold at most `connectionsPerAddress` sockets (HTTP 429). No `connection_init` within
 *   `connectionInitTimeoutMs`: closed by graphql-ws (4408).
 * - Every operation: the request rate, `subscriptionsPerConnection`, the token limit, validation
 *   with the shape rules (and introspection when it is off), the scope check and the cost check, all
 *   before anything executes. Refusals are GraphQL errors with `extensions.code` and the limit.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, execute, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { GatewayError, toGatewayError } from '../core/errors.js';
import type { Logger } from '../core/model.js';
import type { GatewayConfig } from '../config/index.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { makeFormatError } from '../graphql/errors.js';
import { bindWsOperation, startWsOperation, tracedExecution } from '../observability/graphql.js';
import type { Authenticator } from '../security/auth.js';
import type { Principal } from '../security/principal.js';
import type { RequestRateLimiter } from '../security/rate-limit.js';
import { OpenCounts, formatResult, operationAdmission, operationMetrics, type OperationRecord } from './admission.js';
import type { GatewayMetrics } from './metrics.js';
import type { InFlight } from './inflight.js';
import { SharedStream, sharedSubscribe } from './subscriptions.js';
import { isOriginAllowed, rateKey } from './http-auth.js';
import { bindGraphqlWs } from './ws-binding.js';
import { sendSlices } from './bursts.js';

type Extra = {
  principal?: Principal;
  /** Admitted operations by id, for metrics when they complete. */
  operations?: Map<string, OperationRecord>;
  /** Operations of this connection admitted by onSubscribe and not yet complete. */
  active?: number;
  /** Queries and mutations of this connection in flight (shutdown waits for them), by id. */
  inflight?: Map<string, () => void>;
};

export interface WebSocketDeps {
  config: GatewayConfig;
  schema: GraphQLSchema;
  authenticator: Authenticator;
  rateLimiter: RequestRateLimiter;
  metrics: GatewayMetrics;
  logger: Logger;
  formatError: ReturnType<typeof makeFormatError>;
  contextFor(principal: Principal, requestId: string): GraphQLContext;
  newRequestId(): string;
  inflight?: InFlight;
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });
const checkSlice = () => sendSlices.check();

/** What graphql-ws iterates for a pumped subscription: nothing, until the pump ends. */
function piped(stream: SharedStream, write: Parameters<SharedStream['pipe']>[0]): AsyncIterableIterator<ExecutionResult> {
  let pumping: Promise<IteratorResult<ExecutionResult>> | null = null;
  return {
    next: () => (pumping ??= stream.pipe(write, checkSlice).then(() => DONE)),
    return: async () => {
      await stream.return();
      return DONE;
    },
    throw: async (e?: unknown) => {
      await stream.throw(e);
      return DONE;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export function attachWebSocket(httpServer: http.Server, path: string, deps: WebSocketDeps) {
  const { config, schema, authenticator, rateLimiter, metrics, logger, formatError } = deps;
  const ws = config.limits.websocket;
  const wss = new WebSocketServer({ noServer: true, maxPayload: ws.maxMessageBytes });
  const perPrincipal = new OpenCounts();
  const perAddress = new OpenCounts();
  const admission = operationAdmission(config, schema, formatError);
  const counted = operationMetrics(metrics, 'websocket');
  const counts = metrics.subscriptionCounts;

  const STATUS: Record<number, [string, string]> = { 403: ['Forbidden', 'FORBIDDEN'], 429: ['Too Many Requests', 'THROTTLED'], 503: ['Service Unavailable', 'UPSTREAM_UNAVAILABLE'] };
  const refuse = (socket: Duplex, status: 403 | 429 | 503, message: string) => {
    const [text, code] = STATUS[status]!;
    const body = JSON.stringify({ errors: [{ message, extensions: { code, retryable: status !== 403 } }] });
    socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  };

  httpServer.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return refuse(socket, 403, `WebSocket upgrades are served at ${path} only`);
    if (!isOriginAllowed(req, config.server.allowedOrigins)) {
      logger.warn({ origin: req.headers.origin }, 'websocket refused: origin not allowed');
      return refuse(socket, 403, 'origin not allowed');
    }
    if (wss.clients.size >= ws.connections) {
      logger.warn({ limit: ws.connections }, 'websocket refused: connection limit');
      return refuse(socket, 503, `too many WebSocket connections (limit ${ws.connections})`);
    }
    // Before the handshake and before any credential is known: a flood from one address costs
    // at most this many handshakes.
    const address = req.socket.remoteAddress ?? '';
    if (perAddress.get(address) >= ws.connectionsPerAddress) {
      return refuse(socket, 429, `too many WebSocket connections from this address (limit ${ws.connectionsPerAddress})`);
    }
    perAddress.take(address);
    // The TCP socket closes whether the handshake failed or the WebSocket ended later.
    socket.once('close', () => perAddress.release(address));
    wss.handleUpgrade(req, socket, head, (client) => wss.emit('connection', client, req));
  });

  const cleanup = bindGraphqlWs<Extra>(
    {
      schema,
      connectionInitWaitTimeout: ws.connectionInitTimeoutMs,
      // Each runs inside its operation's span (tracing on; else straight through).
      subscribe: tracedExecution(sharedSubscribe({ format: (result) => formatResult(result, formatError), onSerialise: () => counts.payloads.websocket++ })),
      execute: tracedExecution(execute),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const fromPayload = params.authorization ?? params.Authorization;
        const header = typeof fromPayload === 'string' ? fromPayload : ctx.extra.request.headers.authorization;
        let principal: Principal;
        try {
          principal = await authenticator.authenticate(header);
        } catch (e) {
          const err = toGatewayError(e);
          // Failed authentications count by address, as over HTTP: guessing keys is throttled.
          const throttled = await rateLimiter.consume(`unauthenticated:${ctx.extra.request.socket.remoteAddress ?? ''}`).then(
            () => false,
            () => true,
          );
          if (throttled) ctx.extra.socket.close(4429, 'too many failed authentications from this address');
          else ctx.extra.socket.close(err.code === 'UNAUTHENTICATED' ? CloseCode.Unauthorized : CloseCode.Forbidden, err.message.slice(0, 120));
          return false;
        }
        const key = rateKey(principal, ctx.extra.request);
        if (perPrincipal.get(key) >= ws.connectionsPerPrincipal) {
          ctx.extra.socket.close(4429, `too many connections for this principal (limit ${ws.connectionsPerPrincipal})`);
          return false;
        }
        perPrincipal.take(key);
        ctx.extra.principal = principal;
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.principal) perPrincipal.release(rateKey(ctx.extra.principal, ctx.extra.request));
        for (const end of ctx.extra.inflight?.values() ?? []) end();
        ctx.extra.inflight?.clear();
      },
      onSubscribe: async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const principal = ctx.extra.principal!;
        const span = startWsOperation(ctx.extra.request, ctx.connectionParams, payload);
        const refuse = (errors: GraphQLError[]) => counted.refused(payload.operationName, principal, span, errors);
        try {
          await rateLimiter.consume(rateKey(principal, ctx.extra.request));
          // Counted when admitted (graphql-ws registers an id before this hook, admitted or not).
          const active = ctx.extra.active ?? 0;
          if (active >= ws.subscriptionsPerConnection) {
            throw new GatewayError('BAD_USER_INPUT', `too many operations on this connection: ${active + 1} exceeds the limit of ${ws.subscriptionsPerConnection}`, {
              retryable: false,
              limit: { name: 'subscriptionsPerConnection', max: ws.subscriptionsPerConnection, value: active + 1 },
            });
          }
        } catch (e) {
          return refuse(admission.refusal(e));
        }
        const admitted = admission.admit(principal, payload, span);
        if (!admitted.ok) return refuse(admitted.errors);
        const { document, operation, variableValues } = admitted;
        ctx.extra.active = (ctx.extra.active ?? 0) + 1;
        (ctx.extra.operations ??= new Map()).set(id, counted.admitted(operation, payload.operationName));
        const requestId = deps.newRequestId();
        if (deps.inflight && operation.operation !== 'subscription') {
          const { end } = deps.inflight.begin({ transport: 'websocket', requestId, operation: payload.operationName ?? null, type: operation.operation });
          (ctx.extra.inflight ??= new Map()).set(id, end);
        }
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues,
          contextValue: deps.contextFor(principal, requestId),
        };
        bindWsOperation(span, args);
        return args;
      },
      // A subscription's results (formatted and serialised once for every subscriber, subscriptions.ts)
      // are pumped straight to the connection; graphql-ws sees an iterator that ends with the
      // stream (then sends `complete`), and whose return() (client `complete`, socket closed)
      // stops it.
      onOperation: (ctx, id, _payload, _args, result) => {
        if (!(result instanceof SharedStream)) return;
        const op = ctx.extra.operations?.get(id);
        const prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
        const write = ctx.extra.write;
        return piped(result, (shared) => {
          counts.messages.websocket++;
          counted.sent(op, shared.errors);
          return write(prefix, shared.bytes);
        });
      },
      // Called for admitted operations only (a refusal in onSubscribe never completes).
      onComplete: (ctx, id) => {
        ctx.extra.inflight?.get(id)?.();
        ctx.extra.inflight?.delete(id);
        const op = ctx.extra.operations?.get(id);
        if (!op) return;
        ctx.extra.operations!.delete(id);
        ctx.extra.active = Math.max(0, (ctx.extra.active ?? 1) - 1);
        counted.completed(op);
      },
      onNext: (ctx, id, _payload, _args, result) => {
        const out = formatResult(result, formatError);
        counted.sent(ctx.extra.operations?.get(id), out.errors);
        return out;
      },
      onError: (ctx, id, _payload, errors) => {
        const out = errors.map((e) => formatError(e.toJSON(), e));
        counted.sent(ctx.extra.operations?.get(id), out);
        return out;
      },
    },
    wss,
    logger,
  );

  return {
    wss,
    dispose: () => cleanup.dispose(),
    closeAll(code: number, reason: string) {
      for (const client of wss.clients as Set<WebSocket>) client.close(code, reason);
    },
  };
}
