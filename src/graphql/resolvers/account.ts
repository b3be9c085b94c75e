import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { Account } from '../types/account.js';
import { accountObject } from './entity.js';
import { Read } from '../../security/directives.js';

@Resolver(() => Account)
export class AccountResolver {
  @Read()
  @Query(() => [Account], { description: 'Every configured account.' })
  accounts(@Ctx() ctx: GraphQLContext): Account[] {
    return ctx.gateway.accounts.list().map((a) => accountObject(ctx, a.config.id));
  }

  @Read()
  @Query(() => Account, { nullable: true })
  account(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Account | null {
    return ctx.gateway.accounts.has(id) ? accountObject(ctx, id) : null;
  }
}
