/**
 * A faithful UCloudStack SMC fake for the 8 Actions (see README "Simulator"): one endpoint (`/api`)
 * taking GET query, POST form or POST JSON with flat dotted keys; SHA1 signature verification with
 * per-key private keys; the `{Action+"Response", RetCode, Message}` envelope with the platform RetCodes
 * (160/161/170/171/172/292/150/153) and status-named refusals; a task store per region and project
 * of each tenant; the two-sided SMC state machine (user calls set the desired state, agent heartbeats
 * move the task and receive that state and the transfer settings); fault injection.
 *
 * Time only moves through the SimClock: agent liveness (Offline after missed heartbeats) and the
 * removal of deleted SMCs run on `clock.every`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { SimClock } from '../../common/simulator/clock.js';
import { FaultInjector } from '../../common/simulator/faults.js';
import { serveSimulator, type RunningSimulator, type SimHandler, type SimRequest, type SimResponse } from '../../common/simulator/http.js';
import { SIMULATOR_STATUS_RETCODES, STATUS_NAME_TABLE } from '../errors.js';
import { verifySignature } from '../signer.js';
import {
  ACTION_PARAMS,
  isSMCAction,
  parseSMCState,
  REQUEST_ID_HEADER,
  type CreateSMCRequest,
  type Disk,
  type DiskMapping,
  type SMCAction,
  type SMCInfo,
  type SMCResourceState,
  type SMCState,
  type SMCSubtask,
  type UnifiedTag,
} from '../wire.js';
import { encryptTransferPassword } from './crypto.js';
import { decodeRequest, ParamError, readParams } from './params.js';

export interface SimProject {
  id: string;
  name: string;
}

export interface SimTenant {
  companyId: number;
  companyName: string;
  email: string;
  /** The first project is the tenant's default. */
  projects: SimProject[];
}

export interface SimKey {
  publicKey: string;
  privateKey: string;
  companyId: number;
}

export interface SimRegion {
  id: string;
  alias: string;
}

/** A VM the platform knows (targets of SetupSMC). */
export interface SimVm {
  VMID: string;
  Region: string;
  running: boolean;
  /** Cloud disks of the VM; when given, SetupSMC checks MappingDiskID and sizes against them. */
  disks?: { DiskID: string; SizeGB: number }[];
}

export interface UCloudStackSimulatorOptions {
  clock: SimClock;
  regions: SimRegion[];
  tenants: SimTenant[];
  keys: SimKey[];
  vms?: SimVm[];
  /** Heartbeat silence after which an SMC is Offline. Default 60 s (undocumented at the vendor). */
  offlineAfterMs?: number;
  /** A deleted SMC whose agent does not acknowledge is removed after this long. Default 30 s. */
  deleteGraceMs?: number;
  /** How often liveness and deletion are checked (clock time). Default 5 s. */
  housekeepingMs?: number;
  faults?: FaultInjector;
  port?: number;
}

type StatusName = keyof typeof STATUS_NAME_TABLE;

/** One stored SMC task (simulator-internal; the encrypted password never leaves except in heartbeats). */
/** The host facts the agent reports at CreateSMC, as the wire names them. */
type AgentHostFacts = Pick<CreateSMCRequest, 'AgentVersion' | 'OS' | 'Arch' | 'Distribution' | 'DistributionVersion' | 'Kernel' | 'Cores' | 'Memory' | 'Hostname' | 'IP' | 'BootloaderType'>;

export interface SmcRecord extends AgentHostFacts {
  SMCID: string;
  Name: string;
  Remark: string;
  Region: string;
  CompanyID: number;
  ProjectID: string;
  Tags: UnifiedTag[];
  Disks: Disk[];
  resourceState: SMCResourceState;
  state: SMCState;
  /** A user-set state the agent has not acknowledged yet (delivered in heartbeat responses). */
  pending: SMCState | null;
  DoneSubtask: number;
  TotalSubtask: number;
  Subtasks: SMCSubtask[];
  VMID?: string;
  Host?: string;
  Bandwidth?: number;
  User?: string;
  passwordEncrypted?: string;
  DiskMappings: DiskMapping[];
  Locked: boolean;
  Reason: string;
  CreateTime: number;
  UpdateTime: number;
  LastSyncedTime: number;
  lastHeartbeatMs: number | null;
  deleteRequestedMs: number | null;
}

class Refusal extends Error {
  constructor(
    readonly retCode: number,
    message: string,
  ) {
    super(message);
  }
}

function refuse(status: StatusName, message: string): Refusal {
  return new Refusal(SIMULATOR_STATUS_RETCODES[status], `${status}: ${message}`);
}

const FROZEN_PROGRESS: ReadonlySet<SMCState> = new Set(['Completing', 'Completed', 'Exception']);
const NAME_RE = /^[\p{L}\p{N}._-]{1,128}$/u;
const DEFAULT_LIMIT = 20;

export interface SimControl {
  addVm(vm: SimVm): void;
  /** Sets SMCInfo.Locked (the vendor does not document when the platform locks a task). */
  setLocked(smcId: string, locked: boolean): void;
  /** Engine-side failure: state Exception with a Reason. */
  fail(smcId: string, reason: string): void;
  setResourceState(smcId: string, state: SMCResourceState): void;
  /** A deep copy of the stored record (tests). */
  record(smcId: string): SmcRecord | undefined;
  records(): SmcRecord[];
}

export interface UCloudStackSimulator {
  /** The API endpoint to configure (`<url>/api`). */
  endpoint: string;
  server: RunningSimulator;
  faults: FaultInjector;
  control: SimControl;
  close(): Promise<void>;
}

export async function startUCloudStackSimulator(options: UCloudStackSimulatorOptions): Promise<UCloudStackSimulator> {
  const engine = new SmcEngine(options);
  const faults = options.faults ?? new FaultInjector();
  const server = await serveSimulator(engine.handler(), { faults, port: options.port });
  const stopHousekeeping = options.clock.every(options.housekeepingMs ?? 5_000, (now) => engine.housekeeping(now));
  return {
    endpoint: `${server.url}/api`,
    server,
    faults,
    control: engine.control(),
    close: async () => {
      stopHousekeeping();
      await server.close();
    },
  };
}

interface Caller {
  key: SimKey;
  tenant: SimTenant;
  /** The common ProjectId parameter, when sent. */
  projectId: string | null;
}

export class SmcEngine {
  private readonly smcs = new Map<string, SmcRecord>();
  private readonly vms = new Map<string, SimVm>();
  private readonly keys: Map<string, SimKey>;
  private readonly tenants: Map<number, SimTenant>;
  private readonly regions: Map<string, SimRegion>;
  private readonly clock: SimClock;
  private readonly offlineAfterMs: number;
  private readonly deleteGraceMs: number;
  private readonly decoded = new WeakMap<SimRequest, Record<string, string> | ParamError>();

  constructor(options: UCloudStackSimulatorOptions) {
    this.clock = options.clock;
    this.keys = new Map(options.keys.map((k) => [k.publicKey, k]));
    this.tenants = new Map(options.tenants.map((t) => [t.companyId, t]));
    this.regions = new Map(options.regions.map((r) => [r.id, r]));
    for (const vm of options.vms ?? []) this.vms.set(vm.VMID, { ...vm });
    this.offlineAfterMs = options.offlineAfterMs ?? 60_000;
    this.deleteGraceMs = options.deleteGraceMs ?? 30_000;
  }

  handler(): SimHandler {
    return {
      operationOf: (req) => {
        const flat = this.decode(req);
        return flat instanceof ParamError ? 'invalid' : (flat.Action ?? 'missing');
      },
      handle: (req) => this.handle(req),
      renderFault: (kind, req) => {
        const flat = this.decode(req);
        const action = flat instanceof ParamError ? '' : (flat.Action ?? '');
        switch (kind) {
          case 'serverError':
            return this.envelope(action, { RetCode: 150, Message: 'service temporarily unavailable, retry later' }, 503);
          case 'throttle':
            return this.envelope(action, { RetCode: 153, Message: 'API request throttled' });
          case 'malformed':
            return {
              status: 200,
              headers: { 'content-type': 'application/json;charset=UTF-8', [REQUEST_ID_HEADER]: randomUUID() },
              body: `{"Action":"${action}Response","RetCode":0,"Infos":[{"SMCID":`,
            };
        }
      },
    };
  }

  control(): SimControl {
    return {
      addVm: (vm) => this.vms.set(vm.VMID, { ...vm }),
      setLocked: (id, locked) => {
        const r = this.mustRecord(id);
        r.Locked = locked;
        r.UpdateTime = this.nowSec();
      },
      fail: (id, reason) => {
        const r = this.mustRecord(id);
        r.state = 'Exception';
        r.pending = null;
        r.Reason = reason;
        r.UpdateTime = this.nowSec();
      },
      setResourceState: (id, state) => {
        this.mustRecord(id).resourceState = state;
      },
      record: (id) => {
        const r = this.smcs.get(id);
        return r ? structuredClone(r) : undefined;
      },
      records: () => [...this.smcs.values()].map((r) => structuredClone(r)),
    };
  }

  /** Liveness (Offline after silence) and removal of deleted SMCs whose agent is gone. */
  housekeeping(now: number): void {
    for (const r of [...this.smcs.values()]) {
      if (r.resourceState === 'DELETING') {
        if (r.deleteRequestedMs !== null && now - r.deleteRequestedMs >= this.deleteGraceMs) this.smcs.delete(r.SMCID);
        continue;
      }
      if (r.resourceState !== 'AVAILABLE' || r.state === 'Offline' || r.state === 'Completed' || r.lastHeartbeatMs === null) continue;
      if (now - r.lastHeartbeatMs >= this.offlineAfterMs) {
        r.state = 'Offline';
        r.UpdateTime = Math.floor(now / 1000);
      }
    }
  }

  // --- request handling -----------------------------------------------------------------------

  private decode(req: SimRequest): Record<string, string> | ParamError {
    let flat = this.decoded.get(req);
    if (!flat) {
      try {
        flat = decodeRequest(req);
      } catch (e) {
        flat = e instanceof ParamError ? e : new ParamError('undecodable request');
      }
      this.decoded.set(req, flat);
    }
    return flat;
  }

  private nowSec(): number {
    return Math.floor(this.clock.now() / 1000);
  }

  private envelope(action: string, fields: Record<string, unknown>, status = 200): SimResponse {
    return {
      status,
      headers: { [REQUEST_ID_HEADER]: randomUUID() },
      body: { Action: `${action}Response`, RetCode: 0, Message: '', ...fields },
    };
  }

  private handle(req: SimRequest): SimResponse {
    if (req.path !== '/api' && req.path !== '/api/' && req.path !== '/') {
      return { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } };
    }
    const flat = this.decode(req);
    if (flat instanceof ParamError) return this.envelope('', { RetCode: SIMULATOR_STATUS_RETCODES.StatusParamInvalid, Message: `StatusParamInvalid: ${flat.message}` });
    const action = flat.Action ?? '';
    try {
      if (!action) throw new Refusal(160, 'Missing Action');
      if (!flat.Signature) throw new Refusal(170, 'Missing Signature');
      const key = flat.PublicKey ? this.keys.get(flat.PublicKey) : undefined;
      if (!key) throw new Refusal(172, 'User not exist');
      if (!verifySignature(flat, key.privateKey)) throw new Refusal(171, 'Signature VerifyAC Error');
      if (!isSMCAction(action)) throw new Refusal(161, `Action [${action}] not exist`);
      const tenant = this.tenants.get(key.companyId);
      if (!tenant) throw new Refusal(172, 'User not exist');
      const projectId = flat.ProjectId ?? null;
      if (projectId !== null && !tenant.projects.some((p) => p.id === projectId)) throw new Refusal(292, `Project [${projectId}] not exist`);
      let params: Record<string, unknown>;
      try {
        params = readParams(flat, ACTION_PARAMS[action]);
      } catch (e) {
        throw refuse('StatusParamInvalid', (e as Error).message);
      }
      const region = params.Region as string;
      if (!this.regions.has(region)) throw refuse('StatusParamInvalid', `parameter Region: unknown region ${region}`);
      const fields = this.dispatch(action, params, { key, tenant, projectId });
      return this.envelope(action, fields);
    } catch (e) {
      if (e instanceof Refusal) return this.envelope(action, { RetCode: e.retCode, Message: e.message });
      throw e;
    }
  }

  private dispatch(action: SMCAction, p: Record<string, unknown>, caller: Caller): Record<string, unknown> {
    switch (action) {
      case 'CreateSMC':
        return this.createSMC(p, caller);
      case 'SetupSMC':
        return this.setupSMC(p, caller);
      case 'DeleteSMC':
        return this.deleteSMC(p, caller);
      case 'StartSMC':
        return this.startSMC(p, caller);
      case 'StopSMC':
        return this.stopSMC(p, caller);
      case 'CompleteSMC':
        return this.completeSMC(p, caller);
      case 'SMCHeartbeat':
        return this.heartbeat(p, caller);
      case 'DescribeSMC':
        return this.describe(p, caller);
    }
  }

  private mustRecord(id: string): SmcRecord {
    const r = this.smcs.get(id);
    if (!r) throw new Error(`no SMC ${id}`);
    return r;
  }

  /** The SMC `SMCID` of `Region` visible to the caller, or a refusal. */
  private find(p: Record<string, unknown>, caller: Caller, opts: { allowDeleting?: boolean } = {}): SmcRecord {
    const id = p.SMCID as string;
    const r = this.smcs.get(id);
    if (!r || r.Region !== p.Region) throw refuse('StatusResourceNotExist', `SMC [${id}] not exist in region ${String(p.Region)}`);
    if (r.CompanyID !== caller.tenant.companyId) throw refuse('StatusResourceNotBelongsToTenant', `SMC [${id}] does not belong to the tenant`);
    if (caller.projectId !== null && r.ProjectID !== caller.projectId) throw refuse('StatusResourceNotExist', `SMC [${id}] not exist in project ${caller.projectId}`);
    if (r.resourceState === 'DELETING' && !opts.allowDeleting) throw refuse('StatusResourceStatusInvalid', `SMC [${id}] is being deleted`);
    return r;
  }

  private displayedState(r: SmcRecord): string {
    return r.resourceState === 'AVAILABLE' ? r.state : r.resourceState;
  }

  private requireState(r: SmcRecord, action: string, allowed: readonly SMCState[]): void {
    if (r.resourceState !== 'AVAILABLE' || !allowed.includes(r.state)) {
      throw refuse('StatusResourceStatusInvalid', `SMC [${r.SMCID}] is ${this.displayedState(r)}; ${action} requires ${allowed.join(' or ')}`);
    }
  }

  // --- Actions --------------------------------------------------------------------------------

  private createSMC(p: Record<string, unknown>, caller: Caller): Record<string, unknown> {
    if (p.CompanyID !== caller.tenant.companyId) throw refuse('StatusResourceNotBelongsToTenant', 'CompanyID is not the caller\'s tenant');
    const projectId = (p.ProjectID as string | undefined) ?? caller.projectId ?? caller.tenant.projects[0]!.id;
    if (!caller.tenant.projects.some((x) => x.id === projectId)) throw new Refusal(292, `Project [${projectId}] not exist`);
    const name = p.Name as string;
    if (!NAME_RE.test(name)) throw refuse('StatusParamInvalid', 'parameter Name must be 1-128 letters, digits, ".", "_" or "-"');
    const remark = (p.Remark as string | undefined) ?? '';
    if (remark.length > 100 || /https?:\/\//i.test(remark)) throw refuse('StatusParamInvalid', 'parameter Remark must be at most 100 characters without http:// or https://');
    const tags: UnifiedTag[] = [];
    for (const [i, pair] of (p.TagKeyValuePairs as string[]).entries()) {
      const at = pair.indexOf(':');
      if (at <= 0) throw refuse('StatusParamInvalid', `parameter TagKeyValuePairs.${i} must be key:value`);
      tags.push({ Key: pair.slice(0, at), Value: pair.slice(at + 1) });
    }
    for (const f of ['Cores', 'Memory'] as const) {
      if (p[f] !== undefined && (p[f] as number) < 0) throw refuse('StatusParamInvalid', `parameter ${f} must not be negative`);
    }
    const now = this.nowSec();
    const disks = ((p.Disks as Disk[] | undefined) ?? []).map((d) => ({ ...d }));
    let id: string;
    do id = `smc-${randomBytes(5).toString('hex')}`;
    while (this.smcs.has(id));
    const rec: SmcRecord = {
      SMCID: id,
      Name: name,
      Remark: remark,
      Region: p.Region as string,
      CompanyID: caller.tenant.companyId,
      ProjectID: projectId,
      Tags: tags,
      AgentVersion: p.AgentVersion as string,
      OS: p.OS as string | undefined,
      Arch: p.Arch as string | undefined,
      Distribution: p.Distribution as string | undefined,
      DistributionVersion: p.DistributionVersion as string | undefined,
      Kernel: p.Kernel as string | undefined,
      Cores: p.Cores as number | undefined,
      Memory: p.Memory as number | undefined,
      Hostname: p.Hostname as string | undefined,
      IP: p.IP as string | undefined,
      BootloaderType: p.BootloaderType as string | undefined,
      Disks: disks,
      resourceState: 'CREATING',
      state: 'Unknown',
      pending: null,
      DoneSubtask: 0,
      TotalSubtask: 0,
      Subtasks: [],
      // DescribeSMC has no Disks: the partitions show up as mappings without a target until SetupSMC.
      DiskMappings: disks.map((d) => ({ ...d })),
      Locked: false,
      Reason: '',
      CreateTime: now,
      UpdateTime: now,
      LastSyncedTime: 0,
      lastHeartbeatMs: null,
      deleteRequestedMs: null,
    };
    this.smcs.set(id, rec);
    return { SMCID: id };
  }

  private setupSMC(p: Record<string, unknown>, caller: Caller): Record<string, unknown> {
    const r = this.find(p, caller);
    this.requireState(r, 'SetupSMC', ['Online', 'Synced']);
    if (r.Locked) throw refuse('StatusResourceStatusInvalid', `SMC [${r.SMCID}] is locked; its configuration can no longer be changed`);
    const vmId = p.VMID as string;
    const vm = this.vms.get(vmId);
    if (!vm || vm.Region !== r.Region) throw refuse('StatusResourceNotExist', `VM [${vmId}] not exist in region ${r.Region}`);
    if (!vm.running) throw refuse('StatusResourceStatusInvalid', `VM [${vmId}] is not running`);
    const host = p.Host as string;
    if (isIP(host) === 0) throw refuse('StatusParamInvalid', 'parameter Host must be an IP address');
    const bandwidth = p.Bandwidth as number | undefined;
    if (bandwidth !== undefined && bandwidth < 0) throw refuse('StatusParamInvalid', 'parameter Bandwidth must be >= 0');
    const user = p.User as string | undefined;
    const password = p.Password as string | undefined;
    if (password !== undefined && user === undefined) throw refuse('StatusParamInvalid', 'parameter User is required when Password is given');
    const mappings = p.DiskMappings as DiskMapping[];
    const seen = new Set<string>();
    for (const [i, m] of mappings.entries()) {
      if (!m.Device) throw refuse('StatusParamInvalid', `parameter DiskMappings.${i}.Device is required`);
      if (!m.MappingDiskID) throw refuse('StatusParamInvalid', `parameter DiskMappings.${i}.MappingDiskID is required`);
      if (seen.has(m.Device)) throw refuse('StatusParamInvalid', `parameter DiskMappings.${i}.Device maps ${m.Device} twice`);
      seen.add(m.Device);
      if (r.Disks.length > 0 && !r.Disks.some((d) => d.Device === m.Device)) {
        throw refuse('StatusParamInvalid', `parameter DiskMappings.${i}.Device: ${m.Device} is not a partition of the source`);
      }
      if (vm.disks) {
        const disk = vm.disks.find((d) => d.DiskID === m.MappingDiskID);
        if (!disk) throw refuse('StatusResourceNotExist', `disk [${m.MappingDiskID}] is not attached to VM [${vmId}]`);
        const size = m.Size ?? r.Disks.find((d) => d.Device === m.Device)?.Size ?? 0;
        if (disk.SizeGB < size) throw refuse('StatusParamInvalid', `parameter DiskMappings.${i}.MappingDiskID: disk [${disk.DiskID}] is smaller than ${m.Device}`);
      }
    }
    const unmapped = r.Disks.filter((d) => d.Device && !seen.has(d.Device));
    if (unmapped.length > 0) throw refuse('StatusParamInvalid', `parameter DiskMappings: partition ${unmapped[0]!.Device} is not mapped`);

    r.VMID = vmId;
    r.Host = host;
    r.Bandwidth = bandwidth;
    if (user === undefined && password === undefined) {
      // The platform fetches the VM's root credential itself.
      r.User = 'root';
      r.passwordEncrypted = encryptTransferPassword(`root-credential-of-${vmId}`, vmId);
    } else {
      r.User = user;
      r.passwordEncrypted = password === undefined ? undefined : encryptTransferPassword(password, vmId);
    }
    r.DiskMappings = mappings.map((m) => {
      const src = r.Disks.find((d) => d.Device === m.Device) ?? {};
      return { ...src, ...m };
    });
    r.UpdateTime = this.nowSec();
    return {};
  }

  private deleteSMC(p: Record<string, unknown>, caller: Caller): Record<string, unknown> {
    const r = this.find(p, caller, { allowDeleting: true });
    if (r.resourceState === 'DELETING') return {};
    r.resourceState = 'DELETING';
    r.pending = 'Deleted';
    r.deleteRequestedMs = this.clock.now();
    r.UpdateTime = this.nowSec();
    // Removed when the agent's next heartbeat learns of it, or by housekeeping after the grace period.
    return {};
  }

  private startSMC(p: Record<string, unknown>, caller: Caller): Record<string, unknown> {
    const r = this.find(p, caller);
    this.requireState(r, 'StartSMC', ['Online', 'Synced']);
    if (!r.VMID || !r.DiskMappings.some((m) => m.MappingDiskID)) {
      throw refuse('StatusResourceStatusInvalid', `SMC [${r.SMCID}] is not configured; call SetupSMC first`);
    }
    r.state = 'Preparing';
    r.pending = 'Preparing';
    r.DoneSubtask = 0;
    r.Subtasks = [];
    r.Reason = '';
    r.UpdateTime = this.nowSec();
    return {};
  }

  private stopSMC(p: Record<string, unknown>, caller: Caller): Record<string, unknown> {
    const r = this.find(p, caller);
    this.requireState(r, 'StopSMC', ['Preparing', 'Syncing']);
    r.state = 'Stopping';
    r.pending = 'Stopping';
    r.UpdateTime = this.nowSec();
    return {};
  }

  private completeSMC(p: Record<string, unknown>, caller: Caller): Record<string, unknown> {
    const r = this.find(p, caller);
    this.requireState(r, 'CompleteSMC', ['Synced']);
    r.state = 'Completing';
    r.pending = 'Completing';
    r.Locked = true;
    r.UpdateTime = this.nowSec();
    return {};
  }

  private heartbeat(p: Record<string, unknown>, caller: Caller): Record<string, unknown> {
    const r = this.find(p, caller, { allowDeleting: true });
    if (p.CompanyID !== undefined && p.CompanyID !== r.CompanyID) throw refuse('StatusResourceNotBelongsToTenant', `SMC [${r.SMCID}] does not belong to CompanyID ${String(p.CompanyID)}`);
    const reported = parseSMCState(p.State as string);
    if (!reported) throw refuse('StatusParamInvalid', `parameter State: unknown state ${String(p.State).slice(0, 32)}`);
    const now = this.clock.now();
    r.lastHeartbeatMs = now;

    if (r.resourceState === 'DELETING') {
      // The agent learns of the deletion and uninstalls; the task is gone.
      this.smcs.delete(r.SMCID);
      return { SMCID: r.SMCID, State: 'Deleted', Port: 22 };
    }
    const before = r.state;
    if (r.resourceState === 'CREATING') r.resourceState = 'AVAILABLE';
    r.state = this.nextState(r, reported);
    let changed = r.state !== before;
    if (r.state === 'Synced' && before !== 'Synced') r.LastSyncedTime = Math.floor(now / 1000);
    if (r.state === 'Exception' && before !== 'Exception' && !r.Reason) r.Reason = 'migration agent reported Exception';
    if (r.state === 'Completed') r.Locked = true;
    // Progress from an agent that has not yet taken up the server's state is stale; in Completing,
    // Completed and Exception the server no longer updates it (sdk).
    if (reported === r.state && !FROZEN_PROGRESS.has(r.state)) {
      if (p.DoneSubtask !== undefined) r.DoneSubtask = p.DoneSubtask as number;
      if (p.TotalSubtask !== undefined) r.TotalSubtask = p.TotalSubtask as number;
      if (p.Subtasks !== undefined) r.Subtasks = (p.Subtasks as SMCSubtask[]).map((s) => ({ ...s }));
      changed ||= p.DoneSubtask !== undefined || p.Subtasks !== undefined;
    }
    if (changed) r.UpdateTime = Math.floor(now / 1000);
    return {
      SMCID: r.SMCID,
      State: r.state,
      CompressLevel: true,
      Checksum: true,
      Bandwidth: r.Bandwidth ?? 0,
      WholeFile: r.LastSyncedTime === 0,
      VMID: r.VMID,
      Host: r.Host,
      Port: 22,
      User: r.User,
      Password: r.passwordEncrypted,
      DiskMappings: r.DiskMappings.filter((m) => m.MappingDiskID).map((m) => ({ ...m })),
    };
  }

  /**
   * The server side of the state machine: a pending user command holds until the agent reports a
   * state that shows it took it up; otherwise the agent's report is the state. Completed is final.
   */
  private nextState(r: SmcRecord, reported: SMCState): SMCState {
    if (r.state === 'Completed') return 'Completed';
    if (reported === 'Exception') {
      r.pending = null;
      return 'Exception';
    }
    switch (r.pending) {
      case 'Preparing':
        if (reported === 'Preparing' || reported === 'Syncing') {
          r.pending = null;
          return reported;
        }
        return 'Preparing';
      case 'Stopping':
        if (reported === 'Stopping' || reported === 'Online' || reported === 'Synced') {
          r.pending = null;
          return reported;
        }
        return 'Stopping';
      case 'Completing':
        if (reported === 'Completing' || reported === 'Completed') {
          r.pending = null;
          return reported;
        }
        return 'Completing';
      default:
        if (r.state === 'Exception') {
          // An engine-side failure holds until the agent reports Online again (after a restart).
          if (reported !== 'Online') return 'Exception';
          r.Reason = '';
        }
        return reported;
    }
  }

  private describe(p: Record<string, unknown>, caller: Caller): Record<string, unknown> {
    const region = p.Region as string;
    let list = [...this.smcs.values()].filter((r) => r.Region === region && r.CompanyID === caller.tenant.companyId);
    if (p.CompanyID !== undefined && p.CompanyID !== caller.tenant.companyId) list = [];
    const ids = p.SMCIDs as string[] | undefined;
    if (ids && ids.length > 0) {
      // Exact ids: every other filter is ignored.
      const want = new Set(ids);
      list = list.filter((r) => want.has(r.SMCID));
    } else {
      const projects = (p.ProjectIDs as string[] | undefined) ?? (caller.projectId !== null ? [caller.projectId] : null);
      if (projects) list = list.filter((r) => projects.includes(r.ProjectID));
      const keyword = (p.Keyword as string | undefined)?.toLowerCase();
      if (keyword) list = list.filter((r) => r.Name.toLowerCase().includes(keyword) || r.Remark.toLowerCase().includes(keyword));
      const states = (p.States as string[] | undefined)?.map((s) => s.toLowerCase());
      if (states && states.length > 0) list = list.filter((r) => states.includes(this.displayedState(r).toLowerCase()));
    }
    list.sort((a, b) => b.CreateTime - a.CreateTime || (a.SMCID < b.SMCID ? -1 : a.SMCID > b.SMCID ? 1 : 0));
    const offset = Math.max(0, (p.Offset as number | undefined) ?? 0);
    const limit = Math.min(100, Math.max(1, (p.Limit as number | undefined) ?? DEFAULT_LIMIT));
    return { TotalCount: list.length, Infos: list.slice(offset, offset + limit).map((r) => this.info(r, caller.tenant)) };
  }

  private info(r: SmcRecord, tenant: SimTenant): SMCInfo {
    const project = tenant.projects.find((x) => x.id === r.ProjectID);
    return {
      SMCID: r.SMCID,
      Name: r.Name,
      Remark: r.Remark,
      Region: r.Region,
      RegionAlias: this.regions.get(r.Region)?.alias ?? r.Region,
      CompanyID: r.CompanyID,
      CompanyName: tenant.companyName,
      Email: tenant.email,
      ProjectID: r.ProjectID,
      ProjectName: project?.name ?? '',
      Reason: r.Reason,
      CreateTime: r.CreateTime,
      UpdateTime: r.UpdateTime,
      Tags: r.Tags.map((t) => ({ ...t })),
      OS: r.OS,
      Arch: r.Arch,
      Distribution: r.Distribution,
      DistributionVersion: r.DistributionVersion,
      Kernel: r.Kernel,
      Cores: r.Cores,
      Memory: r.Memory,
      Hostname: r.Hostname,
      IP: r.IP,
      BootloaderType: r.BootloaderType,
      DoneSubtask: r.DoneSubtask,
      TotalSubtask: r.TotalSubtask,
      Subtasks: r.Subtasks.map((s) => ({ ...s })),
      State: this.displayedState(r),
      VMID: r.VMID ?? '',
      Host: r.Host ?? '',
      Bandwidth: r.Bandwidth ?? 0,
      Locked: r.Locked,
      LastSyncedTime: r.LastSyncedTime,
      User: r.User ?? '',
      DiskMappings: r.DiskMappings.map((m) => ({ ...m })),
    };
  }
}
