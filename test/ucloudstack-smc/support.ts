/**
 * Shared set-up for the UCloudStack SMC tests: a simulator on a ManualClock with two regions, two
 * tenants and known keys, clients for the user and the agent, and a log-capturing logger.
 */
import type { Logger } from '../../src/core/model.js';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { loggingObserver } from '../../adapters/common/observe.js';
import { Client } from '../../adapters/ucloudstack-smc/client.js';
import { startSimulator, type SimVm, type UCloudStackSimulator } from '../../adapters/ucloudstack-smc/simulator/server.js';
import { SmcAgent, type AgentHost, type SmcAgentOptions } from '../../adapters/ucloudstack-smc/simulator/agent.js';

export const REGION = 'cn-test-1';
export const REGION2 = 'cn-test-2';
export const COMPANY = 100;
export const OTHER_COMPANY = 200;
export const USER_KEY = { publicKey: 'ucs-test-user-public', privateKey: 'ucs-test-user-private-0123456789abcdef', companyId: COMPANY };
export const AGENT_KEY = { publicKey: 'ucs-test-agent-public', privateKey: 'ucs-test-agent-private-0123456789abcdef', companyId: COMPANY };
export const OTHER_KEY = { publicKey: 'ucs-test-other-public', privateKey: 'ucs-test-other-private-0123456789abcdef', companyId: OTHER_COMPANY };

export const VM: SimVm = {
  VMID: 'vm-target-01',
  Region: REGION,
  running: true,
  disks: [
    { DiskID: 'disk-root-01', SizeGB: 100 },
    { DiskID: 'disk-data-01', SizeGB: 100 },
  ],
};
export const STOPPED_VM: SimVm = { VMID: 'vm-stopped-01', Region: REGION, running: false };

/** A source host as the agent discovers it (values from the catalogue's examples). */
export const HOST: AgentHost = {
  Name: 'erp-db-01',
  Remark: 'ERP database, rack B3',
  Hostname: 'erp-db-01.dc1.example.internal',
  IP: '10.0.0.21',
  OS: 'Linux',
  Arch: 'x86_64',
  Distribution: 'CentOS',
  DistributionVersion: '7.9',
  Kernel: '3.10.0-1160',
  Cores: 8,
  Memory: 16384,
  BootloaderType: 'BIOS',
  Disks: [
    { Device: '/dev/vda1', MountPoint: '/', FsType: 'xfs', Size: 40, Avail: 30, IsRoot: true },
    { Device: '/dev/vdb1', MountPoint: '/data', FsType: 'ext4', Size: 50, Avail: 40, IsRoot: false },
  ],
  Tags: ['env:prod', 'team:erp'],
};

export const MAPPINGS = [
  { Device: '/dev/vda1', MappingDiskID: 'disk-root-01' },
  { Device: '/dev/vdb1', MappingDiskID: 'disk-data-01' },
];

export interface Captured {
  logger: Logger;
  lines: string[];
}

/** A Logger that keeps every entry as one JSON line (bindings included). */
export function captureLogger(): Captured {
  const lines: string[] = [];
  const make = (bindings: Record<string, unknown>): Logger => {
    const write = (level: string) => (obj: object, msg?: string) => {
      lines.push(JSON.stringify({ level, ...bindings, ...obj, msg }));
    };
    return {
      debug: write('debug'),
      info: write('info'),
      warn: write('warn'),
      error: write('error'),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return { logger: make({}), lines };
}

export interface TestEnv {
  clock: ManualClock;
  sim: UCloudStackSimulator;
  user: Client;
  agentClient: Client;
  logs: Captured;
  agents: SmcAgent[];
  /** A started agent (registered, first heartbeat sent: Online). */
  agent(options?: Partial<SmcAgentOptions>): Promise<SmcAgent>;
  close(): Promise<void>;
}

export async function startEnv(opts: { retryBackoffLimitMs?: number } = {}): Promise<TestEnv> {
  const clock = new ManualClock();
  const sim = await startSimulator({
    clock,
    regions: [
      { id: REGION, alias: 'Test DC 1' },
      { id: REGION2, alias: 'Test DC 2' },
    ],
    tenants: [
      { companyId: COMPANY, companyName: 'Test Tenant', email: 'ops@example.com', projects: [{ id: 'prj-a', name: 'A' }, { id: 'prj-b', name: 'B' }] },
      { companyId: OTHER_COMPANY, companyName: 'Other Tenant', email: 'other@example.com', projects: [{ id: 'prj-x', name: 'X' }] },
    ],
    keys: [USER_KEY, AGENT_KEY, OTHER_KEY],
    vms: [VM, STOPPED_VM],
    offlineAfterMs: 60_000,
    deleteGraceMs: 30_000,
    housekeepingMs: 5_000,
  });
  const logs = captureLogger();
  const user = new Client({
    endpoint: sim.endpoint,
    credentials: USER_KEY,
    accountId: 'ucs-test',
    observer: loggingObserver(logs.logger),
    retryBackoffLimitMs: opts.retryBackoffLimitMs ?? 5,
  });
  const agentClient = new Client({ endpoint: sim.endpoint, credentials: AGENT_KEY, accountId: 'ucs-agent', observer: loggingObserver(logs.logger) });
  const agents: SmcAgent[] = [];
  return {
    clock,
    sim,
    user,
    agentClient,
    logs,
    agents,
    agent: async (options = {}) => {
      const a = new SmcAgent({ client: agentClient, clock, region: REGION, companyId: COMPANY, host: HOST, heartbeatMs: 10_000, ...options });
      await a.start();
      agents.push(a);
      return a;
    },
    close: async () => {
      for (const a of agents) a.stop();
      user.close();
      agentClient.close();
      await sim.close();
    },
  };
}

/** Asserts that a promise rejects and returns the error (for inspecting GatewayError fields). */
export async function rejection(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}
