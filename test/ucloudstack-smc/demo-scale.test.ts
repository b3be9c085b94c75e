/**
 * The UCloudStack demo at a large scale: every seeded host address is a valid IPv4 address, so
 * SetupSMC accepts them all (the last octet once ran past 255 after 245 SMCs and the demo failed to
 * start), and the scale benchmark's 3,400 SMCs are all there, counted by the simulator's own
 * DescribeSMC through the adapter's client.
 */
import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { test } from 'node:test';
import pino from 'pino';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { ucloudstackSmcModule } from '../../adapters/ucloudstack-smc/index.js';
import { Client } from '../../adapters/ucloudstack-smc/client.js';

const clock = () => new ManualClock(Math.floor(Date.now() / 1000) * 1000);

test('startDemo with 260 SMCs starts (host addresses stay valid past 245)', async () => {
  const demo = await ucloudstackSmcModule.startDemo({ accountId: 'ucs-scale', logger: pino({ level: 'silent' }), scale: 260, clock: clock() });
  try {
    assert.ok(demo.account.endpoint, 'the demo account has an endpoint');
  } finally {
    await demo.close();
  }
});

test('startDemo at scale 3,400: 3,400 SMCs across the regions, unique valid addresses and names', async () => {
  const demo = await ucloudstackSmcModule.startDemo({ accountId: 'ucs-scale', logger: pino({ level: 'silent' }), scale: 3_400, clock: clock() });
  const client = new Client({ endpoint: demo.account.endpoint, credentials: demo.account.credentials as { publicKey: string; privateKey: string }, accountId: 'ucs-scale' });
  try {
    const smcs = [];
    for (const region of demo.account.regions) {
      for (let offset = 0; ; offset += 100) {
        const page = await client.describeSMC({ Region: region, Limit: 100, Offset: offset });
        smcs.push(...(page.Infos ?? []));
        if (offset + 100 >= (page.TotalCount ?? 0)) break;
      }
    }
    assert.equal(smcs.length, 3_400);
    assert.ok(smcs.every((s) => isIP(s.IP ?? '') === 4), 'valid IPv4 addresses');
    assert.equal(new Set(smcs.map((s) => s.IP)).size, 3_400, 'unique addresses');
    assert.equal(new Set(smcs.map((s) => s.Name)).size, 3_400, 'unique names');
  } finally {
    client.close();
    await demo.close();
  }
});
