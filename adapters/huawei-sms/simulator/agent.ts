/**
 * The SMS Agent emulator: what the Agent installed on each source server does, over HTTP, through the
 * core Client (AK/SK signed like any caller). It is the only thing that moves tasks forward:
 *
 *   install  -> ShowConfig, RegisterServer (the source appears, joins the default project)
 *   each tick (SimClock.every) for every source it runs on:
 *     ShowCommand -> START / STOP / UPLOAD_LOG / SYNC / DELETE -> UpdateCommandResult
 *     ShowServer (current task) -> ShowTask -> UpdateTaskSpeed on the first unfinished sub-task
 *       (bytes for MIGRATE_* / SYNC_*, steps for the others), limited by the task's speed limit
 *     pending network check -> UpdateNetworkCheckInfo; consistency check -> UpdateConsistencyResult
 *     injected failure -> UpdateTask {error_json} + UpdateCopyState {copystate: ERROR}
 *     sync failure being rolled back (SYNC_F_ROLLBACKING) -> UpdateCopyState {copystate: STOPPED}
 *
 * The emulator reads the store only for hints the wire does not carry (a pending network check, the
 * consistency-check flag, the speed-limit windows); every state change goes through the HTTP API.
 * Detach a source (`detach`) and it stops calling: after the heartbeat timeout SMS reports it
 * disconnected.
 */
import type { SimClock } from '../../common/simulator/clock.js';
import { GatewayError } from '../../../src/core/errors.js';
import { Client } from '../client.js';
import type { RegisterServerRequestBody, ShowTaskResponse, SubTask } from '../generated/wire.js';
import { DATA_SUBTASKS, type SmsStore } from './model.js';

export interface AgentOptions {
  clock: SimClock;
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  store: SmsStore;
  /** Clock time between two polls of a source whose task is running. Default 5 s. */
  tickMs?: number;
  /** Clock time between two polls of an idle source (no running task). Default 30 s. */
  idleMs?: number;
  /** Replication rate before speed limits, bytes per second of clock time. Default 100 MiB/s. */
  bytesPerSecond?: number;
  /** Percent a non-data sub-task (SSL_CONFIG, ATTACH_AGENT_IMAGE...) advances per tick. Default 50. */
  setupPercentPerTick?: number;
}

export interface AgentBehaviour {
  /** Fail the data copy when it reaches this percent (once; a restart then succeeds). */
  failAtPercent?: number;
  /** Error code reported in error_json. Default SMS.1302-like partition failure (SMS.1312). */
  failCode?: string;
  /** Multiplies the replication rate of this source (slow or fast servers). Default 1. */
  rateFactor?: number;
  /** Poll interval while idle, overriding AgentOptions.idleMs (e.g. a quieter bulk of sources). */
  idleMs?: number;
  /** Poll interval while a task runs, overriding AgentOptions.tickMs (progress follows elapsed time). */
  tickMs?: number;
}

interface Managed {
  sourceId: string;
  behaviour: AgentBehaviour;
  /** Bytes copied per sub-task id (progress is integer percent on the wire). */
  copied: Map<number, number>;
  consistencyUploaded: Set<string>;
  /** Clock time of the last poll (data copied since is rate x elapsed time). */
  lastPoll: number;
  /** Whether the last poll saw a running task (polled every tickMs) or not (idleMs). */
  active: boolean;
  busy: boolean;
}

const GIB = 1024 ** 3;

export class AgentEmulator {
  readonly client: Client;
  private readonly managed = new Map<string, Managed>();
  private stopTimer: (() => void) | null = null;
  private readonly tickMs: number;
  private readonly idleMs: number;
  private readonly bytesPerSecond: number;
  private readonly setupStep: number;
  /** Calls that failed (diagnostics; the emulator keeps going like a real agent). */
  failedCalls = 0;
  lastError: unknown = null;
  ticks = 0;

  constructor(private readonly options: AgentOptions) {
    this.tickMs = options.tickMs ?? 5_000;
    this.idleMs = options.idleMs ?? 30_000;
    this.bytesPerSecond = options.bytesPerSecond ?? 100 * 1024 * 1024;
    this.setupStep = options.setupPercentPerTick ?? 50;
    this.client = new Client({
      endpoint: options.endpoint,
      credentials: options.credentials,
      account: 'sms-agent',
      now: () => new Date(options.clock.now()),
      retryLimit: 0,
      maxSockets: 8,
    });
  }

  /** Source ids the agent runs on. */
  sources(): string[] {
    return [...this.managed.keys()];
  }

  /** Installs the agent on a (new) source server: ShowConfig then RegisterServer. Returns the source id. */
  async install(profile: RegisterServerRequestBody, behaviour: AgentBehaviour = {}): Promise<string> {
    await this.client.showConfig();
    const res = await this.client.registerServer(profile);
    const id = res.id!;
    this.adopt(id, behaviour);
    return id;
  }

  /** Starts running on an already registered source. */
  adopt(sourceId: string, behaviour: AgentBehaviour = {}): void {
    this.managed.set(sourceId, {
      sourceId,
      behaviour,
      copied: new Map(),
      consistencyUploaded: new Set(),
      lastPoll: this.options.clock.now() - this.tickMs,
      active: true,
      busy: false,
    });
  }

  /** The agent on this source stops calling SMS (process killed / network cut). */
  detach(sourceId: string): void {
    this.managed.delete(sourceId);
  }

  setBehaviour(sourceId: string, behaviour: AgentBehaviour): void {
    const m = this.managed.get(sourceId);
    if (m) m.behaviour = behaviour;
  }

  start(): void {
    if (this.stopTimer) return;
    this.stopTimer = this.options.clock.every(this.tickMs, () => this.tick());
  }

  stop(): void {
    this.stopTimer?.();
    this.stopTimer = null;
  }

  async close(): Promise<void> {
    this.stop();
    this.client.close();
  }

  /**
   * Polls every source that is due (running task: every tickMs; idle: every idleMs). The clock calls
   * it every tickMs; `force` polls all sources now.
   */
  async tick(force = false): Promise<void> {
    this.ticks += 1;
    const now = this.options.clock.now();
    const due = [...this.managed.values()].filter((m) => {
      if (m.busy) return false;
      const interval = m.active ? (m.behaviour.tickMs ?? this.tickMs) : (m.behaviour.idleMs ?? this.idleMs);
      return force || now - m.lastPoll >= interval;
    });
    await Promise.all(due.map((m) => this.pollSource(m)));
  }

  private async pollSource(m: Managed): Promise<void> {
    m.busy = true;
    const now = this.options.clock.now();
    const elapsedMs = Math.min(Math.max(now - m.lastPoll, 0), 10 * 60_000);
    m.lastPoll = now;
    try {
      await this.runOnce(m, elapsedMs);
    } catch (err) {
      this.failedCalls += 1;
      this.lastError = err;
      // The source record was deleted: a real agent would have to be restarted to register again.
      if (err instanceof GatewayError && err.providerCode === 'SMS.7602') this.detach(m.sourceId);
    } finally {
      m.busy = false;
    }
  }

  private async runOnce(m: Managed, elapsedMs: number): Promise<void> {
    const c = this.client;
    const id = m.sourceId;
    const cmd = await c.showCommand(id);
    if (cmd.command_name) {
      const detail: Record<string, unknown> = { agent_time: new Date(this.options.clock.now()).toISOString() };
      if (cmd.command_name === 'UPLOAD_LOG') detail.log_file = `sms-agent-${id}.zip`;
      await c.updateCommandResult(id, { command_name: cmd.command_name, result: 'success', result_detail: detail });
    }
    const server = await c.showServer(id);
    const current = server.current_task;
    m.active = current?.state === 'RUNNING' || current?.state === 'SYNCING' || current?.state === 'ABORTING';
    if (!current?.id) return;
    const taskId = current.id;
    const hint = this.options.store.tasks.get(taskId);
    if (hint?.network_check_pending) await this.networkCheck(taskId);
    const state = current.state;
    if (hint?.is_need_consistency_check && (state === 'SYNCING' || state === 'MIGRATE_SUCCESS') && !m.consistencyUploaded.has(taskId)) {
      m.consistencyUploaded.add(taskId);
      await c.updateConsistencyResult(taskId, {
        consistency_result: [
          { dir_check: server.os_type === 'WINDOWS' ? 'C:\\' : '/', num_total_files: 182_337, num_different_files: 0, num_target_miss_files: 0, num_target_more_files: 0 },
        ],
      });
    }
    // A failed synchronisation is rolled back on the source, then reported as stopped.
    if (state === 'SYNC_F_ROLLBACKING') {
      await c.updateCopyState(id, { copystate: 'STOPPED' });
      return;
    }
    if (state !== 'RUNNING' && state !== 'SYNCING') return;
    const task = await c.showTask(taskId);
    const sub = (task.sub_tasks ?? []).find((s) => (s.progress ?? 0) < 100);
    if (!sub?.name) return;
    await this.advance(m, task, sub, server.totalsize ?? 0, elapsedMs);
  }

  private async networkCheck(taskId: string): Promise<void> {
    const seed = [...taskId].reduce((a, ch) => a + ch.charCodeAt(0), 0);
    await this.client.updateNetworkCheckInfo(taskId, {
      domain_connectivity: true,
      destination_connectivity: true,
      network_delay: 8 + (seed % 40),
      network_jitter: 1 + (seed % 7),
      migration_speed: 200 + (seed % 600),
      loss_percentage: seed % 3 === 0 ? 0.5 : 0,
      cpu_usage: 10 + (seed % 30),
      mem_usage: 20 + (seed % 40),
      evaluation_result: seed % 5 === 0 ? 'warning' : 'normal',
    });
  }

  private async advance(m: Managed, task: ShowTaskResponse, sub: SubTask, reportedTotal: number, elapsedMs: number): Promise<void> {
    const taskId = task.id!;
    const name = sub.name!;
    const tickSec = elapsedMs / 1000;
    const hint = this.options.store.tasks.get(taskId);
    const limitMbps = hint ? this.options.store.effectiveSpeedLimit(hint, this.options.clock.now()) : (task.speed_limit ?? 0);
    let rate = this.bytesPerSecond * (m.behaviour.rateFactor ?? 1);
    if (limitMbps > 0) rate = Math.min(rate, (limitMbps * 1_000_000) / 8);
    const fullTotal = reportedTotal > 0 ? reportedTotal : 10 * GIB;
    const usage = this.usage(taskId);
    if (DATA_SUBTASKS.has(name)) {
      // A resync copies the changes only (a tenth of the data).
      const total = name.startsWith('SYNC_') ? Math.max(1, Math.floor(fullTotal / 10)) : fullTotal;
      const before = m.copied.get(sub.id!) ?? Math.floor(((sub.progress ?? 0) / 100) * total);
      const done = Math.min(total, before + Math.floor(rate * tickSec));
      m.copied.set(sub.id!, done);
      let progress = done >= total ? 100 : Math.min(99, Math.floor((done / total) * 100));
      const fail = m.behaviour.failAtPercent;
      if (fail !== undefined && progress >= fail && name.startsWith('MIGRATE_')) {
        progress = fail;
        await this.client.updateTaskSpeed(taskId, {
          subtask_name: name as never,
          progress,
          replicatesize: Math.floor((fail / 100) * total),
          totalsize: total,
          process_trace: `${name}: error`,
          migrate_speed: 0,
        });
        m.behaviour = { ...m.behaviour, failAtPercent: undefined };
        m.copied.delete(sub.id!);
        const code = m.behaviour.failCode ?? 'SMS.1312';
        await this.client.updateTask(taskId, { error_json: JSON.stringify({ error_code: code, error_param: '["/dev/vdb1","I/O error"]' }) });
        await this.client.updateCopyState(m.sourceId, { copystate: 'ERROR' });
        return;
      }
      const remaining = total - done;
      await this.client.updateTaskSpeed(taskId, {
        subtask_name: name as never,
        progress,
        replicatesize: done,
        totalsize: total,
        process_trace: `${name}: ${progress}% (${Math.round(done / 1024 / 1024)} MiB of ${Math.round(total / 1024 / 1024)} MiB)`,
        migrate_speed: Math.round(((rate * 8) / 1_000_000) * 100) / 100,
        compress_rate: 1.6,
        remain_time: Math.ceil(remaining / rate),
        ...usage,
        agent_time: new Date(this.options.clock.now()).toISOString().slice(0, 19),
      });
      return;
    }
    const progress = Math.min(100, (sub.progress ?? 0) + this.setupStep);
    await this.client.updateTaskSpeed(taskId, {
      subtask_name: name as never,
      progress,
      replicatesize: 0,
      totalsize: fullTotal,
      process_trace: `${name}: ${progress === 100 ? 'done' : 'in progress'}`,
      ...usage,
    });
  }

  private usage(taskId: string) {
    const t = Math.floor(this.options.clock.now() / this.tickMs);
    const seed = [...taskId].reduce((a, ch) => a + ch.charCodeAt(0), 0) + t;
    return {
      total_cpu_usage: 20 + (seed % 40),
      agent_cpu_usage: 5 + (seed % 15),
      total_mem_usage: 2048 + (seed % 1024),
      agent_mem_usage: 128 + (seed % 64),
      total_disk_io: 50 + (seed % 200),
      agent_disk_io: 20 + (seed % 100),
    };
  }
}
