/**
 * The authorization directives of Apollo Federation 2 (`@authenticated`, `@requiresScopes`), applied
 * with the decorators below. They are not declared here: the schema links the federation spec
 * (`FEDERATION_LINK`, imported in src/graphql/schema.ts), which defines them as
 *
 *   directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
 *   directive @requiresScopes(scopes: [[federation__Scope!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
 *
 * schema/schema.graphql then shows who may call what, and a federation router in front enforces the
 * same rules the gateway enforces itself (./authorize.ts, which reads them from the field and type
 * AST nodes).
 *
 * `scopes` is a list of alternatives, each a list of scopes that must all be held. `@authenticated`
 * marks the entity types: every request the gateway executes has already been authenticated (or runs
 * under `auth.disabled`), so it holds for all of them; it is there for a router in front, which may
 * reach these types through other subgraphs.
 */
import { Directive } from 'type-graphql';
import type { Scope } from './scopes.js';

/**
 * Federation 2.5 is the first version with `@authenticated` and `@requiresScopes`; later versions
 * would also define `@cost` and `@listSize` (2.9), which migraph declares itself with the IBM
 * signature (string weights, security/cost.ts), so it stays on 2.5.
 */
export const FEDERATION_VERSION = 'v2.5';
export const FEDERATION_IMPORTS = ['@key', '@shareable', '@authenticated', '@requiresScopes'] as const;
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/${FEDERATION_VERSION}", import: [${FEDERATION_IMPORTS.map((d) => `"${d}"`).join(', ')}])`;

/** An entity other subgraphs can reference and extend by its `id` (a global id, or an account id). */
export const Key = () => Directive('@key(fields: "id")');

/** A value type other subgraphs may also define and resolve (Relay page info, key/value tags). */
export const Shareable = () => Directive('@shareable');

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
