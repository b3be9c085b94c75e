/**
 * The dashboard (web/, built by `npm run build` into dist/web with base /dashboard/): `GET /`
 * redirects to `/dashboard/`; `/dashboard` and every `/dashboard/<route>` without a file extension
 * answer the single page's index.html (the page routes with the History API); hashed build assets
 * under `/dashboard/assets/` are served with a year-long immutable cache; `/dashboard/session.json`
 * says whether GraphQL needs a credential (`{ "authRequired": true }`). No credential is needed
 * for these static files: the page asks for one and sends it on its own GraphQL requests.
 * Without a build (dist/web missing) the dashboard answers 503 saying to run `npm run build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express, type Response } from 'express';

/** dist/web: this module compiles to dist/src/server/dashboard.js. */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const DASHBOARD_PATH = '/dashboard';

/** Same origin only: scripts, styles and connections (HTTP and graphql-ws) go to this gateway. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";

function securityHeaders(res: Response): void {
  res.setHeader('content-security-policy', CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

export interface DashboardOptions {
  /** The built files (default dist/web). */
  dir?: string;
  /** Whether GraphQL calls need a credential (not auth.disabled): the page asks for one before its first call. */
  authRequired: boolean;
}

export function mountDashboard(app: Express, { dir = DASHBOARD_DIR, authRequired }: DashboardOptions): void {
  const index = path.join(dir, 'index.html');
  // Public and secret-free: lets the page ask for a credential instead of sending a request that
  // answers 401 (which a browser reports as a console error).
  app.get(`${DASHBOARD_PATH}/session.json`, (_req, res) => {
    securityHeaders(res);
    res.setHeader('cache-control', 'no-store');
    res.json({ authRequired });
  });
  app.get('/', (_req, res) => res.redirect(302, `${DASHBOARD_PATH}/`));
  const page = (_req: express.Request, res: Response) => {
    securityHeaders(res);
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The dashboard is not built: run `npm run build` (it builds web/ into dist/web).\n');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  };
  app.use(
    `${DASHBOARD_PATH}/assets`,
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, setHeaders: securityHeaders }),
    (_req: express.Request, res: Response) => {
      res.status(404).type('text/plain').send('Not found\n');
    },
  );
  app.get([DASHBOARD_PATH, `${DASHBOARD_PATH}/`], page);
  app.get(`${DASHBOARD_PATH}/{*rest}`, (req, res, next) => {
    if (path.extname(req.path)) next();
    else page(req, res);
  });
  // Other files of the build (public/, e.g. the icon), short cache; an unknown file is a 404.
  app.use(DASHBOARD_PATH, express.static(dir, { index: false, maxAge: '1h', setHeaders: securityHeaders }));
}
