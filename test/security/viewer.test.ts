/**
 * `viewer`: the calling principal as the dashboard sees it (which buttons to show), for an API key,
 * with auth disabled, and never without migration:read.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fakeAccounts } from '../helpers/fake-provider.js';
import { gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const VIEWER = '{ viewer { id scopes accounts authDisabled } }';
type ViewerData = { viewer: { id: string; scopes: string[]; accounts: string[]; authDisabled: boolean } };
const KEY = { reader: 'reader-key-0123456789abcdef0123', admin: 'admin-key-0123456789abcdef012345', metrics: 'metrics-key-0123456789abcdef0123' };
const bearer = (k: string) => ({ authorization: `Bearer ${k}` });

describe('viewer: the calling principal', () => {
  const fake = fakeAccounts([
    { id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] },
    { id: 'ali', provider: 'alibaba-smc', regions: ['cn-hangzhou'] },
  ]);
  let secured: TestGateway;
  let open: TestGateway;

  before(async () => {
    secured = await startTestGateway(
      fake.accounts,
      {
        auth: {
          apiKeys: [
            { id: 'reader', key: KEY.reader, scopes: ['migration:read'], accounts: ['hw'] },
            { id: 'admin', key: KEY.admin, scopes: ['migration:read', 'migration:operate', 'migration:admin'], accounts: ['*'] },
            { id: 'metrics', key: KEY.metrics, scopes: ['metrics:read'], accounts: ['*'] },
          ],
        },
      },
      fake.factory,
    );
    open = await startTestGateway(fake.accounts, {}, fake.factory);
  });
  after(async () => {
    await secured.close();
    await open.close();
  });

  it('answers a reader key its id, its one scope and its accounts, and never the key', async () => {
    const res = await gql<ViewerData, undefined>(secured.url, VIEWER, undefined, bearer(KEY.reader));
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data?.viewer, { id: 'key:reader', scopes: ['migration:read'], accounts: ['hw'], authDisabled: false });
    assert.doesNotMatch(JSON.stringify(res), new RegExp(KEY.reader));
  });

  it('answers "*" for a key of every account, with its scopes sorted', async () => {
    const res = await gql<ViewerData, undefined>(secured.url, VIEWER, undefined, bearer(KEY.admin));
    assert.deepEqual(res.data?.viewer, { id: 'key:admin', scopes: ['migration:admin', 'migration:operate', 'migration:read'], accounts: ['*'], authDisabled: false });
  });

  it('is FORBIDDEN without migration:read, and UNAUTHENTICATED without a credential', async () => {
    const forbidden = await gql<ViewerData, undefined>(secured.url, VIEWER, undefined, bearer(KEY.metrics));
    assert.equal(forbidden.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const anonymous = await gql<ViewerData, undefined>(secured.url, VIEWER);
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('says authDisabled, with every scope and account, when auth is disabled', async () => {
    const res = await gql<ViewerData, undefined>(open.url, VIEWER);
    assert.equal(res.data?.viewer.id, 'anonymous');
    assert.equal(res.data?.viewer.authDisabled, true);
    assert.deepEqual(res.data?.viewer.accounts, ['*']);
    assert.ok(res.data?.viewer.scopes.includes('migration:admin'));
  });
});
