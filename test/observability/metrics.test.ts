/**
 * Operations: upstream metrics, GraphQL operations counted over HTTP and WebSocket alike, the one
 * debug line per upstream call (same shape for all three adapters, no duplicate keys), request ids
 * and the access log. Against the three simulators, frozen on a ManualClock.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { print } from 'graphql';
import { PROVIDER_MODULES } from '../../adapters/index.js';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import type { DemoHandle } from '../../adapters/module.js';
import type { Logger } from '../../src/core/model.js';
import { AccountsDocument, TasksDocument } from '../generated/graphql.js';
import { gql, startTestGateway, wsClient, type TestGateway } from '../helpers/gateway.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

/** The value of one sample line `name{labels} value` (labels matched as a subset). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  let found = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const m = /^[^{ ]+(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const have = Object.fromEntries([...(m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) {
      total += Number(m[2]);
      found = true;
    }
  }
  return found ? total : 0;
}

/** Keys repeated inside one JSON object of a log line (pino can write the same key twice). */
function duplicateKeys(line: string): string[] {
  const dups: string[] = [];
  const stack: Set<string>[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '{') stack.push(new Set());
    else if (c === '}') stack.pop();
    else if (c === '"') {
      let j = i + 1;
      while (line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      const str = line.slice(i + 1, j);
      let k = j + 1;
      while (line[k] === ' ') k++;
      if (line[k] === ':' && stack.length) {
        const top = stack[stack.length - 1]!;
        if (top.has(str)) dups.push(str);
        top.add(str);
      }
      i = j;
    }
    i++;
  }
  return dups;
}

describe('operations: metrics, upstream log lines, request ids, access log', () => {
  const demos: DemoHandle[] = [];
  let gw: TestGateway;
  let metricsUrl: string;

  before(async () => {
    const clock = new ManualClock(Date.now());
    for (const mod of PROVIDER_MODULES) demos.push(await mod.startDemo({ accountId: `o-${mod.id}`, logger: silent, scale: 20, clock }));
    gw = await startTestGateway(demos.map((d) => d.account), { cache: { enabled: false } });
    metricsUrl = gw.url.replace(/\/graphql$/, '/metrics');
  });
  after(async () => {
    await gw?.close();
    await Promise.all(demos.map((d) => d.close()));
  });

  it('counts every upstream call by provider, account, region, catalog operation and outcome', async () => {
    const before = await (await fetch(metricsUrl)).text();
    const upstreamBefore = demos.reduce((n, d) => n + d.probe!.totalRequests(), 0);
    const res = await gql(gw.url, TasksDocument, { first: 5 });
    assert.equal(res.errors, undefined);
    const after = await (await fetch(metricsUrl)).text();
    const made = demos.reduce((n, d) => n + d.probe!.totalRequests(), 0) - upstreamBefore;
    assert.ok(made >= 3);
    const counted = sample(after, 'migraph_upstream_requests_total') - sample(before, 'migraph_upstream_requests_total');
    assert.equal(counted, made, 'one count per call the simulators received (no retries here)');
    for (const [provider, operation] of [
      ['huawei-sms', 'ListTasks'],
      ['alibaba-smc', 'DescribeReplicationJobs'],
      ['ucloudstack-smc', 'DescribeSMC'],
    ] as const) {
      const labels = { provider, account: `o-${provider}`, operation, outcome: 'ok' };
      assert.ok(sample(after, 'migraph_upstream_requests_total', labels) > sample(before, 'migraph_upstream_requests_total', labels), `${provider} ${operation}`);
      assert.ok(sample(after, 'migraph_upstream_request_duration_seconds_count', { provider, operation }) >= 1);
    }
    assert.match(after, /migraph_upstream_requests_total\{[^}]*region="cn-hangzhou"/, 'the Alibaba RegionId is the region label');
    assert.match(after, /^# TYPE migraph_cache_hits_total counter$/m);
    assert.match(after, /^# TYPE migraph_progress_polls_total counter$/m);
  });

  it('labels failed calls with the gateway error code, throttling and retries too', async () => {
    const ali = demos.find((d) => d.account.provider === 'alibaba-smc')!;
    const before = await (await fetch(metricsUrl)).text();
    ali.probe!.faults.failNext('throttle');
    const res = await gql(gw.url, TasksDocument, { first: 5, filter: { providers: ['ALIBABA_SMC'] } });
    const after = await (await fetch(metricsUrl)).text();
    const labels = { provider: 'alibaba-smc', operation: 'DescribeReplicationJobs' };
    const throttled = sample(after, 'migraph_upstream_throttled_total', labels) - sample(before, 'migraph_upstream_throttled_total', labels);
    const retries = sample(after, 'migraph_upstream_retries_total', labels) - sample(before, 'migraph_upstream_retries_total', labels);
    // A throttled read is retried by the adapter; if the retry succeeds the call is ok with one retry.
    if (res.errors?.length) {
      assert.equal(res.errors[0]!.extensions?.code, 'THROTTLED');
      assert.equal(throttled, 1);
    } else {
      assert.equal(retries, 1, 'the throttled attempt was retried');
    }
    assert.ok(throttled + retries >= 1);
  });

  it('counts GraphQL operations over HTTP and WebSocket alike, by type, name and outcome', async () => {
    const before = await (await fetch(metricsUrl)).text();
    await gql(gw.url, AccountsDocument);
    await gql(gw.url, '{ nope }');
    const client = wsClient(gw.wsUrl);
    await new Promise<void>((resolve, reject) => {
      client.subscribe({ query: print(AccountsDocument), operationName: 'Accounts' }, { next: () => {}, error: reject, complete: resolve });
    });
    await new Promise<void>((resolve) => {
      client.subscribe({ query: 'mutation { stopTask(id: "garbage") { id } }' }, { next: () => {}, error: () => resolve(), complete: resolve });
    });
    await client.dispose();
    const after = await (await fetch(metricsUrl)).text();
    const delta = (labels: Record<string, string>) => sample(after, 'migraph_graphql_requests_total', labels) - sample(before, 'migraph_graphql_requests_total', labels);
    assert.equal(delta({ transport: 'http', type: 'query', name: 'Accounts', outcome: 'ok' }), 1);
    assert.equal(delta({ transport: 'http', outcome: 'BAD_USER_INPUT' }), 1);
    assert.equal(delta({ transport: 'websocket', type: 'query', name: 'Accounts', outcome: 'ok' }), 1);
    assert.equal(delta({ transport: 'websocket', type: 'mutation', outcome: 'BAD_USER_INPUT' }), 1);
  });

  it('logs one debug line per upstream call, alike for every adapter, without duplicate keys', async () => {
    const start = gw.logs.length;
    await gql(gw.url, TasksDocument, { first: 5 });
    const lines = gw.logs.slice(start).map((l) => JSON.parse(l) as Record<string, unknown>);
    const calls = lines.filter((l) => l.msg === 'upstream call');
    const providers = new Set(calls.map((l) => l.provider));
    assert.deepEqual([...providers].sort(), ['alibaba-smc', 'huawei-sms', 'ucloudstack-smc']);
    for (const l of calls) {
      assert.equal(l.level, 'debug');
      for (const key of ['provider', 'account', 'operation', 'outcome', 'ms', 'retries']) assert.ok(key in l, `${key} in ${JSON.stringify(l)}`);
    }
    for (const raw of gw.logs) assert.deepEqual(duplicateKeys(raw), [], raw.slice(0, 300));
  });

  it('keeps or makes a request id, echoes it, and writes one access line per request', async () => {
    const start = gw.logs.length;
    const kept = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-abc-123' }, body: JSON.stringify({ query: print(AccountsDocument) }) });
    assert.equal(kept.headers.get('x-request-id'), 'req-abc-123');
    const body = await kept.text();
    const made = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces' }, body: '{"query":"{ accounts { id } }"}' });
    const madeId = made.headers.get('x-request-id')!;
    assert.match(madeId, /^[0-9a-f-]{36}$/);
    await made.text();
    const lines = gw.logs.slice(start).map((l) => JSON.parse(l) as Record<string, unknown>);
    const access = lines.filter((l) => l.msg === 'access');
    const first = access.find((l) => l.requestId === 'req-abc-123');
    assert.ok(first, 'access line with the kept id');
    assert.equal(first.method, 'POST');
    assert.equal(first.path, '/graphql');
    assert.equal(first.operation, 'Accounts');
    assert.equal(first.principal, 'anonymous');
    assert.equal(first.status, 200);
    assert.equal(first.bytes, Buffer.byteLength(body));
    assert.ok(typeof first.ms === 'number');
    assert.ok(access.some((l) => l.requestId === madeId));
    // Every line the request's resolvers wrote carries its id too.
    const ids = lines.filter((l) => 'requestId' in l).map((l) => l.requestId);
    assert.ok(ids.includes('req-abc-123'));
  });
});
