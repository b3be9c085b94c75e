import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { TemplateFilter } from '../types/filters.js';
import { Template, TemplateConnection } from '../types/template.js';
import { EntityResolver } from './entity.js';
import { PagingArgs } from './source.js';
import { callContext, connection, listArgs } from './support.js';
import { Paged, Read } from '../../security/directives.js';

@Resolver(() => Template)
export class TemplateResolver extends EntityResolver(Template, 'Template') {
  @Read()
  @Paged()
  @Query(() => TemplateConnection, { description: 'Target-server templates of every account that has them.' })
  async templates(
    @Arg('filter', () => TemplateFilter, { nullable: true }) filter: TemplateFilter | null,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return connection(await ctx.gateway.listTemplates(listArgs(filter, paging), ctx.loaders, callContext(ctx)), ctx, info);
  }
}
