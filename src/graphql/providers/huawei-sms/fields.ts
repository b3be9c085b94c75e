/** The `huawei` detail field on the unified types (null for other providers). */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { MigrationProject as ProjectModel, Source as SourceModel, Task as TaskModel, Template as TemplateModel } from '../../../core/model.js';
import {
  PROVIDER_ID,
  type HuaweiMigrationProjectDetails as ProjectDetailsModel,
  type HuaweiSourceDetails as SourceDetailsModel,
  type HuaweiTaskDetails as TaskDetailsModel,
  type HuaweiTemplateDetails as TemplateDetailsModel,
} from '../../../../adapters/huawei-sms/index.js';
import { MigrationProject } from '../../types/project.js';
import { Source } from '../../types/source.js';
import { Task } from '../../types/task.js';
import { Template } from '../../types/template.js';
import { HuaweiMigrationProjectDetails, HuaweiSourceDetails, HuaweiTaskDetails, HuaweiTemplateDetails } from './details.js';

const DESCRIPTION = 'Huawei SMS-only fields; null for other providers.';

function huawei<T>(entity: { details: { provider: string } | null }): T | null {
  return entity.details?.provider === PROVIDER_ID ? (entity.details as unknown as T) : null;
}

@Resolver(() => Task)
export class HuaweiTaskFields {
  @FieldResolver(() => HuaweiTaskDetails, { nullable: true, description: DESCRIPTION })
  huawei(@Root() task: TaskModel): TaskDetailsModel | null {
    return huawei<TaskDetailsModel>(task);
  }
}

@Resolver(() => Source)
export class HuaweiSourceFields {
  @FieldResolver(() => HuaweiSourceDetails, { nullable: true, description: DESCRIPTION })
  huawei(@Root() source: SourceModel): SourceDetailsModel | null {
    return huawei<SourceDetailsModel>(source);
  }
}

@Resolver(() => Template)
export class HuaweiTemplateFields {
  @FieldResolver(() => HuaweiTemplateDetails, { nullable: true, description: DESCRIPTION })
  huawei(@Root() template: TemplateModel): TemplateDetailsModel | null {
    return huawei<TemplateDetailsModel>(template);
  }
}

@Resolver(() => MigrationProject)
export class HuaweiMigrationProjectFields {
  @FieldResolver(() => HuaweiMigrationProjectDetails, { nullable: true, description: DESCRIPTION })
  huawei(@Root() project: ProjectModel): ProjectDetailsModel | null {
    return huawei<ProjectDetailsModel>(project);
  }
}
