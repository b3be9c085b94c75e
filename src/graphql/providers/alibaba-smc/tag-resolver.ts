/** Alibaba tags: TagResources / UntagResources on sources and jobs (by global id), ListTagResources. */
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { GatewayError } from '../../../core/errors.js';
import { MAX_RESOURCE_IDS, type AlibabaTagResourceType as WireType } from '../../../../adapters/alibaba-smc/extension.js';
import { encodeId, type GlobalRef } from '../../../domain/ids.js';
import type { GraphQLContext } from '../../context.js';
import { callContext } from '../../resolvers/support.js';
import { TagInput } from '../../types/common.js';
import { ALIBABA, alibabaAccount, alibabaRef } from './support.js';
import { Operate, Read } from '../../../security/directives.js';

export enum AlibabaTagResourceType {
  SOURCE = 'sourceserver',
  TASK = 'replicationjob',
}
registerEnumType(AlibabaTagResourceType, { name: 'AlibabaTagResourceType', description: 'SOURCE = source server, TASK = replication job.' });

@ObjectType({ description: 'One resource-tag pair (ListTagResources).' })
export class AlibabaTagResource {
  @Field(() => AlibabaTagResourceType)
  resourceType!: AlibabaTagResourceType;

  @Field(() => ID, { description: 'Global id of the source or task.' })
  resourceId!: string;

  @Field()
  nativeId!: string;

  @Field()
  key!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

const MAX_TAGS = 20;

function groups(ctx: GraphQLContext, ids: readonly string[]) {
  if (ids.length === 0) throw new GatewayError('BAD_USER_INPUT', 'ids: at least one id is required', { field: 'ids' });
  const out = new Map<string, { ref: GlobalRef; type: WireType; nativeIds: string[]; ext: ReturnType<typeof alibabaRef>['ext'] }>();
  ids.forEach((id, i) => {
    const { ref, ext } = alibabaRef(ctx, id, ['Source', 'Task'], `ids[${i}]`);
    const type: WireType = ref.kind === 'Source' ? 'sourceserver' : 'replicationjob';
    const key = `${ref.accountId}\u0000${ref.region}\u0000${type}`;
    const g = out.get(key) ?? { ref, type, nativeIds: [], ext };
    g.nativeIds.push(ref.nativeId);
    out.set(key, g);
  });
  // One Tag/UntagResources call per group, each of at most 50 ResourceId.N: refused before the first
  // call, so no group is tagged when another would be refused (the catalog's bound, checked per call too).
  for (const g of out.values()) {
    if (g.nativeIds.length > MAX_RESOURCE_IDS) throw new GatewayError('BAD_USER_INPUT', `ids: at most ${MAX_RESOURCE_IDS} ${g.type === 'sourceserver' ? 'sources' : 'tasks'} of one account and region (ResourceId.N 1-${MAX_RESOURCE_IDS})`, { field: 'ids' });
  }
  return [...out.values()];
}

@Resolver()
export class AlibabaTagResolver {
  @Read()
  @Query(() => [AlibabaTagResource], { description: 'Alibaba ListTagResources: the tags of an account\'s sources or jobs (every page), optionally filtered by tags (ANDed).' })
  async alibabaResourceTags(
    @Arg('account', () => ID) account: string,
    @Arg('resourceType', () => AlibabaTagResourceType) resourceType: AlibabaTagResourceType,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('tags', () => [TagInput], { nullable: true }) tags: TagInput[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AlibabaTagResource[]> {
    if (tags && tags.length > MAX_TAGS) throw new GatewayError('BAD_USER_INPUT', `tags: at most ${MAX_TAGS}`, { field: 'tags' });
    const { region: r, ext } = alibabaAccount(ctx, account, region);
    const pairs = await ext.listTagResources(r, resourceType as WireType, { tags: tags?.map((t) => ({ key: t.key, value: t.value ?? null })) }, callContext(ctx));
    return pairs.map((p) => ({
      resourceType: p.resourceType as AlibabaTagResourceType,
      resourceId: encodeId(p.resourceType === 'sourceserver' ? 'Source' : 'Task', { provider: ALIBABA, accountId: account, region: r, nativeId: p.resourceId }),
      nativeId: p.resourceId,
      key: p.key,
      value: p.value,
    }));
  }

  @Operate()
  @Mutation(() => [ID], { description: 'Alibaba TagResources: adds (or overwrites) tags on sources and/or tasks; at most 20 tags per resource.' })
  async alibabaTagResources(@Arg('ids', () => [ID]) ids: string[], @Arg('tags', () => [TagInput]) tags: TagInput[], @Ctx() ctx: GraphQLContext): Promise<string[]> {
    if (tags.length === 0 || tags.length > MAX_TAGS) throw new GatewayError('BAD_USER_INPUT', `tags: 1 to ${MAX_TAGS} tags`, { field: 'tags' });
    for (const g of groups(ctx, ids)) {
      await g.ext.tagResources(g.ref.region, g.type, g.nativeIds, tags.map((t) => ({ key: t.key, value: t.value ?? null })), callContext(ctx));
    }
    return ids;
  }

  @Operate()
  @Mutation(() => [ID], { description: 'Alibaba UntagResources: removes the given keys, or every tag when all is true.' })
  async alibabaUntagResources(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('keys', () => [String], { nullable: true }) keys: string[] | null,
    @Arg('all', () => Boolean, { nullable: true, defaultValue: false }) all: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string[]> {
    if ((!keys || keys.length === 0) && !all) throw new GatewayError('BAD_USER_INPUT', 'keys: give the keys to remove, or all: true', { field: 'keys' });
    if (keys && keys.length > MAX_TAGS) throw new GatewayError('BAD_USER_INPUT', `keys: at most ${MAX_TAGS}`, { field: 'keys' });
    for (const g of groups(ctx, ids)) {
      await g.ext.untagResources(g.ref.region, g.type, g.nativeIds, { keys, all }, callContext(ctx));
    }
    return ids;
  }
}
