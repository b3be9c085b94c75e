/**
 * Pure wire <-> domain mapping for UCloudStack SMC.
 *
 * One native SMC object (SMCInfo) is BOTH a Source and a Task in the unified model: the agent on the
 * source server registers it (CreateSMC) and the same object carries the migration's configuration,
 * state and progress. Both unified entities use the SMCID as native id; `Task.sourceId` and
 * `Source.currentTaskId` are that same SMCID.
 *
 * Units: Size/Avail GB -> bytes (GiB, 1024^3), Memory MB -> bytes (1024^2), Bandwidth Mbit/s
 * (0 = unlimited -> null), Unix seconds -> ISO-8601 UTC, Subtask Speed strings -> bytes/s.
 */
import { EMPTY_PROGRESS, SourceState, TaskAction, TaskState, type Disk as DomainDisk, type Progress, type ProgressStep, type Source, type Tag, type Task, type TaskTarget } from '../../src/core/model.js';
import { completionAt, remainingFromRate } from '../common/progress.js';
import type { FieldMap } from '../common/validation.js';
import {
  PROVIDER_ID,
  SMCResourceState,
  SMCState,
  type DiskMapping,
  type SetupSMCRequest,
  type SMCInfo,
  type SMCSubtask,
} from './generated/wire.js';

/** Case-insensitive lookup of an SMC state (`SYNCED` and `Synced` are the same). */
export function parseSMCState(value: string | undefined | null): SMCState | null {
  if (!value) return null;
  const lower = value.toLowerCase();
  return SMCState.find((s) => s.toLowerCase() === lower) ?? null;
}

/** Case-insensitive lookup of a resource state (`creating` -> `CREATING`). */
export function parseResourceState(value: string | undefined | null): SMCResourceState | null {
  if (!value) return null;
  const upper = value.toUpperCase();
  return SMCResourceState.find((s) => s === upper) ?? null;
}

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

// ---------------------------------------------------------------------------------------------
// Details (the typed provider-specific part; never holds the password)

export interface UCloudStackDiskMapping {
  device: string | null;
  mountPoint: string | null;
  fsType: string | null;
  sizeBytes: number | null;
  availBytes: number | null;
  isRoot: boolean | null;
  /** Target cloud disk; null until SetupSMC maps it. */
  mappingDiskId: string | null;
}

export interface UCloudStackSmcDetails {
  provider: typeof PROVIDER_ID;
  [field: string]: unknown;
  smcId: string;
  /** SMC state (TitleCase), or null while the resource state overrides it. */
  smcState: SMCState | null;
  /** AVAILABLE unless DescribeSMC shows a resource state (CREATING, DELETING, EXCEPTION). */
  resourceState: SMCResourceState;
  remark: string | null;
  regionAlias: string | null;
  companyId: number | null;
  companyName: string | null;
  email: string | null;
  /** UCloudStack project (tenant grouping), not a unified MigrationProject. */
  projectId: string | null;
  projectName: string | null;
  reason: string | null;
  locked: boolean;
  vmId: string | null;
  transferHost: string | null;
  /** As configured: Mbit/s, 0 = unlimited, null = not set. */
  bandwidthMbps: number | null;
  /** SSH user of the transfer VM (the password is write-only and never read back). */
  user: string | null;
  os: string | null;
  arch: string | null;
  distribution: string | null;
  distributionVersion: string | null;
  kernel: string | null;
  hostname: string | null;
  bootloaderType: string | null;
  doneSubtask: number | null;
  totalSubtask: number | null;
  diskMappings: UCloudStackDiskMapping[];
  updatedAt: string | null;
}

export interface MapContext {
  accountId: string;
  /** The account region the call was made in (SMCInfo.Region when present must be the same). */
  region: string;
}

// ---------------------------------------------------------------------------------------------
// State tables

/** SMC state -> unified task state. `Syncing` is REPLICATING for the first (full) round and SYNCING
 * for incremental rounds (after a LastSyncedTime exists): see taskStateOf. */
export const TASK_STATE_TABLE: Readonly<Record<SMCState, TaskState>> = {
  Unknown: TaskState.UNKNOWN,
  Online: TaskState.PENDING,
  Offline: TaskState.UNKNOWN,
  Preparing: TaskState.PREPARING,
  Stopping: TaskState.STOPPING,
  Syncing: TaskState.REPLICATING,
  Exception: TaskState.FAILED,
  Synced: TaskState.READY_FOR_CUTOVER,
  Completing: TaskState.CUTTING_OVER,
  Completed: TaskState.SUCCEEDED,
  Deleted: TaskState.DELETING,
};

/** Resource states shown instead of the SMC state -> unified task state. */
export const RESOURCE_TASK_STATE_TABLE: Readonly<Record<SMCResourceState, TaskState>> = {
  AVAILABLE: TaskState.UNKNOWN,
  CREATING: TaskState.PENDING,
  DELETING: TaskState.DELETING,
  EXCEPTION: TaskState.FAILED,
};

/** SMC state -> unified source state (the SMC's agent is the source's agent). */
export const SOURCE_STATE_TABLE: Readonly<Record<SMCState, SourceState>> = {
  Unknown: SourceState.UNKNOWN,
  Online: SourceState.AVAILABLE,
  Offline: SourceState.UNAVAILABLE,
  Preparing: SourceState.MIGRATING,
  Stopping: SourceState.MIGRATING,
  Syncing: SourceState.MIGRATING,
  Exception: SourceState.ERROR,
  Synced: SourceState.MIGRATING,
  Completing: SourceState.MIGRATING,
  Completed: SourceState.FINISHED,
  Deleted: SourceState.DELETING,
};

export const RESOURCE_SOURCE_STATE_TABLE: Readonly<Record<SMCResourceState, SourceState>> = {
  AVAILABLE: SourceState.UNKNOWN,
  CREATING: SourceState.UNAVAILABLE,
  DELETING: SourceState.DELETING,
  EXCEPTION: SourceState.ERROR,
};

/**
 * Splits SMCInfo.State into the SMC state and the resource state (case-insensitive). The SMC states
 * (sdk SMCHeartbeatRequest: Unknown … Deleted) are read first: `Exception`/`EXCEPTION` names both an
 * SMC state and a resource state, and the spelling cannot tell them apart (the vendor writes SMC
 * states in either case), so it is the SMC state `Exception` (the one the agent reports, with
 * `Reason`), with the resource AVAILABLE. Only a value that is no SMC state (CREATING, DELETING, …)
 * is a resource state shown instead of the SMC state (then `smcState` is null).
 */
export function splitState(raw: string | undefined | null): { smcState: SMCState | null; resourceState: SMCResourceState } {
  const smc = parseSMCState(raw);
  if (smc) return { smcState: smc, resourceState: 'AVAILABLE' };
  const resource = parseResourceState(raw);
  return { smcState: null, resourceState: resource ?? 'AVAILABLE' };
}

export function taskStateOf(info: Pick<SMCInfo, 'State' | 'LastSyncedTime'>): TaskState {
  const { smcState, resourceState } = splitState(info.State);
  if (!smcState) return resourceState === 'AVAILABLE' ? TaskState.UNKNOWN : RESOURCE_TASK_STATE_TABLE[resourceState];
  if (smcState === 'Syncing' && (info.LastSyncedTime ?? 0) > 0) return TaskState.SYNCING;
  return TASK_STATE_TABLE[smcState];
}

export function sourceStateOf(info: Pick<SMCInfo, 'State'>): SourceState {
  const { smcState, resourceState } = splitState(info.State);
  if (!smcState) return resourceState === 'AVAILABLE' ? SourceState.UNKNOWN : RESOURCE_SOURCE_STATE_TABLE[resourceState];
  return SOURCE_STATE_TABLE[smcState];
}

// ---------------------------------------------------------------------------------------------
// Units

export function isoFromUnix(seconds: number | undefined | null): string | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  return new Date(seconds * 1000).toISOString();
}

export function bytesFromGB(gb: number | undefined | null): number | null {
  return typeof gb === 'number' && Number.isFinite(gb) && gb >= 0 ? Math.round(gb * GIB) : null;
}

export function gbFromBytes(bytes: number): number {
  return Math.round((bytes / GIB) * 1000) / 1000;
}

/**
 * "100MB/s", "1.5 GB/s", "512KB/s", "1Gbps", "800 Mbps", "10Mb/s" -> bytes per second. Byte units are
 * binary (KB = 1024 B), bit units decimal (Mbps = 10^6 bit/s). Unparseable -> null.
 */
export function parseSpeed(speed: string | undefined | null): number | null {
  if (!speed) return null;
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmMgGtT]?)i?(B|b)(?:\/s|ps)?\s*$/.exec(speed);
  if (!m) return null;
  const value = Number(m[1]);
  const power = { '': 0, K: 1, M: 2, G: 3, T: 4 }[m[2]!.toUpperCase() as '' | 'K' | 'M' | 'G' | 'T'];
  if (m[3] === 'b') return Math.round((value * 1000 ** power) / 8);
  return Math.round(value * 1024 ** power);
}

function str(v: string | undefined | null): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null;
}

function num(v: number | undefined | null): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

// ---------------------------------------------------------------------------------------------
// SMCInfo -> domain

export function diskMappingOf(m: DiskMapping): UCloudStackDiskMapping {
  return {
    device: str(m.Device),
    mountPoint: str(m.MountPoint),
    fsType: str(m.FsType),
    sizeBytes: bytesFromGB(m.Size),
    availBytes: bytesFromGB(m.Avail),
    isRoot: typeof m.IsRoot === 'boolean' ? m.IsRoot : null,
    mappingDiskId: str(m.MappingDiskID),
  };
}

export function detailsOf(info: SMCInfo): UCloudStackSmcDetails {
  const { smcState, resourceState } = splitState(info.State);
  return {
    provider: PROVIDER_ID,
    smcId: info.SMCID ?? '',
    smcState,
    resourceState,
    remark: str(info.Remark),
    regionAlias: str(info.RegionAlias),
    companyId: num(info.CompanyID),
    companyName: str(info.CompanyName),
    email: str(info.Email),
    projectId: str(info.ProjectID),
    projectName: str(info.ProjectName),
    reason: str(info.Reason),
    locked: info.Locked === true,
    vmId: str(info.VMID),
    transferHost: str(info.Host),
    bandwidthMbps: num(info.Bandwidth),
    user: str(info.User),
    os: str(info.OS),
    arch: str(info.Arch),
    distribution: str(info.Distribution),
    distributionVersion: str(info.DistributionVersion),
    kernel: str(info.Kernel),
    hostname: str(info.Hostname),
    bootloaderType: str(info.BootloaderType),
    doneSubtask: num(info.DoneSubtask),
    totalSubtask: num(info.TotalSubtask),
    diskMappings: (info.DiskMappings ?? []).map(diskMappingOf),
    updatedAt: isoFromUnix(info.UpdateTime),
  };
}

function stepOf(s: SMCSubtask): ProgressStep {
  const percent = num(s.Progress);
  return {
    name: s.Name ?? '',
    // SMCSubtask has no status field; the native data is Progress and Speed.
    state: null,
    percent: percent === null ? null : Math.max(0, Math.min(100, percent)),
    startedAt: null,
    finishedAt: null,
    detail: str(s.Speed),
  };
}

/**
 * ETA (pure): remaining bytes at the running subtasks' summed Speed. The bytes are the per-partition
 * counters when every subtask names a mapped partition, else (first round) the mapped partitions'
 * used size x (1 - percent); an incremental round moves an unknown share, so none. Dated from the
 * SMC's UpdateTime (the last heartbeat's time), when given.
 */
export function etaOf(p: { speed: number | null; remainingBytes: number | null; fallbackRemainingBytes: number | null; updateTime: number | null }): { remainingSeconds: number | null; estimatedCompletionAt: string | null } {
  const remainingSeconds = remainingFromRate(p.remainingBytes, p.speed) ?? remainingFromRate(p.fallbackRemainingBytes, p.speed);
  return { remainingSeconds, estimatedCompletionAt: completionAt(p.updateTime ? p.updateTime * 1000 : null, remainingSeconds) };
}

/**
 * Progress: percent from bytes, else from the subtasks' Progress, else DoneSubtask / TotalSubtask
 * (the vendor's formula, which only counts finished subtasks); byte counters during the
 * first (whole-file) round when every subtask names a mapped partition with a known size
 * (transferred = Progress% of the partition's used bytes); speed = sum of the running subtasks' Speed; remaining time from both.
 */
export function progressOf(info: SMCInfo): Progress {
  const { smcState } = splitState(info.State);
  const done = num(info.DoneSubtask);
  const total = num(info.TotalSubtask);
  const subtasks = info.Subtasks ?? [];
  const steps = subtasks.map(stepOf);

  const usedByDevice = new Map<string, number>();
  for (const m of info.DiskMappings ?? []) {
    if (m.Device && typeof m.Size === 'number') usedByDevice.set(m.Device, Math.max(0, m.Size - (m.Avail ?? 0)) * GIB);
  }
  let transferredBytes: number | null = null;
  let totalBytes: number | null = null;
  // Byte counters only for the first (whole-file) round: an incremental round moves an unknown share.
  const firstRound = !((info.LastSyncedTime ?? 0) > 0);
  if (firstRound && subtasks.length > 0 && subtasks.every((s) => typeof s.Name === 'string' && usedByDevice.has(s.Name))) {
    totalBytes = 0;
    transferredBytes = 0;
    for (const s of subtasks) {
      const used = usedByDevice.get(s.Name!)!;
      totalBytes += used;
      transferredBytes += (Math.max(0, Math.min(100, s.Progress ?? 0)) / 100) * used;
    }
    totalBytes = Math.round(totalBytes);
    transferredBytes = Math.round(transferredBytes);
  }
  // Percent: bytes where known; else subtask progress when the subtasks are all of them (the vendor's
  // DoneSubtask/TotalSubtask counts finished subtasks only, which moves in big steps); else Done/Total.
  let ratio: number | null = null;
  if (totalBytes !== null && transferredBytes !== null && totalBytes > 0) ratio = transferredBytes / totalBytes;
  else if (total !== null && total > 0 && subtasks.length === total && subtasks.every((s) => typeof s.Progress === 'number')) {
    ratio = subtasks.reduce((a, s) => a + Math.max(0, Math.min(100, s.Progress!)) / 100, 0) / total;
  } else if (total !== null && total > 0 && done !== null) ratio = done / total;
  let percent = ratio === null ? null : Math.round(Math.min(1, Math.max(0, ratio)) * 1000) / 10;
  if (smcState === 'Completed') percent = 100; // finished, whatever the last (frozen) report said
  // The progress rule (README "The unified model"): an SMC that has not started moving (Online,
  // Preparing) with nothing reported yet is at 0; null only when nothing is reported once it has.
  if (percent === null && (smcState === 'Online' || smcState === 'Preparing')) percent = 0;
  const running = subtasks.filter((s) => (s.Progress ?? 0) > 0 && (s.Progress ?? 0) < 100);
  const speeds = running.map((s) => parseSpeed(s.Speed)).filter((v): v is number => v !== null);
  const moving = smcState === 'Syncing' || smcState === 'Preparing';
  const speed = moving && speeds.length > 0 ? speeds.reduce((a, b) => a + b, 0) : null;
  const { remainingSeconds, estimatedCompletionAt } = etaOf({
    speed,
    remainingBytes: totalBytes !== null && transferredBytes !== null ? totalBytes - transferredBytes : null,
    // First round without per-partition counters: the mapped partitions' used bytes x the share left.
    fallbackRemainingBytes: firstRound && ratio !== null && usedByDevice.size > 0 ? [...usedByDevice.values()].reduce((a, b) => a + b, 0) * (1 - Math.min(1, Math.max(0, ratio))) : null,
    updateTime: info.UpdateTime ?? null,
  });
  if (percent === null && steps.length === 0 && !smcState) return { ...EMPTY_PROGRESS, phase: info.State ?? null, steps: [] };
  return {
    percent,
    transferredBytes,
    totalBytes,
    speed,
    remainingSeconds,
    estimatedCompletionAt,
    phase: info.State ?? null,
    steps,
  };
}

function tagsOf(info: SMCInfo): Tag[] {
  return (info.Tags ?? []).filter((t) => t.Key !== undefined).map((t) => ({ key: t.Key!, value: t.Value ?? null }));
}

export function toTask(info: SMCInfo, ctx: MapContext): Task {
  const details = detailsOf(info);
  const state = taskStateOf(info);
  const target: TaskTarget | null = details.vmId
    ? { kind: 'VM', nativeId: details.vmId, name: null, ip: details.transferHost, region: info.Region ?? ctx.region }
    : null;
  const failed = state === TaskState.FAILED;
  return {
    provider: PROVIDER_ID,
    accountId: ctx.accountId,
    region: ctx.region,
    nativeId: info.SMCID ?? '',
    name: info.Name ?? info.SMCID ?? '',
    type: null,
    state,
    nativeState: info.State ?? 'Unknown',
    progress: progressOf(info),
    sourceId: info.SMCID ?? null,
    target,
    templateId: null,
    projectId: null,
    createdAt: isoFromUnix(info.CreateTime),
    startedAt: null,
    finishedAt: details.smcState === 'Completed' ? isoFromUnix(info.UpdateTime) : null,
    lastSyncedAt: isoFromUnix(info.LastSyncedTime),
    // UpdateTime: "last modification time, Unix timestamp"; SMCInfo has no state-change time.
    updatedAt: isoFromUnix(info.UpdateTime),
    stateChangedAt: null,
    error: failed ? { code: null, message: details.reason ?? `SMC task is in state ${info.State ?? 'Exception'}` } : null,
    bandwidthLimitMbps: typeof info.Bandwidth === 'number' && info.Bandwidth > 0 ? info.Bandwidth : null,
    tags: tagsOf(info),
    details,
  };
}

export function toSource(info: SMCInfo, ctx: MapContext): Source {
  const details = detailsOf(info);
  const { smcState, resourceState } = splitState(info.State);
  const disks: DomainDisk[] = (info.DiskMappings ?? []).map((m) => {
    const size = bytesFromGB(m.Size);
    const avail = bytesFromGB(m.Avail);
    return {
      name: m.MountPoint || m.Device || '',
      device: str(m.Device),
      sizeBytes: size,
      usedBytes: size !== null && avail !== null ? Math.max(0, size - avail) : null,
    };
  });
  const osVersion = [info.Distribution, info.DistributionVersion].filter((s) => !!s).join(' ');
  let agentConnected: boolean | null = null;
  if (smcState === 'Offline') agentConnected = false;
  else if (smcState && smcState !== 'Unknown' && smcState !== 'Deleted' && resourceState === 'AVAILABLE') agentConnected = true;
  return {
    provider: PROVIDER_ID,
    accountId: ctx.accountId,
    region: ctx.region,
    nativeId: info.SMCID ?? '',
    name: info.Name ?? info.Hostname ?? info.SMCID ?? '',
    ip: str(info.IP),
    osType: str(info.OS),
    osVersion: osVersion || null,
    cpuCores: num(info.Cores),
    memoryBytes: typeof info.Memory === 'number' ? info.Memory * MIB : null,
    disks,
    agentConnected,
    agentLastSeenAt: null,
    state: sourceStateOf(info),
    nativeState: info.State ?? 'Unknown',
    currentTaskId: info.SMCID ?? null,
    createdAt: isoFromUnix(info.CreateTime),
    updatedAt: isoFromUnix(info.UpdateTime),
    stateChangedAt: null,
    tags: tagsOf(info),
    details,
  };
}

// ---------------------------------------------------------------------------------------------
// Actions

/**
 * Unified actions each SMC state allows (the vendor's preconditions):
 *  - START (StartSMC): Online or Synced; also needs a configured, unlocked SMC (see availableActions);
 *  - STOP (StopSMC): Preparing or Syncing;
 *  - CUTOVER (CompleteSMC): Synced;
 *  - DELETE (DeleteSMC): any state except Deleted (and not while the resource is DELETING).
 * SETUP is not a unified action (extension.setup).
 */
export const ACTIONS_BY_STATE: Readonly<Record<SMCState, readonly TaskAction[]>> = {
  Unknown: [TaskAction.DELETE],
  Online: [TaskAction.START, TaskAction.DELETE],
  Offline: [TaskAction.DELETE],
  Preparing: [TaskAction.STOP, TaskAction.DELETE],
  Stopping: [TaskAction.DELETE],
  Syncing: [TaskAction.STOP, TaskAction.DELETE],
  Exception: [TaskAction.DELETE],
  Synced: [TaskAction.START, TaskAction.CUTOVER, TaskAction.DELETE],
  Completing: [TaskAction.DELETE],
  Completed: [TaskAction.DELETE],
  Deleted: [],
};

/** Actions the SMC's state allows (pure): ACTIONS_BY_STATE, START only once a target VM is set and the SMC is not Locked. */
export function availableActions(task: Pick<Task, 'details' | 'nativeState'>): TaskAction[] {
  const d = task.details as Partial<UCloudStackSmcDetails> | null;
  const split = splitState(task.nativeState);
  const smcState = d?.smcState ?? split.smcState;
  const resourceState = d?.resourceState ?? split.resourceState;
  if (resourceState === 'DELETING') return [];
  const allowed = smcState ? ACTIONS_BY_STATE[smcState] : [TaskAction.DELETE];
  return allowed.filter((a) => a !== TaskAction.START || (d?.locked !== true && !!d?.vmId));
}

// ---------------------------------------------------------------------------------------------
// Domain -> wire

/** One disk mapping as the extension takes it (bytes; missing fields filled from the SMC's own). */
export interface SetupDiskMappingInput {
  /** Source partition, e.g. /dev/vda1 (identifies the mapping). */
  device: string;
  /** Target cloud disk receiving the partition. */
  mappingDiskId: string;
  mountPoint?: string | null;
  fsType?: string | null;
  sizeBytes?: number | null;
  availBytes?: number | null;
  isRoot?: boolean | null;
}

export interface SetupInput {
  /** Target transfer VM. */
  vmId: string;
  /** Transfer IP of the target VM. */
  host: string;
  /** Mbit/s; 0 = unlimited; null/undefined = not sent (no limit). */
  bandwidthMbps?: number | null;
  /** SSH user of the VM (required with password). */
  user?: string | null;
  /** Write-only; never returned, logged or put in errors. */
  password?: string | null;
  diskMappings: SetupDiskMappingInput[];
}

/** SetupInput -> SetupSMC request; partition facts the caller leaves out come from `known` (by Device). */
export function toSetupRequest(region: string, smcId: string, input: SetupInput, known: readonly DiskMapping[] = []): SetupSMCRequest {
  const byDevice = new Map(known.filter((k) => k.Device).map((k) => [k.Device!, k]));
  return {
    Region: region,
    SMCID: smcId,
    VMID: input.vmId,
    Host: input.host,
    Bandwidth: input.bandwidthMbps ?? undefined,
    User: input.user ?? undefined,
    Password: input.password ?? undefined,
    DiskMappings: input.diskMappings.map((m) => {
      const k = byDevice.get(m.device) ?? {};
      return {
        Device: m.device,
        MountPoint: m.mountPoint ?? k.MountPoint ?? undefined,
        FsType: m.fsType ?? k.FsType ?? undefined,
        Size: typeof m.sizeBytes === 'number' ? gbFromBytes(m.sizeBytes) : (k.Size ?? undefined),
        Avail: typeof m.availBytes === 'number' ? gbFromBytes(m.availBytes) : (k.Avail ?? undefined),
        IsRoot: m.isRoot ?? k.IsRoot ?? undefined,
        MappingDiskID: m.mappingDiskId,
      };
    }),
  };
}

/**
 * Where each SetupSMC parameter of toSetupRequest comes from (catalog name, `N` for list indices ->
 * path in the SetupInput): put under the argument the input came from (`input` for
 * ucloudstackSetupSmc, `input.ucloudstack` for the unified createTask / updateTask) with `under`.
 * Region and SMCID come from the id arguments, so each caller adds them.
 */
export const SETUP_FIELDS: FieldMap = {
  VMID: 'vmId',
  Host: 'host',
  Bandwidth: 'bandwidthMbps',
  User: 'user',
  Password: 'password',
  DiskMappings: 'diskMappings',
  'DiskMappings.N': 'diskMappings.N',
  'DiskMappings.N.Device': 'diskMappings.N.device',
  'DiskMappings.N.MappingDiskID': 'diskMappings.N.mappingDiskId',
  'DiskMappings.N.MountPoint': 'diskMappings.N.mountPoint',
  'DiskMappings.N.FsType': 'diskMappings.N.fsType',
  'DiskMappings.N.Size': 'diskMappings.N.sizeBytes',
  'DiskMappings.N.Avail': 'diskMappings.N.availBytes',
  'DiskMappings.N.IsRoot': 'diskMappings.N.isRoot',
};
