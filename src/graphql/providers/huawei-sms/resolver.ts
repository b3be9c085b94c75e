/**
 * Huawei SMS operations beyond the unified schema (queries and mutations prefixed `huawei`, plus
 * `createHuaweiTask`). Entities are addressed by global ids; account-level operations take
 * `account` + optional `region` (default: the account's first region).
 */
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PROVIDER_ID, type HuaweiSmsExtension } from '../../../../adapters/huawei-sms/index.js';
import type { DeleteOutcome } from '../../../../adapters/port.js';
import type { EntityKind, MigrationProject as ProjectModel, Source as SourceModel, Task as TaskModel, Template as TemplateModel } from '../../../core/model.js';
import { GatewayError, toGatewayError } from '../../../core/errors.js';
import { decodeId, type GlobalRef } from '../../../domain/ids.js';
import type { GraphQLContext } from '../../context.js';
import { callContext } from '../../resolvers/support.js';
import { deleteResults } from '../../errors.js';
import { DeletePayload, DeleteResultsPayload } from '../../types/common.js';
import { TaskAction } from '../../types/enums.js';
import { MigrationProject } from '../../types/project.js';
import { Source } from '../../types/source.js';
import { Task } from '../../types/task.js';
import { Template } from '../../types/template.js';
import {
  HuaweiCollectLogInput,
  HuaweiCreateTaskInput,
  HuaweiMigrationProjectInput,
  HuaweiNetworkAclCheckInput,
  HuaweiSettingInput,
  HuaweiSpeedLimitRuleInput,
  HuaweiTemplateInput,
  HuaweiUpdateSourceInput,
  HuaweiUpdateTaskInput,
} from './inputs.js';
import {
  HuaweiAdvancedOptions,
  HuaweiApiVersion,
  HuaweiConsistencyResult,
  HuaweiMigrationErrorPage,
  HuaweiNetworkAclCheckResult,
  HuaweiSourceOverview,
  HuaweiSpeedLimitRule,
} from './results.js';
import { Admin, Operate, Read, SecretRead } from '../../../security/directives.js';

/** A Huawei entity behind a global id: decoded, its account checked, and the account's extension. */
function entityOf(ctx: GraphQLContext, id: string, kind: EntityKind, field: string): { ref: GlobalRef; ext: HuaweiSmsExtension } {
  const ref = decodeId(id, kind, field);
  if (ref.provider !== PROVIDER_ID) {
    throw new GatewayError('UNSUPPORTED_OPERATION', `${field}: this operation needs a Huawei SMS entity, got ${ref.provider}`, { provider: ref.provider, account: ref.accountId, field });
  }
  ctx.gateway.checkRef(ref, field);
  const ext = ctx.gateway.accounts.extension<HuaweiSmsExtension>(ref.accountId, PROVIDER_ID, field);
  return { ref, ext };
}

/** An account-level operation: the account's region (default its first) and extension. */
function accountOf(ctx: GraphQLContext, account: string, region: string | null | undefined): { region: string; ext: HuaweiSmsExtension } {
  const { region: r } = ctx.gateway.accounts.named(account, region);
  return { region: r, ext: ctx.gateway.accounts.extension<HuaweiSmsExtension>(account, PROVIDER_ID, 'account') };
}

/** A native id from a global id of `kind` that must live in the same account as `ref`. */
function sameAccountNative(ctx: GraphQLContext, id: string, kind: EntityKind, field: string, ref: { accountId: string }): string {
  const other = decodeId(id, kind, field);
  if (other.accountId !== ref.accountId || other.provider !== PROVIDER_ID) {
    throw new GatewayError('BAD_USER_INPUT', `${field}: must belong to the same Huawei SMS account`, { field });
  }
  ctx.gateway.checkRef(other, field);
  return other.nativeId;
}

@Resolver()
export class HuaweiSmsResolver {
  // -------------------------------------------------------------------------------------------
  // Queries

  @Read()
  @Query(() => HuaweiSourceOverview, { description: 'ShowOverview: number of source servers per native state.' })
  huaweiSourceOverview(
    @Arg('account', () => ID) account: string,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return accountOf(ctx, account, region).ext.getSourceOverview(callContext(ctx));
  }

  @Read()
  @Query(() => HuaweiMigrationErrorPage, { description: 'ListErrorServers: source servers whose migration failed, with the decoded error.' })
  huaweiErrorServers(
    @Arg('account', () => ID) account: string,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('migrationProjectId', () => ID, { nullable: true }) migrationProjectId: string | null,
    @Arg('enterpriseProjectId', () => String, { nullable: true }) enterpriseProjectId: string | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: '0..100.' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { ext } = accountOf(ctx, account, region);
    const mp = migrationProjectId ? sameAccountNative(ctx, migrationProjectId, 'MigrationProject', 'migrationProjectId', { accountId: account }) : null;
    return ext.listErrorServers({ offset, limit, migrationProjectId: mp, enterpriseProjectId }, callContext(ctx));
  }

  @Read()
  @Query(() => [HuaweiSpeedLimitRule], { description: 'ShowsSpeedLimits: the time-window rate limits of a task.' })
  huaweiSpeedLimits(@Arg('taskId', () => ID) taskId: string, @Ctx() ctx: GraphQLContext) {
    const { ref, ext } = entityOf(ctx, taskId, 'Task', 'taskId');
    return ext.getSpeedLimits(ref.nativeId, callContext(ctx));
  }

  @Read()
  @Query(() => HuaweiAdvancedOptions, { description: 'ShowConfigSetting: advanced migration options of a task (all, or one key).' })
  huaweiAdvancedOptions(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('key', () => String, { nullable: true }) key: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { ref, ext } = entityOf(ctx, taskId, 'Task', 'taskId');
    return ext.getAdvancedOptions(ref.nativeId, key, callContext(ctx));
  }

  @Read()
  @Query(() => [HuaweiConsistencyResult], { description: 'ShowConsistencyResult: consistency verification results of a task.' })
  huaweiConsistencyResults(@Arg('taskId', () => ID) taskId: string, @Ctx() ctx: GraphQLContext) {
    const { ref, ext } = entityOf(ctx, taskId, 'Task', 'taskId');
    return ext.getConsistencyResults(ref.nativeId, callContext(ctx));
  }

  @SecretRead()
  @Query(() => String, {
    nullable: true,
    description: 'SENSITIVE: the target-server password stored in a template (ShowTargetPassword). Null when none is stored.',
  })
  huaweiTemplateTargetPassword(@Arg('templateId', () => ID) templateId: string, @Ctx() ctx: GraphQLContext) {
    const { ref, ext } = entityOf(ctx, templateId, 'Template', 'templateId');
    return ext.getTemplateTargetPassword(ref.nativeId, callContext(ctx));
  }

  @Operate()
  @Query(() => HuaweiNetworkAclCheckResult, { description: 'CheckNetAcl: whether the target subnet NICs and security groups meet the requirements (refusal: SMS.6605).' })
  huaweiCheckNetworkAcl(
    @Arg('account', () => ID) account: string,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('input', () => HuaweiNetworkAclCheckInput) input: HuaweiNetworkAclCheckInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (input.osType !== 'WINDOWS' && input.osType !== 'LINUX') throw new GatewayError('BAD_USER_INPUT', 'input.osType: must be WINDOWS or LINUX', { field: 'input.osType' });
    return accountOf(ctx, account, region).ext.checkNetworkAcl({ ...input, osType: input.osType }, callContext(ctx));
  }

  @Read()
  @Query(() => [HuaweiApiVersion], { description: 'ListApiVersion: the SMS API versions of the account endpoint.' })
  huaweiApiVersions(@Arg('account', () => ID) account: string, @Ctx() ctx: GraphQLContext) {
    return accountOf(ctx, account, null).ext.listApiVersions(callContext(ctx));
  }

  @Read()
  @Query(() => HuaweiApiVersion, { nullable: true, description: 'ShowApiVersion, e.g. version "v3".' })
  huaweiApiVersion(@Arg('account', () => ID) account: string, @Arg('version') version: string, @Ctx() ctx: GraphQLContext) {
    return accountOf(ctx, account, null).ext.getApiVersion(version, callContext(ctx));
  }

  @Read()
  @Query(() => Boolean, { description: 'ShowPrivacyAgreements: whether the account signed the SMS privacy agreement.' })
  huaweiPrivacyAgreementSigned(@Arg('account', () => ID) account: string, @Ctx() ctx: GraphQLContext) {
    return accountOf(ctx, account, null).ext.getPrivacyAgreementSigned(callContext(ctx));
  }

  // -------------------------------------------------------------------------------------------
  // Tasks

  @Operate()
  @Mutation(() => Task, { description: 'CreateTask with every native option (target from a template or an existing ECS).' })
  createHuaweiTask(@Arg('input', () => HuaweiCreateTaskInput) input: HuaweiCreateTaskInput, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    const { ref, ext } = entityOf(ctx, input.sourceId, 'Source', 'input.sourceId');
    const templateId = input.templateId ? sameAccountNative(ctx, input.templateId, 'Template', 'input.templateId', ref) : null;
    if (input.type != null && input.type !== 'MIGRATE_FILE' && input.type !== 'MIGRATE_BLOCK') {
      throw new GatewayError('BAD_USER_INPUT', 'input.type: must be MIGRATE_FILE or MIGRATE_BLOCK', { field: 'input.type' });
    }
    if (input.priority != null && ![0, 1, 2].includes(input.priority)) {
      throw new GatewayError('BAD_USER_INPUT', 'input.priority: must be 0, 1 or 2', { field: 'input.priority' });
    }
    return ext.createTask(
      ref.region,
      { ...input, sourceId: ref.nativeId, templateId, priority: input.priority as 0 | 1 | 2 | null | undefined, existingServer: input.existingServer ? { ...input.existingServer } : null },
      callContext(ctx),
    );
  }

  @Operate()
  @Mutation(() => Task, { description: 'UpdateTask: name, bandwidth limit, priority, migration IP, start-target flag.' })
  huaweiUpdateTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HuaweiUpdateTaskInput) input: HuaweiUpdateTaskInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskModel> {
    const { ref, ext } = entityOf(ctx, id, 'Task', 'id');
    if (input.priority != null && ![0, 1, 2].includes(input.priority)) {
      throw new GatewayError('BAD_USER_INPUT', 'input.priority: must be 0, 1 or 2', { field: 'input.priority' });
    }
    return ext.updateTask(ref.region, ref.nativeId, { ...input, priority: input.priority as 0 | 1 | 2 | null | undefined }, callContext(ctx));
  }

  @Operate()
  @Mutation(() => Task, {
    description:
      'UpdateTaskStatus with its options: CLONE_TEST needs templateId; switchHce switches the target OS to Huawei Cloud EulerOS. CONFLICT when the state refuses it.',
  })
  huaweiRunTaskAction(
    @Arg('id', () => ID) id: string,
    @Arg('action', () => TaskAction) action: TaskAction,
    @Arg('templateId', () => ID, { nullable: true }) templateId: string | null,
    @Arg('switchHce', () => Boolean, { nullable: true }) switchHce: boolean | null,
    @Arg('consistencyCheck', () => Boolean, { nullable: true }) consistencyCheck: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskModel> {
    const { ref } = entityOf(ctx, id, 'Task', 'id');
    const params: Record<string, unknown> = {};
    if (templateId) params.templateId = sameAccountNative(ctx, templateId, 'Template', 'templateId', ref);
    if (switchHce != null) params.switchHce = switchHce;
    if (consistencyCheck != null) params.consistencyCheck = consistencyCheck;
    return ctx.gateway.runTaskAction(id, action, params, callContext(ctx));
  }

  @Operate()
  @Mutation(() => [HuaweiSpeedLimitRule], { description: 'UpdateSpeed: replaces the time-window rate limits of a task; returns them as stored.' })
  async huaweiSetSpeedLimits(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('rules', () => [HuaweiSpeedLimitRuleInput]) rules: HuaweiSpeedLimitRuleInput[],
    @Ctx() ctx: GraphQLContext,
  ) {
    const { ref, ext } = entityOf(ctx, taskId, 'Task', 'taskId');
    await ext.setSpeedLimits(ref.nativeId, rules.map((r) => ({ ...r, overSpeedThreshold: r.overSpeedThreshold ?? null })), callContext(ctx));
    return ext.getSpeedLimits(ref.nativeId, callContext(ctx));
  }

  @Admin()
  @Mutation(() => Task, { description: 'UnlockTargetEcs: unlocks the target server of a task.' })
  async huaweiUnlockTargetServer(@Arg('taskId', () => ID) taskId: string, @Ctx() ctx: GraphQLContext): Promise<TaskModel> {
    const { ref, ext } = entityOf(ctx, taskId, 'Task', 'taskId');
    await ext.unlockTargetServer(ref.nativeId, callContext(ctx));
    return ctx.gateway.require(taskId, 'Task', ctx.loaders) as Promise<TaskModel>;
  }

  @Operate()
  @Mutation(() => Task, { description: 'CollectLog: uploads the task logs to an OBS bucket (share URL in Source.huawei.currentTask.logShareUrl).' })
  async huaweiCollectLog(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('input', () => HuaweiCollectLogInput) input: HuaweiCollectLogInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskModel> {
    const { ref, ext } = entityOf(ctx, taskId, 'Task', 'taskId');
    await ext.collectLog(ref.nativeId, { ...input }, callContext(ctx));
    return ctx.gateway.require(taskId, 'Task', ctx.loaders) as Promise<TaskModel>;
  }

  @Operate()
  @Mutation(() => HuaweiAdvancedOptions, { description: 'UploadSpecialConfigurationSetting: sets advanced migration options (0..10 per call).' })
  async huaweiSetAdvancedOptions(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('settings', () => [HuaweiSettingInput]) settings: HuaweiSettingInput[],
    @Ctx() ctx: GraphQLContext,
  ) {
    const { ref, ext } = entityOf(ctx, taskId, 'Task', 'taskId');
    await ext.setAdvancedOptions(ref.nativeId, settings.map((s) => ({ key: s.key, value: s.value })), callContext(ctx));
    return ext.getAdvancedOptions(ref.nativeId, null, callContext(ctx));
  }

  // -------------------------------------------------------------------------------------------
  // Sources

  @Operate()
  @Mutation(() => Source, { description: 'UpdateServerName: rename, move to a migration project, resize or exclude disks and volumes.' })
  huaweiUpdateSource(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HuaweiUpdateSourceInput) input: HuaweiUpdateSourceInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SourceModel> {
    const { ref, ext } = entityOf(ctx, id, 'Source', 'id');
    const mp = input.migrationProjectId ? sameAccountNative(ctx, input.migrationProjectId, 'MigrationProject', 'input.migrationProjectId', ref) : null;
    return ext.updateSource(
      ref.region,
      ref.nativeId,
      {
        name: input.name,
        migrationProjectId: mp,
        disks: input.disks?.map((d) => ({ ...d, physicalVolumes: d.physicalVolumes?.map((p) => ({ ...p })) ?? null })) ?? null,
        volumeGroups: input.volumeGroups?.map((g) => ({ ...g, logicalVolumes: g.logicalVolumes?.map((l) => ({ ...l })) ?? null })) ?? null,
      },
      callContext(ctx),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Templates

  @Operate()
  @Mutation(() => Template, { description: 'CreateTemplate. The target password is write-only.' })
  huaweiCreateTemplate(
    @Arg('account', () => ID) account: string,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('input', () => HuaweiTemplateInput) input: HuaweiTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TemplateModel> {
    const acc = accountOf(ctx, account, region);
    return acc.ext.createTemplate(acc.region, templateInput(input), callContext(ctx));
  }

  @Operate()
  @Mutation(() => Template, { description: 'UpdateTemplate (SMS replaces the template object).' })
  huaweiUpdateTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HuaweiTemplateInput) input: HuaweiTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TemplateModel> {
    const { ref, ext } = entityOf(ctx, id, 'Template', 'id');
    return ext.updateTemplate(ref.region, ref.nativeId, templateInput(input), callContext(ctx));
  }

  @Admin()
  @Mutation(() => DeleteResultsPayload, {
    description:
      'DeleteTemplate / DeleteTemplates: one vendor batch per account, atomic (all its templates deleted, or the batch refused whole: CONFLICT SMS.7111 while tasks use a template); one result per id, so accounts that succeeded are never hidden by one that failed.',
  })
  async huaweiDeleteTemplates(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext): Promise<DeleteResultsPayload> {
    const groups = new Map<string, { ext: HuaweiSmsExtension; region: string; natives: string[] }>();
    const refs = ids.map((id, i) => {
      const { ref, ext } = entityOf(ctx, id, 'Template', `ids[${i}]`);
      const g = groups.get(ref.accountId) ?? { ext, region: ref.region, natives: [] };
      g.natives.push(ref.nativeId);
      groups.set(ref.accountId, g);
      return ref;
    });
    // Bad input refuses the whole call before any batch is sent.
    for (const g of groups.values()) g.ext.checkDeleteTemplates(g.natives);
    const outcomes = new Map<string, DeleteOutcome>();
    await Promise.all(
      [...groups].map(async ([accountId, g]) => {
        let list: DeleteOutcome[];
        try {
          list = await g.ext.deleteTemplates(g.region, g.natives, callContext(ctx));
        } catch (e) {
          const error = toGatewayError(e);
          list = g.natives.map((id) => ({ id, deleted: false, error }));
        }
        for (const o of list) outcomes.set(`${accountId}\u0000${o.id}`, o);
      }),
    );
    return deleteResults(
      ids.map((id, i) => {
        const o = outcomes.get(`${refs[i]!.accountId}\u0000${refs[i]!.nativeId}`);
        return { id, deleted: o?.deleted ?? false, error: o?.error ?? null, alsoDeleted: [] };
      }),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Migration projects

  @Operate()
  @Mutation(() => MigrationProject, { description: 'CreateMigproject. Names are 2..19 characters and unique (SMS.7312).' })
  huaweiCreateMigrationProject(
    @Arg('account', () => ID) account: string,
    @Arg('region', () => String, { nullable: true }) region: string | null,
    @Arg('input', () => HuaweiMigrationProjectInput) input: HuaweiMigrationProjectInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProjectModel> {
    const acc = accountOf(ctx, account, region);
    return acc.ext.createMigrationProject(acc.region, projectInput(input), callContext(ctx));
  }

  @Operate()
  @Mutation(() => MigrationProject, { description: 'UpdateMigproject (full object).' })
  huaweiUpdateMigrationProject(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HuaweiMigrationProjectInput) input: HuaweiMigrationProjectInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProjectModel> {
    const { ref, ext } = entityOf(ctx, id, 'MigrationProject', 'id');
    return ext.updateMigrationProject(ref.region, ref.nativeId, projectInput(input), callContext(ctx));
  }

  @Admin()
  @Mutation(() => DeletePayload, { description: 'DeleteMigproject: only projects without servers (SMS.7311), never the default one (SMS.7303).' })
  async huaweiDeleteMigrationProject(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<DeletePayload> {
    const { ref, ext } = entityOf(ctx, id, 'MigrationProject', 'id');
    await ext.deleteMigrationProject(ref.nativeId, callContext(ctx));
    return { deletedIds: [id] };
  }

  @Admin()
  @Mutation(() => MigrationProject, { description: 'UpdateDefaultMigproject: newly registered sources join this project.' })
  huaweiSetDefaultMigrationProject(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ProjectModel> {
    const { ref, ext } = entityOf(ctx, id, 'MigrationProject', 'id');
    return ext.setDefaultMigrationProject(ref.region, ref.nativeId, callContext(ctx));
  }

  // -------------------------------------------------------------------------------------------
  // Privacy agreement

  @Operate()
  @Mutation(() => Boolean, { description: 'CreatePrivacyAgreements: signs the SMS privacy agreement; returns the new state.' })
  async huaweiSignPrivacyAgreement(@Arg('account', () => ID) account: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const { ext } = accountOf(ctx, account, null);
    await ext.signPrivacyAgreement(callContext(ctx));
    return ext.getPrivacyAgreementSigned(callContext(ctx));
  }
}

function templateInput(input: HuaweiTemplateInput) {
  return {
    ...input,
    vpc: input.vpc ? { ...input.vpc } : null,
    nics: input.nics?.map((n) => ({ ...n })) ?? null,
    securityGroups: input.securityGroups?.map((g) => ({ ...g })) ?? null,
    publicIp: input.publicIp ? { ...input.publicIp } : null,
    disks: input.disks?.map((d) => ({ ...d })) ?? null,
  };
}

function projectInput(input: HuaweiMigrationProjectInput) {
  const type = input.type;
  if (type !== 'MIGRATE_BLOCK' && type !== 'MIGRATE_FILE') {
    throw new GatewayError('BAD_USER_INPUT', 'input.type: must be MIGRATE_BLOCK or MIGRATE_FILE', { field: 'input.type' });
  }
  return { ...input, type: type as 'MIGRATE_BLOCK' | 'MIGRATE_FILE' };
}

