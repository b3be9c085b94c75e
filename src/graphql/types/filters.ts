import { Field, ID, InputType, Int } from 'type-graphql';
import type { ProviderId } from '../../core/model.js';
import type { ProviderOptions } from '../../domain/gateway.js';
import { AlibabaCreateTaskOptions, AlibabaUpdateTaskOptions } from '../providers/alibaba-smc/inputs.js';
import { HuaweiCreateTaskOptions, HuaweiUpdateTaskOptions } from '../providers/huawei-sms/inputs.js';
import { UCloudStackCreateTaskOptions, UCloudStackUpdateTaskOptions } from '../providers/ucloudstack-smc/inputs.js';
import { TagInput } from './common.js';
import { Provider, SourceState, TaskState } from './enums.js';
import { DateTime } from './scalars.js';

@InputType({ description: 'Which accounts and regions a list covers (all when empty), and common filters.' })
export class ResourceFilter {
  @Field(() => [Provider], { nullable: true })
  providers?: Provider[] | null;

  @Field(() => [ID], { nullable: true, description: 'Account ids from the configuration.' })
  accounts?: string[] | null;

  @Field(() => [String], { nullable: true })
  regions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  nameContains?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Created at or after this ISO-8601 time.' })
  createdAfter?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Created before this ISO-8601 time.' })
  createdBefore?: string | null;
}

@InputType()
export class SourceFilter extends ResourceFilter {
  @Field(() => [SourceState], { nullable: true })
  states?: SourceState[] | null;

  @Field(() => [TagInput], { nullable: true, description: 'Every tag must match.' })
  tags?: TagInput[] | null;
}

@InputType()
export class TaskFilter extends ResourceFilter {
  @Field(() => [TaskState], { nullable: true })
  states?: TaskState[] | null;

  @Field(() => [TagInput], { nullable: true, description: 'Every tag must match.' })
  tags?: TagInput[] | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks of this source (global id).' })
  sourceId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these tasks (global ids).' })
  ids?: string[] | null;
}

@InputType()
export class TemplateFilter extends ResourceFilter {}

@InputType()
export class MigrationProjectFilter extends ResourceFilter {}

/** The per-provider option fields of CreateTaskInput and UpdateTaskInput, and their provider. */
export const PROVIDER_OPTION_FIELDS = {
  huawei: 'huawei-sms',
  alibaba: 'alibaba-smc',
  ucloudstack: 'ucloudstack-smc',
} as const satisfies Record<string, ProviderId>;

/** The provider option fields `input` gave, as plain objects (undefined fields left out), named by argument path. */
export function providerOptions(input: Partial<Record<keyof typeof PROVIDER_OPTION_FIELDS, object | null>>, at = 'input'): ProviderOptions[] {
  return Object.entries(PROVIDER_OPTION_FIELDS).flatMap(([key, provider]) => {
    const value = input[key as keyof typeof PROVIDER_OPTION_FIELDS];
    return value == null ? [] : [{ provider, field: `${at}.${key}`, value: plain(value) as Record<string, unknown> }];
  });
}

/** A GraphQL input value as plain data: class instances become objects, undefined fields are dropped. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
}

@InputType({
  description:
    "Creates a task for a source: the fields every provider shares, plus at most one provider's own options, the one of the source's provider (another one is BAD_USER_INPUT naming it).",
})
export class CreateTaskInput {
  @Field(() => ID, { description: 'The source server (global id); it decides the provider, account and region.' })
  sourceId!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'A template of the same account (Huawei).' })
  templateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A migration project of the same account (Huawei).' })
  projectId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Bandwidth limit in whole Mbit/s (every vendor takes integers); 0 or null = unlimited.' })
  bandwidthLimitMbps?: number | null;

  @Field(() => HuaweiCreateTaskOptions, { nullable: true, description: 'Huawei SMS CreateTask options (the target: a templateId or existingServer).' })
  huawei?: HuaweiCreateTaskOptions | null;

  @Field(() => AlibabaCreateTaskOptions, { nullable: true, description: 'Alibaba SMC CreateReplicationJob options.' })
  alibaba?: AlibabaCreateTaskOptions | null;

  @Field(() => UCloudStackCreateTaskOptions, {
    nullable: true,
    description: 'UCloudStack SetupSMC (required there): the SMC is registered by its agent, so createTask configures the SMC `sourceId`; it does not start it.',
  })
  ucloudstack?: UCloudStackCreateTaskOptions | null;
}

@InputType({ description: "Changes a task: the shared fields, plus at most one provider's own options (the task's provider)." })
export class UpdateTaskInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Bandwidth limit in whole Mbit/s; null = unlimited. Alibaba: fixed at creation (UNSUPPORTED_OPERATION).' })
  bandwidthLimitMbps?: number | null;

  @Field(() => HuaweiUpdateTaskOptions, { nullable: true })
  huawei?: HuaweiUpdateTaskOptions | null;

  @Field(() => AlibabaUpdateTaskOptions, { nullable: true })
  alibaba?: AlibabaUpdateTaskOptions | null;

  @Field(() => UCloudStackUpdateTaskOptions, { nullable: true, description: 'UCloudStack: SetupSMC again; the password of a configured SSH user is needed again.' })
  ucloudstack?: UCloudStackUpdateTaskOptions | null;
}

@InputType()
export class UpdateSourceInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
