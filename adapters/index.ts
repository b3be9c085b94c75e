/**
 * The provider modules the gateway knows. Each adapter adds itself here (one import, one entry).
 */
import type { ProviderId, ProviderModule } from './port.js';
import { ucloudstackSmcModule } from './ucloudstack-smc/index.js';
import { huaweiSmsModule } from './huawei-sms/index.js';
import { alibabaSmcModule } from './alibaba-smc/index.js';

export const providerModules: Partial<Record<ProviderId, ProviderModule>> = {
  'huawei-sms': huaweiSmsModule,
  'alibaba-smc': alibabaSmcModule,
  'ucloudstack-smc': ucloudstackSmcModule,
};

export function providerModule(id: ProviderId): ProviderModule | undefined {
  return providerModules[id];
}
