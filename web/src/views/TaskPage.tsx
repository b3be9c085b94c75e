/**
 * One task: its steps, native state, decoded error, the events received since the page opened,
 * a progress-over-time chart (plain SVG) and the action buttons `availableActions` offers, limited
 * to the viewer's scopes; destructive ones ask first; a refused action shows the gateway's error.
 */
import { useEffect, useState } from 'react';
import { useViewer } from '../App';
import { query, request, subscribe, GqlRequestError, type GqlError } from '../api';
import { bytes, duration, percent, PROVIDER_LABEL, speed, time } from '../format';
import {
  DashCutoverTaskDocument,
  DashDeleteTasksDocument,
  DashRunTaskActionDocument,
  DashTaskDocument,
  DashTaskUpdatesDocument,
  type DashEventFragment,
  type DashTaskDetailFragment,
  type TaskAction,
} from '../generated/graphql';
import { BASE, linkClick } from '../router';

/** The scope each action's mutation declares (schema/schema.graphql @requiresScopes). */
export const ACTION_SCOPE: Record<TaskAction, string> = {
  START: 'migration:operate',
  STOP: 'migration:operate',
  RESTART: 'migration:operate',
  TEST: 'migration:operate',
  CLONE_TEST: 'migration:operate',
  NETWORK_CHECK: 'migration:operate',
  CUTOVER: 'migration:admin',
  DELETE: 'migration:admin',
};
const DESTRUCTIVE = new Set<TaskAction>(['CUTOVER', 'DELETE', 'STOP']);
const LABEL: Record<TaskAction, string> = {
  START: 'Start',
  STOP: 'Stop',
  RESTART: 'Restart',
  TEST: 'Test',
  CLONE_TEST: 'Clone test',
  NETWORK_CHECK: 'Network check',
  CUTOVER: 'Cut over',
  DELETE: 'Delete',
};

interface Point {
  at: number;
  percent: number;
}

function Chart({ points }: { points: Point[] }) {
  const W = 640;
  const H = 180;
  const pad = { l: 36, r: 10, t: 10, b: 22 };
  const t0 = points[0]?.at ?? 0;
  const t1 = Math.max(t0 + 1000, points[points.length - 1]?.at ?? 0);
  const x = (t: number) => pad.l + ((t - t0) / (t1 - t0)) * (W - pad.l - pad.r);
  const y = (p: number) => pad.t + (1 - p / 100) * (H - pad.t - pad.b);
  const line = points.map((p) => `${x(p.at).toFixed(1)},${y(p.percent).toFixed(1)}`).join(' ');
  return (
    <svg data-testid="progress-chart" className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Progress over time">
      {[0, 25, 50, 75, 100].map((g) => (
        <g key={g}>
          <line x1={pad.l} x2={W - pad.r} y1={y(g)} y2={y(g)} className="gridline" />
          <text x={pad.l - 6} y={y(g) + 4} textAnchor="end" className="axis">
            {g}%
          </text>
        </g>
      ))}
      <text x={pad.l} y={H - 6} className="axis">
        {points.length ? new Date(t0).toISOString().slice(11, 19) : ''}
      </text>
      <text x={W - pad.r} y={H - 6} textAnchor="end" className="axis">
        {points.length ? new Date(t1).toISOString().slice(11, 19) : ''}
      </text>
      {points.length > 1 && <polyline points={line} className="series" />}
      {points.map((p, i) => (
        <circle key={i} cx={x(p.at)} cy={y(p.percent)} r={2.5} className="dot" />
      ))}
    </svg>
  );
}

function mergeEvent(task: DashTaskDetailFragment, e: DashEventFragment): DashTaskDetailFragment {
  const p = e.progress;
  return {
    ...task,
    state: e.state ?? task.state,
    nativeState: e.nativeState ?? task.nativeState,
    progress: p
      ? {
          ...task.progress,
          percent: p.percent ?? null,
          speed: p.speed ?? null,
          remainingSeconds: p.remainingSeconds ?? null,
          transferredBytes: p.transferredBytes ?? null,
          totalBytes: p.totalBytes ?? null,
          phase: p.phase ?? null,
          steps: p.steps.map((s) => {
            const old = task.progress.steps.find((o) => o.name === s.name);
            return { ...s, startedAt: old?.startedAt ?? null, finishedAt: old?.finishedAt ?? null };
          }),
        }
      : task.progress,
  };
}

export function TaskPage({ id }: { id: string }) {
  const viewer = useViewer();
  const [task, setTask] = useState<DashTaskDetailFragment | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [events, setEvents] = useState<DashEventFragment[]>([]);
  const [points, setPoints] = useState<Point[]>([]);
  const [confirm, setConfirm] = useState<TaskAction | null>(null);
  const [busy, setBusy] = useState<TaskAction | null>(null);
  const [actionError, setActionError] = useState<GqlError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setTask(null);
    setEvents([]);
    setPoints([]);
    query(DashTaskDocument, { id })
      .then((d) => {
        if (!live) return;
        const node = d.node && 'id' in d.node ? (d.node as DashTaskDetailFragment) : null;
        if (!node) setMissing(true);
        else setTask((prev) => prev ?? node);
      })
      .catch((e: unknown) => live && setError(e instanceof GqlRequestError ? `${e.code}: ${e.message}` : String(e)));
    const unsubscribe = subscribe(
      DashTaskUpdatesDocument,
      { filter: { ids: [id] } },
      {
        next: ({ taskUpdates: e }) => {
          if (!live) return;
          setEvents((prev) => [e, ...prev].slice(0, 500));
          setTask((prev) => (prev ? mergeEvent(prev, e) : prev));
          const p = e.progress?.percent;
          // The gateway's observation times (one clock), in order: the first event is the current state.
          if (p !== null && p !== undefined) setPoints((prev) => [...prev, { at: Date.parse(e.observedAt) || Date.now(), percent: p }].sort((a, b) => a.at - b.at).slice(-2000));
        },
      },
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [id]);

  const run = async (action: TaskAction) => {
    setConfirm(null);
    setBusy(action);
    setActionError(null);
    setNotice(null);
    try {
      if (action === 'DELETE') {
        const res = await request(DashDeleteTasksDocument, { ids: [id] });
        const refused = res.data?.deleteTasks.results.find((r) => !r.deleted)?.error;
        if (res.errors?.length) setActionError(res.errors[0]!);
        else if (refused) setActionError({ message: refused.message, extensions: { code: refused.code } });
        else setNotice('Deleted.');
      } else {
        const res = action === 'CUTOVER' ? await request(DashCutoverTaskDocument, { id }) : await request(DashRunTaskActionDocument, { id, action });
        const data = res.data as { cutoverTask?: DashTaskDetailFragment; runTaskAction?: DashTaskDetailFragment } | null | undefined;
        const updated = data?.cutoverTask ?? data?.runTaskAction;
        if (res.errors?.length || !updated) setActionError(res.errors?.[0] ?? { message: 'no answer', extensions: { code: 'ERROR' } });
        else {
          setTask(updated);
          setNotice(`${LABEL[action]}: sent.`);
        }
      }
    } finally {
      setBusy(null);
    }
  };

  if (error) return <p className="error">{error}</p>;
  if (missing) return <p>This task does not exist (any more).</p>;
  if (!task) return <p className="muted">Loading the task…</p>;

  const scopes = new Set(viewer?.scopes ?? []);
  const actions = viewer ? task.availableActions.filter((a) => scopes.has(ACTION_SCOPE[a])) : [];
  const onAction = (a: TaskAction) => (DESTRUCTIVE.has(a) ? setConfirm(a) : void run(a));
  const p = task.progress;

  return (
    <section data-testid="task-page" data-task-id={task.id} className="task-page">
      <p>
        <a href={`${BASE}/tasks`} onClick={linkClick}>
          ← all tasks
        </a>
      </p>
      <div className="toolbar">
        <h1>{task.name}</h1>
        <span className={`state state-${task.state}`} data-testid="task-state">
          {task.state}
        </span>
        <span className="muted" title="native state">
          {task.nativeState}
        </span>
      </div>
      <div className="actions">
        {actions.map((a) => (
          <button key={a} type="button" data-testid={`action-${a}`} disabled={busy !== null} onClick={() => onAction(a)} className={DESTRUCTIVE.has(a) ? 'danger' : ''}>
            {busy === a ? `${LABEL[a]}…` : LABEL[a]}
          </button>
        ))}
        {viewer && actions.length === 0 && <span className="muted">No action available{task.availableActions.length ? ' with your scopes' : ''}.</span>}
        {notice && <span className="notice">{notice}</span>}
      </div>
      {actionError && (
        <div data-testid="action-error" className="error" role="alert">
          <code>{actionError.extensions?.code ?? 'ERROR'}</code> {actionError.message}
        </div>
      )}
      {confirm && (
        <div className="backdrop">
          <div data-testid="confirm-dialog" className="dialog" role="dialog" aria-modal="true" aria-labelledby="confirm-title">
            <h2 id="confirm-title">
              {LABEL[confirm]} “{task.name}”?
            </h2>
            <p>{confirm === 'DELETE' ? 'The task is deleted at the provider.' : confirm === 'CUTOVER' ? 'The final switch-over to the target cannot be undone.' : 'Replication stops until the task is started again.'}</p>
            <button type="button" data-testid="confirm-yes" className="danger" onClick={() => void run(confirm)}>
              {LABEL[confirm]}
            </button>{' '}
            <button type="button" data-testid="confirm-no" onClick={() => setConfirm(null)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      )}

      <dl className="facts">
        <dt>Provider</dt>
        <dd>{PROVIDER_LABEL[task.provider] ?? task.provider}</dd>
        <dt>Account / region</dt>
        <dd>
          {task.account.id} / {task.region}
        </dd>
        <dt>Native id</dt>
        <dd>
          <code>{task.nativeId}</code>
        </dd>
        <dt>Source</dt>
        <dd>{task.source?.name ?? '–'}</dd>
        <dt>Progress</dt>
        <dd>
          {percent(p.percent)} · {bytes(p.transferredBytes)} of {bytes(p.totalBytes)} · {speed(p.speed)} · ETA {duration(p.remainingSeconds)}
          {p.phase ? ` · ${p.phase}` : ''}
        </dd>
        <dt>Created / started / finished</dt>
        <dd>
          {time(task.createdAt)} / {time(task.startedAt)} / {time(task.finishedAt)}
        </dd>
      </dl>

      {task.error && (
        <div className="error task-error">
          <strong>Error</strong> {task.error.code && <code>{task.error.code}</code>} {task.error.message}
        </div>
      )}

      <h2>Steps</h2>
      {p.steps.length === 0 ? (
        <p className="muted">The provider reports no steps.</p>
      ) : (
        <table className="grid steps">
          <thead>
            <tr>
              <th>Step</th>
              <th>State</th>
              <th>Progress</th>
              <th>Detail</th>
            </tr>
          </thead>
          <tbody>
            {p.steps.map((s, i) => (
              <tr key={`${s.name}:${i}`}>
                <td>{s.name}</td>
                <td>{s.state ?? '–'}</td>
                <td className="progress-cell">
                  <span className="progress" data-percent={s.percent ?? ''}>
                    <span className="fill" style={{ width: `${s.percent ?? 0}%` }} />
                  </span>
                  <span className="pct">{percent(s.percent)}</span>
                </td>
                <td className="muted">{s.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Progress since this page opened</h2>
      <Chart points={points} />

      <h2>Events ({events.length})</h2>
      <ul data-testid="event-list" className="events">
        {events.map((e) => (
          <li key={e.sequence}>
            <span className="muted">{time(e.observedAt)}</span> #{e.sequence} <span className={`state state-${e.state ?? 'UNKNOWN'}`}>{e.state ?? 'gone'}</span> {e.nativeState ?? ''} {percent(e.progress?.percent)}
            {e.stale && <span className="stale-marker"> stale {e.staleReason ?? ''}</span>}
            {e.final && <strong> final</strong>}
          </li>
        ))}
      </ul>
    </section>
  );
}
