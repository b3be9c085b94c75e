/**
 * Per-request DataLoaders keyed by (account, region, native id). A batch groups keys by account and
 * region and calls the provider's batched get (`getTasks`, `getSources`, ...) in chunks of the
 * provider's `maxBatchSize`, so N lookups cost ceil(N / batch) upstream calls per account-region.
 */
import DataLoader from 'dataloader';
import { toGatewayError, unsupported } from '../core/errors.js';
import type { EntityKind, MigrationProject, Source, Tag, Task, Template } from '../core/model.js';
import type { MigrationProvider } from '../../adapters/port.js';
import type { AccountRegistry } from './accounts.js';
import type { AccountLimiter } from './fanout.js';

export interface LoaderRef {
  accountId: string;
  region: string;
  nativeId: string;
}

type Getter<T> = (provider: MigrationProvider, region: string, ids: readonly string[]) => Promise<(T | null)[]>;

/** An optional provider method, bound; UNSUPPORTED_OPERATION when the provider lacks it (callers check capabilities first). */
export function capability<F extends (...args: any[]) => unknown>(p: MigrationProvider, fn: F | undefined, kind: EntityKind): F {
  if (!fn) throw unsupported(p.provider, `${kind} lookups`);
  return fn.bind(p) as F;
}

const GETTERS: { [K in EntityKind]: Getter<EntityOf<K>> } = {
  Source: (p, r, ids) => p.getSources(r, ids),
  Task: (p, r, ids) => p.getTasks(r, ids),
  Template: (p, r, ids) => capability(p, p.getTemplates, 'Template')(r, ids),
  MigrationProject: (p, r, ids) => capability(p, p.getProjects, 'MigrationProject')(r, ids),
};

export type EntityOf<K extends EntityKind> = K extends 'Source'
  ? Source
  : K extends 'Task'
    ? Task
    : K extends 'Template'
      ? Template
      : MigrationProject;

export type Loaders = { [K in EntityKind]: DataLoader<LoaderRef, EntityOf<K> | null, string> } & {
  /** Tags of sources and tasks whose provider keeps them apart (`getTags`). */
  Tags: DataLoader<LoaderRef & { kind: 'Source' | 'Task' }, Tag[], string>;
};

const keyOf = (r: LoaderRef) => `${r.accountId}\u0000${r.region}\u0000${r.nativeId}`;

export function createLoaders(registry: AccountRegistry, limiter: AccountLimiter, options: { batching: boolean }): Loaders {
  const make = <K extends EntityKind>(kind: K) =>
    new DataLoader<LoaderRef, EntityOf<K> | null, string>((refs) => batch(kind, refs), {
      cacheKeyFn: keyOf,
      batch: options.batching,
      cache: options.batching,
    });
  const batch = async <K extends EntityKind>(kind: K, refs: readonly LoaderRef[]): Promise<(EntityOf<K> | null | Error)[]> => {
    const out: (EntityOf<K> | null | Error)[] = new Array(refs.length).fill(null);
    const groups = new Map<string, number[]>();
    refs.forEach((r, i) => {
      const g = `${r.accountId}\u0000${r.region}`;
      const list = groups.get(g);
      if (list) list.push(i);
      else groups.set(g, [i]);
    });
    await Promise.all(
      [...groups.values()].map(async (indexes) => {
        const { accountId, region } = refs[indexes[0]!]!;
        let provider: MigrationProvider;
        try {
          provider = registry.region(accountId, region).cached;
        } catch (e) {
          for (const i of indexes) out[i] = toGatewayError(e);
          return;
        }
        if (!provider.capabilities.entities.includes(kind)) return;
        const size = Math.max(1, provider.capabilities.maxBatchSize);
        const unique = [...new Set(indexes.map((i) => refs[i]!.nativeId))];
        const found = new Map<string, EntityOf<K> | null | Error>();
        const chunks: string[][] = [];
        for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
        await Promise.all(
          chunks.map(async (ids) => {
            try {
              const got = await limiter.run(accountId, () => (GETTERS[kind] as Getter<EntityOf<K>>)(provider, region, ids));
              ids.forEach((id, j) => found.set(id, got[j] ?? null));
            } catch (e) {
              const err = toGatewayError(e).withAccount(provider.provider, accountId);
              for (const id of ids) found.set(id, err);
            }
          }),
        );
        for (const i of indexes) out[i] = found.get(refs[i]!.nativeId) ?? null;
      }),
    );
    return out;
  };
  const tags = () => new DataLoader<LoaderRef & { kind: 'Source' | 'Task' }, Tag[], string>(
    async (refs) => {
      const out: (Tag[] | Error)[] = refs.map(() => []);
      const groups = new Map<string, number[]>();
      refs.forEach((r, i) => {
        const g = `${r.kind}\u0000${r.accountId}\u0000${r.region}`;
        groups.set(g, [...(groups.get(g) ?? []), i]);
      });
      await Promise.all(
        [...groups.values()].map(async (indexes) => {
          const { kind, accountId, region } = refs[indexes[0]!]!;
          try {
            const provider = registry.region(accountId, region).cached;
            if (!provider.getTags) return;
            const size = Math.max(1, provider.capabilities.maxBatchSize);
            for (let i = 0; i < indexes.length; i += size) {
              const chunk = indexes.slice(i, i + size);
              const got = await limiter.run(accountId, () => provider.getTags!(kind, region, chunk.map((j) => refs[j]!.nativeId)));
              chunk.forEach((j, k) => (out[j] = got[k] ?? []));
            }
          } catch (e) {
            for (const i of indexes) out[i] = toGatewayError(e);
          }
        }),
      );
      return out;
    },
    { cacheKeyFn: (r) => `${r.kind}\u0000${keyOf(r)}`, batch: options.batching, cache: options.batching },
  );
  // Built on first use: a request pays only for the loaders it touches.
  const built: Partial<Loaders> = {};
  return {
    get Source() {
      return (built.Source ??= make('Source'));
    },
    get Task() {
      return (built.Task ??= make('Task'));
    },
    get Template() {
      return (built.Template ??= make('Template'));
    },
    get MigrationProject() {
      return (built.MigrationProject ??= make('MigrationProject'));
    },
    get Tags() {
      return (built.Tags ??= tags());
    },
  };
}
