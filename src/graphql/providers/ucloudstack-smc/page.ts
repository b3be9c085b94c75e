import { Field, Int, ObjectType } from 'type-graphql';
import { Source } from '../../types/source.js';
import { Task } from '../../types/task.js';

@ObjectType({ description: 'One UCloudStack SMC seen both ways: as the Source and as the Task (same native id).' })
export class UCloudStackSmc {
  @Field(() => Task)
  task!: Task;

  @Field(() => Source)
  source!: Source;
}

@ObjectType({ description: 'A DescribeSMC page (Offset/Limit paging, as the vendor does it).' })
export class UCloudStackSmcPage {
  @Field(() => [UCloudStackSmc])
  items!: UCloudStackSmc[];

  @Field(() => Int, { description: 'All matches at the vendor, ignoring limit and offset.' })
  totalCount!: number;

  @Field(() => Int, { description: 'The page size served (after clamping to 1-100).' })
  limit!: number;

  @Field(() => Int)
  offset!: number;
}
