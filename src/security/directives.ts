/**
 * The authorization directives of Apollo Federation (`@authenticated`, `@requiresScopes`), declared
 * in the gateway's schema and applied with the decorators below. schema/schema.graphql then shows who
 * may call what, and a federation router in front enforces the same rules the gateway enforces
 * itself (./authorize.ts).
 *
 *   directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
 *   directive @requiresScopes(scopes: [[federation__Scope!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
 *
 * `scopes` is a list of alternatives, each a list of scopes that must all be held. `@authenticated`
 * marks the entity types: every request the gateway executes has already been authenticated (or runs
 * under `auth.disabled`), so it holds for all of them; it is there for a router in front, which may
 * reach these types through other subgraphs.
 */
import { DirectiveLocation, GraphQLDirective, GraphQLList, GraphQLNonNull, GraphQLScalarType } from 'graphql';
import { Directive } from 'type-graphql';
import type { Scope } from './scopes.js';

const LOCATIONS = [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.SCALAR, DirectiveLocation.ENUM];

export const ScopeScalar = new GraphQLScalarType({ name: 'federation__Scope', description: 'An OAuth-style scope, e.g. migration:read.' });

export const authenticatedDirective = new GraphQLDirective({
  name: 'authenticated',
  description: 'Only authenticated principals may use this.',
  locations: LOCATIONS,
});

export const requiresScopesDirective = new GraphQLDirective({
  name: 'requiresScopes',
  description: 'The principal must hold every scope of at least one of the inner lists.',
  locations: LOCATIONS,
  args: { scopes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(ScopeScalar))))) } },
});

export const authDirectives = [authenticatedDirective, requiresScopesDirective];

/** `@requiresScopes(scopes: [[scope]])` on a field, resolver method or object type. */
export function RequiresScope(scope: Scope) {
  return Directive(`@requiresScopes(scopes: [["${scope}"]])`);
}

export const Authenticated = () => Directive('@authenticated');

/** Shorthands for the scopes of the scopes table (README "Security"). */
export const Read = () => RequiresScope('migration:read');
export const Operate = () => RequiresScope('migration:operate');
export const Admin = () => RequiresScope('migration:admin');
export const SecretRead = () => RequiresScope('secrets:read');

/**
 * IBM cost directives (security/cost.ts): a Relay connection costs its page size (`first`, default
 * the page size the resolvers use) times the selection of each node.
 */
export const Paged = () => Directive('@listSize(slicingArguments: ["first"], assumedSize: 50, sizedFields: ["nodes", "edges"])');
/** A field that does expensive upstream work beyond its selection (e.g. reads every task). */
export const Costs = (weight: number) => Directive(`@cost(weight: "${weight}")`);
