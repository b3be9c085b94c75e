import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { Node } from '../types/node.js';
import { Read } from '../../security/directives.js';

@Resolver()
export class NodeResolver {
  @Read()
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it no longer exists.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.gateway.node(id, ctx.loaders);
  }

  @Read()
  @Query(() => [Node], { nullable: 'items', description: 'Several objects by global id, batched per account.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext) {
    return ctx.gateway.nodes(ids, ctx.loaders);
  }
}
