/**
 * The checks every GraphQL operation passes before it executes, whatever the transport (HTTP through
 * an Apollo plugin, WebSocket in graphql-ws's onSubscribe): shape limits as validation rules, then
 * the scope check and the cost budget on the resolved operation.
 */
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode, ValidationRule } from 'graphql';
import type { GatewayConfig } from '../config/index.js';
import { authorizeOperation } from './authorize.js';
import { checkCost } from './cost.js';
import { shapeRules } from './limits.js';
import type { Principal } from './principal.js';

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
    return checkCost(schema, document, {
      operationName: operation.name?.value ?? null,
      variables: variables ?? {},
      defaultListSize: config.limits.defaultListSize,
      max: config.limits.cost,
    });
  },
};
