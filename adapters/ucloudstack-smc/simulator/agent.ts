/**
 * An emulated SMC migration agent. Like the real one it talks to the platform only through the
 * agent-side Actions, over HTTP with the adapter's client: it registers the source with CreateSMC and
 * then calls SMCHeartbeat on a SimClock, reporting its state and per-partition subtasks and acting on
 * the state and transfer settings each heartbeat response carries.
 *
 * Local behaviour (inferred from the vendor's state list; the real agent is closed):
 *   Online --(server: Preparing)--> Preparing --(prepareBeats)--> Syncing --(all bytes)--> Synced
 *   Preparing/Syncing --(server: Stopping)--> Stopping --(1 beat)--> Online
 *   Synced --(server: Completing)--> Completing --(completeBeats)--> Completed
 *   any --(server: Deleted)--> uninstalled (heartbeats stop); --(server: Exception)--> Exception
 * Transfer rate: the response's Bandwidth (Mbit/s; 0 = unlimited -> linkMbps). A round transfers the
 * used bytes of each mapped partition (WholeFile) or `incrementalFraction` of them (incremental).
 */
import type { SimClock } from '../../common/simulator/clock.js';
import { isGatewayError } from '../../../src/core/errors.js';
import type { Logger } from '../../../src/core/model.js';
import type { Client } from '../client.js';
import type { CreateSMCRequest, Disk, SMCHeartbeatResponse, SMCState, SMCSubtask } from '../generated/wire.js';
import { parseSMCState } from '../mapper.js';
import { decryptTransferPassword } from './model.js';

const GIB = 1024 ** 3;

/** The host facts an agent reports in CreateSMC (the wire fields), with its disks and `key:value` tags. */
export type AgentHost = Omit<CreateSMCRequest, 'Region' | 'CompanyID' | 'ProjectID' | 'TagKeyValuePairs' | 'AgentVersion' | 'Disks'> & {
  Disks: Disk[];
  /** `key:value` strings. */
  Tags?: string[];
};

export interface SmcAgentOptions {
  /** A client with the agent's key (agent-side Actions). */
  client: Client;
  clock: SimClock;
  region: string;
  companyId: number;
  projectId?: string;
  host: AgentHost;
  agentVersion?: string;
  /** Clock ms between heartbeats. Default 10 s. */
  heartbeatMs?: number;
  /** Link speed used when Bandwidth is 0 (unlimited), Mbit/s. Default 1000. */
  linkMbps?: number;
  prepareBeats?: number;
  completeBeats?: number;
  /** Share of the used bytes an incremental round transfers. Default 0.05. */
  incrementalFraction?: number;
  /** The first full round starts with this share already transferred (demo data). Default 0. */
  initialProgress?: number;
  /** Report Exception when a round reaches this share (failure scenarios). */
  failAt?: number;
  logger?: Logger;
}

interface Work {
  name: string;
  total: number;
  done: number;
}

export class SmcAgent {
  smcId: string | null = null;
  /** The agent's own state (what it reports). */
  state: SMCState = 'Online';
  /** The last heartbeat response (tests). */
  lastResponse: SMCHeartbeatResponse | null = null;
  /** Whether the last response's password decrypted (the agent never exposes the plain text). */
  credentialsUsable = false;
  heartbeats = 0;
  private work: Work[] = [];
  private prepareLeft = 0;
  private completeLeft = 0;
  private stopLeft = 0;
  private firstRound = true;
  private lastBeatAt: number;
  private stopTimer: (() => void) | null = null;
  private bandwidthMbps = 0;
  private readonly o: Required<Omit<SmcAgentOptions, 'projectId' | 'failAt' | 'logger' | 'agentVersion'>> & SmcAgentOptions;

  constructor(options: SmcAgentOptions) {
    this.o = {
      heartbeatMs: 10_000,
      linkMbps: 1000,
      prepareBeats: 1,
      completeBeats: 2,
      incrementalFraction: 0.05,
      initialProgress: 0,
      ...options,
    };
    this.lastBeatAt = options.clock.now();
  }

  /** CreateSMC: registers the source; returns the SMCID. */
  async register(): Promise<string> {
    const h = this.o.host;
    const res = await this.o.client.createSMC({
      Region: this.o.region,
      CompanyID: this.o.companyId,
      ProjectID: this.o.projectId,
      // Required by the seed; an empty array cannot be sent in flattened form, so never send none.
      TagKeyValuePairs: h.Tags && h.Tags.length > 0 ? h.Tags : [`agent:${this.o.agentVersion ?? 'v1.0.1'}`],
      Name: h.Name,
      Remark: h.Remark,
      AgentVersion: this.o.agentVersion ?? 'v1.0.1',
      OS: h.OS,
      Arch: h.Arch,
      Distribution: h.Distribution,
      DistributionVersion: h.DistributionVersion,
      Kernel: h.Kernel,
      Cores: h.Cores,
      Memory: h.Memory,
      Hostname: h.Hostname,
      IP: h.IP,
      BootloaderType: h.BootloaderType,
      Disks: h.Disks,
    });
    if (!res.SMCID) throw new Error('CreateSMC returned no SMCID');
    this.smcId = res.SMCID;
    return res.SMCID;
  }

  /** Registers (if needed), sends a first heartbeat, then heartbeats every `heartbeatMs` of clock time. */
  async start(): Promise<string> {
    const id = this.smcId ?? (await this.register());
    this.lastBeatAt = this.o.clock.now();
    await this.beat();
    if (this.state !== 'Deleted' && !this.stopTimer) this.stopTimer = this.o.clock.every(this.o.heartbeatMs, () => this.beat().then(() => undefined));
    return id;
  }

  /** Stops heartbeating (the agent goes silent: the platform marks it Offline after a while). */
  stop(): void {
    this.stopTimer?.();
    this.stopTimer = null;
  }

  /** One heartbeat: advance local work by the clock time elapsed, report, act on the response. */
  async beat(): Promise<SMCHeartbeatResponse | null> {
    if (!this.smcId || this.state === 'Deleted') return null;
    const now = this.o.clock.now();
    this.advance((now - this.lastBeatAt) / 1000);
    this.lastBeatAt = now;
    let res: SMCHeartbeatResponse;
    try {
      res = await this.o.client.smcHeartbeat({
        Region: this.o.region,
        CompanyID: this.o.companyId,
        SMCID: this.smcId,
        State: this.state,
        DoneSubtask: this.work.filter((w) => w.done >= w.total).length,
        TotalSubtask: this.work.length,
        Subtasks: this.subtasks(),
      });
    } catch (e) {
      if (isGatewayError(e) && e.code === 'NOT_FOUND') {
        this.state = 'Deleted';
        this.stop();
      }
      this.o.logger?.debug({ smcId: this.smcId, error: isGatewayError(e) ? e.code : 'error' }, 'agent heartbeat failed');
      return null;
    }
    this.heartbeats++;
    this.lastResponse = res;
    this.react(res);
    return res;
  }

  private subtasks(): SMCSubtask[] {
    const rate = this.rateBytes();
    let running = true;
    return this.work.map((w) => {
      const pct = w.total > 0 ? Math.min(100, (w.done / w.total) * 100) : 100;
      const active = this.state === 'Syncing' && running && pct < 100;
      if (active) running = false;
      return { Name: w.name, Progress: Math.round(pct * 10) / 10, Speed: active ? formatRate(rate) : '0B/s' };
    });
  }

  private rateBytes(): number {
    const mbps = this.bandwidthMbps > 0 ? Math.min(this.bandwidthMbps, this.o.linkMbps) : this.o.linkMbps;
    return (mbps * 1_000_000) / 8;
  }

  private advance(seconds: number): void {
    switch (this.state) {
      case 'Preparing':
        if (--this.prepareLeft <= 0) this.state = 'Syncing';
        return;
      case 'Syncing': {
        let budget = this.rateBytes() * Math.max(0, seconds);
        for (const w of this.work) {
          if (budget <= 0) break;
          const take = Math.min(budget, w.total - w.done);
          w.done += take;
          budget -= take;
        }
        const total = this.work.reduce((a, w) => a + w.total, 0);
        const done = this.work.reduce((a, w) => a + w.done, 0);
        if (this.o.failAt !== undefined && this.firstRound && total > 0 && done / total >= this.o.failAt) {
          this.state = 'Exception';
          return;
        }
        if (done >= total) {
          this.state = 'Synced';
          this.firstRound = false;
        }
        return;
      }
      case 'Stopping':
        if (--this.stopLeft <= 0) this.state = 'Online';
        return;
      case 'Completing':
        if (--this.completeLeft <= 0) this.state = 'Completed';
        return;
      default:
        return;
    }
  }

  private react(res: SMCHeartbeatResponse): void {
    this.bandwidthMbps = res.Bandwidth ?? 0;
    if (res.Password && res.VMID) {
      try {
        decryptTransferPassword(res.Password, res.VMID);
        this.credentialsUsable = true;
      } catch {
        this.credentialsUsable = false;
      }
    }
    const wanted = parseSMCState(res.State);
    switch (wanted) {
      case 'Preparing':
        if (this.state === 'Online' || this.state === 'Synced') {
          this.state = 'Preparing';
          this.prepareLeft = this.o.prepareBeats;
          this.planRound(res);
        }
        return;
      case 'Stopping':
        if (this.state === 'Preparing' || this.state === 'Syncing') {
          this.state = 'Stopping';
          this.stopLeft = 1;
        }
        return;
      case 'Completing':
        if (this.state === 'Synced') {
          this.state = 'Completing';
          this.completeLeft = this.o.completeBeats;
        }
        return;
      case 'Deleted':
        this.state = 'Deleted';
        this.stop();
        return;
      case 'Exception':
        this.state = 'Exception';
        return;
      default:
        return;
    }
  }

  /** One subtask per mapped partition; a full round moves the used bytes, an incremental one a share. */
  private planRound(res: SMCHeartbeatResponse): void {
    const mapped = res.DiskMappings && res.DiskMappings.length > 0 ? res.DiskMappings : this.o.host.Disks;
    const whole = res.WholeFile !== false;
    const start = whole && this.firstRound ? Math.min(1, Math.max(0, this.o.initialProgress)) : 0;
    this.work = mapped.map((d, i) => {
      const used = Math.max(0, (d.Size ?? 0) - (d.Avail ?? 0)) * GIB;
      const total = Math.round(whole ? used : used * this.o.incrementalFraction);
      return { name: d.Device ?? `disk${i}`, total, done: Math.round(total * start) };
    });
  }
}

/** bytes/s -> "112.5MB/s" (binary units, as the mapper parses them). */
export function formatRate(bytesPerSecond: number): string {
  const units = ['B/s', 'KB/s', 'MB/s', 'GB/s'];
  let v = bytesPerSecond;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${Math.round(v * 10) / 10}${units[u]}`;
}
