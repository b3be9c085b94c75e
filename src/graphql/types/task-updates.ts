import { Field, ID, InputType } from 'type-graphql';
import { Provider, TaskState } from './enums.js';

@InputType({ description: 'Which tasks `taskUpdates` follows. Every field narrows the selection; empty means every task.' })
export class TaskUpdatesFilter {
  @Field(() => [Provider], { nullable: true })
  providers?: Provider[] | null;

  @Field(() => [ID], { nullable: true, description: 'Account ids from the configuration.' })
  accounts?: string[] | null;

  @Field(() => [String], { nullable: true })
  regions?: string[] | null;

  @Field(() => [TaskState], {
    nullable: true,
    description: 'Only tasks in these unified states; a task that leaves them gets one last event, then is left out until it matches again.',
  })
  states?: TaskState[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these tasks (global ids, at most 1000); the stream ends once every one reached a final event.' })
  ids?: string[] | null;
}
