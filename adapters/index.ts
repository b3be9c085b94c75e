/**
 * The provider registry: the one place a provider is added (one import, one entry). `PROVIDER_IDS`,
 * the configuration's provider check and the GraphQL `Provider` enum all derive from it.
 */
import type { ProviderId } from '../src/core/model.js';
import type { ProviderModule } from './module.js';
import { huaweiSmsModule } from './huawei-sms/index.js';
import { alibabaSmcModule } from './alibaba-smc/index.js';
import { ucloudstackSmcModule } from './ucloudstack-smc/index.js';

export const PROVIDER_MODULES: readonly ProviderModule[] = [huaweiSmsModule, alibabaSmcModule, ucloudstackSmcModule];

/** Provider ids in registry order. */
export const PROVIDER_IDS: readonly ProviderId[] = PROVIDER_MODULES.map((m) => m.id);

const BY_ID = new Map(PROVIDER_MODULES.map((m) => [m.id, m]));

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && BY_ID.has(value);
}

export function providerModule(id: ProviderId): ProviderModule | undefined {
  return BY_ID.get(id);
}
