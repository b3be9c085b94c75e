/** Alibaba replication-job mutations: create with every option, modify, cut over. */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Task as TaskModel } from '../../../core/model.js';
import type { GraphQLContext } from '../../context.js';
import { callContext } from '../../resolvers/support.js';
import { Task } from '../../types/task.js';
import { AlibabaModifyReplicationJobInput, CreateAlibabaReplicationJobInput } from './inputs.js';
import { alibabaRef } from './support.js';
import { Admin, Operate } from '../../../security/directives.js';

@Resolver()
export class AlibabaJobResolver {
  @Operate()
  @Mutation(() => Task, { description: 'Alibaba CreateReplicationJob with the full native option set. With an `idempotencyKey`, a repeated mutation creates one job (the key becomes the ClientToken).' })
  async createAlibabaReplicationJob(@Arg('input', () => CreateAlibabaReplicationJobInput) input: CreateAlibabaReplicationJobInput, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    const { ref, ext } = alibabaRef(ctx, input.sourceId, 'Source', 'input.sourceId');
    const { region } = ctx.gateway.accounts.named(ref.accountId, input.region ?? ref.region, 'input.sourceId', 'input.region');
    const { sourceId: _sourceId, region: _region, netMode, licenseType, tags, ...rest } = input;
    void _sourceId;
    void _region;
    return ext.createReplicationJob(
      {
        ...rest,
        region,
        sourceId: ref.nativeId,
        netMode: netMode === null || netMode === undefined ? undefined : (netMode as 0 | 2),
        licenseType: licenseType ?? undefined,
        tags: tags?.map((t) => ({ key: t.key, value: t.value ?? null })) ?? undefined,
      },
      callContext(ctx),
    );
  }

  @Operate()
  @Mutation(() => Task, { description: 'Alibaba ModifyReplicationJobAttribute: name/description any time, other options per the job state.' })
  alibabaModifyReplicationJob(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('input', () => AlibabaModifyReplicationJobInput) input: AlibabaModifyReplicationJobInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskModel> {
    const { ref, ext } = alibabaRef(ctx, taskId, 'Task', 'taskId');
    return ext.modifyReplicationJob(ref.region, ref.nativeId, { ...input }, callContext(ctx));
  }

  @Admin()
  @Mutation(() => Task, { description: 'Alibaba CutOverReplicationJob: ends a Waiting incremental job; syncData runs one final full sync first.' })
  alibabaCutOverReplicationJob(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('syncData', () => Boolean, { nullable: true, defaultValue: false }) syncData: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskModel> {
    const { ref, ext } = alibabaRef(ctx, taskId, 'Task', 'taskId');
    return ext.cutOverReplicationJob(ref.region, ref.nativeId, { syncData }, callContext(ctx));
  }
}
