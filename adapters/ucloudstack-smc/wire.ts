/**
 * UCloudStack SMC wire types, named exactly as the vendor names them (seed 000 + the Java SDK's
 * models), and the parameter catalogue of the 8 Actions. The catalogue is the single list the client
 * sends from (only catalogue parameters go on the wire) and the simulator validates against.
 *
 * Units on the wire: Disk/DiskMapping Size and Avail in GB (double), Memory in MB, Bandwidth in Mbit/s
 * (0 = unlimited), times as Unix seconds, SMCSubtask.Progress in percent (0-100), Speed a
 * human-readable string ("100MB/s", "1Gbps").
 */

export const SMC_ACTIONS = [
  'CreateSMC',
  'SetupSMC',
  'DeleteSMC',
  'StartSMC',
  'StopSMC',
  'CompleteSMC',
  'SMCHeartbeat',
  'DescribeSMC',
] as const;
export type SMCAction = (typeof SMC_ACTIONS)[number];

export function isSMCAction(value: string): value is SMCAction {
  return (SMC_ACTIONS as readonly string[]).includes(value);
}

/** SMC states (sdk SMCHeartbeatRequest), TitleCase as listed; the vendor also writes them UPPER CASE. */
export const SMC_STATES = [
  'Unknown',
  'Online',
  'Offline',
  'Preparing',
  'Stopping',
  'Syncing',
  'Exception',
  'Synced',
  'Completing',
  'Completed',
  'Deleted',
] as const;
export type SMCState = (typeof SMC_STATES)[number];

/**
 * Resource states that replace `SMCInfo.State` while the resource is not AVAILABLE (sdk SMCInfo;
 * partial list from the vendor's examples).
 */
export const SMC_RESOURCE_STATES = ['AVAILABLE', 'CREATING', 'DELETING', 'EXCEPTION'] as const;
export type SMCResourceState = (typeof SMC_RESOURCE_STATES)[number];

/** Case-insensitive lookup of an SMC state (`SYNCED` and `Synced` are the same). */
export function parseSMCState(value: string | undefined | null): SMCState | null {
  if (!value) return null;
  const lower = value.toLowerCase();
  return SMC_STATES.find((s) => s.toLowerCase() === lower) ?? null;
}

/** Case-insensitive lookup of a resource state (`creating` -> `CREATING`). */
export function parseResourceState(value: string | undefined | null): SMCResourceState | null {
  if (!value) return null;
  const upper = value.toUpperCase();
  return SMC_RESOURCE_STATES.find((s) => s === upper) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Models

/** Source partition (sdk Disk; the seed uses it in CreateSMC without defining it). */
export interface Disk {
  FsType?: string;
  /** GB */
  Size?: number;
  /** GB free */
  Avail?: number;
  Device?: string;
  MountPoint?: string;
  IsRoot?: boolean;
}

/** Source partition -> target cloud disk. */
export interface DiskMapping extends Disk {
  MappingDiskID?: string;
}

export interface SMCSubtask {
  Name?: string;
  /** percent 0-100 */
  Progress?: number;
  /** human-readable rate, e.g. "100MB/s", "1Gbps" */
  Speed?: string;
}

export interface UnifiedTag {
  Key?: string;
  Value?: string;
}

/** One SMC task as DescribeSMC returns it (35 fields; no Password, no Disks). */
export interface SMCInfo {
  SMCID?: string;
  Name?: string;
  Remark?: string;
  Region?: string;
  RegionAlias?: string;
  CompanyID?: number;
  CompanyName?: string;
  Email?: string;
  ProjectID?: string;
  ProjectName?: string;
  Reason?: string;
  CreateTime?: number;
  UpdateTime?: number;
  Tags?: UnifiedTag[];
  OS?: string;
  Arch?: string;
  Distribution?: string;
  DistributionVersion?: string;
  Kernel?: string;
  Cores?: number;
  /** MB */
  Memory?: number;
  Hostname?: string;
  IP?: string;
  BootloaderType?: string;
  DoneSubtask?: number;
  TotalSubtask?: number;
  Subtasks?: SMCSubtask[];
  /** SMC state, or the resource state (CREATING, DELETING, EXCEPTION) when the resource is not AVAILABLE. */
  State?: string;
  VMID?: string;
  Host?: string;
  /** Mbit/s, 0 = unlimited */
  Bandwidth?: number;
  Locked?: boolean;
  LastSyncedTime?: number;
  User?: string;
  DiskMappings?: DiskMapping[];
}

// ---------------------------------------------------------------------------------------------
// Requests and responses

/** Common response envelope. */
export interface Envelope {
  /** Request Action + "Response". */
  Action: string;
  /** 0 = success. */
  RetCode: number;
  Message?: string;
}

export interface CreateSMCRequest {
  Region: string;
  CompanyID: number;
  ProjectID?: string;
  TagKeyValuePairs: string[];
  Name: string;
  Remark?: string;
  AgentVersion: string;
  OS?: string;
  Arch?: string;
  Distribution?: string;
  DistributionVersion?: string;
  Kernel?: string;
  Cores?: number;
  Memory?: number;
  Hostname?: string;
  IP?: string;
  BootloaderType?: string;
  Disks?: Disk[];
}
export interface CreateSMCResponse extends Envelope {
  SMCID: string;
}

export interface SetupSMCRequest {
  Region: string;
  SMCID: string;
  VMID: string;
  Host: string;
  Bandwidth?: number;
  User?: string;
  /** Write-only: plain text in, stored encrypted; never returned by DescribeSMC. */
  Password?: string;
  DiskMappings: DiskMapping[];
}
export type SetupSMCResponse = Envelope;

export interface SMCIDRequest {
  Region: string;
  SMCID: string;
}
export type DeleteSMCRequest = SMCIDRequest;
export type StartSMCRequest = SMCIDRequest;
export type StopSMCRequest = SMCIDRequest;
export type CompleteSMCRequest = SMCIDRequest;
export type DeleteSMCResponse = Envelope;
export type StartSMCResponse = Envelope;
export type StopSMCResponse = Envelope;
export type CompleteSMCResponse = Envelope;

export interface SMCHeartbeatRequest {
  Region: string;
  CompanyID?: number;
  SMCID: string;
  DoneSubtask?: number;
  TotalSubtask?: number;
  Subtasks?: SMCSubtask[];
  State: SMCState | string;
}
export interface SMCHeartbeatResponse extends Envelope {
  SMCID?: string;
  /** The state the task engine wants the agent in. */
  State?: string;
  /** Boolean despite the name. */
  CompressLevel?: boolean;
  Checksum?: boolean;
  /** Mbit/s, 0 = unlimited */
  Bandwidth?: number;
  /** true: transfer whole files; false: only the incremental part */
  WholeFile?: boolean;
  VMID?: string;
  Host?: string;
  /** fixed 22 */
  Port?: number;
  User?: string;
  /** AES-ECB-encrypted with the VMID as key (never plain text). */
  Password?: string;
  /** Only mappings that have a MappingDiskID. */
  DiskMappings?: DiskMapping[];
}

export interface DescribeSMCRequest {
  Region: string;
  CompanyID?: number;
  /** When given, every other filter is ignored. */
  SMCIDs?: string[];
  ProjectIDs?: string[];
  /** Case-insensitive fuzzy match on Name or Remark. */
  Keyword?: string;
  Offset?: number;
  /** 1-100, clamped. */
  Limit?: number;
  States?: string[];
}
export interface DescribeSMCResponse extends Envelope {
  Infos: SMCInfo[];
  TotalCount: number;
}

export interface ActionTypes {
  CreateSMC: [CreateSMCRequest, CreateSMCResponse];
  SetupSMC: [SetupSMCRequest, SetupSMCResponse];
  DeleteSMC: [DeleteSMCRequest, DeleteSMCResponse];
  StartSMC: [StartSMCRequest, StartSMCResponse];
  StopSMC: [StopSMCRequest, StopSMCResponse];
  CompleteSMC: [CompleteSMCRequest, CompleteSMCResponse];
  SMCHeartbeat: [SMCHeartbeatRequest, SMCHeartbeatResponse];
  DescribeSMC: [DescribeSMCRequest, DescribeSMCResponse];
}

// ---------------------------------------------------------------------------------------------
// Parameter catalogue (what may go on the wire per Action)

export type ScalarType = 'string' | 'integer' | 'double' | 'boolean';
export type ModelName = 'Disk' | 'DiskMapping' | 'SMCSubtask';
export type ParamType = ScalarType | 'array<string>' | `array<${ModelName}>`;

export interface ParamSpec {
  name: string;
  type: ParamType;
  required: boolean;
}

const p = (name: string, type: ParamType, required = false): ParamSpec => ({ name, type, required });

export const MODEL_FIELDS: Record<ModelName, readonly ParamSpec[]> = {
  Disk: [p('FsType', 'string'), p('Size', 'double'), p('Avail', 'double'), p('Device', 'string'), p('MountPoint', 'string'), p('IsRoot', 'boolean')],
  DiskMapping: [
    p('FsType', 'string'),
    p('Size', 'double'),
    p('Avail', 'double'),
    p('Device', 'string'),
    p('MountPoint', 'string'),
    p('IsRoot', 'boolean'),
    p('MappingDiskID', 'string'),
  ],
  SMCSubtask: [p('Name', 'string'), p('Progress', 'double'), p('Speed', 'string')],
};

const region = p('Region', 'string', true);
const smcId = p('SMCID', 'string', true);

/** Per-Action request parameters (the catalogue's queryParams), without the common ones. */
export const ACTION_PARAMS: Record<SMCAction, readonly ParamSpec[]> = {
  CreateSMC: [
    region,
    p('CompanyID', 'integer', true),
    p('ProjectID', 'string'),
    p('TagKeyValuePairs', 'array<string>', true),
    p('Name', 'string', true),
    p('Remark', 'string'),
    p('AgentVersion', 'string', true),
    p('OS', 'string'),
    p('Arch', 'string'),
    p('Distribution', 'string'),
    p('DistributionVersion', 'string'),
    p('Kernel', 'string'),
    p('Cores', 'integer'),
    p('Memory', 'integer'),
    p('Hostname', 'string'),
    p('IP', 'string'),
    p('BootloaderType', 'string'),
    p('Disks', 'array<Disk>'),
  ],
  SetupSMC: [
    region,
    smcId,
    p('VMID', 'string', true),
    p('Host', 'string', true),
    p('Bandwidth', 'integer'),
    p('User', 'string'),
    p('Password', 'string'),
    p('DiskMappings', 'array<DiskMapping>', true),
  ],
  DeleteSMC: [region, smcId],
  StartSMC: [region, smcId],
  StopSMC: [region, smcId],
  CompleteSMC: [region, smcId],
  SMCHeartbeat: [
    region,
    p('CompanyID', 'integer'),
    smcId,
    p('DoneSubtask', 'integer'),
    p('TotalSubtask', 'integer'),
    p('Subtasks', 'array<SMCSubtask>'),
    p('State', 'string', true),
  ],
  DescribeSMC: [
    region,
    p('CompanyID', 'integer'),
    p('SMCIDs', 'array<string>'),
    p('ProjectIDs', 'array<string>'),
    p('Keyword', 'string'),
    p('Offset', 'integer'),
    p('Limit', 'integer'),
    p('States', 'array<string>'),
  ],
};

/** Common request parameters: Action, PublicKey, Signature and the SDK's optional ProjectId (lower-case d). */
export const COMMON_PARAMS = ['Action', 'PublicKey', 'Signature', 'ProjectId'] as const;

/** Response header carrying the request id (read by the Java SDK). */
export const REQUEST_ID_HEADER = 'x-ucloud-request-uuid';

/** Response-field names per Action beyond the envelope (for contract tests). */
export const ACTION_RESPONSE_FIELDS: Record<SMCAction, readonly string[]> = {
  CreateSMC: ['SMCID'],
  SetupSMC: [],
  DeleteSMC: [],
  StartSMC: [],
  StopSMC: [],
  CompleteSMC: [],
  SMCHeartbeat: ['SMCID', 'State', 'CompressLevel', 'Checksum', 'Bandwidth', 'WholeFile', 'VMID', 'Host', 'Port', 'User', 'Password', 'DiskMappings'],
  DescribeSMC: ['Infos', 'TotalCount'],
};
