/**
 * One handler per catalog operation: parse and validate the request (seed codes), call the store,
 * render the wire response. Handlers throw SmsError; the server renders it.
 */
import { createHash } from 'node:crypto';
import type { SimRequest } from '../../common/simulator/http.js';
import type { ConfigBody, ConsistencyResult, NetworkCheckInfoRequestBody, ServerDisk, SpeedLimitlJson, TargetDisk } from '../generated/wire.js';
import { smsError, SmsError } from './errors.js';
import { renderProject, renderSource, renderSourceListItem, renderTask, renderTaskListItem, renderTemplate } from './model.js';
import {
  COPY_STATES,
  isValidHm,
  MIGRATION_CYCLES,
  REGIONS,
  SOURCE_STATES,
  TASK_STATES,
  type ProjectRecord,
  type SmsStore,
  type TemplateRecord,
} from './model.js';

// ---------------------------------------------------------------------------------------------
// Request parsing (was validate.ts)
/*
 * Request validation helpers: JSON bodies and query/body fields, refused with the seed's codes
 * (SMS.6010 not JSON, 6011 wrong shape, 6012 empty, 6013 missing, 6014 too long, 6016 content type,
 * 9001 invalid value).
 */
export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a JSON object body. `required`: an empty body is SMS.6012. */
export function parseBody(raw: Buffer, contentType: string | undefined, required: boolean): Json {
  if (raw.length === 0 || raw.toString('utf8').trim() === '') {
    if (required) throw smsError('SMS.6012');
    return {};
  }
  if (contentType && !/^application\/(json|bson)/i.test(contentType.trim())) throw smsError('SMS.6016');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw smsError('SMS.6010');
  }
  if (!isObject(parsed)) throw smsError('SMS.6011');
  return parsed;
}

/** Names the offending field in the message (the seed messages carry no placeholder for it). */
function withField(err: SmsError, field: string): SmsError {
  return new SmsError(err.code, err.status, `${err.message} (${field})`, err.extra);
}

export function invalid(field: string): SmsError {
  return withField(smsError('SMS.9001'), field);
}

export function missing(field: string): SmsError {
  return withField(smsError('SMS.6013'), field);
}

// ---------------------------------------------------------------------------------------------
// Query parameters

export function queryInt(
  query: URLSearchParams,
  name: string,
  opts: { min: number; max: number; def: number; required?: boolean },
): number {
  const raw = query.get(name);
  if (raw === null || raw === '') {
    if (opts.required) throw missing(name);
    return opts.def;
  }
  if (!/^-?\d+$/.test(raw)) throw invalid(name);
  const n = Number(raw);
  if (n < opts.min || n > opts.max) throw invalid(name);
  return n;
}

export function queryBool(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw invalid(name);
}

export function queryString(
  query: URLSearchParams,
  name: string,
  opts: { max?: number; required?: boolean; enum?: readonly string[] } = {},
): string | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') {
    if (opts.required) throw missing(name);
    return undefined;
  }
  if (raw.length > (opts.max ?? 255)) throw invalid(name);
  if (opts.enum && !opts.enum.includes(raw)) throw invalid(name);
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Body fields

export function reqString(body: Json, name: string, opts: { max?: number; min?: number; lenient?: boolean } = {}): string {
  const v = body[name];
  if (v === undefined || v === null) throw missing(name);
  return checkString(v, name, opts);
}

export function optString(body: Json, name: string, opts: { max?: number; min?: number; lenient?: boolean } = {}): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  return checkString(v, name, opts);
}

function checkString(v: unknown, name: string, opts: { max?: number; min?: number; lenient?: boolean }): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (opts.lenient && (typeof v === 'number' || typeof v === 'boolean')) s = String(v);
  else throw withField(smsError('SMS.6011'), name);
  if (s.length > (opts.max ?? 255)) throw withField(smsError('SMS.6014'), name);
  if (opts.min !== undefined && s.length < opts.min) throw invalid(name);
  return s;
}

export function optEnum<T extends string>(body: Json, name: string, values: readonly T[]): T | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) throw invalid(name);
  return v as T;
}

export function optBool(body: Json, name: string): boolean | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw withField(smsError('SMS.6011'), name);
}

export function optNumber(
  body: Json,
  name: string,
  opts: { min?: number; max?: number; integer?: boolean; lenient?: boolean } = {},
): number | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  let n: number;
  if (typeof v === 'number') n = v;
  else if (opts.lenient && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) n = Number(v);
  else throw withField(smsError('SMS.6011'), name);
  if (!Number.isFinite(n)) throw invalid(name);
  if (opts.integer && !Number.isInteger(n)) throw invalid(name);
  if (opts.min !== undefined && n < opts.min) throw invalid(name);
  if (opts.max !== undefined && n > opts.max) throw invalid(name);
  return n;
}

export function reqNumber(
  body: Json,
  name: string,
  opts: { min?: number; max?: number; integer?: boolean; lenient?: boolean } = {},
): number {
  if (body[name] === undefined || body[name] === null) throw missing(name);
  return optNumber(body, name, opts)!;
}

export function optArray(body: Json, name: string, opts: { max?: number } = {}): unknown[] | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw withField(smsError('SMS.6011'), name);
  if (opts.max !== undefined && v.length > opts.max) throw invalid(name);
  return v;
}

export function reqArray(body: Json, name: string, opts: { max?: number } = {}): unknown[] {
  if (body[name] === undefined || body[name] === null) throw missing(name);
  return optArray(body, name, opts)!;
}

export function optObject(body: Json, name: string): Json | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw withField(smsError('SMS.6011'), name);
  return v;
}

/** A list of ids (`{"ids": [...]}`), each a non-empty string. */
export function idList(body: Json, name = 'ids', required = true): string[] {
  const arr = required ? reqArray(body, name) : (optArray(body, name) ?? []);
  for (const id of arr) if (typeof id !== 'string' || id === '') throw invalid(name);
  return arr as string[];
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const IPV4_RE = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

// ---------------------------------------------------------------------------------------------
// Handlers

export interface HandlerContext {
  req: SimRequest;
  params: Record<string, string>;
  store: SmsStore;
  /** Base URL the simulator listens on (for version links). */
  baseUrl: string;
}

export type HandlerResult = { status?: number; body: unknown; headers?: Record<string, string> };
export type Handler = (ctx: HandlerContext) => HandlerResult | unknown;

const EMPTY = {};

function body(ctx: HandlerContext, required = true): Json {
  return parseBody(ctx.req.body, ctx.req.headers['content-type'], required);
}

function page<T>(items: T[], offset: number, limit: number): T[] {
  return items.slice(offset, offset + limit);
}

const byNewest = <T extends { seq: number }>(a: T, b: T) => b.seq - a.seq;
const byOldest = <T extends { seq: number }>(a: T, b: T) => a.seq - b.seq;

function containsCi(haystack: string | null, needle: string): boolean {
  return (haystack ?? '').toLowerCase().includes(needle.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Validation of nested request models

function validateServerDisks(list: unknown[] | undefined, field: string): ServerDisk[] | undefined {
  if (list === undefined) return undefined;
  for (const d of list) {
    if (!isObject(d)) throw invalid(field);
    if (typeof d.name !== 'string') throw missing(`${field}.name`);
    if (d.size !== undefined && typeof d.size !== 'number') throw invalid(`${field}.size`);
    if (d.used_size !== undefined && typeof d.used_size !== 'number') throw invalid(`${field}.used_size`);
    if (d.physical_volumes !== undefined && d.physical_volumes !== null && !Array.isArray(d.physical_volumes)) throw invalid(`${field}.physical_volumes`);
  }
  return list as ServerDisk[];
}

function validateTargetDisks(list: unknown[]): TargetDisk[] {
  for (const d of list) {
    if (!isObject(d)) throw invalid('target_server.disks');
    if (typeof d.name !== 'string') throw missing('target_server.disks.name');
    if (typeof d.size !== 'number') throw smsError('SMS.6105');
    if (d.physical_volumes !== undefined && d.physical_volumes !== null) {
      if (!Array.isArray(d.physical_volumes)) throw invalid('target_server.disks.physical_volumes');
      for (const pv of d.physical_volumes) {
        if (!isObject(pv)) throw invalid('target_server.disks.physical_volumes');
        if (pv.name === undefined || pv.name === null) throw smsError('SMS.6104');
        if (pv.size !== undefined && pv.size !== null && typeof pv.size !== 'number') throw smsError('SMS.6105');
      }
    }
  }
  return list as TargetDisk[];
}

function validateSpeedRules(list: unknown[]): SpeedLimitlJson[] {
  const out: SpeedLimitlJson[] = [];
  for (const r of list) {
    if (!isObject(r)) throw invalid('speed_limit');
    if (r.start === undefined || r.end === undefined || r.speed === undefined) throw missing('speed_limit');
    if (!isValidHm(r.start) || !isValidHm(r.end)) throw smsError('SMS.6405');
    const speed = reqNumber(r, 'speed', { min: 0, max: 10000, integer: true });
    const threshold = optNumber(r, 'over_speed_threshold', { min: 0, max: 100 });
    out.push({ start: r.start as string, end: r.end as string, speed, ...(threshold !== undefined ? { over_speed_threshold: threshold } : {}) });
  }
  return out;
}

function validateTemplate(t: Json, partial: boolean): Partial<Omit<TemplateRecord, 'id' | 'seq'>> {
  const req = <T>(fn: () => T, name: string): T => {
    if (!partial && (t[name] === undefined || t[name] === null)) throw missing(`template.${name}`);
    return fn();
  };
  const name = req(() => optString(t, 'name', { max: 255, min: 1 }), 'name');
  const isTemplate = req(() => optBool(t, 'is_template'), 'is_template');
  const region = req(() => optString(t, 'region'), 'region');
  const projectid = req(() => optString(t, 'projectid'), 'projectid');
  if (region !== undefined && !(REGIONS as readonly string[]).includes(region)) throw smsError('SMS.6034');
  const volumeTypes = ['SAS', 'SSD', 'SATA', ''];
  const volumetype = optString(t, 'volumetype');
  if (volumetype !== undefined && !volumeTypes.includes(volumetype)) throw invalid('template.volumetype');
  const dataVolumeType = optString(t, 'data_volume_type');
  if (dataVolumeType !== undefined && !volumeTypes.includes(dataVolumeType)) throw invalid('template.data_volume_type');

  const vpc = optObject(t, 'vpc');
  if (vpc && (typeof vpc.id !== 'string' || typeof vpc.name !== 'string')) throw missing('template.vpc.id/name');
  const nics = optArray(t, 'nics') as Json[] | undefined;
  for (const n of nics ?? []) {
    if (!isObject(n) || typeof n.id !== 'string' || typeof n.name !== 'string' || typeof n.cidr !== 'string') throw missing('template.nics.id/name/cidr');
  }
  const sgs = optArray(t, 'security_groups') as Json[] | undefined;
  for (const g of sgs ?? []) if (!isObject(g) || typeof g.id !== 'string' || typeof g.name !== 'string') throw missing('template.security_groups.id/name');
  // autoCreate: one NIC / one security group only; a VPC that is auto-created needs auto-created subnet and group.
  const autoNic = (nics ?? []).some((n) => n.id === 'autoCreate');
  const autoSg = (sgs ?? []).some((g) => g.id === 'autoCreate');
  if (autoNic && (nics ?? []).length !== 1) throw invalid('template.nics (autoCreate takes exactly one NIC)');
  if (autoSg && (sgs ?? []).length !== 1) throw invalid('template.security_groups (autoCreate takes exactly one group)');
  if (vpc?.id === 'autoCreate' && (nics ?? []).length > 0 && !autoNic) throw invalid('template.nics (an auto-created VPC needs an auto-created subnet)');

  const publicip = optObject(t, 'publicip');
  if (publicip) {
    if (typeof publicip.type !== 'string') throw missing('template.publicip.type');
    const bw = reqNumber(publicip, 'bandwidth_size', { min: 1, max: 2000, integer: true });
    const stepOk = bw <= 300 || (bw <= 1000 ? bw % 50 === 0 : bw % 500 === 0);
    if (!stepOk) throw invalid('template.publicip.bandwidth_size');
  }
  const disks = optArray(t, 'disk') as Json[] | undefined;
  for (const d of disks ?? []) {
    if (!isObject(d)) throw invalid('template.disk');
    if (typeof d.index !== 'number' || typeof d.name !== 'string' || typeof d.disktype !== 'string' || typeof d.size !== 'number') {
      throw missing('template.disk.index/name/disktype/size');
    }
  }
  const out: Partial<Omit<TemplateRecord, 'id' | 'seq'>> = {
    name,
    is_template: isTemplate,
    region,
    projectid,
    target_server_name: optString(t, 'target_server_name'),
    availability_zone: optString(t, 'availability_zone'),
    volumetype,
    flavor: optString(t, 'flavor'),
    vpc: vpc ? { cidr: '192.168.0.0/16', ...vpc } : undefined,
    nics: nics,
    security_groups: sgs,
    publicip: publicip ? { ...publicip, type: publicip.type ?? '5_bgp' } : undefined,
    disk: disks,
    data_volume_type: dataVolumeType,
    target_password: optString(t, 'target_password', { max: 1024 }),
    image_id: optString(t, 'image_id'),
  };
  return out;
}

function validateProject(b: Json): Omit<ProjectRecord, 'id' | 'seq'> {
  const name = reqString(b, 'name', { lenient: true, max: 19 });
  if (name.length < 2) throw invalid('name');
  const type = reqString(b, 'type');
  if (type !== 'MIGRATE_BLOCK' && type !== 'MIGRATE_FILE') throw invalid('type');
  const region = reqString(b, 'region');
  if (b.use_public_ip === undefined) throw missing('use_public_ip');
  if (b.exist_server === undefined) throw missing('exist_server');
  if (b.syncing === undefined) throw missing('syncing');
  return {
    name,
    description: optString(b, 'description') ?? null,
    isdefault: optBool(b, 'isdefault') ?? false,
    region,
    start_target_server: optBool(b, 'start_target_server') ?? false,
    speed_limit: optNumber(b, 'speed_limit', { min: 0, max: 10000, integer: true }) ?? 0,
    use_public_ip: optBool(b, 'use_public_ip')!,
    exist_server: optBool(b, 'exist_server')!,
    type,
    enterprise_project: optString(b, 'enterprise_project') ?? 'default',
    syncing: optBool(b, 'syncing')!,
    start_network_check: optBool(b, 'start_network_check') ?? false,
  };
}

// ---------------------------------------------------------------------------------------------
// The handlers

export const HANDLERS: Record<string, Handler> = {
  ListApiVersion: (ctx) => ({
    versions: [{ id: 'v3', links: [{ rel: 'self', href: `${ctx.baseUrl}/` }], status: 'SUPPORTED', updated: '2020-09-02T17:50:00Z' }],
  }),

  ShowApiVersion: (ctx) => {
    if (ctx.params.version !== 'v3') return { status: 404, body: { error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment' } };
    return { id: 'v3', links: [{ rel: 'self', href: `${ctx.baseUrl}/v3/` }], status: 'SUPPORTED', updated: '2020-09-02T17:50:00Z' };
  },

  ShowConfig: (ctx) => ({
    config: {
      mainRegion: ctx.store.mainRegion,
      obs_domain: `obs.${ctx.store.mainRegion}.myhuaweicloud.com`,
      disktype: 'SAS',
      process_and_it: 'true',
    },
    regions: REGIONS.map((r) => ({ region_name: r, project_name: r })),
  }),

  ListErrorServers: (ctx) => {
    const q = ctx.req.query;
    const limit = queryInt(q, 'limit', { min: 0, max: 100, def: 50 });
    const offset = queryInt(q, 'offset', { min: 0, max: 65535, def: 0 });
    const migproject = queryString(q, 'migproject');
    const ep = queryString(q, 'enterprise_project_id');
    const items = [...ctx.store.sources.values()]
      .filter((s) => s.state === 'error' || s.error_json !== null)
      .filter((s) => !migproject || s.migprojectid === migproject)
      .filter((s) => !ep || s.enterprise_project_id === ep)
      .sort(byNewest);
    return {
      count: items.length,
      migration_errors: page(items, offset, limit).map((s) => {
        const t = s.current_task_id ? ctx.store.tasks.get(s.current_task_id) : undefined;
        return {
          error_json: s.error_json ?? t?.error_json ?? '',
          host_name: s.hostname ?? s.name,
          name: s.name,
          source_id: s.id,
          source_ip: s.ip,
          target_ip: t?.target.ip ?? null,
        };
      }),
    };
  },

  RegisterServer: (ctx) => {
    const b = body(ctx);
    const osType = optEnum(b, 'os_type', ['WINDOWS', 'LINUX'] as const);
    if (b.os_type !== undefined && !osType) throw smsError('SMS.6601');
    const firmware = optString(b, 'firmware');
    if (firmware !== undefined && firmware !== 'BIOS' && firmware !== 'UEFI') throw smsError('SMS.6505');
    const ip = optString(b, 'ip');
    if (ip !== undefined && ip !== '' && !IPV4_RE.test(ip)) throw smsError('SMS.6530');
    const state = optEnum(b, 'state', SOURCE_STATES);
    const cycle = optEnum(b, 'migration_cycle', MIGRATION_CYCLES);
    optEnum(b, 'boot_loader', ['GRUB', 'LILO'] as const);
    optEnum(b, 'platform', ['hw', 'ali', 'aws', 'azure', 'gcp', 'tencent', 'vmware', 'hyperv', 'other'] as const);
    const id = optString(b, 'id');
    if (id !== undefined && id !== '' && !ctx.store.sources.has(id)) throw smsError('SMS.6030');
    const known = new Set(['id', 'name', 'ip', 'hostname', 'os_type', 'os_version', 'firmware', 'cpu_quantity', 'memory', 'disks', 'volume_groups', 'btrfs_list', 'networks', 'agent_version', 'kernel_version', 'oem_system', 'has_tc', 'state', 'migration_cycle']);
    const info: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(b)) if (!known.has(k)) info[k] = v;
    const s = ctx.store.registerSource({
      id: id || undefined,
      name: optString(b, 'name'),
      ip,
      hostname: optString(b, 'hostname'),
      os_type: osType,
      os_version: optString(b, 'os_version'),
      firmware,
      cpu_quantity: optNumber(b, 'cpu_quantity', { min: 0, max: 65535, integer: true }),
      memory: optNumber(b, 'memory', { min: 0 }),
      disks: validateServerDisks(optArray(b, 'disks'), 'disks'),
      volume_groups: optArray(b, 'volume_groups') as never,
      btrfs_list: optArray(b, 'btrfs_list') as never,
      networks: optArray(b, 'networks') as never,
      agent_version: optString(b, 'agent_version'),
      kernel_version: optString(b, 'kernel_version'),
      oem_system: optBool(b, 'oem_system'),
      has_tc: optBool(b, 'has_tc'),
      state,
      migration_cycle: cycle,
      info,
    });
    return { id: s.id };
  },

  ListServers: (ctx) => {
    const q = ctx.req.query;
    let limit = queryInt(q, 'limit', { min: 0, max: 200, def: 200 });
    if (limit === 0) limit = 200; // "0 indicates that the default value 200 is used"
    const offset = queryInt(q, 'offset', { min: 0, max: 65535, def: 0 });
    const state = queryString(q, 'state', { enum: SOURCE_STATES });
    const name = queryString(q, 'name');
    const id = queryString(q, 'id');
    const ip = queryString(q, 'ip');
    const migproject = queryString(q, 'migproject');
    const cycle = queryString(q, 'migration_cycle', { enum: MIGRATION_CYCLES });
    const connected = queryBool(q, 'connected');
    const ep = queryString(q, 'enterprise_project_id');
    const consistency = queryBool(q, 'is_consistency_result_exist');
    const store = ctx.store;
    const items = [...store.sources.values()]
      .filter((s) => state === undefined || s.state === state)
      .filter((s) => name === undefined || containsCi(s.name, name))
      .filter((s) => id === undefined || s.id === id)
      .filter((s) => ip === undefined || s.ip === ip)
      .filter((s) => migproject === undefined || s.migprojectid === migproject)
      .filter((s) => cycle === undefined || s.migration_cycle === cycle)
      .filter((s) => connected === undefined || store.isConnected(s) === connected)
      .filter((s) => ep === undefined || s.enterprise_project_id === ep)
      .filter((s) => consistency === undefined || s.is_consistency_result_exist === consistency)
      .sort(byNewest);
    return { count: items.length, source_servers: page(items, offset, limit).map((s) => renderSourceListItem(store, s)) };
  },

  DeleteServers: (ctx) => {
    ctx.store.deleteSources(idList(body(ctx)));
    return EMPTY;
  },

  UpdateServerName: (ctx) => {
    const b = body(ctx);
    const name = optString(b, 'name');
    if (name !== undefined) {
      if (name.length < 1 || name.length > 64) throw smsError('SMS.6002');
      if (!/^[\p{L}\p{N}_.-]+$/u.test(name)) throw smsError('SMS.6003');
    }
    const disks = optArray(b, 'disks');
    const parsedDisks = disks?.map((d) => {
      if (!isObject(d)) throw invalid('disks');
      if (typeof d.id !== 'string') throw smsError('SMS.6103');
      return { id: d.id, adjust_size: optNumber(d, 'adjust_size', { min: 0 }), need_migration: optBool(d, 'need_migration') };
    });
    optArray(b, 'volume_groups');
    ctx.store.updateSource(ctx.params.source_id!, { name, migprojectid: optString(b, 'migprojectid'), disks: parsedDisks });
    return EMPTY;
  },

  UpdateCopyState: (ctx) => {
    const b = body(ctx);
    if (!('copystate' in b) && !('migrationcycle' in b)) throw smsError('SMS.7726');
    if ((b.copystate === '' || b.copystate === null) && (b.migrationcycle === '' || b.migrationcycle === null)) throw smsError('SMS.7727');
    const copystate = b.copystate === '' ? undefined : optEnum(b, 'copystate', COPY_STATES);
    const cycle = b.migrationcycle === '' ? undefined : optEnum(b, 'migrationcycle', MIGRATION_CYCLES);
    ctx.store.changeCopyState(ctx.params.source_id!, copystate, cycle);
    return EMPTY;
  },

  DeleteServer: (ctx) => {
    ctx.store.deleteSources([ctx.params.source_id!]);
    return EMPTY;
  },

  ShowServer: (ctx) => renderSource(ctx.store, ctx.store.source(ctx.params.source_id!)),

  ShowOverview: (ctx) => ctx.store.overview(),

  UpdateDiskInfo: (ctx) => {
    const b = body(ctx);
    ctx.store.updateDiskInfo(ctx.params.source_id!, {
      disks: validateServerDisks(optArray(b, 'disks'), 'disks'),
      volumegroups: optArray(b, 'volumegroups') as never,
      btrfs_list: optArray(b, 'btrfs_list') as never,
    });
    return EMPTY;
  },

  CreateTask: (ctx) => {
    const b = body(ctx);
    const name = optString(b, 'name', { max: 255 });
    if (name === undefined || name.trim() === '') throw smsError('SMS.7711');
    const type = optString(b, 'type');
    if (type !== 'MIGRATE_FILE' && type !== 'MIGRATE_BLOCK') throw smsError('SMS.7712');
    const osType = optString(b, 'os_type');
    if (osType !== 'WINDOWS' && osType !== 'LINUX') throw smsError('SMS.6601');
    const source = optObject(b, 'source_server');
    if (!source || typeof source.id !== 'string' || source.id === '') throw smsError('SMS.6030');
    const target = optObject(b, 'target_server');
    if (!target) throw smsError('SMS.6031');
    const templateId = optString(b, 'vm_template_id') || undefined;
    if (typeof target.name !== 'string') throw missing('target_server.name');
    const vmId = typeof target.vm_id === 'string' ? target.vm_id : '';
    if (!templateId && vmId === '') throw smsError('SMS.6032');
    if (!Array.isArray(target.disks)) throw smsError('SMS.6033');
    const disks = validateTargetDisks(target.disks);
    const regionName = reqString(b, 'region_name');
    const regionId = reqString(b, 'region_id');
    const projectName = reqString(b, 'project_name');
    const projectId = reqString(b, 'project_id');
    const t = ctx.store.createTask({
      name,
      type,
      os_type: osType,
      source_id: source.id,
      target: {
        name: target.name,
        vm_id: vmId,
        disks,
        volume_groups: Array.isArray(target.volume_groups) ? (target.volume_groups as never) : [],
        btrfs_list: Array.isArray(target.btrfs_list) ? target.btrfs_list : [],
      },
      region_name: regionName,
      region_id: regionId,
      project_name: projectName,
      project_id: projectId,
      start_target_server: optBool(b, 'start_target_server'),
      auto_start: optBool(b, 'auto_start'),
      migration_ip: optString(b, 'migration_ip'),
      priority: optNumber(b, 'priority', { min: 0, max: 65535, integer: true }),
      vm_template_id: templateId,
      use_public_ip: optBool(b, 'use_public_ip'),
      use_ipv6: optBool(b, 'use_ipv6'),
      syncing: optBool(b, 'syncing'),
      exist_server: optBool(b, 'exist_server'),
      start_network_check: optBool(b, 'start_network_check'),
      speed_limit: optNumber(b, 'speed_limit', { min: 0, max: 10000, integer: true }),
      over_speed_threshold: optNumber(b, 'over_speed_threshold', { min: 0, max: 100 }),
      is_need_consistency_check: optBool(b, 'is_need_consistency_check') ?? optBool(b, 'is_need_consistency_result'),
    });
    return { id: t.id };
  },

  ListTasks: (ctx) => {
    const q = ctx.req.query;
    const limit = queryInt(q, 'limit', { min: 0, max: 200, def: 100 });
    const offset = queryInt(q, 'offset', { min: 0, max: 65535, def: 0 });
    const state = queryString(q, 'state', { enum: TASK_STATES });
    const name = queryString(q, 'name');
    const id = queryString(q, 'id');
    const sourceId = queryString(q, 'source_server_id');
    const ep = queryString(q, 'enterprise_project_id');
    const store = ctx.store;
    const items = [...store.tasks.values()]
      .filter((t) => state === undefined || t.state === state)
      .filter((t) => name === undefined || containsCi(t.name, name))
      .filter((t) => id === undefined || t.id === id)
      .filter((t) => sourceId === undefined || t.source_id === sourceId)
      .filter((t) => ep === undefined || t.enterprise_project_id === ep)
      .sort(byNewest);
    return { count: items.length, tasks: page(items, offset, limit).map((t) => renderTaskListItem(store, t)) };
  },

  DeleteTasks: (ctx) => {
    ctx.store.deleteTasks(idList(body(ctx)));
    return EMPTY;
  },

  DeleteTask: (ctx) => {
    ctx.store.deleteTasks([ctx.params.task_id!]);
    return EMPTY;
  },

  ShowTask: (ctx) => renderTask(ctx.store, ctx.store.task(ctx.params.task_id!)),

  UpdateTask: (ctx) => {
    const b = body(ctx);
    const name = optString(b, 'name', { max: 255 });
    if (name !== undefined && name.trim() === '') throw smsError('SMS.7711');
    const type = optString(b, 'type');
    if (type !== undefined && type !== 'MIGRATE_FILE' && type !== 'MIGRATE_BLOCK') throw smsError('SMS.7712');
    const os = optString(b, 'os_type');
    if (os !== undefined && os !== 'WINDOWS' && os !== 'LINUX') throw smsError('SMS.6601');
    optNumber(b, 'priority', { min: 0, max: 2, integer: true });
    optNumber(b, 'speed_limit', { min: 0, max: 10000, integer: true });
    optNumber(b, 'migrate_speed', { min: 0, max: 10000 });
    optString(b, 'error_json', { max: 1024 });
    optString(b, 'enterprise_project_id', { min: 1 });
    optBool(b, 'start_target_server');
    optBool(b, 'exist_server');
    const t = ctx.store.updateTask(ctx.params.task_id!, b);
    return { id: t.id };
  },

  UpdateTaskStatus: (ctx) => {
    const b = body(ctx);
    const operation = reqString(b, 'operation');
    if (!['start', 'stop', 'test', 'clone_test', 'restart', 'network_check'].includes(operation)) throw invalid('operation');
    ctx.store.taskAction(ctx.params.task_id!, {
      operation,
      template_id: optString(b, 'template_id', { max: 2048 }),
      switch_hce: optBool(b, 'switch_hce'),
      is_need_consistency_check: optBool(b, 'is_need_consistency_check'),
    });
    return EMPTY;
  },

  UpdateTaskSpeed: (ctx) => {
    const b = body(ctx);
    const subtask = reqString(b, 'subtask_name');
    if (!SUBTASK_NAMES.has(subtask)) throw smsError('SMS.6004');
    if (b.progress === undefined || b.progress === null) throw missing('progress');
    if (typeof b.progress !== 'number' || !Number.isInteger(b.progress) || b.progress < 0 || b.progress > 100) throw smsError('SMS.6101');
    ctx.store.reportProgress(ctx.params.task_id!, {
      subtask_name: subtask,
      progress: b.progress,
      replicatesize: reqNumber(b, 'replicatesize', { min: 0 }),
      totalsize: reqNumber(b, 'totalsize', { min: 0 }),
      process_trace: reqString(b, 'process_trace', { max: 2048 }),
      migrate_speed: optNumber(b, 'migrate_speed', { min: 0, max: 10000 }),
      compress_rate: optNumber(b, 'compress_rate', { min: 0, max: 10000 }),
      remain_time: optNumber(b, 'remain_time', { min: 0, max: 2147483647 }),
      total_cpu_usage: optNumber(b, 'total_cpu_usage', { min: 0, max: 100 }),
      agent_cpu_usage: optNumber(b, 'agent_cpu_usage', { min: 0, max: 100 }),
      total_mem_usage: optNumber(b, 'total_mem_usage', { min: 0, max: 1048576 }),
      agent_mem_usage: optNumber(b, 'agent_mem_usage', { min: 0, max: 1048576 }),
      total_disk_io: optNumber(b, 'total_disk_io', { min: 0, max: 10000 }),
      agent_disk_io: optNumber(b, 'agent_disk_io', { min: 0, max: 10000 }),
    });
    return EMPTY;
  },

  ShowsSpeedLimits: (ctx) => ({ speed_limit: ctx.store.task(ctx.params.task_id!).speed_limit_rules }),

  UpdateSpeed: (ctx) => {
    const b = body(ctx);
    const rules = validateSpeedRules(reqArray(b, 'speed_limit', { max: 65535 }));
    ctx.store.setSpeedLimits(ctx.params.task_id!, rules);
    return EMPTY;
  },

  UnlockTargetEcs: (ctx) => {
    ctx.store.unlockTarget(ctx.params.task_id!);
    return EMPTY;
  },

  CheckNetAcl: (ctx) => {
    const q = ctx.req.query;
    const region = queryString(q, 'region_id', { required: true })!;
    const os = queryString(q, 'os_type', { required: true })!;
    if (os !== 'WINDOWS' && os !== 'LINUX') throw smsError('SMS.6601');
    if (!(REGIONS as readonly string[]).includes(region) && !/^[0-9a-f]{32}$/i.test(region)) throw smsError('SMS.6034');
    // The seed documents no result schema: 200 means the subnet's NICs and security groups pass.
    return EMPTY;
  },

  ShowPassphrase: (ctx) => ({ task_id: ctx.params.task_id, passphrase: ctx.store.passphrase(ctx.params.task_id!) }),

  CollectLog: (ctx) => {
    const b = body(ctx);
    const bucket = reqString(b, 'log_bucket');
    const expire = reqNumber(b, 'log_expire', { min: 300, max: 64800, integer: true });
    ctx.store.collectLog(ctx.params.task_id!, bucket, expire);
    return EMPTY;
  },

  ShowConsistencyResult: (ctx) => {
    const t = ctx.store.task(ctx.params.task_id!);
    return { task_id: t.id, result_list: t.consistency };
  },

  UpdateConsistencyResult: (ctx) => {
    const b = body(ctx);
    const list = reqArray(b, 'consistency_result');
    const results: ConsistencyResult[] = list.map((r) => {
      if (!isObject(r)) throw invalid('consistency_result');
      return {
        dir_check: reqString(r, 'dir_check', { max: 4096 }),
        num_total_files: reqNumber(r, 'num_total_files', { min: 0, integer: true }),
        num_different_files: reqNumber(r, 'num_different_files', { min: 0, integer: true }),
        num_target_miss_files: reqNumber(r, 'num_target_miss_files', { min: 0, integer: true }),
        num_target_more_files: reqNumber(r, 'num_target_more_files', { min: 0, integer: true }),
      };
    });
    ctx.store.addConsistencyResult(ctx.params.task_id!, results);
    return EMPTY;
  },

  ShowCertKey: (ctx) => {
    const withCa = queryBool(ctx.req.query, 'enable_ca_cert') ?? queryBool(ctx.req.query, 'enable_ca_certificate') ?? false;
    return ctx.store.certKey(ctx.params.task_id!, withCa);
  },

  UploadSpecialConfigurationSetting: (ctx) => {
    const b = body(ctx);
    const list = reqArray(b, 'configurations', { max: 10 });
    const configs: ConfigBody[] = list.map((c) => {
      if (!isObject(c)) throw invalid('configurations');
      const key = reqString(c, 'config_key');
      const value = reqString(c, 'config_value', { max: 1024, lenient: true });
      const status = optString(c, 'config_status');
      return { config_key: key, config_value: value, ...(status !== undefined ? { config_status: status } : {}) };
    });
    ctx.store.setConfigurations(ctx.params.task_id!, configs);
    return EMPTY;
  },

  ShowConfigSetting: (ctx) => {
    const t = ctx.store.task(ctx.params.task_id!);
    const key = queryString(ctx.req.query, 'config_key');
    const migrateType = `${t.os_type}_${t.type === 'MIGRATE_BLOCK' ? 'BLOCK' : 'FILE'}_MIGRATE`;
    return {
      task_id: t.id,
      migrate_type: migrateType,
      configurations: key === undefined ? t.configurations : t.configurations.filter((c) => c.config_key === key),
    };
  },

  ShowCommand: (ctx) => {
    const cmd = ctx.store.pendingCommand(ctx.params.server_id!);
    // Not documented when nothing is pending: an empty command name (wire.ts documents the same choice).
    return cmd ? { command_name: cmd.command_name, command_param: cmd.command_param } : { command_name: '', command_param: null };
  },

  UpdateCommandResult: (ctx) => {
    const b = body(ctx);
    if (b.command_name === undefined || b.command_name === null || b.command_name === '') throw smsError('SMS.6020');
    const name = reqString(b, 'command_name');
    if (!['START', 'STOP', 'DELETE', 'SYNC', 'UPLOAD_LOG', 'RSET_LOG_ACL'].includes(name)) throw smsError('SMS.6021');
    if (b.result !== 'success' && b.result !== 'fail') throw smsError('SMS.6022');
    let detail: unknown = b.result_detail;
    if (detail === undefined || detail === null) throw smsError('SMS.6023');
    if (typeof detail === 'string') {
      try {
        detail = JSON.parse(detail);
      } catch {
        throw smsError('SMS.6023');
      }
    }
    if (typeof detail !== 'object') throw smsError('SMS.6023');
    ctx.store.commandResult(ctx.params.server_id!, name, b.result, detail);
    return EMPTY;
  },

  CreateTemplate: (ctx) => {
    const b = body(ctx);
    const t = optObject(b, 'template');
    if (!t) throw missing('template');
    const v = validateTemplate(t, false);
    const rec = ctx.store.createTemplate({
      name: v.name!,
      is_template: v.is_template!,
      region: v.region!,
      projectid: v.projectid!,
      target_server_name: v.target_server_name ?? null,
      availability_zone: v.availability_zone ?? null,
      volumetype: v.volumetype ?? null,
      flavor: v.flavor ?? null,
      vpc: v.vpc ?? null,
      nics: v.nics ?? [],
      security_groups: v.security_groups ?? [],
      publicip: v.publicip ?? null,
      disk: v.disk ?? [],
      data_volume_type: v.data_volume_type ?? null,
      target_password: v.target_password ?? null,
      image_id: v.image_id ?? null,
    });
    return { id: rec.id };
  },

  ListTemplates: (ctx) => {
    const q = ctx.req.query;
    const limit = queryInt(q, 'limit', { min: 0, max: 100, def: 50 });
    const offset = queryInt(q, 'offset', { min: 0, max: 65535, def: 0 });
    const name = queryString(q, 'name');
    const az = queryString(q, 'availability_zone');
    const region = queryString(q, 'region');
    const items = [...ctx.store.templates.values()]
      .filter((t) => name === undefined || containsCi(t.name, name))
      .filter((t) => az === undefined || t.availability_zone === az)
      .filter((t) => region === undefined || t.region === region)
      .sort(byNewest);
    return { count: items.length, templates: page(items, offset, limit).map((t) => renderTemplate(t, { maskPassword: true })) };
  },

  DeleteTemplates: (ctx) => {
    ctx.store.deleteTemplates(idList(body(ctx)));
    return EMPTY;
  },

  DeleteTemplate: (ctx) => {
    ctx.store.deleteTemplates([ctx.params.id!]);
    return EMPTY;
  },

  ShowTemplate: (ctx) => ({ template: renderTemplate(ctx.store.template(ctx.params.id!), { maskPassword: true }) }),

  UpdateTemplate: (ctx) => {
    const b = body(ctx);
    const t = optObject(b, 'template') ?? {};
    ctx.store.template(ctx.params.id!);
    ctx.store.updateTemplate(ctx.params.id!, validateTemplate(t, true));
    return EMPTY;
  },

  ShowTargetPassword: (ctx) => {
    const t = ctx.store.template(ctx.params.id!);
    if (t.target_password === null) throw smsError('SMS.0520', 'no password is stored in the template');
    return { template_id: t.id, target_password: t.target_password };
  },

  ShowSha256: (ctx) => {
    const key = ctx.params.key!;
    if (!UUID_RE.test(key)) throw invalid('key');
    return { value: createHash('sha256').update(key, 'utf8').digest('hex') };
  },

  CreateMigproject: (ctx) => {
    const rec = ctx.store.createProject(validateProject(body(ctx)));
    return { id: rec.id };
  },

  ListMigprojects: (ctx) => {
    const q = ctx.req.query;
    const limit = queryInt(q, 'limit', { min: 0, max: 100, def: 50 });
    const offset = queryInt(q, 'offset', { min: 0, max: 65535, def: 0 });
    const items = [...ctx.store.projects.values()].sort(byOldest);
    return { count: items.length, migprojects: page(items, offset, limit).map(renderProject) };
  },

  ShowMigproject: (ctx) => renderProject(ctx.store.project(ctx.params.mig_project_id!)),

  DeleteMigproject: (ctx) => {
    ctx.store.deleteProject(ctx.params.mig_project_id!);
    return EMPTY;
  },

  UpdateMigproject: (ctx) => {
    const b = body(ctx);
    ctx.store.project(ctx.params.mig_project_id!);
    const { isdefault: _ignored, ...rest } = validateProject(b);
    ctx.store.updateProject(ctx.params.mig_project_id!, rest);
    return EMPTY;
  },

  UpdateDefaultMigproject: (ctx) => {
    ctx.store.setDefaultProject(ctx.params.mig_project_id!);
    return EMPTY;
  },

  UpdateNetworkCheckInfo: (ctx) => {
    const b = body(ctx);
    const n = (name: string, max: number) => reqNumber(b, name, { min: 0, max, lenient: true });
    const info: NetworkCheckInfoRequestBody = {
      domain_connectivity: optBool(b, 'domain_connectivity') ?? null,
      destination_connectivity: optBool(b, 'destination_connectivity') ?? null,
      network_delay: n('network_delay', 10000),
      network_jitter: n('network_jitter', 10000),
      migration_speed: n('migration_speed', 10000),
      loss_percentage: n('loss_percentage', 100),
      cpu_usage: n('cpu_usage', 100),
      mem_usage: n('mem_usage', 100),
      evaluation_result: reqString(b, 'evaluation_result', { min: 6, max: 8 }),
    };
    ctx.store.setNetworkCheckInfo(ctx.params.task_id!, info);
    return { task_id: ctx.params.task_id };
  },

  CreatePrivacyAgreements: (ctx) => {
    ctx.store.privacySigned = true;
    return EMPTY;
  },

  ShowPrivacyAgreements: (ctx) => ({ flag: ctx.store.privacySigned }),
};

const SUBTASK_NAMES: ReadonlySet<string> = new Set([
  'CREATE_CLOUD_SERVER',
  'SSL_CONFIG',
  'ATTACH_AGENT_IMAGE',
  'DETTACH_AGENT_IMAGE',
  'FORMAT_DISK_LINUX',
  'FORMAT_DISK_LINUX_FILE',
  'FORMAT_DISK_LINUX_BLOCK',
  'FORMAT_DISK_WINDOWS',
  'MIGRATE_LINUX_FILE',
  'MIGRATE_LINUX_BLOCK',
  'MIGRATE_WINDOWS_BLOCK',
  'CLONE_VM',
  'SYNC_LINUX_FILE',
  'SYNC_LINUX_BLOCK',
  'SYNC_WINDOWS_BLOCK',
  'CONFIGURE_LINUX',
  'CONFIGURE_LINUX_BLOCK',
  'CONFIGURE_LINUX_FILE',
  'CONFIGURE_WINDOWS',
]);
