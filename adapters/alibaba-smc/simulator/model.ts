/**
 * The simulated SMC service: source servers, replication jobs, tags and their state machines.
 *
 * Pure model, no HTTP: each Action takes the decoded operation parameters and returns the response
 * body or throws `SmcFault` (vendor code + HTTP status). Time comes only from `advance(now)`, which the
 * HTTP layer calls with the SimClock's time before every request and on every clock tick.
 *
 * Rules (spec digest section (d)); refusals carry the seed's codes:
 * - Create: source Available (else SourceServerState.Invalid; a source with an unfinished job is InUse),
 *   at most `maxJobs` jobs (QuotaExceeded.ReplicationJob), unique names (ReplicationJobName.Duplicate),
 *   data-disk indexes unique (DataDisk.DuplicateIndex) and present on the source
 *   (ReplicationJobDataDiskIndex.Invalid), VSwitch/VPC match (VSwitchIdVpcId.Mismatch), ClientToken
 *   idempotency (same token -> same JobId, nothing created).
 * - Start only from Ready/Stopped/InError; Stop only while Running+Syncing; CutOver only while Waiting;
 *   Delete refused while Running or Deleting (ReplicationJob.InvalidStatus).
 * - Running: Preparing -> Syncing -> Processing -> Cleaning -> Finished (RunOnce) or Waiting
 *   (incremental; next run after Frequency hours, Type=Schedule).
 * - ScheduledStartTime reached -> Running (Type=Schedule). ValidTime passed in Ready/Stopped/InError ->
 *   Expired; Expired jobs are purged after 7 days.
 * - DeleteSourceServer: Running job -> SourceServer.WithRunningReplicationJob; other job without
 *   Force -> ReplicationJob.Related; Force deletes the jobs too.
 */
import type {
  ReplicationJob,
  ReplicationJobRun,
  SourceServer,
  SourceServerState,
  TagResource,
} from '../generated/wire.js';
import { readList, readStructList } from '../params.js';

export class SmcFault extends Error {
  constructor(
    readonly code: string,
    readonly http: number,
    message: string,
  ) {
    super(message);
  }
}

const MSG = {
  sourceState: 'The specified source server status is invalid.',
  withRunning: 'The specified source server has related replication jobs that are running.',
  related: 'The specified source server has related replication jobs.',
  srcNameDup: 'The specified source server name already exists. Please modify the source server name.',
  diskIndex: 'The specified replication job contains data disk index not found in source server.',
  vswMismatch: 'The specified VSwitchId and VpcId does not match.',
  quota: 'The maximum number of replication jobs is exceeded. Please submit a ticket to raise the quota.',
  jobNameDup: 'The specified replication job name already exists.',
  jobStatus: 'The specified replication job status is invalid.',
  dupIndex: 'The source server data disk cannot contain the same index.',
  tagsExceed: 'The maximum number of the Tag parameters cannot exceed 20.',
  missingResType: 'You must specify ResourceType.',
  resTypeNotFound: 'The specified ResourceType does not exist.',
  resIdsExceed: 'The maximum number of ResourceId parameters cannot exceed 50.',
  dupResId: 'The ResourceId contains duplicate values.',
  resIdNotFound: 'The specified ResourceIds do not exist.',
} as const;

const fault = {
  missing: (name: string) => new SmcFault('MissingParameter', 400, `The input parameter "${name}" that is mandatory for processing this request is not supplied.`),
  invalid: (name: string, why: string) => new SmcFault('InvalidParameter', 400, `The specified parameter "${name}" is not valid: ${why}`),
  sourceState: () => new SmcFault('SourceServerState.Invalid', 400, MSG.sourceState),
  jobStatus: () => new SmcFault('ReplicationJob.InvalidStatus', 400, MSG.jobStatus),
  sourceNotFound: () => new SmcFault('InvalidSourceId.NotFound', 404, 'The specified source server does not exist.'),
  jobNotFound: () => new SmcFault('InvalidJobId.NotFound', 404, 'The specified replication job does not exist.'),
};

/** Durations of the simulated work, in clock milliseconds. */
export interface SimTiming {
  preparingMs: number;
  /** Syncing time for a job of weight 1 (weights scale it). */
  syncingMs: number;
  processingMs: number;
  cleaningMs: number;
  /** Job / source `Deleting` -> gone. */
  deletingMs: number;
  /** How long one `Frequency` hour lasts (the demo shortens it). */
  hourMs: number;
  /** Expired jobs are purged after this long (vendor: 7 days). */
  expiredRetentionMs: number;
}

export const DEFAULT_TIMING: SimTiming = {
  preparingMs: 60_000,
  syncingMs: 20 * 60_000,
  processingMs: 5 * 60_000,
  cleaningMs: 2 * 60_000,
  deletingMs: 30_000,
  hourMs: 3_600_000,
  expiredRetentionMs: 7 * 24 * 3_600_000,
};

export interface ServiceOptions {
  timing?: Partial<SimTiming>;
  /** Account job quota (vendor: 100). */
  maxJobs?: number;
  /** Known VSwitch -> VPC pairs, for VSwitchIdVpcId.Mismatch (unknown VSwitches are accepted). */
  vSwitches?: Record<string, string>;
  /** Deterministic id generation. */
  seed?: number;
  /** Page size of ListTagResources. */
  tagPageSize?: number;
}

interface Part {
  Device: string;
  Path?: string;
  SizeBytes: number;
  CanBlock?: boolean;
  Need?: boolean;
}

export interface SimSource {
  SourceId: string;
  Name: string;
  Description: string;
  State: SourceServerState;
  ErrorCode: string;
  StatusInfo: string;
  CreationTime: number;
  AgentVersion: string;
  Architecture: string;
  Platform: string;
  KernelLevel: number;
  HeartbeatRate: number;
  ReplicationDriver: string;
  SystemDiskSize: number;
  SystemInfo: Record<string, string>;
  SystemDiskParts: Part[];
  DataDisks: { Index: number; Path: string; Size: number; Parts: Part[] }[];
  JobId: string;
  /** When `Deleting` ends. */
  goneAt?: number;
}

interface JobPart {
  Device: string;
  SizeBytes?: number;
  Block?: boolean;
}

export interface SimRun {
  Type: 'Manual' | 'Schedule';
  StartTime: number;
  EndTime?: number;
  ImageId?: string;
}

export interface SimJob {
  JobId: string;
  Name: string;
  Description: string;
  SourceId: string;
  RegionId: string;
  Status: NonNullable<ReplicationJob['Status']>;
  BusinessStatus: string;
  Progress: number;
  CreationTime: number;
  StartTime?: number;
  EndTime?: number;
  ScheduledStartTime?: number;
  ValidTime?: number;
  TargetType: string;
  ImageName: string;
  ImageId: string;
  InstanceId: string;
  SystemDiskSize: number;
  DataDisks: { Index: number; Size?: number; Parts: JobPart[] }[];
  SystemDiskParts: JobPart[];
  VpcId: string;
  VSwitchId: string;
  NetMode: number;
  ReplicationParameters: string;
  RunOnce: boolean;
  Frequency?: number;
  MaxNumberOfImageToKeep?: number;
  InstanceType: string;
  InstanceRamRole: string;
  LaunchTemplateId: string;
  LaunchTemplateVersion: string;
  LicenseType: string;
  ContainerNamespace: string;
  ContainerRepository: string;
  ContainerTag: string;
  TransitionInstanceId: string;
  ErrorCode: string;
  StatusInfo: string;
  runs: SimRun[];
  images: string[];
  /** Start of the current phase (Running) or of Waiting. */
  phaseStartedAt: number;
  /** Syncing fraction done (0..1), kept across Stop/Start. */
  syncDone: number;
  /** Scales the Syncing time (data volume). */
  weight: number;
  nextRunAt?: number;
  /** CutOverReplicationJob was called: finish after the current (final) run. */
  cuttingOver?: boolean;
  expiredAt?: number;
  goneAt?: number;
  /** Test/demo hook: fail with this code when Syncing reaches `failAt` (0..1). */
  failPlan?: { at: number; code: string; info: string };
}

type Params = Readonly<Record<string, string>>;

const PROGRESS_BANDS: Record<string, [number, number]> = {
  Preparing: [0, 5],
  Syncing: [5, 85],
  Processing: [85, 95],
  Cleaning: [95, 100],
};

const NAME_RE = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5:_-]{1,127}$/;
const TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const UNFINISHED: ReadonlySet<string> = new Set(['Ready', 'Running', 'Stopped', 'Waiting', 'InError', 'Expired']);
const DAY = 24 * 3_600_000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function formatTime(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export class SmcService {
  readonly timing: SimTiming;
  readonly maxJobs: number;
  readonly sources = new Map<string, SimSource>();
  readonly jobs = new Map<string, SimJob>();
  /** `${type}:${id}` -> key -> value. */
  readonly tags = new Map<string, Map<string, string>>();
  private readonly clientTokens = new Map<string, string>();
  private readonly nextTokens = new Map<string, number>();
  private readonly vSwitches: Record<string, string>;
  private readonly random: () => number;
  private readonly tagPageSize: number;
  private now = 0;

  constructor(options: ServiceOptions = {}, start = Date.now()) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.maxJobs = options.maxJobs ?? 100;
    this.vSwitches = options.vSwitches ?? {};
    this.random = options.seed === undefined ? Math.random : mulberry32(options.seed);
    this.tagPageSize = options.tagPageSize ?? 50;
    this.now = start;
  }

  // --------------------------------------------------------------------------------------------
  // Ids and seeding (used by tests and the demo; the vendor has no create-source API: agents register)

  id(prefix: string): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let s = `${prefix}-bp1`;
    for (let i = 0; i < 17; i++) s += alphabet[Math.floor(this.random() * alphabet.length)];
    return s;
  }

  requestId(): string {
    const hex = () => Math.floor(this.random() * 16).toString(16).toUpperCase();
    const seg = (n: number) => Array.from({ length: n }, hex).join('');
    return `${seg(8)}-${seg(4)}-${seg(4)}-${seg(4)}-${seg(12)}`;
  }

  /** Registers a source as the SMC agent would. */
  addSource(init: Partial<SimSource> & { Name: string }): SimSource {
    const s: SimSource = {
      SourceId: init.SourceId ?? this.id('s'),
      Name: init.Name,
      Description: init.Description ?? 'Server Source Imported By GotoAliyun.',
      State: init.State ?? 'Available',
      ErrorCode: init.ErrorCode ?? '',
      StatusInfo: init.StatusInfo ?? '',
      CreationTime: init.CreationTime ?? this.now,
      AgentVersion: init.AgentVersion ?? '2.2.0',
      Architecture: init.Architecture ?? 'x86_64',
      Platform: init.Platform ?? 'CentOS',
      KernelLevel: init.KernelLevel ?? 1,
      HeartbeatRate: init.HeartbeatRate ?? 30,
      ReplicationDriver: init.ReplicationDriver ?? 'SMT',
      SystemDiskSize: init.SystemDiskSize ?? 40,
      SystemInfo: init.SystemInfo ?? { agent_mode: 'daemon', agent_type: 'aliyun', cores: '2', hostname: init.Name, ipv4: '10.0.0.1', memory: '4.00' },
      SystemDiskParts: init.SystemDiskParts ?? [
        { Path: '/boot', Device: '0_0', CanBlock: true, Need: true, SizeBytes: 254803968 },
        { Path: '/', Device: '0_1', CanBlock: true, Need: true, SizeBytes: 9403629568 },
      ],
      DataDisks: init.DataDisks ?? [],
      JobId: init.JobId ?? '',
    };
    this.sources.set(s.SourceId, s);
    return s;
  }

  /** Agent goes offline / comes back (test and demo control). */
  setSourceState(id: string, state: SourceServerState, errorCode = '', statusInfo = ''): void {
    const s = this.mustSource(id);
    s.State = state;
    s.ErrorCode = errorCode;
    s.StatusInfo = statusInfo;
  }

  /** Makes a job fail with `code` once its Syncing phase reaches fraction `at` (0..1). */
  planFailure(jobId: string, at: number, code: string, info: string): void {
    this.mustJob(jobId).failPlan = { at, code, info };
  }

  private mustSource(id: string): SimSource {
    const s = this.sources.get(id);
    if (!s || s.goneAt !== undefined && s.goneAt <= this.now) throw fault.sourceNotFound();
    return s;
  }

  private mustJob(id: string): SimJob {
    const j = this.jobs.get(id);
    if (!j) throw fault.jobNotFound();
    return j;
  }

  // --------------------------------------------------------------------------------------------
  // Time

  currentTime(): number {
    return this.now;
  }

  /** Brings every job and source up to `now` (phase changes, schedules, expiry, deletions). */
  advance(now: number): void {
    if (now < this.now) return;
    this.now = now;
    for (const job of [...this.jobs.values()]) this.advanceJob(job, now);
    for (const s of [...this.sources.values()]) {
      if (s.goneAt !== undefined && s.goneAt <= now) {
        this.sources.delete(s.SourceId);
        this.tags.delete(`sourceserver:${s.SourceId}`);
      }
    }
  }

  private advanceJob(job: SimJob, now: number): void {
    for (let guard = 0; guard < 10_000; guard++) {
      const before = `${job.Status}/${job.BusinessStatus}/${job.phaseStartedAt}`;
      this.stepJob(job, now);
      if (!this.jobs.has(job.JobId)) return;
      if (`${job.Status}/${job.BusinessStatus}/${job.phaseStartedAt}` === before) return;
    }
  }

  private phaseDuration(job: SimJob, phase: string): number {
    switch (phase) {
      case 'Preparing':
        return this.timing.preparingMs;
      case 'Syncing':
        return Math.max(1, Math.round(this.timing.syncingMs * job.weight));
      case 'Processing':
        return this.timing.processingMs;
      case 'Cleaning':
        return this.timing.cleaningMs;
      default:
        return 1;
    }
  }

  /** One transition at most (the caller loops until nothing changes). */
  private stepJob(job: SimJob, now: number): void {
    switch (job.Status) {
      case 'Ready':
      case 'Stopped':
      case 'InError':
        if (job.Status === 'Ready' && job.ScheduledStartTime !== undefined && job.ScheduledStartTime <= now) {
          const at = job.ScheduledStartTime;
          job.ScheduledStartTime = undefined;
          this.beginRun(job, at, 'Schedule');
          return;
        }
        if (job.ValidTime !== undefined && job.ValidTime <= now) {
          job.Status = 'Expired';
          job.BusinessStatus = '';
          job.expiredAt = job.ValidTime;
          job.phaseStartedAt = job.ValidTime;
        }
        return;
      case 'Waiting':
        if (job.nextRunAt !== undefined && job.nextRunAt <= now) {
          const at = job.nextRunAt;
          job.nextRunAt = undefined;
          this.beginRun(job, at, 'Schedule');
        }
        return;
      case 'Expired':
        if (job.expiredAt !== undefined && job.expiredAt + this.timing.expiredRetentionMs <= now) this.removeJob(job);
        return;
      case 'Deleting':
        if (job.goneAt !== undefined && job.goneAt <= now) this.removeJob(job);
        return;
      case 'Running':
        this.stepRunning(job, now);
        return;
      default:
        return;
    }
  }

  private stepRunning(job: SimJob, now: number): void {
    const source = this.sources.get(job.SourceId);
    if (!source || source.State === 'Unavailable') {
      this.failJob(job, now, source?.ErrorCode || 'SourceServer.Offline', 'The source server is offline or unavailable.');
      return;
    }
    const phase = job.BusinessStatus;
    const band = PROGRESS_BANDS[phase] ?? [0, 100];
    if (phase === 'Syncing') {
      const total = this.phaseDuration(job, 'Syncing');
      const remainingMs = (1 - job.syncDone) * total;
      const elapsed = now - job.phaseStartedAt;
      const plan = job.failPlan;
      if (plan && job.syncDone + elapsed / total >= plan.at) {
        const at = job.phaseStartedAt + Math.max(0, (plan.at - job.syncDone) * total);
        job.syncDone = plan.at;
        job.Progress = round2(band[0] + (band[1] - band[0]) * plan.at);
        job.failPlan = undefined;
        this.failJob(job, Math.min(now, Math.round(at)), plan.code, plan.info);
        return;
      }
      if (elapsed >= remainingMs) {
        job.syncDone = 1;
        this.enterPhase(job, 'Processing', job.phaseStartedAt + Math.round(remainingMs));
        return;
      }
      const done = job.syncDone + elapsed / total;
      job.Progress = round2(band[0] + (band[1] - band[0]) * done);
      return;
    }
    const duration = this.phaseDuration(job, phase);
    const elapsed = now - job.phaseStartedAt;
    if (elapsed >= duration) {
      const at = job.phaseStartedAt + duration;
      if (phase === 'Preparing') this.enterPhase(job, 'Syncing', at);
      else if (phase === 'Processing') this.enterPhase(job, 'Cleaning', at);
      else this.completeRun(job, at);
      return;
    }
    const resumed = phase === 'Preparing' && job.syncDone > 0 ? 5 + 80 * job.syncDone : 0;
    job.Progress = round2(Math.max(resumed, band[0] + ((band[1] - band[0]) * elapsed) / duration));
  }

  private enterPhase(job: SimJob, phase: string, at: number): void {
    job.BusinessStatus = phase;
    job.phaseStartedAt = at;
    job.Progress = round2(PROGRESS_BANDS[phase]![0] + (phase === 'Syncing' ? 80 * job.syncDone : 0));
    if (phase === 'Preparing' && job.syncDone > 0) job.Progress = round2(5 + 80 * job.syncDone);
  }

  private beginRun(job: SimJob, at: number, type: 'Manual' | 'Schedule'): void {
    const last = job.runs[job.runs.length - 1];
    if (!last || last.EndTime !== undefined) {
      job.runs.push({ Type: type, StartTime: at });
      job.syncDone = 0;
    }
    job.Status = 'Running';
    job.ErrorCode = '';
    job.StatusInfo = '';
    job.StartTime ??= at;
    job.EndTime = undefined;
    job.TransitionInstanceId ||= this.id('i');
    this.enterPhase(job, 'Preparing', at);
  }

  private completeRun(job: SimJob, at: number): void {
    const run = job.runs[job.runs.length - 1];
    const imageId = job.TargetType.toLowerCase() === 'image' ? this.id('m') : '';
    if (run) {
      run.EndTime = at;
      if (imageId) run.ImageId = imageId;
    }
    if (imageId) {
      job.images.push(imageId);
      job.ImageId = imageId;
      const keep = job.MaxNumberOfImageToKeep ?? 1;
      while (job.images.length > keep) job.images.shift();
    }
    job.Progress = 100;
    job.BusinessStatus = '';
    job.phaseStartedAt = at;
    if (job.RunOnce || job.cuttingOver) {
      job.Status = 'Finished';
      job.EndTime = at;
      job.TransitionInstanceId = '';
      job.cuttingOver = false;
      this.releaseSource(job);
      return;
    }
    job.Status = 'Waiting';
    job.nextRunAt = at + (job.Frequency ?? 1) * this.timing.hourMs;
  }

  private failJob(job: SimJob, at: number, code: string, info: string): void {
    job.Status = 'InError';
    job.BusinessStatus = '';
    job.ErrorCode = code;
    job.StatusInfo = info;
    job.phaseStartedAt = at;
  }

  private releaseSource(job: SimJob): void {
    const s = this.sources.get(job.SourceId);
    if (!s || s.State !== 'InUse') return;
    const other = [...this.jobs.values()].some((j) => j !== job && j.SourceId === s.SourceId && UNFINISHED.has(j.Status));
    if (!other) s.State = 'Available';
  }

  private removeJob(job: SimJob): void {
    this.jobs.delete(job.JobId);
    this.tags.delete(`replicationjob:${job.JobId}`);
    this.releaseSource(job);
    for (const [token, id] of this.clientTokens) if (id === job.JobId) this.clientTokens.delete(token);
  }

  // --------------------------------------------------------------------------------------------
  // Source Actions

  describeSourceServers(p: Params): object {
    const ids = readList(p, 'SourceId');
    const { pageNumber, pageSize } = paging(p);
    const state = p.State;
    if (state && !['Unavailable', 'Available', 'InUse', 'Deleting'].includes(state)) throw fault.invalid('State', 'unknown state');
    const jobSource = p.JobId ? this.jobs.get(p.JobId)?.SourceId ?? '\u0000none' : undefined;
    const all = [...this.sources.values()]
      .filter((s) => (ids.length === 0 || ids.includes(s.SourceId)) && (!state || s.State === state) && (!p.Name || s.Name === p.Name) && (jobSource === undefined || s.SourceId === jobSource))
      .sort((a, b) => b.CreationTime - a.CreationTime || (a.SourceId < b.SourceId ? -1 : 1));
    const page = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    return {
      PageNumber: pageNumber,
      PageSize: pageSize,
      TotalCount: all.length,
      SourceServers: { SourceServer: page.map((s) => this.renderSource(s)) },
    };
  }

  renderSource(s: SimSource): SourceServer {
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

  deleteSourceServer(p: Params): object {
    const id = required(p, 'SourceId');
    const force = optBool(p, 'Force') ?? false;
    const s = this.mustSource(id);
    if (s.State === 'Deleting') throw fault.sourceState();
    const jobs = [...this.jobs.values()].filter((j) => j.SourceId === id && j.Status !== 'Deleting');
    if (jobs.some((j) => j.Status === 'Running')) throw new SmcFault('SourceServer.WithRunningReplicationJob', 400, MSG.withRunning);
    if (jobs.length > 0 && !force) throw new SmcFault('ReplicationJob.Related', 400, MSG.related);
    for (const j of jobs) this.markDeleting(j);
    s.State = 'Deleting';
    s.goneAt = this.now + this.timing.deletingMs;
    return {};
  }

  modifySourceServerAttribute(p: Params): object {
    const id = required(p, 'SourceId');
    const s = this.mustSource(id);
    const name = p.Name;
    const description = p.Description;
    if (name !== undefined && !NAME_RE.test(name)) throw fault.invalid('Name', 'must be 2-128 characters, start with a letter and contain only letters, digits, ":", "_" or "-"');
    if (description !== undefined && (description.length > 256 || /^https?:\/\//.test(description))) throw fault.invalid('Description', 'must be at most 256 characters and not start with http:// or https://');
    if (s.State === 'Deleting') throw fault.sourceState();
    if (name !== undefined && [...this.sources.values()].some((o) => o !== s && o.Name === name)) throw new SmcFault('SourceServerName.Duplicate', 400, MSG.srcNameDup);
    if (name !== undefined) s.Name = name;
    if (description !== undefined) s.Description = description;
    return {};
  }

  // --------------------------------------------------------------------------------------------
  // Job Actions

  createReplicationJob(p: Params): object {
    const regionId = required(p, 'RegionId');
    const sourceId = required(p, 'SourceId');
    const systemDiskSize = intRange(p, 'SystemDiskSize', 20, 500, true)!;
    const token = p.ClientToken;
    if (token !== undefined && (token.length === 0 || token.length > 64 || !/^[\x20-\x7e]+$/.test(token))) throw fault.invalid('ClientToken', 'at most 64 ASCII characters');
    // Idempotency: a repeated token returns the job it created, whatever happened since.
    if (token && this.clientTokens.has(token)) return { JobId: this.clientTokens.get(token)! };

    const opts = this.parseTargetOptions(p, 'create');
    const runOnce = optBool(p, 'RunOnce') ?? true;
    const netMode = p.NetMode === undefined ? 0 : Number(p.NetMode);
    if (netMode !== 0 && netMode !== 2) throw fault.invalid('NetMode', 'valid values are 0 and 2');
    if (netMode === 2 && !p.VSwitchId) throw fault.missing('VSwitchId');
    if (p.VSwitchId && p.VpcId && this.vSwitches[p.VSwitchId] !== undefined && this.vSwitches[p.VSwitchId] !== p.VpcId) throw new SmcFault('VSwitchIdVpcId.Mismatch', 400, MSG.vswMismatch);
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
    if (opts.ValidTime !== undefined) this.checkValidTime(opts.ValidTime, this.now);

    const source = this.mustSource(sourceId);
    if (source.State !== 'Available') throw fault.sourceState();
    if ([...this.jobs.values()].some((j) => j.SourceId === sourceId && UNFINISHED.has(j.Status))) throw fault.sourceState();
    if (this.jobs.size >= this.maxJobs) throw new SmcFault('QuotaExceeded.ReplicationJob', 400, MSG.quota);
    const jobId = this.id('j');
    const name = opts.Name ?? jobId;
    if ([...this.jobs.values()].some((j) => j.Name === name)) throw new SmcFault('ReplicationJobName.Duplicate', 400, MSG.jobNameDup);
    this.checkDisks(source, opts.DataDisks);
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
      CreationTime: this.now,
      ScheduledStartTime: opts.ScheduledStartTime,
      ValidTime: opts.ValidTime ?? this.now + 30 * DAY,
      TargetType: targetType,
      ImageName: opts.ImageName ?? '',
      ImageId: '',
      InstanceId: opts.InstanceId ?? '',
      SystemDiskSize: systemDiskSize,
      DataDisks: opts.DataDisks ?? [],
      SystemDiskParts: opts.SystemDiskParts ?? [],
      VpcId: p.VpcId ?? (p.VSwitchId ? this.vSwitches[p.VSwitchId] ?? '' : ''),
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
      phaseStartedAt: this.now,
      syncDone: 0,
      weight: 1,
    };
    this.jobs.set(jobId, job);
    source.State = 'InUse';
    source.JobId = jobId;
    if (token) this.clientTokens.set(token, jobId);
    if (tags.length > 0) {
      const m = new Map<string, string>();
      for (const t of tags) m.set(t.key, t.value);
      this.tags.set(`replicationjob:${jobId}`, m);
    }
    return { JobId: jobId };
  }

  private checkValidTime(validTime: number, creation: number): void {
    if (validTime < creation + 7 * DAY || validTime > creation + 90 * DAY) throw fault.invalid('ValidTime', 'must be between creation time + 7 days and + 90 days');
  }

  private checkDisks(source: SimSource, disks: SimJob['DataDisks'] | undefined): void {
    if (!disks) return;
    const seen = new Set<number>();
    for (const d of disks) {
      if (seen.has(d.Index)) throw new SmcFault('DataDisk.DuplicateIndex', 400, MSG.dupIndex);
      seen.add(d.Index);
    }
    for (const d of disks) if (!source.DataDisks.some((sd) => sd.Index === d.Index)) throw new SmcFault('ReplicationJobDataDiskIndex.Invalid', 400, MSG.diskIndex);
  }

  /** Target options shared by Create and Modify (validated, absent ones undefined). */
  private parseTargetOptions(p: Params, mode: 'create' | 'modify') {
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
    if (scheduled !== undefined && (scheduled <= this.now || scheduled > this.now + 30 * DAY)) throw fault.invalid('ScheduledStartTime', 'must be later than now and within 30 days');
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

  deleteReplicationJob(p: Params): object {
    const job = this.mustJob(required(p, 'JobId'));
    if (job.Status === 'Running' || job.Status === 'Deleting') throw fault.jobStatus();
    this.markDeleting(job);
    return {};
  }

  private markDeleting(job: SimJob): void {
    job.Status = 'Deleting';
    job.BusinessStatus = '';
    job.goneAt = this.now + this.timing.deletingMs;
  }

  describeReplicationJobs(p: Params): object {
    const ids = readList(p, 'JobId');
    const sourceIds = readList(p, 'SourceId');
    if (ids.length > 50) throw fault.invalid('JobId.N', 'at most 50 values');
    if (sourceIds.length > 50) throw fault.invalid('SourceId.N', 'at most 50 values');
    const { pageNumber, pageSize } = paging(p);
    if (p.Status && !['Ready', 'Running', 'Stopped', 'InError', 'Finished', 'Waiting', 'Expired', 'Deleting'].includes(p.Status)) throw fault.invalid('Status', 'unknown status');
    if (p.BusinessStatus && !['Preparing', 'Syncing', 'Processing', 'Cleaning'].includes(p.BusinessStatus)) throw fault.invalid('BusinessStatus', 'unknown business status');
    const all = [...this.jobs.values()]
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
      ReplicationJobs: { ReplicationJob: page.map((j) => this.renderJob(j)) },
    };
  }

  renderJob(j: SimJob): ReplicationJob {
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

  modifyReplicationJobAttribute(p: Params): object {
    const job = this.mustJob(required(p, 'JobId'));
    const opts = this.parseTargetOptions(p, 'modify');
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
      this.checkValidTime(opts.ValidTime, job.CreationTime);
    }
    if (opts.Name !== undefined && [...this.jobs.values()].some((j) => j !== job && j.Name === opts.Name)) throw new SmcFault('ReplicationJobName.Duplicate', 400, MSG.jobNameDup);
    const source = this.sources.get(job.SourceId);
    if (opts.DataDisks && source) this.checkDisks(source, opts.DataDisks);
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
      if (job.Status === 'Waiting') job.nextRunAt = job.phaseStartedAt + opts.Frequency * this.timing.hourMs;
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

  startReplicationJob(p: Params): object {
    const job = this.mustJob(required(p, 'JobId'));
    if (!['Ready', 'Stopped', 'InError'].includes(job.Status)) throw fault.jobStatus();
    const source = this.sources.get(job.SourceId);
    if (!source || source.State === 'Unavailable' || source.State === 'Deleting') throw fault.sourceState();
    job.ScheduledStartTime = undefined;
    this.beginRun(job, this.now, 'Manual');
    return {};
  }

  stopReplicationJob(p: Params): object {
    const job = this.mustJob(required(p, 'JobId'));
    if (job.Status !== 'Running' || job.BusinessStatus !== 'Syncing') throw fault.jobStatus();
    const total = this.phaseDuration(job, 'Syncing');
    job.syncDone = Math.min(1, job.syncDone + (this.now - job.phaseStartedAt) / total);
    job.Status = 'Stopped';
    job.BusinessStatus = '';
    job.phaseStartedAt = this.now;
    return {};
  }

  cutOverReplicationJob(p: Params): object {
    const job = this.mustJob(required(p, 'JobId'));
    const syncData = optBool(p, 'SyncData') ?? false;
    if (job.Status !== 'Waiting') throw fault.jobStatus();
    const source = this.sources.get(job.SourceId);
    if (syncData && (!source || source.State === 'Unavailable' || source.State === 'Deleting')) throw fault.sourceState();
    job.nextRunAt = undefined;
    job.cuttingOver = true;
    if (syncData) {
      this.beginRun(job, this.now, 'Manual');
    } else {
      // No more data: clean the transit resources, then finish.
      job.Status = 'Running';
      job.BusinessStatus = 'Cleaning';
      job.phaseStartedAt = this.now;
    }
    return {};
  }

  // --------------------------------------------------------------------------------------------
  // Tags

  private resourceType(p: Params): 'sourceserver' | 'replicationjob' {
    const t = p.ResourceType;
    if (t === undefined || t === '') throw new SmcFault('MissingParameter.ResourceType', 400, MSG.missingResType);
    if (t !== 'sourceserver' && t !== 'replicationjob') throw new SmcFault('InvalidResourceType.NotFound', 400, MSG.resTypeNotFound);
    return t;
  }

  private resourceIds(p: Params, type: 'sourceserver' | 'replicationjob', requiredList: boolean): string[] {
    const ids = readList(p, 'ResourceId');
    if (requiredList && ids.length === 0) throw fault.missing('ResourceId.N');
    if (ids.length > 50) throw new SmcFault('NumberExceed.ResourceIds', 400, MSG.resIdsExceed);
    if (new Set(ids).size !== ids.length) throw new SmcFault('Duplicate.ResourceId', 400, MSG.dupResId);
    const exists = (id: string) => (type === 'sourceserver' ? this.sources.has(id) : this.jobs.has(id));
    if (ids.some((id) => !exists(id))) throw new SmcFault('InvalidResourceId.NotFound', 400, MSG.resIdNotFound);
    return ids;
  }

  tagResources(p: Params): object {
    const type = this.resourceType(p);
    const ids = this.resourceIds(p, type, true);
    const tags = readTags(p);
    for (const id of ids) {
      const current = this.tags.get(`${type}:${id}`) ?? new Map<string, string>();
      const merged = new Set([...current.keys(), ...tags.map((t) => t.key)]);
      if (merged.size > 20) throw new SmcFault('NumberExceed.Tags', 400, MSG.tagsExceed);
    }
    for (const id of ids) {
      const key = `${type}:${id}`;
      const current = this.tags.get(key) ?? new Map<string, string>();
      for (const t of tags) current.set(t.key, t.value);
      this.tags.set(key, current);
    }
    return {};
  }

  listTagResources(p: Params): object {
    const type = this.resourceType(p);
    const ids = this.resourceIds(p, type, false);
    const filters = readStructList(p, 'Tag').map(({ n, fields }) => {
      if (fields.Value !== undefined && fields.Key === undefined) throw new SmcFault('InvalidParameter.TagValue', 400, 'The Tag.N.Value parameter is specified without Tag.N.Key.');
      if (fields.Key === undefined) throw fault.missing(`Tag.${n}.Key`);
      return { key: fields.Key, value: fields.Value };
    });
    if (filters.length > 20) throw new SmcFault('NumberExceed.Tags', 400, MSG.tagsExceed);
    let offset = 0;
    if (p.NextToken) {
      const o = this.nextTokens.get(p.NextToken);
      if (o === undefined) throw fault.invalid('NextToken', 'unknown or expired token');
      offset = o;
    }
    const prefix = `${type}:`;
    const pairs: TagResource[] = [];
    const keys = [...this.tags.keys()].filter((k) => k.startsWith(prefix)).sort();
    for (const k of keys) {
      const id = k.slice(prefix.length);
      if (ids.length > 0 && !ids.includes(id)) continue;
      const tags = this.tags.get(k)!;
      if (!filters.every((f) => tags.has(f.key) && (f.value === undefined || tags.get(f.key) === f.value))) continue;
      for (const [key, value] of [...tags.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        pairs.push({ ResourceType: `ALIYUN::SMC::${type.toUpperCase()}`, ResourceId: id, TagKey: key, TagValue: value });
      }
    }
    const page = pairs.slice(offset, offset + this.tagPageSize);
    let next = '';
    if (offset + this.tagPageSize < pairs.length) {
      next = Array.from({ length: 32 }, () => Math.floor(this.random() * 16).toString(16)).join('');
      this.nextTokens.set(next, offset + this.tagPageSize);
    }
    return { NextToken: next, TagResources: { TagResource: page } };
  }

  untagResources(p: Params): object {
    const type = this.resourceType(p);
    const ids = this.resourceIds(p, type, true);
    const keys = readList(p, 'TagKey');
    if (keys.length > 20) throw new SmcFault('NumberExceed.Tags', 400, MSG.tagsExceed);
    const all = optBool(p, 'All') ?? false;
    for (const id of ids) {
      const current = this.tags.get(`${type}:${id}`);
      if (!current) continue;
      if (keys.length > 0) for (const k of keys) current.delete(k);
      else if (all) current.clear();
      if (current.size === 0) this.tags.delete(`${type}:${id}`);
    }
    return {};
  }
}

// ----------------------------------------------------------------------------------------------
// Parameter helpers

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

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
