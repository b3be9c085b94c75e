/** Huawei Cloud SMS: AK/SK signing, 200 tasks/sources per vendor page, actions via UpdateTaskStatus. */
import { ListOrder, TaskAction } from '../../../src/core/model.js';
import type { ProviderHarness } from '../define.js';

export const huaweiSmsHarness: ProviderHarness = {
  options: (retryLimit) => ({ retryLimit }),
  wrongSecret: (account) => ({ ...account, credentials: { ...account.credentials, secretAccessKey: 'not-the-secret-not-the-secret-000000000' } }),
  vendorPageSize: 200,
  // 12 demo tasks and 15 sources, plus `scale - 12` bulk tasks with one source each.
  pagingScale: 230,
  // 8 bulk tasks spread over READY / RUNNING / SYNCING / MIGRATE_SUCCESS / MIGRATE_FAIL / ABORT.
  actionScale: 20,
  ops: { listTasks: 'ListTasks', listSources: 'ListServers', startTask: 'UpdateTaskStatus' },
  actions: [TaskAction.START, TaskAction.STOP, TaskAction.RESTART, TaskAction.TEST, TaskAction.CLONE_TEST, TaskAction.NETWORK_CHECK],
  async actionParams(action, provider, region) {
    if (action !== TaskAction.CLONE_TEST) return null;
    const templates = await provider.listTemplates!({ region, offset: 0, limit: 1, order: ListOrder.NAME_ASC, filter: {} });
    return { templateId: templates.items[0]!.nativeId };
  },
  // The APIGW throttling answer carries Retry-After: 1.
  throttleRetryAfterMs: 1000,
};
