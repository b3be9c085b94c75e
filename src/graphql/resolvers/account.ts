import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { Account } from '../types/account.js';
import { accountObject } from './entity.js';

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => [Account], { description: 'Every configured account.' })
  accounts(@Ctx() ctx: GraphQLContext): Account[] {
    return ctx.gateway.accounts.list().map((a) => accountObject(ctx, a.config.id));
  }

  @Query(() => Account, { nullable: true })
  account(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Account | null {
    return ctx.gateway.accounts.has(id) ? accountObject(ctx, id) : null;
  }
}
