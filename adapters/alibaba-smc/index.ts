/**
 * The Alibaba Cloud SMC provider module: configuration checks, provider factory, embedded demo.
 *
 * Account configuration:
 *   credentials: { accessKeyId, accessKeySecret, securityToken? }   (securityToken for STS credentials)
 *   options (all optional): { method: 'GET'|'POST', maxSockets, tagCacheTtlMs } and the shared upstream
 *   policy keys (common/policy-config.ts accountPolicyShape: timeoutMs, deadlineMs, retryLimit,
 *   backoffLimitMs, retryBudget, circuit, quota)
 */
import { z } from 'zod';
import { Pager } from '../common/paging.js';
import { accountPolicy } from '../common/policy.js';
import { accountPolicyShape, policyOverrides, unknownQuotaOperations } from '../common/policy-config.js';
import { configIssues } from '../common/validation.js';
import type { AccountConfig, ConfigIssue, ProviderModule } from '../module.js';
import { OPERATIONS_BY_ID } from './generated/operations.js';
import { PROVIDER_ID } from './generated/wire.js';
import { Provider } from './provider.js';
import { startAlibabaDemo } from './simulator/demo.js';

export { PROVIDER_ID } from './generated/wire.js';
export { Provider } from './provider.js';
export type { AlibabaSmcExtension } from './extension.js';
export type { AlibabaJobDetails, AlibabaSourceDetails } from './mapper.js';

export const credentialsSchema = z
  .object({
    accessKeyId: z.string().trim().min(1, 'accessKeyId is required'),
    accessKeySecret: z.string().min(1, 'accessKeySecret is required'),
    securityToken: z.string().min(1, 'securityToken must not be empty').optional(),
  })
  .strict();

export const optionsSchema = z
  .object({
    method: z.enum(['GET', 'POST']).optional(),
    ...accountPolicyShape,
    maxSockets: z.number().int().min(1).max(1024).optional(),
    tagCacheTtlMs: z.number().int().min(0).max(3_600_000).optional(),
  })
  .strict();


export function validateAlibabaAccount(account: AccountConfig): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  const creds = credentialsSchema.safeParse(account.credentials ?? {});
  if (!creds.success) out.push(...configIssues('credentials', creds.error));
  if (account.options !== undefined) {
    const opts = optionsSchema.safeParse(account.options);
    if (!opts.success) out.push(...configIssues('options', opts.error));
    else out.push(...unknownQuotaOperations(opts.data, (id) => Object.hasOwn(OPERATIONS_BY_ID, id)));
  }
  try {
    const url = new URL(account.endpoint);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') out.push({ path: ['endpoint'], message: 'endpoint must be an http(s) URL' });
  } catch {
    out.push({ path: ['endpoint'], message: 'endpoint must be an absolute URL, e.g. https://smc.aliyuncs.com' });
  }
  if (!Array.isArray(account.regions) || account.regions.length === 0) out.push({ path: ['regions'], message: 'at least one region is required (e.g. cn-hangzhou)' });
  return out;
}

export const alibabaSmcModule: ProviderModule = {
  id: PROVIDER_ID,
  displayName: 'Alibaba Cloud SMC',
  graphqlName: 'ALIBABA_SMC',
  // SourceId `s-bp1e2fsl57knvuug****` and JobId `j-bp17bclvg344jlyt****` in the catalog and seeds
  // (masked there; lower-case letters and digits after the prefix, as the simulator issues them).
  nativeIds: { Source: /^s-[a-z0-9]{4,64}$/, Task: /^j-[a-z0-9]{4,64}$/ },
  description: 'Alibaba Cloud Server Migration Center (SMC) 2019-06-01',
  validateAccount: validateAlibabaAccount,
  createProvider(account, deps) {
    const creds = credentialsSchema.parse(account.credentials);
    const opts = optionsSchema.parse(account.options ?? {});
    return new Provider({
      accountId: account.id,
      endpoint: account.endpoint,
      regions: account.regions,
      credentials: creds,
      logger: deps.logger,
      observer: deps.observer,
      method: opts.method,
      maxSockets: opts.maxSockets,
      tagCacheTtlMs: opts.tagCacheTtlMs,
      pager: new Pager(deps.pageConcurrency ?? 4),
      policy: accountPolicy(deps.policy, { provider: PROVIDER_ID, account: account.id }, policyOverrides(opts)),
    });
  },
  startDemo: (opts) => startAlibabaDemo(opts),
};

export default alibabaSmcModule;
