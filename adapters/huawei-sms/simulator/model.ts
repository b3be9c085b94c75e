/**
 * The simulator's state: source servers, tasks (with sub-tasks), templates, migration projects, agent
 * commands, speed-limit windows, advanced options, consistency results, the privacy flag and IAM
 * tokens. All rules live here (handlers only parse and render), and every refusal is an SmsError with
 * the seed's code. Time comes from the SimClock only.
 *
 * Task state machine (seed 4.1-4.3, 5.4.7, 6.1 SMS.77xx; inferred parts marked in README.md):
 *
 *   CreateTask -> READY (auto_start: RUNNING at once)
 *   READY | ABORT | MIGRATE_FAIL --start--> RUNNING          (else SMS.7713)
 *   RUNNING --all sub-tasks 100% (UpdateTaskSpeed)--> MIGRATE_SUCCESS, or SYNCING when `syncing`
 *   RUNNING | SYNCING --stop--> ABORTING --agent STOP result--> ABORT   (else SMS.7714)
 *   RUNNING --agent reports copystate ERROR--> MIGRATE_FAIL
 *   SYNCING --agent reports copystate ERROR--> SYNC_F_ROLLBACKING --> SYNC_F_ROLLBACK_SUCCESS
 *   SYNCING --test--> CUTOVERn sub-tasks, then RESYNCn; --clone_test--> CLONE_VM   (else SMS.7721)
 *   SYNC_F_ROLLBACK_SUCCESS --start--> RUNNING (counted as "Error")
 *   restart (new run from scratch) only once the target server was started (MIGRATE_SUCCESS with
 *           start_target_server, or a finished `test`) and the task is not running (else SMS.7722)
 *   delete: READY | ABORT | MIGRATE_SUCCESS | MIGRATE_FAIL | SYNC_F_ROLLBACK_SUCCESS, or the Agent is
 *           disconnected (else SMS.7719)
 */
import { createHash, randomUUID } from 'node:crypto';
import type { SimClock } from '../../common/simulator/clock.js';
import type {
  BtrfsFileSystem,
  CloneServer,
  ConfigBody,
  ConsistencyResult,
  EnvironmentCheck,
  NetWork,
  NetworkCheckInfoRequestBody,
  ServerDisk,
  SpeedLimitlJson,
  TargetDisk,
  UpdateTaskSpeedRequestBody,
  VolumeGroups,
} from '../generated/wire.js';
import { smsError, SmsError } from './errors.js';
import type {
  DiskIntargetServer,
  MigprojectsResponseBody,
  ShowMigprojectResponse,
  ShowServerResponse,
  ShowTaskResponse,
  SourceServersResponseBody,
  TaskByServerSources,
  TasksResponseBody,
  TemplateResponseBody,
} from '../generated/wire.js';

export const TASK_STATES = [
  'READY',
  'RUNNING',
  'SYNCING',
  'MIGRATE_SUCCESS',
  'MIGRATE_FAIL',
  'ABORTING',
  'ABORT',
  'DELETING',
  'SYNC_F_ROLLBACKING',
  'SYNC_F_ROLLBACK_SUCCESS',
] as const;
export type TaskStateName = (typeof TASK_STATES)[number];

export const SOURCE_STATES = [
  'unavailable',
  'waiting',
  'initialize',
  'replicate',
  'syncing',
  'stopping',
  'stopped',
  'deleting',
  'error',
  'cloning',
  'cutovering',
  'testing',
  'finished',
] as const;

export const MIGRATION_CYCLES = ['checking', 'setting', 'replicating', 'syncing', 'cutovering', 'cutovered'] as const;

export const COPY_STATES = [
  'UNAVAILABLE',
  'WAITING',
  'INIT',
  'REPLICATE',
  'SYNCING',
  'STOPPING',
  'STOPPED',
  'DELETING',
  'ERROR',
  'CLONING',
  'CUTOVERING',
  'FINISHED',
] as const;

/** SMS.7728: the copystate values each migrationcycle allows (lower-case, as the seed's fix text). */
export const CYCLE_ALLOWED_COPYSTATE: Record<string, readonly string[]> = {
  checking: ['unavailable', 'waiting', 'unconnected'],
  setting: ['waiting', 'unconnected'],
  replicating: ['initialize', 'replicate', 'deleting', 'stopping', 'error', 'stopped', 'unconnected'],
  syncing: ['syncing', 'cloning', 'deleting', 'stopping', 'error', 'stopped', 'unconnected'],
  cutovering: ['cutovering', 'deleting', 'stopping', 'error', 'stopped', 'unconnected'],
  cutovered: ['finished', 'deleting', 'stopping', 'error', 'stopped', 'unconnected'],
};

/** Known regions (ShowConfig `regions`, CreateTask `region_name` check, SMS.6034). */
export const REGIONS = [
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'cn-north-1',
  'cn-north-4',
  'cn-north-9',
  'cn-east-2',
  'cn-east-3',
  'cn-south-1',
  'cn-southwest-2',
  'af-south-1',
  'la-north-2',
  'la-south-2',
  'sa-brazil-1',
  'tr-west-1',
  'me-east-1',
  'eu-west-101',
] as const;

export const MAX_TEMPLATES = 50;
export const DELETABLE_TASK_STATES: ReadonlySet<string> = new Set([
  'READY',
  'ABORT',
  'MIGRATE_SUCCESS',
  'MIGRATE_FAIL',
  'SYNC_F_ROLLBACK_SUCCESS',
]);
/** SMS.7713: "Ready for next, Paused, or Error" (a rolled-back failed sync counts as Error). */
export const STARTABLE_TASK_STATES: ReadonlySet<string> = new Set(['READY', 'ABORT', 'MIGRATE_FAIL', 'SYNC_F_ROLLBACK_SUCCESS']);
/** SMS.7722: restart only once the target server has been started (and the task is not running). */
export const RESTARTABLE_TASK_STATES: ReadonlySet<string> = new Set([
  'READY',
  'ABORT',
  'MIGRATE_FAIL',
  'MIGRATE_SUCCESS',
  'SYNC_F_ROLLBACK_SUCCESS',
]);
/** States in which a task holds its source (source deletion refused with SMS.7601). */
const ACTIVE_TASK_STATES: ReadonlySet<string> = new Set(['RUNNING', 'SYNCING', 'ABORTING', 'SYNC_F_ROLLBACKING']);

export interface CommandRecord {
  command_name: string;
  command_param: { task_id: string; bucket?: string };
}

export interface SourceRecord {
  id: string;
  seq: number;
  name: string;
  ip: string | null;
  hostname: string | null;
  os_type: string;
  os_version: string | null;
  firmware: string | null;
  cpu_quantity: number | null;
  /** Bytes. */
  memory: number | null;
  disks: (ServerDisk & { id?: string; need_migration?: boolean; adjust_size?: number | null })[];
  volume_groups: VolumeGroups[];
  btrfs_list: BtrfsFileSystem[];
  networks: NetWork[];
  /** Every other registration field, kept as sent (linux_block_check, has_rsync, boot_loader, ...). */
  info: Record<string, unknown>;
  state: string;
  migration_cycle: string;
  state_action_time: number;
  stage_action_time: number;
  add_date: number;
  last_visit_time: number | null;
  agent_version: string | null;
  kernel_version: string | null;
  oem_system: boolean;
  has_tc: boolean;
  migprojectid: string;
  enterprise_project_id: string;
  replicatesize: number;
  totalsize: number;
  current_task_id: string | null;
  checks: EnvironmentCheck[];
  is_consistency_result_exist: boolean;
  commands: CommandRecord[];
  /** The last migration error (ListErrorServers `error_json`). */
  error_json: string | null;
}

export interface SubTaskRecord {
  id: number;
  name: string;
  progress: number;
  start_date: number | null;
  end_date: number | null;
  migrate_speed: number | null;
  user_op: string;
  process_trace: string | null;
}

export interface TaskRecord {
  id: string;
  seq: number;
  name: string;
  type: string;
  os_type: string;
  state: TaskStateName;
  priority: number;
  speed_limit: number;
  region_id: string;
  region_name: string;
  project_id: string;
  project_name: string;
  vm_template_id: string | null;
  migration_ip: string | null;
  start_target_server: boolean;
  syncing: boolean;
  exist_server: boolean;
  use_public_ip: boolean;
  use_ipv6: boolean;
  start_network_check: boolean;
  over_speed_threshold: number | null;
  is_need_consistency_check: boolean;
  enterprise_project_id: string;
  source_id: string;
  /** Snapshot of the source's identity at creation (kept when the source record is deleted). */
  target: {
    id: string;
    vm_id: string;
    name: string;
    ip: string | null;
    os_type: string;
    os_version: string | null;
    system_dir: string | null;
    disks: TargetDisk[];
    volume_groups: VolumeGroups[];
    btrfs_list: unknown[];
    image_disk_id: string | null;
    cutovered_snapshot_ids: string | null;
  };
  create_date: number;
  start_date: number | null;
  finish_date: number | null;
  estimate_complete_time: number | null;
  migrate_speed: number;
  compress_rate: number;
  error_json: string;
  float_ip: string | null;
  remain_seconds: number | null;
  target_snapshot_id: string | null;
  clone_server: CloneServer | null;
  sub_tasks: SubTaskRecord[];
  network_check_info: NetworkCheckInfoRequestBody | null;
  network_check_pending: boolean;
  usage: {
    total_cpu_usage: number | null;
    agent_cpu_usage: number | null;
    total_mem_usage: number | null;
    agent_mem_usage: number | null;
    total_disk_io: number | null;
    agent_disk_io: number | null;
  };
  speed_limit_rules: SpeedLimitlJson[];
  configurations: ConfigBody[];
  consistency: { finished_time: number; check_result: string; consistency_result: ConsistencyResult[] }[];
  passphrase: string;
  log_collect_status: string;
  log_bucket: string | null;
  log_expire: number | null;
  log_upload_time: number | null;
  log_share_url: string | null;
  /** Number of test (cutover) rounds run so far: names CUTOVERn / RESYNCn. */
  cutover_rounds: number;
  target_locked: boolean;
  /** Accumulated running time, ms (total_time is reported in seconds). */
  running_ms: number;
  running_since: number | null;
}

export interface TemplateRecord {
  id: string;
  seq: number;
  name: string;
  is_template: boolean;
  region: string;
  projectid: string;
  target_server_name: string | null;
  availability_zone: string | null;
  volumetype: string | null;
  flavor: string | null;
  vpc: Record<string, unknown> | null;
  nics: Record<string, unknown>[];
  security_groups: Record<string, unknown>[];
  publicip: Record<string, unknown> | null;
  disk: Record<string, unknown>[];
  data_volume_type: string | null;
  target_password: string | null;
  image_id: string | null;
}

export interface ProjectRecord {
  id: string;
  seq: number;
  name: string;
  description: string | null;
  isdefault: boolean;
  region: string | null;
  start_target_server: boolean;
  speed_limit: number;
  use_public_ip: boolean;
  exist_server: boolean;
  type: string;
  enterprise_project: string;
  syncing: boolean;
  start_network_check: boolean;
}

export interface TokenRecord {
  token: string;
  user: string;
  domain: string;
  expiresAt: number;
  denied: ReadonlySet<string>;
}

export interface StoreOptions {
  clock: SimClock;
  /** An Agent that has not called for this long is reported `connected: false`. Default 5 minutes. */
  heartbeatTimeoutMs?: number;
  /** RegisterServer refuses more than this many sources (SMS.6501). Default 1000. */
  maxSources?: number;
  /** Main region reported by ShowConfig and used for the default project. */
  mainRegion?: string;
}

type SubtaskPlan = { name: string; user_op: string }[];

/** The sub-task groups the examples show (seed 4.1, 5.4.5). */
export function replicatePlan(task: Pick<TaskRecord, 'type' | 'os_type' | 'vm_template_id'>): SubtaskPlan {
  const op = 'REPLICATE';
  const out: SubtaskPlan = [];
  if (task.vm_template_id) out.push({ name: 'CREATE_CLOUD_SERVER', user_op: op });
  out.push({ name: 'SSL_CONFIG', user_op: op }, { name: 'ATTACH_AGENT_IMAGE', user_op: op });
  if (task.os_type === 'WINDOWS') {
    out.push({ name: 'FORMAT_DISK_WINDOWS', user_op: op }, { name: 'MIGRATE_WINDOWS_BLOCK', user_op: op });
  } else if (task.type === 'MIGRATE_BLOCK') {
    out.push({ name: 'FORMAT_DISK_LINUX_BLOCK', user_op: op }, { name: 'MIGRATE_LINUX_BLOCK', user_op: op });
  } else {
    out.push({ name: 'FORMAT_DISK_LINUX_FILE', user_op: op }, { name: 'MIGRATE_LINUX_FILE', user_op: op });
  }
  return out;
}

export function cutoverPlan(task: Pick<TaskRecord, 'type' | 'os_type'>, round: number): SubtaskPlan {
  const op = `CUTOVER${round}`;
  const configure =
    task.os_type === 'WINDOWS' ? 'CONFIGURE_WINDOWS' : task.type === 'MIGRATE_BLOCK' ? 'CONFIGURE_LINUX_BLOCK' : 'CONFIGURE_LINUX_FILE';
  return [
    { name: configure, user_op: op },
    { name: 'DETTACH_AGENT_IMAGE', user_op: op },
  ];
}

export function resyncPlan(task: Pick<TaskRecord, 'type' | 'os_type'>, round: number): SubtaskPlan {
  const op = `RESYNC${round}`;
  const sync = task.os_type === 'WINDOWS' ? 'SYNC_WINDOWS_BLOCK' : task.type === 'MIGRATE_BLOCK' ? 'SYNC_LINUX_BLOCK' : 'SYNC_LINUX_FILE';
  return [
    { name: 'SSL_CONFIG', user_op: op },
    { name: 'ATTACH_AGENT_IMAGE', user_op: op },
    { name: sync, user_op: op },
  ];
}

/** Sub-tasks whose progress is the data copy (the agent reports bytes for them). */
export const DATA_SUBTASKS: ReadonlySet<string> = new Set([
  'MIGRATE_LINUX_FILE',
  'MIGRATE_LINUX_BLOCK',
  'MIGRATE_WINDOWS_BLOCK',
  'SYNC_LINUX_FILE',
  'SYNC_LINUX_BLOCK',
  'SYNC_WINDOWS_BLOCK',
]);

function pem(kind: string, seed: string): string {
  const body = createHash('sha512').update(kind + seed).digest('base64');
  return `-----BEGIN ${kind}-----\n${body.slice(0, 64)}\n${body.slice(64)}\n-----END ${kind}-----\n`;
}

export class SmsStore {
  readonly sources = new Map<string, SourceRecord>();
  readonly tasks = new Map<string, TaskRecord>();
  readonly templates = new Map<string, TemplateRecord>();
  readonly projects = new Map<string, ProjectRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  privacySigned = false;
  readonly mainRegion: string;
  readonly heartbeatTimeoutMs: number;
  readonly maxSources: number;
  private seq = 0;
  private subtaskSeq = 7000;
  private checkSeq = 520000;
  private readonly clock: SimClock;

  constructor(options: StoreOptions) {
    this.clock = options.clock;
    this.heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 5 * 60_000;
    this.maxSources = options.maxSources ?? 1000;
    this.mainRegion = options.mainRegion ?? 'ap-southeast-3';
    const def: ProjectRecord = {
      id: randomUUID(),
      seq: this.nextSeq(),
      name: 'default',
      description: 'Default migration project',
      isdefault: true,
      region: this.mainRegion,
      start_target_server: true,
      speed_limit: 0,
      use_public_ip: true,
      exist_server: false,
      type: 'MIGRATE_FILE',
      enterprise_project: 'default',
      syncing: false,
      start_network_check: false,
    };
    this.projects.set(def.id, def);
  }

  now(): number {
    return this.clock.now();
  }

  nextSeq(): number {
    return ++this.seq;
  }

  // ---------------------------------------------------------------------------------------------
  // Lookups

  source(id: string): SourceRecord {
    const s = this.sources.get(id);
    if (!s) throw smsError('SMS.7602');
    return s;
  }

  task(id: string): TaskRecord {
    const t = this.tasks.get(id);
    if (!t) throw smsError('SMS.7703');
    return t;
  }

  template(id: string): TemplateRecord {
    const t = this.templates.get(id);
    if (!t) throw smsError('SMS.7101');
    return t;
  }

  project(id: string): ProjectRecord {
    const p = this.projects.get(id);
    if (!p) throw smsError('SMS.7301');
    return p;
  }

  defaultProject(): ProjectRecord {
    for (const p of this.projects.values()) if (p.isdefault) return p;
    throw smsError('SMS.7304');
  }

  isConnected(s: SourceRecord): boolean {
    return s.last_visit_time !== null && this.now() - s.last_visit_time <= this.heartbeatTimeoutMs;
  }

  /** An Agent-side call for this source: refresh the heartbeat. */
  touch(s: SourceRecord): void {
    s.last_visit_time = this.now();
  }

  sourceOfTask(t: TaskRecord): SourceRecord | null {
    return this.sources.get(t.source_id) ?? null;
  }

  // ---------------------------------------------------------------------------------------------
  // Sources

  private setSourceState(s: SourceRecord, state: string, cycle?: string): void {
    const now = this.now();
    if (s.state !== state) {
      s.state = state;
      s.state_action_time = now;
    }
    if (cycle !== undefined && s.migration_cycle !== cycle) {
      s.migration_cycle = cycle;
      s.stage_action_time = now;
    }
  }

  /** Environment checks derived from the registration flags (seed 5.3.3 examples, 65xx codes). */
  computeChecks(s: SourceRecord): EnvironmentCheck[] {
    const info = s.info;
    const out: EnvironmentCheck[] = [];
    const add = (name: string, result: 'OK' | 'WARN' | 'ERROR', code: string | null = null) =>
      out.push({ id: ++this.checkSeq, params: [''], name, result, error_code: code, error_or_warn: code ? result : null, error_params: '' });
    add('OS_VERSION', s.os_version ? 'OK' : 'ERROR', s.os_version ? null : 'SMS.6503');
    add('FIRMWARE', s.firmware === null || s.firmware === 'BIOS' || s.firmware === 'UEFI' ? 'OK' : 'ERROR', null);
    add('CPU', 'OK');
    add('MEMORY', 'OK');
    const partitionOk = s.disks.every((d) => !d.partition_style || d.partition_style === 'MBR' || d.partition_style === 'GPT');
    add('PARTITION_STYLE', partitionOk ? 'OK' : 'ERROR', partitionOk ? null : 'SMS.6508');
    add('FILE_SYSTEM', 'OK');
    add('FREE_SPACE', 'OK');
    if (s.os_type === 'WINDOWS') {
      add('SYSTEM_ROOT', 'OK');
      add('OEM_SYSTEM', s.oem_system ? 'WARN' : 'OK', s.oem_system ? 'SMS.6510' : null);
      add('DRIVER_FILE', info.driver_files === false ? 'ERROR' : 'OK', info.driver_files === false ? 'SMS.6511' : null);
      add('SERVICE', info.system_services === false ? 'ERROR' : 'OK', info.system_services === false ? 'SMS.6512' : null);
      add('ACCOUNT_RIGHTS', info.account_rights === false ? 'ERROR' : 'OK', info.account_rights === false ? 'SMS.6513' : null);
    } else {
      add('RSYNC', info.has_rsync === false ? 'ERROR' : 'OK', info.has_rsync === false ? 'SMS.6517' : null);
      add('PARAVIRTUALIZATION', info.paravirtualization === true ? 'ERROR' : 'OK', info.paravirtualization === true ? 'SMS.6515' : null);
      const raw = typeof info.raw_devices === 'string' && info.raw_devices !== '';
      add('RAW_DEVICES', raw ? 'WARN' : 'OK', raw ? 'SMS.6518' : null);
      add('BOOT_LOADER', info.boot_loader === 'LILO' ? 'ERROR' : 'OK', info.boot_loader === 'LILO' ? 'SMS.6516' : null);
      add('DISK_INFO', s.disks.length > 0 ? 'OK' : 'ERROR', s.disks.length > 0 ? null : 'SMS.6519');
    }
    return out;
  }

  registerSource(input: {
    id?: string;
    name?: string;
    ip?: string;
    hostname?: string;
    os_type?: string;
    os_version?: string;
    firmware?: string;
    cpu_quantity?: number;
    memory?: number;
    disks?: ServerDisk[];
    volume_groups?: VolumeGroups[];
    btrfs_list?: BtrfsFileSystem[];
    networks?: NetWork[];
    agent_version?: string;
    kernel_version?: string;
    oem_system?: boolean;
    has_tc?: boolean;
    state?: string;
    migration_cycle?: string;
    info: Record<string, unknown>;
  }): SourceRecord {
    const now = this.now();
    const existing = input.id ? this.sources.get(input.id) : undefined;
    if (existing) {
      // Re-registration by the Agent (after a restart or a change on the source): refresh the record.
      const s = existing;
      if (input.name !== undefined) s.name = input.name;
      if (input.ip !== undefined) s.ip = input.ip;
      if (input.hostname !== undefined) s.hostname = input.hostname;
      if (input.os_type !== undefined) s.os_type = input.os_type;
      if (input.os_version !== undefined) s.os_version = input.os_version;
      if (input.firmware !== undefined) s.firmware = input.firmware;
      if (input.cpu_quantity !== undefined) s.cpu_quantity = input.cpu_quantity;
      if (input.memory !== undefined) s.memory = input.memory;
      if (input.disks !== undefined) s.disks = this.withDiskIds(input.disks);
      if (input.volume_groups !== undefined) s.volume_groups = input.volume_groups;
      if (input.btrfs_list !== undefined) s.btrfs_list = input.btrfs_list;
      if (input.networks !== undefined) s.networks = input.networks;
      if (input.agent_version !== undefined) s.agent_version = input.agent_version;
      if (input.kernel_version !== undefined) s.kernel_version = input.kernel_version;
      if (input.oem_system !== undefined) s.oem_system = input.oem_system;
      if (input.has_tc !== undefined) s.has_tc = input.has_tc;
      Object.assign(s.info, input.info);
      s.checks = this.computeChecks(s);
      if (input.state !== undefined) this.setSourceState(s, input.state, input.migration_cycle);
      else if (!s.current_task_id) this.setSourceState(s, this.checksFailed(s) ? 'unavailable' : 'waiting', 'checking');
      this.touch(s);
      this.totalsFromDisks(s);
      return s;
    }
    if (this.sources.size >= this.maxSources) throw smsError('SMS.6501');
    const s: SourceRecord = {
      id: input.id ?? randomUUID(),
      seq: this.nextSeq(),
      name: input.name ?? input.hostname ?? input.ip ?? 'source-server',
      ip: input.ip ?? null,
      hostname: input.hostname ?? null,
      os_type: input.os_type ?? 'LINUX',
      os_version: input.os_version ?? null,
      firmware: input.firmware ?? null,
      cpu_quantity: input.cpu_quantity ?? null,
      memory: input.memory ?? null,
      disks: this.withDiskIds(input.disks ?? []),
      volume_groups: input.volume_groups ?? [],
      btrfs_list: input.btrfs_list ?? [],
      networks: input.networks ?? [],
      info: { ...input.info },
      state: 'waiting',
      migration_cycle: 'checking',
      state_action_time: now,
      stage_action_time: now,
      add_date: now,
      last_visit_time: now,
      agent_version: input.agent_version ?? null,
      kernel_version: input.kernel_version ?? null,
      oem_system: input.oem_system ?? false,
      has_tc: input.has_tc ?? false,
      migprojectid: this.defaultProject().id,
      enterprise_project_id: '0',
      replicatesize: 0,
      totalsize: 0,
      current_task_id: null,
      checks: [],
      is_consistency_result_exist: false,
      commands: [],
      error_json: null,
    };
    s.checks = this.computeChecks(s);
    if (input.state !== undefined) {
      s.state = input.state;
      if (input.migration_cycle) s.migration_cycle = input.migration_cycle;
    } else if (this.checksFailed(s)) s.state = 'unavailable';
    this.totalsFromDisks(s);
    this.sources.set(s.id, s);
    return s;
  }

  private withDiskIds<T extends ServerDisk>(disks: T[]): (T & { id: string })[] {
    return disks.map((d, i) => ({ ...d, id: (d as { id?: string }).id ?? `disk-${i}` }));
  }

  private totalsFromDisks(s: SourceRecord): void {
    const used = s.disks.reduce((a, d) => a + (typeof d.used_size === 'number' ? d.used_size : 0), 0);
    if (!s.current_task_id || s.totalsize === 0) s.totalsize = used;
  }

  checksFailed(s: SourceRecord): boolean {
    return s.checks.some((c) => c.result === 'ERROR');
  }

  deleteSources(ids: readonly string[]): void {
    const recs = ids.map((id) => this.source(id));
    for (const s of recs) {
      const t = s.current_task_id ? this.tasks.get(s.current_task_id) : undefined;
      if (t && ACTIVE_TASK_STATES.has(t.state)) throw smsError('SMS.7601');
    }
    for (const s of recs) this.sources.delete(s.id);
  }

  updateSource(
    id: string,
    input: {
      name?: string;
      migprojectid?: string;
      disks?: { id: string; adjust_size?: number; need_migration?: boolean }[];
    },
  ): void {
    const s = this.source(id);
    if (input.migprojectid !== undefined) this.project(input.migprojectid);
    if (input.disks) {
      for (const d of input.disks) {
        const disk = s.disks.find((x) => x.id === d.id || x.name === d.id);
        if (!disk) throw smsError('SMS.6103');
      }
    }
    if (input.name !== undefined) s.name = input.name;
    if (input.migprojectid !== undefined) s.migprojectid = input.migprojectid;
    for (const d of input.disks ?? []) {
      const disk = s.disks.find((x) => x.id === d.id || x.name === d.id)!;
      if (d.adjust_size !== undefined) disk.adjust_size = d.adjust_size;
      if (d.need_migration !== undefined) disk.need_migration = d.need_migration;
    }
  }

  /** UpdateCopyState (agent): sets the source state (UPPER-case copystate) and/or migration cycle. */
  changeCopyState(id: string, copystate: string | undefined, cycle: string | undefined): void {
    const s = this.source(id);
    const state = copystate === undefined ? undefined : copystate === 'INIT' ? 'initialize' : copystate.toLowerCase();
    const effectiveCycle = cycle ?? s.migration_cycle;
    if (state !== undefined && CYCLE_ALLOWED_COPYSTATE[effectiveCycle] && !CYCLE_ALLOWED_COPYSTATE[effectiveCycle]!.includes(state)) {
      throw smsError('SMS.7728');
    }
    this.touch(s);
    this.setSourceState(s, state ?? s.state, cycle);
    const t = s.current_task_id ? this.tasks.get(s.current_task_id) : undefined;
    if (!t || state === undefined) return;
    if (state === 'error') {
      const json = t.error_json || JSON.stringify({ error_code: 'SMS.6603', error_param: '[]' });
      t.error_json = json;
      s.error_json = json;
      if (t.state === 'RUNNING' || t.state === 'ABORTING') this.setTaskState(t, 'MIGRATE_FAIL');
      else if (t.state === 'SYNCING') this.setTaskState(t, 'SYNC_F_ROLLBACKING');
    } else if (state === 'stopped' && t.state === 'SYNC_F_ROLLBACKING') {
      this.setTaskState(t, 'SYNC_F_ROLLBACK_SUCCESS');
    }
  }

  updateDiskInfo(id: string, input: { disks?: ServerDisk[]; volumegroups?: VolumeGroups[]; btrfs_list?: BtrfsFileSystem[] }): void {
    const s = this.source(id);
    this.touch(s);
    // "The new disk information takes effect and the original disk information is deleted."
    s.disks = this.withDiskIds(input.disks ?? []);
    s.volume_groups = input.volumegroups ?? [];
    s.btrfs_list = input.btrfs_list ?? [];
    this.totalsFromDisks(s);
  }

  overview(): Record<string, number> {
    const counts: Record<string, number> = {
      waiting: 0,
      replicate: 0,
      syncing: 0,
      stopped: 0,
      deleting: 0,
      cutovering: 0,
      unavailable: 0,
      stopping: 0,
      finished: 0,
      initialize: 0,
      error: 0,
      cloning: 0,
      unconfigured: 0,
    };
    for (const s of this.sources.values()) {
      const key = s.state === 'testing' ? 'cutovering' : s.state;
      if (key in counts) counts[key]! += 1;
      if (!s.current_task_id) counts.unconfigured! += 1;
    }
    return counts;
  }

  // ---------------------------------------------------------------------------------------------
  // Commands (the Agent polls ShowCommand and answers with UpdateCommandResult)

  private queueCommand(s: SourceRecord | null, command_name: string, param: CommandRecord['command_param']): void {
    if (!s) return;
    // A newer START/STOP supersedes an unconsumed opposite command for the same task.
    s.commands = s.commands.filter(
      (c) => !(c.command_param.task_id === param.task_id && (c.command_name === 'START' || c.command_name === 'STOP') && (command_name === 'START' || command_name === 'STOP')),
    );
    s.commands.push({ command_name, command_param: param });
  }

  pendingCommand(serverId: string): CommandRecord | null {
    const s = this.source(serverId);
    this.touch(s);
    return s.commands[0] ?? null;
  }

  commandResult(serverId: string, name: string, result: string, detail: unknown): void {
    const s = this.source(serverId);
    this.touch(s);
    const head = s.commands[0];
    if (name === 'RSET_LOG_ACL') return; // housekeeping report, nothing was queued for it
    if (!head || head.command_name !== name) throw smsError('SMS.6021');
    s.commands.shift();
    const t = this.tasks.get(head.command_param.task_id);
    if (!t) return;
    const ok = result === 'success';
    const detailText = typeof detail === 'string' ? detail : JSON.stringify(detail ?? {});
    switch (name) {
      case 'START':
        if (!ok && (t.state === 'RUNNING' || t.state === 'ABORTING')) {
          t.error_json = detailText;
          s.error_json = detailText;
          this.setTaskState(t, 'MIGRATE_FAIL');
        } else if (ok && t.state === 'RUNNING' && this.allSubtasksDone(t)) {
          this.completeRun(t);
        }
        break;
      case 'STOP':
        if (t.state === 'ABORTING') this.setTaskState(t, 'ABORT');
        break;
      case 'UPLOAD_LOG':
        t.log_collect_status = ok ? 'SERVER_COLLECT_SUCCESS' : 'AGENT_COLLECT_FAIL';
        if (ok) {
          t.log_upload_time = this.now();
          t.log_share_url = `https://${t.log_bucket}.obs.${this.mainRegion}.myhuaweicloud.com/sms-logs/${t.id}.zip?AccessKeyId=SIMULATED&Expires=${Math.floor(this.now() / 1000) + (t.log_expire ?? 300)}`;
        }
        break;
      default:
        break;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tasks

  private setTaskState(t: TaskRecord, state: TaskStateName): void {
    const now = this.now();
    const wasRunning = t.state === 'RUNNING' || t.state === 'SYNCING';
    const isRunning = state === 'RUNNING' || state === 'SYNCING';
    if (wasRunning && !isRunning && t.running_since !== null) {
      t.running_ms += now - t.running_since;
      t.running_since = null;
    }
    if (!wasRunning && isRunning) t.running_since = now;
    t.state = state;
    const s = this.sourceOfTask(t);
    switch (state) {
      case 'RUNNING':
        t.finish_date = null;
        if (s) this.setSourceState(s, 'initialize', 'replicating');
        break;
      case 'SYNCING':
        if (s) this.setSourceState(s, 'syncing', 'syncing');
        break;
      case 'MIGRATE_SUCCESS':
        t.finish_date = now;
        t.migrate_speed = 0;
        t.remain_seconds = 0;
        t.estimate_complete_time = null;
        if (s) this.setSourceState(s, 'finished', 'cutovered');
        break;
      case 'MIGRATE_FAIL':
        t.migrate_speed = 0;
        if (s) this.setSourceState(s, 'error');
        break;
      case 'ABORTING':
        if (s) this.setSourceState(s, 'stopping');
        break;
      case 'ABORT':
        t.migrate_speed = 0;
        if (s) this.setSourceState(s, 'stopped');
        break;
      case 'SYNC_F_ROLLBACKING':
        if (s) this.setSourceState(s, 'error');
        break;
      case 'SYNC_F_ROLLBACK_SUCCESS':
        if (s) this.setSourceState(s, 'stopped');
        break;
      default:
        break;
    }
  }

  totalTimeSeconds(t: TaskRecord): number {
    const live = t.running_since !== null ? this.now() - t.running_since : 0;
    return Math.floor((t.running_ms + live) / 1000);
  }

  createTask(input: {
    name: string;
    type: string;
    os_type: string;
    source_id: string;
    target: { name: string; vm_id: string; disks: TargetDisk[]; volume_groups: VolumeGroups[]; btrfs_list: unknown[] };
    region_name: string;
    region_id: string;
    project_name: string;
    project_id: string;
    start_target_server?: boolean;
    auto_start?: boolean;
    migration_ip?: string;
    priority?: number;
    vm_template_id?: string;
    use_public_ip?: boolean;
    use_ipv6?: boolean;
    syncing?: boolean;
    exist_server?: boolean;
    start_network_check?: boolean;
    speed_limit?: number;
    over_speed_threshold?: number;
    is_need_consistency_check?: boolean;
  }): TaskRecord {
    if (!(REGIONS as readonly string[]).includes(input.region_name)) throw smsError('SMS.6034');
    const s = this.source(input.source_id);
    if (s.os_type !== input.os_type) throw smsError('SMS.6610');
    if (input.os_type === 'WINDOWS' && input.type === 'MIGRATE_FILE') throw smsError('SMS.7712');
    if (s.state === 'unavailable' || this.checksFailed(s)) throw smsError('SMS.6520');
    if (s.current_task_id && this.tasks.has(s.current_task_id)) throw smsError('SMS.6005');
    if (input.vm_template_id) {
      const tpl = this.template(input.vm_template_id);
      const project = this.projects.get(s.migprojectid);
      if (project?.region && tpl.region !== project.region) throw smsError('SMS.7321');
    } else if (!input.target.vm_id) {
      throw smsError('SMS.6032');
    }
    if (input.target.vm_id) {
      for (const other of this.tasks.values()) if (other.target.vm_id === input.target.vm_id) throw smsError('SMS.6615');
    }
    const now = this.now();
    const t: TaskRecord = {
      id: randomUUID(),
      seq: this.nextSeq(),
      name: input.name,
      type: input.type,
      os_type: input.os_type,
      state: 'READY',
      priority: input.priority ?? 1,
      speed_limit: input.speed_limit ?? 0,
      region_id: input.region_id,
      region_name: input.region_name,
      project_id: input.project_id,
      project_name: input.project_name,
      vm_template_id: input.vm_template_id ?? null,
      migration_ip: input.migration_ip ?? null,
      start_target_server: input.start_target_server ?? true,
      syncing: input.syncing ?? false,
      exist_server: input.exist_server ?? Boolean(input.target.vm_id),
      use_public_ip: input.use_public_ip ?? true,
      use_ipv6: input.use_ipv6 ?? false,
      start_network_check: input.start_network_check ?? false,
      over_speed_threshold: input.over_speed_threshold ?? null,
      is_need_consistency_check: input.is_need_consistency_check ?? false,
      enterprise_project_id: s.enterprise_project_id,
      source_id: s.id,
      target: {
        id: randomUUID(),
        vm_id: input.target.vm_id,
        name: input.target.name,
        ip: null,
        os_type: s.os_type,
        os_version: s.os_version,
        system_dir: s.os_type === 'WINDOWS' ? 'C:\\Windows\\System32' : null,
        disks: input.target.disks,
        volume_groups: input.target.volume_groups,
        btrfs_list: input.target.btrfs_list,
        image_disk_id: null,
        cutovered_snapshot_ids: null,
      },
      create_date: now,
      start_date: null,
      finish_date: null,
      estimate_complete_time: null,
      migrate_speed: 0,
      compress_rate: 0,
      error_json: '',
      float_ip: null,
      remain_seconds: null,
      target_snapshot_id: null,
      clone_server: null,
      sub_tasks: [],
      network_check_info: null,
      network_check_pending: input.start_network_check ?? false,
      usage: {
        total_cpu_usage: null,
        agent_cpu_usage: null,
        total_mem_usage: null,
        agent_mem_usage: null,
        total_disk_io: null,
        agent_disk_io: null,
      },
      speed_limit_rules: [],
      configurations: [],
      consistency: [],
      passphrase: createHash('sha256').update(`passphrase:${now}:${s.id}`).digest('hex').slice(0, 32),
      log_collect_status: 'INIT',
      log_bucket: null,
      log_expire: null,
      log_upload_time: null,
      log_share_url: null,
      cutover_rounds: 0,
      target_locked: true,
      running_ms: 0,
      running_since: null,
    };
    if (t.vm_template_id) {
      // A template used by a task is no longer a "general" template (seed 5.6.1 is_template).
      const tpl = this.templates.get(t.vm_template_id);
      if (tpl) tpl.is_template = false;
    }
    this.tasks.set(t.id, t);
    s.current_task_id = t.id;
    s.replicatesize = 0;
    this.totalsFromDisks(s);
    this.setSourceState(s, s.state === 'unavailable' ? s.state : 'waiting', 'setting');
    if (input.auto_start) this.taskAction(t.id, { operation: 'start' });
    return t;
  }

  private addSubtasks(t: TaskRecord, plan: SubtaskPlan): void {
    for (const p of plan) {
      t.sub_tasks.push({
        id: ++this.subtaskSeq,
        name: p.name,
        progress: 0,
        start_date: null,
        end_date: null,
        migrate_speed: null,
        user_op: p.user_op,
        process_trace: null,
      });
    }
  }

  allSubtasksDone(t: TaskRecord): boolean {
    return t.sub_tasks.length > 0 && t.sub_tasks.every((st) => st.progress >= 100);
  }

  private startRun(t: TaskRecord, fresh: boolean): void {
    const s = this.sourceOfTask(t);
    if (fresh) {
      t.sub_tasks = [];
      t.cutover_rounds = 0;
      this.addSubtasks(t, replicatePlan(t));
      if (!t.syncing) {
        this.addSubtasks(t, cutoverPlan(t, 0));
        t.cutover_rounds = 1;
      }
      if (s) s.replicatesize = 0;
    }
    t.error_json = '';
    if (s) s.error_json = null;
    t.start_date = t.start_date ?? this.now();
    if (fresh) t.start_date = this.now();
    this.setTaskState(t, 'RUNNING');
    this.queueCommand(s, 'START', { task_id: t.id });
  }

  /** The REPLICATE run (plus CUTOVER0 for non-syncing tasks) finished: MIGRATE_SUCCESS or SYNCING. */
  private completeRun(t: TaskRecord): void {
    const s = this.sourceOfTask(t);
    if (s) s.replicatesize = s.totalsize;
    if (t.syncing) {
      this.setTaskState(t, 'SYNCING');
    } else {
      if (t.start_target_server && !t.target.ip) t.target.ip = fakeIp(t.id);
      this.setTaskState(t, 'MIGRATE_SUCCESS');
    }
    t.migrate_speed = 0;
  }

  taskAction(id: string, input: { operation: string; template_id?: string; switch_hce?: boolean; is_need_consistency_check?: boolean }): void {
    const t = this.task(id);
    if (input.is_need_consistency_check !== undefined) t.is_need_consistency_check = input.is_need_consistency_check;
    switch (input.operation) {
      case 'start': {
        if (!STARTABLE_TASK_STATES.has(t.state)) throw smsError('SMS.7713');
        this.startRun(t, t.state === 'READY' || t.sub_tasks.length === 0);
        return;
      }
      case 'stop': {
        if (t.state !== 'RUNNING' && t.state !== 'SYNCING') throw smsError('SMS.7714');
        const s = this.sourceOfTask(t);
        this.setTaskState(t, 'ABORTING');
        if (s && this.isConnected(s)) this.queueCommand(s, 'STOP', { task_id: t.id });
        else this.setTaskState(t, 'ABORT');
        return;
      }
      case 'restart': {
        if (!RESTARTABLE_TASK_STATES.has(t.state) || t.start_date === null || !t.target.ip) throw smsError('SMS.7722');
        this.startRun(t, true);
        return;
      }
      case 'test': {
        if (t.state !== 'SYNCING') throw smsError('SMS.7721');
        const round = t.cutover_rounds;
        t.cutover_rounds += 1;
        this.addSubtasks(t, cutoverPlan(t, round));
        const s = this.sourceOfTask(t);
        if (s) this.setSourceState(s, 'cutovering', 'cutovering');
        return;
      }
      case 'clone_test': {
        if (!input.template_id) throw smsError('SMS.6013');
        const tpl = this.template(input.template_id);
        if (t.state !== 'SYNCING') throw smsError('SMS.7721');
        t.clone_server = {
          vm_id: randomUUID(),
          name: `${tpl.target_server_name ?? t.target.name}-clone`,
          clone_error: null,
          clone_state: 'CLONING',
          error_msg: null,
        };
        this.addSubtasks(t, [{ name: 'CLONE_VM', user_op: 'CLONE' }]);
        const s = this.sourceOfTask(t);
        if (s) this.setSourceState(s, 'cloning');
        return;
      }
      case 'network_check': {
        if (t.state === 'DELETING' || t.state === 'ABORTING') throw smsError('SMS.6005');
        t.network_check_pending = true;
        t.network_check_info = null;
        return;
      }
      default:
        throw smsError('SMS.9001');
    }
  }

  /** UpdateTaskSpeed (agent): progress of one sub-task plus rate and usage metrics. */
  reportProgress(
    id: string,
    input: Omit<UpdateTaskSpeedRequestBody, 'agent_time'>,
  ): void {
    const t = this.task(id);
    const s = this.sourceOfTask(t);
    if (s) this.touch(s);
    if (t.state !== 'RUNNING' && t.state !== 'SYNCING' && t.state !== 'ABORTING') return;
    const st = t.sub_tasks.find((x) => x.name === input.subtask_name && x.progress < 100) ?? [...t.sub_tasks].reverse().find((x) => x.name === input.subtask_name);
    if (!st) throw smsError('SMS.6004');
    const now = this.now();
    st.progress = Math.max(st.progress, input.progress);
    st.start_date = st.start_date ?? now;
    st.process_trace = input.process_trace;
    if (input.migrate_speed !== undefined) st.migrate_speed = input.migrate_speed;
    if (st.progress >= 100 && st.end_date === null) st.end_date = now;
    if (input.migrate_speed !== undefined) t.migrate_speed = input.migrate_speed;
    if (input.compress_rate !== undefined) t.compress_rate = input.compress_rate;
    if (input.remain_time !== undefined) {
      t.remain_seconds = input.remain_time;
      t.estimate_complete_time = now + input.remain_time * 1000;
    }
    for (const k of ['total_cpu_usage', 'agent_cpu_usage', 'total_mem_usage', 'agent_mem_usage', 'total_disk_io', 'agent_disk_io'] as const) {
      if (input[k] !== undefined) t.usage[k] = input[k]!;
    }
    if (s && DATA_SUBTASKS.has(st.name)) {
      s.replicatesize = input.replicatesize;
      s.totalsize = input.totalsize;
      if (s.state === 'initialize' && t.state === 'RUNNING') this.setSourceState(s, 'replicate', 'replicating');
    }
    if (st.progress >= 100) this.onSubtaskDone(t, st);
  }

  private onSubtaskDone(t: TaskRecord, st: SubTaskRecord): void {
    const s = this.sourceOfTask(t);
    const groupDone = t.sub_tasks.filter((x) => x.user_op === st.user_op).every((x) => x.progress >= 100);
    if (!groupDone) return;
    if (t.state === 'RUNNING' && this.allSubtasksDone(t)) {
      this.completeRun(t);
      return;
    }
    if (t.state !== 'SYNCING') return;
    if (st.user_op.startsWith('CUTOVER')) {
      // The target was launched for the test; synchronisation goes on (RESYNCn).
      const round = Number(st.user_op.slice('CUTOVER'.length));
      if (!t.target.ip) t.target.ip = fakeIp(t.id);
      this.addSubtasks(t, resyncPlan(t, round));
      if (s) this.setSourceState(s, 'syncing', 'syncing');
    } else if (st.user_op === 'CLONE') {
      if (t.clone_server) t.clone_server.clone_state = 'SUCCESS';
      if (s) this.setSourceState(s, 'syncing', 'syncing');
    }
  }

  deleteTasks(ids: readonly string[]): void {
    const recs = ids.map((id) => this.task(id));
    for (const t of recs) {
      const s = this.sourceOfTask(t);
      const agentGone = !s || !this.isConnected(s);
      if (!agentGone && !DELETABLE_TASK_STATES.has(t.state)) throw smsError('SMS.7719');
    }
    for (const t of recs) {
      this.tasks.delete(t.id);
      const s = this.sourceOfTask(t);
      if (s && s.current_task_id === t.id) {
        s.current_task_id = null;
        s.commands = s.commands.filter((c) => c.command_param.task_id !== t.id);
        if (s.state !== 'finished' && s.state !== 'unavailable') this.setSourceState(s, 'waiting', 'checking');
      }
    }
  }

  updateTask(id: string, input: Record<string, unknown>): TaskRecord {
    const t = this.task(id);
    const str = (k: string) => (typeof input[k] === 'string' ? (input[k] as string) : undefined);
    const num = (k: string) => (typeof input[k] === 'number' ? (input[k] as number) : undefined);
    const bool = (k: string) => (typeof input[k] === 'boolean' ? (input[k] as boolean) : undefined);
    if (input.vm_template_id !== undefined && input.vm_template_id !== null && input.vm_template_id !== '') {
      this.template(String(input.vm_template_id));
    }
    const state = str('state');
    if (state !== undefined && !(TASK_STATES as readonly string[]).includes(state)) throw smsError('SMS.7706');
    if (str('name') !== undefined) t.name = str('name')!;
    if (num('priority') !== undefined) t.priority = num('priority')!;
    if (num('speed_limit') !== undefined) t.speed_limit = num('speed_limit')!;
    if (str('migration_ip') !== undefined) t.migration_ip = str('migration_ip')!;
    if (bool('start_target_server') !== undefined) t.start_target_server = bool('start_target_server')!;
    if (bool('exist_server') !== undefined) t.exist_server = bool('exist_server')!;
    if (str('region_id') !== undefined) t.region_id = str('region_id')!;
    if (str('region_name') !== undefined) t.region_name = str('region_name')!;
    if (str('project_id') !== undefined) t.project_id = str('project_id')!;
    if (str('project_name') !== undefined) t.project_name = str('project_name')!;
    if (str('enterprise_project_id') !== undefined) t.enterprise_project_id = str('enterprise_project_id')!;
    if (typeof input.vm_template_id === 'string') t.vm_template_id = input.vm_template_id || null;
    if (str('error_json') !== undefined) {
      t.error_json = str('error_json')!;
      const s = this.sourceOfTask(t);
      if (s && t.error_json) s.error_json = t.error_json;
    }
    if (str('float_ip') !== undefined) t.float_ip = str('float_ip')!;
    if (str('target_snapshot_id') !== undefined) t.target_snapshot_id = str('target_snapshot_id')!;
    if (num('migrate_speed') !== undefined) t.migrate_speed = num('migrate_speed')!;
    if (num('remain_seconds') !== undefined) t.remain_seconds = num('remain_seconds')!;
    if (num('estimate_complete_time') !== undefined) t.estimate_complete_time = num('estimate_complete_time')!;
    const target = input.target_server;
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      const ts = target as Record<string, unknown>;
      if (typeof ts.name === 'string') t.target.name = ts.name;
      if (typeof ts.ip === 'string') t.target.ip = ts.ip;
      if (typeof ts.vm_id === 'string') t.target.vm_id = ts.vm_id;
      if (Array.isArray(ts.disks)) t.target.disks = ts.disks as TargetDisk[];
    }
    const clone = input.clone_server;
    if (clone && typeof clone === 'object' && !Array.isArray(clone)) t.clone_server = { ...(t.clone_server ?? {}), ...(clone as CloneServer) };
    if (state !== undefined && state !== t.state) this.setTaskState(t, state as TaskStateName);
    return t;
  }

  setSpeedLimits(id: string, rules: SpeedLimitlJson[]): void {
    const t = this.task(id);
    t.speed_limit_rules = rules.map((r) => ({ ...r }));
  }

  /** The speed limit in force now (Mbit/s; 0 = none): the matching window, else the task's limit. */
  effectiveSpeedLimit(t: TaskRecord, at: number = this.now()): number {
    const d = new Date(at);
    const minute = d.getUTCHours() * 60 + d.getUTCMinutes();
    for (const r of t.speed_limit_rules) {
      const start = parseHm(r.start ?? '');
      const end = parseHm(r.end ?? '');
      if (start === null || end === null) continue;
      const inside = start <= end ? minute >= start && minute < end : minute >= start || minute < end;
      if (inside) return r.speed ?? 0;
    }
    return t.speed_limit;
  }

  unlockTarget(id: string): void {
    const t = this.task(id);
    if (!t.target.vm_id && !t.vm_template_id) throw smsError('SMS.8103');
    t.target_locked = false;
  }

  passphrase(id: string): string {
    const t = this.task(id);
    if (t.state !== 'RUNNING' && t.state !== 'SYNCING') throw smsError('SMS.9905');
    return t.passphrase;
  }

  collectLog(id: string, bucket: string, expire: number): void {
    const t = this.task(id);
    if (t.start_date === null) throw smsError('SMS.7717');
    if (['TELL_AGENT_TO_COLLECT', 'WAIT_AGENT_COLLECT_ACK', 'WAIT_SERVER_COLLECT'].includes(t.log_collect_status)) throw smsError('SMS.7716');
    t.log_bucket = bucket;
    t.log_expire = expire;
    t.log_collect_status = 'TELL_AGENT_TO_COLLECT';
    this.queueCommand(this.sourceOfTask(t), 'UPLOAD_LOG', { task_id: t.id, bucket });
  }

  addConsistencyResult(id: string, results: ConsistencyResult[]): void {
    const t = this.task(id);
    const s = this.sourceOfTask(t);
    if (s) this.touch(s);
    const clean = results.every((r) => r.num_different_files === 0 && r.num_target_miss_files === 0 && r.num_target_more_files === 0);
    t.consistency.push({ finished_time: this.now(), check_result: clean ? 'success' : 'failed', consistency_result: results });
    if (s) s.is_consistency_result_exist = true;
  }

  setConfigurations(id: string, configs: ConfigBody[]): TaskRecord {
    const t = this.task(id);
    for (const c of configs) {
      const i = t.configurations.findIndex((x) => x.config_key === c.config_key);
      if (i >= 0) t.configurations[i] = c;
      else t.configurations.push(c);
    }
    return t;
  }

  setNetworkCheckInfo(id: string, info: NetworkCheckInfoRequestBody): void {
    const t = this.task(id);
    const s = this.sourceOfTask(t);
    if (s) this.touch(s);
    t.network_check_info = info;
    t.network_check_pending = false;
  }

  certKey(id: string, withCa: boolean): Record<string, string | null> {
    const t = this.task(id);
    const s = this.sourceOfTask(t);
    if (s) this.touch(s);
    return {
      cert: pem('CERTIFICATE', `${t.id}:cert`),
      private_key: pem('PRIVATE KEY', `${t.id}:key`),
      ca: withCa ? pem('CERTIFICATE', `${t.id}:ca`) : null,
      target_mgmt_cert: pem('CERTIFICATE', `${t.id}:mgmt`),
      target_mgmt_private_key: pem('PRIVATE KEY', `${t.id}:mgmt-key`),
      target_data_cert: pem('CERTIFICATE', `${t.id}:data`),
      target_data_private_key: pem('PRIVATE KEY', `${t.id}:data-key`),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Templates

  createTemplate(input: Omit<TemplateRecord, 'id' | 'seq'>): TemplateRecord {
    for (const t of this.templates.values()) if (t.name === input.name) throw smsError('SMS.7112');
    if (this.templates.size >= MAX_TEMPLATES) throw smsError('SMS.8115');
    const rec: TemplateRecord = { ...input, id: randomUUID(), seq: this.nextSeq() };
    this.templates.set(rec.id, rec);
    return rec;
  }

  updateTemplate(id: string, input: Partial<Omit<TemplateRecord, 'id' | 'seq'>>): void {
    const rec = this.template(id);
    if (input.name !== undefined) {
      for (const t of this.templates.values()) if (t.id !== id && t.name === input.name) throw smsError('SMS.7112');
    }
    for (const [k, v] of Object.entries(input)) if (v !== undefined) (rec as unknown as Record<string, unknown>)[k] = v;
  }

  templateInUse(id: string): boolean {
    for (const t of this.tasks.values()) if (t.vm_template_id === id) return true;
    return false;
  }

  deleteTemplates(ids: readonly string[]): void {
    const recs = ids.map((id) => this.template(id));
    for (const r of recs) if (this.templateInUse(r.id)) throw smsError('SMS.7111');
    for (const r of recs) this.templates.delete(r.id);
  }

  // ---------------------------------------------------------------------------------------------
  // Migration projects

  createProject(input: Omit<ProjectRecord, 'id' | 'seq'>): ProjectRecord {
    for (const p of this.projects.values()) if (p.name === input.name) throw smsError('SMS.7312');
    if (input.isdefault) {
      for (const p of this.projects.values()) if (p.isdefault) throw smsError('SMS.7313');
    }
    const rec: ProjectRecord = { ...input, id: randomUUID(), seq: this.nextSeq() };
    this.projects.set(rec.id, rec);
    return rec;
  }

  updateProject(id: string, input: Omit<ProjectRecord, 'id' | 'seq' | 'isdefault'>): void {
    const rec = this.project(id);
    for (const p of this.projects.values()) if (p.id !== id && p.name === input.name) throw smsError('SMS.7312');
    Object.assign(rec, input);
  }

  deleteProject(id: string): void {
    const rec = this.project(id);
    if (rec.isdefault) throw smsError('SMS.7303');
    for (const s of this.sources.values()) if (s.migprojectid === id) throw smsError('SMS.7311');
    this.projects.delete(id);
  }

  setDefaultProject(id: string): void {
    const rec = this.project(id);
    for (const p of this.projects.values()) p.isdefault = false;
    rec.isdefault = true;
  }

  // ---------------------------------------------------------------------------------------------
  // IAM tokens

  issueToken(user: string, domain: string, denied: ReadonlySet<string>): TokenRecord {
    const token = `MII${createHash('sha256').update(randomUUID()).digest('base64').replace(/[^A-Za-z0-9]/g, '')}SIMTOKEN`;
    const rec: TokenRecord = { token, user, domain, expiresAt: this.now() + 24 * 3600_000, denied };
    this.tokens.set(token, rec);
    return rec;
  }

  /** For tests: wraps an unexpected condition as the generic service error. */
  static serviceError(): SmsError {
    return smsError('SMS.6000');
  }
}

function parseHm(v: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(v);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 24 || mi > 59 || (h === 24 && mi !== 0)) return null;
  return h * 60 + mi;
}

export function isValidHm(v: unknown): boolean {
  return typeof v === 'string' && parseHm(v) !== null;
}

function fakeIp(seed: string): string {
  const h = createHash('md5').update(seed).digest();
  return `192.168.${h[0]! % 250}.${(h[1]! % 250) + 2}`;
}

// ---------------------------------------------------------------------------------------------
// Rendering: records -> wire bodies (was render.ts)
/*
 * Store records -> wire shapes (typed with the core engineer's wire.ts, so a drift breaks the build).
 */
function initTargetServer(s: SourceRecord): { disks: DiskIntargetServer[]; volume_groups: SourceRecord['volume_groups'] } {
  return {
    disks: s.disks.map((d) => ({
      name: d.name,
      size: d.adjust_size ?? d.size,
      device_use: d.device_use,
      used_size: d.used_size,
      physical_volumes: (d.physical_volumes ?? []).map((pv) => ({
        device_use: pv.device_use ?? null,
        file_system: pv.file_system ?? null,
        index: pv.index ?? null,
        mount_point: pv.mount_point ?? null,
        name: pv.name ?? null,
        size: pv.size ?? null,
        inode_size: pv.inode_size ?? null,
        used_size: pv.used_size ?? null,
        uuid: pv.uuid ?? null,
      })),
    })),
    volume_groups: s.volume_groups,
  };
}

function taskSummary(t: TaskRecord): TaskByServerSources {
  return {
    id: t.id,
    name: t.name,
    type: t.type,
    state: t.state,
    estimate_complete_time: t.estimate_complete_time,
    start_date: t.start_date,
    speed_limit: t.speed_limit,
    migrate_speed: t.migrate_speed,
    compress_rate: t.compress_rate,
    start_target_server: t.start_target_server,
    vm_template_id: t.vm_template_id,
    region_id: t.region_id,
    project_name: t.project_name,
    project_id: t.project_id,
    target_server: { vm_id: t.target.vm_id, name: t.target.name },
    log_collect_status: t.log_collect_status,
    exist_server: t.exist_server,
    use_public_ip: t.use_public_ip,
    clone_server: t.clone_server,
    remain_seconds: t.remain_seconds,
    log_bucket: t.log_bucket,
    log_expire: t.log_expire,
    log_upload_time: t.log_upload_time,
    log_share_url: t.log_share_url,
  };
}

function stripDisk<T extends { id?: string; need_migration?: boolean; adjust_size?: number | null }>(d: T): Omit<T, 'id' | 'need_migration' | 'adjust_size'> {
  const { id: _id, need_migration: _n, adjust_size: _a, ...rest } = d;
  return rest;
}

export function renderSourceListItem(store: SmsStore, s: SourceRecord): SourceServersResponseBody {
  const t = s.current_task_id ? store.tasks.get(s.current_task_id) : undefined;
  return {
    id: s.id,
    ip: s.ip,
    name: s.name,
    enterprise_project_id: s.enterprise_project_id,
    add_date: s.add_date,
    os_type: s.os_type,
    os_version: s.os_version,
    oem_system: s.oem_system,
    state: s.state,
    connected: store.isConnected(s),
    cpu_quantity: s.cpu_quantity,
    memory: s.memory,
    current_task: t ? taskSummary(t) : null,
    checks: s.checks,
    init_target_server: initTargetServer(s),
    replicatesize: s.replicatesize,
    stage_action_time: s.stage_action_time,
    totalsize: s.totalsize,
    last_visit_time: s.last_visit_time,
    migration_cycle: s.migration_cycle,
    state_action_time: s.state_action_time,
    is_consistency_result_exist: s.is_consistency_result_exist,
    has_tc: s.has_tc,
  };
}

export function renderSource(store: SmsStore, s: SourceRecord): ShowServerResponse {
  const t = s.current_task_id ? store.tasks.get(s.current_task_id) : undefined;
  let current: ShowServerResponse['current_task'] = null;
  if (t) {
    const { estimate_complete_time: _e, compress_rate: _c, remain_seconds: _r, log_bucket: _b, log_expire: _x, log_upload_time: _u, log_share_url: _l, ...rest } =
      taskSummary(t);
    current = rest;
  }
  return {
    id: s.id,
    ip: s.ip,
    name: s.name,
    hostname: s.hostname,
    enterprise_project_id: s.enterprise_project_id,
    add_date: s.add_date,
    os_type: s.os_type,
    os_version: s.os_version,
    oem_system: s.oem_system,
    state: s.state,
    connected: store.isConnected(s),
    firmware: s.firmware,
    init_target_server: initTargetServer(s),
    cpu_quantity: s.cpu_quantity,
    memory: s.memory,
    current_task: current,
    disks: s.disks.map(stripDisk),
    volume_groups: s.volume_groups,
    btrfs_list: s.btrfs_list,
    networks: s.networks,
    checks: s.checks,
    migration_cycle: s.migration_cycle,
    state_action_time: s.state_action_time,
    replicatesize: s.replicatesize,
    totalsize: s.totalsize,
    last_visit_time: s.last_visit_time,
    stage_action_time: s.stage_action_time,
    agent_version: s.agent_version,
    has_tc: s.has_tc,
  };
}

function sourceBrief(store: SmsStore, t: TaskRecord) {
  const s = store.sources.get(t.source_id);
  if (!s) return null;
  return { id: s.id, ip: s.ip, name: s.name, os_type: s.os_type, os_version: s.os_version, oem_system: s.oem_system, state: s.state };
}

export function renderTaskListItem(store: SmsStore, t: TaskRecord): TasksResponseBody {
  return {
    id: t.id,
    name: t.name,
    type: t.type,
    os_type: t.os_type,
    state: t.state,
    estimate_complete_time: t.estimate_complete_time,
    create_date: t.create_date,
    priority: t.priority,
    speed_limit: t.speed_limit,
    migrate_speed: t.migrate_speed,
    compress_rate: t.compress_rate,
    start_target_server: t.start_target_server,
    error_json: t.error_json,
    total_time: store.totalTimeSeconds(t),
    migration_ip: t.migration_ip,
    sub_tasks: t.sub_tasks.map((st) => ({
      id: st.id,
      name: st.name,
      progress: st.progress,
      start_date: st.start_date,
      end_date: st.end_date,
      process_trace: st.process_trace,
    })),
    source_server: sourceBrief(store, t),
    enterprise_project_id: t.enterprise_project_id,
    target_server: {
      id: t.target.id,
      vm_id: t.target.vm_id,
      name: t.target.name,
      ip: t.target.ip,
      os_type: t.target.os_type,
      os_version: t.target.os_version,
    },
    log_collect_status: t.log_collect_status,
    clone_server: t.clone_server ? { vm_id: t.clone_server.vm_id ?? null, name: t.clone_server.name ?? null } : null,
    syncing: t.syncing,
    network_check_info: t.network_check_info,
    special_config: t.configurations,
    ...t.usage,
  };
}

export function renderTask(store: SmsStore, t: TaskRecord): ShowTaskResponse {
  const s = store.sources.get(t.source_id);
  return {
    name: t.name,
    type: t.type,
    os_type: t.os_type,
    id: t.id,
    priority: t.priority,
    speed_limit: t.speed_limit,
    region_id: t.region_id,
    start_target_server: t.start_target_server,
    enterprise_project_id: t.enterprise_project_id,
    migration_ip: t.migration_ip,
    region_name: t.region_name,
    project_name: t.project_name,
    project_id: t.project_id,
    vm_template_id: t.vm_template_id,
    source_server: s
      ? {
          id: s.id,
          ip: s.ip,
          name: s.name,
          os_type: s.os_type,
          os_version: s.os_version,
          oem_system: s.oem_system,
          state: s.state,
          migration_cycle: s.migration_cycle,
        }
      : null,
    target_server: { ...t.target, btrfs_list: t.target.btrfs_list as NonNullable<ShowTaskResponse['target_server']>['btrfs_list'] },
    state: t.state,
    estimate_complete_time: t.estimate_complete_time,
    connected: s ? store.isConnected(s) : false,
    create_date: t.create_date,
    start_date: t.start_date,
    finish_date: t.finish_date,
    migrate_speed: t.migrate_speed,
    compress_rate: t.compress_rate,
    error_json: t.error_json,
    total_time: store.totalTimeSeconds(t),
    float_ip: t.float_ip,
    remain_seconds: t.remain_seconds,
    target_snapshot_id: t.target_snapshot_id,
    clone_server: t.clone_server,
    sub_tasks: t.sub_tasks.map((st) => ({ ...st })),
    network_check_info: t.network_check_info,
    ...t.usage,
  };
}

export function renderTemplate(t: TemplateRecord, opts: { maskPassword: boolean }): TemplateResponseBody {
  return {
    id: t.id,
    name: t.name,
    is_template: String(t.is_template),
    region: t.region,
    projectid: t.projectid,
    target_server_name: t.target_server_name,
    availability_zone: t.availability_zone,
    volumetype: t.volumetype,
    flavor: t.flavor,
    vpc: t.vpc as TemplateResponseBody['vpc'],
    nics: t.nics as unknown as TemplateResponseBody['nics'],
    security_groups: t.security_groups as unknown as TemplateResponseBody['security_groups'],
    publicip: t.publicip as TemplateResponseBody['publicip'],
    disk: t.disk as unknown as TemplateResponseBody['disk'],
    data_volume_type: t.data_volume_type,
    target_password: t.target_password === null ? null : opts.maskPassword ? '******' : t.target_password,
    image_id: t.image_id,
  };
}

export function renderProject(p: ProjectRecord): MigprojectsResponseBody & ShowMigprojectResponse {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    isdefault: p.isdefault,
    region: p.region,
    start_target_server: p.start_target_server,
    speed_limit: p.speed_limit,
    use_public_ip: p.use_public_ip,
    exist_server: p.exist_server,
    type: p.type,
    enterprise_project: p.enterprise_project,
    syncing: p.syncing,
    start_network_check: p.start_network_check,
  };
}
