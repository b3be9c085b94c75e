/** Alibaba Cloud SMC: RPC signing, 50 items per vendor page (PageSize maximum). */
import { TaskAction } from '../../../src/core/model.js';
import type { ProviderHarness } from '../define.js';

export const alibabaSmcHarness: ProviderHarness = {
  options: (retryLimit) => ({ retryLimit }),
  wrongSecret: (account) => ({ ...account, credentials: { ...account.credentials, accessKeySecret: 'not-the-secret-not-the-secret' } }),
  vendorPageSize: 50,
  // `scale` jobs, one source each, plus spare sources.
  pagingScale: 70,
  ops: { listTasks: 'DescribeReplicationJobs', listSources: 'DescribeSourceServers', startTask: 'StartReplicationJob' },
  actions: [TaskAction.START, TaskAction.STOP, TaskAction.CUTOVER],
};
