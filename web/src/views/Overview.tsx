import { useCallback, useEffect, useState } from 'react';
import { query, GqlRequestError } from '../api';
import { bytes, percent, PROVIDER_LABEL, speed, time } from '../format';
import { DashReportDocument, type DashReportQuery } from '../generated/graphql';
import { linkClick, taskHref } from '../router';

type Report = DashReportQuery['migrationReport'];

export function Overview() {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    query(DashReportDocument, { oldestLimit: 10 })
      .then((d) => setReport(d.migrationReport))
      .catch((e: unknown) => setError(e instanceof GqlRequestError ? `${e.code}: ${e.message}` : String(e)));
  }, []);
  useEffect(load, [load]);

  if (error) return <p className="error">{error}</p>;
  if (!report) return <p className="muted">Loading the migration report…</p>;

  const providers = [...new Set(report.byProviderState.map((r) => r.provider))].sort();
  const states = [...new Set(report.byProviderState.map((r) => r.state))].sort();
  const cell = (p: string, s: string) => report.byProviderState.find((r) => r.provider === p && r.state === s)?.count ?? 0;
  const moved = report.totalBytes > 0 ? (report.transferredBytes / report.totalBytes) * 100 : null;
  const etaMax = Math.max(1, ...report.etaDistribution.map((b) => b.count), report.etaUnknown);

  return (
    <section data-testid="overview" className="overview">
      <div className="toolbar">
        <h1>Migration overview</h1>
        <span className="muted">generated {time(report.generatedAt)}</span>
        <button type="button" onClick={load}>
          Refresh
        </button>
      </div>
      <div className="cards">
        <div className="card">
          <span className="label">Tasks</span>
          <span className="value" data-testid="overview-total">
            {report.taskCount}
          </span>
        </div>
        <div className="card">
          <span className="label">Running</span>
          <span className="value">{report.runningTasks}</span>
        </div>
        <div className="card">
          <span className="label">Bytes moved</span>
          <span className="value">{bytes(report.transferredBytes)}</span>
          <span className="muted">
            of {bytes(report.totalBytes)} ({percent(moved)})
          </span>
        </div>
        <div className="card">
          <span className="label">Throughput now</span>
          <span className="value">{speed(report.throughput)}</span>
        </div>
      </div>

      <h2>Tasks by provider and state</h2>
      <table className="grid">
        <thead>
          <tr>
            <th>Provider</th>
            {states.map((s) => (
              <th key={s}>{s}</th>
            ))}
            <th>Total</th>
          </tr>
        </thead>
        <tbody>
          {providers.map((p) => (
            <tr key={p}>
              <th>{PROVIDER_LABEL[p] ?? p}</th>
              {states.map((s) => (
                <td key={s} className={cell(p, s) ? '' : 'muted'}>
                  {cell(p, s) ? <a href={`/dashboard/tasks?provider=${p}&state=${s}`} onClick={linkClick}>{cell(p, s)}</a> : 0}
                </td>
              ))}
              <td>{states.reduce((n, s) => n + cell(p, s), 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="columns">
        <div>
          <h2>Remaining time of running tasks</h2>
          <ul className="bars">
            {report.etaDistribution.map((b) => (
              <li key={b.bucket}>
                <span className="bar-label">{b.bucket}</span>
                <span className="bar" style={{ width: `${(b.count / etaMax) * 100}%` }} />
                <span>{b.count}</span>
              </li>
            ))}
            <li>
              <span className="bar-label">unknown</span>
              <span className="bar unknown" style={{ width: `${(report.etaUnknown / etaMax) * 100}%` }} />
              <span>{report.etaUnknown}</span>
            </li>
          </ul>
        </div>
        <div>
          <h2>Oldest active tasks</h2>
          <table className="grid">
            <thead>
              <tr>
                <th>Task</th>
                <th>Provider</th>
                <th>State</th>
                <th>Progress</th>
                <th>Created</th>
              </tr>
            </thead>
            <tbody>
              {report.oldestActive.map((t) => (
                <tr key={t.id}>
                  <td>
                    <a href={taskHref(t.id)} onClick={linkClick}>
                      {t.name}
                    </a>
                  </td>
                  <td>{PROVIDER_LABEL[t.provider] ?? t.provider}</td>
                  <td>{t.state}</td>
                  <td>{percent(t.progress.percent)}</td>
                  <td>{time(t.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <h2>Failures by error code</h2>
      {report.failures.length === 0 ? (
        <p className="muted">No failed tasks.</p>
      ) : (
        <table className="grid failures">
          <thead>
            <tr>
              <th>Provider</th>
              <th>Code</th>
              <th>Tasks</th>
              <th>Message</th>
              <th>Samples</th>
            </tr>
          </thead>
          <tbody>
            {report.failures.map((f) => (
              <tr key={`${f.provider}:${f.code}`}>
                <td>{PROVIDER_LABEL[f.provider] ?? f.provider}</td>
                <td>
                  <code>{f.code}</code>
                </td>
                <td>{f.count}</td>
                <td>{f.message ?? <span className="muted">no message</span>}</td>
                <td>
                  {f.sampleTaskIds.map((id, i) => (
                    <a key={id} href={taskHref(id)} onClick={linkClick} className="sample">
                      #{i + 1}
                    </a>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
