import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Source as SourceModel, Task as TaskModel } from '../../core/model.js';
import type { GraphQLContext } from '../context.js';
import { deleteResults } from '../errors.js';
import { DeleteResultsPayload } from '../types/common.js';
import { ListOrder } from '../types/enums.js';
import { SourceFilter, UpdateSourceInput } from '../types/filters.js';
import { Source, SourceConnection } from '../types/source.js';
import { Task } from '../types/task.js';
import { TaggedEntityResolver } from './entity.js';
import { callContext, connection, sourceListArgs } from './support.js';
import { Admin, Operate, Paged, Read } from '../../security/directives.js';

@ArgsType()
export class PagingArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 50, at most 500).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;

  @Field(() => ListOrder, { nullable: true, description: 'Default CREATED_DESC.' })
  orderBy?: ListOrder | null;
}

@Resolver(() => Source)
export class SourceResolver extends TaggedEntityResolver(Source, 'Source') {
  @Read()
  @Paged()
  @Query(() => SourceConnection, { description: 'Source servers across every selected account and region.' })
  async sources(
    @Arg('filter', () => SourceFilter, { nullable: true }) filter: SourceFilter | null,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const conn = await ctx.gateway.listSources(sourceListArgs(filter, paging), ctx.loaders, callContext(ctx));
    return connection(conn, ctx, info);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task currently attached to this source.' })
  async currentTask(@Root() source: SourceModel, @Ctx() ctx: GraphQLContext): Promise<TaskModel | null> {
    if (!source.currentTaskId) return null;
    return ctx.loaders.Task.load({ accountId: source.accountId, region: source.region, nativeId: source.currentTaskId });
  }

  @Operate()
  @Mutation(() => Source, { description: 'Renames (or re-describes) a source server.' })
  updateSource(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSourceInput) input: UpdateSourceInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SourceModel> {
    return ctx.gateway.updateSource(id, input, callContext(ctx));
  }

  @Admin()
  @Mutation(() => DeleteResultsPayload, {
    description:
      'Deletes source servers of any accounts and regions: one provider batch per account and region, one result per id. An atomic vendor batch (Huawei DeleteServers) succeeds or fails whole; Alibaba and UCloudStack delete id by id. Deleting a UCloudStack source deletes its task too (the SMC is both): see `alsoDeleted`.',
  })
  async deleteSources(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('force', () => Boolean, { defaultValue: false, description: 'Delete even when the provider would refuse (Alibaba Force; UCloudStack: also a migrating SMC).' })
    force: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeleteResultsPayload> {
    return deleteResults(await ctx.gateway.deleteSources(ids, force, callContext(ctx)));
  }
}
