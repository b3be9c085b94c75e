/** Alibaba DescribeReplicationJobs through the Pager (test/helpers/paging.ts): 50 jobs per page, PageNumber/PageSize. */
import { MAX_PAGE, Provider } from '../../adapters/alibaba-smc/provider.js';
import type * as w from '../../adapters/alibaba-smc/generated/wire.js';
import { Pager } from '../../adapters/common/paging.js';
import { definePagingSuite } from '../helpers/paging.js';

definePagingSuite<w.ReplicationJob>({
  provider: 'alibaba-smc',
  pageSize: MAX_PAGE,
  wireTask: (i, createdSec) => ({
    JobId: `j-paging${String(i).padStart(5, '0')}`,
    Name: `task-${i}`,
    Status: 'Running',
    RegionId: 'fake-region-1',
    CreationTime: new Date(createdSec * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  }),
  listTasks(list, concurrency) {
    // Nothing is sent: the one list method is the fake.
    const provider = new Provider({ accountId: 'ali-paging', endpoint: 'http://127.0.0.1:9', regions: ['fake-region-1'], credentials: { accessKeyId: 'k', accessKeySecret: 's' }, pager: new Pager(concurrency) });
    provider.client.describeReplicationJobs = (req: w.DescribeReplicationJobsRequest = {}) => {
      const size = req.PageSize ?? 10;
      return list.page(((req.PageNumber ?? 1) - 1) * size, size).then((p) => ({ RequestId: 'r', TotalCount: p.total, ReplicationJobs: { ReplicationJob: p.items } }));
    };
    return (query, ctx) => provider.listTasks(query, ctx);
  },
});
