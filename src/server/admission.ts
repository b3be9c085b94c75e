/**
 * The admission of one GraphQL operation outside Apollo (WebSocket and SSE share it): the token
 * limit, validation with the shape rules (and introspection when it is off), the operation's
 * identification, and the scope and cost checks, all before anything executes. Transport limits
 * (rate, per-connection counts) stay with each transport.
 */
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { GatewayError, toGatewayError } from '../core/errors.js';
import type { GatewayConfig } from '../config/index.js';
import { gatewayErrorToGraphQL, type makeFormatError } from '../graphql/errors.js';
import type { OperationSpan } from '../observability/graphql.js';
import { parseWithLimits } from '../security/limits.js';
import { checkOperation } from '../security/operation.js';
import type { Principal } from '../security/principal.js';
import type { GatewayMetrics } from './metrics.js';

export interface OperationPayload {
  query?: unknown;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export type Admission =
  | { ok: true; document: DocumentNode; operation: OperationDefinitionNode; variableValues: Record<string, unknown> | undefined }
  | { ok: false; errors: GraphQLError[] };

/** Validation errors as sent: BAD_USER_INPUT, not retryable. */
function validationErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT', retryable: false, ...e.extensions } }));
}

/** Most parsed documents an admission keeps (by text), and their estimated bytes in all. */
export const DOCUMENT_CACHE_ENTRIES = 1_000;
export const DOCUMENT_CACHE_BYTES = 64 * 2 ** 20;
/** A parsed document takes about this many bytes per character of its text (measured: ~11.6 KB for a 500-character subscription). */
const AST_BYTES_PER_CHAR = 24;

interface Parsed {
  document: DocumentNode;
  /** Validation errors (the schema and rules are the admission's own, so they depend on the text only). */
  errors: readonly GraphQLError[];
}

export function operationAdmission(config: GatewayConfig, schema: GraphQLSchema, formatError: ReturnType<typeof makeFormatError>) {
  const rules: ValidationRule[] = [...specifiedRules, ...checkOperation.rules(config), ...(config.server.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  /**
   * Parsed and validated documents by text: 10,000 dashboards subscribing with the same document
   * share one parsed copy (and one entry in every cache keyed by the document: scopes, cost, the
   * shared execution's key), and are validated once. Bounded (LRU, by count and estimated size).
   */
  const documents = new LRUCache<string, Parsed>({
    max: DOCUMENT_CACHE_ENTRIES,
    maxSize: DOCUMENT_CACHE_BYTES,
    sizeCalculation: (_v, text) => Math.max(1, text.length * AST_BYTES_PER_CHAR),
  });
  const stats = { hits: 0, misses: 0 };

  function parsed(text: string): Parsed {
    const hit = documents.get(text);
    if (hit) {
      stats.hits++;
      return hit;
    }
    stats.misses++;
    const document = parseWithLimits(text, config.limits);
    const entry = { document, errors: validate(schema, document, rules) };
    documents.set(text, entry);
    return entry;
  }

  function formatted(e: GraphQLError): GraphQLError {
    const f = formatError(e.toJSON(), e);
    return new GraphQLError(f.message, { extensions: f.extensions });
  }

  /** A refusal thrown by a check (or a transport limit) as the formatted GraphQL errors to send. */
  function refusal(e: unknown): GraphQLError[] {
    if (e instanceof GraphQLError) return [formatted(new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { retryable: false, ...e.extensions, code: 'BAD_USER_INPUT' } }))];
    return [formatted(gatewayErrorToGraphQL(toGatewayError(e)))];
  }

  /** Parses, validates and checks the operation for the principal. Never throws. */
  function admit(principal: Principal, payload: OperationPayload, span: OperationSpan | null): Admission {
    try {
      if (typeof payload.query !== 'string') throw new GatewayError('BAD_USER_INPUT', 'query: must be a string', { field: 'query' });
      const { document, errors } = parsed(payload.query);
      if (errors.length) return { ok: false, errors: validationErrors(errors) };
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) throw new GatewayError('BAD_USER_INPUT', 'unable to identify the operation (operationName)', { field: 'operationName' });
      span?.describe(operation.operation, operation.name?.value);
      const variableValues = payload.variables ?? undefined;
      checkOperation.run(config, schema, principal, document, operation, variableValues);
      return { ok: true, document, operation, variableValues };
    } catch (e) {
      return { ok: false, errors: refusal(e) };
    }
  }

  return {
    admit,
    refusal,
    /** Document cache hits and misses (tests). */
    documentCache: (): { hits: number; misses: number; size: number } => ({ ...stats, size: documents.size }),
  };
}

/** Open things (sockets, streams) per key, for the per-principal and per-address limits. */
export class OpenCounts {
  private readonly counts = new Map<string, number>();

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  take(key: string): void {
    this.counts.set(key, this.get(key) + 1);
  }

  release(key: string): void {
    const n = this.get(key) - 1;
    if (n <= 0) this.counts.delete(key);
    else this.counts.set(key, n);
  }
}

/** An admitted operation, for its metrics when it completes. */
export interface OperationRecord {
  type: string;
  name: string;
  started: bigint;
  outcome: string;
}

const codeOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined, fallback: string) => String(errors?.[0]?.extensions?.code ?? fallback);

/** `migraph_graphql_requests_total` and the duration of operations outside Apollo, one transport. */
export function operationMetrics(metrics: GatewayMetrics, transport: 'websocket' | 'sse') {
  return {
    /** A refused operation: counted with its code; its span (tracing on) ends with it. */
    refused(name: string | null | undefined, principal: Principal, span: OperationSpan | null, errors: GraphQLError[]): GraphQLError[] {
      metrics.graphqlRequests.inc({ transport, type: 'unknown', name: metrics.operationName(name), outcome: codeOf(errors, 'BAD_USER_INPUT') });
      if (span) {
        span.context({ principal });
        span.result(errors);
        span.end();
      }
      return errors;
    },
    admitted(operation: OperationDefinitionNode, name: string | null | undefined): OperationRecord {
      metrics.subscriptions.inc();
      return { type: operation.operation, name: metrics.operationName(name ?? operation.name?.value), started: process.hrtime.bigint(), outcome: 'ok' };
    },
    /** The first error sent decides the outcome. */
    sent(op: OperationRecord | undefined, errors: readonly { extensions?: Record<string, unknown> }[] | undefined): void {
      if (op && op.outcome === 'ok' && errors?.length) op.outcome = codeOf(errors, 'INTERNAL_SERVER_ERROR');
    },
    completed(op: OperationRecord): void {
      metrics.subscriptions.dec();
      metrics.graphqlRequests.inc({ transport, type: op.type, name: op.name, outcome: op.outcome });
      if (op.type !== 'subscription') metrics.graphqlDuration.observe({ transport, type: op.type }, Number(process.hrtime.bigint() - op.started) / 1e9);
    },
  };
}

/** A result with its errors formatted (scrubbed, codes) like Apollo's. */
export function formatResult(result: ExecutionResult, formatError: ReturnType<typeof makeFormatError>): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((e) => {
      const f = formatError(e.toJSON(), e);
      return new GraphQLError(f.message, { path: f.path, extensions: f.extensions });
    }),
  };
}
