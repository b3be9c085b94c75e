/**
 * Store records -> wire shapes (typed with the core engineer's wire.ts, so a drift breaks the build).
 */
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
import type { ProjectRecord, SmsStore, SourceRecord, TaskRecord, TemplateRecord } from './store.js';

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
