/**
 * The checks every GraphQL operation passes before it executes, whatever the transport (HTTP through
 * an Apollo plugin, WebSocket in graphql-ws's onSubscribe): shape limits as validation rules, then
 * the scope check and the cost budget on the resolved operation.
 */
import { Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import type { GatewayConfig } from '../config/index.js';
import { authorizeOperation } from './authorize.js';
import { costLimitError, estimateCost } from './cost.js';
import { limitError, shapeRules } from './limits.js';
import type { Principal } from './principal.js';

/**
 * Cost by operation node and variables: Apollo (and graphql-ws clients repeating a query) hand the
 * same parsed operation for the same text, so a repeated query is priced once per set of variables.
 */
const costs = new WeakMap<OperationDefinitionNode, Map<string, number>>();
const MAX_VARIANTS = 64;

function costOf(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, compute: () => number): number {
  let byVars = costs.get(operation);
  if (!byVars) {
    byVars = new Map();
    costs.set(operation, byVars);
  }
  const key = variables ? JSON.stringify(variables) : '';
  const hit = byVars.get(key);
  if (hit !== undefined) return hit;
  const cost = compute();
  if (byVars.size >= MAX_VARIANTS) byVars.delete(byVars.keys().next().value!);
  byVars.set(key, cost);
  return cost;
}

/**
 * `_entities(representations:)` costs batched upstream reads per reference, and its list size is the
 * argument itself (not a slicing argument the cost spec can read): it is bounded on its own.
 */
function checkEntityReferences(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, max: number): void {
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') continue;
    const arg = selection.arguments?.find((a) => a.name.value === 'representations');
    if (!arg) continue;
    const value = arg.value.kind === Kind.VARIABLE ? variables?.[arg.value.name.value] : arg.value.kind === Kind.LIST ? arg.value.values : null;
    const count = Array.isArray(value) ? value.length : 0;
    if (count > max) throw limitError('entityReferences', max, count, `_entities: ${count} representations exceed the limit of ${max}`);
  }
}

export const checkOperation = {
  /** Depth, aliases, root fields and directives (tokens are limited by the parser). */
  rules(config: GatewayConfig): ValidationRule[] {
    return shapeRules(config.limits);
  },
  /** FORBIDDEN for a missing scope, BAD_USER_INPUT with the limit for a query over the cost budget. */
  run(
    config: GatewayConfig,
    schema: GraphQLSchema,
    principal: Principal,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ): number {
    authorizeOperation(principal, schema, document, operation);
    checkEntityReferences(operation, variables, config.limits.entityReferences);
    const cost = costOf(operation, variables, () =>
      estimateCost(schema, document, { operationName: operation.name?.value ?? null, variables: variables ?? {}, defaultListSize: config.limits.defaultListSize }),
    );
    if (cost > config.limits.cost) throw costLimitError(cost, config.limits.cost);
    return cost;
  },
};
