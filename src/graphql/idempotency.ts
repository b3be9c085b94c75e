/**
 * Idempotency keys on every mutation, in one place (every Mutation field changes vendor state):
 *
 * - the schema: an optional `idempotencyKey: String` argument on every Mutation field, added to the
 *   class schema before the SDL is printed (`withIdempotencyKeyArgument`, schema.ts step 1);
 * - the resolvers: one wrapper around every Mutation resolver (`idempotentMutations`, step 4). It
 *   takes the key from the argument or, over HTTP, the `Idempotency-Key` header (the argument wins;
 *   both given and different is BAD_USER_INPUT on `idempotencyKey`), checks it (1-64 printable ASCII
 *   characters), and runs the resolver through the idempotency window (src/domain/idempotency.ts)
 *   with the key scoped to the principal, the field and the arguments in the resolver's context
 *   (`GraphQLContext.idempotencyKey`, which `callContext` hands the providers: Alibaba's ClientToken).
 *
 * Without a key nothing changes: no window, and no key is derived from the arguments.
 */
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLString, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { GatewayError } from '../core/errors.js';
import { fingerprintOf, IdempotencyWindow } from '../domain/idempotency.js';
import type { GraphQLContext } from './context.js';

export const IDEMPOTENCY_ARGUMENT = 'idempotencyKey';

/** 1-64 printable ASCII characters (space to tilde). */
const VALID_KEY = /^[\x20-\x7e]{1,64}$/;

const DESCRIPTION =
  'Optional idempotency key, 1-64 printable ASCII characters (over HTTP also the `Idempotency-Key` header): a repeat with the same key and arguments answers the first result instead of being sent again (README "Idempotency").';

/** Adds the optional `idempotencyKey` argument to every Mutation field (the class schema, before the SDL is printed). */
export function withIdempotencyKeyArgument(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.MUTATION_ROOT_FIELD]: (config) => ({
      ...config,
      args: { ...config.args, [IDEMPOTENCY_ARGUMENT]: { type: GraphQLString, description: DESCRIPTION } },
    }),
  });
}

function checked(value: string, what: string): string {
  if (!VALID_KEY.test(value)) {
    throw new GatewayError('BAD_USER_INPUT', `idempotencyKey: ${what} must be 1-64 printable ASCII characters`, { field: IDEMPOTENCY_ARGUMENT });
  }
  return value;
}

/** The key of one mutation field: its argument, else the request's header; null when neither is given. */
export function idempotencyKeyOf(argument: unknown, header: string | undefined): string | null {
  const arg = typeof argument === 'string' ? checked(argument, 'the argument') : null;
  const head = header === undefined ? null : checked(header, 'the Idempotency-Key header');
  if (arg !== null && head !== null && arg !== head) {
    throw new GatewayError('BAD_USER_INPUT', 'idempotencyKey: the argument and the Idempotency-Key header differ; give one key', { field: IDEMPOTENCY_ARGUMENT });
  }
  return arg ?? head;
}

/** Wraps, in place, every Mutation resolver of the executable schema in the idempotency window. */
export function idempotentMutations(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: Record<string, unknown>, ctx: GraphQLContext, info) => {
      const key = idempotencyKeyOf(args[IDEMPOTENCY_ARGUMENT], ctx.idempotencyHeader);
      if (key === null) return resolve(source, args, ctx, info);
      const { [IDEMPOTENCY_ARGUMENT]: _key, ...rest } = args;
      void _key;
      const scope = { principal: ctx.principal.id, field: info.fieldName, key };
      const fingerprint = fingerprintOf(rest);
      // This field's resolver (only) sees the scoped key; the request's context stays as it was.
      const keyed: GraphQLContext = { ...ctx, idempotencyKey: IdempotencyWindow.token(scope, fingerprint) };
      const run = async () => resolve(source, args, keyed, info);
      return ctx.idempotency ? ctx.idempotency.run(scope, fingerprint, run) : run();
    };
  }
}
