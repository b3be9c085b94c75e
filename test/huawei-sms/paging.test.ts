/** Huawei SMS ListTasks through the Pager (test/helpers/paging.ts): 200 tasks per page, offset/limit. */
import { HuaweiSmsProvider, TASK_PAGE } from '../../adapters/huawei-sms/provider.js';
import type { Client } from '../../adapters/huawei-sms/client.js';
import type * as w from '../../adapters/huawei-sms/generated/wire.js';
import { Pager } from '../../adapters/common/paging.js';
import { definePagingSuite } from '../helpers/paging.js';

definePagingSuite<w.TasksResponseBody>({
  provider: 'huawei-sms',
  pageSize: TASK_PAGE,
  wireTask: (i, createdSec) => ({ id: `task-id-${String(i).padStart(5, '0')}`, name: `task-${i}`, state: 'RUNNING', create_date: createdSec * 1000 }),
  listTasks(list, concurrency) {
    const client = {
      listTasks: (query: w.ListTasksQuery) => list.page(query.offset ?? 0, query.limit ?? 50).then((p) => ({ count: p.total, tasks: p.items })),
    } as unknown as Client;
    const provider = new HuaweiSmsProvider({ accountId: 'hw-paging', regions: ['fake-region-1'], client, pager: new Pager(concurrency) });
    return (query, ctx) => provider.listTasks(query, ctx);
  },
});
