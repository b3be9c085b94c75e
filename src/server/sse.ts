/**
 * GraphQL over Server-Sent Events (the graphql-sse protocol, "distinct connections" mode: one
 * operation per request, its results as `next` events, then `complete`) on /graphql, for requests
 * whose `Accept` names `text/event-stream`. Mounted after the Origin check, CORS, authentication and
 * the request rate (app.ts `guarded`), so the principal is `res.locals.principal`; before Apollo.
 *
 * - Methods: POST with `Content-Type: application/json` (its media type exactly: a CORS "simple"
 *   `text/plain; x=application/json` or a form is 415), bounded by `server.bodyLimit`; or GET with
 *   `query`, `variables`, `operationName` and `extensions` parameters, for queries and subscriptions
 *   only (a mutation over GET is 405). Other methods: 405. The "single connection mode" (PUT
 *   reservations and stream tokens) is not served.
 * - Streams: at most `limits.sse.streams` open in all (503) and `limits.sse.streamsPerPrincipal` per
 *   principal (429), counted until the response closes.
 * - Every operation: the same admission as WebSocket operations (token limit, validation with the
 *   shape rules and introspection when off, scope and cost checks) before anything executes; a
 *   refusal is one `next` event with the errors (`extensions.code`), then `complete`.
 * - Results are formatted by the gateway's formatError, subscriptions run through the shared
 *   subscribe, operations get a server span (`migraph.transport` `sse`) and are counted in
 *   `migraph_graphql_requests_total{transport="sse"}`.
 */
import { once } from 'node:events';
import { execute, type ExecutionArgs, type ExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { createHandler, type OperationArgs, type Request as SseRequest, type Response as SseResponse } from 'graphql-sse';
import { GatewayError } from '../core/errors.js';
import type { Logger } from '../core/model.js';
import type { GatewayConfig } from '../config/index.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { makeFormatError } from '../graphql/errors.js';
import { bindWsOperation, startWsOperation, tracedExecution, type OperationSpan } from '../observability/graphql.js';
import type { Principal } from '../security/principal.js';
import { requestIdOf, setOperationName } from './access-log.js';
import { OpenCounts, formatResult, operationAdmission, operationMetrics, type OperationRecord } from './admission.js';
import { principalOfResponse, rateKey, sendError } from './http-auth.js';
import { errorBody } from './http-errors.js';
import type { GatewayMetrics } from './metrics.js';
import { bursts } from './bursts.js';
import { SerialisedResult, SsePayloads, sharedSubscribe } from './subscriptions.js';

export interface SseDeps {
  config: GatewayConfig;
  schema: GraphQLSchema;
  metrics: GatewayMetrics;
  logger: Logger;
  formatError: ReturnType<typeof makeFormatError>;
  contextFor(principal: Principal, requestId: string): GraphQLContext;
}

/** The per-request state graphql-sse hands back to every callback. */
interface RequestState {
  res: Response;
  principal: Principal;
  op?: OperationRecord;
  /** The refusal's errors are already formatted and counted. */
  refused?: boolean;
  /** The shared payloads handed to graphql-sse, spliced into its events as they are written. */
  payloads: SsePayloads;
}

// graphql-sse's context type must be a record; the gateway's context is passed through as is.
type Ctx = Record<PropertyKey, unknown>;

/** True when the request asks for an event stream. */
export function wantsEventStream(req: Request): boolean {
  const accept = req.headers.accept;
  return typeof accept === 'string' && /(^|,)\s*text\/event-stream\s*(;|,|$)/i.test(accept);
}

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

function sendStatus(res: Response, status: number, message: string, headers: Record<string, string> = {}): void {
  res.status(status).set(headers).json(errorBody(status, message));
}

export function sseTransport(deps: SseDeps) {
  const { config, schema, metrics, logger, formatError } = deps;
  const limits = config.limits.sse;
  const admission = operationAdmission(config, schema, formatError);
  const jsonBody = express.json({ limit: config.server.bodyLimit });
  const perPrincipal = new OpenCounts();
  const open = new Set<Response>();
  const counted = operationMetrics(metrics, 'sse');
  const counts = metrics.subscriptionCounts;

  /** A refused operation: counted (transport sse, its code), its span ended, sent as one event. */
  const refuse = (state: RequestState, span: OperationSpan | null, operationName: string | null | undefined, errors: GraphQLError[]) => {
    counted.refused(operationName, state.principal, span, errors);
    state.refused = true;
    return (async function* refusal() {
      yield { errors };
    })();
  };

  const handler = createHandler<Request, RequestState, Ctx>({
    schema,
    // Distinct connections only: no stream tokens, no reservations.
    authenticate: () => null,
    // Validated in onSubscribe, with the gateway's rules.
    validate: () => [],
    subscribe: tracedExecution(sharedSubscribe({ format: (result) => formatResult(result, formatError), onSerialise: () => counts.payloads.sse++ })) as (args: OperationArgs<Ctx>) => ReturnType<ReturnType<typeof sharedSubscribe>>,
    execute: tracedExecution(execute) as (args: OperationArgs<Ctx>) => ReturnType<typeof execute>,
    onSubscribe: (req: SseRequest<Request, RequestState>, params) => {
      const state = req.context;
      const span = startWsOperation(req.raw, undefined, params, 'sse');
      const admitted = admission.admit(state.principal, params, span);
      if (!admitted.ok) return refuse(state, span, params.operationName, admitted.errors);
      const { document, operation, variableValues } = admitted;
      if (operation.operation === 'mutation' && req.method !== 'POST') {
        const errors = admission.refusal(new GatewayError('BAD_USER_INPUT', 'mutations are sent with POST, not GET', { retryable: false }));
        refuse(state, span, params.operationName, errors);
        return [JSON.stringify({ errors }), { status: 405, statusText: 'Method Not Allowed', headers: { allow: 'POST', 'content-type': 'application/json; charset=utf-8' } }] as SseResponse;
      }
      setOperationName(state.res, params.operationName ?? operation.name?.value);
      state.op = counted.admitted(operation, params.operationName);
      const args: ExecutionArgs = {
        schema,
        document,
        operationName: params.operationName,
        variableValues,
        contextValue: deps.contextFor(state.principal, requestIdOf(state.res)),
      };
      bindWsOperation(span, args);
      return args as OperationArgs<Ctx>;
    },
    onNext: (_ctx, req, result) => {
      const state = req.context;
      if (state.refused) return;
      // A subscription's event: formatted and serialised once for every subscriber (subscriptions.ts).
      if (result instanceof SerialisedResult) {
        counts.messages.sse++;
        counted.sent(state.op, result.errors);
        return state.payloads.hand(result) as unknown as ExecutionResult;
      }
      const out = formatResult(result as ExecutionResult, formatError);
      counted.sent(state.op, out.errors);
      return out;
    },
    // Called once per operation, also when the client went away mid-stream.
    onComplete: (_ctx, req) => {
      const op = req.context.op;
      if (!op) return;
      req.context.op = undefined;
      counted.completed(op);
    },
  });

  async function serve(req: Request, res: Response, principal: Principal): Promise<void> {
    const payloads = new SsePayloads();
    const [body, init] = await handler({
      method: req.method,
      url: req.originalUrl,
      headers: {
        get(key: string) {
          // Only event-stream requests reach this handler (graphql-sse compares the header exactly).
          if (key === 'accept') return 'text/event-stream';
          const value = req.headers[key];
          return Array.isArray(value) ? value.join('\n') : value;
        },
      },
      body: (req.body as Record<string, unknown> | undefined) ?? null,
      raw: req,
      context: { res, principal, payloads },
    });
    if (res.headersSent || res.destroyed) {
      if (body && typeof body !== 'string') await body.return(undefined);
      return;
    }
    res.writeHead(init.status, init.statusText, init.headers);
    if (!body || typeof body === 'string') {
      res.end(body ?? undefined);
      return;
    }
    const stop = () => void body.return(undefined);
    res.once('close', stop);
    try {
      for await (const chunk of body) {
        if (res.writableEnded || res.destroyed) break;
        // The events of one burst leave in one write.
        if (res.socket) bursts.hold(res.socket);
        if (!res.write(payloads.chunk(chunk))) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      }
    } finally {
      res.off('close', stop);
      if (!res.writableEnded) res.end();
    }
  }

  const middleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (!wantsEventStream(req)) return next();
    if (req.method !== 'GET' && req.method !== 'POST') return sendStatus(res, 405, 'GraphQL over SSE is served with GET and POST (distinct connections)', { allow: 'GET, POST' });
    if (req.method === 'POST' && mediaType(req.headers['content-type']) !== 'application/json') {
      return sendStatus(res, 415, 'GraphQL over SSE: POST bodies must be Content-Type: application/json');
    }
    const principal = principalOfResponse(res);
    if (open.size >= limits.streams) {
      logger.warn({ limit: limits.streams }, 'sse refused: stream limit');
      return sendError(res, new GatewayError('UPSTREAM_UNAVAILABLE', `too many SSE streams (limit ${limits.streams})`, { retryable: true }));
    }
    const key = rateKey(principal, req);
    const held = perPrincipal.get(key);
    if (held >= limits.streamsPerPrincipal) {
      return sendError(
        res,
        new GatewayError('THROTTLED', `too many SSE streams for this principal (limit ${limits.streamsPerPrincipal})`, {
          retryable: true,
          limit: { name: 'streamsPerPrincipal', max: limits.streamsPerPrincipal, value: held + 1 },
        }),
      );
    }
    perPrincipal.take(key);
    open.add(res);
    res.once('close', () => {
      open.delete(res);
      perPrincipal.release(key);
    });
    const run = () =>
      serve(req, res, principal).catch((e: unknown) => {
        logger.error({ err: e }, 'sse operation failed');
        if (!res.headersSent) sendError(res, e);
        else if (!res.writableEnded) res.end();
      });
    if (req.method === 'POST') jsonBody(req, res, (err?: unknown) => (err ? next(err) : void run()));
    else void run();
  };

  return {
    middleware,
    /** Open streams (for shutdown and tests). */
    get size() {
      return open.size;
    },
    /** Ends every open stream (shutdown): their operations complete and release their sources. */
    closeAll() {
      for (const res of open) res.end();
    },
  };
}
