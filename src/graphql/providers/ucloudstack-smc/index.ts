/** The UCloudStack SMC GraphQL module: typed details on Task and Source, and the SMC operations. */
import { UCloudStackSourceFields, UCloudStackTaskFields } from './fields.js';
import { UCloudStackSmcResolver } from './resolver.js';

export const ucloudstackResolvers: Function[] = [UCloudStackTaskFields, UCloudStackSourceFields, UCloudStackSmcResolver];
