/**
 * A tiny History API router: the page's routes live under /dashboard, filters in the query string.
 */
import { useSyncExternalStore, type MouseEvent } from 'react';

export const BASE = '/dashboard';

const listeners = new Set<() => void>();
let current = snapshot();

function snapshot() {
  return { path: location.pathname, search: location.search };
}

function changed() {
  const next = snapshot();
  if (next.path === current.path && next.search === current.search) return;
  current = next;
  for (const l of listeners) l();
}

addEventListener('popstate', changed);

export function navigate(to: string, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  changed();
}

export function useLocation() {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => {
        listeners.delete(l);
      };
    },
    () => current,
  );
}

export type Route = { name: 'overview' } | { name: 'tasks'; params: URLSearchParams } | { name: 'task'; id: string } | { name: 'not-found' };

export function route(path: string, search: string): Route {
  const rest = path.startsWith(BASE) ? path.slice(BASE.length) : path;
  if (rest === '' || rest === '/') return { name: 'overview' };
  if (rest === '/tasks' || rest === '/tasks/') return { name: 'tasks', params: new URLSearchParams(search) };
  const m = /^\/tasks\/([^/]+)\/?$/.exec(rest);
  if (m) return { name: 'task', id: decodeURIComponent(m[1]!) };
  return { name: 'not-found' };
}

export const taskHref = (id: string) => `${BASE}/tasks/${encodeURIComponent(id)}`;

/** onClick for same-page links: History navigation instead of a reload (modified clicks keep theirs). */
export function linkClick(e: MouseEvent<HTMLAnchorElement>) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const href = e.currentTarget.getAttribute('href');
  if (!href?.startsWith(BASE)) return;
  e.preventDefault();
  navigate(href);
}
