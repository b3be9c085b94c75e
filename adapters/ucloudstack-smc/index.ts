/**
 * The UCloudStack SMC provider module: account validation, provider construction, embedded demo.
 */
import { z } from 'zod';
import { Pager } from '../common/paging.js';
import { accountPolicy } from '../common/policy.js';
import { accountPolicyShape, policyOverrides, unknownQuotaOperations } from '../common/policy-config.js';
import { configIssues } from '../common/validation.js';
import type { AccountConfig, ConfigIssue, ProviderModule } from '../module.js';
import { Client } from './client.js';
import { Provider } from './provider.js';
import { startDemo } from './simulator/demo.js';
import { OPERATIONS_BY_ID } from './generated/operations.js';
import { PROVIDER_ID } from './generated/wire.js';

/** The provider id (generated from the catalog; every adapter file imports it from generated/wire.ts). */
export { PROVIDER_ID };
export { Provider } from './provider.js';
export { Client } from './client.js';
export type { UCloudStackSmcExtension, UCloudStackDescribeFilter, UCloudStackDescribePage, UCloudStackSmc } from './extension.js';
export type { UCloudStackSmcDetails, UCloudStackDiskMapping, SetupInput, SetupDiskMappingInput } from './mapper.js';

const key = z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty');

export const credentialsSchema = z.strictObject({
  publicKey: key,
  privateKey: key,
  /** Sent as the common parameter ProjectId (needed by sub-accounts that are not finance accounts). */
  projectId: key.optional(),
});

export const optionsSchema = z.strictObject({
  projectId: key.optional(),
  /** timeoutMs, deadlineMs, retryLimit (of DescribeSMC, the one operation safe to retry), quota, ... */
  ...accountPolicyShape,
  /** Older name of `backoffLimitMs` (still accepted; `backoffLimitMs` wins when both are set). */
  retryBackoffLimitMs: accountPolicyShape.backoffLimitMs,
  maxSockets: z.number().int().min(1).max(1024).optional(),
});

export type UCloudStackCredentialsConfig = z.infer<typeof credentialsSchema>;
export type UCloudStackOptionsConfig = z.infer<typeof optionsSchema>;


export function validateAccount(account: AccountConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const creds = credentialsSchema.safeParse(account.credentials ?? {});
  if (!creds.success) issues.push(...configIssues('credentials', creds.error));
  const opts = optionsSchema.safeParse(account.options ?? {});
  if (!opts.success) issues.push(...configIssues('options', opts.error));
  else issues.push(...unknownQuotaOperations(opts.data, (id) => Object.hasOwn(OPERATIONS_BY_ID, id)));
  if (creds.success && opts.success && creds.data.projectId && opts.data.projectId && creds.data.projectId !== opts.data.projectId) {
    issues.push({ path: ['options', 'projectId'], message: 'differs from credentials.projectId; set it in one place' });
  }
  return issues;
}

/** An SMC id (`SMCID`). */
const SMC_ID = /^smc-[A-Za-z0-9]{1,64}$/;

export const ucloudstackSmcModule: ProviderModule = {
  id: PROVIDER_ID,
  displayName: 'UCloudStack SMC',
  graphqlName: 'UCLOUDSTACK_SMC',
  // Tasks and sources are both the SMC, `SMCID` `smc-xxxx` in the catalog and seeds (`smc-` and hex
  // digits from the simulator).
  nativeIds: { Source: SMC_ID, Task: SMC_ID },
  description: 'UCloudStack SMC',
  validateAccount,
  createProvider(account, deps) {
    const creds = credentialsSchema.parse(account.credentials);
    const opts = optionsSchema.parse(account.options ?? {});
    const client = new Client({
      endpoint: account.endpoint,
      credentials: { publicKey: creds.publicKey, privateKey: creds.privateKey },
      projectId: creds.projectId ?? opts.projectId,
      accountId: account.id,
      policy: accountPolicy(deps.policy, { provider: PROVIDER_ID, account: account.id }, policyOverrides({ ...opts, backoffLimitMs: opts.backoffLimitMs ?? opts.retryBackoffLimitMs })),
      maxSockets: opts.maxSockets,
      observer: deps.observer,
    });
    return new Provider({ accountId: account.id, regions: account.regions, client, logger: deps.logger, pager: new Pager(deps.pageConcurrency ?? 4) });
  },
  startDemo: (opts) => startDemo(opts),
};
