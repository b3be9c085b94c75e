/**
 * Builds the executable schema from the resolver classes (type-graphql). The same function emits
 * schema/schema.graphql, and a test fails when the committed file differs from what this builds.
 */
import 'reflect-metadata';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, specifiedDirectives, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from './resolvers/account.js';
import { NodeResolver } from './resolvers/node.js';
import { MigrationProjectResolver } from './resolvers/project.js';
import { ProgressResolver } from './resolvers/progress.js';
import { ReportResolver } from './resolvers/report.js';
import { SourceResolver } from './resolvers/source.js';
import { TaskResolver } from './resolvers/task.js';
import { TemplateResolver } from './resolvers/template.js';
import { providerResolvers } from './providers/index.js';
import { auditResolvers } from '../security/audit.js';
import { fieldRequires } from '../security/authorize.js';
import { costDirectives } from '../security/cost.js';
import { authDirectives } from '../security/directives.js';

let built: Promise<GraphQLSchema> | null = null;

export function buildGatewaySchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      AccountResolver,
      NodeResolver,
      SourceResolver,
      TaskResolver,
      TemplateResolver,
      MigrationProjectResolver,
      ProgressResolver,
      ReportResolver,
      ...providerResolvers,
    ] as unknown as [Function, ...Function[]],
    validate: false,
    emitSchemaFile: false,
    // Applied with @Directive (security/directives.ts); declared here so the SDL carries them.
    directives: [...specifiedDirectives, ...authDirectives, ...costDirectives],
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
  }).then((schema) => {
    // Every mutation, and every read of a field that needs secrets:read, writes an audit event.
    auditResolvers(schema, (type, field) => fieldRequires(schema, type, field, 'secrets:read'));
    return schema;
  });
  return built;
}

/** The SDL as committed in schema/schema.graphql, with its applied directives (sorted, so diffs stay small). */
export async function printGatewaySchema(): Promise<string> {
  return `${printSchemaWithDirectives(lexicographicSortSchema(await buildGatewaySchema()))}\n`;
}
