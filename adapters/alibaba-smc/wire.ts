/**
 * Wire types of Alibaba Cloud SMC, API 2019-06-01, named exactly as the vendor names them.
 *
 * Responses: JSON, every list wrapped in an object keyed by the singular element name
 * (`{"ReplicationJobs":{"ReplicationJob":[...]}}`). Older (EN) samples serialise numbers as strings,
 * so numeric wire fields are typed `number | string` where the seeds show both.
 * Requests: flat `Name=value` parameters; repeated lists are `.N` (1-based) — see params.ts.
 */

export const API_VERSION = '2019-06-01';
export const DEFAULT_ENDPOINT = 'https://smc.aliyuncs.com';
export const PROVIDER_ID = 'alibaba-smc' as const;

/** The 13 catalog Actions. */
export const ACTIONS = [
  'DescribeSourceServers',
  'DeleteSourceServer',
  'ModifySourceServerAttribute',
  'CreateReplicationJob',
  'DeleteReplicationJob',
  'DescribeReplicationJobs',
  'ModifyReplicationJobAttribute',
  'StartReplicationJob',
  'StopReplicationJob',
  'CutOverReplicationJob',
  'TagResources',
  'ListTagResources',
  'UntagResources',
] as const;
export type Action = (typeof ACTIONS)[number];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/** Reads that may be retried (plus CreateReplicationJob, which always carries a ClientToken). */
export const READ_ACTIONS: ReadonlySet<Action> = new Set(['DescribeSourceServers', 'DescribeReplicationJobs', 'ListTagResources']);

export const SOURCE_SERVER_STATES = ['Unavailable', 'Available', 'InUse', 'Deleting'] as const;
export type SourceServerState = (typeof SOURCE_SERVER_STATES)[number];

export const REPLICATION_JOB_STATUSES = ['Ready', 'Running', 'Stopped', 'InError', 'Finished', 'Waiting', 'Expired', 'Deleting'] as const;
export type ReplicationJobStatus = (typeof REPLICATION_JOB_STATUSES)[number];

export const BUSINESS_STATUSES = ['Preparing', 'Syncing', 'Processing', 'Cleaning'] as const;
export type ReplicationJobBusinessStatus = (typeof BUSINESS_STATUSES)[number];

export const TARGET_TYPES = ['Image', 'ContainerImage', 'Instance'] as const;
export type ReplicationJobTargetType = (typeof TARGET_TYPES)[number];

export type ReplicationJobNetMode = 0 | 2;
export type ReplicationJobRunType = 'Manual' | 'Schedule';
export type LicenseType = '' | 'BYOL';

export const TAG_RESOURCE_TYPES = ['sourceserver', 'replicationjob'] as const;
export type TagResourceType = (typeof TAG_RESOURCE_TYPES)[number];
/** Response form of the resource type (`ALIYUN::SMC::SOURCESERVER`). */
export type TagResourceTypeResponse = 'ALIYUN::SMC::SOURCESERVER' | 'ALIYUN::SMC::REPLICATIONJOB';

/** A number the EN samples sometimes send as a string. */
export type WireNumber = number | string;

// ----------------------------------------------------------------------------------------------
// Models

export interface SourceServerDataDiskPart {
  CanBlock?: boolean;
  Device?: string;
  Need?: boolean;
  Path?: string;
  SizeBytes?: WireNumber;
}

export interface SourceServerDataDisk {
  Index?: WireNumber;
  Parts?: { Part?: SourceServerDataDiskPart[] };
  Path?: string;
  /** GiB. */
  Size?: WireNumber;
}

export interface SourceServerSystemDiskPart {
  CanBlock?: boolean;
  Device?: string;
  Need?: boolean;
  Path?: string;
  SizeBytes?: WireNumber;
}

export interface SourceServer {
  AgentVersion?: string;
  Architecture?: string;
  CreationTime?: string;
  DataDisks?: { DataDisk?: SourceServerDataDisk[] };
  Description?: string;
  ErrorCode?: string;
  HeartbeatRate?: WireNumber;
  JobId?: string;
  KernelLevel?: WireNumber;
  Name?: string;
  Platform?: string;
  ReplicationDriver?: string;
  SourceId?: string;
  State?: SourceServerState | string;
  /** JSON string `{"error_code": ..., "error_msg": ...}` when the state is abnormal. */
  StatusInfo?: string;
  SystemDiskParts?: { SystemDiskPart?: SourceServerSystemDiskPart[] };
  /** GiB. */
  SystemDiskSize?: WireNumber;
  /** JSON string (keys in lower case in the samples: agent_mode, hostname, ipv4, cores, memory, ...). */
  SystemInfo?: string;
}

export interface ReplicationJobDataDiskPart {
  Block?: boolean;
  Device?: string;
  SizeBytes?: WireNumber;
}

export interface ReplicationJobDataDisk {
  Index?: WireNumber;
  Parts?: { Part?: ReplicationJobDataDiskPart[] };
  /** GiB. */
  Size?: WireNumber;
}

export interface ReplicationJobSystemDiskPart {
  Block?: boolean;
  Device?: string;
  SizeBytes?: WireNumber;
}

export interface ReplicationJobRun {
  EndTime?: string;
  ImageId?: string;
  StartTime?: string;
  Type?: ReplicationJobRunType | string;
}

export interface ReplicationJob {
  BusinessStatus?: ReplicationJobBusinessStatus | string;
  ContainerNamespace?: string;
  ContainerRepository?: string;
  ContainerTag?: string;
  CreationTime?: string;
  DataDisks?: { DataDisk?: ReplicationJobDataDisk[] };
  Description?: string;
  EndTime?: string;
  ErrorCode?: string;
  Frequency?: WireNumber;
  ImageId?: string;
  ImageName?: string;
  InstanceId?: string;
  InstanceRamRole?: string;
  InstanceType?: string;
  JobId?: string;
  LaunchTemplateId?: string;
  LaunchTemplateVersion?: string;
  LicenseType?: LicenseType | string;
  MaxNumberOfImageToKeep?: WireNumber;
  Name?: string;
  NetMode?: WireNumber;
  /** Percent (55.45, 75). */
  Progress?: WireNumber;
  RegionId?: string;
  ReplicationJobRuns?: { ReplicationJobRun?: ReplicationJobRun[] };
  ReplicationParameters?: string;
  RunOnce?: boolean | string;
  ScheduledStartTime?: string;
  SourceId?: string;
  StartTime?: string;
  Status?: ReplicationJobStatus | string;
  StatusInfo?: string;
  SystemDiskParts?: { SystemDiskPart?: ReplicationJobSystemDiskPart[] };
  SystemDiskSize?: WireNumber;
  TargetType?: ReplicationJobTargetType | string;
  TransitionInstanceId?: string;
  VSwitchId?: string;
  ValidTime?: string;
  VpcId?: string;
}

export interface TagResource {
  ResourceId?: string;
  ResourceType?: TagResourceTypeResponse | string;
  TagKey?: string;
  TagValue?: string;
}

// ----------------------------------------------------------------------------------------------
// Request-side structures (flattened by params.ts)

export interface Tag {
  Key: string;
  Value?: string;
}

export interface DiskPartRequest {
  Device: string;
  SizeBytes?: number;
  Block?: boolean;
}

export interface DataDiskRequest {
  Index: number;
  /** GiB. */
  Size?: number;
  Part?: DiskPartRequest[];
}

// ----------------------------------------------------------------------------------------------
// Requests (operation parameters only; the common parameters are added by the signer)

export interface DescribeSourceServersRequest {
  SourceId?: string[];
  JobId?: string;
  State?: SourceServerState;
  Name?: string;
  PageNumber?: number;
  PageSize?: number;
}

export interface DeleteSourceServerRequest {
  SourceId: string;
  Force?: boolean;
}

export interface ModifySourceServerAttributeRequest {
  SourceId: string;
  Name?: string;
  Description?: string;
}

/** Target options shared by Create and Modify. */
export interface ReplicationJobTargetOptions {
  Name?: string;
  Description?: string;
  TargetType?: ReplicationJobTargetType;
  ScheduledStartTime?: string;
  ValidTime?: string;
  ImageName?: string;
  InstanceId?: string;
  SystemDiskSize?: number;
  DataDisk?: DataDiskRequest[];
  SystemDiskPart?: DiskPartRequest[];
  Frequency?: number;
  MaxNumberOfImageToKeep?: number;
  InstanceType?: string;
  InstanceRamRole?: string;
  ContainerNamespace?: string;
  ContainerRepository?: string;
  ContainerTag?: string;
}

export interface CreateReplicationJobRequest extends ReplicationJobTargetOptions {
  RegionId: string;
  SourceId: string;
  SystemDiskSize: number;
  ClientToken?: string;
  Tag?: Tag[];
  VpcId?: string;
  VSwitchId?: string;
  ReplicationParameters?: string;
  NetMode?: ReplicationJobNetMode;
  RunOnce?: boolean;
  LicenseType?: LicenseType;
}

export interface ModifyReplicationJobAttributeRequest extends Omit<ReplicationJobTargetOptions, 'TargetType'> {
  JobId: string;
  /** Modify accepts only Image / ContainerImage (case-insensitive). */
  TargetType?: 'Image' | 'ContainerImage';
  LaunchTemplateId?: string;
  LaunchTemplateVersion?: string;
}

export interface DeleteReplicationJobRequest {
  JobId: string;
}

export interface DescribeReplicationJobsRequest {
  SourceId?: string[];
  JobId?: string[];
  Name?: string;
  RegionId?: string;
  Status?: ReplicationJobStatus;
  BusinessStatus?: ReplicationJobBusinessStatus;
  PageNumber?: number;
  PageSize?: number;
}

export interface StartReplicationJobRequest {
  JobId: string;
}

export interface StopReplicationJobRequest {
  JobId: string;
}

export interface CutOverReplicationJobRequest {
  JobId: string;
  SyncData?: boolean;
}

export interface TagResourcesRequest {
  ResourceType: TagResourceType;
  ResourceId: string[];
  Tag?: Tag[];
}

export interface ListTagResourcesRequest {
  ResourceType: TagResourceType;
  ResourceId?: string[];
  Tag?: { Key?: string; Value?: string }[];
  NextToken?: string;
}

export interface UntagResourcesRequest {
  ResourceType: TagResourceType;
  ResourceId: string[];
  TagKey?: string[];
  All?: boolean;
}

// ----------------------------------------------------------------------------------------------
// Responses

export interface BaseResponse {
  RequestId: string;
}

export interface DescribeSourceServersResponse extends BaseResponse {
  PageNumber: WireNumber;
  PageSize: WireNumber;
  TotalCount: WireNumber;
  SourceServers?: { SourceServer?: SourceServer[] };
}

export interface CreateReplicationJobResponse extends BaseResponse {
  JobId: string;
}

export interface DescribeReplicationJobsResponse extends BaseResponse {
  PageNumber: WireNumber;
  PageSize: WireNumber;
  TotalCount: WireNumber;
  ReplicationJobs?: { ReplicationJob?: ReplicationJob[] };
}

export interface ListTagResourcesResponse extends BaseResponse {
  NextToken?: string;
  TagResources?: { TagResource?: TagResource[] };
}

/** The error envelope (HTTP 4xx/5xx). */
export interface ErrorEnvelope {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
}
