/**
 * Client <-> simulator: every Action over HTTP, the envelope, signature checks, request styles,
 * DescribeSMC semantics, request validation before sending, and the vendor's RetCode throttling
 * under HTTP 200. (Transport faults and retries common to every provider: test/contract.)
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { isGatewayError } from '../../src/core/errors.js';
import { Client } from '../../adapters/ucloudstack-smc/client.js';
import { signParams, verifySignature, formatValue } from '../../adapters/ucloudstack-smc/signer.js';
import { decryptTransferPassword } from '../../adapters/ucloudstack-smc/simulator/model.js';
import { AGENT_KEY, COMPANY, HOST, MAPPINGS, OTHER_KEY, REGION, REGION2, rejection, startEnv, USER_KEY, VM, type TestEnv } from './support.js';

async function raw(env: TestEnv, params: Record<string, string | number | boolean>, style: 'json' | 'form' | 'get' = 'json') {
  const signed = signParams(params, USER_KEY);
  const strs = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k, formatValue(v)]));
  const url = new URL(env.sim.endpoint);
  let res: Response;
  if (style === 'get') {
    for (const [k, v] of Object.entries(strs)) url.searchParams.set(k, v);
    res = await fetch(url);
  } else if (style === 'form') {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(strs).toString() });
  } else {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(signed) });
  }
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('client <-> simulator: every Action', () => {
  let env: TestEnv;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env.close();
  });

  test('CreateSMC (agent-side): returns an SMCID; the task is CREATING until the first heartbeat', async () => {
    const res = await env.agentClient.createSMC({
      Region: REGION,
      CompanyID: COMPANY,
      TagKeyValuePairs: ['env:prod'],
      Name: 'create-only',
      AgentVersion: 'v1.0.1',
      Disks: HOST.Disks,
    });
    assert.match(res.SMCID!, /^smc-/);
    assert.equal(res.Action, 'CreateSMCResponse');
    assert.equal(res.RetCode, 0);
    const d = await env.user.describeSMC({ Region: REGION, SMCIDs: [res.SMCID!] });
    assert.equal(d.Infos![0]!.State, 'CREATING');
    assert.deepEqual(d.Infos![0]!.Tags, [{ Key: 'env', Value: 'prod' }]);
    assert.equal(d.Infos![0]!.ProjectID, 'prj-a');
    assert.equal(d.Infos![0]!.DiskMappings!.length, 2);
    assert.equal(d.Infos![0]!.DiskMappings![0]!.MappingDiskID, undefined);
  });

  test('CreateSMC refusals: empty Name, bad Name, foreign CompanyID, unknown project', async () => {
    const base = { Region: REGION, CompanyID: COMPANY, TagKeyValuePairs: ['env:test'], Name: 'x', AgentVersion: 'v1' };
    const e1 = await rejection(env.agentClient.createSMC({ ...base, Name: '' }));
    assert.equal(e1.code, 'BAD_USER_INPUT');
    assert.equal(e1.field, 'params.Name'); // the catalog's 1-128 length: refused before sending
    assert.equal((await rejection(env.agentClient.createSMC({ ...base, Name: 'has space' }))).code, 'BAD_USER_INPUT');
    assert.equal((await rejection(env.agentClient.createSMC({ ...base, CompanyID: 999 }))).code, 'FORBIDDEN');
    const e4 = await rejection(env.agentClient.createSMC({ ...base, ProjectID: 'prj-nope' }));
    assert.equal(e4.providerCode, '292');
    assert.equal((await rejection(env.agentClient.createSMC({ ...base, Remark: 'see https://x' }))).code, 'BAD_USER_INPUT');
  });

  test('SMCHeartbeat (agent-side): CREATING -> Online; response carries Port 22, WholeFile, Bandwidth 0', async () => {
    const SMCID = (await env.agentClient.createSMC({ Region: REGION, CompanyID: COMPANY, TagKeyValuePairs: ['env:test'], Name: 'hb', AgentVersion: 'v1' })).SMCID!;
    const hb = await env.agentClient.smcHeartbeat({ Region: REGION, SMCID, State: 'ONLINE', CompanyID: COMPANY });
    assert.equal(hb.Action, 'SMCHeartbeatResponse');
    assert.equal(hb.SMCID, SMCID);
    assert.equal(hb.State, 'Online');
    assert.equal(hb.Port, 22);
    assert.equal(hb.WholeFile, true);
    assert.equal(hb.Bandwidth, 0);
    assert.equal(hb.CompressLevel, true);
    assert.equal(hb.Checksum, true);
    assert.deepEqual(hb.DiskMappings, []);
    const d = await env.user.describeSMC({ Region: REGION, SMCIDs: [SMCID] });
    assert.equal(d.Infos![0]!.State, 'Online');
    const bad = await rejection(env.agentClient.smcHeartbeat({ Region: REGION, SMCID, State: 'Flying' }));
    assert.equal(bad.code, 'BAD_USER_INPUT');
    const wrongRegion = await rejection(env.agentClient.smcHeartbeat({ Region: REGION2, SMCID, State: 'Online' }));
    assert.equal(wrongRegion.code, 'NOT_FOUND');
  });

  test('SetupSMC: configures the task; heartbeat delivers settings with the password encrypted', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    const res = await env.user.setupSMC({ Region: REGION, SMCID: id, VMID: VM.VMID, Host: '10.0.0.5', Bandwidth: 100, User: 'root', Password: 'Pa55-word!', DiskMappings: MAPPINGS });
    assert.equal(res.Action, 'SetupSMCResponse');
    const info = (await env.user.describeSMC({ Region: REGION, SMCIDs: [id] })).Infos![0]!;
    assert.equal(info.VMID, VM.VMID);
    assert.equal(info.Host, '10.0.0.5');
    assert.equal(info.Bandwidth, 100);
    assert.equal(info.User, 'root');
    assert.ok(!('Password' in info));
    assert.deepEqual(
      info.DiskMappings!.map((m) => [m.Device, m.MappingDiskID, m.Size]),
      [
        ['/dev/vda1', 'disk-root-01', 40],
        ['/dev/vdb1', 'disk-data-01', 50],
      ],
    );
    const hb = (await agent.beat())!;
    assert.equal(hb.VMID, VM.VMID);
    assert.equal(hb.Host, '10.0.0.5');
    assert.equal(hb.Bandwidth, 100);
    assert.equal(hb.User, 'root');
    assert.notEqual(hb.Password, 'Pa55-word!');
    assert.equal(decryptTransferPassword(hb.Password!, VM.VMID), 'Pa55-word!');
    assert.equal(hb.DiskMappings!.length, 2);
  });

  test('SetupSMC refusals: unknown VM, stopped VM, password without user, unmapped partition, bad Host', async () => {
    const agent = await env.agent();
    const base = { Region: REGION, SMCID: agent.smcId!, VMID: VM.VMID, Host: '10.0.0.5', DiskMappings: MAPPINGS };
    assert.equal((await rejection(env.user.setupSMC({ ...base, VMID: 'vm-nope' }))).code, 'NOT_FOUND');
    assert.equal((await rejection(env.user.setupSMC({ ...base, VMID: 'vm-stopped-01' }))).code, 'CONFLICT');
    assert.equal((await rejection(env.user.setupSMC({ ...base, Password: 'x-secret' }))).code, 'BAD_USER_INPUT');
    assert.equal((await rejection(env.user.setupSMC({ ...base, DiskMappings: [MAPPINGS[0]!] }))).code, 'BAD_USER_INPUT');
    assert.equal((await rejection(env.user.setupSMC({ ...base, Host: 'not-an-ip' }))).code, 'BAD_USER_INPUT');
    assert.equal((await rejection(env.user.setupSMC({ ...base, DiskMappings: [{ Device: '/dev/vda1', MappingDiskID: 'disk-unknown' }, MAPPINGS[1]!] }))).code, 'NOT_FOUND');
    assert.equal((await rejection(env.user.setupSMC({ ...base, SMCID: 'smc-nope' }))).code, 'NOT_FOUND');
  });

  test('StartSMC: Online -> Preparing (heartbeat delivers it); refused before SetupSMC', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    const refused = await rejection(env.user.startSMC({ Region: REGION, SMCID: id }));
    assert.equal(refused.code, 'CONFLICT');
    await env.user.setupSMC({ Region: REGION, SMCID: id, VMID: VM.VMID, Host: '10.0.0.5', DiskMappings: MAPPINGS });
    const res = await env.user.startSMC({ Region: REGION, SMCID: id });
    assert.equal(res.Action, 'StartSMCResponse');
    assert.equal((await env.user.describeSMC({ Region: REGION, SMCIDs: [id] })).Infos![0]!.State, 'Preparing');
    const hb = (await agent.beat())!;
    assert.equal(hb.State, 'Preparing');
    assert.equal(agent.state, 'Preparing');
  });

  test('StopSMC: Syncing -> Stopping -> (agent) Online; refused in Online', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    assert.equal((await rejection(env.user.stopSMC({ Region: REGION, SMCID: id }))).code, 'CONFLICT');
    await env.user.setupSMC({ Region: REGION, SMCID: id, VMID: VM.VMID, Host: '10.0.0.5', DiskMappings: MAPPINGS });
    await env.user.startSMC({ Region: REGION, SMCID: id });
    await agent.beat(); // takes up Preparing
    await agent.beat(); // reports Syncing
    assert.equal((await env.user.describeSMC({ Region: REGION, SMCIDs: [id] })).Infos![0]!.State, 'Syncing');
    const res = await env.user.stopSMC({ Region: REGION, SMCID: id });
    assert.equal(res.Action, 'StopSMCResponse');
    assert.equal((await env.user.describeSMC({ Region: REGION, SMCIDs: [id] })).Infos![0]!.State, 'Stopping');
    await agent.beat(); // learns Stopping
    await agent.beat(); // stopped: Online
    assert.equal((await env.user.describeSMC({ Region: REGION, SMCIDs: [id] })).Infos![0]!.State, 'Online');
  });

  test('CompleteSMC: refused unless Synced', async () => {
    const agent = await env.agent();
    const e = await rejection(env.user.completeSMC({ Region: REGION, SMCID: agent.smcId! }));
    assert.equal(e.code, 'CONFLICT');
    assert.match(String(e.providerCode), /^[0-9]+$/);
    assert.match(e.message, /CompleteSMC requires Synced/);
  });

  test('DeleteSMC: DELETING until the agent learns of it, then gone; without an agent after the grace period', async () => {
    const agent = await env.agent();
    const id = agent.smcId!;
    const res = await env.user.deleteSMC({ Region: REGION, SMCID: id });
    assert.equal(res.Action, 'DeleteSMCResponse');
    assert.equal((await env.user.describeSMC({ Region: REGION, SMCIDs: [id] })).Infos![0]!.State, 'DELETING');
    assert.equal((await rejection(env.user.startSMC({ Region: REGION, SMCID: id }))).code, 'CONFLICT');
    const hb = (await agent.beat())!;
    assert.equal(hb.State, 'Deleted');
    assert.equal(agent.state, 'Deleted');
    assert.equal((await env.user.describeSMC({ Region: REGION, SMCIDs: [id] })).TotalCount, 0);

    const SMCID = (await env.agentClient.createSMC({ Region: REGION, CompanyID: COMPANY, TagKeyValuePairs: ['env:test'], Name: 'orphan', AgentVersion: 'v1' })).SMCID!;
    await env.user.deleteSMC({ Region: REGION, SMCID });
    await env.clock.advance(35_000);
    assert.equal((await env.user.describeSMC({ Region: REGION, SMCIDs: [SMCID] })).TotalCount, 0);
    assert.equal((await rejection(env.user.deleteSMC({ Region: REGION, SMCID }))).code, 'NOT_FOUND');
  });

  test('DescribeSMC: SMCIDs override other filters, Keyword case-insensitive on Name or Remark, Limit clamped, TotalCount', async () => {
    const ids: string[] = [];
    for (const [name, remark] of [
      ['Alpha-web', ''],
      ['beta-db', 'holds the ALPHA ledger'],
      ['gamma-cache', ''],
    ] as const) {
      const SMCID = (await env.agentClient.createSMC({ Region: REGION2, CompanyID: COMPANY, TagKeyValuePairs: ['env:test'], Name: name, Remark: remark, AgentVersion: 'v1' })).SMCID!;
      ids.push(SMCID);
      await env.clock.advance(1_000);
    }
    const all = await env.user.describeSMC({ Region: REGION2 });
    assert.equal(all.TotalCount, 3);
    assert.deepEqual(all.Infos!.map((i) => i.Name), ['gamma-cache', 'beta-db', 'Alpha-web']); // newest first
    const kw = await env.user.describeSMC({ Region: REGION2, Keyword: 'alpha' });
    assert.deepEqual(kw.Infos!.map((i) => i.Name).sort(), ['Alpha-web', 'beta-db']);
    const byId = await env.user.describeSMC({ Region: REGION2, SMCIDs: [ids[2]!], Keyword: 'alpha', States: ['Online'] });
    assert.deepEqual(byId.Infos!.map((i) => i.SMCID), [ids[2]]);
    // The vendor clamps Limit to 1-100 (the client refuses such values before sending: raw requests).
    const one = (await raw(env, { Action: 'DescribeSMC', Region: REGION2, Limit: 0 })).body;
    assert.equal((one.Infos as unknown[]).length, 1);
    assert.equal(one.TotalCount, 3);
    const page = (await raw(env, { Action: 'DescribeSMC', Region: REGION2, Limit: 500, Offset: 1 })).body;
    assert.equal((page.Infos as unknown[]).length, 2);
    const states = await env.user.describeSMC({ Region: REGION2, States: ['creating'] });
    assert.equal(states.TotalCount, 3);
    assert.equal((await env.user.describeSMC({ Region: REGION2, States: ['Syncing'] })).TotalCount, 0);
    assert.equal((await env.user.describeSMC({ Region: REGION2, ProjectIDs: ['prj-b'] })).TotalCount, 0);
    assert.equal((await env.user.describeSMC({ Region: REGION2, CompanyID: 999 })).TotalCount, 0);
  });

  test('DescribeSMC isolation: other tenants and the common ProjectId scope', async () => {
    const other = new Client({ endpoint: env.sim.endpoint, credentials: OTHER_KEY });
    const scoped = new Client({ endpoint: env.sim.endpoint, credentials: USER_KEY, projectId: 'prj-b' });
    const badProject = new Client({ endpoint: env.sim.endpoint, credentials: USER_KEY, projectId: 'prj-x' });
    try {
      assert.equal((await other.describeSMC({ Region: REGION2 })).TotalCount, 0);
      assert.equal((await scoped.describeSMC({ Region: REGION2 })).TotalCount, 0);
      assert.equal((await env.user.describeSMC({ Region: REGION2 })).TotalCount! > 0, true);
      const e = await rejection(badProject.describeSMC({ Region: REGION2 }));
      assert.equal(e.providerCode, '292');
      const some = (await env.user.describeSMC({ Region: REGION2 })).Infos![0]!.SMCID!;
      assert.equal((await rejection(other.startSMC({ Region: REGION2, SMCID: some }))).code, 'FORBIDDEN');
    } finally {
      other.close();
      scoped.close();
      badProject.close();
    }
  });

  test('envelope: Action+"Response", RetCode, Message, request id header; GET, form and JSON styles all accepted', async () => {
    for (const style of ['get', 'form', 'json'] as const) {
      const r = await raw(env, { Action: 'DescribeSMC', Region: REGION, Limit: 1 }, style);
      assert.equal(r.status, 200, style);
      assert.equal(r.body.Action, 'DescribeSMCResponse');
      assert.equal(r.body.RetCode, 0);
      assert.equal(r.body.Message, '');
      assert.ok(typeof r.body.TotalCount === 'number');
      assert.ok(r.headers.get('x-ucloud-request-uuid'));
    }
  });

  test('platform refusals: unknown Action 161, missing Action 160, bad signature 171, unknown key 172, missing signature 170', async () => {
    assert.equal((await raw(env, { Action: 'DescribeUHostInstance', Region: REGION })).body.RetCode, 161);
    assert.equal((await raw(env, { Region: REGION })).body.RetCode, 160);
    const wrongKey = new Client({ endpoint: env.sim.endpoint, credentials: { publicKey: USER_KEY.publicKey, privateKey: 'wrong-private-key' } });
    const unknownKey = new Client({ endpoint: env.sim.endpoint, credentials: { publicKey: 'nobody', privateKey: 'x' } });
    try {
      const e = await rejection(wrongKey.describeSMC({ Region: REGION }));
      assert.equal(e.code, 'UNAUTHENTICATED');
      assert.equal(e.providerCode, '171');
      assert.equal(e.httpStatus, 200);
      assert.ok(e.requestId);
      assert.equal((await rejection(unknownKey.describeSMC({ Region: REGION }))).providerCode, '172');
    } finally {
      wrongKey.close();
      unknownKey.close();
    }
    const res = await fetch(env.sim.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ Action: 'DescribeSMC', Region: REGION, PublicKey: USER_KEY.publicKey }) });
    assert.equal(((await res.json()) as { RetCode: number }).RetCode, 170);
    const missingRegion = await raw(env, { Action: 'DescribeSMC' });
    assert.match(String(missingRegion.body.Message), /^StatusParamInvalid: missing parameter Region/);
  });
});

describe('client wire format', () => {
  test('the request is sent flattened, signed, as one JSON object', async () => {
    const bodies: Record<string, unknown>[] = [];
    const headers: http.IncomingHttpHeaders[] = [];
    const server = http.createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>;
      bodies.push(body);
      headers.push(req.headers);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ Action: `${String(body.Action)}Response`, RetCode: 0, Message: '' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const client = new Client({ endpoint: `http://127.0.0.1:${port}/api`, credentials: USER_KEY, projectId: 'prj-a' });
    try {
      const req = {
        Region: 'cn',
        SMCID: 'smc-xxxx',
        VMID: 'vm-xxxx',
        Host: '10.0.0.5',
        Bandwidth: 100,
        DiskMappings: [{ Device: '/dev/vda1', MountPoint: '/', IsRoot: true, Size: 40, MappingDiskID: 'disk-xxxx' }],
      };
      await client.setupSMC(req);
      const body = bodies[0]!;
      assert.deepEqual(Object.keys(body).sort(), [
        'Action',
        'Bandwidth',
        'DiskMappings.0.Device',
        'DiskMappings.0.IsRoot',
        'DiskMappings.0.MappingDiskID',
        'DiskMappings.0.MountPoint',
        'DiskMappings.0.Size',
        'Host',
        'ProjectId',
        'PublicKey',
        'Region',
        'SMCID',
        'Signature',
        'VMID',
      ]);
      assert.equal(body['DiskMappings.0.IsRoot'], true);
      assert.equal(body.Bandwidth, 100);
      const received = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, formatValue(v as string)]));
      assert.equal(verifySignature(received, USER_KEY.privateKey), true);
      assert.match(String(headers[0]!['content-type']), /application\/json/);
      assert.equal(headers[0]!['content-length'], String(Buffer.byteLength(JSON.stringify(body))));
    } finally {
      client.close();
      server.close();
    }
  });
});

describe('requests are validated (generated zod validators) before anything is sent', () => {
  let env: TestEnv;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env.close();
  });

  const bad: { name: string; field: string; send: (c: Client) => Promise<unknown> }[] = [
    { name: 'negative Bandwidth', field: 'params.Bandwidth', send: (c) => c.setupSMC({ Region: REGION, SMCID: 'smc-1', VMID: VM.VMID, Host: HOST.IP!, Bandwidth: -1, DiskMappings: MAPPINGS }) },
    { name: 'fractional Bandwidth', field: 'params.Bandwidth', send: (c) => c.setupSMC({ Region: REGION, SMCID: 'smc-1', VMID: VM.VMID, Host: HOST.IP!, Bandwidth: 1.5, DiskMappings: MAPPINGS }) },
    { name: 'a parameter the catalog does not have', field: 'params.NotInCatalogue', send: (c) => c.startSMC({ Region: REGION, SMCID: 'smc-1', NotInCatalogue: 'x' } as never) },
    { name: 'an unknown field of a DiskMapping', field: 'params.DiskMappings.0.Bogus', send: (c) => c.setupSMC({ Region: REGION, SMCID: 'smc-1', VMID: VM.VMID, Host: HOST.IP!, DiskMappings: [{ ...MAPPINGS[0]!, Bogus: 'x' } as never] }) },
    { name: 'missing SMCID', field: 'params.SMCID', send: (c) => c.stopSMC({ Region: REGION } as never) },
    { name: 'Limit above 100', field: 'params.Limit', send: (c) => c.describeSMC({ Region: REGION, Limit: 101 }) },
    { name: 'negative Offset', field: 'params.Offset', send: (c) => c.describeSMC({ Region: REGION, Offset: -1 }) },
    { name: 'Name longer than 128', field: 'params.Name', send: (c) => c.createSMC({ Region: REGION, CompanyID: COMPANY, TagKeyValuePairs: ['a:b'], Name: 'n'.repeat(129), AgentVersion: 'v1' }) },
    { name: 'Remark longer than 100', field: 'params.Remark', send: (c) => c.createSMC({ Region: REGION, CompanyID: COMPANY, TagKeyValuePairs: ['a:b'], Name: 'n', Remark: 'r'.repeat(101), AgentVersion: 'v1' }) },
    { name: 'Subtask Progress above 100', field: 'params.Subtasks.0.Progress', send: (c) => c.smcHeartbeat({ Region: REGION, SMCID: 'smc-1', State: 'Syncing', Subtasks: [{ Name: '/dev/vda1', Progress: 150 }] }) },
  ];
  for (const b of bad) {
    test(`${b.name}: BAD_USER_INPUT on ${b.field}, nothing sent`, async () => {
      const before = env.sim.server.totalRequests();
      const e = await rejection(b.send(env.user));
      assert.ok(isGatewayError(e), String(e));
      assert.equal(e.code, 'BAD_USER_INPUT');
      assert.equal(e.field, b.field);
      assert.equal(e.provider, 'ucloudstack-smc');
      assert.equal(e.account, 'ucs-test');
      assert.equal(env.sim.server.totalRequests(), before, 'no upstream request');
    });
  }
});

describe('vendor throttling and retries (only DescribeSMC is retried)', () => {
  let env: TestEnv;
  let smcId: string;
  before(async () => {
    env = await startEnv({ retryBackoffLimitMs: 1 });
    const agent = await env.agent();
    smcId = agent.smcId!;
    await env.user.setupSMC({ Region: REGION, SMCID: smcId, VMID: VM.VMID, Host: '10.0.0.5', DiskMappings: MAPPINGS });
  });
  after(async () => {
    await env.close();
  });

  test('DescribeSMC is retried after a throttling RetCode under HTTP 200 (THROTTLED by the code table, retried by the policy)', async () => {
    env.sim.server.resetCounts();
    env.sim.faults.failNext('throttle');
    const res = await env.user.describeSMC({ Region: REGION, SMCIDs: [smcId] });
    assert.equal(res.TotalCount, 1);
    assert.equal(env.sim.server.counts().DescribeSMC, 2);
  });

  test('DescribeSMC gives THROTTLED (153) once retries are exhausted', async () => {
    env.sim.server.resetCounts();
    env.sim.faults.failNext('throttle', 3);
    const e = await rejection(env.user.describeSMC({ Region: REGION }));
    assert.ok(isGatewayError(e));
    assert.equal(e.code, 'THROTTLED');
    assert.equal(e.providerCode, '153');
    assert.equal(e.retryable, true);
    assert.equal(env.sim.server.counts().DescribeSMC, 3);
  });

  for (const kind of ['serverError', 'throttle', 'reset'] as const) {
    test(`StartSMC is sent once under ${kind} and changes nothing`, async () => {
      env.sim.server.resetCounts();
      env.sim.faults.failNext(kind);
      const e = await rejection(env.user.startSMC({ Region: REGION, SMCID: smcId }));
      assert.equal(e.code, kind === 'throttle' ? 'THROTTLED' : 'UPSTREAM_UNAVAILABLE');
      assert.equal(e.outcome, kind === 'reset' ? 'UNKNOWN' : undefined);
      assert.equal(env.sim.server.counts().StartSMC, 1);
      assert.equal(env.sim.control.record(smcId)!.state, 'Online');
    });
  }

  test('agent-side Actions are not retried either', async () => {
    env.sim.server.resetCounts();
    env.sim.faults.failNext('serverError');
    const e = await rejection(env.agentClient.smcHeartbeat({ Region: REGION, SMCID: smcId, State: 'Online' }));
    assert.equal(e.code, 'UPSTREAM_UNAVAILABLE');
    assert.equal(e.httpStatus, 503);
    assert.equal(env.sim.server.counts().SMCHeartbeat, 1);
    env.sim.faults.failNext('serverError');
    await rejection(env.agentClient.createSMC({ Region: REGION, CompanyID: COMPANY, TagKeyValuePairs: ['env:test'], Name: 'n', AgentVersion: 'v1' }));
    assert.equal(env.sim.server.counts().CreateSMC, 1);
    assert.equal(AGENT_KEY.companyId, COMPANY);
  });

  test('latency is tolerated', async () => {
    env.sim.faults.configure({ latencyMs: 30 });
    const ok = await env.user.describeSMC({ Region: REGION });
    assert.ok((ok.TotalCount ?? 0) >= 1);
    env.sim.faults.reset();
  });
});
