/**
 * The embedded Alibaba SMC demo: the simulator on 127.0.0.1:0 with a RealClock and realistic data in
 * cn-hangzhou: sources in every state, jobs finished, failed, stopped, expired, scheduled, running
 * (moving visibly within tens of seconds) and incremental jobs cycling Waiting -> Running.
 *
 * The history is produced by the service's own state machine: seed events are replayed in time order
 * from ten days ago up to now, so every job's times, runs and images are consistent.
 * Demo timing: phases take seconds; one incremental "hour" (Frequency) lasts 20 s.
 */
import { randomBytes } from 'node:crypto';
import { RealClock, type SimClock } from '../../common/simulator/clock.js';
import type { DemoHandle } from '../../module.js';
import type { Logger } from '../../../src/core/model.js';
import { formatTime, type SimTiming } from './model.js';
import { startAlibabaSimulator } from './server.js';
import { HANDLERS } from './handlers.js';
import { seededRandom } from '../../common/simulator/random.js';

export interface AlibabaDemoOptions {
  /** The simulator clock (default real time); see DemoOptions.clock in adapters/port.ts. */
  clock?: SimClock;
  accountId: string;
  logger: Logger;
  /** Number of replication jobs (default 30; raise for load tests: the job quota follows). */
  volume?: number;
  /** The port's `scale`: used as `volume` when that is not given. */
  scale?: number;
  region?: string;
  /** Deterministic data. */
  seed?: number;
}

export const DEMO_REGION = 'cn-hangzhou';

export const DEMO_TIMING: Partial<SimTiming> = {
  preparingMs: 4_000,
  syncingMs: 60_000,
  processingMs: 8_000,
  cleaningMs: 4_000,
  deletingMs: 5_000,
  hourMs: 20_000,
};

const HOSTS = ['web', 'api', 'db-mysql', 'cache-redis', 'erp', 'crm', 'files', 'mq', 'search', 'gitlab', 'jenkins', 'ad-dc', 'print', 'mail', 'bi'];
const ENVS = ['prod', 'stage', 'dev'];
const PLATFORMS: { platform: string; windows?: boolean }[] = [
  { platform: 'CentOS' },
  { platform: 'Ubuntu' },
  { platform: 'Debian' },
  { platform: 'Red Hat Enterprise Linux' },
  { platform: 'Windows Server 2019', windows: true },
  { platform: 'Windows Server 2016', windows: true },
  { platform: 'Alibaba Cloud Linux' },
];

type Scenario = 'running' | 'finished' | 'ready' | 'scheduled' | 'failed' | 'stopped' | 'incremental' | 'expired' | 'container' | 'cutover';
const MIX: Scenario[] = ['running', 'finished', 'running', 'incremental', 'failed', 'running', 'finished', 'ready', 'stopped', 'scheduled', 'running', 'expired', 'container', 'incremental', 'cutover', 'finished'];


export async function startAlibabaDemo(opts: AlibabaDemoOptions): Promise<DemoHandle> {
  const region = opts.region ?? DEMO_REGION;
  const volume = Math.max(1, opts.volume ?? opts.scale ?? 30);
  const rand = seededRandom(opts.seed ?? 20260115);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const clock = opts.clock ?? new RealClock();
  const now = clock.now();
  const DAY = 86_400_000;
  const credentials = { accessKeyId: `LTAIdemo${randomBytes(6).toString('hex')}`, accessKeySecret: randomBytes(18).toString('base64url') };
  const sim = await startAlibabaSimulator({
    clock,
    credentials: [credentials],
    timing: DEMO_TIMING,
    maxJobs: Math.max(100, volume + 20),
    seed: opts.seed ?? 20260115,
    startAt: now - 10 * DAY,
    vSwitches: { 'vsw-bp1demo0001': 'vpc-bp1demo0001' },
    tickMs: 1_000,
  });
  const svc = sim.service;
  // The history's events, kept sorted by time (equal times in insertion order): an event may
  // schedule later ones, inserted in place, so the replay stays O(events log events) at any volume.
  const events: { at: number; run: () => void }[] = [];
  const at = (t: number, run: () => void) => {
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (events[mid]!.at <= t) lo = mid + 1;
      else hi = mid;
    }
    events.splice(lo, 0, { at: t, run });
  };

  // Sources: one per job, plus idle and broken ones.
  const sourceCount = volume + Math.max(6, Math.ceil(volume / 5));
  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const os = pick(PLATFORMS);
    const host = `${HOSTS[i % HOSTS.length]}-${ENVS[Math.floor(i / HOSTS.length) % ENVS.length]}-${String(1 + Math.floor(i / (HOSTS.length * ENVS.length))).padStart(2, '0')}`;
    const dataDiskCount = Math.floor(rand() * 3);
    const cores = pick([2, 4, 8, 16]);
    const s = svc.addSource({
      Name: host,
      Description: `Server Source Imported By GotoAliyun. Hostname: ${host}`,
      Platform: os.platform,
      CreationTime: now - 3 * DAY + Math.floor(rand() * DAY),
      SystemDiskSize: pick([40, 50, 80, 100]),
      AgentVersion: pick(['2.2.0', '2.5.7', '2.8.1']),
      SystemInfo: {
        agent_mode: 'daemon',
        agent_type: 'aliyun',
        client_type: '',
        cores: String(cores),
        cpu_usage: (rand() * 40).toFixed(2),
        hostname: host,
        ipv4: `192.168.${10 + Math.floor(i / 240)}.${10 + (i % 240)}`, // unique and valid up to 58,800 sources
        memory: String(pick([4, 8, 16, 32])) + '.00',
        memory_usage: (rand() * 70).toFixed(2),
      },
      SystemDiskParts: os.windows
        ? [{ Path: 'C:', Device: '0_0', CanBlock: true, Need: true, SizeBytes: 42_949_672_960 }]
        : [
            { Path: '/boot', Device: '0_0', CanBlock: true, Need: true, SizeBytes: 1_073_741_824 },
            { Path: '/', Device: '0_1', CanBlock: true, Need: true, SizeBytes: 38_654_705_664 },
          ],
      DataDisks: Array.from({ length: dataDiskCount }, (_, d) => ({
        Index: d + 1,
        Path: os.windows ? `${String.fromCharCode(68 + d)}:` : `/data${d + 1}`,
        Size: pick([100, 200, 500]),
        Parts: [{ Path: os.windows ? `${String.fromCharCode(68 + d)}:` : `/data${d + 1}`, Device: `${d + 1}_0`, CanBlock: true, Need: false, SizeBytes: 100 * 1024 ** 3 }],
      })),
    });
    return { s, windows: !!os.windows };
  });

  let jobNo = 0;
  const create = (i: number, t: number, extra: Record<string, string>, weight: number): string => {
    const src = sources[i]!;
    const params: Record<string, string> = {
      RegionId: region,
      SourceId: src.s.SourceId,
      SystemDiskSize: String(Math.max(20, src.s.SystemDiskSize)),
      Name: `mig-${src.s.Name}-${++jobNo}`,
      Description: `Migrate ${src.s.Name} to ${region}`,
      ImageName: `img-${src.s.Name}-${jobNo}`,
      ReplicationParameters: JSON.stringify({ bandwidth_limit: pick([0, 0, 50, 100, 200]), compress_level: 1, checksum: true }),
      ...extra,
    };
    src.s.DataDisks.forEach((d, k) => {
      params[`DataDisk.${k + 1}.Index`] = String(d.Index);
      params[`DataDisk.${k + 1}.Size`] = String(d.Size);
    });
    const { JobId } = HANDLERS.CreateReplicationJob(svc, params) as { JobId: string };
    const job = svc.jobs.get(JobId)!;
    job.weight = weight;
    job.CreationTime = t;
    return JobId;
  };
  // Every event on an existing job first brings that job (only) up to the event's time.
  const upTo = (id: string) => svc.advance(svc.currentTime(), [id]);
  const start = (id: string) => {
    upTo(id);
    HANDLERS.StartReplicationJob(svc, { JobId: id });
  };

  for (let i = 0; i < volume; i++) {
    const scenario = MIX[i % MIX.length]!;
    const weight = 0.5 + rand() * 1.5;
    const created = now - 2 * DAY + Math.floor(rand() * DAY);
    switch (scenario) {
      case 'running': {
        const started = now - Math.floor(rand() * 70_000);
        at(started - 60_000, () => {
          const id = create(i, started - 60_000, {}, weight);
          at(started, () => start(id));
        });
        break;
      }
      case 'finished':
        at(created, () => {
          const id = create(i, created, {}, weight);
          at(created + 30 * 60_000, () => start(id));
        });
        break;
      case 'ready':
        at(created, () => void create(i, created, {}, weight));
        break;
      case 'scheduled': {
        const t = now - 5 * 60_000;
        at(t, () => void create(i, t, { ScheduledStartTime: formatTime(now + 30_000 + Math.floor(rand() * 30_000))! }, weight));
        break;
      }
      case 'failed':
        at(created, () => {
          const id = create(i, created, {}, weight);
          svc.planFailure(id, 0.3 + rand() * 0.4, 'S5', JSON.stringify({ error_code: 'S5', error_msg: 'Rsync transfer interrupted: connection reset by peer.' }));
          at(created + 10 * 60_000, () => start(id));
        });
        break;
      case 'stopped':
        at(created, () => {
          const id = create(i, created, {}, 2);
          at(created + 60_000, () => start(id));
          at(created + 60_000 + 20_000, () => {
            upTo(id);
            HANDLERS.StopReplicationJob(svc, { JobId: id });
          });
        });
        break;
      case 'incremental': {
        const t = now - 5 * 60_000 - Math.floor(rand() * 60_000);
        at(t, () => {
          const id = create(i, t, { RunOnce: 'false', Frequency: String(1 + Math.floor(rand() * 3)), MaxNumberOfImageToKeep: '3' }, 0.5);
          at(t + 1_000, () => start(id));
        });
        break;
      }
      case 'cutover': {
        const t = now - 4 * 60_000;
        at(t, () => {
          const id = create(i, t, { RunOnce: 'false', Frequency: '6', MaxNumberOfImageToKeep: '2' }, 0.5);
          at(t + 1_000, () => start(id));
          // The first run ends within ~45 s; cut over (with a final sync) while Waiting.
          at(t + 90_000, () => {
            upTo(id);
            HANDLERS.CutOverReplicationJob(svc, { JobId: id, SyncData: 'true' });
          });
        });
        break;
      }
      case 'expired': {
        // Created 9 days ago with the shortest validity (7 days): Expired for ~2 days, kept 7 days.
        const t = now - 9 * DAY;
        at(t, () => void create(i, t, { ValidTime: formatTime(t + 7 * DAY + 60_000)! }, weight));
        break;
      }
      case 'container':
        if (sources[i]!.windows) {
          at(created, () => {
            const id = create(i, created, {}, weight);
            at(created + 60_000, () => start(id));
          });
        } else {
          at(created, () => {
            const id = create(i, created, { TargetType: 'ContainerImage', ContainerNamespace: 'migrated', ContainerRepository: sources[i]!.s.Name, ContainerTag: 'v1' }, weight);
            at(created + 60_000, () => start(id));
          });
        }
        break;
    }
  }

  // Broken / offline sources among the spare ones.
  const spare = sources.slice(volume);
  if (spare[0]) svc.setSourceState(spare[0].s.SourceId, 'Unavailable', 'SourceServer.Offline');
  if (spare[1]) svc.setSourceState(spare[1].s.SourceId, 'Unavailable', 'SourceServer.Error', JSON.stringify({ error_code: 'S1', error_msg: 'Rsync not found. Please install rsync.' }));

  // Replay the history in time order (events may schedule later events): the clock moves to each
  // event, the job it touches catches up (upTo), and every job catches up at the end.
  for (let i = 0; i < events.length; i++) {
    const next = events[i]!;
    svc.advance(Math.min(next.at, clock.now()), []);
    next.run();
  }
  svc.advance(clock.now());

  // A few tags.
  let tagged = 0;
  for (const job of svc.jobs.values()) {
    if (tagged++ % 3 !== 0) continue;
    HANDLERS.TagResources(svc, { ResourceType: 'replicationjob', 'ResourceId.1': job.JobId, 'Tag.1.Key': 'team', 'Tag.1.Value': pick(['infra', 'payments', 'data']), 'Tag.2.Key': 'wave', 'Tag.2.Value': pick(['1', '2', '3']) });
  }
  for (const { s } of sources.slice(0, Math.ceil(sources.length / 2))) {
    HANDLERS.TagResources(svc, { ResourceType: 'sourceserver', 'ResourceId.1': s.SourceId, 'Tag.1.Key': 'env', 'Tag.1.Value': s.Name.split('-').at(-2) ?? 'prod' });
  }

  opts.logger.info({ provider: 'alibaba-smc', url: sim.url, sources: svc.sources.size, jobs: svc.jobs.size }, 'alibaba-smc demo simulator started');
  return {
    account: {
      id: opts.accountId,
      provider: 'alibaba-smc',
      endpoint: sim.url,
      regions: [region],
      label: 'Alibaba Cloud SMC (demo)',
      credentials: { ...credentials },
    },
    probe: { counts: () => sim.counts(), totalRequests: () => sim.totalRequests(), resetCounts: () => sim.resetCounts(), faults: sim.faults },
    close: () => sim.close(),
  };
}
