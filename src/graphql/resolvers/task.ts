import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { MigrationProject as ProjectModel, Source as SourceModel, Task as TaskModel, Template as TemplateModel } from '../../core/model.js';
import type { GraphQLContext } from '../context.js';
import { deleteResults } from '../errors.js';
import { DeleteTasksPayload } from '../types/common.js';
import { TaskAction } from '../types/enums.js';
import { CreateTaskInput, providerOptions, TaskFilter, UpdateTaskInput } from '../types/filters.js';
import { MigrationProject } from '../types/project.js';
import { Source } from '../types/source.js';
import { Task, TaskConnection } from '../types/task.js';
import { Template } from '../types/template.js';
import { TaggedEntityResolver } from './entity.js';
import { PagingArgs } from './source.js';
import { callContext, connection, taskListArgs } from './support.js';
import { Admin, Operate, Paged, Read } from '../../security/directives.js';

@Resolver(() => Task)
export class TaskResolver extends TaggedEntityResolver(Task, 'Task') {
  @Read()
  @Paged()
  @Query(() => TaskConnection, { description: 'Migration tasks across every selected account and region.' })
  async tasks(
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const conn = await ctx.gateway.listTasks(taskListArgs(filter, paging), ctx.loaders, callContext(ctx));
    return connection(conn, ctx, info);
  }

  @FieldResolver(() => Source, { nullable: true })
  source(@Root() task: TaskModel, @Ctx() ctx: GraphQLContext): Promise<SourceModel | null> | null {
    if (!task.sourceId) return null;
    return ctx.loaders.Source.load({ accountId: task.accountId, region: task.region, nativeId: task.sourceId });
  }

  @FieldResolver(() => Template, { nullable: true })
  template(@Root() task: TaskModel, @Ctx() ctx: GraphQLContext): Promise<TemplateModel | null> | null {
    if (!task.templateId) return null;
    return ctx.loaders.Template.load({ accountId: task.accountId, region: task.region, nativeId: task.templateId });
  }

  @FieldResolver(() => MigrationProject, { nullable: true })
  project(@Root() task: TaskModel, @Ctx() ctx: GraphQLContext): Promise<ProjectModel | null> | null {
    if (!task.projectId) return null;
    return ctx.loaders.MigrationProject.load({ accountId: task.accountId, region: task.region, nativeId: task.projectId });
  }

  @FieldResolver(() => [TaskAction], { description: "Actions the task's current state allows (a console's buttons)." })
  availableActions(@Root() task: TaskModel, @Ctx() ctx: GraphQLContext): TaskAction[] {
    return ctx.gateway.providerOf(task.accountId).availableActions(task);
  }

  @Operate()
  @Mutation(() => Task, {
    description:
      "Creates a task for a source: the shared fields plus the source provider's own options (`huawei`, `alibaba` or `ucloudstack`). UCloudStack: configures the agent-registered SMC (SetupSMC); `ucloudstack` is required.",
  })
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    const { huawei: _h, alibaba: _a, ucloudstack: _u, ...shared } = input;
    return ctx.gateway.createTask({ ...shared, providerOptions: providerOptions(input) }, callContext(ctx));
  }

  @Operate()
  @Mutation(() => Task, { description: "Changes a task: name, bandwidth and the task provider's own options (`huawei`, `alibaba` or `ucloudstack`)." })
  updateTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskModel> {
    const { huawei: _h, alibaba: _a, ucloudstack: _u, ...shared } = input;
    return ctx.gateway.updateTask(id, { ...shared, providerOptions: providerOptions(input) }, callContext(ctx));
  }

  @Operate()
  @Mutation(() => Task, {
    description: 'Runs an action on a task. UNSUPPORTED_OPERATION when the provider lacks it, CONFLICT when the state refuses it.',
  })
  runTaskAction(
    @Arg('id', () => ID) id: string,
    @Arg('action', () => TaskAction) action: TaskAction,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskModel> {
    if (action === TaskAction.DELETE) {
      ctx.gateway.assertActionAllowed(action);
      return ctx.gateway.require(id, 'Task', ctx.loaders).then(async (task) => {
        await ctx.gateway.deleteTask(id, callContext(ctx));
        return task;
      });
    }
    return ctx.gateway.runTaskAction(id, action, null, callContext(ctx));
  }

  @Operate()
  @Mutation(() => Task, { description: 'Starts (or resumes) a task.' })
  startTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    return ctx.gateway.runTaskAction(id, TaskAction.START, null, callContext(ctx));
  }

  @Operate()
  @Mutation(() => Task, { description: 'Stops a running task.' })
  stopTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    return ctx.gateway.runTaskAction(id, TaskAction.STOP, null, callContext(ctx));
  }

  @Operate()
  @Mutation(() => Task, { description: 'Restarts a task from the beginning.' })
  restartTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    return ctx.gateway.runTaskAction(id, TaskAction.RESTART, null, callContext(ctx));
  }

  @Admin()
  @Mutation(() => Task, { description: 'Final switch-over to the target (Alibaba cutover, UCloudStack complete).' })
  cutoverTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    return ctx.gateway.runTaskAction(id, TaskAction.CUTOVER, null, callContext(ctx));
  }

  @Admin()
  @Mutation(() => DeleteTasksPayload, {
    description:
      'Deletes tasks of any accounts and regions: one provider batch per account and region, one result per id. An atomic vendor batch (Huawei DeleteTasks) succeeds or fails whole; Alibaba and UCloudStack delete id by id. Deleting a UCloudStack task deletes its source too (the SMC is both): see `alsoDeleted`.',
  })
  async deleteTasks(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext): Promise<DeleteTasksPayload> {
    return deleteResults(await ctx.gateway.deleteTasks(ids, callContext(ctx)));
  }
}
