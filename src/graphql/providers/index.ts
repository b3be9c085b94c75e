/**
 * Provider GraphQL modules: each provider adds the resolvers of its own operations and its typed
 * detail fields here (see README.md beside this file).
 */
import type { NonEmptyArray } from 'type-graphql';
import { ucloudstackResolvers } from './ucloudstack-smc/index.js';

export const providerResolvers: Function[] = [...ucloudstackResolvers];

export type ResolverList = NonEmptyArray<Function>;
