/**
 * The provider-neutral model: entities, unified states and actions, list queries, the logger shape.
 *
 * This is the lowest layer (src/core): the domain, the GraphQL layer and every adapter import it; it
 * imports nothing. Units are normalised here: bytes, bytes per second, seconds, ISO-8601 timestamps (UTC).
 */

/**
 * A provider id, as used in configuration, global ids and the `Provider` GraphQL enum
 * (`huawei-sms`, ...). The list of known ids is the provider registry, adapters/index.ts.
 */
export type ProviderId = string;

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
  /** When the vendor last changed the record (any field); null when the vendor does not say. */
  updatedAt: string | null;
  /** When the native state last changed; null when the vendor does not say. */
  stateChangedAt: string | null;
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
  /** When the vendor last changed the record (any field); null when the vendor does not say. */
  updatedAt: string | null;
  /** When the native state last changed; null when the vendor does not say. */
  stateChangedAt: string | null;
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

/**
 * Sort orders every list supports. Lists are returned in this order: `compareBy` (src/core/list.ts)
 * is its one definition, ties broken by native id.
 */
export enum ListOrder {
  CREATED_DESC = 'CREATED_DESC',
  CREATED_ASC = 'CREATED_ASC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  /** Unified state, in the order the state enum declares (TaskState / SourceState); no state last. */
  STATE_ASC = 'STATE_ASC',
  STATE_DESC = 'STATE_DESC',
  /** Task `progress.percent`; null (and every non-task) last. */
  PROGRESS_ASC = 'PROGRESS_ASC',
  PROGRESS_DESC = 'PROGRESS_DESC',
  /** `updatedAt`, newest first; null last. */
  UPDATED_DESC = 'UPDATED_DESC',
  UPDATED_ASC = 'UPDATED_ASC',
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
  /**
   * Entities of other kinds the same vendor answer held in full, so the gateway needs no lookup for
   * them (primed into the request's DataLoaders): a UCloudStack SMC is both the Task and its Source.
   */
  related?: { sources?: Source[] };
}

/** The structured logger adapters receive (pino-compatible subset). Never log secrets. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

