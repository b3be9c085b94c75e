/**
 * Pure wire <-> domain mapping for Huawei SMS: the native -> unified state tables, unit
 * normalisation and the typed `details` objects. No I/O, no clock.
 *
 * Units on the wire -> domain:
 *  - timestamps: epoch milliseconds -> ISO-8601 UTC (0/null -> null)
 *  - `migrate_speed`: Mbit/s -> bytes/s (x 125 000). UpdateTaskSpeed and SubTask document Mbit/s; the
 *    task tables say "MB/s" for the same value the Agent reports, so Mbit/s is taken throughout.
 *  - `speed_limit`: Mbit/s, kept as Mbit/s (`bandwidthLimitMbps`), 0 = unlimited -> null
 *  - `remain_seconds`: seconds; `estimate_complete_time`: epoch ms -> ISO
 *  - disk sizes: bytes; template disk `size`: GB (GiB) -> bytes
 *  - `memory`: bytes in ListServers and the ShowServer example, "MB" in other tables: values below
 *    16 Mi are taken as MB (no server has < 16 MiB of RAM; none has 16 TiB either)
 *  - usage: `*_mem_usage` MB -> bytes, `*_disk_io` MB/s -> bytes/s, CPU %
 */
import { remainingFromElapsed, remainingFromRate } from '../common/progress.js';
import { SourceState, TaskAction, TaskState, type Disk, type MigrationProject, type ProviderDetails, type Progress, type ProgressStep, type Source, type Task, type TaskError, type Template } from '../../src/core/model.js';
import { ERROR_CODES } from './generated/errors.js';
import { PROVIDER_ID } from './generated/wire.js';
import type * as w from './generated/wire.js';


export interface MapContext {
  accountId: string;
  region: string;
}

// ---------------------------------------------------------------------------------------------
// Units

const MBIT_PER_S_TO_BYTES_PER_S = 125_000;
const MB = 1024 * 1024;
const GB = 1024 * MB;

export function msToIso(ms: number | string | null | undefined): string | null {
  if (ms === null || ms === undefined || ms === '') return null;
  const n = typeof ms === 'string' ? Number(ms) : ms;
  if (!Number.isFinite(n) || n <= 0) return null;
  const d = new Date(n);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function mbitToBytesPerSecond(mbit: number | null | undefined): number | null {
  if (mbit === null || mbit === undefined || !Number.isFinite(mbit)) return null;
  return Math.round(mbit * MBIT_PER_S_TO_BYTES_PER_S);
}

/** Bytes from a `memory` field that may be bytes (ListServers) or MB (other tables). */
export function memoryToBytes(memory: number | null | undefined): number | null {
  if (memory === null || memory === undefined || !Number.isFinite(memory) || memory <= 0) return null;
  return memory < 16 * MB ? memory * MB : memory;
}

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return String(v);
  return null;
}

function bool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return null;
}

// ---------------------------------------------------------------------------------------------
// State tables

/**
 * Native task state -> unified. READY is refined by {@link unifiedTaskState}: a READY task that has
 * already replicated (console "Ready for next", e.g. the chapter 4.1 example after CUTOVER/RESYNC
 * rounds) is READY_FOR_CUTOVER; a READY task that never ran is PENDING.
 */
export const TASK_STATE_TABLE: Readonly<Record<w.TaskState, TaskState>> = {
  READY: TaskState.PENDING,
  RUNNING: TaskState.REPLICATING,
  SYNCING: TaskState.SYNCING,
  MIGRATE_SUCCESS: TaskState.SUCCEEDED,
  MIGRATE_FAIL: TaskState.FAILED,
  ABORTING: TaskState.STOPPING,
  ABORT: TaskState.STOPPED,
  DELETING: TaskState.DELETING,
  SYNC_F_ROLLBACKING: TaskState.ROLLING_BACK,
  // The synchronisation failed; the rollback only restored the last good target. Nothing moves by
  // itself any more and the user must act (start again or delete): a failure.
  SYNC_F_ROLLBACK_SUCCESS: TaskState.FAILED,
};

interface SubTaskLike {
  name?: string | null;
  progress?: number | null;
  start_date?: number | null;
  end_date?: number | null;
  user_op?: string | null;
  migrate_speed?: number | null;
  process_trace?: string | null;
  id?: number | null;
}

/** Whether a full replication has completed (READY then means "ready for next"). */
function hasReplicated(subTasks: readonly SubTaskLike[] | null | undefined, finishDate: number | null | undefined): boolean {
  if (finishDate) return true;
  const list = subTasks ?? [];
  const replicate = list.filter((s) => (s.user_op ?? 'REPLICATE') === 'REPLICATE' && isTransferStep(s.name));
  return replicate.length > 0 && replicate.every((s) => (s.progress ?? 0) >= 100);
}

export function unifiedTaskState(
  nativeState: string | null | undefined,
  subTasks?: readonly SubTaskLike[] | null,
  finishDate?: number | null,
): TaskState {
  if (!nativeState) return TaskState.UNKNOWN;
  const s = nativeState.toUpperCase() as w.TaskState;
  const mapped = TASK_STATE_TABLE[s];
  if (mapped === undefined) return TaskState.UNKNOWN;
  if (s === 'READY' && hasReplicated(subTasks, finishDate)) return TaskState.READY_FOR_CUTOVER;
  return mapped;
}

/** Native source-server state (lower case; the undocumented `AVAILABLE` too) -> unified. */
export const SOURCE_STATE_TABLE: Readonly<Record<w.SourceServerState | 'available', SourceState>> = {
  unavailable: SourceState.UNAVAILABLE, // failed the environment check
  waiting: SourceState.AVAILABLE, // waiting for migration: a task can be created
  available: SourceState.AVAILABLE, // undocumented, seen in ListTasks examples
  initialize: SourceState.MIGRATING,
  replicate: SourceState.MIGRATING,
  syncing: SourceState.MIGRATING,
  stopping: SourceState.MIGRATING, // the task still holds the source
  stopped: SourceState.MIGRATING, // paused task still holds the source
  cloning: SourceState.MIGRATING,
  cutovering: SourceState.MIGRATING,
  testing: SourceState.MIGRATING,
  deleting: SourceState.DELETING,
  error: SourceState.ERROR,
  finished: SourceState.FINISHED,
};

/** Unified source state; an AVAILABLE source whose Agent is disconnected is UNAVAILABLE. */
export function unifiedSourceState(nativeState: string | null | undefined, connected?: boolean | null): SourceState {
  if (!nativeState) return SourceState.UNKNOWN;
  const mapped = SOURCE_STATE_TABLE[nativeState.toLowerCase() as keyof typeof SOURCE_STATE_TABLE];
  if (mapped === undefined) return SourceState.UNKNOWN;
  if (mapped === SourceState.AVAILABLE && connected === false) return SourceState.UNAVAILABLE;
  return mapped;
}

// ---------------------------------------------------------------------------------------------
// Actions

/** Unified action -> UpdateTaskStatus `operation` (DELETE is DeleteTask; CUTOVER/SYNC: none). */
export const ACTION_TO_OPERATION: Readonly<Partial<Record<TaskAction, w.TaskOperation>>> = {
  [TaskAction.START]: 'start',
  [TaskAction.STOP]: 'stop',
  [TaskAction.RESTART]: 'restart',
  [TaskAction.TEST]: 'test',
  [TaskAction.CLONE_TEST]: 'clone_test',
  [TaskAction.NETWORK_CHECK]: 'network_check',
};

/**
 * Actions each native state allows, from the seed (5.4.7 and the refusal codes of §6.1): SMS.7713
 * start only from Ready-for-next / Paused / Error; 7714 stop only when running; 7721 test (launch)
 * and clone_test only in continuous synchronisation (SYNCING: not after a finished migration, not in
 * Ready-for-next); 7722 restart only after the target server started; 7719 delete only when
 * Verification failed / Ready for next / Finished / Error / Paused (or the Agent is disconnected, see
 * availableActions). network_check has no state rule in the seed: every state but the transient
 * ABORTING and DELETING (SMS.6005). `READY_REPLICATED` is READY after a replication ("Ready for next").
 */
export const ACTIONS_BY_STATE: Readonly<Record<w.TaskState | 'READY_REPLICATED', readonly TaskAction[]>> = {
  READY: [TaskAction.START, TaskAction.NETWORK_CHECK, TaskAction.DELETE],
  READY_REPLICATED: [TaskAction.START, TaskAction.RESTART, TaskAction.NETWORK_CHECK, TaskAction.DELETE],
  RUNNING: [TaskAction.STOP, TaskAction.NETWORK_CHECK],
  SYNCING: [TaskAction.STOP, TaskAction.TEST, TaskAction.CLONE_TEST, TaskAction.NETWORK_CHECK],
  MIGRATE_SUCCESS: [TaskAction.RESTART, TaskAction.NETWORK_CHECK, TaskAction.DELETE],
  MIGRATE_FAIL: [TaskAction.START, TaskAction.NETWORK_CHECK, TaskAction.DELETE],
  ABORTING: [],
  ABORT: [TaskAction.START, TaskAction.NETWORK_CHECK, TaskAction.DELETE],
  DELETING: [],
  SYNC_F_ROLLBACKING: [TaskAction.NETWORK_CHECK],
  SYNC_F_ROLLBACK_SUCCESS: [TaskAction.START, TaskAction.NETWORK_CHECK, TaskAction.DELETE],
};

/** Pure: the actions the task's current state allows. */
export function availableActions(task: Pick<Task, 'nativeState' | 'state' | 'details'>): TaskAction[] {
  const native = task.nativeState.toUpperCase();
  const key = native === 'READY' && task.state === TaskState.READY_FOR_CUTOVER ? 'READY_REPLICATED' : (native as w.TaskState);
  const actions = [...(ACTIONS_BY_STATE[key] ?? [])];
  const details = task.details as HuaweiTaskDetails | null;
  // 5.4.3/5.4.4: a task can also be deleted when the source Agent is disconnected from SMS.
  if (details?.agentConnected === false && !actions.includes(TaskAction.DELETE) && native !== 'DELETING') actions.push(TaskAction.DELETE);
  return actions;
}

// ---------------------------------------------------------------------------------------------
// Typed details

export interface HuaweiSubTask {
  id: number | null;
  name: string;
  progress: number | null;
  /** The user operation (round) that produced the step: REPLICATE, CUTOVER0, RESYNC0, ... */
  userOp: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** Bytes per second (wire: Mbit/s). */
  speed: number | null;
  processTrace: string | null;
}

export interface HuaweiCloneServer {
  vmId: string | null;
  name: string | null;
  cloneState: string | null;
  cloneError: string | null;
  errorMessage: string | null;
}

export interface HuaweiNetworkCheck {
  domainConnectivity: boolean | null;
  destinationConnectivity: boolean | null;
  networkDelay: number | null;
  networkJitter: number | null;
  migrationSpeed: number | null;
  lossPercentage: number | null;
  cpuUsage: number | null;
  memUsage: number | null;
  evaluationResult: string | null;
}

export interface HuaweiResourceUsage {
  /** Percent. */
  serverCpu: number | null;
  agentCpu: number | null;
  /** Bytes (wire: MB). */
  serverMemoryBytes: number | null;
  agentMemoryBytes: number | null;
  /** Bytes per second (wire: MB/s). */
  serverDiskIo: number | null;
  agentDiskIo: number | null;
}

export interface HuaweiConfigSetting {
  key: string;
  value: string;
  status: string | null;
}

export interface HuaweiTaskTargetServer {
  id: string | null;
  vmId: string | null;
  name: string | null;
  ip: string | null;
  osType: string | null;
  osVersion: string | null;
  systemDir: string | null;
  disks: Disk[];
  imageDiskId: string | null;
  /** `cutovered_snapshot_ids` (the chapter 4 example's `rollback_snapshot_ids` is read too). */
  cutoveredSnapshotIds: string | null;
}

export interface HuaweiTaskDetails extends ProviderDetails {
  provider: 'huawei-sms';
  osType: string | null;
  /** 0 low, 1 standard, 2 high. */
  priority: number | null;
  migrationIp: string | null;
  targetRegionId: string | null;
  targetRegionName: string | null;
  /** IAM project of the target (not a migration project). */
  targetProjectId: string | null;
  targetProjectName: string | null;
  enterpriseProjectId: string | null;
  startTargetServer: boolean | null;
  /** Agent connection of the source (ShowTask only). */
  agentConnected: boolean | null;
  syncing: boolean | null;
  compressRate: number | null;
  /** `total_time` verbatim: the seed does not state its unit (examples suggest ms in lists). */
  totalTime: number | null;
  floatIp: string | null;
  targetSnapshotId: string | null;
  logCollectStatus: string | null;
  sourceServerName: string | null;
  sourceServerState: string | null;
  sourceMigrationCycle: string | null;
  targetServer: HuaweiTaskTargetServer | null;
  cloneServer: HuaweiCloneServer | null;
  subTasks: HuaweiSubTask[];
  networkCheck: HuaweiNetworkCheck | null;
  usage: HuaweiResourceUsage | null;
  specialConfig: HuaweiConfigSetting[];
  /** Whether the task came from ShowTask (complete) or ListTasks (fewer fields). */
  complete: boolean;
}

export interface HuaweiEnvironmentCheck {
  id: number | null;
  name: string | null;
  /** OK, WARN, ERROR. */
  result: string | null;
  errorCode: string | null;
  params: string[];
}

export interface HuaweiNetwork {
  name: string | null;
  ip: string | null;
  ipv6: string | null;
  netmask: string | null;
  gateway: string | null;
  mac: string | null;
  mtu: number | null;
}

export interface HuaweiSourceTaskSummary {
  id: string;
  name: string | null;
  type: string | null;
  nativeState: string | null;
  state: TaskState;
  startedAt: string | null;
  vmTemplateId: string | null;
  targetRegionId: string | null;
  targetVmId: string | null;
  targetVmName: string | null;
  logCollectStatus: string | null;
  logShareUrl: string | null;
  remainingSeconds: number | null;
}

export interface HuaweiSourceDetails extends ProviderDetails {
  provider: 'huawei-sms';
  hostname: string | null;
  firmware: string | null;
  oemSystem: boolean | null;
  enterpriseProjectId: string | null;
  migrationCycle: string | null;
  stateChangedAt: string | null;
  stageChangedAt: string | null;
  /** Bytes replicated / to replicate for the source (ListServers, ShowServer). */
  replicatedBytes: number | null;
  totalBytes: number | null;
  agentVersion: string | null;
  hasTc: boolean | null;
  consistencyResultExists: boolean | null;
  checks: HuaweiEnvironmentCheck[];
  networks: HuaweiNetwork[];
  currentTask: HuaweiSourceTaskSummary | null;
}

export interface HuaweiVpc {
  id: string;
  name: string;
  cidr: string | null;
}

export interface HuaweiNic {
  id: string;
  name: string;
  cidr: string | null;
  ip: string | null;
}

export interface HuaweiSecurityGroup {
  id: string;
  name: string;
}

export interface HuaweiPublicIp {
  type: string;
  /** Mbit/s. */
  bandwidthSizeMbps: number | null;
  bandwidthShareType: string | null;
}

export interface HuaweiTemplateDisk {
  id: string | null;
  index: number | null;
  name: string;
  diskType: string | null;
  sizeBytes: number | null;
  deviceUse: string | null;
}

export interface HuaweiTemplateDetails extends ProviderDetails {
  provider: 'huawei-sms';
  /** `is_template`: a general template (true) or one bound to a task (false). */
  isGeneral: boolean | null;
  targetProjectId: string | null;
  targetServerName: string | null;
  availabilityZone: string | null;
  flavor: string | null;
  volumeType: string | null;
  dataVolumeType: string | null;
  imageId: string | null;
  vpc: HuaweiVpc | null;
  nics: HuaweiNic[];
  securityGroups: HuaweiSecurityGroup[];
  publicIp: HuaweiPublicIp | null;
  disks: HuaweiTemplateDisk[];
  /** Whether the template stores a target password (never the password itself: ShowTargetPassword). */
  hasTargetPassword: boolean;
}

export interface HuaweiMigrationProjectDetails extends ProviderDetails {
  provider: 'huawei-sms';
  region: string | null;
  type: string | null;
  usePublicIp: boolean | null;
  existServer: boolean | null;
  startTargetServer: boolean | null;
  /** Mbit/s; null = unlimited (0). */
  speedLimitMbps: number | null;
  syncing: boolean | null;
  startNetworkCheck: boolean | null;
  enterpriseProject: string | null;
}

// ---------------------------------------------------------------------------------------------
// Tasks

const TRANSFER_STEP = /^(MIGRATE|SYNC)_/;

function isTransferStep(name: string | null | undefined): boolean {
  return !!name && TRANSFER_STEP.test(name);
}

function mapSubTask(s: SubTaskLike): HuaweiSubTask {
  return {
    id: num(s.id),
    name: s.name ?? '',
    progress: num(s.progress),
    userOp: str(s.user_op),
    startedAt: msToIso(s.start_date),
    finishedAt: msToIso(s.end_date),
    speed: mbitToBytesPerSecond(num(s.migrate_speed)),
    processTrace: str(s.process_trace),
  };
}

function stepState(s: SubTaskLike): string {
  if (s.end_date || (s.progress ?? 0) >= 100) return 'FINISHED';
  if (s.start_date) return 'RUNNING';
  return 'WAITING';
}

/**
 * Huawei steps have no state field: a step's `state` is derived (FINISHED when it has an end date or
 * 100 %, RUNNING when it started, WAITING otherwise); `detail` is the step's `process_trace`.
 * `name` is the vendor's sub-task name alone (`SSL_CONFIG`) whatever the read path: ShowTask's
 * sub-tasks carry `user_op` and ListTasks' do not, so the round stays out of the name (it is in
 * `details.subTasks[].userOp` where the vendor gives it).
 */
export function progressSteps(subTasks: readonly SubTaskLike[] | null | undefined): ProgressStep[] {
  return (subTasks ?? []).map((s) => ({
    name: s.name ?? '',
    state: stepState(s),
    percent: num(s.progress),
    startedAt: msToIso(s.start_date),
    finishedAt: msToIso(s.end_date),
    detail: str(s.process_trace),
  }));
}

/** Task states in which data moves (an ETA is computed only then). */
const MOVING_STATES = new Set(['RUNNING', 'SYNCING']);

/**
 * Remaining seconds: the vendor's `remain_seconds` (ShowTask) when it gives one; else, while the task
 * moves, the source's untransferred bytes (`totalsize - replicatesize`) at `migrate_speed`; else the
 * task's running time `total_time` x (100 - percent) / percent (ListTasks items have no
 * remain_seconds). `estimatedCompletionAt` stays the vendor's `estimate_complete_time` (no reference
 * time to date a computed estimate).
 */
export function remainingOf(t: { state?: string | null; remain_seconds?: number | null; total_time?: number | null }, percent: number | null, remainingBytes: number | null, bytesPerSecond: number | null): number | null {
  const vendor = num(t.remain_seconds);
  if (vendor !== null) return vendor;
  if (!MOVING_STATES.has(String(t.state).toUpperCase())) return null;
  return remainingFromRate(remainingBytes, bytesPerSecond) ?? remainingFromElapsed(percent, num(t.total_time));
}

/**
 * Progress from the sub-tasks: the current round is the `user_op` group of the last started step;
 * `percent` is its data-transfer step's progress (MIGRATE_* / SYNC_*) when it has one, else the mean
 * of its steps; `phase` is the name of the step in progress (or the last one started).
 */
export function progressOf(
  t: {
    state?: string | null;
    sub_tasks?: readonly SubTaskLike[] | null;
    migrate_speed?: number | null;
    remain_seconds?: number | null;
    estimate_complete_time?: number | null;
    total_time?: number | null;
  },
  source?: { replicatesize?: number | null; totalsize?: number | null } | null,
): Progress {
  const subs = [...(t.sub_tasks ?? [])];
  const started = subs.filter((s) => s.start_date || (s.progress ?? 0) > 0);
  const last = started.at(-1) ?? null;
  const round = last?.user_op ?? null;
  const group = round ? subs.filter((s) => s.user_op === round) : subs;
  let percent: number | null = null;
  if (String(t.state).toUpperCase() === 'MIGRATE_SUCCESS') percent = 100;
  else if (group.length > 0) {
    const transfer = group.filter((s) => isTransferStep(s.name));
    const basis = transfer.length > 0 ? transfer : group;
    percent = Math.round(basis.reduce((a, s) => a + (num(s.progress) ?? 0), 0) / basis.length);
  } else if (String(t.state).toUpperCase() === 'READY') percent = 0; // the progress rule (README): reported, not started yet
  const inProgress = group.find((s) => s.start_date && !s.end_date && (s.progress ?? 0) < 100) ?? last;
  const total = num(source?.totalsize);
  const done = num(source?.replicatesize);
  const speed = mbitToBytesPerSecond(num(t.migrate_speed));
  return {
    percent,
    transferredBytes: total ? done : null,
    totalBytes: total || null,
    speed,
    remainingSeconds: remainingOf(t, percent, total && done !== null ? total - done : null, speed),
    estimatedCompletionAt: msToIso(t.estimate_complete_time),
    phase: inProgress?.name ?? null,
    steps: progressSteps(subs),
  };
}

/** `error_json` (`{"error_code":"SMS.1302","error_param":"[\"/\",\"/mnt/vdb1\"]"}`) -> TaskError. */
export function parseErrorJson(errorJson: string | null | undefined): TaskError | null {
  if (!errorJson || errorJson.trim() === '') return null;
  let parsed: { error_code?: unknown; error_param?: unknown; error_msg?: unknown };
  try {
    parsed = JSON.parse(errorJson) as typeof parsed;
  } catch {
    return { code: null, message: errorJson };
  }
  if (!parsed || typeof parsed !== 'object') return { code: null, message: errorJson };
  const code = str(parsed.error_code);
  let params: string[] = [];
  if (Array.isArray(parsed.error_param)) params = parsed.error_param.map(String);
  else if (typeof parsed.error_param === 'string') {
    try {
      const p = JSON.parse(parsed.error_param) as unknown;
      params = Array.isArray(p) ? p.map(String) : [parsed.error_param];
    } catch {
      params = parsed.error_param === '' ? [] : [parsed.error_param];
    }
  }
  const template = (code && ERROR_CODES[code]?.message) ?? str(parsed.error_msg);
  const message = template ? fillParams(template, params) : code ? `${code}${params.length ? ` (${params.join(', ')})` : ''}` : errorJson;
  return { code, message };
}

/** Substitutes `%s`, `%d` and `{0[i]}` placeholders of a vendor message. */
export function fillParams(template: string, params: readonly string[]): string {
  let i = 0;
  return template
    .replace(/\{0\[(\d+)\]\}/g, (m, idx: string) => params[Number(idx)] ?? m)
    .replace(/%[sd]/g, (m) => (i < params.length ? params[i++]! : m));
}

function mapDisks(
  disks: ReadonlyArray<{ name?: string | null; size?: number | null; used_size?: number | null; relation_name?: string | null }> | null | undefined,
): Disk[] {
  return (disks ?? []).map((d) => {
    const name = d.name ?? '';
    return {
      name,
      device: name.startsWith('/dev/') ? name : (str(d.relation_name) ?? null),
      sizeBytes: num(d.size),
      usedBytes: num(d.used_size),
    };
  });
}

function mapNetworkCheck(n: w.NetworkCheckInfoRequestBody | null | undefined): HuaweiNetworkCheck | null {
  if (!n) return null;
  return {
    domainConnectivity: bool(n.domain_connectivity),
    destinationConnectivity: bool(n.destination_connectivity),
    networkDelay: num(n.network_delay),
    networkJitter: num(n.network_jitter),
    migrationSpeed: num(n.migration_speed),
    lossPercentage: num(n.loss_percentage),
    cpuUsage: num(n.cpu_usage),
    memUsage: num(n.mem_usage),
    evaluationResult: str(n.evaluation_result),
  };
}

function mapUsage(t: {
  total_cpu_usage?: number | null;
  agent_cpu_usage?: number | null;
  total_mem_usage?: number | null;
  agent_mem_usage?: number | null;
  total_disk_io?: number | null;
  agent_disk_io?: number | null;
}): HuaweiResourceUsage | null {
  const values = [t.total_cpu_usage, t.agent_cpu_usage, t.total_mem_usage, t.agent_mem_usage, t.total_disk_io, t.agent_disk_io];
  if (values.every((v) => v === null || v === undefined)) return null;
  const mb = (v: number | null | undefined) => (num(v) === null ? null : Math.round(num(v)! * MB));
  return {
    serverCpu: num(t.total_cpu_usage),
    agentCpu: num(t.agent_cpu_usage),
    serverMemoryBytes: mb(t.total_mem_usage),
    agentMemoryBytes: mb(t.agent_mem_usage),
    serverDiskIo: mb(t.total_disk_io),
    agentDiskIo: mb(t.agent_disk_io),
  };
}

function mapClone(c: { vm_id?: string | null; name?: string | null; clone_state?: string | null; clone_error?: string | null; error_msg?: string | null } | null | undefined): HuaweiCloneServer | null {
  if (!c) return null;
  return {
    vmId: str(c.vm_id),
    name: str(c.name),
    cloneState: str(c.clone_state),
    cloneError: str(c.clone_error),
    errorMessage: str(c.error_msg),
  };
}

type AnyTask = w.ShowTaskResponse | w.TasksResponseBody;

function lastSyncedAt(subTasks: readonly SubTaskLike[] | null | undefined): string | null {
  const synced = (subTasks ?? []).filter((s) => s.name?.startsWith('SYNC_') && s.end_date);
  const latest = synced.reduce<number | null>((max, s) => (max === null || s.end_date! > max ? s.end_date! : max), null);
  return msToIso(latest);
}

/** ShowTask (complete) or a ListTasks item -> Task. */
export function toTask(t: AnyTask, ctx: MapContext, source?: { replicatesize?: number | null; totalsize?: number | null } | null): Task {
  const full = t as w.ShowTaskResponse;
  const listed = t as w.TasksResponseBody;
  const complete = 'start_date' in t || 'finish_date' in t || 'remain_seconds' in t || 'region_id' in t;
  const nativeState = t.state ?? '';
  const subs = (t.sub_tasks ?? []) as SubTaskLike[];
  const target = t.target_server as (w.TaskTargetServer & w.TargetServerAssociatedWithTask) | null | undefined;
  const speedLimit = num(t.speed_limit);
  const details: HuaweiTaskDetails = {
    provider: PROVIDER_ID,
    osType: str(t.os_type),
    priority: num(t.priority),
    migrationIp: str(t.migration_ip),
    targetRegionId: str(full.region_id),
    targetRegionName: str(full.region_name),
    targetProjectId: str(full.project_id),
    targetProjectName: str(full.project_name),
    enterpriseProjectId: str(t.enterprise_project_id),
    startTargetServer: bool(t.start_target_server),
    agentConnected: bool(full.connected),
    syncing: bool(listed.syncing),
    compressRate: num(t.compress_rate),
    totalTime: num(t.total_time),
    floatIp: str(full.float_ip),
    targetSnapshotId: str(full.target_snapshot_id),
    logCollectStatus: str(listed.log_collect_status),
    sourceServerName: str(t.source_server?.name),
    sourceServerState: str(t.source_server?.state),
    sourceMigrationCycle: str((t.source_server as w.SourceServerResponse | null | undefined)?.migration_cycle),
    targetServer: target
      ? {
          id: str(target.id),
          vmId: str(target.vm_id),
          name: str(target.name),
          ip: str(target.ip),
          osType: str(target.os_type),
          osVersion: str(target.os_version),
          systemDir: str(target.system_dir),
          disks: mapDisks(target.disks),
          imageDiskId: str(target.image_disk_id),
          cutoveredSnapshotIds: str(target.cutovered_snapshot_ids) ?? str(target.rollback_snapshot_ids),
        }
      : null,
    cloneServer: mapClone(t.clone_server),
    subTasks: subs.map(mapSubTask),
    networkCheck: mapNetworkCheck(t.network_check_info),
    usage: mapUsage(t),
    specialConfig: (listed.special_config ?? []).map((c) => ({ key: c.config_key ?? '', value: String(c.config_value), status: str(c.config_status) })),
    complete,
  };
  return {
    provider: PROVIDER_ID,
    accountId: ctx.accountId,
    region: ctx.region,
    nativeId: t.id ?? '',
    name: t.name ?? '',
    type: str(t.type),
    state: unifiedTaskState(nativeState, subs, full.finish_date),
    nativeState,
    progress: progressOf({ ...t, sub_tasks: subs }, source),
    sourceId: str(t.source_server?.id),
    target: target
      ? { kind: 'INSTANCE', nativeId: str(target.vm_id), name: str(target.name), ip: str(target.ip), region: str(full.region_id) }
      : null,
    templateId: str(full.vm_template_id),
    // Huawei tasks do not name a migration project (project_id is the target's IAM project).
    projectId: null,
    createdAt: msToIso(t.create_date),
    startedAt: msToIso(full.start_date),
    finishedAt: msToIso(full.finish_date),
    lastSyncedAt: lastSyncedAt(subs),
    // Tasks carry no modification or state-change time (ListTasks/ShowTask give create/start/finish only).
    updatedAt: null,
    stateChangedAt: null,
    error: parseErrorJson(t.error_json),
    bandwidthLimitMbps: speedLimit && speedLimit > 0 ? speedLimit : null,
    tags: [],
    details,
  };
}

// ---------------------------------------------------------------------------------------------
// Sources

type AnySource = w.SourceServersResponseBody | w.ShowServerResponse;

function mapCurrentTask(ct: w.TaskByServerSources | w.TaskByServerSource | null | undefined): HuaweiSourceTaskSummary | null {
  if (!ct?.id) return null;
  const full = ct as w.TaskByServerSources;
  return {
    id: ct.id,
    name: str(ct.name),
    type: str(ct.type),
    nativeState: str(ct.state),
    state: unifiedTaskState(ct.state),
    startedAt: msToIso(ct.start_date),
    vmTemplateId: str(ct.vm_template_id),
    targetRegionId: str(ct.region_id),
    targetVmId: str(ct.target_server?.vm_id),
    targetVmName: str(ct.target_server?.name),
    logCollectStatus: str(ct.log_collect_status),
    logShareUrl: str(full.log_share_url),
    remainingSeconds: num(full.remain_seconds),
  };
}

/** ShowServer or a ListServers item -> Source. */
export function toSource(s: AnySource, ctx: MapContext): Source {
  const full = s as w.ShowServerResponse;
  const nativeState = s.state ?? '';
  const disks = full.disks && full.disks.length > 0 ? mapDisks(full.disks) : mapDisks(s.init_target_server?.disks);
  const details: HuaweiSourceDetails = {
    provider: PROVIDER_ID,
    hostname: str(full.hostname),
    firmware: str(full.firmware),
    oemSystem: bool(s.oem_system),
    enterpriseProjectId: str(s.enterprise_project_id),
    migrationCycle: str(s.migration_cycle),
    stateChangedAt: msToIso(s.state_action_time),
    stageChangedAt: msToIso(s.stage_action_time),
    replicatedBytes: num(s.replicatesize),
    totalBytes: num(s.totalsize),
    agentVersion: str(full.agent_version),
    hasTc: bool(s.has_tc),
    consistencyResultExists: bool((s as w.SourceServersResponseBody).is_consistency_result_exist),
    checks: (s.checks ?? []).map((c) => ({
      id: num(c.id),
      name: str(c.name),
      result: str(c.result),
      errorCode: str(c.error_code),
      params: (c.params ?? []).filter((p) => p !== ''),
    })),
    networks: (full.networks ?? []).map((n) => ({
      name: str(n.name),
      ip: str(n.ip),
      ipv6: str(n.ipv6),
      netmask: str(n.netmask),
      gateway: str(n.gateway),
      mac: str(n.mac),
      mtu: num(n.mtu),
    })),
    currentTask: mapCurrentTask(s.current_task),
  };
  return {
    provider: PROVIDER_ID,
    accountId: ctx.accountId,
    region: ctx.region,
    nativeId: s.id ?? '',
    name: s.name ?? '',
    ip: str(s.ip),
    osType: str(s.os_type),
    osVersion: str(s.os_version),
    cpuCores: num(s.cpu_quantity),
    memoryBytes: memoryToBytes(num(s.memory)),
    disks,
    agentConnected: bool(s.connected),
    agentLastSeenAt: msToIso(s.last_visit_time),
    state: unifiedSourceState(nativeState, bool(s.connected)),
    nativeState,
    currentTaskId: str(s.current_task?.id),
    createdAt: msToIso(s.add_date),
    updatedAt: null,
    // state_action_time: "Time state last changed (epoch ms)".
    stateChangedAt: msToIso(s.state_action_time),
    tags: [],
    details,
  };
}

// ---------------------------------------------------------------------------------------------
// Templates and migration projects

export function toTemplate(t: w.TemplateResponseBody, ctx: MapContext): Template {
  const details: HuaweiTemplateDetails = {
    provider: PROVIDER_ID,
    isGeneral: bool(t.is_template),
    targetProjectId: str(t.projectid),
    targetServerName: str(t.target_server_name),
    availabilityZone: str(t.availability_zone),
    flavor: str(t.flavor),
    volumeType: str(t.volumetype),
    dataVolumeType: str(t.data_volume_type),
    imageId: str(t.image_id),
    vpc: t.vpc ? { id: t.vpc.id ?? '', name: t.vpc.name ?? '', cidr: str(t.vpc.cidr) } : null,
    nics: (t.nics ?? []).map((n) => ({ id: n.id ?? '', name: n.name ?? '', cidr: str(n.cidr), ip: str(n.ip) })),
    securityGroups: (t.security_groups ?? []).map((g) => ({ id: g.id ?? '', name: g.name ?? '' })),
    publicIp: t.publicip
      ? { type: t.publicip.type ?? '', bandwidthSizeMbps: num(t.publicip.bandwidth_size), bandwidthShareType: str(t.publicip.bandwidth_share_type) }
      : null,
    disks: (t.disk ?? []).map((d) => ({
      id: str(d.id),
      index: num(d.index),
      name: d.name ?? '',
      diskType: str(d.disktype),
      sizeBytes: num(d.size) === null ? null : num(d.size)! * GB,
      deviceUse: str(d.device_use),
    })),
    hasTargetPassword: typeof t.target_password === 'string' && t.target_password !== '',
  };
  return {
    provider: PROVIDER_ID,
    accountId: ctx.accountId,
    region: ctx.region,
    nativeId: t.id ?? '',
    name: t.name ?? '',
    targetRegion: str(t.region),
    createdAt: null,
    details,
  };
}

export function toProject(p: w.MigprojectsResponseBody | w.ShowMigprojectResponse, ctx: MapContext): MigrationProject {
  const speed = num(p.speed_limit);
  const details: HuaweiMigrationProjectDetails = {
    provider: PROVIDER_ID,
    region: str(p.region),
    type: str(p.type),
    usePublicIp: bool(p.use_public_ip),
    existServer: bool(p.exist_server),
    startTargetServer: bool(p.start_target_server),
    speedLimitMbps: speed && speed > 0 ? speed : null,
    syncing: bool(p.syncing),
    startNetworkCheck: bool(p.start_network_check),
    enterpriseProject: str(p.enterprise_project),
  };
  return {
    provider: PROVIDER_ID,
    accountId: ctx.accountId,
    region: ctx.region,
    nativeId: p.id ?? '',
    name: typeof p.name === 'string' ? p.name : String(p.name ?? ''),
    description: str(p.description),
    isDefault: p.isdefault === true,
    createdAt: null,
    details,
  };
}

// ---------------------------------------------------------------------------------------------
// Domain -> wire

/** Source disks (ShowServer) -> CreateTask target disks (same layout, sizes in bytes). */
export function targetDisksFromSource(disks: readonly w.ServerDisk[] | null | undefined): w.TargetDisks[] {
  return (disks ?? []).map((d, i) => ({
    device_use: d.device_use ?? 'NORMAL',
    name: d.name ?? `Disk ${i}`,
    size: num(d.size) ?? 0,
    used_size: num(d.used_size) ?? 0,
    physical_volumes: (d.physical_volumes ?? []).map((p) => ({
      device_use: p.device_use,
      file_system: p.file_system,
      index: p.index,
      mount_point: p.mount_point,
      name: p.name,
      size: p.size,
      used_size: p.used_size,
      uuid: p.uuid,
      inode_size: num(p.inode_size),
    })),
  }));
}
