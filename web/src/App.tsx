import { createContext, useContext, useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { auth, query, GqlRequestError } from './api';
import { DashViewerDocument, type DashViewerQuery } from './generated/graphql';
import { BASE, linkClick, route, useLocation } from './router';
import { Overview } from './views/Overview';
import { TaskPage } from './views/TaskPage';
import { TaskTable } from './views/TaskTable';

export type Viewer = DashViewerQuery['viewer'];

const ViewerContext = createContext<Viewer | null>(null);
/** The principal (null until known or when the credential is refused). */
export const useViewer = () => useContext(ViewerContext);

export function useAuth() {
  return useSyncExternalStore(auth.subscribe, auth.get);
}

function CredentialForm({ onClose }: { onClose: () => void }) {
  const [value, setValue] = useState(auth.get().credential ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    auth.save(value);
    onClose();
  };
  return (
    <form className="credential" onSubmit={submit} aria-label="Credential">
      <label>
        API key or JWT{' '}
        <input data-testid="credential-input" type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} placeholder="Bearer credential" autoFocus />
      </label>
      <button data-testid="credential-save" type="submit">
        Save
      </button>
      {onClose && (
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      )}
      <small>Kept in this tab only (sessionStorage), sent as Authorization: Bearer on every request.</small>
    </form>
  );
}

export function App() {
  const { path, search } = useLocation();
  const { credential, needed, generation } = useAuth();
  const [formOpen, setFormOpen] = useState(false);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [viewerError, setViewerError] = useState<string | null>(null);

  // Whether GraphQL needs a credential (auth not disabled): without one the page asks first rather
  // than sending requests that answer 401.
  const [authRequired, setAuthRequired] = useState<boolean | null>(null);
  useEffect(() => {
    fetch(`${BASE}/session.json`)
      .then((r) => r.json() as Promise<{ authRequired: boolean }>)
      .then((s) => setAuthRequired(Boolean(s.authRequired)))
      .catch(() => setAuthRequired(false));
  }, []);
  const blocked = authRequired === null || (authRequired && !credential);

  useEffect(() => {
    if (blocked) return;
    let live = true;
    setViewer(null);
    setViewerError(null);
    query(DashViewerDocument, {})
      .then((d) => live && setViewer(d.viewer))
      .catch((e: unknown) => live && setViewerError(e instanceof GqlRequestError ? `${e.code}: ${e.message}` : String(e)));
    return () => {
      live = false;
    };
  }, [generation, blocked]);

  const r = route(path, search);
  const showForm = formOpen || needed || (authRequired === true && !credential);
  return (
    <ViewerContext.Provider value={viewer}>
      <header className="top">
        <strong className="brand">migraph</strong>
        <nav>
          <a data-testid="nav-overview" href={`${BASE}/`} onClick={linkClick} className={r.name === 'overview' ? 'active' : ''}>
            Overview
          </a>
          <a data-testid="nav-tasks" href={`${BASE}/tasks`} onClick={linkClick} className={r.name === 'tasks' || r.name === 'task' ? 'active' : ''}>
            Tasks
          </a>
          <a href="/graphql">GraphiQL</a>
        </nav>
        <span className="who">
          {viewer ? (viewer.authDisabled ? 'auth disabled' : `${viewer.id} · ${viewer.scopes.join(', ')}`) : viewerError ? 'not signed in' : ''}
        </span>
        <button className="link" data-testid="signin" type="button" onClick={() => setFormOpen(true)}>
          {credential ? 'Change credential' : 'Sign in'}
        </button>
      </header>
      {showForm && <CredentialForm onClose={() => setFormOpen(false)} />}
      <main key={generation}>
        {blocked ? (
          authRequired && <p className="muted">This gateway needs a credential: enter an API key or JWT above.</p>
        ) : (
          <Views r={r} />
        )}
      </main>
    </ViewerContext.Provider>
  );
}

function Views({ r }: { r: ReturnType<typeof route> }) {
  return (
    <>
      {r.name === 'overview' && <Overview />}
      {r.name === 'tasks' && <TaskTable params={r.params} />}
      {r.name === 'task' && <TaskPage id={r.id} />}
      {r.name === 'not-found' && <p>No such page.</p>}
    </>
  );
}
