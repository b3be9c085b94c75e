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
import { GatewayError, toGatewayError } from '../../adapters/common/errors.js';
import type { GatewayConfig } from '../config/index.js';
import { gatewayErrorToGraphQL, type makeFormatError } from '../graphql/errors.js';
import type { OperationSpan } from '../observability/graphql.js';
import { parseWithLimits } from '../security/limits.js';
import { checkOperation } from '../security/operation.js';
import type { Principal } from '../security/principal.js';

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

export function operationAdmission(config: GatewayConfig, schema: GraphQLSchema, formatError: ReturnType<typeof makeFormatError>) {
  const rules: ValidationRule[] = [...specifiedRules, ...checkOperation.rules(config), ...(config.server.introspection ? [] : [NoSchemaIntrospectionCustomRule])];

  function formatted(e: GraphQLError): GraphQLError {
    const f = formatError(e.toJSON(), e);
    return new GraphQLError(f.message, { extensions: f.extensions });
  }

  /** A refusal thrown by a check (or a transport limit) as the formatted GraphQL errors to send. */
  function refusal(e: unknown): GraphQLError[] {
    if (e instanceof GraphQLError) return [formatted(new GraphQLError(e.message, { extensions: { retryable: false, ...e.extensions, code: 'BAD_USER_INPUT' } }))];
    return [formatted(gatewayErrorToGraphQL(toGatewayError(e)))];
  }

  /** Parses, validates and checks the operation for the principal. Never throws. */
  function admit(principal: Principal, payload: OperationPayload, span: OperationSpan | null): Admission {
    try {
      if (typeof payload.query !== 'string') throw new GatewayError('BAD_USER_INPUT', 'query: must be a string', { field: 'query' });
      const document = parseWithLimits(payload.query, config.limits);
      const errors = validate(schema, document, rules);
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

  return { admit, refusal };
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
