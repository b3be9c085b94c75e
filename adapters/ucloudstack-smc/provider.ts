/**
 * Provider: the port over UCloudStack SMC for one account.
 *
 * One SMC = one Source + one Task (same native id, see mapper.ts). There are no templates and no
 * migration projects (capabilities.entities = ['Source', 'Task']; their lists are empty).
 *
 * createTask: the SMC itself is created by the agent on the source (CreateSMC is agent-side), so the
 * unified createTask configures an existing SMC: `sourceId` is the SMC id and `options` (GraphQL
 * `input.ucloudstack`) is the SetupSMC input (extension.ts setupInputSchema); it does not start the migration (START does).
 */
import { GatewayError, badInput, unsupported } from '../../src/core/errors.js';
import { filtersOnly, pageOf } from '../../src/core/list.js';
import { listPage, offsetPaged, Pager, type PagedList } from '../common/paging.js';
import { parseInput, under, type FieldMap } from '../common/validation.js';
import { TaskAction, SourceState, type ListPage, type ListQuery, type Logger, type Source, type Task } from '../../src/core/model.js';
import { chunks, deleteEach } from '../common/batch.js';
import { reconciled, type WriteContext } from '../common/reconcile.js';
import type { CallContext, CreateTaskInput, DeleteOutcome, DeleteTaskOutcome, MigrationProvider, ProviderCapabilities, UpdateTaskInput } from '../port.js';
import type { Client } from './client.js';
import {
  BANDWIDTH_MAX_MBPS,
  clampLimit,
  createExtension,
  setupInputSchema,
  setupOptionsSchema,
  type UCloudStackDescribeFilter,
  type UCloudStackDescribePage,
  type UCloudStackSmcExtension,
} from './extension.js';
import { availableActions, detailsOf, SETUP_FIELDS, toSetupRequest, toSource, toTask, type SetupInput } from './mapper.js';
import { PROVIDER_ID, type SetupSMCRequest, type SMCInfo } from './generated/wire.js';

export const MAX_BATCH = 100;

// Where each wire parameter comes from (catalog name -> GraphQL argument path): Client.call names
// refused parameters by it. SetupSMC's own parameters: SETUP_FIELDS (mapper.ts, next to toSetupRequest).

/** The SMC a request addresses, from one id argument (`id`; `input.id` for ucloudstackSetupSmc). */
const smcFields = (arg: string): FieldMap => ({ Region: arg, SMCID: arg });
/** ucloudstackSetupSmc(input): the setup input and the SMC both in `input`. */
const EXT_SETUP_FIELDS: FieldMap = { ...under('input', SETUP_FIELDS), ...smcFields('input.id') };
/** Where the unified createTask / updateTask carry the setup input: GraphQL `input.ucloudstack`. */
export const UNIFIED_OPTIONS = 'input.ucloudstack';
/** Unified createTask(input): the SMC (and its region) is `input.sourceId`; `input.ucloudstack` is the setup input. */
const CREATE_FIELDS: FieldMap = { ...under(UNIFIED_OPTIONS, SETUP_FIELDS), Region: 'input.sourceId', SMCID: 'input.sourceId' };
/** `bandwidthLimitMbps` of createTask / updateTask wins over `options.bandwidthMbps` whenever given. */
const BANDWIDTH_FIELDS: FieldMap = { Bandwidth: 'input.bandwidthLimitMbps' };
/** ucloudstackSmcs(account, region, filter): DescribeSMC's filters. */
const DESCRIBE_FIELDS: FieldMap = {
  Region: 'region',
  SMCIDs: 'filter.smcIds',
  'SMCIDs.N': 'filter.smcIds.N',
  ProjectIDs: 'filter.projectIds',
  'ProjectIDs.N': 'filter.projectIds.N',
  Keyword: 'filter.keyword',
  States: 'filter.states',
  'States.N': 'filter.states.N',
  Limit: 'filter.limit',
  Offset: 'filter.offset',
};

/** The entries of `table` whose argument path starts with one of `keys` (the options a caller gave). */
function given(table: FieldMap, keys: readonly string[]): FieldMap {
  return Object.fromEntries(Object.entries(table).filter(([, arg]) => keys.includes(arg.split('.')[0]!)));
}

export interface ProviderOptions {
  accountId: string;
  regions: readonly string[];
  client: Client;
  /** Where write reconciliations are logged (adapters/common/reconcile.ts). */
  logger?: Logger;
  /** The account's list pager (common/paging.ts); default: 4 pages in flight. */
  pager?: Pager;
}

/**
 * The SMC states (DescribeSMC `State`, compared case-insensitively) that show an action took effect,
 * for the read-back of an action whose answer was lost (the catalog's state machine, sdk rules):
 * StartSMC Online/Synced -> Preparing (the agent then syncs), StopSMC -> Stopping -> Online,
 * CompleteSMC -> Completing -> Completed. None of them is a state the action starts from.
 */
const ACTION_POST_STATES: Readonly<Record<'StartSMC' | 'StopSMC' | 'CompleteSMC', readonly string[]>> = {
  StartSMC: ['preparing', 'syncing'],
  StopSMC: ['stopping', 'online'],
  CompleteSMC: ['completing', 'completed'],
};

/** DescribeSMC `State` values of an SMC being deleted (the resource state DELETING, the SMC state Deleted). */
const DELETED_STATES: ReadonlySet<string> = new Set(['deleting', 'deleted']);

export class Provider implements MigrationProvider {
  readonly provider = PROVIDER_ID;
  readonly accountId: string;
  readonly regions: readonly string[];
  readonly capabilities: ProviderCapabilities = Object.freeze({
    entities: Object.freeze(['Source', 'Task'] as const),
    maxBatchSize: MAX_BATCH,
    maxPageSize: MAX_BATCH,
    // DescribeSMC answers both lists and gets: a list item is the whole SMCInfo.
    listItemsComplete: Object.freeze(['Source', 'Task'] as const),
  });
  readonly extension: UCloudStackSmcExtension;
  private readonly client: Client;
  /** Every DescribeSMC list read of the account (pages concurrently, within its page concurrency). */
  readonly pager: Pager;
  private readonly logger?: Logger;

  constructor(options: ProviderOptions) {
    this.accountId = options.accountId;
    this.regions = Object.freeze([...options.regions]);
    this.client = options.client;
    this.logger = options.logger;
    this.pager = options.pager ?? new Pager();
    this.extension = createExtension({
      setup: (region, smcId, input, ctx) => this.setup(region, smcId, input, ctx, { options: 'input', fields: EXT_SETUP_FIELDS }),
      start: (region, smcId, ctx) => this.act(region, smcId, TaskAction.START, ctx),
      stop: (region, smcId, ctx) => this.act(region, smcId, TaskAction.STOP, ctx),
      complete: (region, smcId, ctx) => this.act(region, smcId, TaskAction.CUTOVER, ctx),
      delete: (region, smcId, ctx) => this.deleteOne(region, smcId, ctx),
      describe: (region, filter, ctx) => this.describe(region, filter, ctx),
    });
  }

  // --- sources --------------------------------------------------------------------------------

  async listSources(query: ListQuery, ctx?: CallContext): Promise<ListPage<Source>> {
    return this.listInfos(query, (i) => toSource(i, this.mapCtx(query.region)), ctx);
  }

  async getSources(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Source | null)[]> {
    const infos = await this.fetchByIds(region, ids, ctx);
    return ids.map((id) => {
      const info = infos.get(id);
      return info ? toSource(info, this.mapCtx(region)) : null;
    });
  }

  async updateSource(): Promise<Source> {
    throw unsupported(PROVIDER_ID, 'updating a source (UCloudStack SMC has no rename API; the agent sets the name)', this.accountId);
  }

  /**
   * A source is its SMC: deleting it is DeleteSMC, one SMC per call (each id reports its own outcome;
   * its Task goes with it). Without `force`, a source whose migration is under way (MIGRATING) is
   * refused with CONFLICT, and nothing is sent for it.
   */
  async deleteSources(region: string, ids: readonly string[], opts: { force?: boolean }, ctx?: CallContext): Promise<DeleteOutcome[]> {
    this.assertRegion(region);
    const busy = new Set<string>();
    if (!opts.force) {
      for (const s of await this.getSources(region, [...new Set(ids)], ctx)) if (s && s.state === SourceState.MIGRATING) busy.add(s.nativeId);
    }
    return deleteEach(ids, async (id) => {
      if (busy.has(id)) {
        throw new GatewayError('CONFLICT', `source ${id} is migrating; delete with force to remove it and its task`, { provider: PROVIDER_ID, account: this.accountId });
      }
      await this.deleteSmc(region, id, ctx);
      return { alsoDeleted: [{ kind: 'Task', nativeId: id }] };
    });
  }

  // --- tasks ----------------------------------------------------------------------------------

  /** The listed SMCs are their own sources too (`related.sources`): `task.source` costs no DescribeSMC. */
  async listTasks(query: ListQuery, ctx?: CallContext): Promise<ListPage<Task>> {
    const infos = new Map<string, SMCInfo>();
    const page = await this.listInfos(
      query,
      (i) => {
        if (i.SMCID) infos.set(i.SMCID, i);
        return toTask(i, this.mapCtx(query.region));
      },
      ctx,
    );
    const sources = page.items.flatMap((t) => {
      const info = infos.get(t.nativeId);
      return info ? [toSource(info, this.mapCtx(query.region))] : [];
    });
    return { ...page, related: { sources } };
  }

  async getTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Task | null)[]> {
    const infos = await this.fetchByIds(region, ids, ctx);
    return ids.map((id) => {
      const info = infos.get(id);
      return info ? toTask(info, this.mapCtx(region)) : null;
    });
  }

  /** SetupSMC on the existing SMC `sourceId` (see the file comment). */
  async createTask(input: CreateTaskInput, ctx?: CallContext): Promise<Task> {
    if (input.templateId) throw badInput('input.templateId', 'UCloudStack SMC has no templates');
    if (input.projectId) throw badInput('input.projectId', 'UCloudStack SMC has no migration projects');
    if (!input.sourceId) throw badInput('input.sourceId', 'must be the SMC id registered by the agent');
    const bandwidth = this.bandwidthOf(input.bandwidthLimitMbps, input.region, input.sourceId);
    const fields = { ...CREATE_FIELDS, ...(bandwidth === undefined ? {} : BANDWIDTH_FIELDS) };
    return this.setup(input.region, input.sourceId, input.options ?? {}, ctx, { options: UNIFIED_OPTIONS, fields, bandwidth });
  }

  /**
   * Changes bandwidth or setup options (`input.ucloudstack`: vmId, host, diskMappings, user,
   * password) by re-applying SetupSMC with the current configuration merged in. SetupSMC replaces
   * the credentials and the password is never read back, so when the SMC has an SSH user configured
   * the password is an explicit field, `input.ucloudstack.password`: without it (and without
   * `user: null`, platform-managed credentials) the update is BAD_USER_INPUT naming that field, after
   * the one DescribeSMC read that tells whether a user is configured and before SetupSMC.
   */
  async updateTask(region: string, id: string, input: UpdateTaskInput, ctx?: CallContext): Promise<Task> {
    if (input.name !== undefined && input.name !== null) {
      throw badInput('input.name', 'the SMC name is set by the agent and cannot be changed');
    }
    const bandwidth = this.bandwidthOf(input.bandwidthLimitMbps, region, id);
    const opts = { ...(input.options ?? {}) } as Record<string, unknown>;
    // The options given are judged before the SMC is read (nothing is sent for bad input).
    this.assertRegion(region);
    parseInput(setupOptionsSchema, opts, UNIFIED_OPTIONS, { provider: PROVIDER_ID, account: this.accountId });
    const info = await this.requireInfo(region, id, ctx);
    const d = detailsOf(info);
    const merged: Record<string, unknown> = {
      vmId: d.vmId ?? undefined,
      host: d.transferHost ?? undefined,
      bandwidthMbps: info.Bandwidth ?? undefined,
      user: d.user ?? undefined,
      diskMappings: (info.DiskMappings ?? [])
        .filter((m) => m.Device && m.MappingDiskID)
        .map((m) => ({ device: m.Device!, mappingDiskId: m.MappingDiskID! })),
      ...opts,
    };
    if (merged.user && !merged.password && !('user' in opts)) {
      throw badInput(`${UNIFIED_OPTIONS}.password`, 'SetupSMC replaces the SSH credentials: give the password again (or user: null for platform-managed credentials)');
    }
    if (merged.user === null) delete merged.user;
    // Only the options given name their argument; merged-in current values stay wire paths.
    const fields = { ...under(UNIFIED_OPTIONS, given(SETUP_FIELDS, Object.keys(opts))), ...smcFields('id'), ...(bandwidth === undefined ? {} : BANDWIDTH_FIELDS) };
    return this.setup(region, id, merged, ctx, { options: UNIFIED_OPTIONS, fields, bandwidth }, info);
  }

  /**
   * DeleteSMC, one SMC per call: not atomic, so each id reports its own outcome. The SMC is the task
   * and its source at once: a deleted task names its Source in `alsoDeleted`.
   */
  async deleteTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<DeleteTaskOutcome[]> {
    this.assertRegion(region);
    // The SMC is both the task and the source: its Source goes with it.
    return deleteEach(ids, async (id) => {
      await this.deleteSmc(region, id, ctx);
      return { alsoDeleted: [{ kind: 'Source', nativeId: id }] };
    });
  }

  async runTaskAction(region: string, id: string, action: TaskAction, _params: Record<string, unknown> | null, ctx?: CallContext): Promise<Task> {
    switch (action) {
      case TaskAction.START:
      case TaskAction.STOP:
      case TaskAction.CUTOVER:
        return this.act(region, id, action, ctx);
      default:
        throw unsupported(PROVIDER_ID, `task action ${action}`, this.accountId);
    }
  }

  availableActions(task: Task): TaskAction[] {
    return availableActions(task);
  }

  // --- no templates, no projects --------------------------------------------------------------


  async close(): Promise<void> {
    this.client.close();
  }

  // --- internals ------------------------------------------------------------------------------

  /**
   * `bandwidthLimitMbps` as SetupSMC's Bandwidth: null is 0 (unlimited), undefined leaves it alone.
   * Refused first, before the options and before any upstream call: above our bound here, outside
   * the catalog's bounds (an integer >= 0) by Client.check on SetupSMC with only Bandwidth mapped.
   */
  private bandwidthOf(mbps: number | null | undefined, region: string, smcId: string): number | undefined {
    if (typeof mbps === 'number' && mbps > BANDWIDTH_MAX_MBPS) {
      throw new GatewayError('BAD_USER_INPUT', `input.bandwidthLimitMbps: must be at most ${BANDWIDTH_MAX_MBPS}`, {
        provider: PROVIDER_ID,
        account: this.accountId,
        field: 'input.bandwidthLimitMbps',
      });
    }
    if (mbps === undefined) return undefined;
    const bandwidth = mbps ?? 0;
    const params = { Region: region, SMCID: smcId, VMID: '-', Host: '-', DiskMappings: [], Bandwidth: bandwidth };
    this.client.check('SetupSMC', { params, fields: BANDWIDTH_FIELDS });
    return bandwidth;
  }

  private mapCtx(region: string) {
    return { accountId: this.accountId, region };
  }

  /** Context of a write that is read back when its outcome is unknown (adapters/common/reconcile.ts). */
  private write(operation: string, ctx?: CallContext): WriteContext {
    return { provider: PROVIDER_ID, account: this.accountId, operation, logger: this.logger, ctx };
  }

  /** The SMC as DescribeSMC shows it now: null when gone. */
  private async infoOf(region: string, id: string, ctx?: CallContext): Promise<SMCInfo | null> {
    return (await this.fetchByIds(region, [id], ctx)).get(id) ?? null;
  }

  /** DeleteSMC; a lost answer is read back: the SMC gone, DELETING or Deleted was deleted. */
  private async deleteSmc(region: string, id: string, ctx: CallContext | undefined, fields?: FieldMap): Promise<void> {
    await reconciled<true>(
      this.write('DeleteSMC', ctx),
      async () => {
        await this.client.call('DeleteSMC', { params: { Region: region, SMCID: id }, fields }, ctx);
        return true;
      },
      async () => {
        const info = await this.infoOf(region, id, ctx);
        return !info || DELETED_STATES.has(String(info.State ?? '').toLowerCase()) ? true : null;
      },
    );
  }

  private assertRegion(region: string): void {
    if (!this.regions.includes(region)) {
      throw new GatewayError('BAD_USER_INPUT', `region ${JSON.stringify(region)} is not configured for account ${this.accountId}`, {
        provider: PROVIDER_ID,
        account: this.accountId,
        field: 'region',
      });
    }
  }

  /** DescribeSMC by SMCIDs, up to 100 ids per call, the calls in parallel. */
  private async fetchByIds(region: string, ids: readonly string[], ctx?: CallContext): Promise<Map<string, SMCInfo>> {
    this.assertRegion(region);
    const unique = [...new Set(ids)];
    const answers = await Promise.all(chunks(unique, MAX_BATCH).map((chunk) => this.client.describeSMC({ Region: region, SMCIDs: chunk, Limit: MAX_BATCH, Offset: 0 }, ctx)));
    const out = new Map<string, SMCInfo>();
    for (const res of answers) for (const info of res.Infos ?? []) if (info.SMCID) out.set(info.SMCID, info);
    return out;
  }

  /** DescribeSMC in `region` (Keyword: a name search, which also matches the Remark) as a paged list. */
  private smcPages(region: string, keyword: string | undefined, ctx?: CallContext): PagedList<SMCInfo> {
    return offsetPaged(`smcs\u0000${region}\u0000${keyword ?? ''}`, MAX_BATCH, async (Offset, Limit) => {
      const res = await this.client.describeSMC({ Region: region, Offset, Limit, Keyword: keyword }, ctx);
      const items = res.Infos ?? [];
      return { items, total: res.TotalCount ?? items.length };
    });
  }

  /**
   * A page of SMCs as tasks or sources. Ids: DescribeSMC by SMCIDs. Unfiltered CREATED_DESC: only
   * the DescribeSMC pages covering the window (createdDescWindow: taken when the pages prove newest
   * first; the vendor documents no order). Otherwise every page (Keyword for a name search), and
   * pageOf applies the filter, the order and the page.
   */
  private async listInfos<T extends Task | Source>(query: ListQuery, map: (info: SMCInfo) => T, ctx?: CallContext): Promise<ListPage<T>> {
    this.assertRegion(query.region);
    const { ids, nameContains } = query.filter;
    if (ids && ids.length > 0) return pageOf([...(await this.fetchByIds(query.region, ids, ctx)).values()].map(map), query);
    return listPage(this.pager, this.smcPages(query.region, nameContains || undefined, ctx), query, map, ctx, filtersOnly(query.filter, []));
  }

  private async requireInfo(region: string, id: string, ctx?: CallContext): Promise<SMCInfo> {
    const info = (await this.fetchByIds(region, [id], ctx)).get(id);
    if (!info) {
      throw new GatewayError('NOT_FOUND', `SMC ${id} not found in region ${region}`, { provider: PROVIDER_ID, account: this.accountId });
    }
    return info;
  }

  private async reload(region: string, id: string, ctx?: CallContext): Promise<Task> {
    return toTask(await this.requireInfo(region, id, ctx), this.mapCtx(region));
  }

  /**
   * SetupSMC from the setup input `raw` (validated at `at.options`), `at.bandwidth` (Mbit/s) winning
   * over its bandwidthMbps; `at.fields` names refused wire parameters. Refused before any upstream call.
   */
  private async setup(
    region: string,
    smcId: string,
    raw: unknown,
    ctx: CallContext | undefined,
    at: { options: string; fields: FieldMap; bandwidth?: number },
    known?: SMCInfo,
  ): Promise<Task> {
    this.assertRegion(region);
    // zod messages describe the rule, never the value (the password must not be echoed).
    const input: SetupInput = parseInput(setupInputSchema, raw, at.options, { provider: PROVIDER_ID, account: this.accountId });
    const request = (disks: SMCInfo['DiskMappings']) => {
      const req = toSetupRequest(region, smcId, input, disks ?? []);
      return at.bandwidth === undefined ? req : { ...req, Bandwidth: at.bandwidth };
    };
    // The SMC's own disk values only fill in what the input leaves out: the input is checked before the read.
    if (!known) this.client.check('SetupSMC', { params: request([]), fields: at.fields });
    const info = known ?? (await this.requireInfo(region, smcId, ctx));
    const sent = request(info.DiskMappings);
    // A lost answer is read back: the SMC configured as sent (target VM, host, bandwidth, disk
    // mappings; the password is never read back) is answered as set up.
    const seen = await reconciled<SMCInfo | null>(
      this.write('SetupSMC', ctx),
      async () => {
        await this.client.call('SetupSMC', { params: sent, fields: at.fields }, ctx);
        return null;
      },
      async () => {
        const now = await this.infoOf(region, smcId, ctx);
        return now && configuredAs(now, sent) ? now : null;
      },
    );
    return seen ? toTask(seen, this.mapCtx(region)) : this.reload(region, smcId, ctx);
  }

  private async act(region: string, id: string, action: TaskAction.START | TaskAction.STOP | TaskAction.CUTOVER, ctx?: CallContext): Promise<Task> {
    this.assertRegion(region);
    // The `id` argument of ucloudstackStartSmc/StopSmc/CompleteSmc and of startTask/stopTask/cutoverTask/runTaskAction.
    const parts = { params: { Region: region, SMCID: id }, fields: smcFields('id') };
    const operation = action === TaskAction.START ? 'StartSMC' : action === TaskAction.STOP ? 'StopSMC' : 'CompleteSMC';
    // A lost answer is read back: the SMC in a state the action leads to is answered as done.
    const seen = await reconciled<SMCInfo | null>(
      this.write(operation, ctx),
      async () => {
        await this.client.call(operation, parts, ctx);
        return null;
      },
      async () => {
        const info = await this.infoOf(region, id, ctx);
        return info && ACTION_POST_STATES[operation].includes(String(info.State ?? '').toLowerCase()) ? info : null;
      },
    );
    return seen ? toTask(seen, this.mapCtx(region)) : this.reload(region, id, ctx);
  }

  private async deleteOne(region: string, id: string, ctx?: CallContext): Promise<Task | null> {
    this.assertRegion(region);
    await this.deleteSmc(region, id, ctx, smcFields('id'));
    const info = await this.infoOf(region, id, ctx);
    return info ? toTask(info, this.mapCtx(region)) : null;
  }

  private async describe(region: string, filter: UCloudStackDescribeFilter, ctx?: CallContext): Promise<UCloudStackDescribePage> {
    this.assertRegion(region);
    // The vendor clamps Limit to 1-100 (so do we: 0 is 1, 1000 is 100); a negative Limit or Offset is bad
    // input, sent as given to Client.call so the catalog's bounds refuse it, naming filter.limit / filter.offset.
    const limit = filter.limit != null && filter.limit < 0 ? filter.limit : clampLimit(filter.limit);
    const offset = filter.offset ?? 0;
    const res = await this.client.call(
      'DescribeSMC',
      {
        params: {
          Region: region,
          SMCIDs: filter.smcIds?.length ? filter.smcIds : undefined,
          ProjectIDs: filter.projectIds?.length ? filter.projectIds : undefined,
          Keyword: filter.keyword || undefined,
          States: filter.states?.length ? filter.states : undefined,
          Limit: limit,
          Offset: offset,
        },
        fields: DESCRIBE_FIELDS,
      },
      ctx,
    );
    const mctx = this.mapCtx(region);
    return {
      items: (res.Infos ?? []).map((i) => ({ task: toTask(i, mctx), source: toSource(i, mctx) })),
      totalCount: res.TotalCount ?? res.Infos?.length ?? 0,
      limit,
      offset,
    };
  }
}

/** Whether the SMC carries the configuration a SetupSMC request sent (what DescribeSMC shows of it). */
function configuredAs(info: SMCInfo, sent: SetupSMCRequest): boolean {
  if ((info.VMID ?? '') !== sent.VMID || (info.Host ?? '') !== sent.Host) return false;
  if (sent.Bandwidth !== undefined && (info.Bandwidth ?? 0) !== sent.Bandwidth) return false;
  const mapped = new Map((info.DiskMappings ?? []).map((m) => [m.Device ?? '', m.MappingDiskID ?? '']));
  return sent.DiskMappings.every((m) => mapped.get(m.Device ?? '') === (m.MappingDiskID ?? ''));
}
