/** UCloudStack DescribeSMC through the Pager (test/helpers/paging.ts): 100 SMCs per page, Offset/Limit. */
import { MAX_BATCH, Provider } from '../../adapters/ucloudstack-smc/provider.js';
import type { Client } from '../../adapters/ucloudstack-smc/client.js';
import type * as w from '../../adapters/ucloudstack-smc/generated/wire.js';
import { Pager } from '../../adapters/common/paging.js';
import { definePagingSuite } from '../helpers/paging.js';

definePagingSuite<w.SMCInfo>({
  provider: 'ucloudstack-smc',
  pageSize: MAX_BATCH,
  wireTask: (i, createdSec) => ({ SMCID: `smc-${String(i).padStart(5, '0')}`, Name: `task-${i}`, State: 'Online', CreateTime: createdSec, UpdateTime: createdSec }),
  listTasks(list, concurrency) {
    const client = {
      describeSMC: (req: w.DescribeSMCRequest) =>
        list.page(req.Offset ?? 0, req.Limit ?? 20).then((p) => ({ Action: 'DescribeSMCResponse', RetCode: 0, TotalCount: p.total, Infos: p.items })),
    } as unknown as Client;
    const provider = new Provider({ accountId: 'ucs-paging', regions: ['fake-region-1'], client, pager: new Pager(concurrency) });
    return (query, ctx) => provider.listTasks(query, ctx);
  },
});
