/**
 * One handler per catalog Action (`HANDLERS`, keyed by the generated operation ids): the decoded
 * operation parameters (`Name.N` lists as params.ts writes them) -> the response body (without
 * RequestId), or an `SmcFault` (errors.ts). The vendor's own checks are here, with the seed's codes
 * (a client that skips the catalog validators meets them); the state lives in model.ts.
 *
 * Rules (spec digest section (d)):
 * - Create: source Available (else SourceServerState.Invalid; a source with an unfinished job is InUse),
 *   at most `maxJobs` jobs (QuotaExceeded.ReplicationJob), unique names (ReplicationJobName.Duplicate),
 *   data-disk indexes unique (DataDisk.DuplicateIndex) and present on the source
 *   (ReplicationJobDataDiskIndex.Invalid), VSwitch/VPC match (VSwitchIdVpcId.Mismatch), ClientToken
 *   idempotency (same token -> same JobId, nothing created).
 * - Start only from Ready/Stopped/InError; Stop only while Running+Syncing; CutOver only while Waiting;
 *   Delete refused while Running or Deleting (ReplicationJob.InvalidStatus).
 * - DeleteSourceServer: Running job -> SourceServer.WithRunningReplicationJob; other job without
 *   Force -> ReplicationJob.Related; Force deletes the jobs too.
 */
import type { OperationId } from '../generated/operations.js';
import type { ReplicationJob, ReplicationJobRun, SourceServer, TagResource } from '../generated/wire.js';
import { readList, readStructList } from '../params.js';
import { phaseDuration } from './agent.js';
import { fault, MSG, SmcFault } from './errors.js';
import { DAY, formatTime, NAME_RE, TIME_RE, UNFINISHED, type JobPart, type Params, type SimJob, type SimSource, type SmcModel } from './model.js';

export type Handler = (model: SmcModel, params: Params) => object;

// --------------------------------------------------------------------------------------------
// Source Actions
export function describeSourceServers(m: SmcModel, p: Params): object {
  const ids = readList(p, 'SourceId');
  const { pageNumber, pageSize } = paging(p);
  const state = p.State;
  if (state && !['Unavailable', 'Available', 'InUse', 'Deleting'].includes(state)) throw fault.invalid('State', 'unknown state');
  const jobSource = p.JobId ? m.jobs.get(p.JobId)?.SourceId ?? '\u0000none' : undefined;
  const all = [...m.sources.values()]
    .filter((s) => (ids.length === 0 || ids.includes(s.SourceId)) && (!state || s.State === state) && (!p.Name || s.Name === p.Name) && (jobSource === undefined || s.SourceId === jobSource))
    .sort((a, b) => b.CreationTime - a.CreationTime || (a.SourceId < b.SourceId ? -1 : 1));
  const page = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return {
    PageNumber: pageNumber,
    PageSize: pageSize,
    TotalCount: all.length,
    SourceServers: { SourceServer: page.map((s) => renderSource(m, s)) },
  };
}

export function renderSource(m: SmcModel, s: SimSource): SourceServer {
  return {
    SourceId: s.SourceId,
    Name: s.Name,
    Description: s.Description,
    State: s.State,
    ErrorCode: s.ErrorCode,
    ...(s.StatusInfo ? { StatusInfo: s.StatusInfo } : {}),
    CreationTime: formatTime(s.CreationTime),
    AgentVersion: s.AgentVersion,
    Architecture: s.Architecture,
    Platform: s.Platform,
    KernelLevel: s.KernelLevel,
    HeartbeatRate: s.HeartbeatRate,
    ReplicationDriver: s.ReplicationDriver,
    SystemDiskSize: s.SystemDiskSize,
    SystemInfo: JSON.stringify(s.SystemInfo),
    SystemDiskParts: { SystemDiskPart: s.SystemDiskParts.map((x) => ({ ...x })) },
    DataDisks: { DataDisk: s.DataDisks.map((d) => ({ Index: d.Index, Path: d.Path, Size: d.Size, Parts: { Part: d.Parts.map((x) => ({ ...x })) } })) },
    JobId: s.JobId,
  };
}

export function deleteSourceServer(m: SmcModel, p: Params): object {
  const id = required(p, 'SourceId');
  const force = optBool(p, 'Force') ?? false;
  const s = m.mustSource(id);
  if (s.State === 'Deleting') throw fault.sourceState();
  const jobs = [...m.jobs.values()].filter((j) => j.SourceId === id && j.Status !== 'Deleting');
  if (jobs.some((j) => j.Status === 'Running')) throw new SmcFault('SourceServer.WithRunningReplicationJob', 400, MSG.withRunning);
  if (jobs.length > 0 && !force) throw new SmcFault('ReplicationJob.Related', 400, MSG.related);
  for (const j of jobs) markDeleting(m, j);
  s.State = 'Deleting';
  s.goneAt = m.now + m.timing.deletingMs;
  return {};
}

export function modifySourceServerAttribute(m: SmcModel, p: Params): object {
  const id = required(p, 'SourceId');
  const s = m.mustSource(id);
  const name = p.Name;
  const description = p.Description;
  if (name !== undefined && !NAME_RE.test(name)) throw fault.invalid('Name', 'must be 2-128 characters, start with a letter and contain only letters, digits, ":", "_" or "-"');
  if (description !== undefined && (description.length > 256 || /^https?:\/\//.test(description))) throw fault.invalid('Description', 'must be at most 256 characters and not start with http:// or https://');
  if (s.State === 'Deleting') throw fault.sourceState();
  if (name !== undefined && [...m.sources.values()].some((o) => o !== s && o.Name === name)) throw new SmcFault('SourceServerName.Duplicate', 400, MSG.srcNameDup);
  if (name !== undefined) s.Name = name;
  if (description !== undefined) s.Description = description;
  return {};
}

// --------------------------------------------------------------------------------------------
// Job Actions
export function createReplicationJob(m: SmcModel, p: Params): object {
  const regionId = required(p, 'RegionId');
  const sourceId = required(p, 'SourceId');
  const systemDiskSize = intRange(p, 'SystemDiskSize', 20, 500, true)!;
  const token = p.ClientToken;
  if (token !== undefined && (token.length === 0 || token.length > 64 || !/^[\x20-\x7e]+$/.test(token))) throw fault.invalid('ClientToken', 'at most 64 ASCII characters');
  // Idempotency: a repeated token returns the job it created, whatever happened since.
  if (token && m.clientTokens.has(token)) return { JobId: m.clientTokens.get(token)! };

  const opts = parseTargetOptions(m, p, 'create');
  const runOnce = optBool(p, 'RunOnce') ?? true;
  const netMode = p.NetMode === undefined ? 0 : Number(p.NetMode);
  if (netMode !== 0 && netMode !== 2) throw fault.invalid('NetMode', 'valid values are 0 and 2');
  if (netMode === 2 && !p.VSwitchId) throw fault.missing('VSwitchId');
  if (p.VSwitchId && p.VpcId && m.vSwitches[p.VSwitchId] !== undefined && m.vSwitches[p.VSwitchId] !== p.VpcId) throw new SmcFault('VSwitchIdVpcId.Mismatch', 400, MSG.vswMismatch);
  if (p.ReplicationParameters !== undefined && p.ReplicationParameters.length > 2048) throw fault.invalid('ReplicationParameters', 'at most 2048 characters');
  if (p.LicenseType !== undefined && p.LicenseType !== '' && p.LicenseType !== 'BYOL') throw fault.invalid('LicenseType', 'valid values are "" and BYOL');
  if (!runOnce) {
    if (opts.Frequency === undefined) throw fault.missing('Frequency');
    if (opts.MaxNumberOfImageToKeep === undefined) throw fault.missing('MaxNumberOfImageToKeep');
  } else if (opts.Frequency !== undefined || opts.MaxNumberOfImageToKeep !== undefined) {
    throw fault.invalid('RunOnce', 'Frequency and MaxNumberOfImageToKeep apply to incremental jobs (RunOnce=false) only');
  }
  const tags = readTags(p);
  const targetType = opts.TargetType ?? 'Image';
  if (targetType === 'Instance' && !opts.InstanceId) throw fault.missing('InstanceId');
  if (targetType === 'ContainerImage') {
    for (const k of ['ContainerNamespace', 'ContainerRepository', 'ContainerTag'] as const) if (!opts[k]) throw fault.missing(k);
  }
  if (opts.ValidTime !== undefined) checkValidTime(m, opts.ValidTime, m.now);

  const source = m.mustSource(sourceId);
  if (source.State !== 'Available') throw fault.sourceState();
  if ([...m.jobs.values()].some((j) => j.SourceId === sourceId && UNFINISHED.has(j.Status))) throw fault.sourceState();
  if (m.jobs.size >= m.maxJobs) throw new SmcFault('QuotaExceeded.ReplicationJob', 400, MSG.quota);
  const jobId = m.id('j');
  const name = opts.Name ?? jobId;
  if ([...m.jobs.values()].some((j) => j.Name === name)) throw new SmcFault('ReplicationJobName.Duplicate', 400, MSG.jobNameDup);
  checkDisks(m, source, opts.DataDisks);
  if (targetType === 'ContainerImage' && /windows/i.test(source.Platform)) throw fault.invalid('TargetType', 'ContainerImage supports Linux sources only');

  const job: SimJob = {
    JobId: jobId,
    Name: name,
    Description: opts.Description ?? '',
    SourceId: sourceId,
    RegionId: regionId,
    Status: 'Ready',
    BusinessStatus: '',
    Progress: 0,
    CreationTime: m.now,
    ScheduledStartTime: opts.ScheduledStartTime,
    ValidTime: opts.ValidTime ?? m.now + 30 * DAY,
    TargetType: targetType,
    ImageName: opts.ImageName ?? '',
    ImageId: '',
    InstanceId: opts.InstanceId ?? '',
    SystemDiskSize: systemDiskSize,
    DataDisks: opts.DataDisks ?? [],
    SystemDiskParts: opts.SystemDiskParts ?? [],
    VpcId: p.VpcId ?? (p.VSwitchId ? m.vSwitches[p.VSwitchId] ?? '' : ''),
    VSwitchId: p.VSwitchId ?? '',
    NetMode: netMode,
    ReplicationParameters: p.ReplicationParameters ?? '',
    RunOnce: runOnce,
    Frequency: opts.Frequency,
    MaxNumberOfImageToKeep: opts.MaxNumberOfImageToKeep,
    InstanceType: opts.InstanceType ?? '',
    InstanceRamRole: opts.InstanceRamRole ?? '',
    LaunchTemplateId: '',
    LaunchTemplateVersion: '',
    LicenseType: p.LicenseType ?? '',
    ContainerNamespace: opts.ContainerNamespace ?? '',
    ContainerRepository: opts.ContainerRepository ?? '',
    ContainerTag: opts.ContainerTag ?? '',
    TransitionInstanceId: '',
    ErrorCode: '',
    StatusInfo: '',
    runs: [],
    images: [],
    phaseStartedAt: m.now,
    syncDone: 0,
    weight: 1,
  };
  m.jobs.set(jobId, job);
  source.State = 'InUse';
  source.JobId = jobId;
  if (token) m.clientTokens.set(token, jobId);
  if (tags.length > 0) {
    const kv = new Map<string, string>();
    for (const t of tags) kv.set(t.key, t.value);
    m.tags.set(`replicationjob:${jobId}`, kv);
  }
  return { JobId: jobId };
}

function checkValidTime(m: SmcModel, validTime: number, creation: number): void {
  if (validTime < creation + 7 * DAY || validTime > creation + 90 * DAY) throw fault.invalid('ValidTime', 'must be between creation time + 7 days and + 90 days');
}

function checkDisks(m: SmcModel, source: SimSource, disks: SimJob['DataDisks'] | undefined): void {
  if (!disks) return;
  const seen = new Set<number>();
  for (const d of disks) {
    if (seen.has(d.Index)) throw new SmcFault('DataDisk.DuplicateIndex', 400, MSG.dupIndex);
    seen.add(d.Index);
  }
  for (const d of disks) if (!source.DataDisks.some((sd) => sd.Index === d.Index)) throw new SmcFault('ReplicationJobDataDiskIndex.Invalid', 400, MSG.diskIndex);
}

/** Target options shared by Create and Modify (validated, absent ones undefined). */
function parseTargetOptions(m: SmcModel, p: Params, mode: 'create' | 'modify') {
  const name = p.Name;
  if (name !== undefined && !NAME_RE.test(name)) throw fault.invalid('Name', 'must be 2-128 characters, start with a letter and contain only letters, digits, ":", "_" or "-"');
  const description = p.Description;
  if (description !== undefined && (description.length < 2 || description.length > 128 || /^https?:\/\//.test(description))) throw fault.invalid('Description', 'must be 2-128 characters and not start with http:// or https://');
  const imageName = p.ImageName;
  if (imageName !== undefined && !NAME_RE.test(imageName)) throw fault.invalid('ImageName', 'must be 2-128 characters, start with a letter and contain only letters, digits, ":", "_" or "-"');
  let targetType: string | undefined;
  if (p.TargetType !== undefined) {
    const allowed = mode === 'create' ? ['Image', 'ContainerImage', 'Instance'] : ['Image', 'ContainerImage'];
    targetType = allowed.find((t) => t.toLowerCase() === p.TargetType!.toLowerCase());
    if (!targetType) throw fault.invalid('TargetType', `valid values are ${allowed.join(', ')}`);
  }
  const scheduled = p.ScheduledStartTime ? time(p, 'ScheduledStartTime') : undefined;
  if (scheduled !== undefined && (scheduled <= m.now || scheduled > m.now + 30 * DAY)) throw fault.invalid('ScheduledStartTime', 'must be later than now and within 30 days');
  const validTime = p.ValidTime ? time(p, 'ValidTime') : undefined;
  const dataDisks = readStructList(p, 'DataDisk').map(({ n, fields }) => {
    const idx = Number(fields.Index);
    if (!Number.isInteger(idx) || idx < 1 || idx > 16) throw fault.invalid(`DataDisk.${n}.Index`, 'must be an integer 1-16');
    let size: number | undefined;
    if (fields.Size !== undefined) {
      size = Number(fields.Size);
      if (!Number.isInteger(size) || size < 20 || size > 32768) throw fault.invalid(`DataDisk.${n}.Size`, 'must be an integer 20-32768');
    }
    const parts = readStructList(
      Object.fromEntries(Object.entries(fields).filter(([k]) => k.startsWith('Part.'))),
      'Part',
    ).map(({ n: m, fields: f }) => readPart(f, `DataDisk.${n}.Part.${m}`));
    return { Index: idx, Size: size, Parts: parts };
  });
  const systemDiskParts = readStructList(p, 'SystemDiskPart').map(({ n, fields }) => readPart(fields, `SystemDiskPart.${n}`));
  return {
    Name: name,
    Description: description,
    ImageName: imageName,
    TargetType: targetType,
    ScheduledStartTime: scheduled,
    ValidTime: validTime,
    InstanceId: p.InstanceId,
    DataDisks: dataDisks.length > 0 ? dataDisks : undefined,
    SystemDiskParts: systemDiskParts.length > 0 ? systemDiskParts : undefined,
    Frequency: intRange(p, 'Frequency', 1, 168, false),
    MaxNumberOfImageToKeep: intRange(p, 'MaxNumberOfImageToKeep', 1, 10, false),
    InstanceType: p.InstanceType,
    InstanceRamRole: p.InstanceRamRole,
    ContainerNamespace: p.ContainerNamespace,
    ContainerRepository: p.ContainerRepository,
    ContainerTag: p.ContainerTag,
  };
}

export function deleteReplicationJob(m: SmcModel, p: Params): object {
  const job = m.mustJob(required(p, 'JobId'));
  if (job.Status === 'Running' || job.Status === 'Deleting') throw fault.jobStatus();
  markDeleting(m, job);
  return {};
}

function markDeleting(m: SmcModel, job: SimJob): void {
  job.Status = 'Deleting';
  job.BusinessStatus = '';
  job.goneAt = m.now + m.timing.deletingMs;
}

export function describeReplicationJobs(m: SmcModel, p: Params): object {
  const ids = readList(p, 'JobId');
  const sourceIds = readList(p, 'SourceId');
  if (ids.length > 50) throw fault.invalid('JobId.N', 'at most 50 values');
  if (sourceIds.length > 50) throw fault.invalid('SourceId.N', 'at most 50 values');
  const { pageNumber, pageSize } = paging(p);
  if (p.Status && !['Ready', 'Running', 'Stopped', 'InError', 'Finished', 'Waiting', 'Expired', 'Deleting'].includes(p.Status)) throw fault.invalid('Status', 'unknown status');
  if (p.BusinessStatus && !['Preparing', 'Syncing', 'Processing', 'Cleaning'].includes(p.BusinessStatus)) throw fault.invalid('BusinessStatus', 'unknown business status');
  const all = [...m.jobs.values()]
    .filter(
      (j) =>
        (ids.length === 0 || ids.includes(j.JobId)) &&
        (sourceIds.length === 0 || sourceIds.includes(j.SourceId)) &&
        (!p.Name || j.Name === p.Name) &&
        (!p.RegionId || j.RegionId === p.RegionId) &&
        (!p.Status || j.Status === p.Status) &&
        (!p.BusinessStatus || j.BusinessStatus === p.BusinessStatus),
    )
    .sort((a, b) => b.CreationTime - a.CreationTime || (a.JobId < b.JobId ? -1 : 1));
  const page = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return {
    PageNumber: pageNumber,
    PageSize: pageSize,
    TotalCount: all.length,
    ReplicationJobs: { ReplicationJob: page.map((j) => renderJob(m, j)) },
  };
}

export function renderJob(m: SmcModel, j: SimJob): ReplicationJob {
  const runs: ReplicationJobRun[] = j.runs.map((r) => ({
    Type: r.Type,
    StartTime: formatTime(r.StartTime),
    ...(r.EndTime !== undefined ? { EndTime: formatTime(r.EndTime) } : {}),
    ...(r.ImageId ? { ImageId: r.ImageId } : {}),
  }));
  const out: ReplicationJob = {
    JobId: j.JobId,
    Name: j.Name,
    Description: j.Description,
    SourceId: j.SourceId,
    RegionId: j.RegionId,
    Status: j.Status,
    BusinessStatus: j.BusinessStatus,
    Progress: j.Progress,
    CreationTime: formatTime(j.CreationTime),
    StartTime: formatTime(j.StartTime),
    EndTime: formatTime(j.EndTime),
    ScheduledStartTime: formatTime(j.ScheduledStartTime),
    ValidTime: formatTime(j.ValidTime),
    TargetType: j.TargetType,
    ImageName: j.ImageName,
    ImageId: j.ImageId,
    InstanceId: j.InstanceId,
    SystemDiskSize: j.SystemDiskSize,
    DataDisks: {
      DataDisk: j.DataDisks.map((d) => ({
        Index: d.Index,
        ...(d.Size !== undefined ? { Size: d.Size } : {}),
        Parts: { Part: d.Parts.map((x) => ({ ...x })) },
      })),
    },
    SystemDiskParts: { SystemDiskPart: j.SystemDiskParts.map((x) => ({ ...x })) },
    VpcId: j.VpcId,
    VSwitchId: j.VSwitchId,
    NetMode: j.NetMode,
    ReplicationParameters: j.ReplicationParameters,
    RunOnce: j.RunOnce,
    ...(j.Frequency !== undefined ? { Frequency: j.Frequency } : {}),
    ...(j.MaxNumberOfImageToKeep !== undefined ? { MaxNumberOfImageToKeep: j.MaxNumberOfImageToKeep } : {}),
    InstanceType: j.InstanceType,
    InstanceRamRole: j.InstanceRamRole,
    LaunchTemplateId: j.LaunchTemplateId,
    LaunchTemplateVersion: j.LaunchTemplateVersion,
    LicenseType: j.LicenseType,
    ContainerNamespace: j.ContainerNamespace,
    ContainerRepository: j.ContainerRepository,
    ContainerTag: j.ContainerTag,
    TransitionInstanceId: j.TransitionInstanceId,
    ErrorCode: j.ErrorCode,
    StatusInfo: j.StatusInfo,
    ReplicationJobRuns: { ReplicationJobRun: runs },
  };
  for (const k of Object.keys(out) as (keyof ReplicationJob)[]) if (out[k] === undefined) delete out[k];
  return out;
}

export function modifyReplicationJobAttribute(m: SmcModel, p: Params): object {
  const job = m.mustJob(required(p, 'JobId'));
  const opts = parseTargetOptions(m, p, 'modify');
  const systemDiskSize = intRange(p, 'SystemDiskSize', 20, 500, false);
  if (job.Status === 'Deleting') throw fault.jobStatus();
  const notRunYet = job.Status === 'Ready' && job.runs.length === 0;
  // "Everything else only before the job runs".
  const beforeRunOnly: (string | undefined | number | object)[] = [
    opts.TargetType, opts.ScheduledStartTime, opts.ImageName, opts.InstanceId, systemDiskSize, opts.DataDisks, opts.SystemDiskParts,
    opts.InstanceType, opts.InstanceRamRole, opts.ContainerNamespace, opts.ContainerRepository, opts.ContainerTag, p.LaunchTemplateId, p.LaunchTemplateVersion,
  ];
  if (!notRunYet && beforeRunOnly.some((v) => v !== undefined)) throw fault.jobStatus();
  if ((opts.Frequency !== undefined || opts.MaxNumberOfImageToKeep !== undefined) && !(notRunYet || job.Status === 'Waiting')) throw fault.jobStatus();
  if ((opts.Frequency !== undefined || opts.MaxNumberOfImageToKeep !== undefined) && job.RunOnce) throw fault.invalid('RunOnce', 'Frequency and MaxNumberOfImageToKeep apply to incremental jobs only');
  if (opts.ValidTime !== undefined) {
    if (!['Ready', 'Running', 'Stopped', 'InError', 'Waiting'].includes(job.Status)) throw fault.jobStatus();
    checkValidTime(m, opts.ValidTime, job.CreationTime);
  }
  if (opts.Name !== undefined && [...m.jobs.values()].some((j) => j !== job && j.Name === opts.Name)) throw new SmcFault('ReplicationJobName.Duplicate', 400, MSG.jobNameDup);
  const source = m.sources.get(job.SourceId);
  if (opts.DataDisks && source) checkDisks(m, source, opts.DataDisks);
  const targetType = opts.TargetType ?? job.TargetType;
  if (targetType === 'ContainerImage' && source && /windows/i.test(source.Platform)) throw fault.invalid('TargetType', 'ContainerImage supports Linux sources only');

  if (opts.Name !== undefined) job.Name = opts.Name;
  if (opts.Description !== undefined) job.Description = opts.Description;
  if (opts.TargetType !== undefined) job.TargetType = opts.TargetType;
  if (opts.ScheduledStartTime !== undefined) job.ScheduledStartTime = opts.ScheduledStartTime;
  if (opts.ImageName !== undefined) job.ImageName = opts.ImageName;
  if (opts.InstanceId !== undefined) job.InstanceId = opts.InstanceId;
  if (systemDiskSize !== undefined) job.SystemDiskSize = systemDiskSize;
  if (opts.DataDisks !== undefined) job.DataDisks = opts.DataDisks;
  if (opts.SystemDiskParts !== undefined) job.SystemDiskParts = opts.SystemDiskParts;
  if (opts.Frequency !== undefined) {
    job.Frequency = opts.Frequency;
    if (job.Status === 'Waiting') job.nextRunAt = job.phaseStartedAt + opts.Frequency * m.timing.hourMs;
  }
  if (opts.MaxNumberOfImageToKeep !== undefined) job.MaxNumberOfImageToKeep = opts.MaxNumberOfImageToKeep;
  if (opts.InstanceType !== undefined) job.InstanceType = opts.InstanceType;
  if (opts.InstanceRamRole !== undefined) job.InstanceRamRole = opts.InstanceRamRole;
  if (opts.ContainerNamespace !== undefined) job.ContainerNamespace = opts.ContainerNamespace;
  if (opts.ContainerRepository !== undefined) job.ContainerRepository = opts.ContainerRepository;
  if (opts.ContainerTag !== undefined) job.ContainerTag = opts.ContainerTag;
  if (p.LaunchTemplateId !== undefined) job.LaunchTemplateId = p.LaunchTemplateId;
  if (p.LaunchTemplateVersion !== undefined) job.LaunchTemplateVersion = p.LaunchTemplateVersion;
  if (opts.ValidTime !== undefined) job.ValidTime = opts.ValidTime;
  return {};
}

export function startReplicationJob(m: SmcModel, p: Params): object {
  const job = m.mustJob(required(p, 'JobId'));
  if (!['Ready', 'Stopped', 'InError'].includes(job.Status)) throw fault.jobStatus();
  const source = m.sources.get(job.SourceId);
  if (!source || source.State === 'Unavailable' || source.State === 'Deleting') throw fault.sourceState();
  job.ScheduledStartTime = undefined;
  m.beginRun(job, m.now, 'Manual');
  return {};
}

export function stopReplicationJob(m: SmcModel, p: Params): object {
  const job = m.mustJob(required(p, 'JobId'));
  if (job.Status !== 'Running' || job.BusinessStatus !== 'Syncing') throw fault.jobStatus();
  const total = phaseDuration(m, job, 'Syncing');
  job.syncDone = Math.min(1, job.syncDone + (m.now - job.phaseStartedAt) / total);
  job.Status = 'Stopped';
  job.BusinessStatus = '';
  job.phaseStartedAt = m.now;
  return {};
}

export function cutOverReplicationJob(m: SmcModel, p: Params): object {
  const job = m.mustJob(required(p, 'JobId'));
  const syncData = optBool(p, 'SyncData') ?? false;
  if (job.Status !== 'Waiting') throw fault.jobStatus();
  const source = m.sources.get(job.SourceId);
  if (syncData && (!source || source.State === 'Unavailable' || source.State === 'Deleting')) throw fault.sourceState();
  job.nextRunAt = undefined;
  job.cuttingOver = true;
  if (syncData) {
    m.beginRun(job, m.now, 'Manual');
  } else {
    // No more data: clean the transit resources, then finish.
    job.Status = 'Running';
    job.BusinessStatus = 'Cleaning';
    job.phaseStartedAt = m.now;
  }
  return {};
}

// --------------------------------------------------------------------------------------------
// Tags
function resourceType(m: SmcModel, p: Params): 'sourceserver' | 'replicationjob' {
  const t = p.ResourceType;
  if (t === undefined || t === '') throw new SmcFault('MissingParameter.ResourceType', 400, MSG.missingResType);
  if (t !== 'sourceserver' && t !== 'replicationjob') throw new SmcFault('InvalidResourceType.NotFound', 400, MSG.resTypeNotFound);
  return t;
}

function resourceIds(m: SmcModel, p: Params, type: 'sourceserver' | 'replicationjob', requiredList: boolean): string[] {
  const ids = readList(p, 'ResourceId');
  if (requiredList && ids.length === 0) throw fault.missing('ResourceId.N');
  if (ids.length > 50) throw new SmcFault('NumberExceed.ResourceIds', 400, MSG.resIdsExceed);
  if (new Set(ids).size !== ids.length) throw new SmcFault('Duplicate.ResourceId', 400, MSG.dupResId);
  const exists = (id: string) => (type === 'sourceserver' ? m.sources.has(id) : m.jobs.has(id));
  if (ids.some((id) => !exists(id))) throw new SmcFault('InvalidResourceId.NotFound', 400, MSG.resIdNotFound);
  return ids;
}

export function tagResources(m: SmcModel, p: Params): object {
  const type = resourceType(m, p);
  const ids = resourceIds(m, p, type, true);
  const tags = readTags(p);
  for (const id of ids) {
    const current = m.tags.get(`${type}:${id}`) ?? new Map<string, string>();
    const merged = new Set([...current.keys(), ...tags.map((t) => t.key)]);
    if (merged.size > 20) throw new SmcFault('NumberExceed.Tags', 400, MSG.tagsExceed);
  }
  for (const id of ids) {
    const key = `${type}:${id}`;
    const current = m.tags.get(key) ?? new Map<string, string>();
    for (const t of tags) current.set(t.key, t.value);
    m.tags.set(key, current);
  }
  return {};
}

export function listTagResources(m: SmcModel, p: Params): object {
  const type = resourceType(m, p);
  const ids = resourceIds(m, p, type, false);
  const filters = readStructList(p, 'Tag').map(({ n, fields }) => {
    if (fields.Value !== undefined && fields.Key === undefined) throw new SmcFault('InvalidParameter.TagValue', 400, 'The Tag.N.Value parameter is specified without Tag.N.Key.');
    if (fields.Key === undefined) throw fault.missing(`Tag.${n}.Key`);
    return { key: fields.Key, value: fields.Value };
  });
  if (filters.length > 20) throw new SmcFault('NumberExceed.Tags', 400, MSG.tagsExceed);
  let offset = 0;
  if (p.NextToken) {
    const o = m.nextTokens.get(p.NextToken);
    if (o === undefined) throw fault.invalid('NextToken', 'unknown or expired token');
    offset = o;
  }
  const prefix = `${type}:`;
  const pairs: TagResource[] = [];
  const keys = [...m.tags.keys()].filter((k) => k.startsWith(prefix)).sort();
  for (const k of keys) {
    const id = k.slice(prefix.length);
    if (ids.length > 0 && !ids.includes(id)) continue;
    const tags = m.tags.get(k)!;
    if (!filters.every((f) => tags.has(f.key) && (f.value === undefined || tags.get(f.key) === f.value))) continue;
    for (const [key, value] of [...tags.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      pairs.push({ ResourceType: `ALIYUN::SMC::${type.toUpperCase()}`, ResourceId: id, TagKey: key, TagValue: value });
    }
  }
  const page = pairs.slice(offset, offset + m.tagPageSize);
  let next = '';
  if (offset + m.tagPageSize < pairs.length) {
    next = Array.from({ length: 32 }, () => Math.floor(m.random() * 16).toString(16)).join('');
    m.nextTokens.set(next, offset + m.tagPageSize);
  }
  return { NextToken: next, TagResources: { TagResource: page } };
}

export function untagResources(m: SmcModel, p: Params): object {
  const type = resourceType(m, p);
  const ids = resourceIds(m, p, type, true);
  const keys = readList(p, 'TagKey');
  if (keys.length > 20) throw new SmcFault('NumberExceed.Tags', 400, MSG.tagsExceed);
  const all = optBool(p, 'All') ?? false;
  for (const id of ids) {
    const current = m.tags.get(`${type}:${id}`);
    if (!current) continue;
    if (keys.length > 0) for (const k of keys) current.delete(k);
    else if (all) current.clear();
    if (current.size === 0) m.tags.delete(`${type}:${id}`);
  }
  return {};
}

// ----------------------------------------------------------------------------------------------
// Parameter helpers

function required(p: Params, name: string): string {
  const v = p[name];
  if (v === undefined || v === '') throw fault.missing(name);
  return v;
}

function optBool(p: Params, name: string): boolean | undefined {
  const v = p[name];
  if (v === undefined || v === '') return undefined;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw fault.invalid(name, 'must be true or false');
}

function intRange(p: Params, name: string, min: number, max: number, isRequired: boolean): number | undefined {
  const v = p[name];
  if (v === undefined || v === '') {
    if (isRequired) throw fault.missing(name);
    return undefined;
  }
  const n = Number(v);
  if (!/^-?\d+$/.test(v) || n < min || n > max) throw fault.invalid(name, `must be an integer ${min}-${max}`);
  return n;
}

function time(p: Params, name: string): number {
  const v = p[name]!;
  if (!TIME_RE.test(v) || Number.isNaN(Date.parse(v))) throw fault.invalid(name, 'must be yyyy-MM-ddTHH:mm:ssZ (UTC)');
  return Date.parse(v);
}

function paging(p: Params): { pageNumber: number; pageSize: number } {
  const pageNumber = intRange(p, 'PageNumber', 1, Number.MAX_SAFE_INTEGER, false) ?? 1;
  const pageSize = intRange(p, 'PageSize', 1, 50, false) ?? 10;
  return { pageNumber, pageSize };
}

function readPart(f: Record<string, string>, prefix: string): JobPart {
  if (!f.Device) throw fault.missing(`${prefix}.Device`);
  let size: number | undefined;
  if (f.SizeBytes !== undefined) {
    size = Number(f.SizeBytes);
    if (!/^\d+$/.test(f.SizeBytes)) throw fault.invalid(`${prefix}.SizeBytes`, 'must be a byte count');
  }
  let block: boolean | undefined = true;
  if (f.Block !== undefined) {
    if (f.Block !== 'true' && f.Block !== 'false') throw fault.invalid(`${prefix}.Block`, 'must be true or false');
    block = f.Block === 'true';
  }
  return { Device: f.Device, ...(size !== undefined ? { SizeBytes: size } : {}), Block: block };
}

function readTags(p: Params): { key: string; value: string }[] {
  const tags = readStructList(p, 'Tag').map(({ n, fields }) => {
    const key = fields.Key;
    if (key === undefined || key === '') throw fault.missing(`Tag.${n}.Key`);
    if (key.length > 128 || /^(aliyun|acs:)/i.test(key) || /^https?:\/\//.test(key)) throw fault.invalid(`Tag.${n}.Key`, 'at most 128 characters, not starting with aliyun, acs:, http:// or https://');
    const value = fields.Value ?? '';
    if (value.length > 128 || /^https?:\/\//.test(value)) throw fault.invalid(`Tag.${n}.Value`, 'at most 128 characters, not starting with http:// or https://');
    return { key, value };
  });
  if (tags.length > 20) throw new SmcFault('NumberExceed.Tags', 400, MSG.tagsExceed);
  return tags;
}

/** Every catalog Action's handler (the server routes by it). */
export const HANDLERS: { readonly [A in OperationId]: Handler } = {
  DescribeSourceServers: describeSourceServers,
  DeleteSourceServer: deleteSourceServer,
  ModifySourceServerAttribute: modifySourceServerAttribute,
  CreateReplicationJob: createReplicationJob,
  DeleteReplicationJob: deleteReplicationJob,
  DescribeReplicationJobs: describeReplicationJobs,
  ModifyReplicationJobAttribute: modifyReplicationJobAttribute,
  StartReplicationJob: startReplicationJob,
  StopReplicationJob: stopReplicationJob,
  CutOverReplicationJob: cutOverReplicationJob,
  TagResources: tagResources,
  ListTagResources: listTagResources,
  UntagResources: untagResources,
};
