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
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. migraph always answers in UTC with milliseconds (2007-12-03T10:15:30.000Z). */
  DateTime: { input: string; output: string; }
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

/** CreateReplicationJob options beyond the fields every provider shares; the unified createTask `alibaba`. */
export type AlibabaCreateTaskOptions = {
  containerNamespace?: InputMaybe<Scalars['String']['input']>;
  containerRepository?: InputMaybe<Scalars['String']['input']>;
  containerTag?: InputMaybe<Scalars['String']['input']>;
  dataDisks?: InputMaybe<Array<AlibabaDataDiskInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  frequencyHours?: InputMaybe<Scalars['Int']['input']>;
  imageName?: InputMaybe<Scalars['String']['input']>;
  /** Target instance (targetType Instance). */
  instanceId?: InputMaybe<Scalars['String']['input']>;
  instanceRamRole?: InputMaybe<Scalars['String']['input']>;
  /** Transit instance type. */
  instanceType?: InputMaybe<Scalars['String']['input']>;
  /** Applied right after the create (Modify parameter). */
  launchTemplateId?: InputMaybe<Scalars['String']['input']>;
  launchTemplateVersion?: InputMaybe<Scalars['String']['input']>;
  licenseType?: InputMaybe<AlibabaLicenseType>;
  maxNumberOfImageToKeep?: InputMaybe<Scalars['Int']['input']>;
  netMode?: InputMaybe<AlibabaNetMode>;
  /** Replication driver parameters (JSON object). */
  replicationParameters?: InputMaybe<Scalars['String']['input']>;
  /** false = incremental job (needs frequencyHours and maxNumberOfImageToKeep). */
  runOnce?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO-8601: the job starts by itself then. */
  scheduledStartTime?: InputMaybe<Scalars['String']['input']>;
  systemDiskParts?: InputMaybe<Array<AlibabaDiskPartInput>>;
  /** GiB (20-500); default the source system disk size. */
  systemDiskSizeGiB?: InputMaybe<Scalars['Int']['input']>;
  tags?: InputMaybe<Array<TagInput>>;
  /** Default Image. */
  targetType?: InputMaybe<AlibabaTargetType>;
  /** Required for VPC transfer. */
  vSwitchId?: InputMaybe<Scalars['String']['input']>;
  /** ISO-8601 expiry: creation + 7 to + 90 days. */
  validTime?: InputMaybe<Scalars['String']['input']>;
  vpcId?: InputMaybe<Scalars['String']['input']>;
};

/** A data disk of an Alibaba source server or replication job. */
export type AlibabaDataDisk = {
  index?: Maybe<Scalars['Int']['output']>;
  parts: Array<AlibabaDiskPart>;
  /** Mount path (source disks only). */
  path?: Maybe<Scalars['String']['output']>;
  /** Bytes. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
};

/** A target data disk (DataDisk.N). */
export type AlibabaDataDiskInput = {
  /** Source data disk index (1-16). */
  index: Scalars['Int']['input'];
  parts?: InputMaybe<Array<AlibabaDiskPartInput>>;
  /** GiB (20-32768). */
  sizeGiB?: InputMaybe<Scalars['Int']['input']>;
};

/** A disk partition of an Alibaba source server or replication job. */
export type AlibabaDiskPart = {
  /** Source: block replication supported. Job: block replication on. */
  block?: Maybe<Scalars['Boolean']['output']>;
  /** Partition device id (`0_1`). */
  device?: Maybe<Scalars['String']['output']>;
  /** Source only: the partition must be migrated. */
  need?: Maybe<Scalars['Boolean']['output']>;
  /** Mount path (source partitions only). */
  path?: Maybe<Scalars['String']['output']>;
  /** Bytes. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
};

/** A target partition (SystemDiskPart.N / DataDisk.N.Part.N). */
export type AlibabaDiskPartInput = {
  /** Block replication (default true). */
  block?: InputMaybe<Scalars['Boolean']['input']>;
  /** Device id from the source partition (`0_1`). */
  device: Scalars['String']['input'];
  /** Bytes; default the source partition size. */
  sizeBytes?: InputMaybe<Scalars['Float']['input']>;
};

/** Alibaba Cloud SMC replication job fields (DescribeReplicationJobs). */
export type AlibabaJobDetails = {
  /** Phase while Running: Preparing, Syncing, Processing, Cleaning. */
  businessStatus?: Maybe<Scalars['String']['output']>;
  containerNamespace?: Maybe<Scalars['String']['output']>;
  containerRepository?: Maybe<Scalars['String']['output']>;
  containerTag?: Maybe<Scalars['String']['output']>;
  dataDisks: Array<AlibabaDataDisk>;
  description?: Maybe<Scalars['String']['output']>;
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Incremental jobs: hours between runs. */
  frequencyHours?: Maybe<Scalars['Int']['output']>;
  imageId?: Maybe<Scalars['String']['output']>;
  imageName?: Maybe<Scalars['String']['output']>;
  /** Target instance (Instance targets). */
  instanceId?: Maybe<Scalars['String']['output']>;
  instanceRamRole?: Maybe<Scalars['String']['output']>;
  /** Transit instance type. */
  instanceType?: Maybe<Scalars['String']['output']>;
  launchTemplateId?: Maybe<Scalars['String']['output']>;
  launchTemplateVersion?: Maybe<Scalars['String']['output']>;
  /** Empty or BYOL. */
  licenseType?: Maybe<Scalars['String']['output']>;
  /** Incremental jobs: images kept. */
  maxNumberOfImageToKeep?: Maybe<Scalars['Int']['output']>;
  /** 0 = public network, 2 = VPC. */
  netMode?: Maybe<Scalars['Int']['output']>;
  /** Destination region. */
  regionId?: Maybe<Scalars['String']['output']>;
  /** Replication driver parameters, verbatim. */
  replicationParameters?: Maybe<Scalars['String']['output']>;
  /** true: one-time job; false: incremental job. */
  runOnce: Scalars['Boolean']['output'];
  runs: Array<AlibabaJobRun>;
  /** ISO-8601 UTC. */
  scheduledStartTime?: Maybe<Scalars['DateTime']['output']>;
  /** Main status: Ready, Running, Stopped, InError, Finished, Waiting, Expired, Deleting. */
  status: Scalars['String']['output'];
  statusInfo?: Maybe<Scalars['String']['output']>;
  systemDiskParts: Array<AlibabaDiskPart>;
  /** Target system disk, bytes. */
  systemDiskSizeBytes?: Maybe<Scalars['Float']['output']>;
  /** Image, ContainerImage or Instance. */
  targetType?: Maybe<Scalars['String']['output']>;
  /** Intermediate (transit) instance. */
  transitionInstanceId?: Maybe<Scalars['String']['output']>;
  vSwitchId?: Maybe<Scalars['String']['output']>;
  /** Expiry, ISO-8601 UTC. */
  validTime?: Maybe<Scalars['DateTime']['output']>;
  vpcId?: Maybe<Scalars['String']['output']>;
};

/** One run of an Alibaba replication job (ReplicationJobRun). */
export type AlibabaJobRun = {
  /** ISO-8601 UTC. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Image the run produced. */
  imageId?: Maybe<Scalars['String']['output']>;
  /** ISO-8601 UTC. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Manual or Schedule. */
  type?: Maybe<Scalars['String']['output']>;
};

export type AlibabaLicenseType =
  | 'BYOL'
  | 'NONE';

/** Target types ModifyReplicationJobAttribute accepts. */
export type AlibabaModifiableTargetType =
  | 'ContainerImage'
  | 'Image';

/** Options ModifyReplicationJobAttribute accepts (state rules apply). */
export type AlibabaModifyReplicationJobInput = {
  containerNamespace?: InputMaybe<Scalars['String']['input']>;
  containerRepository?: InputMaybe<Scalars['String']['input']>;
  containerTag?: InputMaybe<Scalars['String']['input']>;
  dataDisks?: InputMaybe<Array<AlibabaDataDiskInput>>;
  /** Any state. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Incremental jobs: hours between runs (1-168); before the first run or while Waiting. */
  frequencyHours?: InputMaybe<Scalars['Int']['input']>;
  imageName?: InputMaybe<Scalars['String']['input']>;
  instanceId?: InputMaybe<Scalars['String']['input']>;
  instanceRamRole?: InputMaybe<Scalars['String']['input']>;
  /** Transit instance type. */
  instanceType?: InputMaybe<Scalars['String']['input']>;
  launchTemplateId?: InputMaybe<Scalars['String']['input']>;
  launchTemplateVersion?: InputMaybe<Scalars['String']['input']>;
  /** Incremental jobs: images kept (1-10). */
  maxNumberOfImageToKeep?: InputMaybe<Scalars['Int']['input']>;
  /** Any state. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** ISO-8601; later than now, within 30 days. */
  scheduledStartTime?: InputMaybe<Scalars['String']['input']>;
  systemDiskParts?: InputMaybe<Array<AlibabaDiskPartInput>>;
  /** GiB (20-500). */
  systemDiskSizeGiB?: InputMaybe<Scalars['Int']['input']>;
  targetType?: InputMaybe<AlibabaModifiableTargetType>;
  /** ISO-8601; creation + 7 to + 90 days. */
  validTime?: InputMaybe<Scalars['String']['input']>;
};

/** ModifySourceServerAttribute. */
export type AlibabaModifySourceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Data transfer network: PUBLIC (0) or VPC (2, needs vSwitchId). */
export type AlibabaNetMode =
  | 'PUBLIC'
  | 'VPC';

/** Alibaba Cloud SMC source server fields (DescribeSourceServers). */
export type AlibabaSourceDetails = {
  agentVersion?: Maybe<Scalars['String']['output']>;
  architecture?: Maybe<Scalars['String']['output']>;
  dataDisks: Array<AlibabaDataDisk>;
  description?: Maybe<Scalars['String']['output']>;
  /** e.g. SourceServer.Offline. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Agent heartbeat period, seconds. */
  heartbeatRateSeconds?: Maybe<Scalars['Int']['output']>;
  kernelLevel?: Maybe<Scalars['Int']['output']>;
  /** Most recent job (native id). */
  lastJobId?: Maybe<Scalars['String']['output']>;
  platform?: Maybe<Scalars['String']['output']>;
  replicationDriver?: Maybe<Scalars['String']['output']>;
  /** StatusInfo error_code. */
  statusInfoCode?: Maybe<Scalars['String']['output']>;
  /** StatusInfo error_msg. */
  statusInfoMessage?: Maybe<Scalars['String']['output']>;
  systemDiskParts: Array<AlibabaDiskPart>;
  /** Bytes. */
  systemDiskSizeBytes?: Maybe<Scalars['Float']['output']>;
  systemInfo: Array<AlibabaSystemInfoEntry>;
};

/** One SystemInfo entry reported by the SMC agent. */
export type AlibabaSystemInfoEntry = {
  /** Lower-case key: hostname, ipv4, ipv6, cores, cpu_usage, memory, memory_usage, agent_mode, ... */
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** One resource-tag pair (ListTagResources). */
export type AlibabaTagResource = {
  key: Scalars['String']['output'];
  nativeId: Scalars['String']['output'];
  /** Global id of the source or task. */
  resourceId: Scalars['ID']['output'];
  resourceType: AlibabaTagResourceType;
  value?: Maybe<Scalars['String']['output']>;
};

/** SOURCE = source server, TASK = replication job. */
export type AlibabaTagResourceType =
  | 'SOURCE'
  | 'TASK';

/** What an Alibaba replication job delivers. */
export type AlibabaTargetType =
  | 'ContainerImage'
  | 'Image'
  | 'Instance';

/** ModifyReplicationJobAttribute options beyond the name (state rules apply); the unified updateTask `alibaba`. */
export type AlibabaUpdateTaskOptions = {
  containerNamespace?: InputMaybe<Scalars['String']['input']>;
  containerRepository?: InputMaybe<Scalars['String']['input']>;
  containerTag?: InputMaybe<Scalars['String']['input']>;
  dataDisks?: InputMaybe<Array<AlibabaDataDiskInput>>;
  /** Any state. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Incremental jobs: hours between runs (1-168); before the first run or while Waiting. */
  frequencyHours?: InputMaybe<Scalars['Int']['input']>;
  imageName?: InputMaybe<Scalars['String']['input']>;
  instanceId?: InputMaybe<Scalars['String']['input']>;
  instanceRamRole?: InputMaybe<Scalars['String']['input']>;
  /** Transit instance type. */
  instanceType?: InputMaybe<Scalars['String']['input']>;
  launchTemplateId?: InputMaybe<Scalars['String']['input']>;
  launchTemplateVersion?: InputMaybe<Scalars['String']['input']>;
  /** Incremental jobs: images kept (1-10). */
  maxNumberOfImageToKeep?: InputMaybe<Scalars['Int']['input']>;
  /** ISO-8601; later than now, within 30 days. */
  scheduledStartTime?: InputMaybe<Scalars['String']['input']>;
  systemDiskParts?: InputMaybe<Array<AlibabaDiskPartInput>>;
  /** GiB (20-500). */
  systemDiskSizeGiB?: InputMaybe<Scalars['Int']['input']>;
  targetType?: InputMaybe<AlibabaModifiableTargetType>;
  /** ISO-8601; creation + 7 to + 90 days. */
  validTime?: InputMaybe<Scalars['String']['input']>;
};

/** CreateReplicationJob with every target option. */
export type CreateAlibabaReplicationJobInput = {
  /** Integer Mbit/s, merged into replicationParameters as bandwidth_limit. */
  bandwidthLimitMbps?: InputMaybe<Scalars['Int']['input']>;
  containerNamespace?: InputMaybe<Scalars['String']['input']>;
  containerRepository?: InputMaybe<Scalars['String']['input']>;
  containerTag?: InputMaybe<Scalars['String']['input']>;
  dataDisks?: InputMaybe<Array<AlibabaDataDiskInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  frequencyHours?: InputMaybe<Scalars['Int']['input']>;
  imageName?: InputMaybe<Scalars['String']['input']>;
  /** Target instance (targetType Instance). */
  instanceId?: InputMaybe<Scalars['String']['input']>;
  instanceRamRole?: InputMaybe<Scalars['String']['input']>;
  /** Transit instance type. */
  instanceType?: InputMaybe<Scalars['String']['input']>;
  /** Applied right after the create (Modify parameter). */
  launchTemplateId?: InputMaybe<Scalars['String']['input']>;
  launchTemplateVersion?: InputMaybe<Scalars['String']['input']>;
  licenseType?: InputMaybe<AlibabaLicenseType>;
  maxNumberOfImageToKeep?: InputMaybe<Scalars['Int']['input']>;
  /** Unique job name. */
  name?: InputMaybe<Scalars['String']['input']>;
  netMode?: InputMaybe<AlibabaNetMode>;
  /** Destination region; default the source id region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Replication driver parameters (JSON object). */
  replicationParameters?: InputMaybe<Scalars['String']['input']>;
  /** false = incremental job (needs frequencyHours and maxNumberOfImageToKeep). */
  runOnce?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO-8601: the job starts by itself then. */
  scheduledStartTime?: InputMaybe<Scalars['String']['input']>;
  /** Global id of an Alibaba source (must be Available). */
  sourceId: Scalars['ID']['input'];
  systemDiskParts?: InputMaybe<Array<AlibabaDiskPartInput>>;
  /** GiB (20-500); default the source system disk size. */
  systemDiskSizeGiB?: InputMaybe<Scalars['Int']['input']>;
  tags?: InputMaybe<Array<TagInput>>;
  /** Default Image. */
  targetType?: InputMaybe<AlibabaTargetType>;
  /** Required for VPC transfer. */
  vSwitchId?: InputMaybe<Scalars['String']['input']>;
  /** ISO-8601 expiry: creation + 7 to + 90 days. */
  validTime?: InputMaybe<Scalars['String']['input']>;
  vpcId?: InputMaybe<Scalars['String']['input']>;
};

/** Creates a task for a source: the fields every provider shares, plus at most one provider's own options, the one of the source's provider (another one is BAD_USER_INPUT naming it). */
export type CreateTaskInput = {
  /** Alibaba SMC CreateReplicationJob options. */
  alibaba?: InputMaybe<AlibabaCreateTaskOptions>;
  /** Bandwidth limit in whole Mbit/s (every vendor takes integers); 0 or null = unlimited. */
  bandwidthLimitMbps?: InputMaybe<Scalars['Int']['input']>;
  /** Huawei SMS CreateTask options (the target: a templateId or existingServer). */
  huawei?: InputMaybe<HuaweiCreateTaskOptions>;
  name: Scalars['String']['input'];
  /** A migration project of the same account (Huawei). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The source server (global id); it decides the provider, account and region. */
  sourceId: Scalars['ID']['input'];
  /** A template of the same account (Huawei). */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  /** UCloudStack SetupSMC (required there): the SMC is registered by its agent, so createTask configures the SMC `sourceId`; it does not start it. */
  ucloudstack?: InputMaybe<UCloudStackCreateTaskOptions>;
};

/** Why one id of a batch was not deleted: the gateway code, as in `extensions.code`. */
export type DeleteError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** `UNKNOWN` when the delete was sent and its answer lost, and a read-back could not tell whether it was applied (as `extensions.outcome`). */
  outcome?: Maybe<Scalars['String']['output']>;
  /** The vendor's own error code, verbatim. */
  providerCode?: Maybe<Scalars['String']['output']>;
  /** The same delete may succeed later (throttling, an unavailable upstream). */
  retryable: Scalars['Boolean']['output'];
};

/** Result of a delete: the global ids that were deleted. */
export type DeletePayload = {
  deletedIds: Array<Scalars['String']['output']>;
};

/** The outcome of deleting one entity of a batch (a source, a template). */
export type DeleteResult = {
  /** Other entities the provider deleted with it. UCloudStack: the SMC is a source and a task at once, so its Task goes with its Source. */
  alsoDeleted: Array<Scalars['ID']['output']>;
  deleted: Scalars['Boolean']['output'];
  /** Null when deleted. */
  error?: Maybe<DeleteError>;
  /** The id as given. */
  id: Scalars['ID']['output'];
};

/** Result of a batch delete (deleteSources, huaweiDeleteTemplates): one result per id; a partial batch is data, not an error. */
export type DeleteResultsPayload = {
  /** The ids that were deleted. */
  deletedIds: Array<Scalars['ID']['output']>;
  results: Array<DeleteResult>;
};

/** The outcome of deleting one task. */
export type DeleteTaskResult = {
  /** Other entities the provider deleted with the task. UCloudStack: the SMC is the task and its source at once, so its Source goes with it. */
  alsoDeleted: Array<Scalars['ID']['output']>;
  deleted: Scalars['Boolean']['output'];
  /** Null when deleted. */
  error?: Maybe<DeleteError>;
  /** The task id as given. */
  id: Scalars['ID']['output'];
};

/** Result of deleteTasks: one result per id; a partial batch is data, not an error. */
export type DeleteTasksPayload = {
  /** The ids that were deleted. */
  deletedIds: Array<Scalars['ID']['output']>;
  results: Array<DeleteTaskResult>;
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
  /** A sample message of the group, as text (the vendor's message decoded: Alibaba StatusInfo JSON, Huawei error_json filled from the error-code table); null when no task of the group had one. */
  message?: Maybe<Scalars['String']['output']>;
  provider: Provider;
  /** Up to five task ids, for drilling down. */
  sampleTaskIds: Array<Scalars['ID']['output']>;
};

/** Advanced migration options of a task. */
export type HuaweiAdvancedOptions = {
  /** e.g. LINUX_FILE_MIGRATE. */
  migrateType?: Maybe<Scalars['String']['output']>;
  settings: Array<HuaweiConfigSetting>;
  /** Native task id. */
  taskId: Scalars['String']['output'];
};

/** An SMS API version. */
export type HuaweiApiVersion = {
  id: Scalars['String']['output'];
  links: Array<HuaweiApiVersionLink>;
  status?: Maybe<Scalars['String']['output']>;
  /** ISO-8601. */
  updated?: Maybe<Scalars['DateTime']['output']>;
};

export type HuaweiApiVersionLink = {
  href: Scalars['String']['output'];
  rel: Scalars['String']['output'];
};

/** The server cloned by a clone_test action. */
export type HuaweiCloneServer = {
  cloneError?: Maybe<Scalars['String']['output']>;
  cloneState?: Maybe<Scalars['String']['output']>;
  errorMessage?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  vmId?: Maybe<Scalars['String']['output']>;
};

export type HuaweiCollectLogInput = {
  /** OBS bucket. */
  bucket: Scalars['String']['input'];
  /** Validity of the share URL in seconds (300..64800). */
  expireSeconds: Scalars['Int']['input'];
};

/** An advanced migration option (configuration-setting). */
export type HuaweiConfigSetting = {
  /** e.g. EXCLUDE_MIGRATE_PATH, SYNC_EXCLUDE_PATH, ONLY_SYNC_PATH. */
  key: Scalars['String']['output'];
  status?: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type HuaweiConsistencyDirResult = {
  differentFiles: Scalars['Int']['output'];
  directory: Scalars['String']['output'];
  extraOnTarget: Scalars['Int']['output'];
  missingOnTarget: Scalars['Int']['output'];
  totalFiles: Scalars['Int']['output'];
};

/** A consistency verification run. */
export type HuaweiConsistencyResult = {
  checkResult?: Maybe<Scalars['String']['output']>;
  directories: Array<HuaweiConsistencyDirResult>;
  /** ISO-8601 UTC. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** CreateTask with every native option. */
export type HuaweiCreateTaskInput = {
  autoStart?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mbit/s; null or 0 = unlimited. */
  bandwidthLimitMbps?: InputMaybe<Scalars['Int']['input']>;
  consistencyCheck?: InputMaybe<Scalars['Boolean']['input']>;
  /** Use this ECS as the target. Either this or templateId. */
  existingServer?: InputMaybe<HuaweiExistingServerInput>;
  migrationIp?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Percent of the limit above which the task is stopped. */
  overSpeedThreshold?: InputMaybe<Scalars['Float']['input']>;
  /** 0 low, 1 standard, 2 high. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Global id of the Huawei source. */
  sourceId: Scalars['ID']['input'];
  startNetworkCheck?: InputMaybe<Scalars['Boolean']['input']>;
  startTargetServer?: InputMaybe<Scalars['Boolean']['input']>;
  /** Keep synchronising after the first full replication. */
  syncing?: InputMaybe<Scalars['Boolean']['input']>;
  /** Target IAM project id; default: the template project. */
  targetProjectId?: InputMaybe<Scalars['String']['input']>;
  targetProjectName?: InputMaybe<Scalars['String']['input']>;
  /** Default: the template region. */
  targetRegionId?: InputMaybe<Scalars['String']['input']>;
  targetRegionName?: InputMaybe<Scalars['String']['input']>;
  /** Global id of a template: SMS creates the target from it. Either this or existingServer. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  /** MIGRATE_FILE or MIGRATE_BLOCK; default LINUX -> file, WINDOWS -> block. */
  type?: InputMaybe<Scalars['String']['input']>;
  useIpv6?: InputMaybe<Scalars['Boolean']['input']>;
  usePublicIp?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Huawei CreateTask options beyond the fields every provider shares (the unified createTask `huawei`). */
export type HuaweiCreateTaskOptions = {
  autoStart?: InputMaybe<Scalars['Boolean']['input']>;
  consistencyCheck?: InputMaybe<Scalars['Boolean']['input']>;
  /** Use this ECS as the target. Either this or templateId. */
  existingServer?: InputMaybe<HuaweiExistingServerInput>;
  migrationIp?: InputMaybe<Scalars['String']['input']>;
  /** Percent of the limit above which the task is stopped. */
  overSpeedThreshold?: InputMaybe<Scalars['Float']['input']>;
  /** 0 low, 1 standard, 2 high. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  startNetworkCheck?: InputMaybe<Scalars['Boolean']['input']>;
  startTargetServer?: InputMaybe<Scalars['Boolean']['input']>;
  /** Keep synchronising after the first full replication. */
  syncing?: InputMaybe<Scalars['Boolean']['input']>;
  /** Target IAM project id; default: the template project. */
  targetProjectId?: InputMaybe<Scalars['String']['input']>;
  targetProjectName?: InputMaybe<Scalars['String']['input']>;
  /** Default: the template region. */
  targetRegionId?: InputMaybe<Scalars['String']['input']>;
  targetRegionName?: InputMaybe<Scalars['String']['input']>;
  /** MIGRATE_FILE or MIGRATE_BLOCK; default LINUX -> file, WINDOWS -> block. */
  type?: InputMaybe<Scalars['String']['input']>;
  useIpv6?: InputMaybe<Scalars['Boolean']['input']>;
  usePublicIp?: InputMaybe<Scalars['Boolean']['input']>;
};

export type HuaweiDiskAdjustmentInput = {
  /** New size in bytes. */
  adjustSizeBytes: Scalars['Float']['input'];
  id: Scalars['String']['input'];
  needMigration?: InputMaybe<Scalars['Boolean']['input']>;
  physicalVolumes?: InputMaybe<Array<HuaweiVolumeAdjustmentInput>>;
};

/** An environment check result of a source server. */
export type HuaweiEnvironmentCheck = {
  errorCode?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Float']['output']>;
  /** e.g. OS_VERSION, FIRMWARE, RSYNC. */
  name?: Maybe<Scalars['String']['output']>;
  params: Array<Scalars['String']['output']>;
  /** OK, WARN or ERROR. */
  result?: Maybe<Scalars['String']['output']>;
};

/** Use an existing ECS as the target server. */
export type HuaweiExistingServerInput = {
  name: Scalars['String']['input'];
  /** ECS id. */
  vmId: Scalars['String']['input'];
};

/** A source server whose migration failed (ListErrorServers). */
export type HuaweiMigrationError = {
  /** The decoded error_json. */
  error?: Maybe<TaskError>;
  hostName?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Native source id. */
  sourceId?: Maybe<Scalars['String']['output']>;
  sourceIp?: Maybe<Scalars['String']['output']>;
  targetIp?: Maybe<Scalars['String']['output']>;
};

export type HuaweiMigrationErrorPage = {
  items: Array<HuaweiMigrationError>;
  totalCount: Scalars['Int']['output'];
};

/** Huawei SMS-only migration-project fields (the default task profile). */
export type HuaweiMigrationProjectDetails = {
  enterpriseProject?: Maybe<Scalars['String']['output']>;
  existServer?: Maybe<Scalars['Boolean']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  /** Mbit/s; null = unlimited. */
  speedLimitMbps?: Maybe<Scalars['Int']['output']>;
  startNetworkCheck?: Maybe<Scalars['Boolean']['output']>;
  startTargetServer?: Maybe<Scalars['Boolean']['output']>;
  syncing?: Maybe<Scalars['Boolean']['output']>;
  /** MIGRATE_BLOCK or MIGRATE_FILE. */
  type?: Maybe<Scalars['String']['output']>;
  usePublicIp?: Maybe<Scalars['Boolean']['output']>;
};

/** A migration project (full object: SMS replaces it on update). */
export type HuaweiMigrationProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enterpriseProject?: InputMaybe<Scalars['String']['input']>;
  existServer: Scalars['Boolean']['input'];
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** 2..19 characters, unique. */
  name: Scalars['String']['input'];
  region: Scalars['String']['input'];
  /** Mbit/s; null = unlimited. */
  speedLimitMbps?: InputMaybe<Scalars['Int']['input']>;
  startNetworkCheck?: InputMaybe<Scalars['Boolean']['input']>;
  startTargetServer?: InputMaybe<Scalars['Boolean']['input']>;
  syncing: Scalars['Boolean']['input'];
  /** MIGRATE_BLOCK or MIGRATE_FILE. */
  type: Scalars['String']['input'];
  usePublicIp: Scalars['Boolean']['input'];
};

/** A NIC of a source server. */
export type HuaweiNetwork = {
  gateway?: Maybe<Scalars['String']['output']>;
  ip?: Maybe<Scalars['String']['output']>;
  ipv6?: Maybe<Scalars['String']['output']>;
  mac?: Maybe<Scalars['String']['output']>;
  mtu?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  netmask?: Maybe<Scalars['String']['output']>;
};

export type HuaweiNetworkAclCheckInput = {
  /** WINDOWS or LINUX. */
  osType: Scalars['String']['input'];
  regionId: Scalars['String']['input'];
  /** Target subnet id. */
  targetNetworkId: Scalars['String']['input'];
  /** Target IAM project id. */
  targetProjectId: Scalars['String']['input'];
};

export type HuaweiNetworkAclCheckResult = {
  /** True when SMS accepted the target NICs and security groups (it refuses with SMS.6605 otherwise). */
  passed: Scalars['Boolean']['output'];
};

/** Network measurement of a network_check action (units not stated by the vendor). */
export type HuaweiNetworkCheck = {
  /** Percent. */
  cpuUsage?: Maybe<Scalars['Float']['output']>;
  destinationConnectivity?: Maybe<Scalars['Boolean']['output']>;
  domainConnectivity?: Maybe<Scalars['Boolean']['output']>;
  evaluationResult?: Maybe<Scalars['String']['output']>;
  /** Percent. */
  lossPercentage?: Maybe<Scalars['Float']['output']>;
  /** Percent. */
  memUsage?: Maybe<Scalars['Float']['output']>;
  migrationSpeed?: Maybe<Scalars['Float']['output']>;
  networkDelay?: Maybe<Scalars['Float']['output']>;
  networkJitter?: Maybe<Scalars['Float']['output']>;
};

export type HuaweiNic = {
  cidr?: Maybe<Scalars['String']['output']>;
  /** Subnet id, or autoCreate. */
  id: Scalars['String']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type HuaweiNicInput = {
  cidr: Scalars['String']['input'];
  /** Subnet id, or autoCreate. */
  id: Scalars['String']['input'];
  ip?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type HuaweiPublicIp = {
  bandwidthShareType?: Maybe<Scalars['String']['output']>;
  /** Mbit/s. */
  bandwidthSizeMbps?: Maybe<Scalars['Int']['output']>;
  /** e.g. 5_bgp. */
  type: Scalars['String']['output'];
};

export type HuaweiPublicIpInput = {
  bandwidthShareType?: InputMaybe<Scalars['String']['input']>;
  /** Mbit/s (1..2000). */
  bandwidthSizeMbps: Scalars['Int']['input'];
  /** e.g. 5_bgp. */
  type: Scalars['String']['input'];
};

/** Resource usage the Agent last reported. */
export type HuaweiResourceUsage = {
  /** Percent. */
  agentCpu?: Maybe<Scalars['Float']['output']>;
  /** Bytes per second. */
  agentDiskIo?: Maybe<Scalars['Float']['output']>;
  /** Bytes. */
  agentMemoryBytes?: Maybe<Scalars['Float']['output']>;
  /** Percent. */
  serverCpu?: Maybe<Scalars['Float']['output']>;
  /** Bytes per second. */
  serverDiskIo?: Maybe<Scalars['Float']['output']>;
  /** Bytes. */
  serverMemoryBytes?: Maybe<Scalars['Float']['output']>;
};

export type HuaweiSecurityGroup = {
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type HuaweiSecurityGroupInput = {
  id: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type HuaweiSettingInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** Huawei SMS-only source-server fields. */
export type HuaweiSourceDetails = {
  agentVersion?: Maybe<Scalars['String']['output']>;
  checks: Array<HuaweiEnvironmentCheck>;
  consistencyResultExists?: Maybe<Scalars['Boolean']['output']>;
  currentTask?: Maybe<HuaweiSourceTaskSummary>;
  enterpriseProjectId?: Maybe<Scalars['String']['output']>;
  /** BIOS or UEFI. */
  firmware?: Maybe<Scalars['String']['output']>;
  hasTc?: Maybe<Scalars['Boolean']['output']>;
  hostname?: Maybe<Scalars['String']['output']>;
  /** checking, setting, replicating, syncing, cutovering, cutovered. */
  migrationCycle?: Maybe<Scalars['String']['output']>;
  networks: Array<HuaweiNetwork>;
  oemSystem?: Maybe<Scalars['Boolean']['output']>;
  /** Bytes. */
  replicatedBytes?: Maybe<Scalars['Float']['output']>;
  /** ISO-8601 UTC. */
  stageChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ISO-8601 UTC. */
  stateChangedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Bytes. */
  totalBytes?: Maybe<Scalars['Float']['output']>;
};

/** Number of source servers per native state (ShowOverview). */
export type HuaweiSourceOverview = {
  cloning: Scalars['Int']['output'];
  cutovering: Scalars['Int']['output'];
  deleting: Scalars['Int']['output'];
  error: Scalars['Int']['output'];
  finished: Scalars['Int']['output'];
  initialize: Scalars['Int']['output'];
  replicate: Scalars['Int']['output'];
  stopped: Scalars['Int']['output'];
  stopping: Scalars['Int']['output'];
  syncing: Scalars['Int']['output'];
  unavailable: Scalars['Int']['output'];
  /** Sources with no target server configured. */
  unconfigured: Scalars['Int']['output'];
  waiting: Scalars['Int']['output'];
};

/** The task a source server reports as its current one. */
export type HuaweiSourceTaskSummary = {
  id: Scalars['String']['output'];
  logCollectStatus?: Maybe<Scalars['String']['output']>;
  logShareUrl?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  nativeState?: Maybe<Scalars['String']['output']>;
  remainingSeconds?: Maybe<Scalars['Float']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: TaskState;
  targetRegionId?: Maybe<Scalars['String']['output']>;
  targetVmId?: Maybe<Scalars['String']['output']>;
  targetVmName?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  vmTemplateId?: Maybe<Scalars['String']['output']>;
};

/** A time-window migration rate limit. */
export type HuaweiSpeedLimitRule = {
  /** HH:MM. */
  end: Scalars['String']['output'];
  /** Percent above which the task is stopped. */
  overSpeedThreshold?: Maybe<Scalars['Float']['output']>;
  /** Mbit/s. */
  speedMbps: Scalars['Int']['output'];
  /** HH:MM. */
  start: Scalars['String']['output'];
};

export type HuaweiSpeedLimitRuleInput = {
  /** HH:MM. */
  end: Scalars['String']['input'];
  /** Percent above which the task is stopped. */
  overSpeedThreshold?: InputMaybe<Scalars['Float']['input']>;
  /** Mbit/s (0..10000). */
  speedMbps: Scalars['Int']['input'];
  /** HH:MM. */
  start: Scalars['String']['input'];
};

/** A Huawei SMS sub-task (a step of a migration round). */
export type HuaweiSubTask = {
  /** ISO-8601 UTC. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['Float']['output']>;
  /** Sub-task name, e.g. MIGRATE_LINUX_FILE, SYNC_LINUX_FILE, CONFIGURE_WINDOWS. */
  name: Scalars['String']['output'];
  processTrace?: Maybe<Scalars['String']['output']>;
  /** 0..100. */
  progress?: Maybe<Scalars['Int']['output']>;
  /** Bytes per second (the vendor reports Mbit/s). */
  speed?: Maybe<Scalars['Float']['output']>;
  /** ISO-8601 UTC. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The round that produced the step: REPLICATE, CUTOVER0, RESYNC0, ... */
  userOp?: Maybe<Scalars['String']['output']>;
};

/** Huawei SMS-only task fields. */
export type HuaweiTaskDetails = {
  /** Whether the source Agent is connected (task details only). */
  agentConnected?: Maybe<Scalars['Boolean']['output']>;
  cloneServer?: Maybe<HuaweiCloneServer>;
  /** True when read with ShowTask (all fields); false for list items (fewer fields). */
  complete: Scalars['Boolean']['output'];
  compressRate?: Maybe<Scalars['Float']['output']>;
  enterpriseProjectId?: Maybe<Scalars['String']['output']>;
  floatIp?: Maybe<Scalars['String']['output']>;
  logCollectStatus?: Maybe<Scalars['String']['output']>;
  migrationIp?: Maybe<Scalars['String']['output']>;
  networkCheck?: Maybe<HuaweiNetworkCheck>;
  /** WINDOWS or LINUX. */
  osType?: Maybe<Scalars['String']['output']>;
  /** 0 low, 1 standard, 2 high. */
  priority?: Maybe<Scalars['Int']['output']>;
  sourceMigrationCycle?: Maybe<Scalars['String']['output']>;
  sourceServerName?: Maybe<Scalars['String']['output']>;
  /** Native source-server state as the task reports it. */
  sourceServerState?: Maybe<Scalars['String']['output']>;
  specialConfig: Array<HuaweiConfigSetting>;
  startTargetServer?: Maybe<Scalars['Boolean']['output']>;
  subTasks: Array<HuaweiSubTask>;
  /** Continuous synchronisation after the first replication. */
  syncing?: Maybe<Scalars['Boolean']['output']>;
  /** IAM project of the target (not a migration project). */
  targetProjectId?: Maybe<Scalars['String']['output']>;
  targetProjectName?: Maybe<Scalars['String']['output']>;
  targetRegionId?: Maybe<Scalars['String']['output']>;
  targetRegionName?: Maybe<Scalars['String']['output']>;
  targetServer?: Maybe<HuaweiTaskTargetServer>;
  targetSnapshotId?: Maybe<Scalars['String']['output']>;
  /** `total_time` verbatim; the vendor does not state its unit. */
  totalTime?: Maybe<Scalars['Float']['output']>;
  usage?: Maybe<HuaweiResourceUsage>;
};

/** The target server of a Huawei SMS task. */
export type HuaweiTaskTargetServer = {
  cutoveredSnapshotIds?: Maybe<Scalars['String']['output']>;
  disks: Array<Disk>;
  id?: Maybe<Scalars['String']['output']>;
  imageDiskId?: Maybe<Scalars['String']['output']>;
  ip?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  osType?: Maybe<Scalars['String']['output']>;
  osVersion?: Maybe<Scalars['String']['output']>;
  systemDir?: Maybe<Scalars['String']['output']>;
  /** ECS id. */
  vmId?: Maybe<Scalars['String']['output']>;
};

/** Huawei SMS-only template fields. The target password is never here (huaweiTemplateTargetPassword). */
export type HuaweiTemplateDetails = {
  availabilityZone?: Maybe<Scalars['String']['output']>;
  dataVolumeType?: Maybe<Scalars['String']['output']>;
  disks: Array<HuaweiTemplateDisk>;
  flavor?: Maybe<Scalars['String']['output']>;
  /** Whether a target password is stored. */
  hasTargetPassword: Scalars['Boolean']['output'];
  imageId?: Maybe<Scalars['String']['output']>;
  /** A general template (true) or one bound to a task (false). */
  isGeneral?: Maybe<Scalars['Boolean']['output']>;
  nics: Array<HuaweiNic>;
  publicIp?: Maybe<HuaweiPublicIp>;
  securityGroups: Array<HuaweiSecurityGroup>;
  targetProjectId?: Maybe<Scalars['String']['output']>;
  targetServerName?: Maybe<Scalars['String']['output']>;
  volumeType?: Maybe<Scalars['String']['output']>;
  vpc?: Maybe<HuaweiVpc>;
};

export type HuaweiTemplateDisk = {
  deviceUse?: Maybe<Scalars['String']['output']>;
  /** SAS, SSD or SATA. */
  diskType?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  index?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** Bytes (the vendor uses GB). */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
};

export type HuaweiTemplateDiskInput = {
  deviceUse?: InputMaybe<Scalars['String']['input']>;
  /** SAS, SSD or SATA. */
  diskType: Scalars['String']['input'];
  index: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  /** GB. */
  sizeGb: Scalars['Int']['input'];
};

/** A target-server template. The password is write-only. */
export type HuaweiTemplateInput = {
  availabilityZone?: InputMaybe<Scalars['String']['input']>;
  dataVolumeType?: InputMaybe<Scalars['String']['input']>;
  disks?: InputMaybe<Array<HuaweiTemplateDiskInput>>;
  flavor?: InputMaybe<Scalars['String']['input']>;
  imageId?: InputMaybe<Scalars['String']['input']>;
  /** A general template (true) or one bound to a task (false). */
  isGeneral: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  nics?: InputMaybe<Array<HuaweiNicInput>>;
  publicIp?: InputMaybe<HuaweiPublicIpInput>;
  /** Target region. */
  region: Scalars['String']['input'];
  securityGroups?: InputMaybe<Array<HuaweiSecurityGroupInput>>;
  /** Write-only: never returned. */
  targetPassword?: InputMaybe<Scalars['String']['input']>;
  /** Target IAM project id. */
  targetProjectId: Scalars['String']['input'];
  targetServerName?: InputMaybe<Scalars['String']['input']>;
  volumeType?: InputMaybe<Scalars['String']['input']>;
  vpc?: InputMaybe<HuaweiVpcInput>;
};

/** UpdateServerName: rename, move to a migration project, resize or exclude disks and volumes. */
export type HuaweiUpdateSourceInput = {
  disks?: InputMaybe<Array<HuaweiDiskAdjustmentInput>>;
  /** Global id of the migration project to move the source to. */
  migrationProjectId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  volumeGroups?: InputMaybe<Array<HuaweiVolumeGroupAdjustmentInput>>;
};

/** UpdateTask: the writable fields. */
export type HuaweiUpdateTaskInput = {
  /** Mbit/s; null = unlimited (leave the field out to keep it). */
  bandwidthLimitMbps?: InputMaybe<Scalars['Int']['input']>;
  existServer?: InputMaybe<Scalars['Boolean']['input']>;
  migrationIp?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  startTargetServer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Huawei UpdateTask options beyond name and bandwidth (the unified updateTask `huawei`). */
export type HuaweiUpdateTaskOptions = {
  existServer?: InputMaybe<Scalars['Boolean']['input']>;
  migrationIp?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  startTargetServer?: InputMaybe<Scalars['Boolean']['input']>;
};

export type HuaweiVolumeAdjustmentInput = {
  /** New size in bytes. */
  adjustSizeBytes?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['String']['input'];
  needMigration?: InputMaybe<Scalars['Boolean']['input']>;
};

export type HuaweiVolumeGroupAdjustmentInput = {
  adjustSizeBytes?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['String']['input'];
  logicalVolumes?: InputMaybe<Array<HuaweiVolumeAdjustmentInput>>;
  needMigration?: InputMaybe<Scalars['Boolean']['input']>;
};

export type HuaweiVpc = {
  cidr?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type HuaweiVpcInput = {
  cidr?: InputMaybe<Scalars['String']['input']>;
  /** VPC id, or autoCreate. */
  id: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** A migration project: a grouping of sources with defaults (Huawei SMS migprojects). */
export type MigrationProject = Node & {
  account: Account;
  /** ISO-8601 UTC. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Huawei SMS-only fields; null for other providers. */
  huawei?: Maybe<HuaweiMigrationProjectDetails>;
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
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before this ISO-8601 time. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
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
  generatedAt: Scalars['DateTime']['output'];
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
  /** Alibaba CutOverReplicationJob: ends a Waiting incremental job; syncData runs one final full sync first. */
  alibabaCutOverReplicationJob: Task;
  /** Alibaba DeleteSourceServer; force also deletes its (non-running) jobs. */
  alibabaDeleteSource: DeletePayload;
  /** Alibaba ModifyReplicationJobAttribute: name/description any time, other options per the job state. */
  alibabaModifyReplicationJob: Task;
  /** Alibaba ModifySourceServerAttribute (name must stay unique). */
  alibabaModifySource: Source;
  /** Alibaba TagResources: adds (or overwrites) tags on sources and/or tasks; at most 20 tags per resource. */
  alibabaTagResources: Array<Scalars['ID']['output']>;
  /** Alibaba UntagResources: removes the given keys, or every tag when all is true. */
  alibabaUntagResources: Array<Scalars['ID']['output']>;
  /** Alibaba CreateReplicationJob with the full native option set. With an `idempotencyKey`, a repeated mutation creates one job (the key becomes the ClientToken). */
  createAlibabaReplicationJob: Task;
  /** CreateTask with every native option (target from a template or an existing ECS). */
  createHuaweiTask: Task;
  /** Creates a task for a source: the shared fields plus the source provider's own options (`huawei`, `alibaba` or `ucloudstack`). UCloudStack: configures the agent-registered SMC (SetupSMC); `ucloudstack` is required. */
  createTask: Task;
  /** Final switch-over to the target (Alibaba cutover, UCloudStack complete). */
  cutoverTask: Task;
  /** Deletes source servers of any accounts and regions: one provider batch per account and region, one result per id. An atomic vendor batch (Huawei DeleteServers) succeeds or fails whole; Alibaba and UCloudStack delete id by id. Deleting a UCloudStack source deletes its task too (the SMC is both): see `alsoDeleted`. */
  deleteSources: DeleteResultsPayload;
  /** Deletes tasks of any accounts and regions: one provider batch per account and region, one result per id. An atomic vendor batch (Huawei DeleteTasks) succeeds or fails whole; Alibaba and UCloudStack delete id by id. Deleting a UCloudStack task deletes its source too (the SMC is both): see `alsoDeleted`. */
  deleteTasks: DeleteTasksPayload;
  /** CollectLog: uploads the task logs to an OBS bucket (share URL in Source.huawei.currentTask.logShareUrl). */
  huaweiCollectLog: Task;
  /** CreateMigproject. Names are 2..19 characters and unique (SMS.7312). */
  huaweiCreateMigrationProject: MigrationProject;
  /** CreateTemplate. The target password is write-only. */
  huaweiCreateTemplate: Template;
  /** DeleteMigproject: only projects without servers (SMS.7311), never the default one (SMS.7303). */
  huaweiDeleteMigrationProject: DeletePayload;
  /** DeleteTemplate / DeleteTemplates: one vendor batch per account, atomic (all its templates deleted, or the batch refused whole: CONFLICT SMS.7111 while tasks use a template); one result per id, so accounts that succeeded are never hidden by one that failed. */
  huaweiDeleteTemplates: DeleteResultsPayload;
  /** UpdateTaskStatus with its options: CLONE_TEST needs templateId; switchHce switches the target OS to Huawei Cloud EulerOS. CONFLICT when the state refuses it. */
  huaweiRunTaskAction: Task;
  /** UploadSpecialConfigurationSetting: sets advanced migration options (0..10 per call). */
  huaweiSetAdvancedOptions: HuaweiAdvancedOptions;
  /** UpdateDefaultMigproject: newly registered sources join this project. */
  huaweiSetDefaultMigrationProject: MigrationProject;
  /** UpdateSpeed: replaces the time-window rate limits of a task; returns them as stored. */
  huaweiSetSpeedLimits: Array<HuaweiSpeedLimitRule>;
  /** CreatePrivacyAgreements: signs the SMS privacy agreement; returns the new state. */
  huaweiSignPrivacyAgreement: Scalars['Boolean']['output'];
  /** UnlockTargetEcs: unlocks the target server of a task. */
  huaweiUnlockTargetServer: Task;
  /** UpdateMigproject (full object). */
  huaweiUpdateMigrationProject: MigrationProject;
  /** UpdateServerName: rename, move to a migration project, resize or exclude disks and volumes. */
  huaweiUpdateSource: Source;
  /** UpdateTask: name, bandwidth limit, priority, migration IP, start-target flag. */
  huaweiUpdateTask: Task;
  /** UpdateTemplate (SMS replaces the template object). */
  huaweiUpdateTemplate: Template;
  /** Restarts a task from the beginning. */
  restartTask: Task;
  /** Runs an action on a task. UNSUPPORTED_OPERATION when the provider lacks it, CONFLICT when the state refuses it. */
  runTaskAction: Task;
  /** Starts (or resumes) a task. */
  startTask: Task;
  /** Stops a running task. */
  stopTask: Task;
  /** CompleteSMC: finishes the sync and converts the transfer VM into the migrated server (from Synced). */
  ucloudstackCompleteSmc: Task;
  /** DeleteSMC: the task as it looks afterwards (DELETING), or null when already gone. */
  ucloudstackDeleteSmc?: Maybe<Task>;
  /** SetupSMC: configures an SMC (state Online or Synced, not locked). The password is write-only. Does not start the migration. */
  ucloudstackSetupSmc: Task;
  /** StartSMC: starts a sync round (Online or Synced). CONFLICT in other states. */
  ucloudstackStartSmc: Task;
  /** StopSMC: stops the running sync (state Stopping). CONFLICT unless Preparing or Syncing. */
  ucloudstackStopSmc: Task;
  /** Renames (or re-describes) a source server. */
  updateSource: Source;
  /** Changes a task: name, bandwidth and the task provider's own options (`huawei`, `alibaba` or `ucloudstack`). */
  updateTask: Task;
};


export type MutationAlibabaCutOverReplicationJobArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  syncData?: InputMaybe<Scalars['Boolean']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationAlibabaDeleteSourceArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['ID']['input'];
};


export type MutationAlibabaModifyReplicationJobArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AlibabaModifyReplicationJobInput;
  taskId: Scalars['ID']['input'];
};


export type MutationAlibabaModifySourceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AlibabaModifySourceInput;
  sourceId: Scalars['ID']['input'];
};


export type MutationAlibabaTagResourcesArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
  tags: Array<TagInput>;
};


export type MutationAlibabaUntagResourcesArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type MutationCreateAlibabaReplicationJobArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateAlibabaReplicationJobInput;
};


export type MutationCreateHuaweiTaskArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HuaweiCreateTaskInput;
};


export type MutationCreateTaskArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateTaskInput;
};


export type MutationCutoverTaskArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteSourcesArgs = {
  force?: Scalars['Boolean']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationDeleteTasksArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationHuaweiCollectLogArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HuaweiCollectLogInput;
  taskId: Scalars['ID']['input'];
};


export type MutationHuaweiCreateMigrationProjectArgs = {
  account: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HuaweiMigrationProjectInput;
  region?: InputMaybe<Scalars['String']['input']>;
};


export type MutationHuaweiCreateTemplateArgs = {
  account: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HuaweiTemplateInput;
  region?: InputMaybe<Scalars['String']['input']>;
};


export type MutationHuaweiDeleteMigrationProjectArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationHuaweiDeleteTemplatesArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ids: Array<Scalars['ID']['input']>;
};


export type MutationHuaweiRunTaskActionArgs = {
  action: TaskAction;
  consistencyCheck?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  switchHce?: InputMaybe<Scalars['Boolean']['input']>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationHuaweiSetAdvancedOptionsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  settings: Array<HuaweiSettingInput>;
  taskId: Scalars['ID']['input'];
};


export type MutationHuaweiSetDefaultMigrationProjectArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationHuaweiSetSpeedLimitsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rules: Array<HuaweiSpeedLimitRuleInput>;
  taskId: Scalars['ID']['input'];
};


export type MutationHuaweiSignPrivacyAgreementArgs = {
  account: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationHuaweiUnlockTargetServerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type MutationHuaweiUpdateMigrationProjectArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HuaweiMigrationProjectInput;
};


export type MutationHuaweiUpdateSourceArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HuaweiUpdateSourceInput;
};


export type MutationHuaweiUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HuaweiUpdateTaskInput;
};


export type MutationHuaweiUpdateTemplateArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: HuaweiTemplateInput;
};


export type MutationRestartTaskArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRunTaskActionArgs = {
  action: TaskAction;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStartTaskArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStopTaskArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUcloudstackCompleteSmcArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUcloudstackDeleteSmcArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUcloudstackSetupSmcArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UCloudStackSetupSmcInput;
};


export type MutationUcloudstackStartSmcArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUcloudstackStopSmcArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateSourceArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateSourceInput;
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateTaskInput;
};

/** An object with a global id (Relay). `node(id:)` resolves any of them. */
export type Node = {
  /** Opaque global id: encodes type, provider, account, region and native id. */
  id: Scalars['ID']['output'];
};

/** Order of a list: by creation time, name, unified state, progress or update time. Ties go by native id; a missing key (no progress, no updatedAt) sorts last either way. */
export type OrderBy =
  /** Oldest first. */
  | 'CREATED_ASC'
  /** Newest first (the default). */
  | 'CREATED_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** By progress.percent, least first; tasks without a percent, and sources, last. */
  | 'PROGRESS_ASC'
  /** By progress.percent, most first; tasks without a percent, and sources, last. */
  | 'PROGRESS_DESC'
  /** By unified state, in the order TaskState / SourceState list their values (PENDING first for tasks). */
  | 'STATE_ASC'
  /** By unified state, reversed. */
  | 'STATE_DESC'
  /** By updatedAt, least recent first; null last. */
  | 'UPDATED_ASC'
  /** By updatedAt, most recent first; null (providers that do not report it) last. */
  | 'UPDATED_DESC';

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
  estimatedCompletionAt?: Maybe<Scalars['DateTime']['output']>;
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
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** 0 to 100. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** ISO-8601 UTC. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
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
  /** Alibaba ListTagResources: the tags of an account's sources or jobs (every page), optionally filtered by tags (ANDed). */
  alibabaResourceTags: Array<AlibabaTagResource>;
  /** ShowConfigSetting: advanced migration options of a task (all, or one key). */
  huaweiAdvancedOptions: HuaweiAdvancedOptions;
  /** ShowApiVersion, e.g. version "v3". */
  huaweiApiVersion?: Maybe<HuaweiApiVersion>;
  /** ListApiVersion: the SMS API versions of the account endpoint. */
  huaweiApiVersions: Array<HuaweiApiVersion>;
  /** CheckNetAcl: whether the target subnet NICs and security groups meet the requirements (refusal: SMS.6605). */
  huaweiCheckNetworkAcl: HuaweiNetworkAclCheckResult;
  /** ShowConsistencyResult: consistency verification results of a task. */
  huaweiConsistencyResults: Array<HuaweiConsistencyResult>;
  /** ListErrorServers: source servers whose migration failed, with the decoded error. */
  huaweiErrorServers: HuaweiMigrationErrorPage;
  /** ShowPrivacyAgreements: whether the account signed the SMS privacy agreement. */
  huaweiPrivacyAgreementSigned: Scalars['Boolean']['output'];
  /** ShowOverview: number of source servers per native state. */
  huaweiSourceOverview: HuaweiSourceOverview;
  /** ShowsSpeedLimits: the time-window rate limits of a task. */
  huaweiSpeedLimits: Array<HuaweiSpeedLimitRule>;
  /** SENSITIVE: the target-server password stored in a template (ShowTargetPassword). Null when none is stored. */
  huaweiTemplateTargetPassword?: Maybe<Scalars['String']['output']>;
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
  /** DescribeSMC on one account and region (default: its first region), with the vendor filters and Offset/Limit paging. */
  ucloudstackSmcs: UCloudStackSmcPage;
  /** The calling principal: id, scopes and accounts (never its credential). */
  viewer: Viewer;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlibabaResourceTagsArgs = {
  account: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  resourceType: AlibabaTagResourceType;
  tags?: InputMaybe<Array<TagInput>>;
};


export type QueryHuaweiAdvancedOptionsArgs = {
  key?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
};


export type QueryHuaweiApiVersionArgs = {
  account: Scalars['ID']['input'];
  version: Scalars['String']['input'];
};


export type QueryHuaweiApiVersionsArgs = {
  account: Scalars['ID']['input'];
};


export type QueryHuaweiCheckNetworkAclArgs = {
  account: Scalars['ID']['input'];
  input: HuaweiNetworkAclCheckInput;
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHuaweiConsistencyResultsArgs = {
  taskId: Scalars['ID']['input'];
};


export type QueryHuaweiErrorServersArgs = {
  account: Scalars['ID']['input'];
  enterpriseProjectId?: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  migrationProjectId?: InputMaybe<Scalars['ID']['input']>;
  offset?: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHuaweiPrivacyAgreementSignedArgs = {
  account: Scalars['ID']['input'];
};


export type QueryHuaweiSourceOverviewArgs = {
  account: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHuaweiSpeedLimitsArgs = {
  taskId: Scalars['ID']['input'];
};


export type QueryHuaweiTemplateTargetPasswordArgs = {
  templateId: Scalars['ID']['input'];
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


export type QueryUcloudstackSmcsArgs = {
  account: Scalars['ID']['input'];
  filter?: InputMaybe<UCloudStackSmcFilter>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A source server registered by a migration agent. */
export type Source = Node & {
  account: Account;
  /** Whether the migration agent is connected. */
  agentConnected?: Maybe<Scalars['Boolean']['output']>;
  /** ISO-8601 UTC. */
  agentLastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Alibaba Cloud SMC-only fields; null for other providers. */
  alibaba?: Maybe<AlibabaSourceDetails>;
  cpuCores?: Maybe<Scalars['Int']['output']>;
  /** ISO-8601 UTC. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The task currently attached to this source. */
  currentTask?: Maybe<Task>;
  disks: Array<Disk>;
  /** Huawei SMS-only fields; null for other providers. */
  huawei?: Maybe<HuaweiSourceDetails>;
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
  /** When the native state last changed. Null where the provider does not report it (Alibaba, UCloudStack, Huawei tasks); Huawei source state_action_time. */
  stateChangedAt?: Maybe<Scalars['DateTime']['output']>;
  tags: Array<Tag>;
  /** UCloudStack SMC-only fields; null for other providers. */
  ucloudstack?: Maybe<UCloudStackSmcDetails>;
  /** When the provider last changed the record. Null where the provider does not report it (Huawei, Alibaba); UCloudStack UpdateTime. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
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
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before this ISO-8601 time. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
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
  /** Changes of every task the filter selects (by provider, account, region, unified state or ids): the current state of each matching task first, then only changes, each with its own per-task `sequence`. A slow client gets the latest state of each task, not a queue. Without `ids` it follows whole accounts and regions, including new tasks. */
  taskUpdates: TaskProgressEvent;
};


export type SubscriptionTaskProgressArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionTaskUpdatesArgs = {
  filter?: InputMaybe<TaskUpdatesFilter>;
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
  /** Alibaba Cloud SMC-only fields; null for other providers. */
  alibaba?: Maybe<AlibabaJobDetails>;
  /** Actions the task's current state allows (a console's buttons). */
  availableActions: Array<TaskAction>;
  /** Bandwidth limit in Mbit/s; null when unlimited. */
  bandwidthLimitMbps?: Maybe<Scalars['Float']['output']>;
  /** ISO-8601 UTC. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  error?: Maybe<TaskError>;
  /** ISO-8601 UTC. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Huawei SMS-only fields; null for other providers. */
  huawei?: Maybe<HuaweiTaskDetails>;
  id: Scalars['ID']['output'];
  /** ISO-8601 UTC. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
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
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: TaskState;
  /** When the native state last changed. Null where the provider does not report it (Alibaba, UCloudStack, Huawei tasks); Huawei source state_action_time. */
  stateChangedAt?: Maybe<Scalars['DateTime']['output']>;
  tags: Array<Tag>;
  target?: Maybe<TaskTarget>;
  template?: Maybe<Template>;
  /** Native task type, verbatim. */
  type?: Maybe<Scalars['String']['output']>;
  /** UCloudStack SMC-only fields; null for other providers. */
  ucloudstack?: Maybe<UCloudStackSmcDetails>;
  /** When the provider last changed the record. Null where the provider does not report it (Huawei, Alibaba); UCloudStack UpdateTime. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
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
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before this ISO-8601 time. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
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
  /** The provider's own state, verbatim. */
  nativeState?: Maybe<Scalars['String']['output']>;
  /** When the gateway observed this, ISO-8601 UTC. */
  observedAt: Scalars['DateTime']['output'];
  /** Percent, bytes, speed, remaining time, phase and steps. */
  progress?: Maybe<Progress>;
  provider: Provider;
  /** Increases by one per event of this task: a gap means a missed event. */
  sequence: Scalars['Int']['output'];
  /** True when the gateway could not refresh the task; the values are the last known ones. */
  stale: Scalars['Boolean']['output'];
  /** Gateway error code explaining a stale status. */
  staleReason?: Maybe<Scalars['String']['output']>;
  /** Unified state (null when the task is gone or was never read). */
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

/** Which tasks `taskUpdates` follows. Every field narrows the selection; empty means every task. */
export type TaskUpdatesFilter = {
  /** Account ids from the configuration. */
  accounts?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these tasks (global ids, at most 1000); the stream ends once every one reached a final event. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only tasks in these unified states; a task that leaves them gets one last event, then is left out until it matches again. */
  states?: InputMaybe<Array<TaskState>>;
};

/** A target-server blueprint (Huawei SMS templates). */
export type Template = Node & {
  account: Account;
  /** ISO-8601 UTC. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Huawei SMS-only fields; null for other providers. */
  huawei?: Maybe<HuaweiTemplateDetails>;
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
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before this ISO-8601 time. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** SetupSMC on the SMC `sourceId` (the unified createTask `ucloudstack`): target transfer VM, transfer IP, SSH credentials and disk mapping. The bandwidth is the shared `bandwidthLimitMbps`. */
export type UCloudStackCreateTaskOptions = {
  /** Every source partition must be mapped. */
  diskMappings: Array<UCloudStackDiskMappingInput>;
  /** Transfer IP of the target VM. */
  host: Scalars['String']['input'];
  /** Write-only SSH password: sent once, never returned, logged or put in errors. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** SSH user of the VM; required with password. Neither: the platform uses the VM root credential. */
  user?: InputMaybe<Scalars['String']['input']>;
  /** Target transfer VM (running and reachable). */
  vmId: Scalars['String']['input'];
};

/** A source partition of a UCloudStack SMC and the target cloud disk it is mapped to. */
export type UCloudStackDiskMapping = {
  /** Free bytes (the vendor reports GB). */
  availBytes?: Maybe<Scalars['Float']['output']>;
  /** Source partition, e.g. /dev/vda1. */
  device?: Maybe<Scalars['String']['output']>;
  /** File system, e.g. ext4, xfs, ntfs. */
  fsType?: Maybe<Scalars['String']['output']>;
  /** The OS root partition. */
  isRoot?: Maybe<Scalars['Boolean']['output']>;
  /** Target cloud disk; null until SetupSMC maps the partition. */
  mappingDiskId?: Maybe<Scalars['String']['output']>;
  mountPoint?: Maybe<Scalars['String']['output']>;
  /** Bytes (the vendor reports GB). */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
};

/** Maps one source partition to a target cloud disk. */
export type UCloudStackDiskMappingInput = {
  /** Bytes; defaults to the SMC's own value for this partition. */
  availBytes?: InputMaybe<Scalars['Float']['input']>;
  /** Source partition, e.g. /dev/vda1. */
  device: Scalars['String']['input'];
  /** Defaults to the SMC's own value for this partition. */
  fsType?: InputMaybe<Scalars['String']['input']>;
  isRoot?: InputMaybe<Scalars['Boolean']['input']>;
  /** Target cloud disk of the transfer VM. */
  mappingDiskId: Scalars['String']['input'];
  /** Defaults to the SMC's own value for this partition. */
  mountPoint?: InputMaybe<Scalars['String']['input']>;
  /** Bytes; defaults to the SMC's own value for this partition. */
  sizeBytes?: InputMaybe<Scalars['Float']['input']>;
};

/** SetupSMC: the target transfer VM, transfer IP, rate limit, SSH credentials and disk mapping of an SMC. */
export type UCloudStackSetupSmcInput = {
  /** Mbit/s; 0 = unlimited; omitted = no limit. */
  bandwidthMbps?: InputMaybe<Scalars['Int']['input']>;
  /** Every source partition must be mapped. */
  diskMappings: Array<UCloudStackDiskMappingInput>;
  /** Transfer IP of the target VM. */
  host: Scalars['String']['input'];
  /** The SMC: its Task or its Source id (the same SMC). */
  id: Scalars['ID']['input'];
  /** Write-only SSH password: sent once, never returned, logged or put in errors. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** SSH user of the VM; required with password. Neither: the platform uses the VM root credential. */
  user?: InputMaybe<Scalars['String']['input']>;
  /** Target transfer VM (running and reachable). */
  vmId: Scalars['String']['input'];
};

/** One UCloudStack SMC seen both ways: as the Source and as the Task (same native id). */
export type UCloudStackSmc = {
  source: Source;
  task: Task;
};

/** UCloudStack SMC-only fields. One SMC is both the Source and the Task (same native id), so Source.ucloudstack and Task.ucloudstack carry the same object. The SSH password is write-only and never appears here. */
export type UCloudStackSmcDetails = {
  arch?: Maybe<Scalars['String']['output']>;
  /** Configured rate limit in Mbit/s; 0 = unlimited. */
  bandwidthMbps?: Maybe<Scalars['Int']['output']>;
  /** BIOS or UEFI. */
  bootloaderType?: Maybe<Scalars['String']['output']>;
  /** Tenant (CompanyID). */
  companyId?: Maybe<Scalars['Int']['output']>;
  companyName?: Maybe<Scalars['String']['output']>;
  diskMappings: Array<UCloudStackDiskMapping>;
  distribution?: Maybe<Scalars['String']['output']>;
  distributionVersion?: Maybe<Scalars['String']['output']>;
  doneSubtask?: Maybe<Scalars['Int']['output']>;
  /** Tenant's e-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  hostname?: Maybe<Scalars['String']['output']>;
  kernel?: Maybe<Scalars['String']['output']>;
  /** When true, SetupSMC can no longer change the configuration. */
  locked: Scalars['Boolean']['output'];
  os?: Maybe<Scalars['String']['output']>;
  /** UCloudStack project (ProjectID). */
  projectId?: Maybe<Scalars['String']['output']>;
  projectName?: Maybe<Scalars['String']['output']>;
  /** Why the SMC is abnormal (Exception). */
  reason?: Maybe<Scalars['String']['output']>;
  regionAlias?: Maybe<Scalars['String']['output']>;
  remark?: Maybe<Scalars['String']['output']>;
  /** AVAILABLE, or the resource state DescribeSMC shows instead of the SMC state (CREATING, DELETING, EXCEPTION). */
  resourceState: Scalars['String']['output'];
  /** The SMCID (native id of both the Source and the Task). */
  smcId: Scalars['String']['output'];
  /** SMC state (Online, Syncing, Synced, ...); null while a resource state shows instead. */
  smcState?: Maybe<Scalars['String']['output']>;
  totalSubtask?: Maybe<Scalars['Int']['output']>;
  /** Transfer IP of the target VM. */
  transferHost?: Maybe<Scalars['String']['output']>;
  /** ISO-8601 UTC. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** SSH user of the transfer VM. */
  user?: Maybe<Scalars['String']['output']>;
  /** Target transfer VM. */
  vmId?: Maybe<Scalars['String']['output']>;
};

/** DescribeSMC filters. When smcIds is given the vendor ignores every other filter. */
export type UCloudStackSmcFilter = {
  /** Case-insensitive match on name or remark. */
  keyword?: InputMaybe<Scalars['String']['input']>;
  /** 1-100, clamped (0 is 1, over 100 is 100); negative is BAD_USER_INPUT. Default 20. */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Default 0; negative is BAD_USER_INPUT. */
  offset?: InputMaybe<Scalars['Int']['input']>;
  /** UCloudStack projects to list across. */
  projectIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Exact SMCIDs (native ids). */
  smcIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Native states, e.g. Syncing, CREATING (case-insensitive). */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A DescribeSMC page (Offset/Limit paging, as the vendor does it). */
export type UCloudStackSmcPage = {
  items: Array<UCloudStackSmc>;
  /** The page size served (after clamping to 1-100). */
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** All matches at the vendor, ignoring limit and offset. */
  totalCount: Scalars['Int']['output'];
};

/** The unified updateTask `ucloudstack`: SetupSMC is re-applied with the current configuration merged in. SetupSMC replaces the SSH credentials and the password is never read back, so an SMC with an SSH user needs `password` again (or `user: null` for platform-managed credentials). */
export type UCloudStackUpdateTaskOptions = {
  /** A new disk mapping (every source partition). */
  diskMappings?: InputMaybe<Array<UCloudStackDiskMappingInput>>;
  /** A new transfer IP. */
  host?: InputMaybe<Scalars['String']['input']>;
  /** Write-only SSH password of the configured user: required when the SMC has one. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** A new SSH user (with password); null = platform-managed credentials. */
  user?: InputMaybe<Scalars['String']['input']>;
  /** A new target transfer VM. */
  vmId?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSourceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes a task: the shared fields, plus at most one provider's own options (the task's provider). */
export type UpdateTaskInput = {
  alibaba?: InputMaybe<AlibabaUpdateTaskOptions>;
  /** Bandwidth limit in whole Mbit/s; null = unlimited. Alibaba: fixed at creation (UNSUPPORTED_OPERATION). */
  bandwidthLimitMbps?: InputMaybe<Scalars['Int']['input']>;
  huawei?: InputMaybe<HuaweiUpdateTaskOptions>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** UCloudStack: SetupSMC again; the password of a configured SSH user is needed again. */
  ucloudstack?: InputMaybe<UCloudStackUpdateTaskOptions>;
};

/** The principal of the request: who it is, its scopes and the accounts it may see (no credential). */
export type Viewer = {
  /** The account ids it may see and act on; `["*"]` for every account. */
  accounts: Array<Scalars['String']['output']>;
  /** True when the gateway runs with auth.disabled (every caller is anonymous with every scope). */
  authDisabled: Scalars['Boolean']['output'];
  /** Stable principal id: `key:<id>`, `jwt:<sub>` or `anonymous`. */
  id: Scalars['String']['output'];
  /** The scopes it holds (migration:read, migration:operate, ...). */
  scopes: Array<Scalars['String']['output']>;
};

export type AlibabaJobFieldsFragment = { id: string, nativeId: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, tags: Array<{ key: string, value?: string | null }>, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null }> }, target?: { kind: string, nativeId?: string | null, name?: string | null } | null, alibaba?: { status: string, businessStatus?: string | null, description?: string | null, regionId?: string | null, targetType?: string | null, runOnce: boolean, frequencyHours?: number | null, maxNumberOfImageToKeep?: number | null, imageId?: string | null, imageName?: string | null, instanceId?: string | null, instanceType?: string | null, instanceRamRole?: string | null, launchTemplateId?: string | null, launchTemplateVersion?: string | null, licenseType?: string | null, containerNamespace?: string | null, containerRepository?: string | null, containerTag?: string | null, systemDiskSizeBytes?: number | null, netMode?: number | null, vpcId?: string | null, vSwitchId?: string | null, transitionInstanceId?: string | null, replicationParameters?: string | null, scheduledStartTime?: string | null, validTime?: string | null, errorCode?: string | null, statusInfo?: string | null, systemDiskParts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }>, dataDisks: Array<{ index?: number | null, sizeBytes?: number | null, parts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }> }>, runs: Array<{ type?: string | null, startedAt?: string | null, finishedAt?: string | null, imageId?: string | null }> } | null };

export type AlibabaSourceFieldsFragment = { id: string, nativeId: string, name: string, state: SourceState, nativeState: string, ip?: string | null, tags: Array<{ key: string, value?: string | null }>, alibaba?: { description?: string | null, agentVersion?: string | null, architecture?: string | null, platform?: string | null, kernelLevel?: number | null, heartbeatRateSeconds?: number | null, replicationDriver?: string | null, errorCode?: string | null, statusInfoCode?: string | null, statusInfoMessage?: string | null, systemDiskSizeBytes?: number | null, lastJobId?: string | null, systemInfo: Array<{ key: string, value: string }>, systemDiskParts: Array<{ device?: string | null, path?: string | null, sizeBytes?: number | null, block?: boolean | null, need?: boolean | null }>, dataDisks: Array<{ index?: number | null, path?: string | null, sizeBytes?: number | null }> } | null };

export type AlibabaJobsQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AlibabaJobsQuery = { tasks: { totalCount: number, nodes: Array<{ id: string, nativeId: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, tags: Array<{ key: string, value?: string | null }>, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null }> }, target?: { kind: string, nativeId?: string | null, name?: string | null } | null, alibaba?: { status: string, businessStatus?: string | null, description?: string | null, regionId?: string | null, targetType?: string | null, runOnce: boolean, frequencyHours?: number | null, maxNumberOfImageToKeep?: number | null, imageId?: string | null, imageName?: string | null, instanceId?: string | null, instanceType?: string | null, instanceRamRole?: string | null, launchTemplateId?: string | null, launchTemplateVersion?: string | null, licenseType?: string | null, containerNamespace?: string | null, containerRepository?: string | null, containerTag?: string | null, systemDiskSizeBytes?: number | null, netMode?: number | null, vpcId?: string | null, vSwitchId?: string | null, transitionInstanceId?: string | null, replicationParameters?: string | null, scheduledStartTime?: string | null, validTime?: string | null, errorCode?: string | null, statusInfo?: string | null, systemDiskParts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }>, dataDisks: Array<{ index?: number | null, sizeBytes?: number | null, parts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }> }>, runs: Array<{ type?: string | null, startedAt?: string | null, finishedAt?: string | null, imageId?: string | null }> } | null }> } };

export type AlibabaSourcesQueryVariables = Exact<{
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AlibabaSourcesQuery = { sources: { totalCount: number, nodes: Array<{ id: string, nativeId: string, name: string, state: SourceState, nativeState: string, ip?: string | null, tags: Array<{ key: string, value?: string | null }>, alibaba?: { description?: string | null, agentVersion?: string | null, architecture?: string | null, platform?: string | null, kernelLevel?: number | null, heartbeatRateSeconds?: number | null, replicationDriver?: string | null, errorCode?: string | null, statusInfoCode?: string | null, statusInfoMessage?: string | null, systemDiskSizeBytes?: number | null, lastJobId?: string | null, systemInfo: Array<{ key: string, value: string }>, systemDiskParts: Array<{ device?: string | null, path?: string | null, sizeBytes?: number | null, block?: boolean | null, need?: boolean | null }>, dataDisks: Array<{ index?: number | null, path?: string | null, sizeBytes?: number | null }> } | null }> } };

export type CreateAlibabaReplicationJobMutationVariables = Exact<{
  input: CreateAlibabaReplicationJobInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateAlibabaReplicationJobMutation = { createAlibabaReplicationJob: { id: string, nativeId: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, tags: Array<{ key: string, value?: string | null }>, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null }> }, target?: { kind: string, nativeId?: string | null, name?: string | null } | null, alibaba?: { status: string, businessStatus?: string | null, description?: string | null, regionId?: string | null, targetType?: string | null, runOnce: boolean, frequencyHours?: number | null, maxNumberOfImageToKeep?: number | null, imageId?: string | null, imageName?: string | null, instanceId?: string | null, instanceType?: string | null, instanceRamRole?: string | null, launchTemplateId?: string | null, launchTemplateVersion?: string | null, licenseType?: string | null, containerNamespace?: string | null, containerRepository?: string | null, containerTag?: string | null, systemDiskSizeBytes?: number | null, netMode?: number | null, vpcId?: string | null, vSwitchId?: string | null, transitionInstanceId?: string | null, replicationParameters?: string | null, scheduledStartTime?: string | null, validTime?: string | null, errorCode?: string | null, statusInfo?: string | null, systemDiskParts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }>, dataDisks: Array<{ index?: number | null, sizeBytes?: number | null, parts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }> }>, runs: Array<{ type?: string | null, startedAt?: string | null, finishedAt?: string | null, imageId?: string | null }> } | null } };

export type AlibabaModifyReplicationJobMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  input: AlibabaModifyReplicationJobInput;
}>;


export type AlibabaModifyReplicationJobMutation = { alibabaModifyReplicationJob: { id: string, nativeId: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, tags: Array<{ key: string, value?: string | null }>, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null }> }, target?: { kind: string, nativeId?: string | null, name?: string | null } | null, alibaba?: { status: string, businessStatus?: string | null, description?: string | null, regionId?: string | null, targetType?: string | null, runOnce: boolean, frequencyHours?: number | null, maxNumberOfImageToKeep?: number | null, imageId?: string | null, imageName?: string | null, instanceId?: string | null, instanceType?: string | null, instanceRamRole?: string | null, launchTemplateId?: string | null, launchTemplateVersion?: string | null, licenseType?: string | null, containerNamespace?: string | null, containerRepository?: string | null, containerTag?: string | null, systemDiskSizeBytes?: number | null, netMode?: number | null, vpcId?: string | null, vSwitchId?: string | null, transitionInstanceId?: string | null, replicationParameters?: string | null, scheduledStartTime?: string | null, validTime?: string | null, errorCode?: string | null, statusInfo?: string | null, systemDiskParts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }>, dataDisks: Array<{ index?: number | null, sizeBytes?: number | null, parts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }> }>, runs: Array<{ type?: string | null, startedAt?: string | null, finishedAt?: string | null, imageId?: string | null }> } | null } };

export type AlibabaCutOverReplicationJobMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  syncData?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AlibabaCutOverReplicationJobMutation = { alibabaCutOverReplicationJob: { id: string, nativeId: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, tags: Array<{ key: string, value?: string | null }>, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null }> }, target?: { kind: string, nativeId?: string | null, name?: string | null } | null, alibaba?: { status: string, businessStatus?: string | null, description?: string | null, regionId?: string | null, targetType?: string | null, runOnce: boolean, frequencyHours?: number | null, maxNumberOfImageToKeep?: number | null, imageId?: string | null, imageName?: string | null, instanceId?: string | null, instanceType?: string | null, instanceRamRole?: string | null, launchTemplateId?: string | null, launchTemplateVersion?: string | null, licenseType?: string | null, containerNamespace?: string | null, containerRepository?: string | null, containerTag?: string | null, systemDiskSizeBytes?: number | null, netMode?: number | null, vpcId?: string | null, vSwitchId?: string | null, transitionInstanceId?: string | null, replicationParameters?: string | null, scheduledStartTime?: string | null, validTime?: string | null, errorCode?: string | null, statusInfo?: string | null, systemDiskParts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }>, dataDisks: Array<{ index?: number | null, sizeBytes?: number | null, parts: Array<{ device?: string | null, sizeBytes?: number | null, block?: boolean | null }> }>, runs: Array<{ type?: string | null, startedAt?: string | null, finishedAt?: string | null, imageId?: string | null }> } | null } };

export type AlibabaModifySourceMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
  input: AlibabaModifySourceInput;
}>;


export type AlibabaModifySourceMutation = { alibabaModifySource: { id: string, nativeId: string, name: string, state: SourceState, nativeState: string, ip?: string | null, tags: Array<{ key: string, value?: string | null }>, alibaba?: { description?: string | null, agentVersion?: string | null, architecture?: string | null, platform?: string | null, kernelLevel?: number | null, heartbeatRateSeconds?: number | null, replicationDriver?: string | null, errorCode?: string | null, statusInfoCode?: string | null, statusInfoMessage?: string | null, systemDiskSizeBytes?: number | null, lastJobId?: string | null, systemInfo: Array<{ key: string, value: string }>, systemDiskParts: Array<{ device?: string | null, path?: string | null, sizeBytes?: number | null, block?: boolean | null, need?: boolean | null }>, dataDisks: Array<{ index?: number | null, path?: string | null, sizeBytes?: number | null }> } | null } };

export type AlibabaDeleteSourceMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
  force?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AlibabaDeleteSourceMutation = { alibabaDeleteSource: { deletedIds: Array<string> } };

export type AlibabaTagResourcesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  tags: Array<TagInput> | TagInput;
}>;


export type AlibabaTagResourcesMutation = { alibabaTagResources: Array<string> };

export type AlibabaUntagResourcesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  keys?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AlibabaUntagResourcesMutation = { alibabaUntagResources: Array<string> };

export type AlibabaResourceTagsQueryVariables = Exact<{
  account: Scalars['ID']['input'];
  resourceType: AlibabaTagResourceType;
  region?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<TagInput> | TagInput>;
}>;


export type AlibabaResourceTagsQuery = { alibabaResourceTags: Array<{ resourceType: AlibabaTagResourceType, resourceId: string, nativeId: string, key: string, value?: string | null }> };

export type AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsQuery = { accounts: Array<{ id: string, provider: Provider, label?: string | null, regions: Array<string> }> };

export type TaskFieldsFragment = { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, updatedAt?: string | null, stateChangedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } };

export type TasksQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type TasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, updatedAt?: string | null, stateChangedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } }> } };

export type DashboardQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DashboardQuery = { tasks: { totalCount: number, nodes: Array<{ id: string, name: string, provider: Provider, region: string, state: TaskState, source?: { name: string, ip?: string | null } | null, template?: { name: string } | null, progress: { percent?: number | null, speed?: number | null, phase?: string | null } }> } };

export type SourcesQueryVariables = Exact<{
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<OrderBy>;
}>;


export type SourcesQuery = { sources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ id: string, nativeId: string, provider: Provider, name: string, ip?: string | null, osType?: string | null, state: SourceState, nativeState: string, agentConnected?: boolean | null, createdAt?: string | null, updatedAt?: string | null, stateChangedAt?: string | null, currentTask?: { id: string, state: TaskState } | null }> } };

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
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateTaskMutation = { createTask: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, updatedAt?: string | null, stateChangedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type UpdateTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, updatedAt?: string | null, stateChangedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type RunTaskActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  action: TaskAction;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type RunTaskActionMutation = { runTaskAction: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, updatedAt?: string | null, stateChangedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type StartTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartTaskMutation = { startTask: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, updatedAt?: string | null, stateChangedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type StopTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type StopTaskMutation = { stopTask: { id: string, nativeId: string, provider: Provider, region: string, name: string, type?: string | null, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, createdAt?: string | null, startedAt?: string | null, finishedAt?: string | null, lastSyncedAt?: string | null, updatedAt?: string | null, stateChangedAt?: string | null, bandwidthLimitMbps?: number | null, account: { id: string }, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, estimatedCompletionAt?: string | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } } };

export type DeleteErrorFieldsFragment = { code: string, message: string, providerCode?: string | null, retryable: boolean, outcome?: string | null };

export type DeleteTasksMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeleteTasksMutation = { deleteTasks: { deletedIds: Array<string>, results: Array<{ id: string, deleted: boolean, alsoDeleted: Array<string>, error?: { code: string, message: string, providerCode?: string | null, retryable: boolean, outcome?: string | null } | null }> } };

export type UpdateSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { updateSource: { id: string, name: string } };

export type DeleteSourcesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  force?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeleteSourcesMutation = { deleteSources: { deletedIds: Array<string>, results: Array<{ id: string, deleted: boolean, alsoDeleted: Array<string>, error?: { code: string, message: string, providerCode?: string | null, retryable: boolean, outcome?: string | null } | null }> } };

export type TaskProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskProgressSubscription = { taskProgress: { sequence: number, taskId: string, state?: TaskState | null, nativeState?: string | null, stale: boolean, staleReason?: string | null, final: boolean, progress?: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } | null } };

export type MigrationReportQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
  oldestLimit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MigrationReportQuery = { migrationReport: { generatedAt: string, taskCount: number, transferredBytes: number, totalBytes: number, throughput: number, runningTasks: number, etaUnknown: number, byProviderState: Array<{ provider: Provider, state: TaskState, count: number }>, byAccountRegion: Array<{ provider: Provider, region: string, count: number, active: number, failed: number, account: { id: string } }>, etaDistribution: Array<{ bucket: string, count: number }>, failures: Array<{ provider: Provider, code: string, message?: string | null, count: number, sampleTaskIds: Array<string> }>, oldestActive: Array<{ id: string, name: string, createdAt?: string | null, state: TaskState }> } };

export type HuaweiTaskPartsFragment = { id: string, nativeId: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> }, huawei?: { osType?: string | null, priority?: number | null, migrationIp?: string | null, targetRegionId?: string | null, targetProjectId?: string | null, startTargetServer?: boolean | null, complete: boolean, subTasks: Array<{ name: string, progress?: number | null, userOp?: string | null }>, targetServer?: { vmId?: string | null, name?: string | null, disks: Array<{ name: string, sizeBytes?: number | null }> } | null, specialConfig: Array<{ key: string, value: string }> } | null };

export type HuaweiSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type HuaweiSourcesQuery = { sources: { totalCount: number, nodes: Array<{ id: string, nativeId: string, name: string, state: SourceState, nativeState: string, memoryBytes?: number | null, disks: Array<{ name: string, sizeBytes?: number | null }>, huawei?: { hostname?: string | null, firmware?: string | null, agentVersion?: string | null, migrationCycle?: string | null, checks: Array<{ name?: string | null, result?: string | null, errorCode?: string | null }>, networks: Array<{ ip?: string | null, mac?: string | null }>, currentTask?: { id: string, name?: string | null, state: TaskState, nativeState?: string | null } | null } | null }> } };

export type HuaweiTaskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HuaweiTaskQuery = { node?:
    | { id: string, nativeId: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> }, huawei?: { osType?: string | null, priority?: number | null, migrationIp?: string | null, targetRegionId?: string | null, targetProjectId?: string | null, startTargetServer?: boolean | null, complete: boolean, subTasks: Array<{ name: string, progress?: number | null, userOp?: string | null }>, targetServer?: { vmId?: string | null, name?: string | null, disks: Array<{ name: string, sizeBytes?: number | null }> } | null, specialConfig: Array<{ key: string, value: string }> } | null }
    | Record<PropertyKey, never>
   | null };

export type HuaweiTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type HuaweiTemplatesQuery = { templates: { totalCount: number, nodes: Array<{ id: string, name: string, targetRegion?: string | null, huawei?: { flavor?: string | null, hasTargetPassword: boolean, isGeneral?: boolean | null, vpc?: { id: string, name: string } | null, nics: Array<{ id: string, cidr?: string | null }>, publicIp?: { type: string, bandwidthSizeMbps?: number | null } | null, disks: Array<{ name: string, sizeBytes?: number | null, diskType?: string | null }> } | null }> } };

export type HuaweiProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type HuaweiProjectsQuery = { migrationProjects: { totalCount: number, nodes: Array<{ id: string, name: string, isDefault: boolean, huawei?: { type?: string | null, region?: string | null, speedLimitMbps?: number | null, usePublicIp?: boolean | null, syncing?: boolean | null } | null }> } };

export type HuaweiAccountInfoQueryVariables = Exact<{
  account: Scalars['ID']['input'];
}>;


export type HuaweiAccountInfoQuery = { huaweiPrivacyAgreementSigned: boolean, huaweiSourceOverview: { waiting: number, finished: number, unavailable: number, unconfigured: number }, huaweiErrorServers: { totalCount: number, items: Array<{ sourceId?: string | null, name?: string | null, error?: { code?: string | null, message: string } | null }> }, huaweiApiVersions: Array<{ id: string, status?: string | null, updated?: string | null, links: Array<{ href: string, rel: string }> }>, huaweiApiVersion?: { id: string, status?: string | null } | null };

export type HuaweiTaskExtrasQueryVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type HuaweiTaskExtrasQuery = { huaweiSpeedLimits: Array<{ start: string, end: string, speedMbps: number, overSpeedThreshold?: number | null }>, huaweiAdvancedOptions: { taskId: string, migrateType?: string | null, settings: Array<{ key: string, value: string }> }, huaweiConsistencyResults: Array<{ finishedAt?: string | null, checkResult?: string | null, directories: Array<{ directory: string, totalFiles: number }> }> };

export type HuaweiTemplatePasswordQueryVariables = Exact<{
  templateId: Scalars['ID']['input'];
}>;


export type HuaweiTemplatePasswordQuery = { huaweiTemplateTargetPassword?: string | null };

export type HuaweiCheckNetworkAclQueryVariables = Exact<{
  account: Scalars['ID']['input'];
  input: HuaweiNetworkAclCheckInput;
}>;


export type HuaweiCheckNetworkAclQuery = { huaweiCheckNetworkAcl: { passed: boolean } };

export type HuaweiCreateTemplateMutationVariables = Exact<{
  account: Scalars['ID']['input'];
  input: HuaweiTemplateInput;
}>;


export type HuaweiCreateTemplateMutation = { huaweiCreateTemplate: { id: string, nativeId: string, name: string, huawei?: { flavor?: string | null, hasTargetPassword: boolean } | null } };

export type HuaweiUpdateTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: HuaweiTemplateInput;
}>;


export type HuaweiUpdateTemplateMutation = { huaweiUpdateTemplate: { id: string, name: string, huawei?: { flavor?: string | null } | null } };

export type HuaweiDeleteTemplatesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type HuaweiDeleteTemplatesMutation = { huaweiDeleteTemplates: { deletedIds: Array<string>, results: Array<{ id: string, deleted: boolean, error?: { code: string, providerCode?: string | null, retryable: boolean, outcome?: string | null } | null }> } };

export type CreateHuaweiTaskMutationVariables = Exact<{
  input: HuaweiCreateTaskInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateHuaweiTaskMutation = { createHuaweiTask: { id: string, nativeId: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> }, huawei?: { osType?: string | null, priority?: number | null, migrationIp?: string | null, targetRegionId?: string | null, targetProjectId?: string | null, startTargetServer?: boolean | null, complete: boolean, subTasks: Array<{ name: string, progress?: number | null, userOp?: string | null }>, targetServer?: { vmId?: string | null, name?: string | null, disks: Array<{ name: string, sizeBytes?: number | null }> } | null, specialConfig: Array<{ key: string, value: string }> } | null } };

export type HuaweiUpdateTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: HuaweiUpdateTaskInput;
}>;


export type HuaweiUpdateTaskMutation = { huaweiUpdateTask: { id: string, nativeId: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> }, huawei?: { osType?: string | null, priority?: number | null, migrationIp?: string | null, targetRegionId?: string | null, targetProjectId?: string | null, startTargetServer?: boolean | null, complete: boolean, subTasks: Array<{ name: string, progress?: number | null, userOp?: string | null }>, targetServer?: { vmId?: string | null, name?: string | null, disks: Array<{ name: string, sizeBytes?: number | null }> } | null, specialConfig: Array<{ key: string, value: string }> } | null } };

export type HuaweiRunTaskActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  action: TaskAction;
  templateId?: InputMaybe<Scalars['ID']['input']>;
  switchHce?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type HuaweiRunTaskActionMutation = { huaweiRunTaskAction: { id: string, nativeId: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, bandwidthLimitMbps?: number | null, progress: { percent?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> }, huawei?: { osType?: string | null, priority?: number | null, migrationIp?: string | null, targetRegionId?: string | null, targetProjectId?: string | null, startTargetServer?: boolean | null, complete: boolean, subTasks: Array<{ name: string, progress?: number | null, userOp?: string | null }>, targetServer?: { vmId?: string | null, name?: string | null, disks: Array<{ name: string, sizeBytes?: number | null }> } | null, specialConfig: Array<{ key: string, value: string }> } | null } };

export type HuaweiSetSpeedLimitsMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  rules: Array<HuaweiSpeedLimitRuleInput> | HuaweiSpeedLimitRuleInput;
}>;


export type HuaweiSetSpeedLimitsMutation = { huaweiSetSpeedLimits: Array<{ start: string, end: string, speedMbps: number, overSpeedThreshold?: number | null }> };

export type HuaweiSetAdvancedOptionsMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  settings: Array<HuaweiSettingInput> | HuaweiSettingInput;
}>;


export type HuaweiSetAdvancedOptionsMutation = { huaweiSetAdvancedOptions: { settings: Array<{ key: string, value: string }> } };

export type HuaweiUnlockTargetServerMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type HuaweiUnlockTargetServerMutation = { huaweiUnlockTargetServer: { id: string, nativeState: string } };

export type HuaweiCollectLogMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
  input: HuaweiCollectLogInput;
}>;


export type HuaweiCollectLogMutation = { huaweiCollectLog: { id: string, huawei?: { logCollectStatus?: string | null } | null } };

export type HuaweiUpdateSourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: HuaweiUpdateSourceInput;
}>;


export type HuaweiUpdateSourceMutation = { huaweiUpdateSource: { id: string, name: string, huawei?: { hostname?: string | null } | null } };

export type HuaweiCreateMigrationProjectMutationVariables = Exact<{
  account: Scalars['ID']['input'];
  input: HuaweiMigrationProjectInput;
}>;


export type HuaweiCreateMigrationProjectMutation = { huaweiCreateMigrationProject: { id: string, nativeId: string, name: string, isDefault: boolean, huawei?: { type?: string | null, speedLimitMbps?: number | null } | null } };

export type HuaweiUpdateMigrationProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: HuaweiMigrationProjectInput;
}>;


export type HuaweiUpdateMigrationProjectMutation = { huaweiUpdateMigrationProject: { id: string, name: string, huawei?: { type?: string | null } | null } };

export type HuaweiSetDefaultMigrationProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HuaweiSetDefaultMigrationProjectMutation = { huaweiSetDefaultMigrationProject: { id: string, isDefault: boolean } };

export type HuaweiDeleteMigrationProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HuaweiDeleteMigrationProjectMutation = { huaweiDeleteMigrationProject: { deletedIds: Array<string> } };

export type HuaweiSignPrivacyAgreementMutationVariables = Exact<{
  account: Scalars['ID']['input'];
}>;


export type HuaweiSignPrivacyAgreementMutation = { huaweiSignPrivacyAgreement: boolean };

export type ProgressEventFieldsFragment = { sequence: number, taskId: string, provider: Provider, state?: TaskState | null, nativeState?: string | null, stale: boolean, staleReason?: string | null, final: boolean, observedAt: string, progress?: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } | null };

export type TaskUpdatesSubscriptionVariables = Exact<{
  filter?: InputMaybe<TaskUpdatesFilter>;
}>;


export type TaskUpdatesSubscription = { taskUpdates: { sequence: number, taskId: string, provider: Provider, state?: TaskState | null, nativeState?: string | null, stale: boolean, staleReason?: string | null, final: boolean, observedAt: string, progress?: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, remainingSeconds?: number | null, phase?: string | null, steps: Array<{ name: string, state?: string | null, percent?: number | null }> } | null } };

export type TaskProgressLiteSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskProgressLiteSubscription = { taskProgress: { sequence: number, state?: TaskState | null, stale: boolean, final: boolean, progress?: { percent?: number | null } | null } };

export type UCloudStackDetailsFieldsFragment = { smcId: string, smcState?: string | null, resourceState: string, remark?: string | null, regionAlias?: string | null, companyId?: number | null, companyName?: string | null, email?: string | null, projectId?: string | null, projectName?: string | null, reason?: string | null, locked: boolean, vmId?: string | null, transferHost?: string | null, bandwidthMbps?: number | null, user?: string | null, os?: string | null, arch?: string | null, distribution?: string | null, distributionVersion?: string | null, kernel?: string | null, hostname?: string | null, bootloaderType?: string | null, doneSubtask?: number | null, totalSubtask?: number | null, updatedAt?: string | null, diskMappings: Array<{ device?: string | null, mountPoint?: string | null, fsType?: string | null, sizeBytes?: number | null, availBytes?: number | null, isRoot?: boolean | null, mappingDiskId?: string | null }> };

export type UCloudStackTaskFieldsFragment = { id: string, nativeId: string, provider: Provider, region: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, lastSyncedAt?: string | null, finishedAt?: string | null, bandwidthLimitMbps?: number | null, target?: { kind: string, nativeId?: string | null, ip?: string | null } | null, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, phase?: string | null, steps: Array<{ name: string, percent?: number | null, detail?: string | null }> }, source?: { id: string, nativeId: string, state: SourceState } | null, ucloudstack?: { smcId: string, smcState?: string | null, resourceState: string, remark?: string | null, regionAlias?: string | null, companyId?: number | null, companyName?: string | null, email?: string | null, projectId?: string | null, projectName?: string | null, reason?: string | null, locked: boolean, vmId?: string | null, transferHost?: string | null, bandwidthMbps?: number | null, user?: string | null, os?: string | null, arch?: string | null, distribution?: string | null, distributionVersion?: string | null, kernel?: string | null, hostname?: string | null, bootloaderType?: string | null, doneSubtask?: number | null, totalSubtask?: number | null, updatedAt?: string | null, diskMappings: Array<{ device?: string | null, mountPoint?: string | null, fsType?: string | null, sizeBytes?: number | null, availBytes?: number | null, isRoot?: boolean | null, mappingDiskId?: string | null }> } | null };

export type UCloudStackSmcsQueryVariables = Exact<{
  account: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UCloudStackSmcFilter>;
}>;


export type UCloudStackSmcsQuery = { ucloudstackSmcs: { totalCount: number, limit: number, offset: number, items: Array<{ task: { id: string, nativeId: string, provider: Provider, region: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, lastSyncedAt?: string | null, finishedAt?: string | null, bandwidthLimitMbps?: number | null, target?: { kind: string, nativeId?: string | null, ip?: string | null } | null, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, phase?: string | null, steps: Array<{ name: string, percent?: number | null, detail?: string | null }> }, source?: { id: string, nativeId: string, state: SourceState } | null, ucloudstack?: { smcId: string, smcState?: string | null, resourceState: string, remark?: string | null, regionAlias?: string | null, companyId?: number | null, companyName?: string | null, email?: string | null, projectId?: string | null, projectName?: string | null, reason?: string | null, locked: boolean, vmId?: string | null, transferHost?: string | null, bandwidthMbps?: number | null, user?: string | null, os?: string | null, arch?: string | null, distribution?: string | null, distributionVersion?: string | null, kernel?: string | null, hostname?: string | null, bootloaderType?: string | null, doneSubtask?: number | null, totalSubtask?: number | null, updatedAt?: string | null, diskMappings: Array<{ device?: string | null, mountPoint?: string | null, fsType?: string | null, sizeBytes?: number | null, availBytes?: number | null, isRoot?: boolean | null, mappingDiskId?: string | null }> } | null }, source: { id: string, nativeId: string, name: string, ip?: string | null, osType?: string | null, osVersion?: string | null, cpuCores?: number | null, memoryBytes?: number | null, state: SourceState, nativeState: string, agentConnected?: boolean | null, disks: Array<{ name: string, device?: string | null, sizeBytes?: number | null, usedBytes?: number | null }>, currentTask?: { id: string } | null, ucloudstack?: { smcId: string, hostname?: string | null, kernel?: string | null } | null } }> } };

export type UCloudStackTaskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UCloudStackTaskQuery = { node?:
    | { id: string, nativeId: string, provider: Provider, region: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, lastSyncedAt?: string | null, finishedAt?: string | null, bandwidthLimitMbps?: number | null, target?: { kind: string, nativeId?: string | null, ip?: string | null } | null, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, phase?: string | null, steps: Array<{ name: string, percent?: number | null, detail?: string | null }> }, source?: { id: string, nativeId: string, state: SourceState } | null, ucloudstack?: { smcId: string, smcState?: string | null, resourceState: string, remark?: string | null, regionAlias?: string | null, companyId?: number | null, companyName?: string | null, email?: string | null, projectId?: string | null, projectName?: string | null, reason?: string | null, locked: boolean, vmId?: string | null, transferHost?: string | null, bandwidthMbps?: number | null, user?: string | null, os?: string | null, arch?: string | null, distribution?: string | null, distributionVersion?: string | null, kernel?: string | null, hostname?: string | null, bootloaderType?: string | null, doneSubtask?: number | null, totalSubtask?: number | null, updatedAt?: string | null, diskMappings: Array<{ device?: string | null, mountPoint?: string | null, fsType?: string | null, sizeBytes?: number | null, availBytes?: number | null, isRoot?: boolean | null, mappingDiskId?: string | null }> } | null }
    | Record<PropertyKey, never>
   | null };

export type UCloudStackSetupSmcMutationVariables = Exact<{
  input: UCloudStackSetupSmcInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type UCloudStackSetupSmcMutation = { ucloudstackSetupSmc: { id: string, nativeId: string, provider: Provider, region: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, lastSyncedAt?: string | null, finishedAt?: string | null, bandwidthLimitMbps?: number | null, target?: { kind: string, nativeId?: string | null, ip?: string | null } | null, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, phase?: string | null, steps: Array<{ name: string, percent?: number | null, detail?: string | null }> }, source?: { id: string, nativeId: string, state: SourceState } | null, ucloudstack?: { smcId: string, smcState?: string | null, resourceState: string, remark?: string | null, regionAlias?: string | null, companyId?: number | null, companyName?: string | null, email?: string | null, projectId?: string | null, projectName?: string | null, reason?: string | null, locked: boolean, vmId?: string | null, transferHost?: string | null, bandwidthMbps?: number | null, user?: string | null, os?: string | null, arch?: string | null, distribution?: string | null, distributionVersion?: string | null, kernel?: string | null, hostname?: string | null, bootloaderType?: string | null, doneSubtask?: number | null, totalSubtask?: number | null, updatedAt?: string | null, diskMappings: Array<{ device?: string | null, mountPoint?: string | null, fsType?: string | null, sizeBytes?: number | null, availBytes?: number | null, isRoot?: boolean | null, mappingDiskId?: string | null }> } | null } };

export type UCloudStackStartSmcMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type UCloudStackStartSmcMutation = { ucloudstackStartSmc: { id: string, nativeId: string, provider: Provider, region: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, lastSyncedAt?: string | null, finishedAt?: string | null, bandwidthLimitMbps?: number | null, target?: { kind: string, nativeId?: string | null, ip?: string | null } | null, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, phase?: string | null, steps: Array<{ name: string, percent?: number | null, detail?: string | null }> }, source?: { id: string, nativeId: string, state: SourceState } | null, ucloudstack?: { smcId: string, smcState?: string | null, resourceState: string, remark?: string | null, regionAlias?: string | null, companyId?: number | null, companyName?: string | null, email?: string | null, projectId?: string | null, projectName?: string | null, reason?: string | null, locked: boolean, vmId?: string | null, transferHost?: string | null, bandwidthMbps?: number | null, user?: string | null, os?: string | null, arch?: string | null, distribution?: string | null, distributionVersion?: string | null, kernel?: string | null, hostname?: string | null, bootloaderType?: string | null, doneSubtask?: number | null, totalSubtask?: number | null, updatedAt?: string | null, diskMappings: Array<{ device?: string | null, mountPoint?: string | null, fsType?: string | null, sizeBytes?: number | null, availBytes?: number | null, isRoot?: boolean | null, mappingDiskId?: string | null }> } | null } };

export type UCloudStackStopSmcMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UCloudStackStopSmcMutation = { ucloudstackStopSmc: { id: string, nativeId: string, provider: Provider, region: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, lastSyncedAt?: string | null, finishedAt?: string | null, bandwidthLimitMbps?: number | null, target?: { kind: string, nativeId?: string | null, ip?: string | null } | null, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, phase?: string | null, steps: Array<{ name: string, percent?: number | null, detail?: string | null }> }, source?: { id: string, nativeId: string, state: SourceState } | null, ucloudstack?: { smcId: string, smcState?: string | null, resourceState: string, remark?: string | null, regionAlias?: string | null, companyId?: number | null, companyName?: string | null, email?: string | null, projectId?: string | null, projectName?: string | null, reason?: string | null, locked: boolean, vmId?: string | null, transferHost?: string | null, bandwidthMbps?: number | null, user?: string | null, os?: string | null, arch?: string | null, distribution?: string | null, distributionVersion?: string | null, kernel?: string | null, hostname?: string | null, bootloaderType?: string | null, doneSubtask?: number | null, totalSubtask?: number | null, updatedAt?: string | null, diskMappings: Array<{ device?: string | null, mountPoint?: string | null, fsType?: string | null, sizeBytes?: number | null, availBytes?: number | null, isRoot?: boolean | null, mappingDiskId?: string | null }> } | null } };

export type UCloudStackCompleteSmcMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UCloudStackCompleteSmcMutation = { ucloudstackCompleteSmc: { id: string, nativeId: string, provider: Provider, region: string, name: string, state: TaskState, nativeState: string, availableActions: Array<TaskAction>, lastSyncedAt?: string | null, finishedAt?: string | null, bandwidthLimitMbps?: number | null, target?: { kind: string, nativeId?: string | null, ip?: string | null } | null, error?: { code?: string | null, message: string } | null, progress: { percent?: number | null, transferredBytes?: number | null, totalBytes?: number | null, speed?: number | null, phase?: string | null, steps: Array<{ name: string, percent?: number | null, detail?: string | null }> }, source?: { id: string, nativeId: string, state: SourceState } | null, ucloudstack?: { smcId: string, smcState?: string | null, resourceState: string, remark?: string | null, regionAlias?: string | null, companyId?: number | null, companyName?: string | null, email?: string | null, projectId?: string | null, projectName?: string | null, reason?: string | null, locked: boolean, vmId?: string | null, transferHost?: string | null, bandwidthMbps?: number | null, user?: string | null, os?: string | null, arch?: string | null, distribution?: string | null, distributionVersion?: string | null, kernel?: string | null, hostname?: string | null, bootloaderType?: string | null, doneSubtask?: number | null, totalSubtask?: number | null, updatedAt?: string | null, diskMappings: Array<{ device?: string | null, mountPoint?: string | null, fsType?: string | null, sizeBytes?: number | null, availBytes?: number | null, isRoot?: boolean | null, mappingDiskId?: string | null }> } | null } };

export type UCloudStackDeleteSmcMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UCloudStackDeleteSmcMutation = { ucloudstackDeleteSmc?: { id: string, state: TaskState, nativeState: string } | null };

export const AlibabaJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlibabaJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alibaba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"businessStatus"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"runOnce"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyHours"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumberOfImageToKeep"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"instanceRamRole"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"licenseType"}},{"kind":"Field","name":{"kind":"Name","value":"containerNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"containerRepository"}},{"kind":"Field","name":{"kind":"Name","value":"containerTag"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataDisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"netMode"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"vSwitchId"}},{"kind":"Field","name":{"kind":"Name","value":"transitionInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"replicationParameters"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"validTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfo"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]} as unknown as DocumentNode<AlibabaJobFieldsFragment, unknown>;
export const AlibabaSourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlibabaSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alibaba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"kernelLevel"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatRateSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"replicationDriver"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfoCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfoMessage"}},{"kind":"Field","name":{"kind":"Name","value":"systemInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"need"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataDisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastJobId"}}]}}]}}]} as unknown as DocumentNode<AlibabaSourceFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const DeleteErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<DeleteErrorFieldsFragment, unknown>;
export const HuaweiTaskPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HuaweiTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"migrationIp"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"startTargetServer"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"subTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"userOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetServer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiTaskPartsFragment, unknown>;
export const ProgressEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProgressEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleReason"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"observedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<ProgressEventFieldsFragment, unknown>;
export const UCloudStackDetailsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSmcDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smcId"}},{"kind":"Field","name":{"kind":"Name","value":"smcState"}},{"kind":"Field","name":{"kind":"Name","value":"resourceState"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"regionAlias"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"transferHost"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"distributionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"kernel"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"bootloaderType"}},{"kind":"Field","name":{"kind":"Name","value":"doneSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diskMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"mountPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fsType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"availBytes"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"mappingDiskId"}}]}}]}}]} as unknown as DocumentNode<UCloudStackDetailsFieldsFragment, unknown>;
export const UCloudStackTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ucloudstack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSmcDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smcId"}},{"kind":"Field","name":{"kind":"Name","value":"smcState"}},{"kind":"Field","name":{"kind":"Name","value":"resourceState"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"regionAlias"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"transferHost"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"distributionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"kernel"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"bootloaderType"}},{"kind":"Field","name":{"kind":"Name","value":"doneSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diskMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"mountPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fsType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"availBytes"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"mappingDiskId"}}]}}]}}]} as unknown as DocumentNode<UCloudStackTaskFieldsFragment, unknown>;
export const AlibabaJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlibabaJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlibabaJobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlibabaJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alibaba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"businessStatus"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"runOnce"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyHours"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumberOfImageToKeep"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"instanceRamRole"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"licenseType"}},{"kind":"Field","name":{"kind":"Name","value":"containerNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"containerRepository"}},{"kind":"Field","name":{"kind":"Name","value":"containerTag"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataDisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"netMode"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"vSwitchId"}},{"kind":"Field","name":{"kind":"Name","value":"transitionInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"replicationParameters"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"validTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfo"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]} as unknown as DocumentNode<AlibabaJobsQuery, AlibabaJobsQueryVariables>;
export const AlibabaSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlibabaSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlibabaSourceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlibabaSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alibaba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"kernelLevel"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatRateSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"replicationDriver"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfoCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfoMessage"}},{"kind":"Field","name":{"kind":"Name","value":"systemInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"need"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataDisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastJobId"}}]}}]}}]} as unknown as DocumentNode<AlibabaSourcesQuery, AlibabaSourcesQueryVariables>;
export const CreateAlibabaReplicationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlibabaReplicationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAlibabaReplicationJobInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlibabaReplicationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlibabaJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlibabaJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alibaba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"businessStatus"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"runOnce"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyHours"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumberOfImageToKeep"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"instanceRamRole"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"licenseType"}},{"kind":"Field","name":{"kind":"Name","value":"containerNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"containerRepository"}},{"kind":"Field","name":{"kind":"Name","value":"containerTag"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataDisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"netMode"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"vSwitchId"}},{"kind":"Field","name":{"kind":"Name","value":"transitionInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"replicationParameters"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"validTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfo"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAlibabaReplicationJobMutation, CreateAlibabaReplicationJobMutationVariables>;
export const AlibabaModifyReplicationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlibabaModifyReplicationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlibabaModifyReplicationJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alibabaModifyReplicationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlibabaJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlibabaJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alibaba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"businessStatus"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"runOnce"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyHours"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumberOfImageToKeep"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"instanceRamRole"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"licenseType"}},{"kind":"Field","name":{"kind":"Name","value":"containerNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"containerRepository"}},{"kind":"Field","name":{"kind":"Name","value":"containerTag"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataDisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"netMode"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"vSwitchId"}},{"kind":"Field","name":{"kind":"Name","value":"transitionInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"replicationParameters"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"validTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfo"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]} as unknown as DocumentNode<AlibabaModifyReplicationJobMutation, AlibabaModifyReplicationJobMutationVariables>;
export const AlibabaCutOverReplicationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlibabaCutOverReplicationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"syncData"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alibabaCutOverReplicationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"syncData"},"value":{"kind":"Variable","name":{"kind":"Name","value":"syncData"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlibabaJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlibabaJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alibaba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"businessStatus"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"runOnce"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyHours"}},{"kind":"Field","name":{"kind":"Name","value":"maxNumberOfImageToKeep"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"imageName"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"instanceRamRole"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"launchTemplateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"licenseType"}},{"kind":"Field","name":{"kind":"Name","value":"containerNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"containerRepository"}},{"kind":"Field","name":{"kind":"Name","value":"containerTag"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataDisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"netMode"}},{"kind":"Field","name":{"kind":"Name","value":"vpcId"}},{"kind":"Field","name":{"kind":"Name","value":"vSwitchId"}},{"kind":"Field","name":{"kind":"Name","value":"transitionInstanceId"}},{"kind":"Field","name":{"kind":"Name","value":"replicationParameters"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"validTime"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfo"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]}}]} as unknown as DocumentNode<AlibabaCutOverReplicationJobMutation, AlibabaCutOverReplicationJobMutationVariables>;
export const AlibabaModifySourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlibabaModifySource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlibabaModifySourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alibabaModifySource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlibabaSourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlibabaSourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alibaba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"agentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"kernelLevel"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatRateSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"replicationDriver"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfoCode"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfoMessage"}},{"kind":"Field","name":{"kind":"Name","value":"systemInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"systemDiskParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"need"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataDisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastJobId"}}]}}]}}]} as unknown as DocumentNode<AlibabaModifySourceMutation, AlibabaModifySourceMutationVariables>;
export const AlibabaDeleteSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlibabaDeleteSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alibabaDeleteSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}}]}}]}}]} as unknown as DocumentNode<AlibabaDeleteSourceMutation, AlibabaDeleteSourceMutationVariables>;
export const AlibabaTagResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlibabaTagResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alibabaTagResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}]}]}}]} as unknown as DocumentNode<AlibabaTagResourcesMutation, AlibabaTagResourcesMutationVariables>;
export const AlibabaUntagResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlibabaUntagResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alibabaUntagResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}},{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}]}]}}]} as unknown as DocumentNode<AlibabaUntagResourcesMutation, AlibabaUntagResourcesMutationVariables>;
export const AlibabaResourceTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlibabaResourceTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlibabaTagResourceType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alibabaResourceTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceType"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AlibabaResourceTagsQuery, AlibabaResourceTagsQueryVariables>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"agentConnected"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const TemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Templates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TemplateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegion"}}]}}]}}]}}]} as unknown as DocumentNode<TemplatesQuery, TemplatesQueryVariables>;
export const MigrationProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrationProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrationProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]} as unknown as DocumentNode<MigrationProjectsQuery, MigrationProjectsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"taskState"},"name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"sourceState"},"name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Template"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrationProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const RunTaskActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunTaskAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runTaskAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<RunTaskActionMutation, RunTaskActionMutationVariables>;
export const StartTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<StartTaskMutation, StartTaskMutationVariables>;
export const StopTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCompletionAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<StopTaskMutation, StopTaskMutationVariables>;
export const DeleteTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"alsoDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeleteErrorFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<DeleteTasksMutation, DeleteTasksMutationVariables>;
export const UpdateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const DeleteSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"alsoDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeleteErrorFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<DeleteSourcesMutation, DeleteSourcesMutationVariables>;
export const TaskProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleReason"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskProgressSubscription, TaskProgressSubscriptionVariables>;
export const MigrationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oldestLimit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"oldestLimit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oldestLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"byProviderState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAccountRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"throughput"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}},{"kind":"Field","name":{"kind":"Name","value":"etaDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"etaUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sampleTaskIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oldestActive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<MigrationReportQuery, MigrationReportQueryVariables>;
export const HuaweiSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuaweiSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HUAWEI_SMS"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"memoryBytes"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"firmware"}},{"kind":"Field","name":{"kind":"Name","value":"agentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"migrationCycle"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"mac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiSourcesQuery, HuaweiSourcesQueryVariables>;
export const HuaweiTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuaweiTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HuaweiTaskParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HuaweiTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"migrationIp"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"startTargetServer"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"subTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"userOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetServer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiTaskQuery, HuaweiTaskQueryVariables>;
export const HuaweiTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuaweiTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HUAWEI_SMS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegion"}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flavor"}},{"kind":"Field","name":{"kind":"Name","value":"hasTargetPassword"}},{"kind":"Field","name":{"kind":"Name","value":"isGeneral"}},{"kind":"Field","name":{"kind":"Name","value":"vpc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cidr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthSizeMbps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"diskType"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiTemplatesQuery, HuaweiTemplatesQueryVariables>;
export const HuaweiProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuaweiProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrationProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HUAWEI_SMS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"speedLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"usePublicIp"}},{"kind":"Field","name":{"kind":"Name","value":"syncing"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiProjectsQuery, HuaweiProjectsQueryVariables>;
export const HuaweiAccountInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuaweiAccountInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiSourceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"}},{"kind":"Field","name":{"kind":"Name","value":"unconfigured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huaweiErrorServers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huaweiApiVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"href"}},{"kind":"Field","name":{"kind":"Name","value":"rel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huaweiApiVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"StringValue","value":"v3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huaweiPrivacyAgreementSigned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}}]}]}}]} as unknown as DocumentNode<HuaweiAccountInfoQuery, HuaweiAccountInfoQueryVariables>;
export const HuaweiTaskExtrasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuaweiTaskExtras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiSpeedLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"speedMbps"}},{"kind":"Field","name":{"kind":"Name","value":"overSpeedThreshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huaweiAdvancedOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"migrateType"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huaweiConsistencyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkResult"}},{"kind":"Field","name":{"kind":"Name","value":"directories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directory"}},{"kind":"Field","name":{"kind":"Name","value":"totalFiles"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiTaskExtrasQuery, HuaweiTaskExtrasQueryVariables>;
export const HuaweiTemplatePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuaweiTemplatePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiTemplateTargetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}}}]}]}}]} as unknown as DocumentNode<HuaweiTemplatePasswordQuery, HuaweiTemplatePasswordQueryVariables>;
export const HuaweiCheckNetworkAclDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuaweiCheckNetworkAcl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiNetworkAclCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiCheckNetworkAcl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]} as unknown as DocumentNode<HuaweiCheckNetworkAclQuery, HuaweiCheckNetworkAclQueryVariables>;
export const HuaweiCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiCreateTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flavor"}},{"kind":"Field","name":{"kind":"Name","value":"hasTargetPassword"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiCreateTemplateMutation, HuaweiCreateTemplateMutationVariables>;
export const HuaweiUpdateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiUpdateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiUpdateTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flavor"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiUpdateTemplateMutation, HuaweiUpdateTemplateMutationVariables>;
export const HuaweiDeleteTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiDeleteTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiDeleteTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiDeleteTemplatesMutation, HuaweiDeleteTemplatesMutationVariables>;
export const CreateHuaweiTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateHuaweiTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiCreateTaskInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHuaweiTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HuaweiTaskParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HuaweiTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"migrationIp"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"startTargetServer"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"subTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"userOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetServer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CreateHuaweiTaskMutation, CreateHuaweiTaskMutationVariables>;
export const HuaweiUpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiUpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiUpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiUpdateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HuaweiTaskParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HuaweiTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"migrationIp"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"startTargetServer"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"subTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"userOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetServer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiUpdateTaskMutation, HuaweiUpdateTaskMutationVariables>;
export const HuaweiRunTaskActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiRunTaskAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"switchHce"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiRunTaskAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"templateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"switchHce"},"value":{"kind":"Variable","name":{"kind":"Name","value":"switchHce"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HuaweiTaskParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HuaweiTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"migrationIp"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetProjectId"}},{"kind":"Field","name":{"kind":"Name","value":"startTargetServer"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"subTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"userOp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetServer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiRunTaskActionMutation, HuaweiRunTaskActionMutationVariables>;
export const HuaweiSetSpeedLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiSetSpeedLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiSpeedLimitRuleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiSetSpeedLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"speedMbps"}},{"kind":"Field","name":{"kind":"Name","value":"overSpeedThreshold"}}]}}]}}]} as unknown as DocumentNode<HuaweiSetSpeedLimitsMutation, HuaweiSetSpeedLimitsMutationVariables>;
export const HuaweiSetAdvancedOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiSetAdvancedOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiSettingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiSetAdvancedOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"settings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiSetAdvancedOptionsMutation, HuaweiSetAdvancedOptionsMutationVariables>;
export const HuaweiUnlockTargetServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiUnlockTargetServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiUnlockTargetServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}}]}}]}}]} as unknown as DocumentNode<HuaweiUnlockTargetServerMutation, HuaweiUnlockTargetServerMutationVariables>;
export const HuaweiCollectLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiCollectLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiCollectLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiCollectLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logCollectStatus"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiCollectLogMutation, HuaweiCollectLogMutationVariables>;
export const HuaweiUpdateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiUpdateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiUpdateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiUpdateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostname"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiUpdateSourceMutation, HuaweiUpdateSourceMutationVariables>;
export const HuaweiCreateMigrationProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiCreateMigrationProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiMigrationProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiCreateMigrationProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"speedLimitMbps"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiCreateMigrationProjectMutation, HuaweiCreateMigrationProjectMutationVariables>;
export const HuaweiUpdateMigrationProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiUpdateMigrationProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuaweiMigrationProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiUpdateMigrationProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"huawei"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<HuaweiUpdateMigrationProjectMutation, HuaweiUpdateMigrationProjectMutationVariables>;
export const HuaweiSetDefaultMigrationProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiSetDefaultMigrationProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiSetDefaultMigrationProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<HuaweiSetDefaultMigrationProjectMutation, HuaweiSetDefaultMigrationProjectMutationVariables>;
export const HuaweiDeleteMigrationProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiDeleteMigrationProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiDeleteMigrationProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}}]}}]}}]} as unknown as DocumentNode<HuaweiDeleteMigrationProjectMutation, HuaweiDeleteMigrationProjectMutationVariables>;
export const HuaweiSignPrivacyAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuaweiSignPrivacyAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huaweiSignPrivacyAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}}]}]}}]} as unknown as DocumentNode<HuaweiSignPrivacyAgreementMutation, HuaweiSignPrivacyAgreementMutationVariables>;
export const TaskUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskUpdatesFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProgressEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleReason"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"observedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<TaskUpdatesSubscription, TaskUpdatesSubscriptionVariables>;
export const TaskProgressLiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskProgressLite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<TaskProgressLiteSubscription, TaskProgressLiteSubscriptionVariables>;
export const UCloudStackSmcsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UCloudStackSmcs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"account"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSmcFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ucloudstackSmcs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"account"},"value":{"kind":"Variable","name":{"kind":"Name","value":"account"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"osType"}},{"kind":"Field","name":{"kind":"Name","value":"osVersion"}},{"kind":"Field","name":{"kind":"Name","value":"cpuCores"}},{"kind":"Field","name":{"kind":"Name","value":"memoryBytes"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"agentConnected"}},{"kind":"Field","name":{"kind":"Name","value":"disks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ucloudstack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smcId"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"kernel"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSmcDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smcId"}},{"kind":"Field","name":{"kind":"Name","value":"smcState"}},{"kind":"Field","name":{"kind":"Name","value":"resourceState"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"regionAlias"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"transferHost"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"distributionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"kernel"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"bootloaderType"}},{"kind":"Field","name":{"kind":"Name","value":"doneSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diskMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"mountPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fsType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"availBytes"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"mappingDiskId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ucloudstack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackDetailsFields"}}]}}]}}]} as unknown as DocumentNode<UCloudStackSmcsQuery, UCloudStackSmcsQueryVariables>;
export const UCloudStackTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UCloudStackTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSmcDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smcId"}},{"kind":"Field","name":{"kind":"Name","value":"smcState"}},{"kind":"Field","name":{"kind":"Name","value":"resourceState"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"regionAlias"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"transferHost"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"distributionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"kernel"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"bootloaderType"}},{"kind":"Field","name":{"kind":"Name","value":"doneSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diskMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"mountPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fsType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"availBytes"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"mappingDiskId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ucloudstack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackDetailsFields"}}]}}]}}]} as unknown as DocumentNode<UCloudStackTaskQuery, UCloudStackTaskQueryVariables>;
export const UCloudStackSetupSmcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UCloudStackSetupSmc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSetupSmcInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ucloudstackSetupSmc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSmcDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smcId"}},{"kind":"Field","name":{"kind":"Name","value":"smcState"}},{"kind":"Field","name":{"kind":"Name","value":"resourceState"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"regionAlias"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"transferHost"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"distributionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"kernel"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"bootloaderType"}},{"kind":"Field","name":{"kind":"Name","value":"doneSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diskMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"mountPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fsType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"availBytes"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"mappingDiskId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ucloudstack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackDetailsFields"}}]}}]}}]} as unknown as DocumentNode<UCloudStackSetupSmcMutation, UCloudStackSetupSmcMutationVariables>;
export const UCloudStackStartSmcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UCloudStackStartSmc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ucloudstackStartSmc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSmcDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smcId"}},{"kind":"Field","name":{"kind":"Name","value":"smcState"}},{"kind":"Field","name":{"kind":"Name","value":"resourceState"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"regionAlias"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"transferHost"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"distributionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"kernel"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"bootloaderType"}},{"kind":"Field","name":{"kind":"Name","value":"doneSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diskMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"mountPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fsType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"availBytes"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"mappingDiskId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ucloudstack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackDetailsFields"}}]}}]}}]} as unknown as DocumentNode<UCloudStackStartSmcMutation, UCloudStackStartSmcMutationVariables>;
export const UCloudStackStopSmcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UCloudStackStopSmc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ucloudstackStopSmc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSmcDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smcId"}},{"kind":"Field","name":{"kind":"Name","value":"smcState"}},{"kind":"Field","name":{"kind":"Name","value":"resourceState"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"regionAlias"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"transferHost"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"distributionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"kernel"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"bootloaderType"}},{"kind":"Field","name":{"kind":"Name","value":"doneSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diskMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"mountPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fsType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"availBytes"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"mappingDiskId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ucloudstack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackDetailsFields"}}]}}]}}]} as unknown as DocumentNode<UCloudStackStopSmcMutation, UCloudStackStopSmcMutationVariables>;
export const UCloudStackCompleteSmcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UCloudStackCompleteSmc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ucloudstackCompleteSmc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UCloudStackSmcDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smcId"}},{"kind":"Field","name":{"kind":"Name","value":"smcState"}},{"kind":"Field","name":{"kind":"Name","value":"resourceState"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"regionAlias"}},{"kind":"Field","name":{"kind":"Name","value":"companyId"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"transferHost"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthMbps"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"arch"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"distributionVersion"}},{"kind":"Field","name":{"kind":"Name","value":"kernel"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"bootloaderType"}},{"kind":"Field","name":{"kind":"Name","value":"doneSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"totalSubtask"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"diskMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"mountPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fsType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"availBytes"}},{"kind":"Field","name":{"kind":"Name","value":"isRoot"}},{"kind":"Field","name":{"kind":"Name","value":"mappingDiskId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UCloudStackTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bandwidthLimitMbps"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"transferredBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ucloudstack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UCloudStackDetailsFields"}}]}}]}}]} as unknown as DocumentNode<UCloudStackCompleteSmcMutation, UCloudStackCompleteSmcMutationVariables>;
export const UCloudStackDeleteSmcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UCloudStackDeleteSmc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ucloudstackDeleteSmc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"nativeState"}}]}}]}}]} as unknown as DocumentNode<UCloudStackDeleteSmcMutation, UCloudStackDeleteSmcMutationVariables>;