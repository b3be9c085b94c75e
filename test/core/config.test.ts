import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../../src/config/index.js';

const MAIN = fileURLToPath(new URL('../../src/main.js', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'migraph-config-'));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e.issues;
    throw e;
  }
  assert.fail('expected a ConfigError');
}

const GOOD = `
server: { port: 4321 }
accounts:
  - id: ali-prod
    provider: alibaba-smc
    endpoint: https://smc.aliyuncs.com
    regions: [cn-hangzhou]
    credentials: { accessKeyId: \${ALI_AK}, accessKeySecret: \${ALI_SK} }
  - id: ucs-dc1
    provider: ucloudstack-smc
    endpoint: https://console.example.internal/api
    regions: [cn-private-1]
    credentials: { publicKey: \${UCS_PUB}, privateKey: \${UCS_PRIV} }
  - id: hw-prod
    provider: huawei-sms
    endpoint: https://sms.ap-southeast-3.myhuaweicloud.com
    regions: [ap-southeast-3]
    credentials: { accessKeyId: \${HW_AK}, secretAccessKey: \${HW_SK} }
auth:
  apiKeys:
    - { id: ops, sha256: ${'a'.repeat(64)}, scopes: [migration:read], accounts: ['*'] }
`;
const ENV = { ALI_AK: 'ak1', ALI_SK: 'sk1', UCS_PUB: 'pub', UCS_PRIV: 'priv', HW_AK: 'hwak', HW_SK: 'hwsk' };

describe('configuration', () => {
  it('defaults to the embedded simulators on port 4000 with no file', () => {
    const cfg = loadConfig({});
    assert.equal(cfg.server.port, 4000);
    assert.equal(cfg.embedded, true);
    assert.deepEqual(cfg.accounts, []);
    assert.ok(Object.isFrozen(cfg) && Object.isFrozen(cfg.server), 'frozen');
  });

  it('reads YAML with ${VAR} substitution, and PORT overrides server.port', () => {
    const cfg = loadConfig({ MIGRAPH_CONFIG: file('good.yaml', GOOD), PORT: '5000', ...ENV });
    assert.equal(cfg.server.port, 5000);
    assert.equal(cfg.embedded, false);
    assert.deepEqual(cfg.accounts.map((a) => a.id), ['ali-prod', 'ucs-dc1', 'hw-prod']);
    assert.equal(cfg.accounts[0]!.credentials.accessKeySecret, 'sk1');
  });

  it('shutdown and Redis health defaults: no drain delay for the embedded default, 3 s with accounts; 1 s health check and command timeout', () => {
    const embedded = loadConfig({});
    assert.equal(embedded.server.drainDelayMs, 0);
    assert.equal(embedded.server.shutdownTimeoutMs, 5_000);
    assert.equal(embedded.pubsub.healthCheckMs, 1_000);
    assert.equal(embedded.pubsub.commandTimeoutMs, 1_000);
    const configured = loadConfig({ MIGRAPH_CONFIG: file('drain.yaml', GOOD), ...ENV });
    assert.equal(configured.server.drainDelayMs, 3_000);
    const explicit = loadConfig({ MIGRAPH_CONFIG: file('drain0.yaml', GOOD.replace('server: { port: 4321 }', 'server: { port: 4321, drainDelayMs: 0 }')), ...ENV });
    assert.equal(explicit.server.drainDelayMs, 0);
    assert.ok(issuesOf(() => loadConfig({}, { server: { drainDelayMs: -1 } })).some((i) => i.path === 'server.drainDelayMs'));
    assert.ok(issuesOf(() => loadConfig({}, { pubsub: { healthCheckMs: 0 } })).some((i) => i.path === 'pubsub.healthCheckMs'));
  });

  it('reads JSON too', () => {
    const json = JSON.stringify({ server: { port: 1234 }, embedded: false, auth: { disabled: true } });
    assert.equal(loadConfig({ MIGRAPH_CONFIG: file('c.json', json) }).server.port, 1234);
  });

  it('names the field of a wrong provider name', () => {
    const issues = issuesOf(() => loadConfig({ MIGRAPH_CONFIG: file('bad-provider.yaml', GOOD.replace('provider: alibaba-smc', 'provider: aws-mgn')), ...ENV }));
    assert.equal(issues[0]!.path, 'accounts[0].provider');
    assert.match(issues[0]!.message, /unknown provider "aws-mgn"; expected one of huawei-sms, alibaba-smc, ucloudstack-smc/);
  });

  it('names the field of a missing credential, for every provider', () => {
    const cases: [string, string, string][] = [
      [', accessKeySecret: ${ALI_SK}', '', 'accounts[0].credentials.accessKeySecret'],
      [', privateKey: ${UCS_PRIV}', '', 'accounts[1].credentials.privateKey'],
      [', secretAccessKey: ${HW_SK}', '', 'accounts[2].credentials'],
    ];
    for (const [from, to, want] of cases) {
      const text = GOOD.replace(from, to);
      const issues = issuesOf(() => loadConfig({ MIGRAPH_CONFIG: file('missing.yaml', text), ...ENV }));
      assert.ok(issues.some((i) => i.path.startsWith(want)), `${want} in ${JSON.stringify(issues)}`);
    }
  });

  it('names an unset environment variable and never echoes secret values', () => {
    const { ALI_SK: _omit, ...env } = ENV;
    const issues = issuesOf(() => loadConfig({ MIGRAPH_CONFIG: file('unset.yaml', GOOD), ...env }));
    assert.deepEqual(issues[0], { path: 'accounts[0].credentials.accessKeySecret', message: 'environment variable ALI_SK is not set' });
  });

  it('reports several problems at once, with paths', () => {
    const text = `server: { port: 99999, colour: blue }\naccounts:\n  - { id: "", provider: huawei-sms, endpoint: ftp://x, regions: [], credentials: {} }\n`;
    const issues = issuesOf(() => loadConfig({ MIGRAPH_CONFIG: file('many.yaml', text) }));
    const paths = issues.map((i) => i.path);
    for (const p of ['server.port', 'server', 'accounts[0].id', 'accounts[0].endpoint', 'accounts[0].regions']) {
      assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
    }
  });

  it('refuses duplicate account ids and a redis pubsub without a URL', () => {
    const dup = GOOD.replace('id: ucs-dc1', 'id: ali-prod');
    assert.ok(issuesOf(() => loadConfig({ MIGRAPH_CONFIG: file('dup.yaml', dup), ...ENV })).some((i) => i.path === 'accounts[1].id'));
    assert.ok(issuesOf(() => loadConfig({}, { pubsub: { kind: 'redis' } })).some((i) => i.path === 'pubsub.redisUrl'));
  });

  it('stops `npm start` with the field path and exit status 2', () => {
    const bad = file('start.yaml', GOOD.replace('provider: alibaba-smc', 'provider: nope'));
    const res = spawnSync(process.execPath, [MAIN], { env: { ...process.env, ...ENV, MIGRAPH_CONFIG: bad, PORT: '0' }, encoding: 'utf8', timeout: 20_000 });
    assert.equal(res.status, 2, res.stderr);
    assert.match(res.stderr, /accounts\[0\]\.provider: unknown provider "nope"/);
    assert.doesNotMatch(res.stderr, /sk1|hwsk|priv/, 'no secret in the message');
  });
});
