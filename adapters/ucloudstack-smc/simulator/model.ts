/**
 * The simulator's store and state machines: tenants, keys, regions, VMs and the SMC records of every
 * region and project, the two-sided SMC state machine (user calls set the desired state, agent
 * heartbeats move the task: `nextState`), the resource state (CREATING / DELETING) and housekeeping
 * (Offline after missed heartbeats, removal of deleted SMCs). Time only moves through the SimClock.
 *
 * The transfer password is kept as the heartbeat hands it to the agent: "AES-ECB-encrypted with the
 * VMID as key" (sdk SMCHeartbeatResponse). Key derivation, padding and encoding are undocumented; the
 * simulator uses AES-128-ECB, key = the VMID's UTF-8 bytes zero-padded / truncated to 16 bytes,
 * PKCS#7 padding, Base64 output.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { SimClock } from '../../common/simulator/clock.js';
import type { CreateSMCRequest, Disk, DiskMapping, SMCInfo, SMCResourceState, SMCState, SMCSubtask, UnifiedTag } from '../generated/wire.js';
import { refuse } from './errors.js';

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

/** Who calls: the key, its tenant and the common ProjectId parameter. */
export interface Caller {
  key: SimKey;
  tenant: SimTenant;
  /** The common ProjectId parameter, when sent. */
  projectId: string | null;
}

export interface StoreOptions {
  clock: SimClock;
  regions: SimRegion[];
  tenants: SimTenant[];
  keys: SimKey[];
  vms?: SimVm[];
  /** Heartbeat silence after which an SMC is Offline. Default 60 s (undocumented at the vendor). */
  offlineAfterMs?: number;
  /** A deleted SMC whose agent does not acknowledge is removed after this long. Default 30 s. */
  deleteGraceMs?: number;
}

/** Progress is no longer updated in these states (sdk). */
export const FROZEN_PROGRESS: ReadonlySet<SMCState> = new Set(['Completing', 'Completed', 'Exception']);

export class SmcStore {
  readonly smcs = new Map<string, SmcRecord>();
  readonly vms = new Map<string, SimVm>();
  readonly keys: Map<string, SimKey>;
  readonly tenants: Map<number, SimTenant>;
  readonly regions: Map<string, SimRegion>;
  readonly clock: SimClock;
  private readonly offlineAfterMs: number;
  private readonly deleteGraceMs: number;

  constructor(options: StoreOptions) {
    this.clock = options.clock;
    this.keys = new Map(options.keys.map((k) => [k.publicKey, k]));
    this.tenants = new Map(options.tenants.map((t) => [t.companyId, t]));
    this.regions = new Map(options.regions.map((r) => [r.id, r]));
    for (const vm of options.vms ?? []) this.vms.set(vm.VMID, { ...vm });
    this.offlineAfterMs = options.offlineAfterMs ?? 60_000;
    this.deleteGraceMs = options.deleteGraceMs ?? 30_000;
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

  nowSec(): number {
    return Math.floor(this.clock.now() / 1000);
  }

  mustRecord(id: string): SmcRecord {
    const r = this.smcs.get(id);
    if (!r) throw new Error(`no SMC ${id}`);
    return r;
  }

  /** The SMC `SMCID` of `Region` visible to the caller, or a refusal. */
  find(p: Record<string, unknown>, caller: Caller, opts: { allowDeleting?: boolean } = {}): SmcRecord {
    const id = p.SMCID as string;
    const r = this.smcs.get(id);
    if (!r || r.Region !== p.Region) throw refuse('StatusResourceNotExist', `SMC [${id}] not exist in region ${String(p.Region)}`);
    if (r.CompanyID !== caller.tenant.companyId) throw refuse('StatusResourceNotBelongsToTenant', `SMC [${id}] does not belong to the tenant`);
    if (caller.projectId !== null && r.ProjectID !== caller.projectId) throw refuse('StatusResourceNotExist', `SMC [${id}] not exist in project ${caller.projectId}`);
    if (r.resourceState === 'DELETING' && !opts.allowDeleting) throw refuse('StatusResourceStatusInvalid', `SMC [${id}] is being deleted`);
    return r;
  }

  displayedState(r: SmcRecord): string {
    return r.resourceState === 'AVAILABLE' ? r.state : r.resourceState;
  }

  requireState(r: SmcRecord, action: string, allowed: readonly SMCState[]): void {
    if (r.resourceState !== 'AVAILABLE' || !allowed.includes(r.state)) {
      throw refuse('StatusResourceStatusInvalid', `SMC [${r.SMCID}] is ${this.displayedState(r)}; ${action} requires ${allowed.join(' or ')}`);
    }
  }

  // --- Actions --------------------------------------------------------------------------------

  /**
   * The server side of the state machine: a pending user command holds until the agent reports a
   * state that shows it took it up; otherwise the agent's report is the state. Completed is final.
   */
  nextState(r: SmcRecord, reported: SMCState): SMCState {
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

  info(r: SmcRecord, tenant: SimTenant): SMCInfo {
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

function keyOf(vmId: string): Buffer {
  const key = Buffer.alloc(16);
  Buffer.from(vmId, 'utf8').copy(key, 0, 0, 16);
  return key;
}

export function encryptTransferPassword(password: string, vmId: string): string {
  const cipher = createCipheriv('aes-128-ecb', keyOf(vmId), null);
  return Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]).toString('base64');
}

export function decryptTransferPassword(encrypted: string, vmId: string): string {
  const decipher = createDecipheriv('aes-128-ecb', keyOf(vmId), null);
  return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]).toString('utf8');
}
