/**
 * Limits no client can break, through real HTTP, WebSocket and raw TCP clients: query shape and
 * cost (refused before any upstream call, each error naming the limit and the measured value), the
 * per-principal request rate, WebSocket connection, subscription, init-timeout and message limits,
 * Origin checks and CORS, slowloris sockets, introspection off by default, and the fail-closed start.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { parse } from 'graphql';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { buildGatewaySchema } from '../../src/graphql/schema.js';
import { checkCost, estimateCost } from '../../src/security/cost.js';
import { DashboardDocument } from '../generated/graphql.js';
import { fakeAccounts, type FakeProvider } from '../helpers/fake-provider.js';
import { eventually, gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const MAIN = fileURLToPath(new URL('../../src/main.js', import.meta.url));
const KEY = 'limits-test-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };

interface Limit {
  name: string;
  max: number;
  value: number | null;
}
const limitOf = (e: { extensions?: Record<string, unknown> } | undefined) => e?.extensions?.limit as Limit | undefined;

/** Opens a raw graphql-ws socket and resolves with its close code (or 'open' once acknowledged). */
function wsOutcome(url: string, init: Record<string, unknown> | null, options: WebSocket.ClientOptions = {}): Promise<{ code: number | 'ack' | 'http'; status?: number; socket?: WebSocket }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', options);
    socket.on('unexpected-response', (_req, res) => resolve({ code: 'http', status: res.statusCode }));
    socket.on('error', () => {});
    socket.on('open', () => {
      if (init) socket.send(JSON.stringify({ type: 'connection_init', payload: init }));
    });
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve({ code: 'ack', socket });
    });
    socket.on('close', (code) => resolve({ code }));
  });
}

describe('security: limits and transports', () => {
  let gw: TestGateway;
  let hw: FakeProvider;
  const upstream = () => hw.totalCalls();

  before(async () => {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] }]);
    gw = await startTestGateway(
      fake.accounts,
      {
        cache: { enabled: false },
        server: { port: 0, host: '127.0.0.1', allowedOrigins: ['https://console.example.test'], headersTimeoutMs: 300, requestTimeoutMs: 2_000 },
        auth: { apiKeys: [{ id: 'limits', key: KEY, scopes: ['migration:read', 'migration:operate'], accounts: ['*'] }] },
        limits: {
          depth: 8,
          aliases: 5,
          rootFields: 6,
          directives: 4,
          tokens: 400,
          cost: 5_000,
          entityReferences: 3,
          rate: { perSecond: 1_000, burst: 1_000 },
          websocket: { connections: 4, connectionsPerPrincipal: 2, connectionsPerAddress: 10, subscriptionsPerConnection: 2, connectionInitTimeoutMs: 150, maxMessageBytes: 2_048 },
        },
      },
      fake.factory,
    );
    hw = fake.providers.get('hw')!;
    for (let i = 0; i < 3; i++) hw.addTask('ap-southeast-3', i);
  });
  after(() => gw.close());

  it('refuses each query-shape limit before any upstream call, naming the limit and the measured value', async () => {
    const before = upstream();
    const nest = (n: number) => `{ node(id: "x") { ... on Task { ${'source { currentTask { '.repeat(n)}id${' } }'.repeat(n)} } } }`;
    const cases: [string, string, number][] = [
      [nest(4), 'depth', 10],
      [`{ ${Array.from({ length: 6 }, (_, i) => `a${i}: accounts { id }`).join(' ')} }`, 'aliases', 6],
      [`{ accounts { id } ${Array.from({ length: 6 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 'rootFields', 7],
      [`{ accounts @include(if: true) @skip(if: false) { id @include(if: true) @skip(if: false) provider @include(if: true) } }`, 'directives', 5],
    ];
    for (const [query, name, value] of cases) {
      const res = await gql(gw.url, query, undefined, AUTH);
      assert.equal(res.status, 400, name);
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', name);
      assert.deepEqual(limitOf(res.errors?.[0]), { name, max: name === 'depth' ? 8 : name === 'aliases' ? 5 : name === 'rootFields' ? 6 : 4, value }, name);
    }
    const long = await gql(gw.url, `{ accounts { ${'id '.repeat(500)} } }`, undefined, AUTH);
    assert.deepEqual(limitOf(long.errors?.[0]), { name: 'tokens', max: 400, value: null });
    assert.match(long.errors![0]!.message, /token count exceeds the limit of 400/);
    assert.equal(upstream(), before);
  });

  it('admits a dashboard page and refuses a list bomb by estimated cost (IBM @listSize on first)', async () => {
    const before = upstream();
    const page = await gql(gw.url, '{ tasks(first: 200) { totalCount nodes { id name source { name } template { name } progress { percent } } } }', undefined, AUTH);
    assert.equal(page.errors, undefined);
    // Each alias: 1 + 1000 x (node 1 + source 1 + template 1) = 3001; three of them = 9003 > 5000.
    const bomb = await gql(gw.url, `{ ${['a', 'b', 'c'].map((a) => `${a}: tasks(first: 1000) { nodes { id source { name } template { name } } }`).join(' ')} }`, undefined, AUTH);
    assert.equal(bomb.status, 400);
    const limit = limitOf(bomb.errors?.[0]);
    assert.equal(limit?.name, 'cost');
    assert.equal(limit?.max, 5_000);
    assert.equal(limit?.value, 9_003);
    assert.match(bomb.errors![0]!.message, /query cost \d+ exceeds the limit of 5000/);
    // `first` from a variable is priced too.
    const viaVar = await gql(gw.url, 'query($n: Int) { tasks(first: $n) { nodes { id source { name } template { name } } } }', { n: 100_000 }, AUTH);
    assert.equal(limitOf(viaVar.errors?.[0])?.name, 'cost');
    const afterPage = upstream();
    assert.ok(afterPage > before, 'the admitted page went upstream');
    await gql(gw.url, '{ a: tasks(first: 1000) { nodes { id source { name } template { name } } } b: tasks(first: 1000) { nodes { id source { name } template { name } } } }', undefined, AUTH);
    assert.equal(upstream(), afterPage, 'a refused query makes no upstream call');
  });

  it('bounds the entity references of one _entities call', async () => {
    const before = upstream();
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Account', id: `acc-${i}` }));
    const over = await gql(gw.url, query, { r: reps(4) } as never, AUTH);
    assert.equal(over.status, 400);
    assert.deepEqual(limitOf(over.errors?.[0]), { name: 'entityReferences', max: 3, value: 4 });
    const at = await gql(gw.url, query, { r: reps(3) } as never, AUTH);
    assert.equal(limitOf(at.errors?.[0]), undefined);
    assert.deepEqual((at.data as { _entities: unknown[] })._entities, [null, null, null], 'unknown accounts are null');
    assert.equal(upstream(), before);
  });

  it('turns introspection and GraphiQL off when accounts are configured', async () => {
    const res = await gql(gw.url, '{ __schema { queryType { name } } }', undefined, AUTH);
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(res.errors![0]!.message, /introspection/i);
    const page = await fetch(gw.url, { headers: { accept: 'text/html', ...AUTH } });
    assert.notEqual(page.headers.get('content-type')?.includes('text/html'), true);
  });

  it('answers malformed and oversized bodies with GraphQL JSON errors, never HTML, and never logs the body', async () => {
    const bad = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...AUTH }, body: '{"query": "{ accounts { id } }", "variables": {"password": "hunter2-secret-value"' });
    assert.equal(bad.status, 400);
    assert.match(bad.headers.get('content-type') ?? '', /application\/json/);
    const body = (await bad.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_USER_INPUT');
    const big = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...AUTH }, body: JSON.stringify({ query: `{ accounts { id } }`, pad: 'x'.repeat(1_100_000) }) });
    assert.equal(big.status, 413);
    assert.match(big.headers.get('content-type') ?? '', /application\/json/);
    assert.ok(!gw.logs.some((l) => l.includes('hunter2-secret-value')), 'the body is never logged');
  });

  it('throttles a principal over its rate with 429 THROTTLED and retryAfter', async () => {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] }]);
    const slow = await startTestGateway(fake.accounts, { auth: { apiKeys: [{ id: 'r', key: KEY, scopes: ['migration:read'], accounts: ['*'] }] }, limits: { rate: { perSecond: 2, burst: 1 } } }, fake.factory);
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof gql>> | null = null;
      for (let i = 0; i < 5; i++) {
        last = await gql(slow.url, '{ accounts { id } }', undefined, AUTH);
        statuses.push(last.status);
      }
      assert.deepEqual(statuses.slice(0, 3), [200, 200, 200], '2 per second plus a burst of 1');
      assert.equal(statuses[3], 429);
      assert.equal(last?.errors?.[0]?.extensions?.code, 'THROTTLED');
      assert.equal(last?.errors?.[0]?.extensions?.retryable, true);
      assert.ok(Number(last?.errors?.[0]?.extensions?.retryAfter) >= 1);
      assert.deepEqual(limitOf(last?.errors?.[0]), { name: 'rate', max: 2, value: null });
      const res = await fetch(slow.url, { method: 'POST', headers: { 'content-type': 'application/json', ...AUTH }, body: '{"query":"{ accounts { id } }"}' });
      assert.equal(res.status, 429);
      assert.ok(Number(res.headers.get('retry-after')) >= 1);
      // Guessing keys is throttled too (by address): 3 refusals, then 429.
      const guesses: number[] = [];
      for (let i = 0; i < 5; i++) guesses.push((await gql(slow.url, '{ accounts { id } }', undefined, { authorization: `Bearer guess-${i}-0123456789abcdefghij` })).status);
      assert.deepEqual(guesses.slice(0, 3), [401, 401, 401]);
      assert.equal(guesses[3], 429);
    } finally {
      await slow.close();
    }
  });

  it('checks Origin on WebSocket upgrades and HTTP, and answers CORS preflights for listed origins', async () => {
    const evil = await wsOutcome(gw.wsUrl, { authorization: AUTH.authorization }, { origin: 'http://evil.example' });
    assert.deepEqual([evil.code, evil.status], ['http', 403]);
    const listed = await wsOutcome(gw.wsUrl, { authorization: AUTH.authorization }, { origin: 'https://console.example.test' });
    assert.equal(listed.code, 'ack');
    listed.socket!.close();
    const post = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example', ...AUTH }, body: '{"query":"{ accounts { id } }"}' });
    assert.equal(post.status, 403);
    const preflight = await fetch(gw.url, { method: 'OPTIONS', headers: { origin: 'https://console.example.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://console.example.test');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/);
    const foreign = await fetch(gw.url, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });

  it('bounds WebSockets: per principal (4429), in total (503), init timeout (4408), message size (1009), subscriptions per connection', async () => {
    const a = await wsOutcome(gw.wsUrl, { authorization: AUTH.authorization });
    const b = await wsOutcome(gw.wsUrl, { authorization: AUTH.authorization });
    assert.deepEqual([a.code, b.code], ['ack', 'ack']);
    const third = await wsOutcome(gw.wsUrl, { authorization: AUTH.authorization });
    assert.equal(third.code, 4429, 'over connectionsPerPrincipal');
    // Sockets that never send connection_init count toward the total, and are closed after the init timeout.
    const idle = [new WebSocket(gw.wsUrl, 'graphql-transport-ws'), new WebSocket(gw.wsUrl, 'graphql-transport-ws')];
    await Promise.all(idle.map((s) => new Promise((r) => s.once('open', r))));
    const full = await wsOutcome(gw.wsUrl, { authorization: AUTH.authorization });
    assert.deepEqual([full.code, full.status], ['http', 503]);
    const codes = await Promise.all(idle.map((s) => new Promise<number>((r) => s.once('close', (code) => r(code)))));
    assert.deepEqual(codes, [4408, 4408]);
    a.socket!.close();
    await new Promise((r) => a.socket!.once('close', r));

    // The largest message: the server closes with 1009 (message too big).
    const big = await new Promise<number>((resolve) => {
      const s = b.socket!;
      s.once('close', (code) => resolve(code));
      s.send(JSON.stringify({ id: 'x', type: 'subscribe', payload: { query: `{ accounts { id } } #${'x'.repeat(4_000)}` } }));
    });
    assert.equal(big, 1009);

    // Subscriptions per connection: the third is refused with the limit named.
    const client = createClient({ url: gw.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: AUTH });
    const results: string[] = [];
    const ids = ['a', 'b', 'c'].map(() => encodeURIComponent('x'));
    await Promise.all(
      ids.map(
        (_, i) =>
          new Promise<void>((resolve) => {
            client.subscribe(
              { query: 'subscription { taskUpdates { sequence } }' },
              {
                next: () => {
                  results[i] = 'next';
                  resolve();
                },
                error: (e) => {
                  results[i] = JSON.stringify(e);
                  resolve();
                },
                complete: () => resolve(),
              },
            );
          }),
      ),
    );
    const refused = results.filter((r) => r !== 'next');
    assert.equal(refused.length, 1, JSON.stringify(results));
    assert.match(refused[0]!, /too many operations on this connection: 3 exceeds the limit of 2/);
    assert.deepEqual(limitOf(JSON.parse(refused[0]!)[0]), { name: 'subscriptionsPerConnection', max: 2, value: 3 });
    await client.dispose();
  });

  it('bounds WebSockets per client address at the upgrade, before any credential (429)', async () => {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] }]);
    const one = await startTestGateway(fake.accounts, { auth: { apiKeys: [{ id: 'r', key: KEY, scopes: ['migration:read'], accounts: ['*'] }] }, limits: { websocket: { connectionsPerAddress: 1 } } }, fake.factory);
    try {
      const first = await wsOutcome(one.wsUrl, { authorization: AUTH.authorization });
      assert.equal(first.code, 'ack');
      const second = await wsOutcome(one.wsUrl, { authorization: AUTH.authorization });
      assert.deepEqual([second.code, second.status], ['http', 429]);
      first.socket!.close();
      await new Promise((r) => first.socket!.once('close', r));
      // The slot is free again once the socket has closed.
      const again = await eventually(async () => {
        const o = await wsOutcome(one.wsUrl, { authorization: AUTH.authorization });
        return o.code === 'ack' ? o : null;
      });
      again.socket!.close();
    } finally {
      await one.close();
    }
  });

  it('closes slowloris sockets that never finish their headers', async () => {
    const socket = net.connect({ host: '127.0.0.1', port: gw.port });
    await new Promise((r) => socket.once('connect', r));
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    let answer = '';
    socket.on('data', (d) => (answer += String(d)));
    // Keep trickling one byte at a time; the server must close the socket regardless.
    const drip = setInterval(() => socket.writable && socket.write('a'), 50);
    await new Promise((r) => socket.once('close', r));
    clearInterval(drip);
    assert.match(answer, /^HTTP\/1\.1 408/);
  });
});

describe('security: the default cost budget on the gateway schema', () => {
  it("admits the README's dashboard query and refuses the 1,000-alias bomb", async () => {
    const schema = await buildGatewaySchema();
    const defaults = loadConfig({}).limits;
    // tasks: 1 + 200 x (node 1 + source 1 + template 1 + progress 1) = 801.
    const dashboard = checkCost(schema, DashboardDocument, { variables: { first: 200 }, defaultListSize: defaults.defaultListSize, max: defaults.cost });
    assert.equal(dashboard, 801);
    const bomb = parse(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: tasks(first: 500) { nodes { id name state progress { percent } } }`).join(' ')} }`);
    // Each alias: 1 + 500 x (node 1 + progress 1) = 1001.
    assert.equal(estimateCost(schema, bomb, { defaultListSize: defaults.defaultListSize }), 1_001_000);
    assert.throws(() => checkCost(schema, bomb, { defaultListSize: defaults.defaultListSize, max: defaults.cost }), /query cost 1001000 exceeds the limit of 25000/);
  });
});

describe('security: fail-closed configuration', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'migraph-auth-'));
  const ACCOUNTS = `
accounts:
  - id: ali-prod
    provider: alibaba-smc
    endpoint: https://smc.aliyuncs.com
    regions: [cn-hangzhou]
    credentials: { accessKeyId: ak-1, accessKeySecret: sk-secret-1 }
`;
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('refuses to start with accounts and no auth section: exit 2, naming auth', () => {
    const run = spawnSync(process.execPath, [MAIN], { env: { ...process.env, MIGRAPH_CONFIG: file('noauth.yaml', ACCOUNTS), PORT: '0' }, encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /auth: is required when accounts are configured/);
    assert.doesNotMatch(run.stderr, /sk-secret-1/);
  });

  it('logs a warning at start when auth is disabled', async () => {
    const open = await startTestGateway([], { auth: { disabled: true } });
    try {
      const warning = open.logs.map((l) => JSON.parse(l) as { level: string; msg: string }).find((l) => /authentication is DISABLED/.test(l.msg));
      assert.equal(warning?.level, 'warn');
    } finally {
      await open.close();
    }
  });

  it('with auth.disabled listens on loopback unless server.host is set; production surface off', () => {
    const cfg = loadConfig({ MIGRAPH_CONFIG: file('disabled.yaml', `${ACCOUNTS}auth: { disabled: true }\n`) });
    assert.equal(cfg.server.host, '127.0.0.1');
    assert.equal(cfg.server.introspection, false);
    assert.equal(cfg.server.graphiql, false);
    const open = loadConfig({ MIGRAPH_CONFIG: file('host.yaml', `${ACCOUNTS}auth: { disabled: true }\nserver: { host: 0.0.0.0 }\n`) });
    assert.equal(open.server.host, '0.0.0.0');
    const keys = loadConfig({ MIGRAPH_CONFIG: file('keys.yaml', `${ACCOUNTS}auth: { apiKeys: [{ id: ops, sha256: ${'b'.repeat(64)}, scopes: [migration:read], accounts: [ali-prod] }] }\n`) });
    assert.equal(keys.server.host, '0.0.0.0');
    const embedded = loadConfig({});
    assert.deepEqual([embedded.auth.disabled, embedded.server.host, embedded.server.introspection, embedded.server.graphiql], [true, '127.0.0.1', true, true]);
  });

  it('names every bad auth field: unknown scope, unknown account, both or neither of key and sha256, an empty auth', () => {
    const issues = (text: string) => {
      try {
        loadConfig({ MIGRAPH_CONFIG: file('bad.yaml', `${ACCOUNTS}${text}`) });
      } catch (e) {
        if (e instanceof ConfigError) return e.issues.map((i) => `${i.path}: ${i.message}`);
        throw e;
      }
      return [];
    };
    assert.match(issues(`auth: { apiKeys: [{ id: a, key: ${'k'.repeat(30)}, scopes: [migration:everything], accounts: ['*'] }] }\n`).join('\n'), /auth\.apiKeys\[0\]\.scopes\[0\]: unknown scope "migration:everything"/);
    assert.match(issues(`auth: { apiKeys: [{ id: a, key: ${'k'.repeat(30)}, scopes: [migration:read], accounts: [nope] }] }\n`).join('\n'), /auth\.apiKeys\[0\]\.accounts\[0\]: unknown account "nope"/);
    assert.match(issues(`auth: { apiKeys: [{ id: a, key: ${'k'.repeat(30)}, sha256: ${'c'.repeat(64)}, scopes: [migration:read], accounts: ['*'] }] }\n`).join('\n'), /give exactly one of sha256 or key/);
    assert.match(issues(`auth: { apiKeys: [{ id: a, key: short, scopes: [migration:read], accounts: ['*'] }] }\n`).join('\n'), /at least 24 characters/);
    assert.match(issues(`auth: {}\n`).join('\n'), /configure apiKeys and\/or jwt, or set disabled: true/);
  });
});
