/**
 * HuaweiSmsExtension: the Huawei-only user-side operations beyond the port, in domain terms (units
 * normalised, typed results, no JSON blobs). The GraphQL module src/graphql/providers/huawei-sms/
 * calls it through `gateway.accounts.extension<HuaweiSmsExtension>(accountId, PROVIDER_ID)`.
 *
 * Entity-returning methods take the account `region` (the region the entity is reported under:
 * SMS is a global service, see README); the others work on native ids only.
 * Read methods start with get, list or check (the shared cache treats every other extension method as a
 * write and invalidates the account after it).
 * Agent-side operations (RegisterServer, ShowCommand, UpdateTaskSpeed, ...) are deliberately absent:
 * they are on the Client (client.ts) for the simulator and tests.
 *
 * `createExtension(provider)` builds the object `provider.extension` is.
 */
import type { CallContext, DeleteOutcome } from '../port.js';
import { PROVIDER_ID } from './generated/wire.js';
import type { HuaweiSmsProvider } from './provider.js';
import type { ListPage, MigrationProject, Source, Task, TaskError, Template } from '../../src/core/model.js';
import type { HuaweiConfigSetting } from './mapper.js';

// ---------------------------------------------------------------------------------------------
// Sources

export interface HuaweiSourceDiskAdjustment {
  /** Disk id (ServerDisk / PutDisk id). */
  id: string;
  /** New target size in bytes. */
  adjustSizeBytes: number;
  needMigration?: boolean | null;
  physicalVolumes?: Array<{ id: string; adjustSizeBytes?: number | null; needMigration?: boolean | null }> | null;
}

export interface HuaweiSourceVolumeGroupAdjustment {
  id: string;
  adjustSizeBytes?: number | null;
  needMigration?: boolean | null;
  logicalVolumes?: Array<{ id: string; adjustSizeBytes?: number | null; needMigration?: boolean | null }> | null;
}

/** UpdateServerName: rename, move to another migration project, resize / exclude disks and volumes. */
export interface HuaweiUpdateSourceInput {
  name?: string | null;
  migrationProjectId?: string | null;
  disks?: HuaweiSourceDiskAdjustment[] | null;
  volumeGroups?: HuaweiSourceVolumeGroupAdjustment[] | null;
}

/** ShowOverview: number of source servers per native state. */
export interface HuaweiSourceOverview {
  waiting: number;
  initialize: number;
  replicate: number;
  syncing: number;
  stopping: number;
  stopped: number;
  deleting: number;
  error: number;
  cloning: number;
  cutovering: number;
  finished: number;
  unavailable: number;
  /** Sources with no target server configured. */
  unconfigured: number;
}

/** ListErrorServers item: a source whose migration failed, with its decoded error. */
export interface HuaweiMigrationError {
  sourceId: string | null;
  name: string | null;
  hostName: string | null;
  sourceIp: string | null;
  targetIp: string | null;
  error: TaskError | null;
}

export interface HuaweiErrorServersQuery {
  migrationProjectId?: string | null;
  enterpriseProjectId?: string | null;
  offset: number;
  /** 0..100 (native). */
  limit: number;
}

// ---------------------------------------------------------------------------------------------
// Tasks

/** Full native option set of CreateTask (GraphQL `createHuaweiTask`). */
export interface HuaweiCreateTaskInput {
  sourceId: string;
  name: string;
  /** MIGRATE_FILE (file-level) or MIGRATE_BLOCK (block-level). Default: LINUX -> file, WINDOWS -> block. */
  type?: 'MIGRATE_FILE' | 'MIGRATE_BLOCK' | null;
  /** Create the target from this template (vm_template_id). Either this or existingServer. */
  templateId?: string | null;
  /** Use an existing ECS as the target. */
  existingServer?: { vmId: string; name: string } | null;
  /** Target region id / name and IAM project; default from the template. */
  targetRegionId?: string | null;
  targetRegionName?: string | null;
  targetProjectId?: string | null;
  targetProjectName?: string | null;
  migrationIp?: string | null;
  usePublicIp?: boolean | null;
  useIpv6?: boolean | null;
  /** Keep synchronising after the first full replication. */
  syncing?: boolean | null;
  autoStart?: boolean | null;
  startTargetServer?: boolean | null;
  startNetworkCheck?: boolean | null;
  /** 0 low, 1 standard, 2 high. */
  priority?: 0 | 1 | 2 | null;
  /** Mbit/s; null/0 = unlimited. */
  bandwidthLimitMbps?: number | null;
  /** Percent of the limit above which the task is stopped. */
  overSpeedThreshold?: number | null;
  consistencyCheck?: boolean | null;
}

/** UpdateTask (writable subset). */
export interface HuaweiUpdateTaskInput {
  name?: string | null;
  /** Mbit/s; null = unlimited. */
  bandwidthLimitMbps?: number | null;
  priority?: 0 | 1 | 2 | null;
  migrationIp?: string | null;
  startTargetServer?: boolean | null;
  existServer?: boolean | null;
}

/** A time-window rate limit (ShowsSpeedLimits / UpdateSpeed). */
export interface HuaweiSpeedLimitRule {
  /** "HH:MM". */
  start: string;
  /** "HH:MM". */
  end: string;
  /** Mbit/s. */
  speedMbps: number;
  /** Percent above which the task is stopped. */
  overSpeedThreshold: number | null;
}

export interface HuaweiNetworkAclCheckInput {
  /** Target IAM project id. */
  targetProjectId: string;
  /** Target subnet (network) id. */
  targetNetworkId: string;
  regionId: string;
  osType: 'WINDOWS' | 'LINUX';
}

export interface HuaweiNetworkAclCheckResult {
  /** True when SMS accepted the NICs and security groups (it refuses with SMS.6605 otherwise). */
  passed: boolean;
}

export interface HuaweiCollectLogInput {
  /** OBS bucket the logs are uploaded to. */
  bucket: string;
  /** Validity of the share URL, seconds (300..64800). */
  expireSeconds: number;
}

export interface HuaweiConsistencyDirResult {
  directory: string;
  totalFiles: number;
  differentFiles: number;
  missingOnTarget: number;
  extraOnTarget: number;
}

export interface HuaweiConsistencyResult {
  finishedAt: string | null;
  checkResult: string | null;
  directories: HuaweiConsistencyDirResult[];
}

// ---------------------------------------------------------------------------------------------
// Templates

export interface HuaweiTemplateInput {
  name: string;
  /** A general template (true) or one bound to a task (false). */
  isGeneral: boolean;
  region: string;
  /** Target IAM project id. */
  targetProjectId: string;
  targetServerName?: string | null;
  availabilityZone?: string | null;
  flavor?: string | null;
  /** SAS | SSD | SATA. */
  volumeType?: string | null;
  dataVolumeType?: string | null;
  imageId?: string | null;
  /** `id: "autoCreate"` lets SMS create it. */
  vpc?: { id: string; name: string; cidr?: string | null } | null;
  nics?: Array<{ id: string; name: string; cidr: string; ip?: string | null }> | null;
  securityGroups?: Array<{ id: string; name: string }> | null;
  publicIp?: { type: string; bandwidthSizeMbps: number; bandwidthShareType?: string | null } | null;
  disks?: Array<{ index: number; name: string; diskType: string; sizeGb: number; deviceUse?: string | null }> | null;
  /** Write-only. */
  targetPassword?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Migration projects

export interface HuaweiMigrationProjectInput {
  name: string;
  description?: string | null;
  region: string;
  type: 'MIGRATE_BLOCK' | 'MIGRATE_FILE';
  usePublicIp: boolean;
  existServer: boolean;
  syncing: boolean;
  startTargetServer?: boolean | null;
  /** Mbit/s (0..10000); null = unlimited. */
  speedLimitMbps?: number | null;
  startNetworkCheck?: boolean | null;
  enterpriseProject?: string | null;
  isDefault?: boolean | null;
}

// ---------------------------------------------------------------------------------------------
// Advanced options, versions

export interface HuaweiAdvancedOptions {
  taskId: string;
  /** e.g. LINUX_FILE_MIGRATE. */
  migrateType: string | null;
  settings: HuaweiConfigSetting[];
}

export interface HuaweiApiVersion {
  id: string;
  status: string | null;
  /** ISO-8601. */
  updated: string | null;
  links: Array<{ href: string; rel: string }>;
}

// ---------------------------------------------------------------------------------------------

export interface HuaweiSmsExtension {
  readonly provider: typeof PROVIDER_ID;

  // Sources
  updateSource(region: string, sourceId: string, input: HuaweiUpdateSourceInput, ctx?: CallContext): Promise<Source>;
  deleteSource(sourceId: string, ctx?: CallContext): Promise<void>;
  deleteSources(sourceIds: readonly string[], ctx?: CallContext): Promise<void>;
  getSourceOverview(ctx?: CallContext): Promise<HuaweiSourceOverview>;
  listErrorServers(query: HuaweiErrorServersQuery, ctx?: CallContext): Promise<ListPage<HuaweiMigrationError>>;

  // Tasks
  createTask(region: string, input: HuaweiCreateTaskInput, ctx?: CallContext): Promise<Task>;
  updateTask(region: string, taskId: string, input: HuaweiUpdateTaskInput, ctx?: CallContext): Promise<Task>;
  deleteTasks(taskIds: readonly string[], ctx?: CallContext): Promise<void>;
  getSpeedLimits(taskId: string, ctx?: CallContext): Promise<HuaweiSpeedLimitRule[]>;
  /** Replaces the task's rules (the catalog's examples post the whole set). */
  setSpeedLimits(taskId: string, rules: readonly HuaweiSpeedLimitRule[], ctx?: CallContext): Promise<void>;
  unlockTargetServer(taskId: string, ctx?: CallContext): Promise<void>;
  checkNetworkAcl(input: HuaweiNetworkAclCheckInput, ctx?: CallContext): Promise<HuaweiNetworkAclCheckResult>;
  collectLog(taskId: string, input: HuaweiCollectLogInput, ctx?: CallContext): Promise<void>;
  getConsistencyResults(taskId: string, ctx?: CallContext): Promise<HuaweiConsistencyResult[]>;

  // Templates
  createTemplate(region: string, input: HuaweiTemplateInput, ctx?: CallContext): Promise<Template>;
  updateTemplate(region: string, templateId: string, input: HuaweiTemplateInput, ctx?: CallContext): Promise<Template>;
  deleteTemplate(templateId: string, ctx?: CallContext): Promise<void>;
  /**
   * DeleteTemplate (one id) or DeleteTemplates: atomic, one outcome per distinct id (all deleted, or
   * a refusal thrown); a lost answer is read back per id. `region` labels what the read-back reads.
   */
  deleteTemplates(region: string, templateIds: readonly string[], ctx?: CallContext): Promise<DeleteOutcome[]>;
  /** Throws the BAD_USER_INPUT `deleteTemplates` would for these ids, sending nothing (callers that send several batches check all first). */
  checkDeleteTemplates(templateIds: readonly string[]): void;
  /** SENSITIVE: the target-server password stored in a template (ShowTargetPassword). */
  getTemplateTargetPassword(templateId: string, ctx?: CallContext): Promise<string | null>;

  // Migration projects
  createMigrationProject(region: string, input: HuaweiMigrationProjectInput, ctx?: CallContext): Promise<MigrationProject>;
  updateMigrationProject(region: string, projectId: string, input: HuaweiMigrationProjectInput, ctx?: CallContext): Promise<MigrationProject>;
  deleteMigrationProject(projectId: string, ctx?: CallContext): Promise<void>;
  setDefaultMigrationProject(region: string, projectId: string, ctx?: CallContext): Promise<MigrationProject>;

  // Advanced migration options (configuration-setting)
  getAdvancedOptions(taskId: string, key?: string | null, ctx?: CallContext): Promise<HuaweiAdvancedOptions>;
  setAdvancedOptions(taskId: string, settings: ReadonlyArray<{ key: string; value: string }>, ctx?: CallContext): Promise<void>;

  // API versions, privacy agreement
  listApiVersions(ctx?: CallContext): Promise<HuaweiApiVersion[]>;
  getApiVersion(version: string, ctx?: CallContext): Promise<HuaweiApiVersion | null>;
  getPrivacyAgreementSigned(ctx?: CallContext): Promise<boolean>;
  signPrivacyAgreement(ctx?: CallContext): Promise<void>;
}

/** The extension object (what `provider.extension` is): Huawei-only operations over the provider. */
export function createExtension(p: HuaweiSmsProvider): HuaweiSmsExtension {
  return {
    provider: PROVIDER_ID,
    updateSource: (region, id, input, ctx) => p.updateSourceExt(region, id, input, ctx),
    deleteSource: (id, ctx) => p.deleteSource(id, ctx),
    deleteSources: (ids, ctx) => p.deleteSourcesExt(ids, ctx),
    getSourceOverview: (ctx) => p.sourceOverview(ctx),
    listErrorServers: (query, ctx) => p.listErrorServers(query, ctx),
    createTask: (region, input, ctx) => p.createNativeTask(region, input, ctx),
    updateTask: (region, id, input, ctx) => p.updateTask(region, id, input, ctx),
    deleteTasks: async (ids, ctx) => {
      // Every id deleted, or the first id's error (a read-back may leave some ids unknown).
      const failed = (await p.deleteTasks('', ids, ctx)).find((o) => !o.deleted);
      if (failed?.error) throw failed.error;
    },
    getSpeedLimits: (id, ctx) => p.speedLimits(id, ctx),
    setSpeedLimits: (id, rules, ctx) => p.setSpeedLimits(id, rules, ctx),
    unlockTargetServer: (id, ctx) => p.unlockTargetServer(id, ctx),
    checkNetworkAcl: (input, ctx) => p.checkNetworkAcl(input, ctx),
    collectLog: (id, input, ctx) => p.collectLog(id, input, ctx),
    getConsistencyResults: (id, ctx) => p.consistencyResults(id, ctx),
    createTemplate: (region, input, ctx) => p.createTemplate(region, input, ctx),
    updateTemplate: (region, id, input, ctx) => p.updateTemplate(region, id, input, ctx),
    deleteTemplate: (id, ctx) => p.deleteTemplate(id, ctx),
    deleteTemplates: (region, ids, ctx) => p.deleteTemplates(region, ids, ctx),
    checkDeleteTemplates: (ids) => p.checkDeleteTemplates(ids),
    getTemplateTargetPassword: (id, ctx) => p.templateTargetPassword(id, ctx),
    createMigrationProject: (region, input, ctx) => p.createMigrationProject(region, input, ctx),
    updateMigrationProject: (region, id, input, ctx) => p.updateMigrationProject(region, id, input, ctx),
    deleteMigrationProject: (id, ctx) => p.deleteMigrationProject(id, ctx),
    setDefaultMigrationProject: (region, id, ctx) => p.setDefaultMigrationProject(region, id, ctx),
    getAdvancedOptions: (id, key, ctx) => p.advancedOptions(id, key, ctx),
    setAdvancedOptions: (id, settings, ctx) => p.setAdvancedOptions(id, settings, ctx),
    listApiVersions: (ctx) => p.apiVersions(ctx),
    getApiVersion: (version, ctx) => p.apiVersion(version, ctx),
    getPrivacyAgreementSigned: (ctx) => p.privacyAgreementSigned(ctx),
    signPrivacyAgreement: (ctx) => p.signPrivacyAgreement(ctx),
  };
}
