/**
 * Demo and volume data for the simulator: realistic source-server profiles (what an Agent registers),
 * task bodies, and `seedHuaweiTasks` which puts N tasks in a spread of states for volume tests (the
 * cross-cloud views want hundreds). Bulk seeding writes the store directly (fast, no HTTP); the tasks
 * it marks "moving" are then driven by the agent emulator over HTTP like any other.
 */
import { createHash } from 'node:crypto';
import type { CreateTaskRequestBody, RegisterServerRequestBody, ServerDisk } from '../generated/wire.js';
import type { HuaweiSimulator } from './server.js';
import { cutoverPlan, replicatePlan, type SmsStore, type TaskRecord, type TaskStateName } from './store.js';

const GIB = 1024 ** 3;

export interface ProfileOptions {
  name: string;
  os: 'LINUX' | 'WINDOWS';
  osVersion?: string;
  ip: string;
  cpu?: number;
  memoryGiB?: number;
  /** Disk sizes / used sizes in GiB; the first is the system disk. */
  disks?: { sizeGiB: number; usedGiB: number }[];
  /** Linux: rsync missing -> the environment check fails (source `unavailable`). */
  noRsync?: boolean;
}

function mac(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

/** A RegisterServer body as the Agent sends it (seed 5.3.2 / 4.1 examples). */
export function sourceProfile(o: ProfileOptions): RegisterServerRequestBody {
  const linux = o.os === 'LINUX';
  const disks: ServerDisk[] = (o.disks ?? [{ sizeGiB: 40, usedGiB: 12 }]).map((d, i) => {
    const dev = linux ? `/dev/vd${String.fromCharCode(97 + i)}` : `Disk ${i}`;
    return {
      name: dev,
      partition_style: linux ? 'MBR' : i === 0 ? 'MBR' : 'GPT',
      device_use: i === 0 ? 'BOOT' : 'NORMAL',
      size: d.sizeGiB * GIB,
      used_size: d.usedGiB * GIB,
      os_disk: i === 0,
      physical_volumes: [
        {
          device_use: i === 0 ? 'OS' : 'NORMAL',
          file_system: linux ? 'ext4' : 'NTFS',
          index: 0,
          mount_point: linux ? (i === 0 ? '/' : `/data${i}`) : null,
          name: linux ? `${dev}1` : `${String.fromCharCode(67 + i)}:`,
          size: d.sizeGiB * GIB - 1024 * 1024,
          used_size: d.usedGiB * GIB,
          inode_size: linux ? 256 : null,
          uuid: createHash('md5').update(`${o.name}:${i}`).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
        },
      ],
    };
  });
  const body: RegisterServerRequestBody = {
    name: o.name,
    hostname: o.name,
    ip: o.ip,
    os_type: o.os,
    os_version: o.osVersion ?? (linux ? 'CENTOS7_64BIT' : 'WINDOWS2016_64BIT'),
    firmware: 'BIOS',
    cpu_quantity: o.cpu ?? 4,
    memory: (o.memoryGiB ?? 8) * GIB,
    disks,
    networks: [{ name: linux ? 'eth0' : 'Ethernet0', ip: o.ip, netmask: '255.255.255.0', gateway: o.ip.replace(/\.\d+$/, '.1'), mtu: 1500, mac: mac(o.name) }],
    agent_version: '24.3.0',
    platform: 'vmware',
    start_type: 'MANUAL',
  };
  if (linux) {
    Object.assign(body, {
      kernel_version: '3.10.0-1160.el7.x86_64',
      has_rsync: !o.noRsync,
      paravirtualization: false,
      raw_devices: '',
      boot_loader: 'GRUB',
      btrfs_list: [],
      volume_groups: [],
      has_tc: true,
      linux_block_check: JSON.stringify({ release_type: 'CENTOS', release_version: '7.9', architecture: 'x86_64' }),
    });
  } else {
    Object.assign(body, { driver_files: true, system_services: true, account_rights: true, system_dir: 'C:\\Windows\\System32' });
  }
  return body;
}

/** A CreateTask body for a registered source (existing target ECS unless a template is given). */
export function taskBody(
  sourceId: string,
  profile: RegisterServerRequestBody,
  opts: { name: string; type?: 'MIGRATE_FILE' | 'MIGRATE_BLOCK'; templateId?: string; syncing?: boolean; speedLimit?: number; region?: string; autoStart?: boolean },
): CreateTaskRequestBody {
  const region = opts.region ?? 'ap-southeast-3';
  const disks = (profile.disks ?? []).map((d, i) => ({
    name: `Disk ${i}`,
    device_use: i === 0 ? 'BOOT' : 'NORMAL',
    disk_id: opts.templateId ? '' : `vol-${createHash('md5').update(`${opts.name}:${i}`).digest('hex').slice(0, 12)}`,
    size: d.size,
    used_size: d.used_size,
    physical_volumes: (d.physical_volumes ?? []).map((pv) => ({
      name: pv.name ?? '',
      device_use: pv.device_use ?? 'NORMAL',
      file_system: pv.file_system ?? null,
      index: pv.index ?? 0,
      mount_point: pv.mount_point ?? null,
      size: pv.size ?? d.size,
      used_size: pv.used_size ?? d.used_size,
      uuid: pv.uuid ?? null,
    })),
  }));
  return {
    name: opts.name,
    type: opts.type ?? (profile.os_type === 'WINDOWS' ? 'MIGRATE_BLOCK' : 'MIGRATE_FILE'),
    os_type: profile.os_type ?? 'LINUX',
    source_server: { id: sourceId },
    target_server: {
      name: `${profile.name}-target`,
      vm_id: opts.templateId ? '' : `ecs-${createHash('md5').update(opts.name + sourceId).digest('hex').slice(0, 20)}`,
      disks,
      btrfs_list: [],
      volume_groups: [],
    } as CreateTaskRequestBody['target_server'],
    region_name: region,
    region_id: region,
    project_name: region,
    project_id: createHash('md5').update(`project:${region}`).digest('hex'),
    start_target_server: true,
    auto_start: opts.autoStart ?? false,
    syncing: opts.syncing ?? false,
    use_public_ip: true,
    exist_server: !opts.templateId,
    ...(opts.templateId ? { vm_template_id: opts.templateId } : {}),
    ...(opts.speedLimit !== undefined ? { speed_limit: opts.speedLimit } : {}),
  };
}

/**
 * Puts a task into a finished state "in the past" (demo history): sub-tasks completed (or stopped at
 * `failAt` percent), dates `startedAgoMs` back, the source's state and sizes to match. Demo data only:
 * live tasks move through the agent.
 */
export function forceHistory(
  store: SmsStore,
  taskId: string,
  state: Extract<TaskStateName, 'MIGRATE_SUCCESS' | 'MIGRATE_FAIL' | 'ABORT' | 'SYNCING'>,
  opts: { startedAgoMs: number; durationMs: number; failAt?: number; errorCode?: string },
): TaskRecord {
  const t = store.task(taskId);
  const s = store.sources.get(t.source_id);
  const now = store.now();
  const start = now - opts.startedAgoMs;
  const end = start + opts.durationMs;
  t.create_date = Math.min(t.create_date, start - 15 * 60_000);
  t.start_date = start;
  const plan = [...replicatePlan(t), ...(t.syncing ? [] : cutoverPlan(t, 0))];
  const failAt = opts.failAt ?? 37;
  let cursor = start;
  const step = Math.max(1, Math.floor(opts.durationMs / plan.length));
  let reachedFailure = false;
  t.sub_tasks = plan.map((p) => {
    const isData = p.name.startsWith('MIGRATE_');
    let progress = 100;
    if (reachedFailure) progress = 0;
    else if (state !== 'MIGRATE_SUCCESS' && state !== 'SYNCING' && isData) {
      progress = state === 'ABORT' ? 58 : failAt;
      reachedFailure = true;
    }
    const startDate = progress > 0 || (isData && reachedFailure) ? cursor : null;
    const endDate = progress === 100 ? cursor + step : null;
    cursor += step;
    return { id: 9000 + store.nextSeq(), name: p.name, progress, start_date: startDate, end_date: endDate, migrate_speed: isData ? 412.5 : null, user_op: p.user_op, process_trace: progress === 100 ? `${p.name}: done` : null };
  });
  t.cutover_rounds = t.syncing ? 0 : 1;
  t.running_ms = opts.durationMs;
  t.running_since = null;
  t.state = state;
  t.migrate_speed = 0;
  t.remain_seconds = state === 'MIGRATE_SUCCESS' ? 0 : null;
  t.finish_date = state === 'MIGRATE_SUCCESS' ? end : null;
  if (state === 'SYNCING') t.running_since = now;
  if (state === 'MIGRATE_SUCCESS' || state === 'SYNCING') t.target.ip = `192.168.${(t.seq * 7) % 250}.${(t.seq % 250) + 2}`;
  if (state === 'MIGRATE_FAIL') t.error_json = JSON.stringify({ error_code: opts.errorCode ?? 'SMS.1312', error_param: '["/dev/vdb1","Input/output error"]' });
  if (s) {
    s.replicatesize = state === 'MIGRATE_SUCCESS' || state === 'SYNCING' ? s.totalsize : Math.floor((s.totalsize * failAt) / 100);
    const [srcState, cycle] =
      state === 'MIGRATE_SUCCESS' ? ['finished', 'cutovered'] : state === 'SYNCING' ? ['syncing', 'syncing'] : state === 'ABORT' ? ['stopped', 'replicating'] : ['error', 'replicating'];
    s.state = srcState!;
    s.migration_cycle = cycle!;
    s.state_action_time = end;
    s.stage_action_time = end;
    if (state === 'MIGRATE_FAIL') s.error_json = t.error_json;
  }
  return t;
}

export interface SeedOptions {
  /** Number of tasks (one source each). */
  count: number;
  /** How many of the running ones the agent emulator drives (they move). Default 10. */
  moving?: number;
  /** Poll interval of the moving bulk sources (clock ms; progress follows elapsed time). Default 30 s. */
  movingTickMs?: number;
  /** Name prefix. Default `bulk`. */
  prefix?: string;
  /** Target region (the task's region_name). Default ap-southeast-3. */
  region?: string;
}

export interface SeedResult {
  sourceIds: string[];
  taskIds: string[];
  byState: Record<string, number>;
}

/** State spread of seeded tasks (percent of `count`, cumulative order). */
const SPREAD: [TaskStateName, number][] = [
  ['MIGRATE_SUCCESS', 35],
  ['RUNNING', 15],
  ['SYNCING', 10],
  ['MIGRATE_FAIL', 10],
  ['ABORT', 10],
  ['READY', 20],
];

/**
 * Seeds `count` source servers with one task each, spread over READY / RUNNING / SYNCING /
 * MIGRATE_SUCCESS / MIGRATE_FAIL / ABORT. The simulator's source quota (SMS.6501, default 1000)
 * applies: create the simulator with `store: { maxSources }` for more.
 */
export function seedHuaweiTasks(sim: HuaweiSimulator, opts: SeedOptions): SeedResult {
  const store = sim.store;
  const prefix = opts.prefix ?? 'bulk';
  const moving = opts.moving ?? 10;
  const result: SeedResult = { sourceIds: [], taskIds: [], byState: {} };
  let movingLeft = moving;
  for (let i = 0; i < opts.count; i++) {
    const pct = ((i * 100) / Math.max(1, opts.count)) % 100;
    let acc = 0;
    let state: TaskStateName = 'READY';
    for (const [st, share] of SPREAD) {
      acc += share;
      if (pct < acc) {
        state = st;
        break;
      }
    }
    const os: 'LINUX' | 'WINDOWS' = i % 4 === 3 ? 'WINDOWS' : 'LINUX';
    const name = `${prefix}-${os === 'LINUX' ? 'lnx' : 'win'}-${String(i + 1).padStart(4, '0')}`;
    const profile = sourceProfile({
      name,
      os,
      ip: `10.${20 + Math.floor(i / 60000)}.${Math.floor(i / 250) % 250}.${(i % 250) + 2}`,
      cpu: [2, 4, 8, 16][i % 4],
      memoryGiB: [4, 8, 16, 32][i % 4],
      disks: [{ sizeGiB: 40, usedGiB: 8 + (i % 20) }, ...(i % 3 === 0 ? [{ sizeGiB: 100, usedGiB: 20 + (i % 50) }] : [])],
    });
    const { name: pName, ip, hostname, os_type, os_version, firmware, cpu_quantity, memory, disks, networks, agent_version, kernel_version, has_tc, btrfs_list, volume_groups, ...info } = profile;
    const src = store.registerSource({
      name: pName,
      ip,
      hostname,
      os_type,
      os_version,
      firmware,
      cpu_quantity,
      memory,
      disks,
      networks,
      agent_version,
      kernel_version,
      has_tc,
      btrfs_list,
      volume_groups,
      info,
    });
    const body = taskBody(src.id, profile, { name: `${name}-task`, syncing: state === 'SYNCING', region: opts.region });
    const task = store.createTask({
      name: body.name,
      type: body.type,
      os_type: body.os_type,
      source_id: src.id,
      target: { name: body.target_server.name, vm_id: body.target_server.vm_id, disks: body.target_server.disks as never, volume_groups: [], btrfs_list: [] },
      region_name: body.region_name,
      region_id: body.region_id,
      project_name: body.project_name,
      project_id: body.project_id,
      syncing: body.syncing,
      exist_server: true,
    });
    const dayMs = 24 * 3600_000;
    if (state === 'MIGRATE_SUCCESS') forceHistory(store, task.id, 'MIGRATE_SUCCESS', { startedAgoMs: (2 + (i % 20)) * dayMs, durationMs: (1 + (i % 5)) * 3600_000 });
    else if (state === 'MIGRATE_FAIL') forceHistory(store, task.id, 'MIGRATE_FAIL', { startedAgoMs: (1 + (i % 7)) * dayMs, durationMs: 40 * 60_000, failAt: 10 + (i % 80) });
    else if (state === 'ABORT') forceHistory(store, task.id, 'ABORT', { startedAgoMs: (1 + (i % 5)) * dayMs, durationMs: 25 * 60_000 });
    else if (state === 'SYNCING') forceHistory(store, task.id, 'SYNCING', { startedAgoMs: (1 + (i % 3)) * dayMs, durationMs: 2 * 3600_000 });
    else if (state === 'RUNNING') {
      store.taskAction(task.id, { operation: 'start' });
      if (movingLeft > 0 && sim.agent) {
        movingLeft -= 1;
        sim.agent.adopt(src.id, { tickMs: opts.movingTickMs ?? 30_000, idleMs: 5 * 60_000 });
      }
    }
    result.sourceIds.push(src.id);
    result.taskIds.push(task.id);
    result.byState[state] = (result.byState[state] ?? 0) + 1;
  }
  return result;
}
