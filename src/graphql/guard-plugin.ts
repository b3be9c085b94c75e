/**
 * The Apollo side of the pre-execution checks (security/operation.ts): once the operation is
 * resolved, the principal's scopes and the cost budget are checked; a refusal ends the request
 * before any resolver runs, with the gateway error code and its HTTP status.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { toGatewayError } from '../core/errors.js';
import type { GatewayConfig } from '../config/index.js';
import { checkOperation } from '../security/operation.js';
import { gatewayErrorToGraphQL } from './errors.js';
import type { GraphQLContext } from './context.js';

export function guardPlugin(config: GatewayConfig): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          try {
            checkOperation.run(config, schema, contextValue.principal, document, operation, request.variables ?? undefined);
          } catch (e) {
            if (e instanceof GraphQLError) {
              throw new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { code: 'BAD_USER_INPUT', retryable: false, ...e.extensions, http: { status: 400 } } });
            }
            throw gatewayErrorToGraphQL(toGatewayError(e));
          }
        },
      };
    },
  };
}
