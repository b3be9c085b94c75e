/**
 * The provider modules the gateway knows. Each adapter adds itself here (one import, one entry).
 */
import type { ProviderId, ProviderModule } from './port.js';

export const providerModules: Partial<Record<ProviderId, ProviderModule>> = {};

export function providerModule(id: ProviderId): ProviderModule | undefined {
  return providerModules[id];
}
