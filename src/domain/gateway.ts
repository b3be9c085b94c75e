/**
 * The domain services the GraphQL layer calls. Provider-neutral: every call goes through the port.
 */
import { GatewayError, toGatewayError } from '../core/errors.js';
import { ListOrder, TaskAction, type EntityKind, type ListFilter, type ListPage, type ListQuery, type MigrationProject, type ProviderId, type Source, type Task, type Template } from '../core/model.js';
import type { CallContext, DeleteOutcome, UpdateTaskInput } from '../../adapters/port.js';
import type { AccountRegistry } from './accounts.js';
import type { ScanPages } from './cache.js';
import { mergedConnection, pageSize, type MergedConnection } from './connection.js';
import { AccountLimiter, selectPartitions, type Partition, type PartitionSelector } from './fanout.js';
import { decodeId, encodeId, type GlobalRef } from './ids.js';
import { capability, createLoaders, type EntityOf, type Loaders } from './loaders.js';
import { ANONYMOUS, requireScope, type Principal } from '../security/principal.js';

/** Task actions that are as irreversible as a delete or a cutover: they need migration:admin. */
/** The most global ids one call takes (nodes, deleteTasks, deleteSources): as the list filters and taskUpdates. */
export const MAX_IDS = 1000;

/** BAD_USER_INPUT naming `field` when `ids` is over MAX_IDS: refused before any id is used. */
export function assertIdCount(ids: readonly unknown[], field = 'ids'): void {
  if (ids.length > MAX_IDS) throw new GatewayError('BAD_USER_INPUT', `${field}: at most ${MAX_IDS} ids`, { field });
}

/** Control characters (C0, DEL, C1): no vendor accepts them in a name. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The shared rules of a unified name input (createTask / updateTask / updateSource `input.name`),
 * before any provider sees it: not empty, no control characters. The vendor's own pattern and length
 * are its catalog validator's. Returns the trimmed name.
 */
export function checkName(name: string, field = 'input.name'): string {
  const trimmed = name.trim();
  if (!trimmed) throw new GatewayError('BAD_USER_INPUT', `${field}: must not be empty`, { field });
  if (CONTROL.test(name)) throw new GatewayError('BAD_USER_INPUT', `${field}: must not contain control characters`, { field });
  return trimmed;
}

const ADMIN_ACTIONS: ReadonlySet<TaskAction> = new Set([TaskAction.CUTOVER, TaskAction.DELETE]);

export interface ListArgs extends PartitionSelector {
  first?: number | null;
  after?: string | null;
  order?: ListOrder | null;
  filter: ListFilter;
  /** Global ids the filter named (`filter.ids.0`, `filter.sourceId`), checked against the accounts before any call. */
  refs?: readonly { ref: GlobalRef; field: string }[];
}

/** One provider's own options of createTask / updateTask, as given: whose they are and where (`input.huawei`). */
export interface ProviderOptions {
  provider: ProviderId;
  field: string;
  value: Record<string, unknown>;
}

/** The outcome of one id of `deleteTasks` / `deleteSources` (global ids). */
export interface DeleteResult {
  id: string;
  deleted: boolean;
  error: GatewayError | null;
  /** Entities the vendor deleted with it (UCloudStack: a task's Source, a source's Task). */
  alsoDeleted: string[];
}

/** The outcome of one id of `deleteTasks`. */
export type DeleteTaskResult = DeleteResult;

export interface GatewayOptions {
  perAccountConcurrency: number;
  batching: boolean;
}

export class Gateway {
  private readonly views = new WeakMap<Principal, Gateway>();

  constructor(
    readonly accounts: AccountRegistry,
    readonly options: GatewayOptions,
    readonly limiter = new AccountLimiter(options.perAccountConcurrency),
    /** Whose view this is: its accounts bound `accounts`, its scopes gate admin-level actions. */
    readonly principal: Principal = ANONYMOUS,
  ) {}

  /** The domain as a principal sees it (same limiter and providers; one view object per principal). */
  forPrincipal(principal: Principal): Gateway {
    if (principal === this.principal) return this;
    let view = this.views.get(principal);
    if (!view) {
      view = new Gateway(this.accounts.forPrincipal(principal), this.options, this.limiter, principal);
      this.views.set(principal, view);
    }
    return view;
  }

  /** Fresh DataLoaders for one GraphQL request. */
  loaders(): Loaders {
    return createLoaders(this.accounts, this.limiter, { batching: this.options.batching });
  }

  private async list<K extends EntityKind>(
    kind: K,
    args: ListArgs,
    loaders: Loaders | undefined,
    fetch: (p: Partition, q: ListQuery, ctx: CallContext) => Promise<ListPage<EntityOf<K>>>,
    ctx: CallContext,
    scan?: ScanPages,
  ): Promise<MergedConnection<EntityOf<K>>> {
    for (const { ref, field } of args.refs ?? []) this.checkRef(ref, field);
    for (const [i, id] of (args.accounts ?? []).entries()) this.accounts.named(id, null, `filter.accounts.${i}`);
    const partitions = selectPartitions(this.accounts, kind, args);
    const memo = loaders && this.options.batching ? memoOf(loaders) : null;
    // A scan reads each partition through the scan's page memo, and starts all its pages at once.
    // A cursor walk (`after` given) reads the next page's vendor pages ahead, into the shared cache.
    const walk: CallContext = args.after ? { ...ctx, readAhead: pageSize(args.first) } : ctx;
    const ctxOf = (p: Partition): CallContext => (scan ? { ...ctx, scan: true, pages: scan.forAccount(p.account.config.id) } : walk);
    const call = (p: Partition, q: ListQuery) => {
      if (!memo) return fetch(p, q, ctxOf(p));
      const key = `${kind}\u0000${p.key}\u0000${JSON.stringify(q)}`;
      let pending = memo.get(key) as ReturnType<typeof fetch> | undefined;
      if (!pending) {
        pending = fetch(p, q, ctxOf(p)).then((page) => primeRelated(loaders!, p, page));
        memo.set(key, pending);
      }
      return pending;
    };
    const conn = await mergedConnection<EntityOf<K>>(partitions, this.limiter, call, {
      first: args.first,
      after: args.after,
      order: args.order ?? ListOrder.CREATED_DESC,
      filter: args.filter,
      selection: [args.providers ?? null, args.accounts ?? null, args.regions ?? null],
    });
    return conn;
  }

  listSources(args: ListArgs, loaders?: Loaders, ctx: CallContext = {}): Promise<MergedConnection<Source>> {
    return this.list('Source', args, loaders, (p, q, c) => p.account.cached.listSources(q, c), ctx);
  }

  /** `scan`: the caller reads every page (report, CSV): all vendor pages are read at once, each once. */
  listTasks(args: ListArgs, loaders?: Loaders, ctx: CallContext = {}, scan?: ScanPages): Promise<MergedConnection<Task>> {
    return this.list('Task', args, loaders, (p, q, c) => p.account.cached.listTasks(q, c), ctx, scan);
  }

  listTemplates(args: ListArgs, loaders?: Loaders, ctx: CallContext = {}): Promise<MergedConnection<Template>> {
    return this.list('Template', args, loaders, (p, q, c) => capability(p.account.cached, p.account.cached.listTemplates, 'Template')(q, c), ctx);
  }

  listProjects(args: ListArgs, loaders?: Loaders, ctx: CallContext = {}): Promise<MergedConnection<MigrationProject>> {
    return this.list('MigrationProject', args, loaders, (p, q, c) => capability(p.account.cached, p.account.cached.listProjects, 'MigrationProject')(q, c), ctx);
  }

  /** Resolves any global id; null when the entity no longer exists. */
  async node(id: string, loaders: Loaders, field = 'id'): Promise<(EntityOf<EntityKind> & { __kind: EntityKind }) | null> {
    const ref = decodeId(id, undefined, field);
    return this.load(ref, loaders, field);
  }

  /** Several global ids, every one checked before any is loaded (`ids.0`, `ids.1`, ...). */
  async nodes(ids: readonly string[], loaders: Loaders, field = 'ids'): Promise<((EntityOf<EntityKind> & { __kind: EntityKind }) | null)[]> {
    assertIdCount(ids, field);
    const refs = ids.map((id, i) => {
      const ref = decodeId(id, undefined, `${field}.${i}`);
      this.checkRef(ref, `${field}.${i}`);
      return ref;
    });
    return Promise.all(refs.map((ref, i) => this.load(ref, loaders, `${field}.${i}`)));
  }

  async load(ref: GlobalRef, loaders: Loaders, field = 'id'): Promise<(EntityOf<EntityKind> & { __kind: EntityKind }) | null> {
    this.checkRef(ref, field);
    const entity = await loaders[ref.kind].load({ accountId: ref.accountId, region: ref.region, nativeId: ref.nativeId });
    return entity ? Object.assign(entity, { __kind: ref.kind }) : null;
  }

  /** Loads an entity that must exist (mutation targets): NOT_FOUND otherwise. */
  async require<K extends EntityKind>(id: string, kind: K, loaders: Loaders, field = 'id'): Promise<EntityOf<K>> {
    const ref = decodeId(id, kind, field);
    this.checkRef(ref, field);
    const entity = await loaders[kind].load({ accountId: ref.accountId, region: ref.region, nativeId: ref.nativeId });
    if (!entity) {
      throw new GatewayError('NOT_FOUND', `${field}: ${kind} ${ref.nativeId} does not exist in account "${ref.accountId}"`, {
        provider: ref.provider,
        account: ref.accountId,
        field,
      });
    }
    return entity as EntityOf<K>;
  }

  /** The ref checked against this view's accounts before use (AccountRegistry.checkRef), refusals naming `field`. */
  checkRef(ref: GlobalRef, field = 'id'): void {
    this.accounts.checkRef(ref, field);
  }

  /** The account's provider as queries and mutations use it (behind the shared cache). */
  providerOf(accountId: string) {
    return this.accounts.get(accountId).cached;
  }

  // -- mutations -------------------------------------------------------------------------------

  async createTask(
    input: { sourceId: string; name: string; templateId?: string | null; projectId?: string | null; bandwidthLimitMbps?: number | null; providerOptions?: readonly ProviderOptions[] },
    ctx: CallContext,
  ): Promise<Task> {
    const source = decodeId(input.sourceId, 'Source', 'input.sourceId');
    this.checkRef(source, 'input.sourceId');
    const options = optionsFor(source.provider, input.providerOptions, "the source's");
    const sameAccount = (id: string | null | undefined, kind: EntityKind, field: string): string | null => {
      if (!id) return null;
      const ref = decodeId(id, kind, field);
      this.checkRef(ref, field);
      if (ref.accountId !== source.accountId || ref.region !== source.region) {
        throw new GatewayError('BAD_USER_INPUT', `${field}: must belong to the source's account and region`, { field });
      }
      return ref.nativeId;
    };
    const name = checkName(input.name);
    if (input.bandwidthLimitMbps != null && !(input.bandwidthLimitMbps >= 0)) {
      throw new GatewayError('BAD_USER_INPUT', 'input.bandwidthLimitMbps: must be >= 0', { field: 'input.bandwidthLimitMbps' });
    }
    const provider = this.providerOf(source.accountId);
    return provider.createTask(
      {
        region: source.region,
        sourceId: source.nativeId,
        name,
        templateId: sameAccount(input.templateId, 'Template', 'input.templateId'),
        projectId: sameAccount(input.projectId, 'MigrationProject', 'input.projectId'),
        bandwidthLimitMbps: input.bandwidthLimitMbps ?? null,
        options,
      },
      ctx,
    );
  }

  async updateTask(id: string, input: Omit<UpdateTaskInput, 'options'> & { providerOptions?: readonly ProviderOptions[] }, ctx: CallContext): Promise<Task> {
    const ref = decodeId(id, 'Task');
    this.checkRef(ref, 'id');
    const options = optionsFor(ref.provider, input.providerOptions, "the task's");
    if (input.name != null) checkName(input.name);
    const { providerOptions: _given, ...shared } = input;
    return this.providerOf(ref.accountId).updateTask(ref.region, ref.nativeId, { ...shared, options }, ctx);
  }

  /** FORBIDDEN when the action needs migration:admin and this view's principal lacks it. */
  assertActionAllowed(action: TaskAction): void {
    if (ADMIN_ACTIONS.has(action)) requireScope(this.principal, 'migration:admin', `action ${action}`);
  }

  async runTaskAction(id: string, action: TaskAction, params: Record<string, unknown> | null, ctx: CallContext): Promise<Task> {
    this.assertActionAllowed(action);
    const ref = decodeId(id, 'Task');
    this.checkRef(ref, 'id');
    return this.providerOf(ref.accountId).runTaskAction(ref.region, ref.nativeId, action, params, ctx);
  }

  /**
   * Deletes tasks, across accounts and regions: every id is checked first (bad input deletes
   * nothing), then one provider batch per account and region, the groups concurrently. One result
   * per given id, in order. A group whose batch is refused whole (an atomic vendor batch, or nothing
   * sent) reports that error on each of its ids; a provider that deletes id by id reports each id.
   */
  async deleteTasks(ids: readonly string[], ctx: CallContext): Promise<DeleteTaskResult[]> {
    return this.deleteBatch(ids, 'Task', (p, region, native) => p.deleteTasks(region, native, ctx));
  }

  /** The batch delete of `deleteTasks` and `deleteSources`: per id, a half-done batch is data, never a total failure. */
  private async deleteBatch(
    ids: readonly string[],
    kind: 'Task' | 'Source',
    run: (p: ReturnType<Gateway['providerOf']>, region: string, nativeIds: string[]) => Promise<DeleteOutcome[]>,
  ): Promise<DeleteResult[]> {
    const groups = this.groupIds(ids, kind);
    const byId = new Map<string, DeleteResult>();
    await Promise.all(
      [...groups.values()].map(async (g) => {
        let outcomes: DeleteOutcome[];
        try {
          outcomes = await run(this.providerOf(g.ref.accountId), g.ref.region, g.native);
        } catch (e) {
          const error = toGatewayError(e);
          outcomes = g.native.map((id) => ({ id, deleted: false, error }));
        }
        const of = new Map(outcomes.map((o) => [o.id, o]));
        g.native.forEach((nativeId) => {
          const o = of.get(nativeId);
          const at = { provider: g.ref.provider, accountId: g.ref.accountId, region: g.ref.region };
          byId.set(entityKey(g.ref, nativeId), {
            id: '',
            deleted: o?.deleted ?? false,
            error: o ? (o.error ?? null) : new GatewayError('UPSTREAM_ERROR', `the provider reported no outcome for ${kind.toLowerCase()} ${nativeId}`, { provider: g.ref.provider, account: g.ref.accountId }),
            alsoDeleted: (o?.alsoDeleted ?? []).map((d) => encodeId(d.kind, { ...at, nativeId: d.nativeId })),
          });
        });
      }),
    );
    return ids.map((id) => ({ ...byId.get(entityKey(decodeId(id, kind), null))!, id }));
  }

  /** Deletes one task (`runTaskAction(DELETE)`): its error thrown. */
  async deleteTask(id: string, ctx: CallContext): Promise<void> {
    const [result] = await this.deleteTasks([id], ctx);
    if (result?.error) throw result.error;
  }

  async updateSource(id: string, input: { name?: string | null; description?: string | null }, ctx: CallContext): Promise<Source> {
    const ref = decodeId(id, 'Source');
    this.checkRef(ref, 'id');
    if (input.name != null) checkName(input.name);
    return this.providerOf(ref.accountId).updateSource(ref.region, ref.nativeId, input, ctx);
  }

  /** Deletes sources, across accounts and regions, one result per id: as `deleteTasks`. */
  async deleteSources(ids: readonly string[], force: boolean, ctx: CallContext): Promise<DeleteResult[]> {
    return this.deleteBatch(ids, 'Source', (p, region, native) => p.deleteSources(region, native, { force }, ctx));
  }

  /** The ids by account and region (native ids deduplicated), every id checked first: bad input refuses the whole call. */
  private groupIds(ids: readonly string[], kind: EntityKind): Map<string, { ids: string[]; native: string[]; ref: GlobalRef }> {
    if (ids.length === 0) throw new GatewayError('BAD_USER_INPUT', 'ids: must not be empty', { field: 'ids' });
    assertIdCount(ids);
    // Validate every id before touching anything: bad input changes nothing.
    const refs = ids.map((id, i) => {
      const ref = decodeId(id, kind, `ids.${i}`);
      this.checkRef(ref, `ids.${i}`);
      return { id, ref };
    });
    const groups = new Map<string, { ids: string[]; native: string[]; ref: GlobalRef }>();
    for (const { id, ref } of refs) {
      const key = `${ref.accountId}\u0000${ref.region}`;
      const g = groups.get(key) ?? { ids: [], native: [], ref };
      if (!g.native.includes(ref.nativeId)) {
        g.ids.push(id);
        g.native.push(ref.nativeId);
      }
      groups.set(key, g);
    }
    return groups;
  }

  async close(): Promise<void> {
    await this.accounts.close();
  }
}

/** One entity of one account and region (`nativeId` overrides the ref's). */
function entityKey(ref: GlobalRef, nativeId: string | null): string {
  return `${ref.accountId}\u0000${ref.region}\u0000${nativeId ?? ref.nativeId}`;
}

/**
 * The options for `provider` among those given: at most one, and only that provider's. Another
 * provider's (or a second) is BAD_USER_INPUT naming its field, before any upstream call.
 */
function optionsFor(provider: ProviderId, given: readonly ProviderOptions[] | undefined, whose: string): Record<string, unknown> | null {
  let match: ProviderOptions | null = null;
  for (const o of given ?? []) {
    if (o.provider !== provider) {
      throw new GatewayError('BAD_USER_INPUT', `${o.field}: ${whose} provider is ${provider}, not ${o.provider}`, { field: o.field });
    }
    match = o;
  }
  return match?.value ?? null;
}

/** Per-request memo of list calls: identical upstream calls within one request are made once. */
const memos = new WeakMap<Loaders, Map<string, Promise<unknown>>>();
function memoOf(loaders: Loaders): Map<string, Promise<unknown>> {
  let memo = memos.get(loaders);
  if (!memo) {
    memo = new Map();
    memos.set(loaders, memo);
  }
  return memo;
}

/**
 * Primes the request's Source loader with the sources a list answer held in full (`ListPage.related`:
 * a UCloudStack SMC is its task's source), so `task.source` costs no lookup. Returns the page.
 */
function primeRelated<T>(loaders: Loaders, p: Partition, page: ListPage<T>): ListPage<T> {
  for (const source of page.related?.sources ?? []) {
    loaders.Source.prime({ accountId: p.account.config.id, region: p.region, nativeId: source.nativeId }, source);
  }
  return page;
}
