/**
 * Apollo Federation 2: how the router's entity references (`_entities(representations:)`) become
 * migraph objects. Every reference goes through the request's DataLoaders, exactly like `node(id:)`,
 * so N references to tasks cost ceil(N / vendor batch size) batched gets per account and region.
 *
 * - an id of an account the principal may not see: FORBIDDEN (an error at `_entities[i]`, null
 *   there), as for `node(id:)`; the other references are answered;
 * - a well-formed id whose account, region or entity does not exist: null, no error;
 * - a string that is not a migraph id, or an id of another type: BAD_USER_INPUT at that index.
 */
import { GatewayError } from '../core/errors.js';
import type { EntityKind } from '../core/model.js';
import { decodeId } from '../domain/ids.js';
import type { GraphQLContext } from './context.js';
import { accountObject } from './resolvers/entity.js';

type Reference = { __typename: string; id?: unknown };

const ENTITY_KINDS: readonly EntityKind[] = ['Task', 'Source', 'Template', 'MigrationProject'];

function idOf(ref: Reference): string {
  if (typeof ref.id !== 'string') throw new GatewayError('BAD_USER_INPUT', `${ref.__typename} reference: id must be a string`, { field: 'id' });
  return ref.id;
}

/** NOT_FOUND (unknown account or region, provider mismatch) becomes null; FORBIDDEN stays an error. */
function nullWhenUnknown<T>(run: () => T): T | null {
  try {
    return run();
  } catch (e) {
    if (e instanceof GatewayError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/** `__resolveReference` of every entity type, merged into the resolvers map of the subgraph. */
export function referenceResolvers(): Record<string, { __resolveReference: (ref: Reference, ctx: GraphQLContext) => unknown }> {
  const out: Record<string, { __resolveReference: (ref: Reference, ctx: GraphQLContext) => unknown }> = {};
  for (const kind of ENTITY_KINDS) {
    out[kind] = {
      // Async, so that a refused reference rejects its own entry, not the whole `_entities` list.
      __resolveReference: async (ref, ctx) => {
        const global = decodeId(idOf(ref), kind);
        if (nullWhenUnknown(() => (ctx.gateway.checkRef(global), true)) === null) return null;
        return ctx.gateway.load(global, ctx.loaders);
      },
    };
  }
  out.Account = { __resolveReference: async (ref, ctx) => nullWhenUnknown(() => accountObject(ctx, idOf(ref))) };
  return out;
}
