/**
 * The provider port: what the domain needs from one account of a migration service.
 *
 * Every adapter (`adapters/<provider>/`) implements {@link MigrationProvider}. The model it speaks
 * (entities, states, list queries, errors) is src/core; how the gateway builds providers from
 * configuration is adapters/module.ts.
 */
import type { GatewayError } from '../src/core/errors.js';
import type { EntityKind, ListPage, ListQuery, MigrationProject, ProviderId, Source, Tag, Task, TaskAction, Template } from '../src/core/model.js';

/** Per-call context passed from the domain (correlation and idempotency). */
export interface CallContext {
  /** Correlation id of the GraphQL request, for logs. */
  requestId?: string;
  /**
   * The client's idempotency key (GraphQL `idempotencyKey` argument or `Idempotency-Key` header),
   * scoped by the gateway to the principal, the mutation field and its arguments: 64 hex digits.
   * Absent when the client sent no key: nothing is derived from the arguments alone. Adapters whose
   * APIs take an idempotency token (Alibaba ClientToken) send it, so a repeated mutation with the same
   * key creates one thing at the vendor too; without it they use a fresh token per call.
   */
  idempotencyKey?: string;
  /**
   * Where vendor list pages are kept across calls (adapters/common/paging.ts): the gateway's shared
   * cache (keys scoped to the account and its generation, bounded in bytes, dropped by any write), or
   * one scan's memo. Absent: every page is read from the vendor.
   */
  pages?: PageStore;
  /**
   * The caller reads the whole list next (report, CSV): a window read also starts every other page of
   * the list at once, into `pages`, so the scan's next windows find them.
   */
  scan?: boolean;
  /**
   * A cursor walk (the caller gave `after`): once the window is read, the pages covering the next
   * `readAhead` items are started into `pages` (not awaited), so the walk's next page finds them.
   */
  readAhead?: number;
}

/** Vendor pages kept for later calls; `key` is unique within the account (list, native filter, page index). */
export interface PageStore {
  /** The value stored under `key`, or `load()`ed once for every concurrent caller and stored. */
  page<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export interface CreateTaskInput {
  region: string;
  sourceId: string;
  name: string;
  templateId?: string | null;
  projectId?: string | null;
  /** Integer Mbit/s (every vendor takes integers). */
  bandwidthLimitMbps?: number | null;
  /**
   * The provider's own create options, validated by the adapter (shape owned by the adapter): the
   * GraphQL `CreateTaskInput.<huawei|alibaba|ucloudstack>` input, so the adapter's field maps name
   * them `input.<that field>.<option>`.
   */
  options?: Record<string, unknown> | null;
}

export interface UpdateTaskInput {
  name?: string | null;
  bandwidthLimitMbps?: number | null;
  /** The provider's own update options (GraphQL `UpdateTaskInput.<huawei|alibaba|ucloudstack>`). */
  options?: Record<string, unknown> | null;
}

/** The outcome of deleting one entity of a batch (`deleteTasks`, `deleteSources`). */
export interface DeleteOutcome {
  /** The native id, as given. */
  id: string;
  deleted: boolean;
  /** Why it was not deleted (null when deleted); `outcome: 'UNKNOWN'` when a read-back could not tell. */
  error?: GatewayError | null;
  /** Other entities the vendor deleted with it (UCloudStack: the SMC is a Task and a Source, same native id). */
  alsoDeleted?: readonly { kind: 'Source' | 'Task'; nativeId: string }[];
}

/** The outcome of deleting one task of a batch (`deleteTasks`). */
export type DeleteTaskOutcome = DeleteOutcome;

export interface ProviderCapabilities {
  /** Entity kinds the provider has at all (e.g. UCloudStack has no templates); the optional list/get methods exist exactly for these. */
  entities: readonly EntityKind[];
  /** Largest number of ids one batched fetch call takes (Alibaba 50, ...). */
  maxBatchSize: number;
  /** Largest page size the provider's list calls accept. */
  maxPageSize: number;
  /**
   * Entity kinds whose list items carry every field a get returns (list and get are the same vendor
   * call or the same model). Only these prime the shared cache's get entries from a list; a kind
   * not named here is always fetched for a get (Huawei ListTasks items have no start/finish dates,
   * target disks, ... that ShowTask has). Absent = none.
   */
  listItemsComplete?: readonly EntityKind[];
}

/**
 * One account of one provider. Methods throw `GatewayError` (adapters/common/errors.ts) on failure,
 * with `code`, `provider`, `account` and, for vendor refusals, `providerCode`.
 *
 * Writes are truthful (adapters/common/reconcile.ts): a write whose answer was lost, or that the
 * vendor answered with a 5xx, is read back before it is reported. Found applied, it is answered as
 * done; otherwise a lost answer stays `outcome: 'UNKNOWN'` (not retryable) and a 5xx stays as it was.
 */
export interface MigrationProvider {
  readonly provider: ProviderId;
  readonly accountId: string;
  readonly regions: readonly string[];
  readonly capabilities: ProviderCapabilities;
  /**
   * Provider-specific operations beyond the port (Huawei templates, speed limits, tags, ...), typed
   * by the adapter in `adapters/<provider>/extension.ts`; null when there are none. The provider's
   * GraphQL module (src/graphql/providers/<provider>/) is the only caller.
   */
  readonly extension: object | null;

  listSources(query: ListQuery, ctx?: CallContext): Promise<ListPage<Source>>;
  /** Batched get: one result per id, in order; null for ids that do not exist. */
  getSources(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Source | null)[]>;
  updateSource(region: string, id: string, input: { name?: string | null; description?: string | null }, ctx?: CallContext): Promise<Source>;
  /**
   * Deletes sources of one region: one outcome per distinct id, in order, as `deleteTasks` does (an
   * atomic vendor batch throws when refused; id by id, each id reports its own outcome).
   */
  deleteSources(region: string, ids: readonly string[], opts: { force?: boolean }, ctx?: CallContext): Promise<DeleteOutcome[]>;

  listTasks(query: ListQuery, ctx?: CallContext): Promise<ListPage<Task>>;
  /** Batched fetch for progress and DataLoaders: as few upstream calls as the API allows. */
  getTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Task | null)[]>;
  createTask(input: CreateTaskInput, ctx?: CallContext): Promise<Task>;
  updateTask(region: string, id: string, input: UpdateTaskInput, ctx?: CallContext): Promise<Task>;
  /**
   * Deletes tasks of one region: one outcome per distinct id, in order. A provider whose vendor batch
   * is atomic (Huawei DeleteTasks) throws when the batch is refused (nothing was deleted); one that
   * deletes id by id reports each id's own outcome and throws only when it sent nothing.
   */
  deleteTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<DeleteTaskOutcome[]>;
  /**
   * Runs an action. Throws UNSUPPORTED_OPERATION for actions the provider lacks and CONFLICT for
   * actions the current state refuses (the vendor's refusal, with its code).
   */
  runTaskAction(region: string, id: string, action: TaskAction, params: Record<string, unknown> | null, ctx?: CallContext): Promise<Task>;
  /** Pure: the actions the task's current state allows. */
  availableActions(task: Task): TaskAction[];

  /**
   * Tags of several sources or tasks, for providers that store tags apart from the entities (Alibaba
   * ListTagResources). Such providers return entities with `tags: null` unless a tag filter made them
   * read the tags anyway, so a query that does not ask for tags costs no tag call. Batched like getTasks.
   */
  getTags?(kind: 'Source' | 'Task', region: string, ids: readonly string[], ctx?: CallContext): Promise<Tag[][]>;

  /*
   * Optional capabilities: a provider implements these exactly when `capabilities.entities` lists
   * the kind (UCloudStack has neither templates nor projects; Alibaba's port has none either). The
   * domain never calls one that is absent.
   */
  listTemplates?(query: ListQuery, ctx?: CallContext): Promise<ListPage<Template>>;
  getTemplates?(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Template | null)[]>;

  listProjects?(query: ListQuery, ctx?: CallContext): Promise<ListPage<MigrationProject>>;
  getProjects?(region: string, ids: readonly string[], ctx?: CallContext): Promise<(MigrationProject | null)[]>;

  /** Releases sockets and timers. */
  close(): Promise<void>;
}

