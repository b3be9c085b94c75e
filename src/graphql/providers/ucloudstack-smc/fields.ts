import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Source as SourceModel, Task as TaskModel } from '../../../core/model.js';
import type { UCloudStackSmcDetails as DetailsModel } from '../../../../adapters/ucloudstack-smc/index.js';
import { Source } from '../../types/source.js';
import { Task } from '../../types/task.js';
import { UCloudStackSmcDetails } from './details.js';

function detailsOf(entity: TaskModel | SourceModel): DetailsModel | null {
  return entity.details?.provider === 'ucloudstack-smc' ? (entity.details as unknown as DetailsModel) : null;
}

@Resolver(() => Task)
export class UCloudStackTaskFields {
  @FieldResolver(() => UCloudStackSmcDetails, { nullable: true, description: 'UCloudStack SMC-only fields; null for other providers.' })
  ucloudstack(@Root() task: TaskModel): DetailsModel | null {
    return detailsOf(task);
  }
}

@Resolver(() => Source)
export class UCloudStackSourceFields {
  @FieldResolver(() => UCloudStackSmcDetails, { nullable: true, description: 'UCloudStack SMC-only fields; null for other providers.' })
  ucloudstack(@Root() source: SourceModel): DetailsModel | null {
    return detailsOf(source);
  }
}
