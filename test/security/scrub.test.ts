import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { GraphQLError } from 'graphql';
import { GatewayError } from '../../src/core/errors.js';
import { MIN_SECRET_LENGTH, REDACTED, registerCredentials, SecretScrubber, secrets } from '../../adapters/common/secrets.js';
import { Client as AlibabaSmcClient } from '../../adapters/alibaba-smc/client.js';
import { Client as HuaweiSmsClient } from '../../adapters/huawei-sms/client.js';
import { Client as UCloudStackSmcClient } from '../../adapters/ucloudstack-smc/client.js';
import type { AccountConfig } from '../../adapters/module.js';
import { makeFormatError } from '../../src/graphql/errors.js';
import { createLogger } from '../../src/server/logger.js';
import { gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { loggingObserver } from '../../adapters/common/observe.js';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, logger: createLogger('debug', sink) };
}

/** Every form a value can take in what we emit: raw, JSON-escaped, URL-encoded. */
function forms(value: string): string[] {
  return [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
}

function assertAbsent(text: string, values: readonly string[], where: string) {
  for (const v of values) for (const f of forms(v)) assert.ok(!text.includes(f), `${where} contains ${JSON.stringify(f)}: ${text.slice(0, 2_000)}`);
}

describe('SecretScrubber', () => {
  it('replaces a plain value', () => {
    const s = new SecretScrubber();
    s.add('hunter2-secret');
    assert.equal(s.scrub('password=hunter2-secret;'), `password=${REDACTED};`);
    assert.equal(s.scrub('hunter2-secret hunter2-secret'), `${REDACTED} ${REDACTED}`);
  });

  it('replaces the JSON-escaped form', () => {
    const s = new SecretScrubber();
    const v = 'pa"ss\\word\n-1';
    s.add(v);
    const line = JSON.stringify({ msg: `echo ${v}` });
    assert.ok(!s.scrub(line).includes(JSON.stringify(v).slice(1, -1)));
    assert.equal(JSON.parse(s.scrub(line)).msg, `echo ${REDACTED}`);
    assert.equal(s.scrub(`raw ${v}`), `raw ${REDACTED}`);
  });

  it('replaces the URL-encoded forms (encodeURIComponent, RFC 3986, form encoding)', () => {
    const s = new SecretScrubber();
    const v = 'STS/tok+en=a b!c';
    s.add(v);
    assert.equal(s.scrub(`?SecurityToken=${encodeURIComponent(v)}&x=1`), `?SecurityToken=${REDACTED}&x=1`);
    assert.equal(s.scrub(`?t=${encodeURIComponent(v).replace('!', '%21')}`), `?t=${REDACTED}`);
    assert.equal(s.scrub(`t=${new URLSearchParams({ t: v }).toString().slice(2)}`), `t=${REDACTED}`);
  });

  it(`ignores values shorter than ${MIN_SECRET_LENGTH} characters`, () => {
    const s = new SecretScrubber();
    s.add('abc12');
    s.add('');
    s.add(undefined);
    s.add(null);
    assert.equal(s.size, 0);
    assert.equal(s.scrub('abc12 stays'), 'abc12 stays');
    s.add('abc123');
    assert.equal(s.scrub('abc123 goes'), `${REDACTED} goes`);
  });

  it('returns a line without a secret unchanged (the same string)', () => {
    const s = new SecretScrubber();
    const line = '{"level":"info","msg":"nothing to see here"}';
    assert.equal(s.scrub(line), line, 'empty registry');
    s.add('some-secret-value');
    const out = s.scrub(line);
    assert.equal(out, line);
    assert.ok(Object.is(out, line));
  });

  it('replaces the longest of overlapping secrets whole', () => {
    const s = new SecretScrubber();
    s.add('secret-abc');
    s.add('secret-abc-extended');
    assert.equal(s.scrub('x secret-abc-extended y'), `x ${REDACTED} y`);
    assert.equal(s.scrub('secret-abc, secret-abc-extended.'), `${REDACTED}, ${REDACTED}.`);
  });

  it('replaces overlapping secrets whole across a rebuild of the pattern (known + newly added)', () => {
    for (const [known, added] of [['outer-secret-abc-extended', 'secret-abc'], ['inner-abc', 'long-inner-abc-value']]) {
      const s = new SecretScrubber();
      s.add(known);
      for (let i = 0; i < 300; i++) s.add(`filler-${i}-value`); // forces the RegExp to be rebuilt over `known`
      s.scrub('warm up the pattern');
      s.add(added);
      assert.equal(s.scrub(`a ${known} b ${added} c`), `a ${REDACTED} b ${REDACTED} c`);
    }
  });

  it('keeps transient secrets in a bounded LRU; configured ones forever', () => {
    const s = new SecretScrubber({ maxTransient: 3 });
    s.add('configured-1');
    for (let i = 0; i < 10; i++) s.add(`transient-${i}`, { transient: true });
    assert.equal(s.size, 1 + 3, 'the transient set is bounded');
    assert.ok(s.has('configured-1'));
    assert.ok(!s.has('transient-0') && s.has('transient-9'));
    assert.equal(s.scrub('transient-9 configured-1'), `${REDACTED} ${REDACTED}`);
    // Evicted values may stay redacted until the next rebuild of the pattern, which is bounded too:
    for (let i = 100; i < 500; i++) s.add(`transient-${i}`, { transient: true });
    assert.equal(s.scrub('transient-0 transient-499 configured-1'), `transient-0 ${REDACTED} ${REDACTED}`);
    // A configured value is never demoted to transient.
    s.add('configured-1', { transient: true });
    for (let i = 10; i < 20; i++) s.add(`transient-${i}`, { transient: true });
    assert.ok(s.has('configured-1'));
  });

  it('expires transient secrets after their ttl', async () => {
    const s = new SecretScrubber({ transientTtlMs: 20 });
    s.add('short-lived-token', { transient: true });
    assert.equal(s.scrub('short-lived-token'), REDACTED);
    await new Promise((r) => setTimeout(r, 40));
    assert.equal(s.scrub('short-lived-token'), 'short-lived-token');
  });

  it('scrubDeep copies objects, arrays and Errors with every string scrubbed', () => {
    const s = new SecretScrubber();
    s.add('deep-secret-1');
    const input = { a: 'x deep-secret-1', b: [1, 'deep-secret-1', { c: 'ok' }], n: 5, e: new Error('boom deep-secret-1') };
    const out = s.scrubDeep(input) as Record<string, unknown>;
    assert.deepEqual(out.b, [1, REDACTED, { c: 'ok' }]);
    assert.equal(out.a, `x ${REDACTED}`);
    assert.equal((out.e as { message: string }).message, `boom ${REDACTED}`);
    assert.equal(input.a, 'x deep-secret-1', 'the input is not mutated');
    const clean = { k: 'v', list: ['a'] };
    assert.equal(s.scrubDeep(clean), clean, 'unchanged values are returned as they are');
    const cyclic: Record<string, unknown> = { v: 'deep-secret-1' };
    cyclic.self = cyclic;
    assert.doesNotThrow(() => s.scrubDeep(cyclic));
  });

  it('registerCredentials registers secrets, not identities', () => {
    const s = new SecretScrubber();
    registerCredentials(
      {
        accessKeyId: 'AKID-visible-1',
        secretAccessKey: 'sk-hidden-1',
        securityToken: 'tok-hidden-1',
        projectId: 'project-visible',
        domainId: 'domain-visible',
        publicKey: 'public-visible',
        privateKey: 'private-hidden',
        iam: { endpoint: 'https://iam.example', userName: 'user-visible', password: 'password-hidden', domainName: 'domain-name-visible' },
      },
      s,
    );
    for (const v of ['sk-hidden-1', 'tok-hidden-1', 'private-hidden', 'password-hidden']) assert.ok(s.has(v), v);
    for (const v of ['AKID-visible-1', 'project-visible', 'domain-visible', 'public-visible', 'user-visible', 'domain-name-visible', 'https://iam.example']) {
      assert.ok(!s.has(v), v);
    }
  });

  it('is fast on lines without secrets, with thousands registered', () => {
    const s = new SecretScrubber();
    for (let i = 0; i < 2_000; i++) s.add(`tok-${i.toString(36)}-${'x'.repeat(20)}`, { transient: true });
    const line = JSON.stringify({ level: 'info', msg: 'request', action: 'DescribeSMC', region: 'cn-test-1', ms: 12, pad: 'y'.repeat(300) });
    s.scrub(line); // builds the pattern
    const started = process.hrtime.bigint();
    for (let i = 0; i < 2_000; i++) s.scrub(line);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 2_000, `2,000 scrubs took ${ms} ms`);
  });
});

// --- end to end: an upstream that echoes the whole request in its error body ---------------------

interface Echo {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Answers every request with `body(echo)`, where echo = method + URL + headers + body. */
async function echoServer(answer: (req: http.IncomingMessage, echo: string) => { status: number; headers?: Record<string, string>; body: unknown }): Promise<Echo> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const echo = `${req.method} ${req.url} ${JSON.stringify(req.headers)} ${Buffer.concat(chunks).toString('utf8')}`;
      requests.push(echo);
      const a = answer(req, echo);
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      res.end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function thrown(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof GatewayError, `a GatewayError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the call to fail');
}

/** The error as a GraphQL client would see it (makeFormatError), and as a log line. */
function outgoing(err: GatewayError, logger: ReturnType<typeof capture>['logger']): string {
  const format = makeFormatError(logger);
  const gqlErr = new GraphQLError(err.message, { originalError: err, path: ['x'] });
  const formatted = format(gqlErr.toJSON(), gqlErr);
  logger.warn({ err, message: err.message, cause: err.cause }, 'upstream failed');
  return JSON.stringify(formatted);
}

describe('secrets never leave: adapter clients against an upstream that echoes the request', () => {
  it('Huawei AK/SK: the security token sent as X-Security-Token', async () => {
    const SK = 'hw-secret-key-e2e-0001';
    const TOKEN = 'hw-sts/token+e2e="0001"';
    const echo = await echoServer((_req, text) => ({ status: 400, body: { error_code: 'SMS.9999', error_msg: `refused: ${text}` } }));
    const { lines, logger } = capture();
    try {
      const client = new HuaweiSmsClient({ endpoint: echo.url, credentials: { accessKeyId: 'AKID-HW-E2E', secretAccessKey: SK, securityToken: TOKEN }, account: 'hw', retryLimit: 0 });
      const err = await thrown(client.showTask('task-1'));
      assert.ok(echo.requests[0]!.includes(JSON.stringify(TOKEN).slice(1, -1)), 'the upstream did see the token (the test is meaningful)');
      assert.ok(err.message.includes('AKID-HW-E2E'), 'the access key id stays visible');
      assertAbsent(err.message, [SK, TOKEN], 'GatewayError message');
      assertAbsent(outgoing(err, logger), [SK, TOKEN], 'formatted GraphQL error');
      assertAbsent(lines.join(''), [SK, TOKEN], 'log lines');
      client.close();
    } finally {
      await echo.close();
    }
  });

  it('Huawei IAM: the password echoed by IAM, and the runtime token echoed by SMS', async () => {
    const PASSWORD = 'iam-pa"ss\\word-e2e';
    const TOKEN = 'MIIiam-token-e2e-' + 'z'.repeat(40);
    let refuse = true;
    const echo = await echoServer((req, text) => {
      if (req.url?.startsWith('/v3/auth/tokens')) {
        if (refuse) return { status: 401, body: { error: { code: 401, message: `bad credentials: ${text}`, title: 'Unauthorized' } } };
        return { status: 201, headers: { 'x-subject-token': TOKEN }, body: { token: { expires_at: new Date(Date.now() + 3_600_000).toISOString() } } };
      }
      return { status: 400, body: { error_code: 'SMS.9999', error_msg: `refused: ${text}` } };
    });
    const { lines, logger } = capture();
    try {
      const client = new HuaweiSmsClient({
        endpoint: echo.url,
        credentials: { iam: { endpoint: echo.url, userName: 'iam-user', password: PASSWORD, domainName: 'iam-domain' } },
        account: 'hw-iam',
        retryLimit: 0,
      });
      const refused = await thrown(client.showTask('task-1'));
      assert.ok(echo.requests[0]!.includes(JSON.stringify(PASSWORD).slice(1, -1)), 'IAM saw the password');
      assertAbsent(outgoing(refused, logger), [PASSWORD], 'IAM refusal');
      refuse = false;
      const err = await thrown(client.showTask('task-1'));
      assert.ok(echo.requests.at(-1)!.includes(TOKEN), 'SMS saw the token');
      assert.ok(secrets.has(TOKEN), 'the token is registered (transient)');
      assertAbsent(err.message, [PASSWORD, TOKEN], 'GatewayError message');
      assertAbsent(outgoing(err, logger), [PASSWORD, TOKEN], 'formatted GraphQL error');
      assertAbsent(lines.join(''), [PASSWORD, TOKEN], 'log lines');
      client.close();
    } finally {
      await echo.close();
    }
  });

  it('Huawei template target password (write-only argument) on create', async () => {
    const TARGET = 'target-Passw0rd!e2e';
    const echo = await echoServer((_req, text) => ({ status: 400, body: { error_code: 'SMS.9999', error_msg: `refused: ${text}` } }));
    const { lines, logger } = capture();
    try {
      const client = new HuaweiSmsClient({ endpoint: echo.url, credentials: { accessKeyId: 'AKID-HW-E2E', secretAccessKey: 'hw-secret-key-e2e-0002' }, retryLimit: 0 });
      const err = await thrown(
        client.createTemplate({ template: { name: 't', is_template: true, region: 'r', projectid: 'p', target_password: TARGET } } as never),
      );
      assert.ok(echo.requests[0]!.includes(TARGET));
      assertAbsent(outgoing(err, logger), [TARGET], 'formatted GraphQL error');
      assertAbsent(lines.join(''), [TARGET], 'log lines');
      client.close();
    } finally {
      await echo.close();
    }
  });

  it('Alibaba: the STS security token in the query string', async () => {
    const SECRET = 'ali-access-key-secret-e2e';
    const TOKEN = 'CAIS/ali+sts=token!e2e(1)';
    const echo = await echoServer((_req, text) => ({ status: 400, body: { Code: 'InvalidParameter', Message: `The specified parameter is not valid: ${text}`, RequestId: 'rid-1' } }));
    const { lines, logger } = capture();
    try {
      const client = new AlibabaSmcClient({ endpoint: echo.url, credentials: { accessKeyId: 'LTAI-E2E', accessKeySecret: SECRET, securityToken: TOKEN }, accountId: 'ali', retryLimit: 0, logger });
      const err = await thrown(client.describeSourceServers({}));
      assert.equal(err.code, 'BAD_USER_INPUT', 'a refusal whose vendor message is kept');
      assert.ok(/ali(%2B|\+)sts/.test(echo.requests[0]!), 'the upstream saw the token');
      assertAbsent(err.message, [SECRET, TOKEN], 'GatewayError message');
      assertAbsent(outgoing(err, logger), [SECRET, TOKEN], 'formatted GraphQL error');
      assertAbsent(lines.join(''), [SECRET, TOKEN], 'log lines');
      client.close();
    } finally {
      await echo.close();
    }
  });

  it('UCloudStack: the SetupSMC password and the private key', async () => {
    const PRIVATE = 'ucs-private-key-e2e-0001';
    const PASSWORD = 'ssh-"pass"word-e2e';
    const echo = await echoServer((_req, text) => ({ status: 200, body: { RetCode: 8000, Action: 'SetupSMCResponse', Message: `StatusParamInvalid: ${text}` } }));
    const { lines, logger } = capture();
    try {
      const client = new UCloudStackSmcClient({ endpoint: echo.url, credentials: { publicKey: 'ucs-public-e2e', privateKey: PRIVATE }, accountId: 'ucs', observer: loggingObserver(logger) });
      const err = await thrown(client.setupSMC({ Region: 'r1', SMCID: 'smc-1', VMID: 'vm-1', Host: '10.0.0.1', User: 'root', Password: PASSWORD, DiskMappings: [] }));
      assert.ok(echo.requests[0]!.includes(JSON.stringify(PASSWORD).slice(1, -1)), 'the upstream saw the password');
      assertAbsent(err.message, [PRIVATE, PASSWORD], 'GatewayError message');
      assertAbsent(outgoing(err, logger), [PRIVATE, PASSWORD], 'formatted GraphQL error');
      assertAbsent(lines.join(''), [PRIVATE, PASSWORD], 'log lines');
      client.close();
    } finally {
      await echo.close();
    }
  });

  it('the logger scrubs raw, JSON-escaped and URL-encoded forms, and keeps its redact paths', () => {
    const { lines, logger } = capture();
    const v = 'log-"secret"/value+1';
    secrets.add(v);
    logger.info({ raw: v, nested: { text: `x ${v} y`, url: `https://h/?k=${encodeURIComponent(v)}` }, password: 'not-registered-pw' }, `message ${v}`);
    const out = lines.join('');
    assertAbsent(out, [v, 'not-registered-pw'], 'log line');
    assert.match(out, /\[redacted\]/);
    const parsed = JSON.parse(out) as { msg: string; password: string };
    assert.equal(parsed.msg, `message ${REDACTED}`);
    assert.equal(parsed.password, '[redacted]', 'the pino redact paths still apply');
  });

  it('makeFormatError scrubs message and extensions of any error', () => {
    const { logger } = capture();
    const v = 'format-error-secret-1';
    secrets.add(v);
    const format = makeFormatError(logger);
    const plain = new GraphQLError(`Variable "$x" got invalid value "${v}"`, { extensions: { code: 'BAD_USER_INPUT', detail: { echoed: v } } });
    const out = JSON.stringify(format(plain.toJSON(), plain));
    assertAbsent(out, [v], 'formatted error');
    const ge = new GatewayError('CONFLICT', `state refused for ${v}`, { provider: 'huawei-sms', providerCode: v });
    const gqlErr = new GraphQLError(ge.message, { originalError: ge });
    assertAbsent(JSON.stringify(format(gqlErr.toJSON(), gqlErr)), [v], 'formatted GatewayError');
  });
});

describe('secrets never leave: the whole gateway over an echoing Huawei upstream', () => {
  const SK = 'gw-hw-secret-key-0001';
  const TOKEN = 'gw-hw-sts-token/0001+x';
  const TARGET = 'gw-target-Passw0rd!';
  let echo: Echo;
  let gw: TestGateway;

  before(async () => {
    echo = await echoServer((_req, text) => ({ status: 400, body: { error_code: 'SMS.9999', error_msg: `refused: ${text}` } }));
    const accounts: AccountConfig[] = [
      { id: 'hw', provider: 'huawei-sms', endpoint: echo.url, regions: ['ap-southeast-3'], credentials: { accessKeyId: 'AKID-GW', secretAccessKey: SK, securityToken: TOKEN } },
    ];
    gw = await startTestGateway(accounts, { auth: { disabled: true }, cache: { enabled: false } });
  });
  after(async () => {
    await gw?.close();
    await echo?.close();
  });

  it('a query and a mutation with a write-only password: no secret in any GraphQL error or log line', async () => {
    const q = await gql<unknown, Record<string, never>>(gw.url, '{ tasks(first: 5) { totalCount edges { node { id } } } }', {});
    const m = await gql<unknown, Record<string, never>>(
      gw.url,
      `mutation { huaweiCreateTemplate(account: "hw", input: { name: "t1", isGeneral: true, region: "ap-southeast-3", targetProjectId: "p1", targetPassword: "${TARGET}" }) { id } }`,
      {},
    );
    assert.ok(echo.requests.some((r) => r.includes(TOKEN)), 'the upstream saw the token');
    assert.ok(echo.requests.some((r) => r.includes(TARGET)), 'the upstream saw the password');
    assert.ok((q.errors?.length ?? 0) > 0 && (m.errors?.length ?? 0) > 0, `errors expected: ${JSON.stringify([q, m])}`);
    assertAbsent(JSON.stringify([q, m]), [SK, TOKEN, TARGET], 'GraphQL responses');
    assertAbsent(gw.logs.join(''), [SK, TOKEN, TARGET], 'gateway log lines');
  });
});
