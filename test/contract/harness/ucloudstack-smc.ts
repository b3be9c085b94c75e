/** UCloudStack SMC: one SMC is a source and a task; DescribeSMC returns at most 100 per call. */
import { TaskAction } from '../../../src/core/model.js';
import type { ProviderHarness } from '../define.js';

export const ucloudstackSmcHarness: ProviderHarness = {
  options: (retryLimit) => ({ retryLimit, retryBackoffLimitMs: 1 }),
  wrongSecret: (account) => ({ ...account, credentials: { ...account.credentials, privateKey: 'not-the-private-key-000000000000' } }),
  vendorPageSize: 100,
  // Four SMCs in five are in the first region: 140 -> 112 there.
  pagingScale: 140,
  region: (account) => account.regions[0]!,
  ops: { listTasks: 'DescribeSMC', listSources: 'DescribeSMC', startTask: 'StartSMC' },
  actions: [TaskAction.START, TaskAction.STOP, TaskAction.CUTOVER],
  // Frozen right after start every SMC is Online or Preparing: a few heartbeats (2 s each) move the
  // demo's agents to Syncing, Synced, Completing and Exception.
  warmUpMs: 12_000,
};
