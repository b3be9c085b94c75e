/**
 * The live task table: every task of the permitted accounts matching the URL's filters (all pages
 * of `tasks`, 500 a page), virtualised rows, and ONE `taskUpdates` subscription with the same
 * provider/account/region/state filter; updates are applied once per animation frame, never polled.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { download, query, subscribe, GqlRequestError } from '../api';
import { duration, percent, PROVIDER_LABEL, speed } from '../format';
import {
  DashAccountsDocument,
  DashTasksDocument,
  DashTaskUpdatesDocument,
  type DashAccountsQuery,
  type DashEventFragment,
  type DashTaskRowFragment,
  type DashTasksQuery,
  type Provider,
  type TaskFilter,
  type TaskState,
} from '../generated/graphql';
import { BASE, linkClick, navigate, taskHref } from '../router';

export const PROVIDERS = ['HUAWEI_SMS', 'ALIBABA_SMC', 'UCLOUDSTACK_SMC'] as const satisfies readonly Provider[];
export const STATES = [
  'PENDING',
  'PREPARING',
  'REPLICATING',
  'SYNCING',
  'READY_FOR_CUTOVER',
  'CUTTING_OVER',
  'SUCCEEDED',
  'FAILED',
  'STOPPING',
  'STOPPED',
  'ROLLING_BACK',
  'DELETING',
  'EXPIRED',
  'UNKNOWN',
] as const satisfies readonly TaskState[];
// Compile-time check that every TaskState and Provider is listed.
const _allStates: Exclude<TaskState, (typeof STATES)[number]> extends never ? true : never = true;
const _allProviders: Exclude<Provider, (typeof PROVIDERS)[number]> extends never ? true : never = true;

const PAGE = 500;
const ROW_HEIGHT = 38;

interface Row extends DashTaskRowFragment {
  stale: boolean;
  staleReason: string | null;
}

interface Filters {
  provider: string;
  account: string;
  region: string;
  state: string;
  name: string;
}

function filtersOf(params: URLSearchParams): Filters {
  return {
    provider: params.get('provider') ?? '',
    account: params.get('account') ?? '',
    region: params.get('region') ?? '',
    state: params.get('state') ?? '',
    name: params.get('name') ?? '',
  };
}

function searchOf(f: Filters, names: Record<keyof Filters, string>): string {
  const p = new URLSearchParams();
  for (const key of Object.keys(names) as (keyof Filters)[]) if (f[key]) p.set(names[key], f[key]);
  const s = p.toString();
  return s ? `?${s}` : '';
}

const URL_NAMES = { provider: 'provider', account: 'account', region: 'region', state: 'state', name: 'name' };
/** src/server/reports.ts's parameter names. */
const CSV_NAMES = { provider: 'provider', account: 'account', region: 'region', state: 'state', name: 'nameContains' };

let renderedMarked = false;

function applyEvent(row: Row, e: DashEventFragment): Row {
  const p = e.progress;
  return {
    ...row,
    state: e.state ?? row.state,
    nativeState: e.nativeState ?? row.nativeState,
    progress: p ? { percent: p.percent ?? null, speed: p.speed ?? null, remainingSeconds: p.remainingSeconds ?? null } : row.progress,
    stale: e.stale,
    staleReason: e.staleReason ?? null,
  };
}

export function TaskTable({ params }: { params: URLSearchParams }) {
  const filters = filtersOf(params);
  const [accounts, setAccounts] = useState<DashAccountsQuery['accounts']>([]);
  const [rows, setRows] = useState<Row[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(filters.name);
  const [csvError, setCsvError] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const index = useRef(new Map<string, number>());

  const key = `${filters.provider}|${filters.account}|${filters.region}|${filters.state}|${filters.name}`;

  useEffect(() => {
    query(DashAccountsDocument, {})
      .then((d) => setAccounts(d.accounts))
      .catch(() => undefined);
  }, []);

  // The URL changed (back, forward, a link): the field follows it.
  useEffect(() => setName(filters.name), [filters.name]);

  // Name typed: into the URL after a pause (the URL is the filter's one source).
  useEffect(() => {
    if (name === filters.name) return;
    const t = setTimeout(() => navigate(`${BASE}/tasks${searchOf({ ...filters, name }, URL_NAMES)}`, { replace: true }), 300);
    return () => clearTimeout(t);
  }, [name]);

  // Load every page, then follow the same selection live.
  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | null = null;
    const filter: TaskFilter = {
      ...(filters.provider ? { providers: [filters.provider as Provider] } : {}),
      ...(filters.account ? { accounts: [filters.account] } : {}),
      ...(filters.region ? { regions: [filters.region] } : {}),
      ...(filters.state ? { states: [filters.state as TaskState] } : {}),
      ...(filters.name ? { nameContains: filters.name } : {}),
    };
    setLoading(true);
    setError(null);
    setRows([]);
    index.current = new Map();

    // Events that arrive while pages load are kept and applied after.
    const pending = new Map<string, DashEventFragment>();
    let frame = 0;
    let loaded = false;
    const flush = () => {
      frame = 0;
      if (!loaded || pending.size === 0) return;
      // Only tasks in the table (a task created since the load has no row until the next load).
      const events = [...pending.values()].filter((e) => index.current.has(e.taskId));
      pending.clear();
      if (!events.length) return;
      window.__migraph.updatesApplied += events.length;
      setRows((prev) => {
        const next = prev.slice();
        for (const e of events) {
          const i = index.current.get(e.taskId)!;
          next[i] = applyEvent(next[i]!, e);
        }
        return next;
      });
    };
    const onEvent = (e: DashEventFragment) => {
      // Latest per task wins (a slow page gets the newest state, not a queue).
      pending.set(e.taskId, e);
      if (loaded && !frame) frame = requestAnimationFrame(flush);
    };
    unsubscribe = subscribe(
      DashTaskUpdatesDocument,
      {
        filter: {
          ...(filter.providers ? { providers: filter.providers } : {}),
          ...(filter.accounts ? { accounts: filter.accounts } : {}),
          ...(filter.regions ? { regions: filter.regions } : {}),
          ...(filter.states ? { states: filter.states } : {}),
        },
      },
      { next: (d) => onEvent(d.taskUpdates) },
    );

    (async () => {
      const all: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const page: DashTasksQuery = await query(DashTasksDocument, { filter, first: PAGE, after });
        if (!live) return;
        for (const t of page.tasks.nodes) all.push({ ...t, stale: false, staleReason: null });
        if (!page.tasks.pageInfo.hasNextPage || !page.tasks.pageInfo.endCursor) break;
        after = page.tasks.pageInfo.endCursor;
      }
      const map = new Map<string, number>();
      all.forEach((r, i) => map.set(r.id, i));
      index.current = map;
      loaded = true;
      setRows(all);
      setLoading(false);
      if (pending.size) frame = requestAnimationFrame(flush);
    })().catch((e: unknown) => {
      if (!live) return;
      setError(e instanceof GqlRequestError ? `${e.code}: ${e.message}` : String(e));
      setLoading(false);
    });

    return () => {
      live = false;
      if (frame) cancelAnimationFrame(frame);
      unsubscribe?.();
    };
  }, [key]);

  // The first screen with every page loaded: one performance mark for the browser tests.
  useEffect(() => {
    if (loading || error || renderedMarked) return;
    renderedMarked = true;
    requestAnimationFrame(() => performance.mark('migraph:table-rendered'));
  }, [loading, error]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const setFilter = (k: keyof Filters, v: string) => navigate(`${BASE}/tasks${searchOf({ ...filters, name, [k]: v }, URL_NAMES)}`);

  const providerChoices = useMemo(() => PROVIDERS.filter((p) => accounts.some((a) => a.provider === p)), [accounts]);
  const accountChoices = accounts.filter((a) => !filters.provider || a.provider === filters.provider);
  const regionChoices = [
    ...new Set(accountChoices.filter((a) => !filters.account || a.id === filters.account).flatMap((a) => a.regions)),
  ].sort();
  const csvHref = `/reports/tasks.csv${searchOf(filters, CSV_NAMES)}`;

  const onCsv = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    setCsvError(null);
    void download(csvHref, 'tasks.csv').then((err) => err && setCsvError(`${err.extensions?.code ?? 'ERROR'}: ${err.message}`));
  };

  return (
    <section className="tasks">
      <div className="toolbar filters">
        <h1>Tasks</h1>
        <select data-testid="filter-provider" aria-label="Provider" value={filters.provider} onChange={(e) => setFilter('provider', e.target.value)}>
          <option value="">All providers</option>
          {(providerChoices.length ? providerChoices : PROVIDERS).map((p) => (
            <option key={p} value={p}>
              {PROVIDER_LABEL[p] ?? p}
            </option>
          ))}
        </select>
        <select data-testid="filter-account" aria-label="Account" value={filters.account} onChange={(e) => setFilter('account', e.target.value)}>
          <option value="">All accounts</option>
          {accountChoices.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label ? `${a.label} (${a.id})` : a.id}
            </option>
          ))}
          {filters.account && !accountChoices.some((a) => a.id === filters.account) && <option value={filters.account}>{filters.account}</option>}
        </select>
        <select data-testid="filter-region" aria-label="Region" value={filters.region} onChange={(e) => setFilter('region', e.target.value)}>
          <option value="">All regions</option>
          {regionChoices.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
          {filters.region && !regionChoices.includes(filters.region) && <option value={filters.region}>{filters.region}</option>}
        </select>
        <select data-testid="filter-state" aria-label="State" value={filters.state} onChange={(e) => setFilter('state', e.target.value)}>
          <option value="">All states</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <input data-testid="filter-name" aria-label="Name contains" placeholder="Name contains…" value={name} onChange={(e) => setName(e.target.value)} />
        <a data-testid="csv-export" href={csvHref} onClick={onCsv} className="button">
          Export CSV
        </a>
        <span className="muted">{loading ? `loading… ${rows.length}` : `${rows.length} tasks`}</span>
      </div>
      {csvError && <p className="error">{csvError}</p>}
      {error && <p className="error">{error}</p>}
      <div data-testid="task-table" data-total={rows.length} data-loading={String(loading)} className="table" role="table" aria-rowcount={rows.length}>
        <div className="thead" role="row">
          <span role="columnheader">Name</span>
          <span role="columnheader">Provider</span>
          <span role="columnheader">Account / region</span>
          <span role="columnheader">State</span>
          <span role="columnheader">Progress</span>
          <span role="columnheader">Speed</span>
          <span role="columnheader">ETA</span>
        </div>
        <div ref={scrollRef} className="tbody">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const t = rows[item.index]!;
              const p = t.progress.percent;
              return (
                <div
                  key={t.id}
                  role="row"
                  className={`tr${t.stale ? ' stale' : ''}`}
                  data-testid="task-row"
                  data-task-id={t.id}
                  data-state={t.state}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                >
                  <span role="cell" className="name">
                    <a data-testid="task-link" href={taskHref(t.id)} onClick={linkClick} title={t.name}>
                      {t.name}
                    </a>
                  </span>
                  <span role="cell">{PROVIDER_LABEL[t.provider] ?? t.provider}</span>
                  <span role="cell" className="muted">
                    {t.account.id} / {t.region}
                  </span>
                  <span role="cell" title={t.nativeState}>
                    <span className={`state state-${t.state}`}>{t.state}</span>
                  </span>
                  <span role="cell" className="progress-cell">
                    <span className="progress" data-testid="progress-bar" data-percent={p ?? ''} role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={p ?? undefined}>
                      <span className="fill" style={{ width: `${p ?? 0}%` }} />
                    </span>
                    <span className="pct">{percent(p)}</span>
                    {t.stale && (
                      <span data-testid="stale-marker" className="stale-marker" title={`stale: ${t.staleReason ?? 'not refreshed'}`}>
                        stale
                      </span>
                    )}
                  </span>
                  <span role="cell">{speed(t.progress.speed)}</span>
                  <span role="cell">{duration(t.progress.remainingSeconds)}</span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
