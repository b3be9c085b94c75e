/** The Huawei SMS GraphQL module: typed `huawei` details on the unified types and the Huawei-only operations. */
import { HuaweiMigrationProjectFields, HuaweiSourceFields, HuaweiTaskFields, HuaweiTemplateFields } from './fields.js';
import { HuaweiSmsResolver } from './resolver.js';

export const huaweiResolvers: Function[] = [HuaweiTaskFields, HuaweiSourceFields, HuaweiTemplateFields, HuaweiMigrationProjectFields, HuaweiSmsResolver];
