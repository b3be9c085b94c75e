import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A configured credential profile of one provider. Credentials are never exposed. */
export type Account = {
  /** The account id from the configuration. */
  id: Scalars['ID']['output'];
  label?: Maybe<Scalars['String']['output']>;
  provider: Provider;
  regions: Array<Scalars['String']['output']>;
};

export type AccountRegionCount = {
  account: Account;
  /** Tasks not in a terminal state. */
  active: Scalars['Int']['output'];
  /** All matching tasks. */
  count: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  provider: Provider;
  region: Scalars['String']['output'];
};

/** Fields every provider accepts when creating a task. */
export type CreateTaskInput = {
  /** Bandwidth limit in Mbit/s. */
  bandwidthLimitMbps?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  /** A migration project of the same account (Huawei). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The source server (global id); it decides the account and region. */
  sourceId: Scalars['ID']['input'];
  /** A template of the same account (Huawei). */
  templateId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of a delete: the global ids that were deleted. */
export type DeletePayload = {
  deletedIds: Array<Scalars['String']['output']>;
};

export type Disk = {
  device?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Bytes. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  /** Bytes. */
  usedBytes?: Maybe<Scalars['Float']['output']>;
};

export type EtaBucket = {
  bucket: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** Failed tasks sharing one provider error code. */
export type FailureGroup = {
  /** The provider's error code (UNKNOWN when it gave none). */
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  provider: Provider;
  /** Up to five task ids, for drilling down. */
  sampleTaskIds: Array<Scalars['ID']['output']>;
};

/** A migration project: a grouping of sources with defaults (Huawei SMS migprojects). */
export type MigrationProject = Node & {
  account: Account;
  /** ISO-8601 UTC. */
  createdAt?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The provider's own id of this resource. */
  nativeId: Scalars['String']['output'];
  provider: Provider;
  /** The account region the resource lives in. */
  region: Scalars['String']['output'];
};

export type MigrationProjectConnection = {
  edges: Array<MigrationProjectEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<MigrationProject>;
  pageInfo: PageInfo;
  /** Items matching the filter in the accounts that answered. */
  totalCount: Scalars['Int']['output'];
};

export type MigrationProjectEdge = {
  /** Opaque cursor: pass it as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  node: MigrationProject;
};

export type MigrationProjectFilter = {
  /** Account ids from the configuration. */
  accounts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Created at or after this ISO-8601 time. */
  createdAfter?: InputMaybe<Scalars['String']['input']>;
  /** Created before this ISO-8601 time. */
  createdBefore?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What is in flight, where, how fast, and what failed, across every selected account. */
export type MigrationReport = {
  byAccountRegion: Array<AccountRegionCount>;
  byProviderState: Array<ProviderStateCount>;
  /** Remaining time of running tasks. */
  etaDistribution: Array<EtaBucket>;
  /** Running tasks whose provider reports no remaining time. */
  etaUnknown: Scalars['Int']['output'];
  failures: Array<FailureGroup>;
  /** ISO-8601 UTC. */
  generatedAt: Scalars['String']['output'];
  /** The oldest tasks that are not in a terminal state. */
  oldestActive: Array<Task>;
  runningTasks: Scalars['Int']['output'];
  taskCount: Scalars['Int']['output'];
  /** Current aggregate speed of running tasks, bytes per second. */
  throughput: Scalars['Float']['output'];
  /** Bytes to transfer, summed over the tasks. */
  totalBytes: Scalars['Float']['output'];
  /** Bytes transferred, summed over the tasks. */
  transferredBytes: Scalars['Float']['output'];
};

export type Mutation = {
  /** Creates a task for a source with the options every provider shares. */
  createTask: Task;
  /** Final switch-over to the target (Alibaba cutover, UCloudStack complete). */
  cutoverTask: Task;
  /** Deletes source servers of one account and region in one call. */
  deleteSources: DeletePayload;
  /** Deletes tasks of one account and region in one call. */
  deleteTasks: DeletePayload;
  /** Restarts a task from the beginning. */
  restartTask: Task;
  /** Runs an action on a task. UNSUPPORTED_OPERATION when the provider lacks it, CONFLICT when the state refuses it. */
  runTaskAction: Task;
  /** Starts (or resumes) a task. */
  startTask: Task;
  /** Stops a running task. */
  stopTask: Task;
  /** Runs an incremental synchronisation now. */
  syncTask: Task;
  /** Renames (or re-describes) a source server. */
  updateSource: Source;
  updateTask: Task;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCutoverTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSourcesArgs = {
  force?: Scalars['Boolean']['input'];
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteTasksArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRestartTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunTaskActionArgs = {
  action: TaskAction;
  id: Scalars['ID']['input'];
};


export type MutationStartTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStopTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSyncTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateSourceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSourceInput;
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
};

/** An object with a global id (Relay). `node(id:)` resolves any of them. */
export type Node = {
  /** Opaque global id: encodes type, provider, account, region and native id. */
  id: Scalars['ID']['output'];
};

/** Order of a list: by creation time or by name. */
export type OrderBy =
  | 'CREATED_ASC'
  | 'CREATED_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

/** Relay page information. */
export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Progress of a task in normalised units. */
export type Progress = {
  /** Estimated completion time, ISO-8601 UTC. */
  estimatedCompletionAt?: Maybe<Scalars['String']['output']>;
  /** 0 to 100. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** Native phase name. */
  phase?: Maybe<Scalars['String']['output']>;
  /** Estimated seconds left. */
  remainingSeconds?: Maybe<Scalars['Float']['output']>;
  /** Current speed in bytes per second. */
  speed?: Maybe<Scalars['Float']['output']>;
  steps: Array<ProgressStep>;
  /** Bytes to transfer in total. */
  totalBytes?: Maybe<Scalars['Float']['output']>;
  /** Bytes transferred so far. */
  transferredBytes?: Maybe<Scalars['Float']['output']>;
};

/** One step of a migration (Huawei sub-task, UCloudStack subtask, Alibaba run). */
export type ProgressStep = {
  detail?: Maybe<Scalars['String']['output']>;
  /** ISO-8601 UTC. */
  finishedAt?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** 0 to 100. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** ISO-8601 UTC. */
  startedAt?: Maybe<Scalars['String']['output']>;
  /** Native step state, verbatim. */
  state?: Maybe<Scalars['String']['output']>;
};

/** A migration service migraph talks to. */
export type Provider =
  /** Alibaba Cloud Server Migration Center (SMC) 2019-06-01 */
  | 'ALIBABA_SMC'
  /** Huawei Cloud Server Migration Service (SMS) v3 */
  | 'HUAWEI_SMS'
  /** UCloudStack SMC */
  | 'UCLOUDSTACK_SMC';

export type ProviderStateCount = {
  count: Scalars['Int']['output'];
  provider: Provider;
  state: TaskState;
};

export type Query = {
  account?: Maybe<Account>;
  /** Every configured account. */
  accounts: Array<Account>;
  /** Migration projects of every account that has them. */
  migrationProjects: MigrationProjectConnection;
  /** Aggregates over every task matching the filter (all pages, all selected accounts). Failed accounts are reported as errors beside the data. */
  migrationReport: MigrationReport;
  /** Any object by its global id; null when it no longer exists. */
  node?: Maybe<Node>;
  /** Several objects by global id, batched per account. */
  nodes: Array<Maybe<Node>>;
  /** Source servers across every selected account and region. */
  sources: SourceConnection;
  /** Migration tasks across every selected account and region. */
  tasks: TaskConnection;
  /** Target-server templates of every account that has them. */
  templates: TemplateConnection;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMigrationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MigrationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};


export type QueryMigrationReportArgs = {
  filter?: InputMaybe<TaskFilter>;
  oldestLimit?: Scalars['Int']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};


export type QueryTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TemplateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderBy>;
};

/** A source server registered by a migration agent. */
export type Source = Node & {
  account: Account;
  /** Whether the migration agent is connected. */
  agentConnected?: Maybe<Scalars['Boolean']['output']>;
  /** ISO-8601 UTC. */
  agentLastSeenAt?: Maybe<Scalars['String']['output']>;
  cpuCores?: Maybe<Scalars['Int']['output']>;
  /** ISO-8601 UTC. */
  createdAt?: Maybe<Scalars['String']['output']>;
  /** The task currently attached to this source. */
  currentTask?: Maybe<Task>;
  disks: Array<Disk>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  /** Bytes. */
  memoryBytes?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** The provider's own id of this resource. */
  nativeId: Scalars['String']['output'];
  /** The provider's own state, verbatim. */
  nativeState: Scalars['String']['output'];
  osType?: Maybe<Scalars['String']['output']>;
  osVersion?: Maybe<Scalars['String']['output']>;
  provider: Provider;
  /** The account region the resource lives in. */
  region: Scalars['String']['output'];
  state: SourceState;
  tags: Array<Tag>;
};

export type SourceConnection = {
  edges: Array<SourceEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Source>;
  pageInfo: PageInfo;
  /** Items matching the filter in the accounts that answered. */
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  /** Opaque cursor: pass it as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceFilter = {
  /** Account ids from the configuration. */
  accounts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Created at or after this ISO-8601 time. */
  createdAfter?: InputMaybe<Scalars['String']['input']>;
  /** Created before this ISO-8601 time. */
  createdBefore?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  states?: InputMaybe<Array<SourceState>>;
  /** Every tag must match. */
  tags?: InputMaybe<Array<TagInput>>;
};

/** Unified source-server state. */
export type SourceState =
  | 'AVAILABLE'
  | 'DELETING'
  | 'ERROR'
  | 'FINISHED'
  | 'MIGRATING'
  | 'UNAVAILABLE'
  | 'UNKNOWN';

export type Subscription = {
  /** Progress of one task: its current state first, then every change; the stream ends after a terminal state. Polled once per account and region for all subscribers, never per subscriber. */
  taskProgress: TaskProgressEvent;
};


export type SubscriptionTaskProgressArgs = {
  id: Scalars['ID']['input'];
};

/** A key/value tag on a provider resource. */
export type Tag = {
  key: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

/** Matches resources carrying this tag (any value when `value` is null). */
export type TagInput = {
  key: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

/** A migration task: a Huawei SMS task, an Alibaba replication job or a UCloudStack SMC. */
export type Task = Node & {
  account: Account;
  /** Actions the task's current state allows (a console's buttons). */
  availableActions: Array<TaskAction>;
  /** Bandwidth limit in Mbit/s; null when unlimited. */
  bandwidthLimitMbps?: Maybe<Scalars['Float']['output']>;
  /** ISO-8601 UTC. */
  createdAt?: Maybe<Scalars['String']['output']>;
  error?: Maybe<TaskError>;
  /** ISO-8601 UTC. */
  finishedAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO-8601 UTC. */
  lastSyncedAt?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The provider's own id of this resource. */
  nativeId: Scalars['String']['output'];
  /** The provider's own state, verbatim. */
  nativeState: Scalars['String']['output'];
  progress: Progress;
  project?: Maybe<MigrationProject>;
  provider: Provider;
  /** The account region the resource lives in. */
  region: Scalars['String']['output'];
  source?: Maybe<Source>;
  /** ISO-8601 UTC. */
  startedAt?: Maybe<Scalars['String']['output']>;
  state: TaskState;
  tags: Array<Tag>;
  target?: Maybe<TaskTarget>;
  template?: Maybe<Template>;
  /** Native task type, verbatim. */
  type?: Maybe<Scalars['String']['output']>;
};

/** An action on a task. `Task.availableActions` lists the ones its current state allows. */
export type TaskAction =
  | 'CLONE_TEST'
  | 'CUTOVER'
  | 'DELETE'
  | 'NETWORK_CHECK'
  | 'RESTART'
  | 'START'
  | 'STOP'
  | 'SYNC'
  | 'TEST';

export type TaskConnection = {
  edges: Array<TaskEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Task>;
  pageInfo: PageInfo;
  /** Items matching the filter in the accounts that answered. */
  totalCount: Scalars['Int']['output'];
};

export type TaskEdge = {
  /** Opaque cursor: pass it as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  node: Task;
};

/** Why a task failed, as the provider reports it. */
export type TaskError = {
  /** The provider's error code. */
  code?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type TaskFilter = {
  /** Account ids from the configuration. */
  accounts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Created at or after this ISO-8601 time. */
  createdAfter?: InputMaybe<Scalars['String']['input']>;
  /** Created before this ISO-8601 time. */
  createdBefore?: InputMaybe<Scalars['String']['input']>;
  /** Only these tasks (global ids). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only tasks of this source (global id). */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  states?: InputMaybe<Array<TaskState>>;
  /** Every tag must match. */
  tags?: InputMaybe<Array<TagInput>>;
};

/** A change of a watched task, or a status saying its data is stale. */
export type TaskProgressEvent = {
  /** True for the last event of the stream (terminal state, or the task is gone). */
  final: Scalars['Boolean']['output'];
  nativeState?: Maybe<Scalars['String']['output']>;
  /** When the gateway observed this, ISO-8601 UTC. */
  observedAt: Scalars['String']['output'];
  progress?: Maybe<Progress>;
  /** Increases by one per event of this task: a gap means a missed event. */
  sequence: Scalars['Int']['output'];
  /** True when the gateway could not refresh the task; the values are the last known ones. */
  stale: Scalars['Boolean']['output'];
  /** Gateway error code explaining a stale status. */
  staleReason?: Maybe<Scalars['String']['output']>;
  state?: Maybe<TaskState>;
  /** The task as last read (null when it no longer exists). */
  task?: Maybe<Task>;
  /** Global id of the task. */
  taskId: Scalars['ID']['output'];
};

/** Unified task state. Each provider maps its native states onto these; `nativeState` keeps the original. */
export type TaskState =
  | 'CUTTING_OVER'
  | 'DELETING'
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'PREPARING'
  | 'READY_FOR_CUTOVER'
  | 'REPLICATING'
  | 'ROLLING_BACK'
  | 'STOPPED'
  | 'STOPPING'
  | 'SUCCEEDED'
  | 'SYNCING'
  | 'UNKNOWN';

/** What a task migrates to. */
export type TaskTarget = {
  ip?: Maybe<Scalars['String']['output']>;
  /** INSTANCE, IMAGE, CONTAINER_IMAGE, VM or UNKNOWN. */
  kind: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nativeId?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};

/** A target-server blueprint (Huawei SMS templates). */
export type Template = Node & {
  account: Account;
  /** ISO-8601 UTC. */
  createdAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The provider's own id of this resource. */
  nativeId: Scalars['String']['output'];
  provider: Provider;
  /** The account region the resource lives in. */
  region: Scalars['String']['output'];
  /** Region the target server is created in. */
  targetRegion?: Maybe<Scalars['String']['output']>;
};

export type TemplateConnection = {
  edges: Array<TemplateEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Template>;
  pageInfo: PageInfo;
  /** Items matching the filter in the accounts that answered. */
  totalCount: Scalars['Int']['output'];
};

export type TemplateEdge = {
  /** Opaque cursor: pass it as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  node: Template;
};

export type TemplateFilter = {
  /** Account ids from the configuration. */
  accounts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Created at or after this ISO-8601 time. */
  createdAfter?: InputMaybe<Scalars['String']['input']>;
  /** Created before this ISO-8601 time. */
  createdBefore?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateSourceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTaskInput = {
  /** Bandwidth limit in Mbit/s. */
  bandwidthLimitMbps?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsQuery = { accounts: Array<{ id: string, provider: Provider, label?: string | null, regions: Array<string> }> };

export type TaskFieldsFragment = { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } };

export type TasksQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type TasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } }> } };

export type DashboardQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DashboardQuery = { tasks: { totalCount: number, nodes: Array<{ id: string, name: string, provider: Provider, state: TaskState, source?: { name: string, ip?: string | null } | null, template?: { name: string } | null, progress: { percent?: number | null, speed?: number | null, phase?: string | null } }> } };

export type SourcesQueryVariables = Exact<{
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type SourcesQuery = { sources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, nativeId: string, provider: Provider, name: string, ip?: string | null, osType?: string | null, state: SourceState, nativeState: string, agentConnected?: boolean | null, currentTask?: { id: string, state: TaskState } | null }> } };

export type TemplatesQueryVariables = Exact<{
  filter?: InputMaybe<TemplateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TemplatesQuery = { templates: { totalCount: number, nodes: Array<{ id: string, name: string, provider: Provider, targetRegion?: string | null }> } };

export type MigrationProjectsQueryVariables = Exact<{
  filter?: InputMaybe<MigrationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MigrationProjectsQuery = { migrationProjects: { totalCount: number, nodes: Array<{ id: string, name: string, isDefault: boolean, provider: Provider }> } };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { node?:
    | { name: string, id: string }
    | { name: string, id: string, sourceState: SourceState }
    | { name: string, id: string, taskState: TaskState }
    | { name: string, id: string }
   | null };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type UpdateTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type RunTaskActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  action: TaskAction;
}>;


export type RunTaskActionMutation = { runTaskAction: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type StartTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartTaskMutation = { startTask: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type StopTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StopTaskMutation = { stopTask: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type DeleteTasksMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type DeleteTasksMutation = { deleteTasks: { deletedIds: Array<string> } };

export type UpdateSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { updateSource: { id: string, name: string } };

export type DeleteSourcesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  force?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DeleteSourcesMutation = { deleteSources: { deletedIds: Array<string> } };

export type TaskProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskProgressSubscription = { taskProgress: { sequence: number, taskId: string, state?: TaskState | null, nativeState?: string | null, stale: boolean, staleReason?: string | null, final: boolean, progress?: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } | null } };

export type MigrationReportQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  oldestLimit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MigrationReportQuery = { migrationReport: { generatedAt: string, taskCount: number, transferredBytes: number, totalBytes: number, throughput: number, runningTasks: number, etaUnknown: number, byProviderState: Array<{ provider: Provider, state: TaskState, count: number }>, byAccountRegion: Array<{ provider: Provider, region: string, count: number, active: number, failed: number, account: { id: string } }>, etaDistribution: Array<{ bucket: string, count: number }>, failures: Array<{ provider: Provider, code: string, count: number, sampleTaskIds: Array<string> }>, oldestActive: Array<{ id: string, name: string, createdAt?: string | null, state: TaskState }> } };

export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"agentConnected"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const TemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Templates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegion"}}]}}]}}]}}]} as unknown as DocumentNode<TemplatesQuery, TemplatesQueryVariables>;
export const MigrationProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrationProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrationProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]} as unknown as DocumentNode<MigrationProjectsQuery, MigrationProjectsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"taskState"},"name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"sourceState"},"name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const RunTaskActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunTaskAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskAction"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runTaskAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<RunTaskActionMutation, RunTaskActionMutationVariables>;
export const StartTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<StartTaskMutation, StartTaskMutationVariables>;
export const StopTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<StopTaskMutation, StopTaskMutationVariables>;
export const DeleteTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}}]}}]}}]} as unknown as DocumentNode<DeleteTasksMutation, DeleteTasksMutationVariables>;
export const UpdateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const DeleteSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}}]}}]}}]} as unknown as DocumentNode<DeleteSourcesMutation, DeleteSourcesMutationVariables>;
export const TaskProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleReason"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskProgressSubscription, TaskProgressSubscriptionVariables>;
export const MigrationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oldestLimit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"oldestLimit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oldestLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"byProviderState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAccountRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"throughput"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}},{"kind":"Field","name":{"kind":"Name","value":"etaDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"etaUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sampleTaskIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oldestActive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<MigrationReportQuery, MigrationReportQueryVariables>;