import { Field, Float, ObjectType } from 'type-graphql';
import { DateTime } from './scalars.js';

@ObjectType({ simpleResolvers: true, description: 'One step of a migration (Huawei sub-task, UCloudStack subtask, Alibaba run).' })
export class ProgressStep {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Native step state, verbatim.' })
  state!: string | null;

  @Field(() => Float, { nullable: true, description: '0 to 100.' })
  percent!: number | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  startedAt!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  finishedAt!: string | null;

  @Field(() => String, { nullable: true })
  detail!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Progress of a task in normalised units.' })
export class Progress {
  @Field(() => Float, { nullable: true, description: '0 to 100.' })
  percent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes transferred so far.' })
  transferredBytes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes to transfer in total.' })
  totalBytes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Current speed in bytes per second.' })
  speed!: number | null;

  @Field(() => Float, { nullable: true, description: 'Estimated seconds left.' })
  remainingSeconds!: number | null;

  @Field(() => DateTime, { nullable: true, description: 'Estimated completion time, ISO-8601 UTC.' })
  estimatedCompletionAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Native phase name.' })
  phase!: string | null;

  @Field(() => [ProgressStep])
  steps!: ProgressStep[];
}
