/**
 * The UCloudStack demo at a large scale (the embedded default at MIGRAPH_DEMO_SCALE=1000 seeds
 * 1,000 SMCs): every seeded host address is a valid IPv4 address, so SetupSMC accepts them all
 * (the last octet once ran past 255 after 245 SMCs and the demo failed to start).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import { ucloudstackSmcModule } from '../../adapters/ucloudstack-smc/index.js';

test('startDemo with 260 SMCs starts (host addresses stay valid past 245)', async () => {
  const demo = await ucloudstackSmcModule.startDemo({ accountId: 'ucs-scale', logger: pino({ level: 'silent' }), scale: 260, clock: new ManualClock(Math.floor(Date.now() / 1000) * 1000) });
  try {
    assert.ok(demo.account.endpoint, 'the demo account has an endpoint');
  } finally {
    await demo.close();
  }
});
