import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { TaskProgressDocument, TasksDocument } from '../generated/graphql.js';
import { gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { print } from 'graphql';

const MAIN = fileURLToPath(new URL('../../src/main.js', import.meta.url));

describe('HTTP endpoints', () => {
  let gw: TestGateway;
  let base: string;
  before(async () => {
    gw = await startTestGateway([], { server: { port: 0, host: '127.0.0.1', graphiql: true } });
    base = gw.url.replace('/graphql', '');
  });
  after(() => gw.close());

  it('answers /healthz and /readyz', async () => {
    assert.deepEqual(await (await fetch(`${base}/healthz`)).json(), { status: 'ok' });
    // Ready, and nothing more: no configuration path, no account list.
    assert.deepEqual(await (await fetch(`${base}/readyz`)).json(), { status: 'ready' });
  });

  it('serves GraphiQL and its assets from the installed packages (no CDN)', async () => {
    const html = await (await fetch(gw.url, { headers: { accept: 'text/html' } })).text();
    assert.match(html, /<title>migraph GraphiQL<\/title>/);
    assert.doesNotMatch(html, /https?:\/\/(?!localhost)[a-z]/i, 'no external URL');
    const srcs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(srcs.length >= 5);
    for (const src of srcs) {
      const res = await fetch(new URL(src, base));
      assert.equal(res.status, 200, src);
      assert.ok((await res.arrayBuffer()).byteLength > 1000, `${src} has content`);
    }
    assert.match(html, /graphqlWs\.createClient/, 'subscriptions go over graphql-ws');
  });

  it('answers GraphQL over GET and POST on the same path', async () => {
    const get = await fetch(`${gw.url}?query=${encodeURIComponent('{ accounts { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    assert.deepEqual(await get.json(), { data: { accounts: [] } });
  });

  it('refuses a subscription over HTTP (no Accept: text/event-stream) with BAD_USER_INPUT pointing to WebSocket and SSE', async () => {
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { taskProgress(id: "x") { sequence } }' }),
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_USER_INPUT');
    assert.match(body.errors[0]!.message, /WebSocket/);
    assert.match(body.errors[0]!.message, /Server-Sent Events.*text\/event-stream/);
  });

  it('serves Prometheus metrics', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    assert.match(text, /migraph_graphql_requests_total/);
  });
});

describe('npm start (embedded default) and graceful shutdown', () => {
  let child: ChildProcess;
  let url = '';
  const logs: string[] = [];

  before(async () => {
    child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MIGRAPH_CONFIG: '', MIGRAPH_EMBEDDED: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.on('data', (d) => logs.push(String(d)));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line in time:\n${logs.join('')}`)), 30_000);
      child.stdout!.on('data', (d) => {
        logs.push(String(d));
        const line = String(d).split('\n').find((l) => l.includes('"msg":"migraph listening"'));
        const m = line ? /"url":"(http:\/\/[^"]+)"/.exec(line) : null;
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
  });
  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves every provider with demo data', async () => {
    const data = await gqlOk(url, '{ accounts { id provider } }');
    const providers = (data as { accounts: { provider: string }[] }).accounts.map((a) => a.provider).sort();
    assert.deepEqual(providers, ['ALIBABA_SMC', 'HUAWEI_SMS', 'UCLOUDSTACK_SMC']);
    const tasks = await gqlOk(url, TasksDocument, { first: 5 });
    assert.ok(tasks.tasks.totalCount > 0);
  });

  it('exits 0 within a few seconds on SIGTERM while a subscription is open, closing it with 1001', async () => {
    const tasks = await gqlOk(url, TasksDocument, { first: 100, filter: { states: ['REPLICATING', 'SYNCING', 'PREPARING', 'PENDING', 'STOPPED', 'READY_FOR_CUTOVER'] } });
    const task = tasks.tasks.edges[0]?.node;
    assert.ok(task, 'a non-terminal demo task');
    let closeCode = 0;
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      on: { closed: (e) => (closeCode = (e as { code: number }).code) },
    });
    const first = new Promise<void>((resolve, reject) => {
      client.subscribe({ query: print(TaskProgressDocument), variables: { id: task.id } }, { next: () => resolve(), error: reject, complete: () => {} });
    });
    await first;
    const started = Date.now();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    const elapsed = Date.now() - started;
    assert.equal(code, 0, logs.join(''));
    assert.ok(elapsed < 8_000, `exited in ${elapsed} ms`);
    assert.equal(closeCode, 1001);
    assert.match(logs.join(''), /"msg":"stopped"/);
    await client.dispose();
  });
});
