/**
 * The provider port: what the domain needs from a migration service, in provider-neutral terms.
 *
 * Every adapter (`adapters/<provider>/`) implements {@link MigrationProvider} for one configured
 * account. Nothing here knows a vendor; nothing here imports from `src/`.
 *
 * Units are normalised at this boundary: bytes, bytes per second, seconds, ISO-8601 timestamps (UTC).
 */

/** Provider ids, as used in configuration, global ids and the `Provider` GraphQL enum. */
export const PROVIDER_IDS = ['huawei-sms', 'alibaba-smc', 'ucloudstack-smc'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}

/** Unified task states. Each adapter maps its native states onto these in one table (mapper.ts). */
export enum TaskState {
  PENDING = 'PENDING',
  PREPARING = 'PREPARING',
  REPLICATING = 'REPLICATING',
  SYNCING = 'SYNCING',
  READY_FOR_CUTOVER = 'READY_FOR_CUTOVER',
  CUTTING_OVER = 'CUTTING_OVER',
  STOPPING = 'STOPPING',
  STOPPED = 'STOPPED',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  ROLLING_BACK = 'ROLLING_BACK',
  EXPIRED = 'EXPIRED',
  DELETING = 'DELETING',
  UNKNOWN = 'UNKNOWN',
}

/** States after which a task no longer moves by itself (the progress hub stops polling them). */
export const TERMINAL_TASK_STATES: ReadonlySet<TaskState> = new Set([
  TaskState.SUCCEEDED,
  TaskState.FAILED,
  TaskState.STOPPED,
  TaskState.EXPIRED,
]);

/** Unified source-server states. */
export enum SourceState {
  /** Agent connected, no migration running: a task can be created. */
  AVAILABLE = 'AVAILABLE',
  /** A migration task holds the source. */
  MIGRATING = 'MIGRATING',
  /** Agent offline or the source cannot be used. */
  UNAVAILABLE = 'UNAVAILABLE',
  DELETING = 'DELETING',
  ERROR = 'ERROR',
  /** Migration finished for this source. */
  FINISHED = 'FINISHED',
  UNKNOWN = 'UNKNOWN',
}

/** Actions a client may take on a task. Adapters say which ones a task's current state allows. */
export enum TaskAction {
  START = 'START',
  STOP = 'STOP',
  RESTART = 'RESTART',
  /** Launch the target for a test (Huawei `test`). */
  TEST = 'TEST',
  /** Clone the target for a test (Huawei `clone_test`). */
  CLONE_TEST = 'CLONE_TEST',
  NETWORK_CHECK = 'NETWORK_CHECK',
  /** Final switch-over / complete (Alibaba CutOver, UCloudStack CompleteSMC). */
  CUTOVER = 'CUTOVER',
  /** Run an incremental synchronisation now. */
  SYNC = 'SYNC',
  DELETE = 'DELETE',
}

export interface Tag {
  key: string;
  value: string | null;
}

/** Identifies one entity of one account. `region` is the account region the entity lives in. */
export interface EntityRef {
  provider: ProviderId;
  accountId: string;
  region: string;
  nativeId: string;
}

export interface Disk {
  name: string;
  device: string | null;
  sizeBytes: number | null;
  usedBytes: number | null;
}

/** Provider-specific details: a discriminated union, each adapter owns its member's shape. */
export interface ProviderDetails {
  /** The provider whose details these are; the GraphQL layer picks the typed object from it. */
  provider: ProviderId;
  [field: string]: unknown;
}

export interface Source extends EntityRef {
  name: string;
  ip: string | null;
  osType: string | null;
  osVersion: string | null;
  cpuCores: number | null;
  memoryBytes: number | null;
  disks: Disk[];
  agentConnected: boolean | null;
  agentLastSeenAt: string | null;
  state: SourceState;
  nativeState: string;
  /** Native id of the task currently attached to the source, if the provider reports one. */
  currentTaskId: string | null;
  createdAt: string | null;
  /** null when the provider keeps tags apart and they were not read (see `MigrationProvider.getTags`). */
  tags: Tag[] | null;
  details: ProviderDetails | null;
}

export interface ProgressStep {
  name: string;
  /** Native step state, verbatim (e.g. Huawei sub_task state, UCloudStack subtask status). */
  state: string | null;
  percent: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  detail: string | null;
}

export interface Progress {
  /** 0..100, or null when the provider reports nothing. */
  percent: number | null;
  transferredBytes: number | null;
  totalBytes: number | null;
  /** Bytes per second. */
  speed: number | null;
  remainingSeconds: number | null;
  estimatedCompletionAt: string | null;
  /** Native phase name (Huawei subtask, Alibaba BusinessStatus, UCloudStack state). */
  phase: string | null;
  steps: ProgressStep[];
}

export const EMPTY_PROGRESS: Readonly<Progress> = Object.freeze({
  percent: null,
  transferredBytes: null,
  totalBytes: null,
  speed: null,
  remainingSeconds: null,
  estimatedCompletionAt: null,
  phase: null,
  steps: [],
});

export interface TaskError {
  code: string | null;
  message: string;
}

export interface TaskTarget {
  /** What the migration produces. */
  kind: 'INSTANCE' | 'IMAGE' | 'CONTAINER_IMAGE' | 'VM' | 'UNKNOWN';
  nativeId: string | null;
  name: string | null;
  ip: string | null;
  region: string | null;
}

export interface Task extends EntityRef {
  name: string;
  /** Native task type, verbatim (e.g. MIGRATE_BLOCK, full/incremental). */
  type: string | null;
  state: TaskState;
  nativeState: string;
  progress: Progress;
  sourceId: string | null;
  target: TaskTarget | null;
  templateId: string | null;
  projectId: string | null;
  createdAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  lastSyncedAt: string | null;
  error: TaskError | null;
  /** Bandwidth limit in Mbit/s; null = unlimited / not reported. */
  bandwidthLimitMbps: number | null;
  /** null when the provider keeps tags apart and they were not read (see `MigrationProvider.getTags`). */
  tags: Tag[] | null;
  details: ProviderDetails | null;
}

export interface Template extends EntityRef {
  name: string;
  targetRegion: string | null;
  createdAt: string | null;
  details: ProviderDetails | null;
}

export interface MigrationProject extends EntityRef {
  name: string;
  description: string | null;
  isDefault: boolean;
  createdAt: string | null;
  details: ProviderDetails | null;
}

export type EntityKind = 'Source' | 'Task' | 'Template' | 'MigrationProject';

/** Sort orders every list supports. Lists are returned in this order. */
export enum ListOrder {
  CREATED_DESC = 'CREATED_DESC',
  CREATED_ASC = 'CREATED_ASC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

/** Filters an adapter must honour, natively where the API can and with `applyFilter` otherwise. */
export interface ListFilter {
  ids?: string[];
  /** Case-insensitive substring of the name. */
  nameContains?: string;
  taskStates?: TaskState[];
  sourceStates?: SourceState[];
  sourceId?: string;
  tags?: Tag[];
  createdAfter?: string;
  createdBefore?: string;
}

export interface ListQuery {
  region: string;
  offset: number;
  limit: number;
  order: ListOrder;
  filter: ListFilter;
}

export interface ListPage<T> {
  items: T[];
  /** Items matching the filter in this region, ignoring offset/limit. */
  totalCount: number;
}

/** Per-call context passed from the domain (cancellation and correlation). */
export interface CallContext {
  signal?: AbortSignal;
  /** Correlation id of the GraphQL request, for logs. */
  requestId?: string;
  /**
   * Stable key derived from the GraphQL mutation (operation + variables). Adapters whose APIs take
   * an idempotency token (Alibaba ClientToken) send it, so a retried mutation creates one thing.
   */
  idempotencyKey?: string;
}

export interface CreateTaskInput {
  region: string;
  sourceId: string;
  name: string;
  templateId?: string | null;
  projectId?: string | null;
  bandwidthLimitMbps?: number | null;
  /** Provider-specific options, validated by the adapter (shape owned by the adapter). */
  options?: Record<string, unknown> | null;
}

export interface UpdateTaskInput {
  name?: string | null;
  bandwidthLimitMbps?: number | null;
  options?: Record<string, unknown> | null;
}

export interface ProviderCapabilities {
  /** Entity kinds the provider has at all (e.g. UCloudStack has no templates). */
  entities: readonly EntityKind[];
  /** Largest number of ids one batched fetch call takes (Alibaba 50, ...). */
  maxBatchSize: number;
  /** Largest page size the provider's list calls accept. */
  maxPageSize: number;
}

/**
 * One account of one provider. Methods throw `GatewayError` (adapters/common/errors.ts) on failure,
 * with `code`, `provider`, `account` and, for vendor refusals, `providerCode`.
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
  deleteSources(region: string, ids: readonly string[], opts: { force?: boolean }, ctx?: CallContext): Promise<void>;

  listTasks(query: ListQuery, ctx?: CallContext): Promise<ListPage<Task>>;
  /** Batched fetch for progress and DataLoaders: as few upstream calls as the API allows. */
  getTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Task | null)[]>;
  createTask(input: CreateTaskInput, ctx?: CallContext): Promise<Task>;
  updateTask(region: string, id: string, input: UpdateTaskInput, ctx?: CallContext): Promise<Task>;
  deleteTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<void>;
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

  listTemplates(query: ListQuery, ctx?: CallContext): Promise<ListPage<Template>>;
  getTemplates(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Template | null)[]>;

  listProjects(query: ListQuery, ctx?: CallContext): Promise<ListPage<MigrationProject>>;
  getProjects(region: string, ids: readonly string[], ctx?: CallContext): Promise<(MigrationProject | null)[]>;

  /** Releases sockets and timers. */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Wiring: how the gateway builds providers from configuration.

/** One configured account, exactly as in the configuration file (see DESIGN.md "Configuration"). */
export interface AccountConfig {
  id: string;
  provider: ProviderId;
  endpoint: string;
  regions: string[];
  label?: string;
  /** Provider-specific credential fields, validated by the provider module's `validateCredentials`. */
  credentials: Record<string, unknown>;
  /** Provider-specific tuning (timeouts, retry limits, IAM endpoint, project id ...). */
  options?: Record<string, unknown>;
}

/** The structured logger adapters receive (pino-compatible subset). Never log secrets. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export interface ProviderDeps {
  logger: Logger;
  /** Observes every upstream call (metrics, traces, debug line); see common/observe.ts. */
  observer?: import('./common/observe.js').UpstreamObserver;
}

/** A problem in an account's configuration: `path` is relative to the account object. */
export interface ConfigIssue {
  path: (string | number)[];
  message: string;
}

/** What benchmarks and endpoint-counting tests need from a running simulator. */
export interface SimulatorProbe {
  /** Requests received per operation since start (or the last `resetCounts`). */
  counts(): Record<string, number>;
  totalRequests(): number;
  resetCounts(): void;
  /** Fault injection: latency, 5xx, throttling, malformed bodies, resets. */
  faults: import('./common/simulator/faults.js').FaultInjector;
}

/** A running in-process simulator with demo data, for the embedded default (`npm start`). */
export interface DemoHandle {
  account: AccountConfig;
  /** The simulator behind `account.endpoint`. */
  probe?: SimulatorProbe;
  close(): Promise<void>;
}

export interface DemoOptions {
  accountId: string;
  logger: Logger;
  /** Approximate number of tasks to seed (default: the provider's small demo set). */
  scale?: number;
  /**
   * The simulator's clock (default: real time). Tests pass a ManualClock started at `Date.now()`
   * (clients sign with real time) to freeze the demo, or to move it step by step.
   */
  clock?: import('./common/simulator/clock.js').SimClock;
}

export interface ProviderModule {
  id: ProviderId;
  /** Human name, e.g. "Huawei Cloud SMS". */
  displayName: string;
  /** Checks `credentials` and `options` of one account; returns every issue found (empty = valid). */
  validateAccount(account: AccountConfig): ConfigIssue[];
  createProvider(account: AccountConfig, deps: ProviderDeps): MigrationProvider;
  /**
   * Starts this provider's simulator in-process on 127.0.0.1:0 with realistic demo data. `scale` is
   * the approximate number of tasks to seed (default: the provider's small demo set).
   */
  startDemo(opts: DemoOptions): Promise<DemoHandle>;
}
