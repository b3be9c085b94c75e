import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { MigrationProjectFilter } from '../types/filters.js';
import { MigrationProject, MigrationProjectConnection } from '../types/project.js';
import { EntityResolver } from './entity.js';
import { PagingArgs } from './source.js';
import { callContext, connection, listArgs } from './support.js';
import { Paged, Read } from '../../security/directives.js';

@Resolver(() => MigrationProject)
export class MigrationProjectResolver extends EntityResolver(MigrationProject, 'MigrationProject') {
  @Read()
  @Paged()
  @Query(() => MigrationProjectConnection, { description: 'Migration projects of every account that has them.' })
  async migrationProjects(
    @Arg('filter', () => MigrationProjectFilter, { nullable: true }) filter: MigrationProjectFilter | null,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return connection(await ctx.gateway.listProjects(listArgs(filter, paging), ctx.loaders, callContext(ctx)), ctx, info);
  }
}
