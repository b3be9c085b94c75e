import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Provider, TaskState } from './enums.js';
import { Progress } from './progress.js';
import { Task } from './task.js';
import { Authenticated } from '../../security/directives.js';
import { DateTime } from './scalars.js';

@Authenticated()
@ObjectType({ simpleResolvers: true, description: 'A change of a watched task, or a status saying its data is stale.' })
export class TaskProgressEvent {
  @Field(() => Int, { description: 'Increases by one per event of this task: a gap means a missed event.' })
  sequence!: number;

  @Field(() => ID, { description: 'Global id of the task.' })
  taskId!: string;

  @Field(() => Provider)
  provider!: Provider;

  @Field(() => TaskState, { nullable: true, description: 'Unified state (null when the task is gone or was never read).' })
  state!: TaskState | null;

  @Field(() => String, { nullable: true, description: "The provider's own state, verbatim." })
  nativeState!: string | null;

  @Field(() => Progress, { nullable: true, description: 'Percent, bytes, speed, remaining time, phase and steps.' })
  progress!: Progress | null;

  @Field(() => Task, { nullable: true, description: 'The task as last read (null when it no longer exists).' })
  task!: unknown;

  @Field({ description: 'True when the gateway could not refresh the task; the values are the last known ones.' })
  stale!: boolean;

  @Field(() => String, { nullable: true, description: 'Gateway error code explaining a stale status.' })
  staleReason!: string | null;

  @Field({ description: 'True for the last event of the stream (terminal state, or the task is gone).' })
  final!: boolean;

  @Field(() => DateTime, { description: 'When the gateway observed this, ISO-8601 UTC.' })
  observedAt!: string;
}
