/**
 * The simulated SMC service's store and state machine: source servers, replication jobs, tags, client
 * tokens, and the transitions (beginRun, enterPhase, completeRun, failJob, removeJob, ...).
 *
 * No HTTP and no parameters: the Actions are handlers.ts (decoded parameters -> body or `SmcFault`,
 * errors.ts); the internal progress (phases, schedules, expiry, deletions) is driven by agent.ts. Time
 * comes only from `advance(now)`, which the HTTP layer calls with the SimClock's time before every
 * request and on every clock tick.
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
import type { ReplicationJob, SourceServerState } from '../generated/wire.js';
import { advanceJob, PROGRESS_BANDS, round2 } from './agent.js';
import { fault } from './errors.js';
import { seededRandom } from '../../common/simulator/random.js';

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

export interface JobPart {
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

export type Params = Readonly<Record<string, string>>;

export const NAME_RE = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5:_-]{1,127}$/;
export const TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
export const UNFINISHED: ReadonlySet<string> = new Set(['Ready', 'Running', 'Stopped', 'Waiting', 'InError', 'Expired']);
export const DAY = 24 * 3_600_000;


export function formatTime(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export class SmcModel {
  readonly timing: SimTiming;
  readonly maxJobs: number;
  readonly sources = new Map<string, SimSource>();
  readonly jobs = new Map<string, SimJob>();
  /** `${type}:${id}` -> key -> value. */
  readonly tags = new Map<string, Map<string, string>>();
  readonly clientTokens = new Map<string, string>();
  readonly nextTokens = new Map<string, number>();
  readonly vSwitches: Record<string, string>;
  readonly random: () => number;
  readonly tagPageSize: number;
  /** Service time (advanced by the agent, agent.ts). */
  now = 0;

  constructor(options: ServiceOptions = {}, start = Date.now()) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.maxJobs = options.maxJobs ?? 100;
    this.vSwitches = options.vSwitches ?? {};
    this.random = options.seed === undefined ? Math.random : seededRandom(options.seed);
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

  mustSource(id: string): SimSource {
    const s = this.sources.get(id);
    if (!s || s.goneAt !== undefined && s.goneAt <= this.now) throw fault.sourceNotFound();
    return s;
  }

  mustJob(id: string): SimJob {
    const j = this.jobs.get(id);
    if (!j) throw fault.jobNotFound();
    return j;
  }


  // --------------------------------------------------------------------------------------------
  // Time and the state machine (transitions; agent.ts drives them)

  // --------------------------------------------------------------------------------------------
  // Time
  currentTime(): number {
    return this.now;
  }

  /**
   * Brings every job and source up to `now` (phase changes, schedules, expiry, deletions). With
   * `only`, just those jobs (and the clock): the others catch up at the next full advance, with the
   * same result since every transition carries its own time. The demo's history replay uses it to
   * stay linear in the number of jobs.
   */
  advance(now: number, only?: readonly string[]): void {
    if (now < this.now) return;
    this.now = now;
    if (only) {
      for (const id of only) {
        const job = this.jobs.get(id);
        if (job) advanceJob(this, job, now);
      }
      return;
    }
    for (const job of [...this.jobs.values()]) advanceJob(this, job, now);
    for (const s of [...this.sources.values()]) {
      if (s.goneAt !== undefined && s.goneAt <= now) {
        this.sources.delete(s.SourceId);
        this.tags.delete(`sourceserver:${s.SourceId}`);
      }
    }
  }

  enterPhase(job: SimJob, phase: string, at: number): void {
    job.BusinessStatus = phase;
    job.phaseStartedAt = at;
    job.Progress = round2(PROGRESS_BANDS[phase]![0] + (phase === 'Syncing' ? 80 * job.syncDone : 0));
    if (phase === 'Preparing' && job.syncDone > 0) job.Progress = round2(5 + 80 * job.syncDone);
  }

  beginRun(job: SimJob, at: number, type: 'Manual' | 'Schedule'): void {
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

  completeRun(job: SimJob, at: number): void {
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

  failJob(job: SimJob, at: number, code: string, info: string): void {
    job.Status = 'InError';
    job.BusinessStatus = '';
    job.ErrorCode = code;
    job.StatusInfo = info;
    job.phaseStartedAt = at;
  }

  releaseSource(job: SimJob): void {
    const s = this.sources.get(job.SourceId);
    if (!s || s.State !== 'InUse') return;
    const other = [...this.jobs.values()].some((j) => j !== job && j.SourceId === s.SourceId && UNFINISHED.has(j.Status));
    if (!other) s.State = 'Available';
  }

  removeJob(job: SimJob): void {
    this.jobs.delete(job.JobId);
    this.tags.delete(`replicationjob:${job.JobId}`);
    this.releaseSource(job);
    for (const [token, id] of this.clientTokens) if (id === job.JobId) this.clientTokens.delete(token);
  }
}
