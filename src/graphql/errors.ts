/**
 * GraphQL error shaping: the closed set of `extensions.code` values, gateway errors with their
 * provider fields, partial errors beside data, and nothing internal (or secret) leaking out.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, isGatewayError, type ErrorCode, type GatewayError } from '../core/errors.js';
import { secrets } from '../../adapters/common/secrets.js';
import type { Logger } from '../core/model.js';
import { tokenLimitError } from '../security/limits.js';
import { graphqlArgumentPath } from './argument-path.js';
import type { GraphQLContext } from './context.js';

const CLOSED: ReadonlySet<string> = new Set(ERROR_CODES);

/** The HTTP status of a refusal by its code, on every transport that answers over HTTP. */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  THROTTLED: 429,
  INTERNAL_SERVER_ERROR: 500,
  UPSTREAM_UNAVAILABLE: 503,
};

/** A GatewayError as a GraphQLError with the same extensions and the matching HTTP status. */
export function gatewayErrorToGraphQL(err: GatewayError): GraphQLError {
  return new GraphQLError(err.message, {
    extensions: { ...err.toExtensions(), http: { status: HTTP_STATUS[err.code] ?? 400 } },
  });
}

/** Apollo's own request-level codes, folded into the closed set. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
};

/**
 * Apollo's formatError. Every outgoing error passes through the central secret scrubber (message and
 * extensions), whatever branch shaped it: a registered credential, token or password never leaves.
 */
export function makeFormatError(logger: Logger) {
  const shape = shapeError(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = shape(formatted, error);
    const message = secrets.scrub(out.message);
    const extensions = out.extensions === undefined ? undefined : (secrets.scrubDeep(out.extensions) as GraphQLFormattedError['extensions']);
    return message === out.message && extensions === out.extensions ? out : { ...out, message, extensions };
  };
}

function shapeError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isGatewayError(original)) {
      if (original.code === 'INTERNAL_SERVER_ERROR') {
        logger.error({ err: original.cause ?? original, path: formatted.path }, 'internal error');
      }
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: original.toExtensions() };
    }
    const code = String(formatted.extensions?.code ?? (isCoercionError(original) ? 'BAD_USER_INPUT' : ''));
    // graphql's parser stops at the token limit (Apollo's parseOptions.maxTokens): say so as every limit does.
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitError(formatted.message) : null;
    if (tokens) return { message: tokens.message, extensions: tokens.extensions };
    if (APOLLO_CODES[code]) {
      const limit = formatted.extensions?.limit;
      // graphql-js's own coercion and argument errors name the argument path too, like every BAD_USER_INPUT.
      const given = formatted.extensions?.field;
      const field = typeof given === 'string' ? given : original instanceof GraphQLError ? graphqlArgumentPath(original) : undefined;
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: APOLLO_CODES[code], retryable: false, ...(limit ? { limit } : {}), ...(field ? { field } : {}) },
      };
    }
    if (CLOSED.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
      return { ...formatted, extensions: { ...formatted.extensions, code, retryable: formatted.extensions?.retryable === true } };
    }
    // Anything else is a bug: log it, and say nothing that could leak internals.
    logger.error({ err: original, path: formatted.path }, 'unexpected resolver error');
    return { message: 'internal error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: false } };
  };
}

/**
 * A variable-coercion error straight from graphql-js (execute/subscribe outside Apollo: graphql-ws,
 * SSE), which carries no code: the variable's definition is its only node.
 */
function isCoercionError(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION;
}

/** Subscriptions need a stream: over plain HTTP (no Accept: text/event-stream) they get a precise error instead of a broken execution. */
export function subscriptionsOverWebSocketPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('subscriptions are served over WebSocket (graphql-ws protocol) or Server-Sent Events (graphql-sse protocol, Accept: text/event-stream) at the same /graphql path', {
              extensions: { code: 'BAD_USER_INPUT', retryable: false, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Adds the partial errors collected during execution to the response, beside the data. */
export function partialErrorsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.partialErrors.length === 0) return;
          // Added after formatError ran: scrubbed here, like every other outgoing error.
          const extra = contextValue.partialErrors.map(({ error, path }) => ({
            message: secrets.scrub(error.message),
            path: [...path],
            extensions: secrets.scrubDeep(error.toExtensions()) as Record<string, unknown>,
          }));
          response.body.singleResult.errors = [...(response.body.singleResult.errors ?? []), ...extra];
        },
      };
    },
  };
}

/** A GatewayError as data inside a payload (per-id results): the same code, scrubbed message and outcome as an error would carry. */
export function errorAsData(err: GatewayError): { code: ErrorCode; message: string; providerCode: string | null; retryable: boolean; outcome: string | null } {
  return { code: err.code, message: secrets.scrub(err.message), providerCode: err.providerCode ?? null, retryable: err.retryable, outcome: err.outcome ?? null };
}

/** Per-id delete results as the payloads carry them: errors as data, plus the ids that were deleted. */
export function deleteResults<R extends { id: string; deleted: boolean; error: GatewayError | null }>(results: readonly R[]) {
  const shaped = results.map((r) => ({ ...r, error: r.error && errorAsData(r.error) }));
  return { results: shaped, deletedIds: shaped.filter((r) => r.deleted).map((r) => r.id) };
}
