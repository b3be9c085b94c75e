import { Field, Float, ObjectType } from 'type-graphql';
import { Tag } from './common.js';
import { Connection } from './connection.js';
import { Entity } from './entity.js';
import { TaskState } from './enums.js';
import { Node } from './node.js';
import { Progress } from './progress.js';
import { Authenticated, Key } from '../../security/directives.js';
import { DateTime } from './scalars.js';

@ObjectType({ simpleResolvers: true, description: 'What a task migrates to.' })
export class TaskTarget {
  @Field({ description: 'INSTANCE, IMAGE, CONTAINER_IMAGE, VM or UNKNOWN.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  nativeId!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Why a task failed, as the provider reports it.' })
export class TaskError {
  @Field(() => String, { nullable: true, description: "The provider's error code." })
  code!: string | null;

  @Field()
  message!: string;
}

@Key()
@Authenticated()
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A migration task: a Huawei SMS task, an Alibaba replication job or a UCloudStack SMC.',
})
export class Task extends Entity implements Node {
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Native task type, verbatim.' })
  type!: string | null;

  @Field(() => TaskState)
  state!: TaskState;

  @Field({ description: "The provider's own state, verbatim." })
  nativeState!: string;

  @Field(() => Progress)
  progress!: Progress;

  @Field(() => TaskTarget, { nullable: true })
  target!: TaskTarget | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  createdAt!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  startedAt!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  finishedAt!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  lastSyncedAt!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the provider last changed the record. Null where the provider does not report it (Huawei, Alibaba); UCloudStack UpdateTime.',
  })
  updatedAt!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the native state last changed. Null where the provider does not report it (Alibaba, UCloudStack, Huawei tasks); Huawei source state_action_time.',
  })
  stateChangedAt!: string | null;

  @Field(() => TaskError, { nullable: true })
  error!: TaskError | null;

  @Field(() => Float, { nullable: true, description: 'Bandwidth limit in Mbit/s; null when unlimited.' })
  bandwidthLimitMbps!: number | null;

  /** Resolved by the entity resolver (read lazily where the provider keeps tags apart). */
  tags!: Tag[] | null;

  sourceId!: string | null;
  templateId!: string | null;
  projectId!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class TaskConnection extends Connection('Task', Task) {}
