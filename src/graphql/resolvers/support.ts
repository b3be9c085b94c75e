/**
 * Small helpers shared by the resolvers: GraphQL filter -> domain list arguments, connection shaping
 * with partial errors, and the per-call context.
 */
import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { GatewayError } from '../../core/errors.js';
import type { CallContext } from '../../../adapters/port.js';
import type { ListFilter } from '../../core/model.js';
import type { MergedConnection } from '../../domain/connection.js';
import { MAX_IDS, type ListArgs } from '../../domain/gateway.js';
import { decodeId, type GlobalRef } from '../../domain/ids.js';
import type { GraphQLContext } from '../context.js';
import type { ListOrder } from '../types/enums.js';
import type { ResourceFilter, SourceFilter, TaskFilter } from '../types/filters.js';

function isoTime(value: string | null | undefined, field: string): string | undefined {
  if (value == null) return undefined;
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new GatewayError('BAD_USER_INPUT', `${field}: must be an ISO-8601 date-time`, { field });
  return new Date(t).toISOString();
}

/** Bounds of a list filter: entries per list, characters per string (names, regions, tag keys and values). */
export const FILTER_LIMITS = { items: 100, ids: MAX_IDS, chars: 256 } as const;

/**
 * A filter's lists and strings bounded and free of control characters, before anything is sent (a
 * filter string reaches the vendors' name and tag queries). BAD_USER_INPUT naming the entry.
 */
export function checkFilterBounds(filter: object | null | undefined, prefix = 'filter'): void {
  if (!filter) return;
  const bad = (field: string, why: string) => new GatewayError('BAD_USER_INPUT', `${field}: ${why}`, { field });
  const text = (value: unknown, field: string) => {
    if (typeof value !== 'string') return;
    if (value.length > FILTER_LIMITS.chars) throw bad(field, `at most ${FILTER_LIMITS.chars} characters`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value)) throw bad(field, 'must not contain control characters');
  };
  for (const [key, value] of Object.entries(filter)) {
    const field = `${prefix}.${key}`;
    if (Array.isArray(value)) {
      const max = key === 'ids' ? FILTER_LIMITS.ids : FILTER_LIMITS.items;
      if (value.length > max) throw bad(field, `at most ${max} entries`);
      value.forEach((item, i) => {
        if (item && typeof item === 'object') for (const [k, v] of Object.entries(item)) text(v, `${field}.${i}.${k}`);
        else if (key !== 'ids') text(item, `${field}.${i}`);
      });
    } else {
      text(value, field);
    }
  }
}

export function listArgs(
  filter: ResourceFilter | SourceFilter | TaskFilter | null | undefined,
  paging: { first?: number | null; after?: string | null; orderBy?: ListOrder | null },
): ListArgs {
  checkFilterBounds(filter);
  const f = (filter ?? {}) as TaskFilter & SourceFilter;
  const domain: ListFilter = {};
  if (f.nameContains) domain.nameContains = f.nameContains;
  const after = isoTime(f.createdAfter, 'filter.createdAfter');
  const before = isoTime(f.createdBefore, 'filter.createdBefore');
  if (after) domain.createdAfter = after;
  if (before) domain.createdBefore = before;
  if (f.tags?.length) domain.tags = f.tags.map((t) => ({ key: t.key, value: t.value ?? null }));
  let accounts = f.accounts ?? null;
  let regions = f.regions ?? null;
  const refs: { ref: GlobalRef; field: string }[] = [];
  if (f.sourceId) {
    const ref = decodeId(f.sourceId, 'Source', 'filter.sourceId');
    refs.push({ ref, field: 'filter.sourceId' });
    domain.sourceId = ref.nativeId;
    accounts = [ref.accountId];
    regions = [ref.region];
  }
  if (f.ids?.length) {
    const ids = f.ids.map((id, i) => {
      const ref = decodeId(id, 'Task', `filter.ids.${i}`);
      refs.push({ ref, field: `filter.ids.${i}` });
      return ref;
    });
    domain.ids = ids.map((r) => r.nativeId);
    accounts = [...new Set(ids.map((r) => r.accountId))].filter((a) => !accounts || accounts.includes(a));
    regions = [...new Set(ids.map((r) => r.region))].filter((r) => !regions || regions.includes(r));
  }
  if ('states' in f && f.states?.length) {
    // Task and source filters share the name `states`; the list kind decides which one applies.
    (domain as Record<string, unknown>).states = f.states;
  }
  return {
    providers: f.providers ?? null,
    accounts,
    regions,
    first: paging.first,
    after: paging.after,
    order: paging.orderBy ?? null,
    filter: domain,
    refs,
  };
}

export function taskListArgs(filter: TaskFilter | null | undefined, paging: Parameters<typeof listArgs>[1]): ListArgs {
  const args = listArgs(filter, paging);
  const { states, ...rest } = args.filter as ListFilter & { states?: never };
  return { ...args, filter: states ? { ...rest, taskStates: states } : rest };
}

export function sourceListArgs(filter: SourceFilter | null | undefined, paging: Parameters<typeof listArgs>[1]): ListArgs {
  const args = listArgs(filter, paging);
  const { states, ...rest } = args.filter as ListFilter & { states?: never };
  return { ...args, filter: states ? { ...rest, sourceStates: states } : rest };
}

/** Shapes a merged connection for GraphQL and records failed accounts as partial errors. */
export function connection<T>(conn: MergedConnection<T>, ctx: GraphQLContext, info: GraphQLResolveInfo) {
  const path = responsePathAsArray(info.path);
  for (const error of conn.errors) ctx.partialErrors.push({ error, path });
  return { edges: conn.edges, nodes: conn.edges.map((e) => e.node), pageInfo: conn.pageInfo, totalCount: conn.totalCount };
}

/**
 * The per-call context for the providers: the request id, and the mutation's scoped idempotency key
 * when the client sent one (set by the idempotency wrapper, src/graphql/idempotency.ts; never
 * derived from the arguments).
 */
export function callContext(ctx: GraphQLContext): CallContext {
  return ctx.idempotencyKey ? { requestId: ctx.requestId, idempotencyKey: ctx.idempotencyKey } : { requestId: ctx.requestId };
}
