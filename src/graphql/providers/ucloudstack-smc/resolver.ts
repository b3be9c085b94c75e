/**
 * UCloudStack SMC operations beyond the unified schema: SetupSMC (with its write-only password),
 * the per-Action mutations, and DescribeSMC with the vendor's own filters.
 */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GatewayError } from '../../../core/errors.js';
import type { EntityKind, Task as TaskModel } from '../../../core/model.js';
import type { UCloudStackDescribePage, UCloudStackSmcExtension } from '../../../../adapters/ucloudstack-smc/index.js';
import { decodeId, type GlobalRef } from '../../../domain/ids.js';
import type { GraphQLContext } from '../../context.js';
import { callContext } from '../../resolvers/support.js';
import { Task } from '../../types/task.js';
import { UCloudStackSetupSmcInput, UCloudStackSmcFilter } from './inputs.js';
import { UCloudStackSmcPage } from './page.js';
import { Admin, Operate, Read } from '../../../security/directives.js';

const PROVIDER = 'ucloudstack-smc';

/**
 * The SMC behind a Task or Source id (both name the same SMC), its account checked, and the account's
 * extension. `kinds` narrows it: DeleteSMC takes a Task id only, so that a Source id never deletes.
 */
function smcOf(ctx: GraphQLContext, id: string, field: string, kinds: readonly EntityKind[] = ['Task', 'Source']): { ref: GlobalRef; ext: UCloudStackSmcExtension } {
  const ref = decodeId(id, kinds, field);
  if (ref.provider !== PROVIDER) {
    throw new GatewayError('UNSUPPORTED_OPERATION', `${field}: this operation needs a UCloudStack SMC task, got ${ref.provider}`, { provider: ref.provider, account: ref.accountId, field });
  }
  ctx.gateway.checkRef(ref, field);
  const ext = ctx.gateway.accounts.extension<UCloudStackSmcExtension>(ref.accountId, PROVIDER, field);
  return { ref, ext };
}

@Resolver()
export class UCloudStackSmcResolver {
  @Read()
  @Query(() => UCloudStackSmcPage, {
    description: 'DescribeSMC on one account and region (default: its first region), with the vendor filters and Offset/Limit paging.',
  })
  ucloudstackSmcs(
    @Arg('account', () => ID) account: string,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('filter', () => UCloudStackSmcFilter, { nullable: true }) filter: UCloudStackSmcFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UCloudStackDescribePage> {
    const { region: r } = ctx.gateway.accounts.named(account, region);
    const ext = ctx.gateway.accounts.extension<UCloudStackSmcExtension>(account, PROVIDER, 'account');
    return ext.describe(r, filter ?? {}, callContext(ctx));
  }

  @Operate()
  @Mutation(() => Task, {
    description: 'SetupSMC: configures an SMC (state Online or Synced, not locked). The password is write-only. Does not start the migration.',
  })
  ucloudstackSetupSmc(@Arg('input', () => UCloudStackSetupSmcInput) input: UCloudStackSetupSmcInput, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    const { ref, ext } = smcOf(ctx, input.id, 'input.id');
    const { id: _id, ...setup } = input;
    return ext.setup(ref.region, ref.nativeId, { ...setup, diskMappings: setup.diskMappings.map((m) => ({ ...m })) }, callContext(ctx));
  }

  @Operate()
  @Mutation(() => Task, { description: 'StartSMC: starts a sync round (Online or Synced). CONFLICT in other states.' })
  ucloudstackStartSmc(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    const { ref, ext } = smcOf(ctx, id, 'id');
    return ext.start(ref.region, ref.nativeId, callContext(ctx));
  }

  @Operate()
  @Mutation(() => Task, { description: 'StopSMC: stops the running sync (state Stopping). CONFLICT unless Preparing or Syncing.' })
  ucloudstackStopSmc(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    const { ref, ext } = smcOf(ctx, id, 'id');
    return ext.stop(ref.region, ref.nativeId, callContext(ctx));
  }

  @Admin()
  @Mutation(() => Task, { description: 'CompleteSMC: finishes the sync and converts the transfer VM into the migrated server (from Synced).' })
  ucloudstackCompleteSmc(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    const { ref, ext } = smcOf(ctx, id, 'id');
    return ext.complete(ref.region, ref.nativeId, callContext(ctx));
  }

  @Admin()
  @Mutation(() => Task, { nullable: true, description: 'DeleteSMC: the task as it looks afterwards (DELETING), or null when already gone.' })
  ucloudstackDeleteSmc(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TaskModel | null> {
    const { ref, ext } = smcOf(ctx, id, 'id', ['Task']);
    return ext.delete(ref.region, ref.nativeId, callContext(ctx));
  }
}
