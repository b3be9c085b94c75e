/** The provider contract (define.ts), run against every registered provider's simulator. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { PROVIDER_MODULES } from '../../adapters/index.js';
import type { ProviderId } from '../../src/core/model.js';
import { defineProviderContract, type ProviderHarness } from './define.js';
import { huaweiSmsHarness } from './harness/huawei-sms.js';
import { alibabaSmcHarness } from './harness/alibaba-smc.js';
import { ucloudstackSmcHarness } from './harness/ucloudstack-smc.js';

const harnesses: Record<ProviderId, ProviderHarness> = {
  'huawei-sms': huaweiSmsHarness,
  'alibaba-smc': alibabaSmcHarness,
  'ucloudstack-smc': ucloudstackSmcHarness,
};

for (const mod of PROVIDER_MODULES) {
  const harness = harnesses[mod.id];
  if (!harness) {
    it(`${mod.id} has a contract harness`, () => assert.fail(`no test/contract/harness for registered provider ${mod.id}`));
    continue;
  }
  defineProviderContract(mod, harness);
}

it('every harness belongs to a registered provider', () => {
  const registered = new Set(PROVIDER_MODULES.map((m) => m.id));
  assert.deepEqual(Object.keys(harnesses).filter((id) => !registered.has(id)), []);
});
