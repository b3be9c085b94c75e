import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { Viewer } from '../types/viewer.js';
import { Read } from '../../security/directives.js';

/** `viewer`: what a client (the dashboard) needs to know about its own principal, e.g. which buttons to show. */
@Resolver()
export class ViewerResolver {
  @Read()
  @Query(() => Viewer, { description: 'The calling principal: id, scopes and accounts (never its credential).' })
  viewer(@Ctx() ctx: GraphQLContext): Viewer {
    const { principal } = ctx;
    return {
      id: principal.id,
      scopes: [...principal.scopes].sort(),
      accounts: principal.accounts === '*' ? ['*'] : [...principal.accounts].sort(),
      authDisabled: principal.kind === 'anonymous',
    };
  }
}
