/**
 * The Alibaba-only operations (beyond the port), typed for the provider's GraphQL module
 * (src/graphql/providers/alibaba-smc/), which is their only caller.
 *
 * Every method that is not a read (`list*`) changes something: the gateway's cache wrapper invalidates the
 * account after it. The typed details of mapped entities are read with `alibabaJobDetails` /
 * `alibabaSourceDetails` (mapper.ts), not through this interface.
 *
 * `createExtension(provider)` builds it over the provider's client, caches and request builders.
 *
 * Units: sizes given in GiB where the API takes GiB (`systemDiskSizeGiB`, `sizeGiB`), partition sizes in
 * bytes; times as ISO-8601 strings (sent to the API as `yyyy-MM-ddTHH:mm:ssZ`).
 */
import { z } from 'zod';
import type { CallContext } from '../port.js';
import { TaskAction, type Source, type Tag, type Task } from '../../src/core/model.js';
import { inputError } from '../common/validation.js';
import { chunks } from '../common/batch.js';
import { PROVIDER_ID } from './generated/wire.js';
import { tagResourceTypeOf } from './mapper.js';
import type { Provider } from './provider.js';

export type AlibabaTargetType = 'Image' | 'ContainerImage' | 'Instance';
export type AlibabaTagResourceType = 'sourceserver' | 'replicationjob';

export interface AlibabaDiskPartInput {
  /** Partition device id as the source reports it (`0_1`). */
  device: string;
  sizeBytes?: number | null;
  /** Block replication (API default true). */
  block?: boolean | null;
}

export interface AlibabaDataDiskInput {
  /** Source data disk index (1-16). */
  index: number;
  /** Target size, GiB (20-32768). */
  sizeGiB?: number | null;
  parts?: AlibabaDiskPartInput[] | null;
}

/** Options Create and Modify share. */
export interface AlibabaJobTargetOptions {
  description?: string | null;
  targetType?: AlibabaTargetType | null;
  imageName?: string | null;
  /** Target instance for `targetType: Instance`. */
  instanceId?: string | null;
  /** Target system disk, GiB (20-500). Create: defaults to the source's system disk size (at least 20). */
  systemDiskSizeGiB?: number | null;
  dataDisks?: AlibabaDataDiskInput[] | null;
  systemDiskParts?: AlibabaDiskPartInput[] | null;
  containerNamespace?: string | null;
  containerRepository?: string | null;
  containerTag?: string | null;
  /** Transit (intermediate) instance type. */
  instanceType?: string | null;
  instanceRamRole?: string | null;
  /** Launch template (Modify parameter; on create it is applied with a follow-up ModifyReplicationJobAttribute). */
  launchTemplateId?: string | null;
  launchTemplateVersion?: string | null;
  /** ISO time; the job starts by itself then (later than now, within 30 days). */
  scheduledStartTime?: string | null;
  /** ISO time; creation + 7 to + 90 days (API default + 30 days). */
  validTime?: string | null;
  /** Incremental jobs: hours between runs (1-168). */
  frequencyHours?: number | null;
  /** Incremental jobs: images kept (1-10). */
  maxNumberOfImageToKeep?: number | null;
}

export interface AlibabaCreateJobInput extends AlibabaJobTargetOptions {
  region: string;
  sourceId: string;
  name?: string | null;
  /** 0 = public network (default), 2 = VPC (needs vSwitchId). */
  netMode?: 0 | 2 | null;
  vpcId?: string | null;
  vSwitchId?: string | null;
  /** false = incremental job (needs frequencyHours and maxNumberOfImageToKeep). Immutable. */
  runOnce?: boolean | null;
  /** Raw ReplicationParameters JSON (driver keys, e.g. bandwidth_limit, compress_level, checksum). */
  replicationParameters?: string | null;
  /** Merged into ReplicationParameters as `bandwidth_limit`. */
  bandwidthLimitMbps?: number | null;
  licenseType?: '' | 'BYOL' | null;
  tags?: Tag[] | null;
  /** Explicit ClientToken; default derived from the call's idempotency key (or random). */
  clientToken?: string | null;
}

export interface AlibabaModifyJobInput extends Omit<AlibabaJobTargetOptions, 'targetType'> {
  name?: string | null;
  /** Modify accepts Image or ContainerImage only. */
  targetType?: 'Image' | 'ContainerImage' | null;
}

export interface AlibabaTagResource {
  resourceType: AlibabaTagResourceType;
  resourceId: string;
  key: string;
  value: string | null;
}

export interface AlibabaSmcExtension {
  /** CreateReplicationJob with every target option; returns the new job (Ready, or scheduled). */
  createReplicationJob(input: AlibabaCreateJobInput, ctx?: CallContext): Promise<Task>;
  /** ModifyReplicationJobAttribute (state rules: see README). */
  modifyReplicationJob(region: string, jobId: string, input: AlibabaModifyJobInput, ctx?: CallContext): Promise<Task>;
  /** CutOverReplicationJob: ends an incremental (Waiting) job, with one final full sync when `syncData`. */
  cutOverReplicationJob(region: string, jobId: string, opts: { syncData?: boolean | null }, ctx?: CallContext): Promise<Task>;
  /** ModifySourceServerAttribute (rename / describe). */
  modifySource(region: string, sourceId: string, input: { name?: string | null; description?: string | null }, ctx?: CallContext): Promise<Source>;
  /** DeleteSourceServer; `force` also deletes the source's jobs. */
  deleteSource(region: string, sourceId: string, opts: { force?: boolean | null }, ctx?: CallContext): Promise<void>;
  tagResources(region: string, resourceType: AlibabaTagResourceType, resourceIds: readonly string[], tags: readonly Tag[], ctx?: CallContext): Promise<void>;
  /** Removes `keys`, or every tag when `all` is true and no keys are given. */
  untagResources(region: string, resourceType: AlibabaTagResourceType, resourceIds: readonly string[], opts: { keys?: readonly string[] | null; all?: boolean | null }, ctx?: CallContext): Promise<void>;
  /** Every resource-tag pair matching (all pages). */
  listTagResources(region: string, resourceType: AlibabaTagResourceType, filter: { resourceIds?: readonly string[] | null; tags?: readonly Tag[] | null }, ctx?: CallContext): Promise<AlibabaTagResource[]>;
}

// ----------------------------------------------------------------------------------------------
// Validation (zod): the shape of the port's `options` bags and the extension inputs. Ranges, enums,
// lengths and name patterns are the catalog's: the generated validators check them on the wire request
// (Client.call), so they are not repeated here.

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO-8601 time');
const partSchema = z.object({
  device: z.string().min(1),
  sizeBytes: z.number().int().positive().nullish(),
  block: z.boolean().nullish(),
});
/**
 * Partitions of one disk: the catalog gives no bound on `Part.N` / `SystemDiskPart.N` (its generated
 * validator cannot bound a repeated struct either); at most 128, the partition entries of a GPT disk
 * (MBR has 4 primary), so a list of any length is not sent.
 */
const MAX_PARTS = 128;
const dataDiskSchema = z.object({
  index: z.number().int(),
  sizeGiB: z.number().int().nullish(),
  parts: z.array(partSchema).max(MAX_PARTS).nullish(),
});

export const targetOptionsShape = {
  description: z.string().nullish(),
  imageName: z.string().nullish(),
  instanceId: z.string().min(1).nullish(),
  systemDiskSizeGiB: z.number().int().nullish(),
  dataDisks: z.array(dataDiskSchema).max(16).nullish(),
  systemDiskParts: z.array(partSchema).max(MAX_PARTS).nullish(),
  containerNamespace: z.string().min(1).nullish(),
  containerRepository: z.string().min(1).nullish(),
  containerTag: z.string().min(1).nullish(),
  instanceType: z.string().min(1).nullish(),
  instanceRamRole: z.string().min(1).nullish(),
  launchTemplateId: z.string().min(1).nullish(),
  launchTemplateVersion: z.string().min(1).nullish(),
  scheduledStartTime: isoTime.nullish(),
  validTime: isoTime.nullish(),
  frequencyHours: z.number().int().nullish(),
  maxNumberOfImageToKeep: z.number().int().nullish(),
};

const tagSchema = z.object({ key: z.string().min(1).max(128), value: z.string().max(128).nullable() });

/** `CreateTaskInput.options` of the port (everything but region/sourceId/name/bandwidth, which the port carries). */
export const createOptionsSchema = z
  .object({
    ...targetOptionsShape,
    targetType: z.enum(['Image', 'ContainerImage', 'Instance']).nullish(),
    netMode: z.union([z.literal(0), z.literal(2)]).nullish(),
    vpcId: z.string().min(1).nullish(),
    vSwitchId: z.string().min(1).nullish(),
    runOnce: z.boolean().nullish(),
    replicationParameters: z.string().nullish(),
    licenseType: z.enum(['', 'BYOL']).nullish(),
    tags: z.array(tagSchema).max(20).nullish(),
    clientToken: z.string().min(1).max(64).nullish(),
  })
  .strict();

/** `UpdateTaskInput.options` of the port. */
export const modifyOptionsSchema = z
  .object({
    ...targetOptionsShape,
    targetType: z.enum(['Image', 'ContainerImage']).nullish(),
  })
  .strict();

// ----------------------------------------------------------------------------------------------
// The extension over one provider

/** ResourceId.N of the tag operations is 1-50 (catalog): the batch of ListTagResources, the bound of Tag/UntagResources. */
export const MAX_RESOURCE_IDS = 50;
const MAX_BATCH = MAX_RESOURCE_IDS;

/** What the extension uses of its provider (Provider). */
export type ExtensionHost = Pick<
  Provider,
  'accountId' | 'client' | 'assertRegion' | 'invalidateTags' | 'createJob' | 'modifyJob' | 'runTaskAction' | 'updateSource' | 'deleteSources'
>;

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The Alibaba-only operations of one account. Argument paths in refusals are the extension mutations' (`input.*`, `taskId`). */
export function createExtension(host: ExtensionHost): AlibabaSmcExtension {
  const who = () => ({ provider: PROVIDER_ID, account: host.accountId });
  const tagsOf = (tags: readonly Tag[]) => tags.map((t) => ({ Key: t.key, Value: t.value ?? undefined }));
  return {
    createReplicationJob: (input, ctx) => {
      const { region, sourceId, name, bandwidthLimitMbps, ...options } = input;
      const parsed = createOptionsSchema.safeParse(stripUndefined(options));
      if (!parsed.success) throw inputError('input', parsed.error, who());
      return host.createJob({ ...parsed.data, region, sourceId, name, bandwidthLimitMbps }, ctx, 'input');
    },
    modifyReplicationJob: (region, jobId, input, ctx) => {
      host.assertRegion(region);
      const { name, ...options } = input;
      const parsed = modifyOptionsSchema.safeParse(stripUndefined(options));
      if (!parsed.success) throw inputError('input', parsed.error, who());
      return host.modifyJob(region, jobId, { ...parsed.data, name }, { options: 'input', job: 'taskId' }, ctx);
    },
    cutOverReplicationJob: (region, jobId, opts, ctx) => host.runTaskAction(region, jobId, TaskAction.CUTOVER, { syncData: opts.syncData ?? null }, ctx),
    modifySource: (region, sourceId, input, ctx) => host.updateSource(region, sourceId, input, ctx),
    deleteSource: async (region, sourceId, opts, ctx) => {
      const [outcome] = await host.deleteSources(region, [sourceId], { force: opts.force ?? false }, ctx);
      if (outcome?.error) throw outcome.error;
    },
    tagResources: async (region, resourceType, resourceIds, tags, ctx) => {
      host.assertRegion(region);
      await host.client.call('TagResources', { params: { ResourceType: resourceType, ResourceId: [...resourceIds], Tag: tagsOf(tags) }, fields: { ResourceId: 'ids', 'Tag.N.Key': 'tags.N.key', 'Tag.N.Value': 'tags.N.value' } }, ctx);
      host.invalidateTags(resourceType, resourceIds);
    },
    untagResources: async (region, resourceType, resourceIds, opts, ctx) => {
      host.assertRegion(region);
      const keys = opts.keys && opts.keys.length > 0 ? [...opts.keys] : undefined;
      await host.client.call('UntagResources', { params: { ResourceType: resourceType, ResourceId: [...resourceIds], TagKey: keys, All: keys ? undefined : (opts.all ?? undefined) }, fields: { ResourceId: 'ids', 'TagKey.N': 'keys.N', All: 'all' } }, ctx);
      host.invalidateTags(resourceType, resourceIds);
    },
    listTagResources: async (region, resourceType, filter, ctx): Promise<AlibabaTagResource[]> => {
      host.assertRegion(region);
      const tagFilter = filter.tags && filter.tags.length > 0 ? tagsOf(filter.tags) : undefined;
      const idBatches = filter.resourceIds && filter.resourceIds.length > 0 ? chunks([...new Set(filter.resourceIds)], MAX_BATCH) : [undefined];
      const pairs = (await Promise.all(idBatches.map((ids) => host.client.listAllTagResources({ ResourceType: resourceType, ResourceId: ids, Tag: tagFilter }, ctx, { 'Tag.N.Key': 'tags.N.key', 'Tag.N.Value': 'tags.N.value' })))).flat();
      return pairs.map((p) => ({
        resourceType: tagResourceTypeOf(p.ResourceType ?? undefined) ?? resourceType,
        resourceId: p.ResourceId ?? '',
        key: p.TagKey ?? '',
        value: p.TagValue ?? null,
      }));
    },
  };
}
