/**
 * Provider: the port (MigrationProvider) over one Alibaba Cloud account, plus `extension`.
 *
 * - Entities: Source (SourceServer) and Task (ReplicationJob). Alibaba has no templates or projects
 *   (the optional port methods are absent).
 * - Regions: jobs carry their destination RegionId (DescribeReplicationJobs filters on it). Source
 *   servers are account-wide, so they are listed under the account's first region (the "home" region)
 *   only; `getSources` finds them whatever region is asked and labels them with the home region.
 * - Batching: getTasks = DescribeReplicationJobs with up to 50 JobId.N per call; getSources =
 *   DescribeSourceServers with up to 50 SourceId.N; PageSize 50.
 * - Tags come from ListTagResources (one call per 50 resources), cached for `tagCacheTtlMs` and
 *   invalidated by this provider's own tag operations.
 */
import { badInput, GatewayError, unsupported } from '../../src/core/errors.js';
import { filtersOnly, pageOf } from '../../src/core/list.js';
import { listPage, Pager, type PagedList } from '../common/paging.js';
import { argumentPath, inputError, nested, under, type FieldMap } from '../common/validation.js';
import { TaskAction, type ListPage, type ListQuery, type Logger, type Source, type Tag, type Task } from '../../src/core/model.js';
import { chunks, deleteEach } from '../common/batch.js';
import { reconciled, type WriteContext } from '../common/reconcile.js';
import type { CallContext, CreateTaskInput, DeleteOutcome, DeleteTaskOutcome, MigrationProvider, ProviderCapabilities, UpdateTaskInput } from '../port.js';
import { Client, replicationJobsOf, sourceServersOf, wireNumber, type ClientOptions } from './client.js';
import {
  createExtension,
  createOptionsSchema,
  modifyOptionsSchema,
  type AlibabaCreateJobInput,
  type AlibabaDiskPartInput,
  type AlibabaDataDiskInput,
  type AlibabaModifyJobInput,
  type AlibabaSmcExtension,
  type AlibabaTagResourceType,
} from './extension.js';
import { availableActions, toSource, toTask, tagsByResource, type AlibabaSourceDetails } from './mapper.js';
import { formatTimestamp, type Credentials } from './signer.js';
import { PROVIDER_ID, type CreateReplicationJobRequest, type ModifyReplicationJobAttributeRequest, type ReplicationJob, type SourceServer } from './generated/wire.js';

type DataDiskRequest = NonNullable<CreateReplicationJobRequest['DataDisk']>[number];
type DiskPartRequest = NonNullable<CreateReplicationJobRequest['SystemDiskPart']>[number];

export const MAX_BATCH = 50;
export const MAX_PAGE = 50;

export interface AlibabaProviderOptions extends Omit<ClientOptions, 'accountId' | 'credentials' | 'endpoint' | 'logger'> {
  accountId: string;
  endpoint: string;
  regions: readonly string[];
  credentials: Credentials;
  logger?: Logger;
  /** How long ListTagResources results are reused. Default 15 s; 0 disables the cache. */
  tagCacheTtlMs?: number;
  /** The account's list pager (common/paging.ts); default: 4 pages in flight. */
  pager?: Pager;
}

/**
 * The job Status values that show an action took effect (the catalog's state machine): Start runs
 * a Ready/Stopped/InError job, Stop stops a syncing one, CutOver ends a Waiting job by running its
 * last phases (then Finished). None of them is a status the action starts from. For the read-back of
 * an action whose answer was lost.
 */
const ACTION_POST_STATUS: Readonly<Partial<Record<TaskAction, readonly string[]>>> = {
  [TaskAction.START]: ['Running'],
  [TaskAction.STOP]: ['Stopped'],
  [TaskAction.CUTOVER]: ['Running', 'Finished'],
};

interface CachedTags {
  tags: Tag[];
  at: number;
}

function apiTime(iso: string | null | undefined): string | undefined {
  return iso ? formatTimestamp(Date.parse(iso)) : undefined;
}

function undef<T>(v: T | null | undefined): T | undefined {
  return v === null ? undefined : v;
}

function parts(list: readonly AlibabaDiskPartInput[] | null | undefined): DiskPartRequest[] | undefined {
  if (!list || list.length === 0) return undefined;
  return list.map((p) => ({ Device: p.device, SizeBytes: undef(p.sizeBytes), Block: undef(p.block) }));
}

function dataDisks(list: readonly AlibabaDataDiskInput[] | null | undefined): DataDiskRequest[] | undefined {
  if (!list || list.length === 0) return undefined;
  return list.map((d) => ({ Index: d.index, Size: undef(d.sizeGiB), Part: parts(d.parts) }));
}

// Where each wire parameter comes from (catalog name -> argument path relative to the options object:
// `input.alibaba` for the unified mutations, `input` for the extension): Client.call names refused parameters by it.

const PART_FIELDS = { Device: 'device', SizeBytes: 'sizeBytes', Block: 'block' };

/** Options Create and Modify share (`targetOptionsShape`). */
const TARGET_FIELDS: FieldMap = {
  Description: 'description',
  TargetType: 'targetType',
  ScheduledStartTime: 'scheduledStartTime',
  ValidTime: 'validTime',
  ImageName: 'imageName',
  InstanceId: 'instanceId',
  SystemDiskSize: 'systemDiskSizeGiB',
  'DataDisk.N.Index': 'dataDisks.N.index',
  'DataDisk.N.Size': 'dataDisks.N.sizeGiB',
  ...nested('DataDisk.N.Part.N', 'dataDisks.N.parts.N', PART_FIELDS),
  ...nested('SystemDiskPart.N', 'systemDiskParts.N', PART_FIELDS),
  Frequency: 'frequencyHours',
  MaxNumberOfImageToKeep: 'maxNumberOfImageToKeep',
  InstanceType: 'instanceType',
  InstanceRamRole: 'instanceRamRole',
  LaunchTemplateId: 'launchTemplateId',
  LaunchTemplateVersion: 'launchTemplateVersion',
  ContainerNamespace: 'containerNamespace',
  ContainerRepository: 'containerRepository',
  ContainerTag: 'containerTag',
};

/** CreateReplicationJob options (`createOptionsSchema`). */
const CREATE_FIELDS: FieldMap = {
  ...TARGET_FIELDS,
  ClientToken: 'clientToken',
  'Tag.N.Key': 'tags.N.key',
  'Tag.N.Value': 'tags.N.value',
  VpcId: 'vpcId',
  VSwitchId: 'vSwitchId',
  ReplicationParameters: 'replicationParameters',
  NetMode: 'netMode',
  RunOnce: 'runOnce',
  LicenseType: 'licenseType',
};

/** The arguments beside the options, the same for the port and the extension. */
const CREATE_TOP_FIELDS: FieldMap = { RegionId: 'input.region', SourceId: 'input.sourceId', Name: 'input.name' };
/** `bandwidth_limit` in the sent JSON is `bandwidthLimitMbps` whenever that is given (it wins the merge). */
const BANDWIDTH_FIELDS: FieldMap = { 'ReplicationParameters.bandwidth_limit': 'input.bandwidthLimitMbps' };
const MODIFY_TOP_FIELDS: FieldMap = { Name: 'input.name' };
const SOURCE_FIELDS: FieldMap = { Name: 'input.name', Description: 'input.description' };

/** Merges `bandwidthLimitMbps` into the ReplicationParameters JSON (`bandwidth_limit`). */
function replicationParameters(raw: string | null | undefined, bandwidth: number | null | undefined, field: string, account: string): string | undefined {
  if (bandwidth === null || bandwidth === undefined) return undef(raw);
  let obj: Record<string, unknown> = {};
  if (raw) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      obj = parsed as Record<string, unknown>;
    } catch {
      throw badInput(field, 'replicationParameters must be a JSON object to combine it with bandwidthLimitMbps').withAccount(PROVIDER_ID, account);
    }
  }
  return JSON.stringify({ ...obj, bandwidth_limit: bandwidth });
}


/** Where the unified createTask / updateTask carry the options: GraphQL `input.alibaba`. */
export const UNIFIED_OPTIONS = 'input.alibaba';

export class Provider implements MigrationProvider {
  readonly provider = PROVIDER_ID;
  readonly accountId: string;
  readonly regions: readonly string[];
  // DescribeSourceServers / DescribeReplicationJobs answer both lists and gets: list items are whole.
  readonly capabilities: ProviderCapabilities = { entities: ['Source', 'Task'], maxBatchSize: MAX_BATCH, maxPageSize: MAX_PAGE, listItemsComplete: ['Source', 'Task'] };
  readonly extension: AlibabaSmcExtension;
  readonly client: Client;
  /** Every vendor list read of the account (pages concurrently, within its page concurrency). */
  readonly pager: Pager;
  private readonly homeRegion: string;
  private readonly tagCache = new Map<string, CachedTags>();
  private readonly tagTtl: number;
  private readonly now: () => number;
  private readonly logger?: Logger;

  constructor(options: AlibabaProviderOptions) {
    if (options.regions.length === 0) throw new Error('alibaba-smc: an account needs at least one region');
    this.accountId = options.accountId;
    this.regions = [...options.regions];
    this.homeRegion = options.regions[0]!;
    this.tagTtl = options.tagCacheTtlMs ?? 15_000;
    this.now = options.now ?? Date.now;
    this.logger = options.logger;
    this.pager = options.pager ?? new Pager();
    // The registry's logger already carries account and provider.
    this.client = new Client({ ...options, accountId: options.accountId });
    this.extension = createExtension(this);
  }

  async close(): Promise<void> {
    this.client.close();
  }

  availableActions(task: Task): TaskAction[] {
    return availableActions(task);
  }

  /** Context of a write that is read back when its outcome is unknown (adapters/common/reconcile.ts). */
  private write(operation: string, ctx?: CallContext): WriteContext {
    return { provider: PROVIDER_ID, account: this.accountId, operation, logger: this.logger, ctx };
  }

  /** The job's Status now (DescribeReplicationJobs), null when it is gone. */
  private async jobStatus(region: string, id: string, ctx?: CallContext): Promise<string | null> {
    const r = await this.client.describeReplicationJobs({ RegionId: region, JobId: [id], PageNumber: 1, PageSize: MAX_PAGE }, ctx);
    return replicationJobsOf(r).find((j) => j.JobId === id)?.Status ?? null;
  }

  /** BAD_USER_INPUT unless `region` is configured for the account. */
  assertRegion(region: string): void {
    if (!this.regions.includes(region)) {
      throw new GatewayError('BAD_USER_INPUT', `region ${region} is not configured for account ${this.accountId}`, { provider: PROVIDER_ID, account: this.accountId, field: 'region' });
    }
  }

  private ref(region: string) {
    return { accountId: this.accountId, region, now: this.now() };
  }

  // --------------------------------------------------------------------------------------------
  // Tags (cached)

  private async tagsFor(type: AlibabaTagResourceType, ids: readonly string[], ctx?: CallContext): Promise<Map<string, Tag[]>> {
    const out = new Map<string, Tag[]>();
    const now = this.now();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const hit = this.tagTtl > 0 ? this.tagCache.get(`${type}:${id}`) : undefined;
      if (hit && now - hit.at < this.tagTtl) out.set(id, hit.tags);
      else missing.push(id);
    }
    for (const batch of chunks(missing, MAX_BATCH)) {
      let grouped: Map<string, Tag[]>;
      try {
        grouped = tagsByResource(await this.client.listAllTagResources({ ResourceType: type, ResourceId: batch }, ctx));
      } catch (e) {
        // A resource deleted between the describe and this call fails the whole batch: tags unknown.
        if (e instanceof GatewayError && e.code === 'NOT_FOUND') {
          for (const id of batch) {
            out.set(id, []);
            if (this.tagTtl > 0) this.tagCache.set(`${type}:${id}`, { tags: [], at: now });
          }
          continue;
        }
        throw e;
      }
      for (const id of batch) {
        const tags = grouped.get(id) ?? [];
        out.set(id, tags);
        if (this.tagTtl > 0) this.tagCache.set(`${type}:${id}`, { tags, at: now });
      }
    }
    return out;
  }

  /** Forgets cached tags after a tag operation. For createExtension. */
  invalidateTags(type: AlibabaTagResourceType, ids: readonly string[]): void {
    for (const id of ids) this.tagCache.delete(`${type}:${id}`);
  }

  /** Maps jobs with their tags read (for tag filters); otherwise `mapTask` leaves tags null for `getTags`. */
  private async mapJobsWithTags(jobs: ReplicationJob[], region: string, ctx?: CallContext): Promise<Task[]> {
    const tags = await this.tagsFor('replicationjob', jobs.map((j) => j.JobId ?? '').filter(Boolean), ctx);
    return jobs.map((j) => toTask(j, this.ref(region), tags.get(j.JobId ?? '') ?? []));
  }

  private async mapSourcesWithTags(sources: SourceServer[], ctx?: CallContext): Promise<Source[]> {
    const tags = await this.tagsFor('sourceserver', sources.map((s) => s.SourceId ?? '').filter(Boolean), ctx);
    return sources.map((s) => toSource(s, this.ref(this.homeRegion), tags.get(s.SourceId ?? '') ?? []));
  }

  /** Tags of jobs or sources, one ListTagResources call per 50 ids (cached `tagCacheTtlMs`). */
  async getTags(kind: 'Source' | 'Task', region: string, ids: readonly string[], ctx?: CallContext): Promise<Tag[][]> {
    this.assertRegion(region);
    const tags = await this.tagsFor(kind === 'Task' ? 'replicationjob' : 'sourceserver', ids, ctx);
    return ids.map((id) => tags.get(id) ?? []);
  }

  // --------------------------------------------------------------------------------------------
  // Sources

  async listSources(query: ListQuery, ctx?: CallContext): Promise<ListPage<Source>> {
    this.assertRegion(query.region);
    if (query.region !== this.homeRegion) return { items: [], totalCount: 0 };
    const f = query.filter;
    if (filtersOnly(f, [])) return listPage(this.pager, this.sourcePages(undefined, ctx), query, (s) => toSource(s, this.ref(this.homeRegion)), ctx, true);
    let wire: SourceServer[];
    if (f.ids && f.ids.length > 0) {
      wire = (await Promise.all(chunks([...new Set(f.ids)], MAX_BATCH).map((ids) => this.pager.all(this.sourcePages(ids, ctx), ctx)))).flat();
    } else {
      wire = await this.pager.all(this.sourcePages(undefined, ctx), ctx);
    }
    const mapped = f.tags && f.tags.length > 0 ? await this.mapSourcesWithTags(wire, ctx) : wire.map((s) => toSource(s, this.ref(this.homeRegion)));
    return pageOf(mapped, query);
  }

  /** DescribeSourceServers (account-wide; `ids`: SourceId.N, at most 50) as a paged list. */
  private sourcePages(ids: string[] | undefined, ctx?: CallContext): PagedList<SourceServer> {
    return {
      key: `sources\u0000${JSON.stringify(ids ?? null)}`,
      pageSize: MAX_PAGE,
      fetch: (index) =>
        this.client
          .describeSourceServers({ SourceId: ids, PageNumber: index + 1, PageSize: MAX_PAGE }, ctx)
          .then((r) => ({ items: sourceServersOf(r), total: wireNumber(r.TotalCount, 0) })),
    };
  }

  /** DescribeReplicationJobs in `region` (`ids`: JobId.N, at most 50; `sourceIds`: SourceId.N) as a paged list. */
  private jobPages(region: string, ids: string[] | undefined, sourceIds: string[] | undefined, ctx?: CallContext): PagedList<ReplicationJob> {
    return {
      key: `jobs\u0000${region}\u0000${JSON.stringify([ids ?? null, sourceIds ?? null])}`,
      pageSize: MAX_PAGE,
      fetch: (index) =>
        this.client
          .describeReplicationJobs({ RegionId: region, JobId: ids, SourceId: sourceIds, PageNumber: index + 1, PageSize: MAX_PAGE }, ctx)
          .then((r) => ({ items: replicationJobsOf(r), total: wireNumber(r.TotalCount, 0) })),
    };
  }

  async getSources(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Source | null)[]> {
    this.assertRegion(region);
    const unique = [...new Set(ids)];
    const found = new Map<string, SourceServer>();
    await Promise.all(
      chunks(unique, MAX_BATCH).map(async (batch) => {
        const r = await this.client.describeSourceServers({ SourceId: batch, PageNumber: 1, PageSize: MAX_PAGE }, ctx);
        for (const s of sourceServersOf(r)) if (s.SourceId) found.set(s.SourceId, s);
      }),
    );
    const mapped = [...found.values()].map((s) => toSource(s, this.ref(this.homeRegion)));
    const byId = new Map(mapped.map((s) => [s.nativeId, s]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async getSource(region: string, id: string, ctx?: CallContext): Promise<Source> {
    const [s] = await this.getSources(region, [id], ctx);
    if (!s) throw new GatewayError('NOT_FOUND', `source ${id} not found`, { provider: PROVIDER_ID, account: this.accountId });
    return s;
  }

  async updateSource(region: string, id: string, input: { name?: string | null; description?: string | null }, ctx?: CallContext): Promise<Source> {
    this.assertRegion(region);
    await this.client.call('ModifySourceServerAttribute', { params: { SourceId: id, Name: undef(input.name), Description: undef(input.description) }, fields: SOURCE_FIELDS }, ctx);
    return this.getSource(region, id, ctx);
  }

  /**
   * DeleteSourceServer takes one SourceId: not atomic, so each id reports its own outcome. A lost
   * answer is read back: a source gone or Deleting was deleted.
   */
  async deleteSources(region: string, ids: readonly string[], opts: { force?: boolean }, ctx?: CallContext): Promise<DeleteOutcome[]> {
    this.assertRegion(region);
    return deleteEach(ids, async (id) => {
      await reconciled<true>(
        this.write('DeleteSourceServer', ctx),
        async () => {
          await this.client.deleteSourceServer({ SourceId: id, Force: opts.force ? true : undefined }, ctx);
          return true;
        },
        async () => {
          const found = sourceServersOf(await this.client.describeSourceServers({ SourceId: [id], PageNumber: 1, PageSize: MAX_PAGE }, ctx)).find((s) => s.SourceId === id);
          return !found || found.State === 'Deleting' ? true : null;
        },
      );
    });
  }

  // --------------------------------------------------------------------------------------------
  // Tasks

  async listTasks(query: ListQuery, ctx?: CallContext): Promise<ListPage<Task>> {
    this.assertRegion(query.region);
    const f = query.filter;
    const ids = f.ids && f.ids.length > 0 ? [...new Set(f.ids)] : undefined;
    const sourceIds = f.sourceId ? [f.sourceId] : undefined;
    const region = query.region;
    // JobId.N (up to 50) and SourceId.N are the native filters.
    if (filtersOnly(f, ['ids', 'sourceId']) && !(ids && ids.length > MAX_BATCH)) {
      return listPage(this.pager, this.jobPages(region, ids, sourceIds, ctx), query, (j) => toTask(j, this.ref(region)), ctx, true);
    }
    const batches = ids ? chunks(ids, MAX_BATCH) : [undefined];
    const wire = (await Promise.all(batches.map((batch) => this.pager.all(this.jobPages(region, batch, sourceIds, ctx), ctx)))).flat();
    const mapped = f.tags && f.tags.length > 0 ? await this.mapJobsWithTags(wire, region, ctx) : wire.map((j) => toTask(j, this.ref(region)));
    return pageOf(mapped, query);
  }

  async getTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<(Task | null)[]> {
    this.assertRegion(region);
    const unique = [...new Set(ids)];
    const found: ReplicationJob[] = [];
    await Promise.all(
      chunks(unique, MAX_BATCH).map(async (batch) => {
        const r = await this.client.describeReplicationJobs({ RegionId: region, JobId: batch, PageNumber: 1, PageSize: MAX_PAGE }, ctx);
        found.push(...replicationJobsOf(r));
      }),
    );
    const mapped = found.map((j) => toTask(j, this.ref(region)));
    const byId = new Map(mapped.map((t) => [t.nativeId, t]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async getTask(region: string, id: string, ctx?: CallContext): Promise<Task> {
    const [t] = await this.getTasks(region, [id], ctx);
    if (!t) throw new GatewayError('NOT_FOUND', `replication job ${id} not found in ${region}`, { provider: PROVIDER_ID, account: this.accountId });
    return t;
  }

  async createTask(input: CreateTaskInput, ctx?: CallContext): Promise<Task> {
    const parsed = createOptionsSchema.safeParse(input.options ?? {});
    if (!parsed.success) throw inputError(UNIFIED_OPTIONS, parsed.error, { provider: PROVIDER_ID, account: this.accountId });
    return this.createJob(
      { ...parsed.data, region: input.region, sourceId: input.sourceId, name: input.name, bandwidthLimitMbps: input.bandwidthLimitMbps ?? null },
      ctx,
      UNIFIED_OPTIONS,
    );
  }

  /** CreateReplicationJob from validated options (`field`: where the options came from). For createExtension. */
  async createJob(input: AlibabaCreateJobInput, ctx: CallContext | undefined, field: string): Promise<Task> {
    this.assertRegion(input.region);
    const fields: FieldMap = {
      ...under(field, CREATE_FIELDS),
      ...CREATE_TOP_FIELDS,
      ...(input.bandwidthLimitMbps === null || input.bandwidthLimitMbps === undefined ? {} : BANDWIDTH_FIELDS),
    };
    const req: CreateReplicationJobRequest = {
      RegionId: input.region,
      SourceId: input.sourceId,
      SystemDiskSize: undef(input.systemDiskSizeGiB) ?? 20,
      ClientToken: undef(input.clientToken),
      Name: undef(input.name),
      Description: undef(input.description),
      TargetType: undef(input.targetType),
      ScheduledStartTime: apiTime(input.scheduledStartTime),
      ValidTime: apiTime(input.validTime),
      ImageName: undef(input.imageName),
      InstanceId: undef(input.instanceId),
      DataDisk: dataDisks(input.dataDisks),
      SystemDiskPart: parts(input.systemDiskParts),
      Tag: input.tags && input.tags.length > 0 ? input.tags.map((t) => ({ Key: t.key, Value: t.value ?? undefined })) : undefined,
      VpcId: undef(input.vpcId),
      VSwitchId: undef(input.vSwitchId),
      ReplicationParameters: replicationParameters(input.replicationParameters, input.bandwidthLimitMbps, `${field}.replicationParameters`, this.accountId),
      NetMode: undef(input.netMode),
      RunOnce: undef(input.runOnce),
      Frequency: undef(input.frequencyHours),
      MaxNumberOfImageToKeep: undef(input.maxNumberOfImageToKeep),
      InstanceType: undef(input.instanceType),
      InstanceRamRole: undef(input.instanceRamRole),
      ContainerNamespace: undef(input.containerNamespace),
      ContainerRepository: undef(input.containerRepository),
      ContainerTag: undef(input.containerTag),
      LicenseType: undef(input.licenseType),
    };
    // CreateReplicationJob has no launch-template parameter; Modify sets it while the job is Ready.
    const launchTemplate = input.launchTemplateId || input.launchTemplateVersion
      ? { LaunchTemplateId: undef(input.launchTemplateId), LaunchTemplateVersion: undef(input.launchTemplateVersion) }
      : undefined;
    // Everything refused before the first call: the create (SystemDiskSize, when defaulted, is the
    // source's size clamped to 20-500, valid either way) and the follow-up Modify (its JobId is unknown yet).
    this.client.check('CreateReplicationJob', { params: req, fields });
    this.jobRules(req, fields);
    if (launchTemplate) this.client.check('ModifyReplicationJobAttribute', { params: { JobId: '-', ...launchTemplate }, fields: under(field, TARGET_FIELDS) });
    if (input.systemDiskSizeGiB === null || input.systemDiskSizeGiB === undefined) {
      const [src] = await this.getSources(input.region, [input.sourceId], ctx);
      if (!src) throw new GatewayError('NOT_FOUND', `source ${input.sourceId} not found`, { provider: PROVIDER_ID, account: this.accountId });
      const bytes = (src.details as AlibabaSourceDetails | null)?.systemDiskSizeBytes;
      req.SystemDiskSize = Math.min(500, Math.max(20, Math.ceil((bytes ?? 0) / 1024 ** 3)));
    }
    // A lost answer is read back: job names are unique per account (ReplicationJobName.Duplicate) and
    // DescribeReplicationJobs filters by Name and SourceId (not by ClientToken), so the job with this
    // name on this source is the one the answer would have named. A job without a name is named
    // after its id by the vendor: nothing to read back by, the outcome stays unknown.
    const res = await reconciled(
      this.write('CreateReplicationJob', ctx),
      () => this.client.call('CreateReplicationJob', { params: req, fields }, ctx),
      async () => {
        if (!req.Name) return null;
        const r = await this.client.describeReplicationJobs({ RegionId: req.RegionId, SourceId: [req.SourceId], Name: req.Name, PageNumber: 1, PageSize: MAX_PAGE }, ctx);
        const job = replicationJobsOf(r).find((j) => j.Name === req.Name && j.SourceId === req.SourceId && j.Status !== 'Deleting');
        return job?.JobId ? { JobId: job.JobId, RequestId: r.RequestId } : null;
      },
    );
    if (!res.JobId) throw new GatewayError('UPSTREAM_ERROR', 'CreateReplicationJob answered without a JobId', { provider: PROVIDER_ID, account: this.accountId, requestId: res.RequestId ?? undefined });
    const jobId = res.JobId;
    if (launchTemplate) await this.client.call('ModifyReplicationJobAttribute', { params: { JobId: jobId, ...launchTemplate }, fields: under(field, TARGET_FIELDS) }, ctx);
    if (input.tags && input.tags.length > 0) this.invalidateTags('replicationjob', [jobId]);
    return this.getTask(input.region, jobId, ctx);
  }

  /**
   * The rules the seed states in words, on the wire request, before it is sent (each named by its
   * argument through `fields`): `RunOnce=false` needs `Frequency` and `MaxNumberOfImageToKeep`; VPC
   * transfer (`NetMode=2`) needs `VSwitchId` (`VpcId` optional); `ScheduledStartTime` is later than now.
   */
  private jobRules(req: { RunOnce?: boolean; Frequency?: number; MaxNumberOfImageToKeep?: number; NetMode?: number; VSwitchId?: string; ScheduledStartTime?: string }, fields: FieldMap): void {
    const refuse = (wire: string, why: string): never => {
      const field = argumentPath([wire], fields) ?? `params.${wire}`;
      throw new GatewayError('BAD_USER_INPUT', `${field}: ${why}`, { provider: PROVIDER_ID, account: this.accountId, field });
    };
    if (req.RunOnce === false) {
      if (req.Frequency === undefined) refuse('Frequency', 'required when runOnce is false (the seed: Frequency and MaxNumberOfImageToKeep are required when RunOnce=false)');
      if (req.MaxNumberOfImageToKeep === undefined) refuse('MaxNumberOfImageToKeep', 'required when runOnce is false (the seed: Frequency and MaxNumberOfImageToKeep are required when RunOnce=false)');
    }
    if (req.NetMode === 2 && !req.VSwitchId) refuse('VSwitchId', 'required for VPC transfer (netMode VPC); vpcId is optional');
    if (req.ScheduledStartTime !== undefined && !(Date.parse(req.ScheduledStartTime) > this.now())) refuse('ScheduledStartTime', 'must be later than now');
  }

  private modifyRequest(jobId: string, input: AlibabaModifyJobInput): ModifyReplicationJobAttributeRequest {
    return {
      JobId: jobId,
      Name: undef(input.name),
      Description: undef(input.description),
      TargetType: undef(input.targetType),
      ScheduledStartTime: apiTime(input.scheduledStartTime),
      ValidTime: apiTime(input.validTime),
      ImageName: undef(input.imageName),
      InstanceId: undef(input.instanceId),
      SystemDiskSize: undef(input.systemDiskSizeGiB),
      DataDisk: dataDisks(input.dataDisks),
      SystemDiskPart: parts(input.systemDiskParts),
      Frequency: undef(input.frequencyHours),
      MaxNumberOfImageToKeep: undef(input.maxNumberOfImageToKeep),
      InstanceType: undef(input.instanceType),
      InstanceRamRole: undef(input.instanceRamRole),
      LaunchTemplateId: undef(input.launchTemplateId),
      LaunchTemplateVersion: undef(input.launchTemplateVersion),
      ContainerNamespace: undef(input.containerNamespace),
      ContainerRepository: undef(input.containerRepository),
      ContainerTag: undef(input.containerTag),
    };
  }

  async updateTask(region: string, id: string, input: UpdateTaskInput, ctx?: CallContext): Promise<Task> {
    this.assertRegion(region);
    if (input.bandwidthLimitMbps !== undefined && input.bandwidthLimitMbps !== null) {
      throw new GatewayError('UNSUPPORTED_OPERATION', 'alibaba-smc: the bandwidth limit (ReplicationParameters) cannot be changed after a job is created', {
        provider: PROVIDER_ID,
        account: this.accountId,
        field: 'input.bandwidthLimitMbps',
      });
    }
    const parsed = modifyOptionsSchema.safeParse(input.options ?? {});
    if (!parsed.success) throw inputError(UNIFIED_OPTIONS, parsed.error, { provider: PROVIDER_ID, account: this.accountId });
    return this.modifyJob(region, id, { ...parsed.data, name: input.name }, { options: UNIFIED_OPTIONS, job: 'id' }, ctx);
  }

  /**
   * ModifyReplicationJobAttribute from validated options, then the job. `at` names the arguments the
   * options and the job id came from (`input.alibaba` / `id` for the unified updateTask, `input` / `taskId` for the
   * extension). For createExtension.
   */
  async modifyJob(region: string, jobId: string, input: AlibabaModifyJobInput, at: { options: string; job: string }, ctx?: CallContext): Promise<Task> {
    this.assertRegion(region);
    const fields = { ...under(at.options, TARGET_FIELDS), ...MODIFY_TOP_FIELDS, JobId: at.job };
    const params = this.modifyRequest(jobId, input);
    this.jobRules(params, fields);
    await this.client.call('ModifyReplicationJobAttribute', { params, fields }, ctx);
    return this.getTask(region, jobId, ctx);
  }

  /** DeleteReplicationJob takes one JobId: not atomic, so each id reports its own outcome. */
  async deleteTasks(region: string, ids: readonly string[], ctx?: CallContext): Promise<DeleteTaskOutcome[]> {
    this.assertRegion(region);
    // A lost answer is read back: a job gone or Deleting was deleted.
    return deleteEach(ids, async (id) => {
      await reconciled<true>(
        this.write('DeleteReplicationJob', ctx),
        async () => {
          await this.client.deleteReplicationJob({ JobId: id }, ctx);
          return true;
        },
        async () => {
          const status = await this.jobStatus(region, id, ctx);
          return status === null || status === 'Deleting' ? true : null;
        },
      );
    });
  }

  async runTaskAction(region: string, id: string, action: TaskAction, params: Record<string, unknown> | null, ctx?: CallContext): Promise<Task> {
    this.assertRegion(region);
    let send: () => Promise<unknown>;
    let operation: string;
    switch (action) {
      case TaskAction.START:
        operation = 'StartReplicationJob';
        send = () => this.client.startReplicationJob({ JobId: id }, ctx);
        break;
      case TaskAction.STOP:
        operation = 'StopReplicationJob';
        send = () => this.client.stopReplicationJob({ JobId: id }, ctx);
        break;
      case TaskAction.CUTOVER: {
        const syncData = params?.syncData;
        if (syncData !== undefined && syncData !== null && typeof syncData !== 'boolean') throw badInput('params.syncData', 'must be a boolean').withAccount(PROVIDER_ID, this.accountId);
        operation = 'CutOverReplicationJob';
        send = () => this.client.cutOverReplicationJob({ JobId: id, SyncData: syncData ?? undefined }, ctx);
        break;
      }
      default:
        // DELETE included: the domain deletes through deleteTasks, never through an action.
        throw unsupported(PROVIDER_ID, `task action ${action}`, this.accountId);
    }
    // A lost answer is read back: the job in a status the action leads to is answered as done.
    const posts = ACTION_POST_STATUS[action] ?? [];
    const seen = await reconciled<Task | null>(
      this.write(operation, ctx),
      async () => {
        await send();
        return null;
      },
      async () => {
        const [t] = await this.getTasks(region, [id], ctx);
        return t && posts.includes(t.nativeState.split('/')[0]!) ? t : null;
      },
    );
    return seen ?? this.getTask(region, id, ctx);
  }
}
