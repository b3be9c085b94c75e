/**
 * Provider GraphQL modules: each provider adds the resolvers of its own operations and its typed
 * detail fields here (see README.md beside this file).
 */
import { ucloudstackResolvers } from './ucloudstack-smc/index.js';
import { alibabaResolvers } from './alibaba-smc/index.js';
import { huaweiResolvers } from './huawei-sms/index.js';

export const providerResolvers: Function[] = [...huaweiResolvers, ...ucloudstackResolvers, ...alibabaResolvers];
