import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Account } from './account.js';
import { Provider, TaskState } from './enums.js';
import { Task } from './task.js';
import { Authenticated } from '../../security/directives.js';
import { DateTime } from './scalars.js';

@ObjectType()
export class ProviderStateCount {
  @Field(() => Provider)
  provider!: Provider;

  @Field(() => TaskState)
  state!: TaskState;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class AccountRegionCount {
  @Field(() => Provider)
  provider!: Provider;

  @Field(() => Account)
  account!: Account;

  @Field()
  region!: string;

  @Field(() => Int, { description: 'All matching tasks.' })
  count!: number;

  @Field(() => Int, { description: 'Tasks not in a terminal state.' })
  active!: number;

  @Field(() => Int)
  failed!: number;
}

@ObjectType()
export class EtaBucket {
  @Field()
  bucket!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Failed tasks sharing one provider error code.' })
export class FailureGroup {
  @Field(() => Provider)
  provider!: Provider;

  @Field({ description: "The provider's error code (UNKNOWN when it gave none)." })
  code!: string;

  @Field(() => String, { nullable: true, description: "A sample message of the group, as text (the vendor's message decoded: Alibaba StatusInfo JSON, Huawei error_json filled from the error-code table); null when no task of the group had one." })
  message!: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => [ID], { description: 'Up to five task ids, for drilling down.' })
  sampleTaskIds!: string[];
}

@Authenticated()
@ObjectType({ description: 'What is in flight, where, how fast, and what failed, across every selected account.' })
export class MigrationReport {
  @Field(() => DateTime, { description: 'ISO-8601 UTC.' })
  generatedAt!: string;

  @Field(() => Int)
  taskCount!: number;

  @Field(() => [ProviderStateCount])
  byProviderState!: ProviderStateCount[];

  @Field(() => [AccountRegionCount])
  byAccountRegion!: AccountRegionCount[];

  @Field(() => Float, { description: 'Bytes transferred, summed over the tasks.' })
  transferredBytes!: number;

  @Field(() => Float, { description: 'Bytes to transfer, summed over the tasks.' })
  totalBytes!: number;

  @Field(() => Float, { description: 'Current aggregate speed of running tasks, bytes per second.' })
  throughput!: number;

  @Field(() => Int)
  runningTasks!: number;

  @Field(() => [EtaBucket], { description: 'Remaining time of running tasks.' })
  etaDistribution!: EtaBucket[];

  @Field(() => Int, { description: 'Running tasks whose provider reports no remaining time.' })
  etaUnknown!: number;

  @Field(() => [FailureGroup])
  failures!: FailureGroup[];

  @Field(() => [Task], { description: 'The oldest tasks that are not in a terminal state.' })
  oldestActive!: Task[];
}
