/** Helpers for the client <-> simulator tests: a simulator on a ManualClock, clients, raw calls. */
import assert from 'node:assert/strict';
import http from 'node:http';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { GatewayError } from '../../src/core/errors.js';
import { Client, type ClientOptions } from '../../adapters/huawei-sms/client.js';
import { signHeaders } from '../../adapters/huawei-sms/signer.js';
import { createHuaweiSimulator, type HuaweiSimulator, type HuaweiSimulatorOptions } from '../../adapters/huawei-sms/simulator/index.js';
import { sourceProfile, taskBody, type ProfileOptions } from '../../adapters/huawei-sms/simulator/demo.js';
import type { RegisterServerRequestBody } from '../../adapters/huawei-sms/generated/wire.js';

export const AK = 'AKSIMTESTAKSIMTEST01';
export const SK = 'SKsimSKsimSKsimSKsimSKsimSKsimSKsim00001';
export const CREDS = { accessKeyId: AK, secretAccessKey: SK };

export interface SimEnv {
  sim: HuaweiSimulator;
  clock: ManualClock;
  /** A user-side client signing with the simulator clock (no retries: refusals are seen as they are). */
  client: Client;
  newClient(options?: Partial<ClientOptions>): Client;
  close(): Promise<void>;
}

export async function startSim(options: Partial<HuaweiSimulatorOptions> = {}): Promise<SimEnv> {
  const clock = new ManualClock();
  const sim = await createHuaweiSimulator({
    clock,
    credentials: [CREDS],
    agent: { tickMs: 5_000, idleMs: 5_000, bytesPerSecond: 1024 ** 3, setupPercentPerTick: 100 },
    ...options,
  });
  const clients: Client[] = [];
  const newClient = (o: Partial<ClientOptions> = {}) => {
    const c = new Client({ endpoint: sim.url, credentials: CREDS, now: () => new Date(clock.now()), retryLimit: 0, account: 'hw-test', ...o });
    clients.push(c);
    return c;
  };
  // The simulator's own tests send what SMS must refuse: this client does not validate.
  const client = newClient({ validate: false });
  return {
    sim,
    clock,
    client,
    newClient,
    close: async () => {
      for (const c of clients) c.close();
      await sim.close();
    },
  };
}

let ipSeq = 10;

export function linuxProfile(name: string, extra: Partial<ProfileOptions> = {}): RegisterServerRequestBody {
  ipSeq += 1;
  return sourceProfile({ name, os: 'LINUX', ip: `10.1.${Math.floor(ipSeq / 250)}.${(ipSeq % 250) + 2}`, disks: [{ sizeGiB: 40, usedGiB: 10 }], ...extra });
}

export function windowsProfile(name: string): RegisterServerRequestBody {
  ipSeq += 1;
  return sourceProfile({ name, os: 'WINDOWS', ip: `10.2.${Math.floor(ipSeq / 250)}.${(ipSeq % 250) + 2}`, disks: [{ sizeGiB: 60, usedGiB: 20 }] });
}

/** Installs the agent on a new source and creates a task for it (READY). */
export async function sourceWithTask(
  env: SimEnv,
  name: string,
  opts: Partial<Parameters<typeof taskBody>[2]> & { profile?: RegisterServerRequestBody } = {},
): Promise<{ sourceId: string; taskId: string; profile: RegisterServerRequestBody }> {
  const profile = opts.profile ?? linuxProfile(name);
  const sourceId = await env.sim.agent!.install(profile);
  const { id } = await env.client.createTask(taskBody(sourceId, profile, { name: `task-${name}`, ...opts }));
  return { sourceId, taskId: id!, profile };
}

/** Advances the clock in agent-tick steps until `done` holds (bounded). */
export async function advanceUntil(env: SimEnv, done: () => Promise<boolean>, maxSteps = 200, stepMs = 5_000): Promise<void> {
  for (let i = 0; i < maxSteps; i++) {
    if (await done()) return;
    await env.clock.advance(stepMs);
  }
  assert.fail(`condition not reached after ${maxSteps} steps of ${stepMs} ms`);
}

/** Asserts that `p` rejects with a GatewayError carrying the vendor code (and status, code). */
export async function refuses(
  p: Promise<unknown>,
  expected: { providerCode: string; httpStatus?: number; code?: GatewayError['code'] },
): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof GatewayError, `expected GatewayError, got ${String(e)}`);
    assert.equal(e.providerCode, expected.providerCode, e.message);
    if (expected.httpStatus !== undefined) assert.equal(e.httpStatus, expected.httpStatus, e.message);
    if (expected.code !== undefined) assert.equal(e.code, expected.code, e.message);
    return e;
  }
  return assert.fail(`expected a refusal with ${expected.providerCode}`);
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: Record<string, unknown> | null;
}

/** A raw HTTP call (signed with CREDS at the simulator clock unless `unsigned`). */
export async function rawCall(
  env: SimEnv,
  method: string,
  path: string,
  opts: { body?: string; headers?: Record<string, string>; unsigned?: boolean; credentials?: typeof CREDS; at?: number; sendBody?: string } = {},
): Promise<RawResponse> {
  const url = new URL(path, env.sim.url);
  let headers: Record<string, string> = { 'content-type': 'application/json', host: url.host, ...(opts.headers ?? {}) };
  if (!opts.unsigned) {
    headers = signHeaders({ method, url, headers, body: opts.body }, opts.credentials ?? CREDS, { now: new Date(opts.at ?? env.clock.now()) });
  }
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Record<string, unknown> | null = null;
        try {
          json = JSON.parse(text) as Record<string, unknown>;
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    const payload = opts.sendBody ?? opts.body;
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}
