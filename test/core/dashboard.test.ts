/**
 * Serving the dashboard (src/server/dashboard.ts) from a stand-in build folder: the redirect from /,
 * index.html for every client route, immutable caching of hashed assets, no credential needed for
 * the static files even with auth on while GraphQL still needs one, and 503 without a build.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fakeAccounts } from '../helpers/fake-provider.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

describe('server: the dashboard at /dashboard', () => {
  const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] }]);
  const built = mkdtempSync(path.join(tmpdir(), 'migraph-web-'));
  const missing = path.join(built, 'not-built');
  let gw: TestGateway;
  let unbuilt: TestGateway;
  let base: string;

  before(async () => {
    mkdirSync(path.join(built, 'assets'));
    writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>migraph</title><div id="root"></div>');
    writeFileSync(path.join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
    const auth = { auth: { apiKeys: [{ id: 'reader', key: 'reader-key-0123456789abcdef0123', scopes: ['migration:read'], accounts: ['*'] }] } };
    gw = await startTestGateway(fake.accounts, auth, fake.factory, { dashboardDir: built });
    unbuilt = await startTestGateway(fake.accounts, {}, fake.factory, { dashboardDir: missing });
    base = gw.url.replace(/\/graphql$/, '');
  });
  after(async () => {
    await gw.close();
    await unbuilt.close();
  });

  it('redirects / to /dashboard/ with a 302', async () => {
    const res = await fetch(`${base}/`, { redirect: 'manual' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/dashboard/');
  });

  it('answers index.html, uncached and without a credential, for /dashboard/ and its client routes', async () => {
    for (const route of ['/dashboard', '/dashboard/', '/dashboard/tasks', '/dashboard/tasks/VGFzazpodw?state=FAILED']) {
      const res = await fetch(`${base}${route}`);
      assert.equal(res.status, 200, route);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/, route);
      assert.equal(res.headers.get('cache-control'), 'no-cache', route);
      assert.match(res.headers.get('content-security-policy') ?? '', /connect-src 'self'/, route);
      assert.match(await res.text(), /<div id="root">/, route);
    }
  });

  it('serves hashed assets with a long immutable cache, and 404 for an unknown file', async () => {
    const res = await fetch(`${base}/dashboard/assets/index-abc123.js`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
    assert.match(res.headers.get('cache-control') ?? '', /max-age=31536000.*immutable/);
    assert.equal(await res.text(), 'console.log(1)');
    assert.equal((await fetch(`${base}/dashboard/assets/nope-1.js`)).status, 404);
    assert.equal((await fetch(`${base}/dashboard/nope.png`)).status, 404);
  });

  it('says in /dashboard/session.json whether GraphQL needs a credential', async () => {
    const secured = await fetch(`${base}/dashboard/session.json`);
    assert.equal(secured.status, 200);
    assert.deepEqual(await secured.json(), { authRequired: true });
    const open = await fetch(unbuilt.url.replace(/\/graphql$/, '/dashboard/session.json'));
    assert.deepEqual(await open.json(), { authRequired: false });
  });

  it('keeps GraphQL behind the credential', async () => {
    const query = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { id } }' }) });
    assert.equal(query.status, 401);
  });

  it('answers 503 saying to run npm run build when there is no build', async () => {
    const res = await fetch(unbuilt.url.replace(/\/graphql$/, '/dashboard/tasks'));
    assert.equal(res.status, 503);
    assert.match(await res.text(), /npm run build/);
  });
});
