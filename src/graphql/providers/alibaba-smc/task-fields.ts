import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Task as TaskModel } from '../../../core/model.js';
import { alibabaJobDetails, type AlibabaJobDetails as AlibabaJobDetailsModel } from '../../../../adapters/alibaba-smc/mapper.js';
import { Task } from '../../types/task.js';
import { AlibabaJobDetails } from './details.js';

@Resolver(() => Task)
export class AlibabaTaskFields {
  @FieldResolver(() => AlibabaJobDetails, { nullable: true, description: 'Alibaba Cloud SMC-only fields; null for other providers.' })
  alibaba(@Root() task: TaskModel): AlibabaJobDetailsModel | null {
    return alibabaJobDetails(task);
  }
}
