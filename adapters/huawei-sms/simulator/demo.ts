/**
 * The embedded Huawei SMS demo: the simulator on 127.0.0.1:0 with realistic data and a RealClock
 * agent emulator, so tasks move visibly within tens of seconds (`npm start` with no configuration).
 *
 * Data (all created over HTTP through the client and the agent, except the "history" of finished
 * tasks, which is written into the store with past dates):
 *  - projects: default, finance-dc (block-level), web-tier
 *  - templates: four, one of them used by a task (so it cannot be deleted)
 *  - 15 source servers (Linux and Windows): running, syncing, failing, ready, paused, finished,
 *    failed, unconfigured, unavailable (environment check failed), disconnected
 *  - `extraTasks` more tasks for volume (seedHuaweiTasks)
 */
import { createHash, randomBytes } from 'node:crypto';
import { RealClock, type SimClock } from '../../common/simulator/clock.js';
import type { AccountConfig, DemoHandle } from '../../module.js';
import type { Logger } from '../../../src/core/model.js';
import { Client } from '../client.js';
import { createHuaweiSimulator, type HuaweiSimulator } from './server.js';
import type { CreateTaskRequestBody, RegisterServerRequestBody, ServerDisk } from '../generated/wire.js';
import { cutoverPlan, replicatePlan, type SmsStore, type TaskRecord, type TaskStateName } from './model.js';

export interface HuaweiDemoOptions {
  /** The simulator clock (default real time); see DemoOptions.clock in adapters/port.ts. */
  clock?: SimClock;
  accountId: string;
  logger: Logger;
  /** Additional bulk tasks (one source each) for volume, spread over all states. Default 0. */
  extraTasks?: number;
  /** Approximate total number of tasks (the port's `scale`): sets `extraTasks` when that is not given. */
  scale?: number;
  /** Port to listen on (default 0 = any free port). */
  port?: number;
}

export interface HuaweiDemoHandle extends DemoHandle {
  /** The running simulator (tests and benchmarks may inspect it). */
  simulator: HuaweiSimulator;
}

const REGION = 'ap-southeast-3';
const DAY = 24 * 3600_000;

function accessKeyId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return [...randomBytes(20)].map((b) => alphabet[b % alphabet.length]).join('');
}

export async function startHuaweiDemo(opts: HuaweiDemoOptions): Promise<HuaweiDemoHandle> {
  const log = opts.logger.child({ provider: 'huawei-sms', account: opts.accountId, component: 'simulator' });
  const credentials = { accessKeyId: accessKeyId(), secretAccessKey: randomBytes(30).toString('base64url').slice(0, 40) };
  const clock = opts.clock ?? new RealClock();
  const extra = Math.max(0, opts.extraTasks ?? (opts.scale !== undefined ? opts.scale - 12 : 0));
  const sim = await createHuaweiSimulator({
    clock,
    credentials: [credentials],
    port: opts.port,
    // 1 GiB/s (8.6 Gbit/s, under the catalog's 10,000 Mbit/s migrate_speed maximum): a demo task of
    // tens of GB finishes within a minute or two, so a task created in
    // GraphiQL visibly reaches SUCCEEDED. Demo sources seeded without an agent stay "connected" for
    // the session; the disconnected ones
    // are seeded with an old last visit.
    store: { heartbeatTimeoutMs: 6 * 3600_000, maxSources: Math.max(1000, extra + 100), mainRegion: REGION },
    agent: { tickMs: 2_000, idleMs: 6_000, bytesPerSecond: 1024 * 1024 * 1024, setupPercentPerTick: 50 },
  });
  const client = new Client({ endpoint: sim.url, credentials, account: opts.accountId });
  try {
    await seedDemo(sim, client);
    if (extra > 0) {
      // Every bulk source gets an agent: running bulk tasks move too (5 s ticks), idle ones poll rarely.
      const r = seedHuaweiTasks(sim, { count: extra, region: REGION, moving: extra, movingTickMs: 5_000 });
      log.info({ extraTasks: extra, byState: r.byState }, 'seeded bulk tasks');
    }
    listInCreationOrder(sim.store);
  } catch (err) {
    client.close();
    await sim.close();
    throw err;
  } finally {
    client.close();
  }
  const account: AccountConfig = {
    id: opts.accountId,
    provider: 'huawei-sms',
    endpoint: sim.url,
    regions: [REGION],
    label: 'Huawei Cloud SMS (simulator)',
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
  };
  log.info({ endpoint: sim.url, sources: sim.store.sources.size, tasks: sim.store.tasks.size }, 'Huawei SMS simulator started');
  return {
    account,
    simulator: sim,
    probe: { counts: () => sim.counts(), totalRequests: () => sim.totalRequests(), resetCounts: () => sim.resetCounts(), faults: sim.faults },
    close: () => sim.close(),
  };
}

interface DemoSource extends ProfileOptions {
  project?: 'finance-dc' | 'web-tier';
}

const SOURCES: Record<string, DemoSource> = {
  web1: { name: 'web-prod-01', os: 'LINUX', osVersion: 'CENTOS7_64BIT', ip: '10.10.1.11', cpu: 4, memoryGiB: 8, disks: [{ sizeGiB: 40, usedGiB: 14 }], project: 'web-tier' },
  web2: { name: 'web-prod-02', os: 'LINUX', osVersion: 'UBUNTU_20_04_64BIT', ip: '10.10.1.12', cpu: 4, memoryGiB: 8, disks: [{ sizeGiB: 40, usedGiB: 11 }, { sizeGiB: 100, usedGiB: 23 }], project: 'web-tier' },
  db1: { name: 'db-mysql-01', os: 'LINUX', osVersion: 'CENTOS7_64BIT', ip: '10.10.2.21', cpu: 16, memoryGiB: 64, disks: [{ sizeGiB: 50, usedGiB: 12 }, { sizeGiB: 500, usedGiB: 61 }], project: 'finance-dc' },
  ad1: { name: 'win-ad-01', os: 'WINDOWS', osVersion: 'WINDOWS2016_64BIT', ip: '10.10.3.5', cpu: 2, memoryGiB: 8, disks: [{ sizeGiB: 60, usedGiB: 22 }] },
  erp1: { name: 'app-erp-01', os: 'LINUX', osVersion: 'EULEROS_2_5_64BIT', ip: '10.10.2.40', cpu: 8, memoryGiB: 32, disks: [{ sizeGiB: 80, usedGiB: 30 }], project: 'finance-dc' },
  file1: { name: 'file-srv-01', os: 'WINDOWS', osVersion: 'WINDOWS2019_64BIT', ip: '10.10.3.30', cpu: 4, memoryGiB: 16, disks: [{ sizeGiB: 80, usedGiB: 35 }, { sizeGiB: 1000, usedGiB: 640 }] },
  redis1: { name: 'cache-redis-01', os: 'LINUX', osVersion: 'DEBIAN11_64BIT', ip: '10.10.1.50', cpu: 4, memoryGiB: 32, disks: [{ sizeGiB: 40, usedGiB: 6 }], project: 'web-tier' },
  k8s1: { name: 'k8s-node-01', os: 'LINUX', osVersion: 'UBUNTU_22_04_64BIT', ip: '10.10.4.11', cpu: 8, memoryGiB: 32, disks: [{ sizeGiB: 100, usedGiB: 45 }] },
  crm1: { name: 'legacy-crm-01', os: 'LINUX', osVersion: 'CENTOS6_64BIT', ip: '10.10.5.8', cpu: 2, memoryGiB: 4, disks: [{ sizeGiB: 40, usedGiB: 18 }] },
  mail1: { name: 'mail-01', os: 'LINUX', osVersion: 'CENTOS7_64BIT', ip: '10.10.5.20', cpu: 4, memoryGiB: 8, disks: [{ sizeGiB: 40, usedGiB: 9 }, { sizeGiB: 200, usedGiB: 120 }] },
  bi1: { name: 'bi-report-01', os: 'WINDOWS', osVersion: 'WINDOWS2012_R2_64BIT', ip: '10.10.3.77', cpu: 8, memoryGiB: 32, disks: [{ sizeGiB: 100, usedGiB: 70 }], project: 'finance-dc' },
  jenkins1: { name: 'jenkins-01', os: 'LINUX', osVersion: 'CENTOS7_64BIT', ip: '10.10.6.3', cpu: 4, memoryGiB: 16, disks: [{ sizeGiB: 100, usedGiB: 52 }] },
  nfs1: { name: 'old-nfs-01', os: 'LINUX', osVersion: 'CENTOS6_64BIT', ip: '10.10.6.40', cpu: 2, memoryGiB: 4, disks: [{ sizeGiB: 500, usedGiB: 310 }], noRsync: true },
  batch1: { name: 'batch-01', os: 'LINUX', osVersion: 'SUSE12_64BIT', ip: '10.10.7.9', cpu: 8, memoryGiB: 16, disks: [{ sizeGiB: 60, usedGiB: 25 }] },
  dev7: { name: 'dev-vm-07', os: 'WINDOWS', osVersion: 'WINDOWS2019_64BIT', ip: '10.10.8.7', cpu: 2, memoryGiB: 4, disks: [{ sizeGiB: 60, usedGiB: 19 }] },
};

async function seedDemo(sim: HuaweiSimulator, client: Client): Promise<void> {
  const agent = sim.agent!;
  const store = sim.store;
  await client.createPrivacyAgreements();

  const projectIds: Record<string, string> = {};
  projectIds['finance-dc'] = (
    await client.createMigproject({ name: 'finance-dc', description: 'Finance data centre (block-level)', region: REGION, use_public_ip: false, exist_server: true, type: 'MIGRATE_BLOCK', syncing: true, start_target_server: true, speed_limit: 500 })
  ).id!;
  projectIds['web-tier'] = (
    await client.createMigproject({ name: 'web-tier', description: 'Front-end web servers', region: REGION, use_public_ip: true, exist_server: false, type: 'MIGRATE_FILE', syncing: false, start_target_server: true })
  ).id!;

  const projectid = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  const tplWeb = (
    await client.createTemplate({
      template: {
        name: 'tpl-web-autocreate',
        is_template: true,
        region: REGION,
        projectid,
        target_server_name: 'web-migrated',
        availability_zone: `${REGION}a`,
        volumetype: 'SAS',
        flavor: 's6.large.2',
        vpc: { id: 'autoCreate', name: 'autoCreate', cidr: '192.168.0.0/16' },
        nics: [{ id: 'autoCreate', name: 'autoCreate', cidr: '192.168.0.0/24' }],
        security_groups: [{ id: 'autoCreate', name: 'autoCreate' }],
        publicip: { type: '5_bgp', bandwidth_size: 100, bandwidth_share_type: 'PER' },
        disk: [{ index: 0, name: 'system', disktype: 'SAS', size: 40, device_use: 'BOOT' }],
        data_volume_type: 'SAS',
        target_password: 'Demo-Passw0rd!',
      },
    })
  ).id!;
  await client.createTemplate({
    template: {
      name: 'tpl-db-ssd',
      is_template: true,
      region: REGION,
      projectid,
      target_server_name: 'db-migrated',
      availability_zone: `${REGION}b`,
      volumetype: 'SSD',
      flavor: 'm6.4xlarge.8',
      vpc: { id: 'vpc-0f3a9c2e', name: 'vpc-finance', cidr: '10.20.0.0/16' },
      nics: [{ id: 'subnet-7d21', name: 'subnet-db', cidr: '10.20.2.0/24', ip: '10.20.2.21' }],
      security_groups: [{ id: 'sg-5b11', name: 'sg-db' }],
      disk: [
        { index: 0, name: 'system', disktype: 'SSD', size: 50, device_use: 'BOOT' },
        { index: 1, name: 'data', disktype: 'SSD', size: 500 },
      ],
      data_volume_type: 'SSD',
    },
  });
  await client.createTemplate({
    template: {
      name: 'tpl-win-general',
      is_template: true,
      region: REGION,
      projectid,
      availability_zone: `${REGION}a`,
      volumetype: 'SAS',
      flavor: 'c6.xlarge.2',
      vpc: { id: 'vpc-0f3a9c2e', name: 'vpc-finance', cidr: '10.20.0.0/16' },
      nics: [{ id: 'subnet-9c03', name: 'subnet-win', cidr: '10.20.3.0/24' }],
      security_groups: [{ id: 'sg-77e0', name: 'sg-windows' }],
    },
  });
  await client.createTemplate({
    template: { name: 'tpl-k8s-nodes', is_template: true, region: REGION, projectid, flavor: 'c7.2xlarge.4', volumetype: 'SSD', availability_zone: `${REGION}c` },
  });

  // Sources: the agent is installed on all but the disconnected ones.
  const ids: Record<string, string> = {};
  const profiles: Record<string, ReturnType<typeof sourceProfile>> = {};
  for (const [key, s] of Object.entries(SOURCES)) {
    profiles[key] = sourceProfile(s);
    const behaviour = key === 'erp1' ? { failAtPercent: 42, failCode: 'SMS.1312' } : key === 'db1' ? { rateFactor: 0.5 } : {};
    ids[key] = await agent.install(profiles[key]!, behaviour);
    if (s.project) await client.updateServerName(ids[key]!, { migprojectid: projectIds[s.project]! });
  }
  const task = async (key: string, o: Parameters<typeof taskBody>[2]) => (await client.createTask(taskBody(ids[key]!, profiles[key]!, o))).id!;

  // Live tasks, moved by the agent.
  const tWeb1 = await task('web1', { name: 'migrate-web-prod-01', templateId: tplWeb });
  await client.updateTaskStatus(tWeb1, { operation: 'start' });
  const tWeb2 = await task('web2', { name: 'migrate-web-prod-02', syncing: true });
  await client.updateTaskStatus(tWeb2, { operation: 'start' });
  const tDb1 = await task('db1', { name: 'migrate-db-mysql-01', type: 'MIGRATE_BLOCK', syncing: true, speedLimit: 2000 });
  await client.updateSpeed(tDb1, { speed_limit: [{ start: '08:00', end: '18:00', speed: 1000, over_speed_threshold: 20 }] });
  await client.uploadSpecialConfigurationSetting(tDb1, { configurations: [{ config_key: 'EXCLUDE_MIGRATE_PATH', config_value: '/var/lib/mysql/tmp' }] });
  await client.updateTaskStatus(tDb1, { operation: 'start' });
  const tAd1 = await task('ad1', { name: 'migrate-win-ad-01' });
  await client.updateTaskStatus(tAd1, { operation: 'start' });
  await client.updateTaskStatus(tAd1, { operation: 'network_check' });
  const tErp = await task('erp1', { name: 'migrate-app-erp-01', type: 'MIGRATE_FILE' });
  await client.updateTaskStatus(tErp, { operation: 'start' });
  // Ready, not started.
  await task('file1', { name: 'migrate-file-srv-01' });
  await task('redis1', { name: 'migrate-cache-redis-01' });
  // Paused by the user: start, then stop (the agent acknowledges STOP -> ABORT).
  const tK8s = await task('k8s1', { name: 'migrate-k8s-node-01' });
  await client.updateTaskStatus(tK8s, { operation: 'start' });
  await client.updateTaskStatus(tK8s, { operation: 'stop' });
  // History: finished and failed in the past days.
  forceHistory(store, await task('crm1', { name: 'migrate-legacy-crm-01' }), 'MIGRATE_SUCCESS', { startedAgoMs: 6 * DAY, durationMs: 95 * 60_000 });
  forceHistory(store, await task('mail1', { name: 'migrate-mail-01' }), 'MIGRATE_SUCCESS', { startedAgoMs: 3 * DAY, durationMs: 4 * 3600_000 });
  forceHistory(store, await task('bi1', { name: 'migrate-bi-report-01' }), 'MIGRATE_FAIL', { startedAgoMs: 2 * DAY, durationMs: 50 * 60_000, failAt: 63, errorCode: 'SMS.1408' });
  // Disconnected: the agent on dev-vm-07 and batch-01 stopped calling two days ago.
  await task('dev7', { name: 'migrate-dev-vm-07' });
  for (const key of ['dev7', 'batch1']) {
    agent.detach(ids[key]!);
    const s = store.sources.get(ids[key]!);
    if (s) s.last_visit_time = store.now() - 2 * DAY;
  }
  // jenkins-01: registered, no task yet; old-nfs-01: unavailable (rsync missing).
}

// ---------------------------------------------------------------------------------------------
// Seeding (was seed.ts)
/*
 * Demo and volume data for the simulator: realistic source-server profiles (what an Agent registers),
 * task bodies, and `seedHuaweiTasks` which puts N tasks in a spread of states for volume tests (the
 * cross-cloud views want hundreds). Bulk seeding writes the store directly (fast, no HTTP); the tasks
 * it marks "moving" are then driven by the agent emulator over HTTP like any other.
 */
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
/**
 * Renumbers the tasks so the simulator's list order (newest `seq` first) is their creation order
 * after forceHistory backdated some: a vendor list is newest first by creation time, and the demo
 * must not contradict it (the adapters' CREATED_DESC window checks the pages it reads).
 */
export function listInCreationOrder(store: SmsStore): void {
  const tasks = [...store.tasks.values()];
  const seqs = tasks.map((t) => t.seq).sort((a, b) => a - b);
  tasks.sort((a, b) => a.create_date - b.create_date || a.seq - b.seq).forEach((t, i) => (t.seq = seqs[i]!));
}

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
  // A distinct creation time per task (seconds apart), so lists of many backdated tasks have few ties.
  t.create_date = Math.min(t.create_date, start - 15 * 60_000 - (t.seq % 3_600) * 1_000);
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
