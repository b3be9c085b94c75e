/**
 * Pure wire <-> domain mapping for Alibaba SMC: source servers and replication jobs.
 *
 * Units: disk sizes (GiB on the wire) -> bytes; SystemInfo `memory` (GiB, decimal string) -> bytes;
 * Progress (percent float) -> 0..100; times (`yyyy-MM-ddTHH:mm:ssZ`) -> ISO-8601 with milliseconds.
 * The native -> unified state tables are data: `TASK_STATE_TABLE` (+ `RUNNING_PHASE_TABLE`),
 * `SOURCE_STATE_TABLE` and `ACTIONS_BY_STATE` (README has all three).
 */
import { completionAt, remainingFromElapsed } from '../common/progress.js';
import { EMPTY_PROGRESS, SourceState, TaskAction, TaskState, type Disk, type Progress, type ProgressStep, type Source, type Tag, type Task, type TaskError, type TaskTarget } from '../../src/core/model.js';
import {
  BUSINESS_STATUSES,
  PROVIDER_ID,
  type ReplicationJob,
  type ReplicationJobBusinessStatus,
  type ReplicationJobRun,
  type ReplicationJobStatus,
  type SourceServer,
  type SourceServerState,
  type TagResource,
  type WireNumber,
} from './generated/wire.js';

const GIB = 1024 ** 3;

// ----------------------------------------------------------------------------------------------
// Typed details (the provider's member of the ProviderDetails union)

export interface AlibabaDiskPart {
  device: string | null;
  path: string | null;
  sizeBytes: number | null;
  /** Source: the partition supports block replication. Job: block replication is on. */
  block: boolean | null;
  /** Source only: the partition must be migrated. */
  need: boolean | null;
}

export interface AlibabaDataDisk {
  index: number | null;
  path: string | null;
  sizeBytes: number | null;
  parts: AlibabaDiskPart[];
}

export interface AlibabaSourceDetails {
  provider: typeof PROVIDER_ID;
  kind: 'SourceServer';
  description: string | null;
  agentVersion: string | null;
  architecture: string | null;
  platform: string | null;
  kernelLevel: number | null;
  heartbeatRateSeconds: number | null;
  replicationDriver: string | null;
  errorCode: string | null;
  statusInfoCode: string | null;
  statusInfoMessage: string | null;
  /** SystemInfo, keys lower-cased (hostname, ipv4, ipv6, cores, cpu_usage, memory, memory_usage, agent_mode, ...). */
  systemInfo: Record<string, string>;
  systemDiskSizeBytes: number | null;
  systemDiskParts: AlibabaDiskPart[];
  dataDisks: AlibabaDataDisk[];
  lastJobId: string | null;
}

export interface AlibabaJobRun {
  type: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  imageId: string | null;
}

export interface AlibabaJobDetails {
  provider: typeof PROVIDER_ID;
  kind: 'ReplicationJob';
  status: string;
  businessStatus: string | null;
  description: string | null;
  regionId: string | null;
  targetType: string | null;
  /** true: one-time job; false: incremental job (runs every `frequencyHours`). */
  runOnce: boolean;
  frequencyHours: number | null;
  maxNumberOfImageToKeep: number | null;
  imageId: string | null;
  imageName: string | null;
  instanceId: string | null;
  instanceType: string | null;
  instanceRamRole: string | null;
  launchTemplateId: string | null;
  launchTemplateVersion: string | null;
  licenseType: string | null;
  containerNamespace: string | null;
  containerRepository: string | null;
  containerTag: string | null;
  systemDiskSizeBytes: number | null;
  systemDiskParts: AlibabaDiskPart[];
  dataDisks: AlibabaDataDisk[];
  netMode: number | null;
  vpcId: string | null;
  vSwitchId: string | null;
  transitionInstanceId: string | null;
  replicationParameters: string | null;
  scheduledStartTime: string | null;
  validTime: string | null;
  errorCode: string | null;
  statusInfo: string | null;
  runs: AlibabaJobRun[];
}

// ----------------------------------------------------------------------------------------------
// Small helpers

export function toNumber(v: WireNumber | undefined | null): number | null {
  if (v === undefined || v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  return Number.isFinite(n) ? n : null;
}

export function gibToBytes(v: WireNumber | undefined | null): number | null {
  const n = toNumber(v);
  return n === null ? null : Math.round(n * GIB);
}

/** Vendor time -> ISO-8601 UTC (null for empty or unparsable). */
export function isoTime(v: string | undefined | null): string | null {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function str(v: string | undefined | null): string | null {
  return v === undefined || v === null || v === '' ? null : v;
}

function bool(v: boolean | string | undefined | null): boolean | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'boolean') return v;
  return v.toLowerCase() === 'true';
}

/** Parses a JSON-object string; keys lower-cased, values stringified. Tolerates garbage (returns {}). */
export function parseJsonObject(v: string | undefined | null): Record<string, string> {
  if (!v) return {};
  try {
    const o = JSON.parse(v) as unknown;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return {};
    const out: Record<string, string> = {};
    for (const [k, val] of Object.entries(o as Record<string, unknown>)) {
      if (val !== null && val !== undefined) out[k.toLowerCase()] = typeof val === 'string' ? val : JSON.stringify(val);
    }
    return out;
  } catch {
    return {};
  }
}

// ----------------------------------------------------------------------------------------------
// Sources

/** SourceServer.State -> unified source state (Unavailable with an error code other than SourceServer.Offline: ERROR). */
export const SOURCE_STATE_TABLE: Readonly<Record<SourceServerState, SourceState>> = {
  Available: SourceState.AVAILABLE,
  InUse: SourceState.MIGRATING,
  Unavailable: SourceState.UNAVAILABLE,
  Deleting: SourceState.DELETING,
};

/** SourceServer.State (x ErrorCode) -> unified source state. */
export function sourceStateOf(state: string | undefined | null, errorCode?: string | null): SourceState {
  // "Unavailable: offline or in error": offline (or no code) -> UNAVAILABLE, any other error code -> ERROR.
  if (state === 'Unavailable' && errorCode && errorCode !== 'SourceServer.Offline') return SourceState.ERROR;
  return (SOURCE_STATE_TABLE as Record<string, SourceState>)[state ?? ''] ?? SourceState.UNKNOWN;
}

function sourceParts(parts: readonly { CanBlock?: boolean | null; Device?: string | null; Need?: boolean | null; Path?: string | null; SizeBytes?: WireNumber | null }[] | null | undefined): AlibabaDiskPart[] {
  return (parts ?? []).map((p) => ({
    device: str(p.Device),
    path: str(p.Path),
    sizeBytes: toNumber(p.SizeBytes),
    block: p.CanBlock ?? null,
    need: p.Need ?? null,
  }));
}

export function sourceDetails(s: SourceServer): AlibabaSourceDetails {
  const statusInfo = parseJsonObject(s.StatusInfo);
  return {
    provider: PROVIDER_ID,
    kind: 'SourceServer',
    description: str(s.Description),
    agentVersion: str(s.AgentVersion),
    architecture: str(s.Architecture),
    platform: str(s.Platform),
    kernelLevel: toNumber(s.KernelLevel),
    heartbeatRateSeconds: toNumber(s.HeartbeatRate),
    replicationDriver: str(s.ReplicationDriver),
    errorCode: str(s.ErrorCode),
    statusInfoCode: statusInfo.error_code ?? null,
    statusInfoMessage: statusInfo.error_msg ?? null,
    systemInfo: parseJsonObject(s.SystemInfo),
    systemDiskSizeBytes: gibToBytes(s.SystemDiskSize),
    systemDiskParts: sourceParts(s.SystemDiskParts?.SystemDiskPart),
    dataDisks: (s.DataDisks?.DataDisk ?? []).map((d) => ({
      index: toNumber(d.Index),
      path: str(d.Path),
      sizeBytes: gibToBytes(d.Size),
      parts: sourceParts(d.Parts?.Part),
    })),
    lastJobId: str(s.JobId),
  };
}

/** `tags` null = not read (tags live apart in ListTagResources; the gateway asks `getTags` when needed). */
export function toSource(s: SourceServer, ref: { accountId: string; region: string }, tags: Tag[] | null = null): Source {
  const details = sourceDetails(s);
  const info = details.systemInfo;
  const platform = details.platform;
  const memGiB = info.memory !== undefined ? Number(info.memory) : NaN;
  const cores = info.cores !== undefined ? Number(info.cores) : NaN;
  const disks: Disk[] = [];
  if (details.systemDiskSizeBytes !== null || details.systemDiskParts.length > 0) {
    disks.push({ name: 'System disk', device: null, sizeBytes: details.systemDiskSizeBytes, usedBytes: null });
  }
  for (const d of details.dataDisks) {
    disks.push({ name: `Data disk ${d.index ?? '?'}${d.path ? ` (${d.path})` : ''}`, device: null, sizeBytes: d.sizeBytes, usedBytes: null });
  }
  const nativeState = s.State ?? '';
  return {
    provider: PROVIDER_ID,
    accountId: ref.accountId,
    region: ref.region,
    nativeId: s.SourceId ?? '',
    name: s.Name || s.SourceId || '',
    ip: str(info.ipv4) ?? str(info.ipv6),
    osType: platform ? (/windows/i.test(platform) ? 'Windows' : 'Linux') : null,
    osVersion: platform,
    cpuCores: Number.isFinite(cores) ? cores : null,
    memoryBytes: Number.isFinite(memGiB) ? Math.round(memGiB * GIB) : null,
    disks,
    agentConnected: nativeState === 'Available' || nativeState === 'InUse' ? true : nativeState === 'Unavailable' ? false : null,
    agentLastSeenAt: null,
    state: sourceStateOf(s.State, s.ErrorCode),
    nativeState,
    currentTaskId: str(s.JobId),
    createdAt: isoTime(s.CreationTime),
    // SourceServer has CreationTime only: no modification or state-change time.
    updatedAt: null,
    stateChangedAt: null,
    tags,
    details: details as unknown as Source['details'],
  };
}

// ----------------------------------------------------------------------------------------------
// Jobs

/** The runs of a job (request-side wrapper removed). */
export function jobRuns(j: ReplicationJob): ReplicationJobRun[] {
  return j.ReplicationJobRuns?.ReplicationJobRun ?? [];
}

function isIncremental(j: ReplicationJob): boolean {
  return bool(j.RunOnce) === false;
}

/** ReplicationJob.Status -> unified state (Running is refined by `RUNNING_PHASE_TABLE`). */
export const TASK_STATE_TABLE: Readonly<Record<ReplicationJobStatus, TaskState>> = {
  Ready: TaskState.PENDING,
  Running: TaskState.REPLICATING,
  Waiting: TaskState.READY_FOR_CUTOVER,
  Stopped: TaskState.STOPPED,
  InError: TaskState.FAILED,
  Finished: TaskState.SUCCEEDED,
  Expired: TaskState.EXPIRED,
  Deleting: TaskState.DELETING,
};

/**
 * Running x BusinessStatus -> unified state. REPLICATING entries become SYNCING on a later run of an
 * incremental job (one that has finished a run before).
 */
export const RUNNING_PHASE_TABLE: Readonly<Record<ReplicationJobBusinessStatus, TaskState>> = {
  Preparing: TaskState.PREPARING,
  Syncing: TaskState.REPLICATING,
  Processing: TaskState.REPLICATING,
  Cleaning: TaskState.REPLICATING,
};

export function taskStateOf(status: string | undefined | null, businessStatus: string | undefined | null, laterIncrementalRun = false): TaskState {
  const base = (TASK_STATE_TABLE as Record<string, TaskState>)[status ?? ''] ?? TaskState.UNKNOWN;
  if (status !== 'Running') return base;
  const phase = (RUNNING_PHASE_TABLE as Record<string, TaskState>)[businessStatus ?? ''] ?? TaskState.REPLICATING;
  return phase === TaskState.REPLICATING && laterIncrementalRun ? TaskState.SYNCING : phase;
}

/** Progress.phase: the BusinessStatus while Running, else null. */
export function phaseOf(status: string | undefined | null, businessStatus: string | undefined | null): string | null {
  return status === 'Running' && businessStatus ? businessStatus : null;
}

/** Bandwidth limit in Mbit/s from ReplicationParameters (ZH JSON `bandwidth_limit`, EN `BandwidthLimit:0`); 0 = unlimited. */
export function bandwidthLimitOf(replicationParameters: string | undefined | null): number | null {
  if (!replicationParameters) return null;
  let raw: string | undefined;
  const obj = parseJsonObject(replicationParameters);
  raw = obj.bandwidth_limit ?? obj.bandwidthlimit;
  if (raw === undefined) {
    const m = /band_?width_?limit"?\s*[:=]\s*"?(\d+(?:\.\d+)?)/i.exec(replicationParameters);
    raw = m?.[1];
  }
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : null;
}

function targetOf(j: ReplicationJob): TaskTarget {
  const t = (j.TargetType ?? 'Image').toLowerCase();
  const region = str(j.RegionId);
  if (t === 'instance') return { kind: 'INSTANCE', nativeId: str(j.InstanceId), name: null, ip: null, region };
  if (t === 'containerimage') {
    const repo = [j.ContainerNamespace, j.ContainerRepository].filter(Boolean).join('/');
    const ref = repo ? `${repo}${j.ContainerTag ? `:${j.ContainerTag}` : ''}` : null;
    return { kind: 'CONTAINER_IMAGE', nativeId: ref, name: ref, ip: null, region };
  }
  if (t === 'image') return { kind: 'IMAGE', nativeId: str(j.ImageId), name: str(j.ImageName), ip: null, region };
  return { kind: 'UNKNOWN', nativeId: null, name: null, ip: null, region };
}

function runSteps(j: ReplicationJob, percent: number | null): ProgressStep[] {
  const runs = jobRuns(j);
  return runs.map((r, i) => {
    const finished = isoTime(r.EndTime);
    const current = !finished && i === runs.length - 1 && j.Status === 'Running';
    return {
      name: `Run ${i + 1}${r.Type ? ` (${r.Type})` : ''}`,
      state: finished ? 'Finished' : current ? 'Running' : 'Interrupted',
      percent: finished ? 100 : current ? percent : null,
      startedAt: isoTime(r.StartTime),
      finishedAt: finished,
      detail: r.ImageId ? `ImageId ${r.ImageId}` : null,
    };
  });
}

function phaseSteps(j: ReplicationJob): ProgressStep[] {
  if (j.Status !== 'Running') return [];
  const at = BUSINESS_STATUSES.indexOf(j.BusinessStatus as (typeof BUSINESS_STATUSES)[number]);
  return BUSINESS_STATUSES.map((b, i) => ({
    name: b,
    state: at < 0 ? null : i < at ? 'Done' : i === at ? 'Running' : 'Pending',
    percent: at < 0 ? null : i < at ? 100 : i === at ? null : 0,
    startedAt: null,
    finishedAt: null,
    detail: null,
  }));
}

/**
 * ETA of a Running job (the vendor gives no remaining time, bytes or speed): elapsed time of the
 * current run (its StartTime, else the job's StartTime, up to `nowMs`) x (100 - Progress) / Progress.
 * null when not Running, without `nowMs`, or when Progress is 0 or 100.
 */
export function etaOf(j: ReplicationJob, percent: number | null, nowMs: number | undefined): { remainingSeconds: number | null; estimatedCompletionAt: string | null } {
  if (j.Status !== 'Running' || nowMs === undefined) return { remainingSeconds: null, estimatedCompletionAt: null };
  const current = jobRuns(j).filter((r) => !isoTime(r.EndTime)).at(-1);
  const started = isoTime(current?.StartTime) ?? isoTime(j.StartTime);
  const elapsed = started ? (nowMs - Date.parse(started)) / 1000 : null;
  const remainingSeconds = remainingFromElapsed(percent, elapsed);
  return { remainingSeconds, estimatedCompletionAt: completionAt(nowMs, remainingSeconds) };
}

export function mapProgress(j: ReplicationJob, nowMs?: number): Progress {
  const raw = toNumber(j.Progress);
  // The progress rule (README "The unified model"): a job the vendor reports as Ready has not moved
  // yet, so 0 even without a Progress figure; null only when nothing is reported for a job that has.
  const percent = raw === null ? (j.Status === 'Ready' ? 0 : null) : Math.max(0, Math.min(100, raw));
  return {
    ...EMPTY_PROGRESS,
    percent,
    ...etaOf(j, percent, nowMs),
    phase: phaseOf(j.Status, j.BusinessStatus),
    steps: [...runSteps(j, percent), ...phaseSteps(j)],
  };
}

function jobParts(parts: readonly { Block?: boolean | null; Device?: string | null; SizeBytes?: WireNumber | null }[] | null | undefined): AlibabaDiskPart[] {
  return (parts ?? []).map((p) => ({ device: str(p.Device), path: null, sizeBytes: toNumber(p.SizeBytes), block: p.Block ?? null, need: null }));
}

export function jobDetails(j: ReplicationJob): AlibabaJobDetails {
  return {
    provider: PROVIDER_ID,
    kind: 'ReplicationJob',
    status: j.Status ?? '',
    businessStatus: str(j.BusinessStatus),
    description: str(j.Description),
    regionId: str(j.RegionId),
    targetType: str(j.TargetType),
    runOnce: bool(j.RunOnce) ?? true,
    frequencyHours: toNumber(j.Frequency),
    maxNumberOfImageToKeep: toNumber(j.MaxNumberOfImageToKeep),
    imageId: str(j.ImageId),
    imageName: str(j.ImageName),
    instanceId: str(j.InstanceId),
    instanceType: str(j.InstanceType),
    instanceRamRole: str(j.InstanceRamRole),
    launchTemplateId: str(j.LaunchTemplateId),
    launchTemplateVersion: str(j.LaunchTemplateVersion),
    licenseType: str(j.LicenseType),
    containerNamespace: str(j.ContainerNamespace),
    containerRepository: str(j.ContainerRepository),
    containerTag: str(j.ContainerTag),
    systemDiskSizeBytes: gibToBytes(j.SystemDiskSize),
    systemDiskParts: jobParts(j.SystemDiskParts?.SystemDiskPart),
    dataDisks: (j.DataDisks?.DataDisk ?? []).map((d) => ({ index: toNumber(d.Index), path: null, sizeBytes: gibToBytes(d.Size), parts: jobParts(d.Parts?.Part) })),
    netMode: toNumber(j.NetMode),
    vpcId: str(j.VpcId),
    vSwitchId: str(j.VSwitchId),
    transitionInstanceId: str(j.TransitionInstanceId),
    replicationParameters: str(j.ReplicationParameters),
    scheduledStartTime: isoTime(j.ScheduledStartTime),
    validTime: isoTime(j.ValidTime),
    errorCode: str(j.ErrorCode),
    statusInfo: str(j.StatusInfo),
    runs: jobRuns(j).map((r) => ({ type: str(r.Type), startedAt: isoTime(r.StartTime), finishedAt: isoTime(r.EndTime), imageId: str(r.ImageId) })),
  };
}

/**
 * A job's failure as text. `StatusInfo` comes either as text or, like SourceServer.StatusInfo, as the
 * JSON object `{"error_code","error_msg"}` (seed): decoded, `message` is its `error_msg` (else the
 * text itself), `code` is `ErrorCode` (else the object's `error_code`). null when the job is not in
 * error and has no code.
 */
export function jobErrorOf(j: Pick<ReplicationJob, 'Status' | 'ErrorCode' | 'StatusInfo'>): TaskError | null {
  const info = str(j.StatusInfo);
  const decoded = info && info.trimStart().startsWith('{') ? parseJsonObject(info) : {};
  const json = info !== null && Object.keys(decoded).length > 0;
  const code = str(j.ErrorCode) ?? str(decoded.error_code);
  if (j.Status !== 'InError' && !code) return null;
  const message = (json ? str(decoded.error_msg ?? decoded.message) : info) ?? code ?? 'replication job failed';
  return { code, message };
}

/** `tags` null = not read (tags live apart in ListTagResources; the gateway asks `getTags` when needed). */
/** `ref.now` (epoch ms, the provider's clock) dates the ETA (etaOf); without it there is none. */
export function toTask(j: ReplicationJob, ref: { accountId: string; region: string; now?: number }, tags: Tag[] | null = null): Task {
  const runs = jobRuns(j);
  const finishedRuns = runs.filter((r) => isoTime(r.EndTime) !== null);
  const laterRun = isIncremental(j) && finishedRuns.length > 0;
  const state = taskStateOf(j.Status, j.BusinessStatus, laterRun);
  const lastRunEnd = finishedRuns.length > 0 ? isoTime(finishedRuns[finishedRuns.length - 1]!.EndTime) : null;
  return {
    provider: PROVIDER_ID,
    accountId: ref.accountId,
    region: str(j.RegionId) ?? ref.region,
    nativeId: j.JobId ?? '',
    name: j.Name || j.JobId || '',
    type: isIncremental(j) ? 'Incremental' : 'OneTime',
    state,
    nativeState: j.BusinessStatus && j.Status === 'Running' ? `${j.Status}/${j.BusinessStatus}` : j.Status ?? '',
    progress: mapProgress(j, ref.now),
    sourceId: str(j.SourceId),
    target: targetOf(j),
    templateId: null,
    projectId: null,
    createdAt: isoTime(j.CreationTime),
    startedAt: isoTime(j.StartTime),
    finishedAt: isoTime(j.EndTime),
    lastSyncedAt: lastRunEnd ?? (j.Status === 'Finished' ? isoTime(j.EndTime) : null),
    // ReplicationJob has CreationTime, StartTime and EndTime only: no modification or state-change time.
    updatedAt: null,
    stateChangedAt: null,
    error: jobErrorOf(j),
    bandwidthLimitMbps: bandwidthLimitOf(j.ReplicationParameters),
    tags,
    details: jobDetails(j) as unknown as Task['details'],
  };
}

/** Reads the typed details back from a mapped task (null if it is not an Alibaba job). */
export function alibabaJobDetails(task: Task): AlibabaJobDetails | null {
  const d = task.details as unknown as AlibabaJobDetails | null;
  return d && d.provider === PROVIDER_ID && d.kind === 'ReplicationJob' ? d : null;
}

/** Reads the typed details back from a mapped source (null if it is not an Alibaba source server). */
export function alibabaSourceDetails(source: Source): AlibabaSourceDetails | null {
  const d = source.details as unknown as AlibabaSourceDetails | null;
  return d && d.provider === PROVIDER_ID && d.kind === 'SourceServer' ? d : null;
}

/**
 * Actions each native state allows (key: `Status`, or `Running/BusinessStatus`): START from
 * Ready/Stopped/InError; STOP only while Running+Syncing; CUTOVER while an incremental job is Waiting;
 * DELETE in every state but Running and Deleting (vendor FAQ: a Running job cannot be deleted).
 */
export const ACTIONS_BY_STATE: Readonly<Record<string, readonly TaskAction[]>> = {
  Ready: [TaskAction.START, TaskAction.DELETE],
  Stopped: [TaskAction.START, TaskAction.DELETE],
  InError: [TaskAction.START, TaskAction.DELETE],
  'Running/Preparing': [],
  'Running/Syncing': [TaskAction.STOP],
  'Running/Processing': [],
  'Running/Cleaning': [],
  Running: [],
  Waiting: [TaskAction.CUTOVER, TaskAction.DELETE],
  Finished: [TaskAction.DELETE],
  Expired: [TaskAction.DELETE],
  Deleting: [],
};

/** Statuses the table does not know may still be deleted (the vendor refuses only Running and Deleting). */
const UNKNOWN_STATE_ACTIONS: readonly TaskAction[] = [TaskAction.DELETE];

export function availableActionsOf(status: string, businessStatus: string | null, runOnce: boolean): TaskAction[] {
  const actions = (status === 'Running' ? ACTIONS_BY_STATE[`Running/${businessStatus ?? ''}`] : undefined) ?? ACTIONS_BY_STATE[status] ?? UNKNOWN_STATE_ACTIONS;
  // A one-time job is never cut over (only incremental jobs wait between runs).
  return actions.filter((a) => !(a === TaskAction.CUTOVER && runOnce));
}

export function availableActions(task: Task): TaskAction[] {
  const d = alibabaJobDetails(task);
  if (!d) return [];
  return availableActionsOf(d.status, d.businessStatus, d.runOnce);
}

// ----------------------------------------------------------------------------------------------
// Tags

/** `ALIYUN::SMC::SOURCESERVER` -> `sourceserver`. */
export function tagResourceTypeOf(responseType: string | undefined | null): 'sourceserver' | 'replicationjob' | null {
  const t = (responseType ?? '').toUpperCase();
  if (t.endsWith('SOURCESERVER')) return 'sourceserver';
  if (t.endsWith('REPLICATIONJOB')) return 'replicationjob';
  return null;
}

/** Groups ListTagResources pairs by resource id. */
export function tagsByResource(pairs: readonly TagResource[]): Map<string, Tag[]> {
  const out = new Map<string, Tag[]>();
  for (const p of pairs) {
    if (!p.ResourceId || p.TagKey === undefined || p.TagKey === null) continue;
    const list = out.get(p.ResourceId) ?? [];
    list.push({ key: p.TagKey, value: p.TagValue ?? null });
    out.set(p.ResourceId, list);
  }
  return out;
}
