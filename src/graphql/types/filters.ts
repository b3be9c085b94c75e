import { Field, Float, ID, InputType } from 'type-graphql';
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

@InputType({ description: 'Fields every provider accepts when creating a task.' })
export class CreateTaskInput {
  @Field(() => ID, { description: 'The source server (global id); it decides the account and region.' })
  sourceId!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'A template of the same account (Huawei).' })
  templateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A migration project of the same account (Huawei).' })
  projectId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Bandwidth limit in Mbit/s.' })
  bandwidthLimitMbps?: number | null;
}

@InputType()
export class UpdateTaskInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Float, { nullable: true, description: 'Bandwidth limit in Mbit/s.' })
  bandwidthLimitMbps?: number | null;
}

@InputType()
export class UpdateSourceInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
