/** Alibaba source-server mutations: rename/describe, delete with Force. */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Source as SourceModel } from '../../../core/model.js';
import type { GraphQLContext } from '../../context.js';
import { callContext } from '../../resolvers/support.js';
import { DeletePayload } from '../../types/common.js';
import { Source } from '../../types/source.js';
import { AlibabaModifySourceInput } from './inputs.js';
import { alibabaRef } from './support.js';
import { Admin, Operate } from '../../../security/directives.js';

@Resolver()
export class AlibabaSourceResolver {
  @Operate()
  @Mutation(() => Source, { description: 'Alibaba ModifySourceServerAttribute (name must stay unique).' })
  alibabaModifySource(@Arg('sourceId', () => ID) sourceId: string, @Arg('input', () => AlibabaModifySourceInput) input: AlibabaModifySourceInput, @Ctx() ctx: GraphQLContext): Promise<SourceModel> {
    const { ref, ext } = alibabaRef(ctx, sourceId, 'Source', 'sourceId');
    return ext.modifySource(ref.region, ref.nativeId, { ...input }, callContext(ctx));
  }

  @Admin()
  @Mutation(() => DeletePayload, { description: 'Alibaba DeleteSourceServer; force also deletes its (non-running) jobs.' })
  async alibabaDeleteSource(
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('force', () => Boolean, { nullable: true, defaultValue: false }) force: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeletePayload> {
    const { ref, ext } = alibabaRef(ctx, sourceId, 'Source', 'sourceId');
    await ext.deleteSource(ref.region, ref.nativeId, { force }, callContext(ctx));
    return { deletedIds: [sourceId] };
  }
}
