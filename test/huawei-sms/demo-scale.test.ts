/** The Huawei demo at the scale benchmark's size: as many tasks as asked, valid unique sources. */
import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { test } from 'node:test';
import pino from 'pino';
import { startHuaweiDemo } from '../../adapters/huawei-sms/simulator/demo.js';

test('startDemo at scale 3,400: 3,400 tasks in the simulator store, each source with a unique valid address and name', async () => {
  const demo = await startHuaweiDemo({ accountId: 'hw-scale', logger: pino({ level: 'silent' }), scale: 3_400 });
  try {
    const store = demo.simulator.store;
    assert.equal(store.tasks.size, 3_400);
    const sources = [...store.sources.values()];
    assert.ok(sources.length >= 3_400);
    assert.ok(sources.every((s) => isIP(s.ip ?? '') === 4), 'valid IPv4 addresses');
    assert.equal(new Set(sources.map((s) => s.ip)).size, sources.length, 'unique addresses');
    assert.equal(new Set(sources.map((s) => s.name)).size, sources.length, 'unique names');
  } finally {
    await demo.close();
  }
});
