import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { Shareable } from '../../security/directives.js';

@Shareable()
@ObjectType({ simpleResolvers: true, description: 'A key/value tag on a provider resource.' })
export class Tag {
  @Field()
  key!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@InputType({ description: 'Matches resources carrying this tag (any value when `value` is null).' })
export class TagInput {
  @Field()
  key!: string;

  @Field(() => String, { nullable: true })
  value?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class Disk {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  device!: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  sizeBytes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  usedBytes!: number | null;
}

@Shareable()
@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a delete: the global ids that were deleted.' })
export class DeletePayload {
  @Field(() => [String])
  deletedIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'Why one id of a batch was not deleted: the gateway code, as in `extensions.code`.' })
export class DeleteError {
  @Field()
  code!: string;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: "The vendor's own error code, verbatim." })
  providerCode!: string | null;

  @Field({ description: 'The same delete may succeed later (throttling, an unavailable upstream).' })
  retryable!: boolean;

  @Field(() => String, { nullable: true, description: '`UNKNOWN` when the delete was sent and its answer lost, and a read-back could not tell whether it was applied (as `extensions.outcome`).' })
  outcome!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome of deleting one task.' })
export class DeleteTaskResult {
  @Field(() => ID, { description: 'The task id as given.' })
  id!: string;

  @Field()
  deleted!: boolean;

  @Field(() => DeleteError, { nullable: true, description: 'Null when deleted.' })
  error!: DeleteError | null;

  @Field(() => [ID], {
    description: 'Other entities the provider deleted with the task. UCloudStack: the SMC is the task and its source at once, so its Source goes with it.',
  })
  alsoDeleted!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of deleteTasks: one result per id; a partial batch is data, not an error.' })
export class DeleteTasksPayload {
  @Field(() => [DeleteTaskResult])
  results!: DeleteTaskResult[];

  @Field(() => [ID], { description: 'The ids that were deleted.' })
  deletedIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'The outcome of deleting one entity of a batch (a source, a template).' })
export class DeleteResult {
  @Field(() => ID, { description: 'The id as given.' })
  id!: string;

  @Field()
  deleted!: boolean;

  @Field(() => DeleteError, { nullable: true, description: 'Null when deleted.' })
  error!: DeleteError | null;

  @Field(() => [ID], { description: 'Other entities the provider deleted with it. UCloudStack: the SMC is a source and a task at once, so its Task goes with its Source.' })
  alsoDeleted!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of a batch delete (deleteSources, huaweiDeleteTemplates): one result per id; a partial batch is data, not an error.' })
export class DeleteResultsPayload {
  @Field(() => [DeleteResult])
  results!: DeleteResult[];

  @Field(() => [ID], { description: 'The ids that were deleted.' })
  deletedIds!: string[];
}
