/**
 * The embedded demo: the UCloudStack simulator on 127.0.0.1:0 with a RealClock, emulated agents that
 * register over HTTP and heartbeat, and a small "operator" that keeps things moving (incremental
 * rounds after a sync, a cut-over, a failure, an agent that goes offline). States change visibly
 * within tens of seconds. `count` (or the port's `scale`) sets the number of SMCs (default 10;
 * up to MAX_SMCS (thousands start in seconds), the heartbeat interval grows with the count to keep the request rate modest).
 * Agent heartbeats reach the same simulator, so `probe.counts()` includes SMCHeartbeat traffic.
 */
import { randomBytes } from 'node:crypto';
import type { DemoHandle } from '../../module.js';
import type { Logger } from '../../../src/core/model.js';
import { RealClock, type SimClock } from '../../common/simulator/clock.js';
import { Client } from '../client.js';
import { PROVIDER_ID } from '../generated/wire.js';
import { SmcAgent, type AgentHost } from './agent.js';
import { startSimulator, type SimVm, type UCloudStackSimulator } from './server.js';
import { Refusal } from './errors.js';
import { classifyRetCode } from '../errors.js';
import { GatewayError } from '../../../src/core/errors.js';
import type { OperationId } from '../generated/operations.js';

export interface UCloudStackDemoOptions {
  /** The simulator clock (default real time); see DemoOptions.clock in adapters/port.ts. */
  clock?: SimClock;
  accountId: string;
  logger: Logger;
  /** Number of demo SMCs. Default 10. */
  count?: number;
  /** The port's name for `count` (ProviderModule.startDemo). */
  scale?: number;
  /** Heartbeat interval, real ms. Default max(2000, count * 100). */
  heartbeatMs?: number;
}

/** The most SMCs a demo seeds (host addresses stay unique and valid up to 61,440). */
export const MAX_SMCS = 20_000;
/** SMCs seeded over HTTP; the rest in-process (inProcessClient). */
const HTTP_SEEDED = 100;

type Scenario = 'idle' | 'configured' | 'full-sync' | 'mid-sync' | 'synced' | 'cutover' | 'failed' | 'offline' | 'slow-link' | 'locked';
const SCENARIOS: Scenario[] = ['full-sync', 'synced', 'mid-sync', 'idle', 'cutover', 'failed', 'configured', 'offline', 'slow-link', 'locked'];

const REGIONS = [
  { id: 'cn-private-1', alias: 'Private DC 1 (Shanghai)' },
  { id: 'cn-private-2', alias: 'Private DC 2 (Beijing)' },
];
const COMPANY_ID = 200_001;
const PROJECTS = [
  { id: 'prj-default', name: 'Default' },
  { id: 'prj-erp', name: 'ERP migration' },
];
const OS_CHOICES = [
  { OS: 'Linux', Distribution: 'CentOS', DistributionVersion: '7.9', Kernel: '3.10.0-1160', BootloaderType: 'BIOS' },
  { OS: 'Linux', Distribution: 'Ubuntu', DistributionVersion: '20.04', Kernel: '5.4.0-150', BootloaderType: 'UEFI' },
  { OS: 'Linux', Distribution: 'Debian', DistributionVersion: '11', Kernel: '5.10.0-21', BootloaderType: 'UEFI' },
  { OS: 'Windows', Distribution: 'Windows Server', DistributionVersion: '2019', Kernel: '10.0.17763', BootloaderType: 'UEFI' },
];
const ROLES = ['erp-db', 'web', 'billing', 'crm-app', 'file-srv', 'mq', 'cache', 'report', 'auth', 'gateway'];

function hostFor(i: number): AgentHost {
  const os = OS_CHOICES[i % OS_CHOICES.length]!;
  const role = ROLES[i % ROLES.length]!;
  const windows = os.OS === 'Windows';
  const rootSize = 40 + (i % 3) * 20;
  const dataSize = 50 + (i % 4) * 25;
  return {
    Name: `${role}-${String(i + 1).padStart(2, '0')}`,
    Remark: i % 3 === 0 ? `legacy ${role} host in rack B${(i % 7) + 1}` : undefined,
    Hostname: `${role}${i + 1}.dc1.example.internal`,
    IP: `10.20.${Math.floor(i / 240)}.${(i % 240) + 10}`,
    ...os,
    Arch: 'x86_64',
    Cores: [2, 4, 8, 16][i % 4],
    Memory: [4096, 8192, 16384, 32768][i % 4],
    Disks: windows
      ? [{ Device: 'C:', MountPoint: 'C:\\', FsType: 'ntfs', Size: rootSize, Avail: rootSize - 6, IsRoot: true }]
      : [
          { Device: '/dev/vda1', MountPoint: '/', FsType: 'xfs', Size: rootSize, Avail: rootSize - 5, IsRoot: true },
          { Device: '/dev/vdb1', MountPoint: '/data', FsType: 'ext4', Size: dataSize, Avail: dataSize - 4, IsRoot: false },
        ],
    Tags: [`env:${i % 2 === 0 ? 'prod' : 'staging'}`, `team:${role.split('-')[0]}`],
  };
}

/**
 * The client calls the demo and its agents make, run in-process by the simulator's `invoke` (same
 * handlers and store, no HTTP or signature); a refusal becomes the GatewayError the client raises.
 */
function inProcessClient(sim: UCloudStackSimulator, publicKey: string): Client {
  const call = (action: OperationId) => async (params: object) => {
    try {
      return sim.invoke(action, params as Record<string, unknown>, publicKey);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      throw new GatewayError(classifyRetCode(e.retCode, e.message)?.code ?? 'UPSTREAM_ERROR', e.message);
    }
  };
  return { createSMC: call('CreateSMC'), smcHeartbeat: call('SMCHeartbeat'), setupSMC: call('SetupSMC'), startSMC: call('StartSMC') } as unknown as Client;
}

export async function startDemo(opts: UCloudStackDemoOptions): Promise<DemoHandle> {
  const count = Math.max(1, Math.min(MAX_SMCS, Math.round(opts.count ?? opts.scale ?? 10)));
  const heartbeatMs = opts.heartbeatMs ?? Math.max(2_000, count * 100);
  const clock = opts.clock ?? new RealClock();
  const userKey = { publicKey: `ucs-demo-${randomBytes(8).toString('hex')}`, privateKey: randomBytes(20).toString('hex'), companyId: COMPANY_ID };
  const agentKey = { publicKey: `ucs-agent-${randomBytes(8).toString('hex')}`, privateKey: randomBytes(20).toString('hex'), companyId: COMPANY_ID };
  const vms: SimVm[] = [];
  for (let i = 0; i < count; i++) {
    vms.push({
      VMID: `vm-${String(i + 1).padStart(4, '0')}`,
      Region: REGIONS[i % 5 === 4 ? 1 : 0]!.id,
      running: true,
      disks: [
        { DiskID: `disk-${String(i + 1).padStart(4, '0')}a`, SizeGB: 200 },
        { DiskID: `disk-${String(i + 1).padStart(4, '0')}b`, SizeGB: 200 },
      ],
    });
  }
  const sim = await startSimulator({
    clock,
    regions: REGIONS,
    tenants: [{ companyId: COMPANY_ID, companyName: 'Demo Tenant', email: 'ops@example.com', projects: PROJECTS }],
    keys: [userKey, agentKey],
    vms,
    offlineAfterMs: Math.max(20_000, heartbeatMs * 5),
    deleteGraceMs: 30_000,
    housekeepingMs: 2_000,
  });
  const log = opts.logger.child({ provider: PROVIDER_ID, demo: true });
  const userClient = new Client({ endpoint: sim.endpoint, credentials: userKey, accountId: opts.accountId });
  const agentClient = new Client({ endpoint: sim.endpoint, credentials: agentKey, accountId: `${opts.accountId}-agents` });
  // The first HTTP_SEEDED SMCs are registered, configured and started over HTTP like real agents;
  // the bulk beyond them in-process (same handlers, no HTTP), so thousands start in a second.
  const bulkUser = inProcessClient(sim, userKey.publicKey);
  const bulkAgent = inProcessClient(sim, agentKey.publicKey);

  interface DemoSmc {
    agent: SmcAgent;
    scenario: Scenario;
    region: string;
    syncedSince: number | null;
  }
  const demo: DemoSmc[] = [];
  for (let i = 0; i < count; i++) {
    const http = i < HTTP_SEEDED;
    const scenario = SCENARIOS[i % SCENARIOS.length]!;
    const vm = vms[i]!;
    const host = hostFor(i);
    const agent = new SmcAgent({
      client: http ? agentClient : bulkAgent,
      clock,
      region: vm.Region,
      companyId: COMPANY_ID,
      projectId: PROJECTS[i % 4 === 3 ? 1 : 0]!.id,
      host,
      heartbeatMs,
      linkMbps: scenario === 'slow-link' ? 100 : 1000 + (i % 3) * 500,
      initialProgress: scenario === 'mid-sync' ? 0.55 : scenario === 'synced' || scenario === 'cutover' ? 0.97 : scenario === 'failed' ? 0.3 : 0.05,
      failAt: scenario === 'failed' ? 0.4 : undefined,
      prepareBeats: 2,
      completeBeats: 4,
    });
    const id = await agent.start();
    demo.push({ agent, scenario, region: vm.Region, syncedSince: null });
    if (scenario === 'idle' || scenario === 'offline') continue;
    await (http ? userClient : bulkUser).setupSMC({
      Region: vm.Region,
      SMCID: id,
      VMID: vm.VMID,
      Host: `172.16.${Math.floor(i / 240)}.${(i % 240) + 10}`,
      Bandwidth: scenario === 'slow-link' ? 50 : 0,
      DiskMappings: host.Disks.map((d, j) => ({ ...d, MappingDiskID: vm.disks![j]!.DiskID })),
    });
    if (scenario === 'configured') continue;
    if (scenario === 'locked') {
      sim.control.setLocked(id, true);
      continue;
    }
    await (http ? userClient : bulkUser).startSMC({ Region: vm.Region, SMCID: id });
  }
  for (const d of demo) if (d.scenario === 'offline') d.agent.stop();

  // The operator: incremental rounds a while after each sync, one cut-over, keeps the demo moving.
  const stopOperator = clock.every(3_000, async (now) => {
    for (const d of demo) {
      const id = d.agent.smcId;
      if (!id || d.agent.state === 'Deleted') continue;
      if (d.agent.state !== 'Synced') {
        d.syncedSince = null;
        continue;
      }
      d.syncedSince ??= now;
      try {
        if (d.scenario === 'cutover' && now - d.syncedSince >= 10_000) {
          await userClient.completeSMC({ Region: d.region, SMCID: id });
        } else if ((d.scenario === 'full-sync' || d.scenario === 'mid-sync' || d.scenario === 'slow-link') && now - d.syncedSince >= 20_000) {
          await userClient.startSMC({ Region: d.region, SMCID: id });
          d.syncedSince = null;
        }
      } catch (e) {
        log.debug({ smcId: id, error: (e as Error).message }, 'demo operator step refused');
      }
    }
  });

  log.info({ endpoint: sim.endpoint, smcs: count, regions: REGIONS.map((r) => r.id) }, 'UCloudStack SMC demo simulator started');
  return {
    account: {
      id: opts.accountId,
      provider: PROVIDER_ID,
      endpoint: sim.endpoint,
      regions: REGIONS.map((r) => r.id),
      label: 'UCloudStack SMC (demo)',
      credentials: { publicKey: userKey.publicKey, privateKey: userKey.privateKey },
    },
    probe: {
      counts: () => sim.server.counts(),
      totalRequests: () => sim.server.totalRequests(),
      resetCounts: () => sim.server.resetCounts(),
      faults: sim.faults,
    },
    close: async () => {
      stopOperator();
      for (const d of demo) d.agent.stop();
      userClient.close();
      agentClient.close();
      await sim.close();
    },
  };
}
