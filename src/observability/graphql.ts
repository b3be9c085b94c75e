/**
 * The SERVER span of every GraphQL operation, after the OpenTelemetry GraphQL semantic conventions:
 * named `<graphql.operation.type> <graphql.operation.name>` (`query Tasks`; `query` when anonymous;
 * `GraphQL Operation` until the document is known), with `graphql.operation.type`,
 * `graphql.operation.name`, `migraph.principal` (the principal id, never a credential),
 * `migraph.request_id`, `migraph.transport` and `migraph.outcome` (`ok` or the first error's
 * `extensions.code`, with status ERROR). The document and variables are never recorded.
 *
 * HTTP: `httpTracing()` (express, just before Apollo) starts the span as the child of the request's
 * W3C `traceparent`/`tracestate` and runs the rest of the request inside its context, so resolvers
 * and the upstream client spans are its children; `tracingPlugin()` (Apollo) names it and records
 * the principal and outcome; the span ends when the response closes (`http.response.status_code`).
 *
 * WebSocket: one span per operation, from `onSubscribe` to the end of its execution. The parent is
 * the operation's `extensions.traceparent`, else the `connection_init` payload's `traceparent`, else
 * the upgrade request's `traceparent` header. SSE (graphql-sse) operations get the same span with
 * `migraph.transport` `sse`, child of the operation's `extensions.traceparent` or the request's header. A refused operation (rate, limits, validation) ends
 * with its code. A subscription's span covers its subscribe only (admission, the progress hub
 * registration and the snapshot reads), and ends once the event stream is established: it is not
 * held open for the hours a subscription may last; the events that follow come from hub polls,
 * which are traces of their own.
 */
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { context, createContextKey, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span, type Tracer } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { isGatewayError } from '../core/errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { activeTracer, extractContext } from './tracing.js';

const SERVER_SPAN = createContextKey('migraph.graphql.operation');
const UNNAMED = 'GraphQL Operation';

interface ErrorLike {
  readonly extensions?: Readonly<Record<string, unknown>> | null;
  readonly originalError?: unknown;
}

/** `extensions.code` of an error (formatted or raw; a raw gateway error's code), else INTERNAL_SERVER_ERROR. */
export function errorCode(e: ErrorLike): string {
  if (e.originalError !== undefined && isGatewayError(e.originalError)) return e.originalError.code;
  const code = e.extensions?.code;
  return typeof code === 'string' && code ? code : 'INTERNAL_SERVER_ERROR';
}

export class OperationSpan {
  readonly ctx: Context;
  private outcome: string | null = null;
  private done = false;

  constructor(
    readonly span: Span,
    parent: Context,
  ) {
    this.ctx = trace.setSpan(parent, span).setValue(SERVER_SPAN, this);
  }

  describe(type: string | undefined, name: string | null | undefined): void {
    if (!type) return;
    const attributes: Attributes = { 'graphql.operation.type': type };
    if (name) attributes['graphql.operation.name'] = name;
    this.span.setAttributes(attributes);
    this.span.updateName(name ? `${type} ${name}` : type);
  }

  context(value: Partial<Pick<GraphQLContext, 'principal' | 'requestId'>> | undefined): void {
    if (value?.principal?.id) this.span.setAttribute('migraph.principal', value.principal.id);
    if (value?.requestId) this.span.setAttribute('migraph.request_id', value.requestId);
  }

  /** Records the outcome: `ok`, or the first error's code with status ERROR. */
  result(errors: readonly ErrorLike[] | null | undefined): void {
    if (this.outcome !== null) return;
    this.setOutcome(errors?.length ? errorCode(errors[0]!) : 'ok');
  }

  setOutcome(outcome: string): void {
    this.outcome = outcome;
    this.span.setAttribute('migraph.outcome', outcome);
    if (outcome !== 'ok') {
      this.span.setAttribute('error.type', outcome);
      this.span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
    }
  }

  get hasOutcome(): boolean {
    return this.outcome !== null;
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    if (this.outcome === null) this.setOutcome('ok');
    this.span.end();
  }
}

function startOperation(tracer: Tracer, parent: Context, attributes: Attributes): OperationSpan {
  return new OperationSpan(tracer.startSpan(UNNAMED, { kind: SpanKind.SERVER, attributes }, parent), parent);
}

/** The operation span of the active context (set by `httpTracing`), if any. */
function currentOperation(): OperationSpan | undefined {
  return context.active().getValue(SERVER_SPAN) as OperationSpan | undefined;
}

/**
 * Express middleware, mounted just before Apollo's: when tracing is on, starts the operation span
 * (child of the request's traceparent) and runs the rest of the request in its context. The span
 * ends when the response closes. When tracing is off it only calls `next()`.
 */
export function httpTracing(route: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const tracer = activeTracer();
    if (!tracer) return next();
    const op = startOperation(tracer, extractContext(req.headers), { 'migraph.transport': 'http', 'http.request.method': req.method, 'http.route': route });
    res.once('close', () => {
      op.span.setAttribute('http.response.status_code', res.statusCode);
      // Refused by Apollo before the operation ran (no plugin outcome): the HTTP status says how.
      if (!op.hasOutcome) op.setOutcome(res.statusCode < 400 ? 'ok' : res.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT');
      op.end();
    });
    context.with(op.ctx, next);
  };
}

/** The Apollo side of the HTTP span: operation type and name, principal, request id and outcome. */
export function tracingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const op = currentOperation();
      if (!op) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (operation) op.describe(operation.operation, operationName ?? operation.name?.value);
        },
        // Registered after partialErrorsPlugin: the partial errors are already in the response.
        async willSendResponse({ response, contextValue }) {
          op.context(contextValue as Partial<GraphQLContext> | undefined);
          op.result(response.body.kind === 'single' ? response.body.singleResult.errors : undefined);
        },
      };
    },
  };
}

// -- WebSocket ---------------------------------------------------------------------------------

const hasTraceparent = (carrier: unknown): carrier is Record<string, unknown> =>
  typeof carrier === 'object' && carrier !== null && typeof (carrier as Record<string, unknown>).traceparent === 'string';

/**
 * Starts the span of one WebSocket operation (at `onSubscribe`), or returns null when tracing is off.
 * Parent: the operation's `extensions.traceparent`, the `connection_init` payload's, or the upgrade
 * request's header (with its `tracestate`), in that order.
 */
export function startWsOperation(
  request: IncomingMessage,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  payload: { extensions?: Record<string, unknown> | null },
  transport: 'websocket' | 'sse' = 'websocket',
): OperationSpan | null {
  const tracer = activeTracer();
  if (!tracer) return null;
  const carrier = hasTraceparent(payload.extensions) ? payload.extensions : hasTraceparent(connectionParams) ? connectionParams : request.headers;
  return startOperation(tracer, extractContext(carrier as Record<string, unknown>), { 'migraph.transport': transport });
}

const bound = new WeakMap<object, OperationSpan>();

/** Hands the span to the execution of these arguments (`tracedExecution` finds it by `contextValue`). */
export function bindWsOperation(op: OperationSpan | null, args: ExecutionArgs): void {
  if (!op) return;
  const value = args.contextValue as Partial<GraphQLContext> | undefined;
  op.context(value);
  if (value && typeof value === 'object') bound.set(value, op);
  else op.end();
}

const isAsyncIterable = (value: unknown): boolean => typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * Wraps graphql-ws's `execute` or `subscribe`: runs it inside the operation's span context and ends
 * the span with its outcome when it returns (a subscription: once its event stream is established).
 * Arguments without a span (tracing off) go straight through.
 */
export function tracedExecution<F extends (args: ExecutionArgs) => unknown>(fn: F): F {
  return ((args: ExecutionArgs) => {
    const key = args.contextValue;
    const op = typeof key === 'object' && key !== null ? bound.get(key) : undefined;
    if (!op) return fn(args);
    bound.delete(key as object);
    return context.with(op.ctx, async () => {
      try {
        const result = await fn(args);
        op.result(isAsyncIterable(result) ? undefined : (result as ExecutionResult).errors);
        return result;
      } catch (e) {
        op.setOutcome(isGatewayError(e) ? e.code : 'INTERNAL_SERVER_ERROR');
        throw e;
      } finally {
        op.end();
      }
    });
  }) as F;
}
