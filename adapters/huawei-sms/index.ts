/**
 * The Huawei Cloud SMS provider module: account validation, provider construction, embedded demo.
 *
 * Credentials (one of):
 *   { accessKeyId, secretAccessKey, securityToken?, projectId?, domainId? }       AK/SK (SDK-HMAC-SHA256)
 *   { iam: { endpoint, userName, password, domainName, projectId? } }            IAM password -> token
 * Options: the shared upstream policy keys (common/policy-config.ts accountPolicyShape: timeoutMs,
 *   deadlineMs, retryLimit, backoffLimitMs, retryBudget, circuit, quota) and maxSockets.
 */
import { z } from 'zod';
import { Pager } from '../common/paging.js';
import { accountPolicy } from '../common/policy.js';
import { accountPolicyShape, policyOverrides, unknownQuotaOperations } from '../common/policy-config.js';
import { configIssues } from '../common/validation.js';
import type { AccountConfig, ConfigIssue, ProviderModule } from '../module.js';
import { Client, type HuaweiCredentials } from './client.js';
import { OPERATIONS_BY_ID } from './generated/operations.js';
import { PROVIDER_ID } from './generated/wire.js';
import { HuaweiSmsProvider } from './provider.js';
import { startHuaweiDemo } from './simulator/demo.js';

/**
 * The adapter's provider id. It is the generated constant (generated/wire.ts, from the catalog),
 * re-exported here: the adapter's files import it from there, because importing it from this
 * module (which imports the provider, client and simulator) would be an import cycle.
 */
export { PROVIDER_ID } from './generated/wire.js';

export { HuaweiSmsProvider } from './provider.js';
export { Client } from './client.js';
export type * from './extension.js';
export type {
  HuaweiTaskDetails,
  HuaweiSourceDetails,
  HuaweiTemplateDetails,
  HuaweiMigrationProjectDetails,
  HuaweiSubTask,
  HuaweiCloneServer,
  HuaweiNetworkCheck,
  HuaweiResourceUsage,
  HuaweiConfigSetting,
  HuaweiTaskTargetServer,
  HuaweiEnvironmentCheck,
  HuaweiNetwork,
  HuaweiSourceTaskSummary,
  HuaweiVpc,
  HuaweiNic,
  HuaweiSecurityGroup,
  HuaweiPublicIp,
  HuaweiTemplateDisk,
} from './mapper.js';

const text = z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty');
const httpUrl = z
  .string({ error: 'must be a string' })
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

export const akskCredentialsSchema = z.strictObject({
  accessKeyId: text,
  secretAccessKey: text,
  /** Temporary credentials (STS): sent and signed as X-Security-Token. */
  securityToken: text.optional(),
  /** Sub-project access: X-Project-Id. */
  projectId: text.optional(),
  /** Account (domain) id for the global service: X-Domain-Id. */
  domainId: text.optional(),
});

export const iamCredentialsSchema = z.strictObject({
  iam: z.strictObject({
    endpoint: httpUrl,
    userName: text,
    password: text,
    domainName: text,
    /** Project-scoped token; domain scope when absent. */
    projectId: text.optional(),
  }),
});

export const optionsSchema = z.strictObject({
  /** timeoutMs, deadlineMs, retryLimit (reads only: writes are never retried), quota, ... */
  ...accountPolicyShape,
  maxSockets: z.number().int().min(1).max(1024).optional(),
});

export type HuaweiOptionsConfig = z.infer<typeof optionsSchema>;


/** The credential mode is chosen by the presence of `iam`, so errors point at the right fields. */
export function parseCredentials(raw: unknown): { ok: true; value: HuaweiCredentials } | { ok: false; issues: ConfigIssue[] } {
  const creds = (raw ?? {}) as Record<string, unknown>;
  if (typeof creds !== 'object' || Array.isArray(creds)) return { ok: false, issues: [{ path: ['credentials'], message: 'must be an object' }] };
  if ('iam' in creds) {
    const r = iamCredentialsSchema.safeParse(creds);
    return r.success ? { ok: true, value: r.data } : { ok: false, issues: configIssues('credentials', r.error) };
  }
  const r = akskCredentialsSchema.safeParse(creds);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: configIssues('credentials', r.error) };
}

export function validateAccount(account: AccountConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const creds = parseCredentials(account.credentials);
  if (!creds.ok) issues.push(...creds.issues);
  const opts = optionsSchema.safeParse(account.options ?? {});
  if (!opts.success) issues.push(...configIssues('options', opts.error));
  else issues.push(...unknownQuotaOperations(opts.data, (id) => Object.hasOwn(OPERATIONS_BY_ID, id)));
  if (!httpUrl.safeParse(account.endpoint).success) issues.push({ path: ['endpoint'], message: 'must be an http(s) URL' });
  if (!Array.isArray(account.regions) || account.regions.length !== 1) {
    issues.push({ path: ['regions'], message: 'Huawei SMS is a global service (one endpoint): configure exactly one region' });
  }
  return issues;
}

/** A Huawei resource id: a UUID, with or without its dashes. */
const HUAWEI_UUID = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/;

export const huaweiSmsModule: ProviderModule = {
  id: PROVIDER_ID,
  displayName: 'Huawei Cloud SMS',
  graphqlName: 'HUAWEI_SMS',
  // Servers, tasks, templates and migration projects are UUIDs (the catalog's and seeds' examples:
  // `7861c7ab-06c0-4b23-a350-00e5ed361fbb`; some seeds print the 32 hex digits without dashes).
  nativeIds: { Source: HUAWEI_UUID, Task: HUAWEI_UUID, Template: HUAWEI_UUID, MigrationProject: HUAWEI_UUID },
  description: 'Huawei Cloud Server Migration Service (SMS) v3',
  validateAccount,
  createProvider(account, deps) {
    const creds = parseCredentials(account.credentials);
    if (!creds.ok) throw new Error(`invalid Huawei SMS credentials for account ${account.id}: ${creds.issues.map((i) => i.path.join('.')).join(', ')}`);
    const opts = optionsSchema.parse(account.options ?? {});
    const client = new Client({
      endpoint: account.endpoint,
      credentials: creds.value,
      account: account.id,
      policy: accountPolicy(deps.policy, { provider: PROVIDER_ID, account: account.id }, policyOverrides(opts)),
      maxSockets: opts.maxSockets,
      region: account.regions[0],
      observer: deps.observer,
    });
    return new HuaweiSmsProvider({ accountId: account.id, regions: account.regions, client, logger: deps.logger, pager: new Pager(deps.pageConcurrency ?? 4) });
  },
  startDemo: (opts) => startHuaweiDemo(opts),
};
