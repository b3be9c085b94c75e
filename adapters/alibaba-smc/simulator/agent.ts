/**
 * The simulated SMC agent's progress driver: what the migration agent on a source and the service's
 * scheduler do by themselves as (simulated) time passes. For each job, one transition at a time until
 * nothing changes: Running phases Preparing -> Syncing (scaled by the job's weight; planned failures)
 * -> Processing -> Cleaning -> Finished or Waiting; schedules (ScheduledStartTime, Frequency);
 * ValidTime expiry and the purge of Expired jobs; the end of Deleting. The transitions themselves are
 * the model's (model.ts).
 */
import type { SimJob, SmcModel } from './model.js';

/** Progress (%) band of each Running phase. */
export const PROGRESS_BANDS: Record<string, [number, number]> = {
  Preparing: [0, 5],
  Syncing: [5, 85],
  Processing: [85, 95],
  Cleaning: [95, 100],
};

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Brings one job up to `now`. */
export function advanceJob(m: SmcModel, job: SimJob, now: number): void {
  for (let guard = 0; guard < 10_000; guard++) {
    const before = `${job.Status}/${job.BusinessStatus}/${job.phaseStartedAt}`;
    stepJob(m, job, now);
    if (!m.jobs.has(job.JobId)) return;
    if (`${job.Status}/${job.BusinessStatus}/${job.phaseStartedAt}` === before) return;
  }
}

/** How long `phase` of `job` lasts (clock ms). */
export function phaseDuration(m: SmcModel, job: SimJob, phase: string): number {
  switch (phase) {
    case 'Preparing':
      return m.timing.preparingMs;
    case 'Syncing':
      return Math.max(1, Math.round(m.timing.syncingMs * job.weight));
    case 'Processing':
      return m.timing.processingMs;
    case 'Cleaning':
      return m.timing.cleaningMs;
    default:
      return 1;
  }
}

/** One transition at most (the caller loops until nothing changes). */
function stepJob(m: SmcModel, job: SimJob, now: number): void {
  switch (job.Status) {
    case 'Ready':
    case 'Stopped':
    case 'InError':
      if (job.Status === 'Ready' && job.ScheduledStartTime !== undefined && job.ScheduledStartTime <= now) {
        const at = job.ScheduledStartTime;
        job.ScheduledStartTime = undefined;
        m.beginRun(job, at, 'Schedule');
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
        m.beginRun(job, at, 'Schedule');
      }
      return;
    case 'Expired':
      if (job.expiredAt !== undefined && job.expiredAt + m.timing.expiredRetentionMs <= now) m.removeJob(job);
      return;
    case 'Deleting':
      if (job.goneAt !== undefined && job.goneAt <= now) m.removeJob(job);
      return;
    case 'Running':
      stepRunning(m, job, now);
      return;
    default:
      return;
  }
}

function stepRunning(m: SmcModel, job: SimJob, now: number): void {
  const source = m.sources.get(job.SourceId);
  if (!source || source.State === 'Unavailable') {
    m.failJob(job, now, source?.ErrorCode || 'SourceServer.Offline', 'The source server is offline or unavailable.');
    return;
  }
  const phase = job.BusinessStatus;
  const band = PROGRESS_BANDS[phase] ?? [0, 100];
  if (phase === 'Syncing') {
    const total = phaseDuration(m, job, 'Syncing');
    const remainingMs = (1 - job.syncDone) * total;
    const elapsed = now - job.phaseStartedAt;
    const plan = job.failPlan;
    if (plan && job.syncDone + elapsed / total >= plan.at) {
      const at = job.phaseStartedAt + Math.max(0, (plan.at - job.syncDone) * total);
      job.syncDone = plan.at;
      job.Progress = round2(band[0] + (band[1] - band[0]) * plan.at);
      job.failPlan = undefined;
      m.failJob(job, Math.min(now, Math.round(at)), plan.code, plan.info);
      return;
    }
    if (elapsed >= remainingMs) {
      job.syncDone = 1;
      m.enterPhase(job, 'Processing', job.phaseStartedAt + Math.round(remainingMs));
      return;
    }
    const done = job.syncDone + elapsed / total;
    job.Progress = round2(band[0] + (band[1] - band[0]) * done);
    return;
  }
  const duration = phaseDuration(m, job, phase);
  const elapsed = now - job.phaseStartedAt;
  if (elapsed >= duration) {
    const at = job.phaseStartedAt + duration;
    if (phase === 'Preparing') m.enterPhase(job, 'Syncing', at);
    else if (phase === 'Processing') m.enterPhase(job, 'Cleaning', at);
    else m.completeRun(job, at);
    return;
  }
  const resumed = phase === 'Preparing' && job.syncDone > 0 ? 5 + 80 * job.syncDone : 0;
  job.Progress = round2(Math.max(resumed, band[0] + ((band[1] - band[0]) * elapsed) / duration));
}
