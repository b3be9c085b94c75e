/**
 * One handler per catalog operation: typed parameters (already decoded and checked against the
 * generated parameter table by server.ts) and the caller in, the response fields out, or a Refusal.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { OperationId } from '../generated/operations.js';
import type { Disk, DiskMapping, SMCSubtask, UnifiedTag } from '../generated/wire.js';
import { parseSMCState } from '../mapper.js';
import { Refusal, refuse } from './errors.js';
import { encryptTransferPassword, FROZEN_PROGRESS, type Caller, type SmcRecord, type SmcStore } from './model.js';

type Params = Record<string, unknown>;
type Fields = Record<string, unknown>;
export type Handler = (store: SmcStore, params: Params, caller: Caller) => Fields;

const NAME_RE = /^[\p{L}\p{N}._-]{1,128}$/u;
const DEFAULT_LIMIT = 20;

function createSMC(store: SmcStore, p: Params, caller: Caller): Fields {
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
  const now = store.nowSec();
  const disks = ((p.Disks as Disk[] | undefined) ?? []).map((d) => ({ ...d }));
  let id: string;
  do id = `smc-${randomBytes(5).toString('hex')}`;
  while (store.smcs.has(id));
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
  store.smcs.set(id, rec);
  return { SMCID: id };
}

function setupSMC(store: SmcStore, p: Params, caller: Caller): Fields {
  const r = store.find(p, caller);
  // Spec §5 step 3 (sdk SetupSMCRequest): "task must be Online or Synced … task not Locked"; refusal
  // StatusResourceStatusInvalid (the vendor gives no SMC error codes, spec §9).
  store.requireState(r, 'SetupSMC', ['Online', 'Synced']);
  if (r.Locked) throw refuse('StatusResourceStatusInvalid', `SMC [${r.SMCID}] is locked; its configuration can no longer be changed`);
  const vmId = p.VMID as string;
  const vm = store.vms.get(vmId);
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
  r.UpdateTime = store.nowSec();
  return {};
}

function deleteSMC(store: SmcStore, p: Params, caller: Caller): Fields {
  const r = store.find(p, caller, { allowDeleting: true });
  // Spec §5 step 7: "DeleteSMC at any time (no precondition documented) -> resource DELETING / state
  // Deleted (inferred)"; a second delete while DELETING is a no-op.
  if (r.resourceState === 'DELETING') return {};
  r.resourceState = 'DELETING';
  r.pending = 'Deleted';
  r.deleteRequestedMs = store.clock.now();
  r.UpdateTime = store.nowSec();
  // Removed when the agent's next heartbeat learns of it, or by housekeeping after the grace period.
  return {};
}

function startSMC(store: SmcStore, p: Params, caller: Caller): Fields {
  const r = store.find(p, caller);
  // Spec §5 step 4 (sdk StartSMCRequest): "StartSMC (Online or Synced only)"; heartbeat rules
  // ONLINE→PREPARING and SYNCED→PREPARING (sdk SMCHeartbeatRequest) give Preparing. A target must be
  // configured first (SetupSMC's VMID and DiskMappings, §7).
  store.requireState(r, 'StartSMC', ['Online', 'Synced']);
  if (!r.VMID || !r.DiskMappings.some((m) => m.MappingDiskID)) {
    throw refuse('StatusResourceStatusInvalid', `SMC [${r.SMCID}] is not configured; call SetupSMC first`);
  }
  r.state = 'Preparing';
  r.pending = 'Preparing';
  r.DoneSubtask = 0;
  r.Subtasks = [];
  r.Reason = '';
  r.UpdateTime = store.nowSec();
  return {};
}

function stopSMC(store: SmcStore, p: Params, caller: Caller): Fields {
  const r = store.find(p, caller);
  // Spec §5 step 5 (sdk StopSMCRequest; rule SYNCING→STOPPING): Stop while the data moves (Preparing
  // is included: the Start is then not yet taken up by the agent).
  store.requireState(r, 'StopSMC', ['Preparing', 'Syncing']);
  r.state = 'Stopping';
  r.pending = 'Stopping';
  r.UpdateTime = store.nowSec();
  return {};
}

function completeSMC(store: SmcStore, p: Params, caller: Caller): Fields {
  const r = store.find(p, caller);
  // Spec §5 step 6 (sdk CompleteSMCRequest: "finishes data sync and starts converting the transfer
  // VM"), from Synced "(presumably)" (state machine table); Completing -> Completed, configuration Locked.
  store.requireState(r, 'CompleteSMC', ['Synced']);
  r.state = 'Completing';
  r.pending = 'Completing';
  r.Locked = true;
  r.UpdateTime = store.nowSec();
  return {};
}

function heartbeat(store: SmcStore, p: Params, caller: Caller): Fields {
  const r = store.find(p, caller, { allowDeleting: true });
  if (p.CompanyID !== undefined && p.CompanyID !== r.CompanyID) throw refuse('StatusResourceNotBelongsToTenant', `SMC [${r.SMCID}] does not belong to CompanyID ${String(p.CompanyID)}`);
  const reported = parseSMCState(p.State as string);
  if (!reported) throw refuse('StatusParamInvalid', `parameter State: unknown state ${String(p.State).slice(0, 32)}`);
  const now = store.clock.now();
  r.lastHeartbeatMs = now;

  if (r.resourceState === 'DELETING') {
    // The agent learns of the deletion and uninstalls; the task is gone.
    store.smcs.delete(r.SMCID);
    return { SMCID: r.SMCID, State: 'Deleted', Port: 22 };
  }
  const before = r.state;
  if (r.resourceState === 'CREATING') r.resourceState = 'AVAILABLE';
  r.state = store.nextState(r, reported);
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

function describe(store: SmcStore, p: Params, caller: Caller): Fields {
  const region = p.Region as string;
  let list = [...store.smcs.values()].filter((r) => r.Region === region && r.CompanyID === caller.tenant.companyId);
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
    if (states && states.length > 0) list = list.filter((r) => states.includes(store.displayedState(r).toLowerCase()));
  }
  list.sort((a, b) => b.CreateTime - a.CreateTime || (a.SMCID < b.SMCID ? -1 : a.SMCID > b.SMCID ? 1 : 0));
  const offset = Math.max(0, (p.Offset as number | undefined) ?? 0);
  const limit = Math.min(100, Math.max(1, (p.Limit as number | undefined) ?? DEFAULT_LIMIT));
  return { TotalCount: list.length, Infos: list.slice(offset, offset + limit).map((r) => store.info(r, caller.tenant)) };
}

export const HANDLERS: Readonly<Record<OperationId, Handler>> = {
  CreateSMC: createSMC,
  SetupSMC: setupSMC,
  DeleteSMC: deleteSMC,
  StartSMC: startSMC,
  StopSMC: stopSMC,
  CompleteSMC: completeSMC,
  SMCHeartbeat: heartbeat,
  DescribeSMC: describe,
};
