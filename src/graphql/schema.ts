/**
 * Builds the executable schema: an Apollo Federation 2 subgraph (type-graphql's Federation 2 recipe).
 *
 *  1. type-graphql builds a schema from the resolver classes; the federation directives (`@key`,
 *     `@shareable`, `@authenticated`, `@requiresScopes`) are only applied there (`@Directive`), not
 *     declared; every Mutation field gets the optional `idempotencyKey` argument (./idempotency.ts);
 *  2. that schema is printed with its directives, sorted, behind `extend schema @link(...)` importing
 *     them from the federation spec: this is the subgraph SDL, committed as schema/schema.graphql
 *     (a test fails when the committed file differs from what this builds);
 *  3. `buildSubgraphSchema` (@apollo/subgraph) builds the executable schema from that SDL and
 *     type-graphql's resolvers (`createResolversMap`: field resolvers, subscriptions' `subscribe`,
 *     enum values, scalars, `__resolveType`) plus `__resolveReference` of every entity
 *     (./federation.ts); it adds `_service { sdl }` and `_entities(representations:)`;
 *  4. the idempotency wrappers (every mutation, ./idempotency.ts), then the audit wrappers go onto
 *     the resolvers of that final schema.
 */
import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, parse, specifiedDirectives, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { referenceResolvers } from './federation.js';
import { idempotentMutations, withIdempotencyKeyArgument } from './idempotency.js';
import { AccountResolver } from './resolvers/account.js';
import { NodeResolver } from './resolvers/node.js';
import { MigrationProjectResolver } from './resolvers/project.js';
import { ProgressResolver } from './resolvers/progress.js';
import { ReportResolver } from './resolvers/report.js';
import { SourceResolver } from './resolvers/source.js';
import { TaskResolver } from './resolvers/task.js';
import { TemplateResolver } from './resolvers/template.js';
import { ViewerResolver } from './resolvers/viewer.js';
import { providerResolvers } from './providers/index.js';
import { auditResolvers } from '../security/audit.js';
import { fieldRequires } from '../security/authorize.js';
import { costDirectives } from '../security/cost.js';
import { FEDERATION_LINK } from '../security/directives.js';

let classes: Promise<GraphQLSchema> | null = null;
let built: Promise<GraphQLSchema> | null = null;

/** Step 1: the schema type-graphql builds from the classes (resolvers, no federation fields). */
function buildClassSchema(): Promise<GraphQLSchema> {
  classes ??= buildSchema({
    resolvers: [
      AccountResolver,
      NodeResolver,
      SourceResolver,
      TaskResolver,
      TemplateResolver,
      MigrationProjectResolver,
      ProgressResolver,
      ReportResolver,
      ViewerResolver,
      ...providerResolvers,
    ] as unknown as [Function, ...Function[]],
    validate: false,
    emitSchemaFile: false,
    // Applied with @Directive (security/directives.ts). The cost directives are migraph's own and
    // declared here; the federation ones are declared by the spec the SDL links.
    directives: [...specifiedDirectives, ...costDirectives],
    // Every subscription here has its own `subscribe` (backed by the progress hub); type-graphql's
    // topic-based PubSub is never used, so it refuses loudly if a resolver ever relies on it.
    pubSub: {
      publish: () => {
        throw new Error('type-graphql topic PubSub is not used in migraph; use the progress hub');
      },
      subscribe: () => {
        throw new Error('type-graphql topic PubSub is not used in migraph; use the progress hub');
      },
    },
  }).then(withIdempotencyKeyArgument);
  return classes;
}

/** Step 2: the subgraph SDL, with its applied directives (sorted, so diffs stay small). */
async function subgraphSDL(): Promise<string> {
  return `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(await buildClassSchema()))}\n`;
}

export function buildGatewaySchema(): Promise<GraphQLSchema> {
  built ??= (async () => {
    const resolvers = createResolversMap(await buildClassSchema());
    const schema = buildSubgraphSchema({
      typeDefs: parse(await subgraphSDL()),
      resolvers: { ...resolvers, ...mergeReferences(resolvers) } as never,
    });
    // Every mutation goes through the idempotency window when the client sends a key.
    idempotentMutations(schema);
    // Every mutation, and every read of a field that needs secrets:read, writes an audit event.
    auditResolvers(schema, (type, field) => fieldRequires(schema, type, field, 'secrets:read'));
    return schema;
  })();
  return built;
}

/** Adds `__resolveReference` to the entity types' resolvers (keeping their field resolvers). */
function mergeReferences(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [type, refs] of Object.entries(referenceResolvers())) out[type] = { ...(map[type] as object), ...refs };
  return out;
}

/** The subgraph SDL as committed in schema/schema.graphql (`rover supergraph compose` can read it). */
export function printGatewaySchema(): Promise<string> {
  return subgraphSDL();
}
