/**
 * UCloudStack-only operations (what src/graphql/providers/ucloudstack-smc calls), beyond the port.
 *
 * setup = SetupSMC (target VM, transfer host, bandwidth, SSH credentials, disk mappings). The password
 * is write-only: it goes to the vendor once and is never returned, logged or put in an error.
 * start/stop/complete/delete = StartSMC/StopSMC/CompleteSMC/DeleteSMC; describe = DescribeSMC with the
 * vendor's own filters. Every method returns the SMC as the unified Task (and Source) it maps to.
 */
import { z } from 'zod';
import type { CallContext } from '../port.js';
import type { Source, Task } from '../../src/core/model.js';
import type { SetupInput } from './mapper.js';
import { PROVIDER_ID } from './generated/wire.js';

export type { SetupInput, SetupDiskMappingInput, UCloudStackSmcDetails, UCloudStackDiskMapping } from './mapper.js';

export interface UCloudStackDescribeFilter {
  /** Exact SMC ids; when given, the vendor ignores every other filter. */
  smcIds?: string[] | null;
  /** Case-insensitive match on Name or Remark. */
  keyword?: string | null;
  /** UCloudStack projects to list across (default: the account's project). */
  projectIds?: string[] | null;
  /** Native states, e.g. Syncing, CREATING (case-insensitive at the vendor). */
  states?: string[] | null;
  /** 1-100 (clamped). Default 20. */
  limit?: number | null;
  offset?: number | null;
}

/** One SMC seen both ways. */
export interface UCloudStackSmc {
  task: Task;
  source: Source;
}

export interface UCloudStackDescribePage {
  items: UCloudStackSmc[];
  /** All matches at the vendor, ignoring limit/offset. */
  totalCount: number;
  /** The limit and offset actually sent (after clamping). */
  limit: number;
  offset: number;
}

export interface UCloudStackSmcExtension {
  readonly provider: 'ucloudstack-smc';
  setup(region: string, smcId: string, input: SetupInput, ctx?: CallContext): Promise<Task>;
  start(region: string, smcId: string, ctx?: CallContext): Promise<Task>;
  stop(region: string, smcId: string, ctx?: CallContext): Promise<Task>;
  complete(region: string, smcId: string, ctx?: CallContext): Promise<Task>;
  /** Returns the task as it looks after the call (DELETING), or null when it is already gone. */
  delete(region: string, smcId: string, ctx?: CallContext): Promise<Task | null>;
  describe(region: string, filter: UCloudStackDescribeFilter, ctx?: CallContext): Promise<UCloudStackDescribePage>;
}

/** The extension object the provider exposes (`provider.extension`) over the provider's own paths. */
export function createExtension(backend: Omit<UCloudStackSmcExtension, 'provider'>): UCloudStackSmcExtension {
  return Object.freeze({
    provider: PROVIDER_ID,
    setup: backend.setup,
    start: backend.start,
    stop: backend.stop,
    complete: backend.complete,
    delete: backend.delete,
    describe: backend.describe,
  });
}

export const DESCRIBE_LIMIT_MIN = 1;
export const DESCRIBE_LIMIT_MAX = 100;
export const DESCRIBE_LIMIT_DEFAULT = 20;

/** The vendor clamps Limit to 1-100; so do we, so the page size we report is the one served. */
export function clampLimit(limit: number | null | undefined): number {
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return DESCRIBE_LIMIT_DEFAULT;
  return Math.min(DESCRIBE_LIMIT_MAX, Math.max(DESCRIBE_LIMIT_MIN, Math.trunc(limit)));
}

/** Our upper bound of a bandwidth limit, Mbit/s (the catalog has none; its bounds: an integer >= 0). */
export const BANDWIDTH_MAX_MBPS = 1_000_000;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * The wire bound of DiskMapping Size/Avail (catalog override: at most 65,536 GB, sent as GiB), in
 * bytes, so that a given size is judged before the SMC is read (updateTask merges the SMC's values).
 */
export const DISK_MAX_BYTES = 65_536 * 1024 ** 3;

export const setupDiskMappingSchema = z.strictObject({
  device: nonEmpty.max(256),
  mappingDiskId: nonEmpty.max(128),
  mountPoint: z.string().max(4096).nullish(),
  fsType: z.string().max(64).nullish(),
  sizeBytes: z.number().int().nonnegative().max(DISK_MAX_BYTES).nullish(),
  availBytes: z.number().int().nonnegative().max(DISK_MAX_BYTES).nullish(),
  isRoot: z.boolean().nullish(),
});

/** Validation of SetupInput (also the `options` of the unified createTask). Messages never echo values. */
const setupInputObject = z.strictObject({
  vmId: nonEmpty.max(128),
  host: nonEmpty.max(255),
  // An integer >= 0: the catalog's bound of Bandwidth, checked by Client.call (SETUP_FIELDS names it).
  bandwidthMbps: z.number().max(BANDWIDTH_MAX_MBPS).nullish(),
  user: z.string().trim().min(1).max(64).nullish(),
  password: z.string().min(1).max(256).nullish(),
  diskMappings: z.array(setupDiskMappingSchema).min(1, 'at least one disk mapping is required').max(1000),
});

/**
 * The options of the unified updateTask (`input.ucloudstack`), each judged as given before the SMC is
 * read: updateTask merges them over the SMC's current setup, then setupInputSchema judges the whole.
 */
export const setupOptionsSchema = setupInputObject.partial();

export const setupInputSchema = setupInputObject
  .superRefine((v, ctx) => {
    if (v.password && !v.user) ctx.addIssue({ code: 'custom', path: ['user'], message: 'is required when a password is given' });
    const seen = new Set<string>();
    v.diskMappings.forEach((m, i) => {
      if (seen.has(m.device)) ctx.addIssue({ code: 'custom', path: ['diskMappings', i, 'device'], message: 'is mapped twice' });
      seen.add(m.device);
    });
  });
