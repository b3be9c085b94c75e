/**
 * Fields every provider resource resolves the same way: its global `id` and its `account`.
 * Each type's resolver extends this (type-graphql resolver inheritance).
 */
import { FieldResolver, ID, Resolver, Root, type ClassType } from 'type-graphql';
import type { EntityKind, EntityRef, Tag as TagModel } from '../../core/model.js';
import { encodeId } from '../../domain/ids.js';
import type { GraphQLContext } from '../context.js';
import { Account } from '../types/account.js';
import { Tag } from '../types/common.js';
import { Ctx } from 'type-graphql';

export function accountObject(ctx: GraphQLContext, accountId: string): Account {
  const { config } = ctx.gateway.accounts.get(accountId);
  return { id: config.id, provider: config.provider as Account['provider'], label: config.label ?? null, regions: [...config.regions] };
}

export function EntityResolver<T extends object>(_type: ClassType<T>, kind: EntityKind) {
  @Resolver(() => _type)
  abstract class EntityResolverBase {
    @FieldResolver(() => ID)
    id(@Root() entity: EntityRef): string {
      return encodeId(kind, entity);
    }

    @FieldResolver(() => Account)
    account(@Root() entity: EntityRef, @Ctx() ctx: GraphQLContext): Account {
      return accountObject(ctx, entity.accountId);
    }
  }
  return EntityResolverBase;
}

/** Entity resolvers plus `tags`, read in one batched call per account when the provider keeps them apart. */
export function TaggedEntityResolver<T extends object>(type: ClassType<T>, kind: 'Source' | 'Task') {
  @Resolver(() => type)
  abstract class TaggedEntityResolverBase extends EntityResolver(type, kind) {
    @FieldResolver(() => [Tag])
    tags(@Root() entity: EntityRef & { tags: TagModel[] | null }, @Ctx() ctx: GraphQLContext): TagModel[] | Promise<TagModel[]> {
      if (entity.tags) return entity.tags;
      return ctx.loaders.Tags.load({ kind, accountId: entity.accountId, region: entity.region, nativeId: entity.nativeId });
    }
  }
  return TaggedEntityResolverBase;
}
