/**
 * HTTP-side security middleware: the Origin check (browser requests from origins not listed in
 * server.allowedOrigins), CORS for the listed ones, authentication of `Authorization: Bearer`, the
 * per-principal request rate, and scope checks for the non-GraphQL endpoints (/metrics, CSV).
 * Every refusal is a GraphQL-shaped JSON error with the gateway's error code.
 */
import type http from 'node:http';
import cors from 'cors';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GatewayError, toGatewayError } from '../core/errors.js';
import { HTTP_STATUS } from '../graphql/errors.js';
import type { Authenticator } from '../security/auth.js';
import { requireScope, type Principal } from '../security/principal.js';
import type { RequestRateLimiter } from '../security/rate-limit.js';
import type { Scope } from '../security/scopes.js';

/** Sends a gateway error as `{ errors: [...] }` JSON with its HTTP status (and the auth/retry headers). */
export function sendError(res: Response, e: unknown): void {
  const err = toGatewayError(e);
  const status = HTTP_STATUS[err.code] ?? 502;
  if (err.code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
  if (err.retryAfterMs !== undefined) res.setHeader('Retry-After', String(Math.ceil(err.retryAfterMs / 1000)));
  // Refused before the body was read: close instead of reading (and discarding) it to keep the
  // connection alive, so a flood of large refused requests costs neither memory nor CPU.
  if (res.req && !res.req.complete) res.setHeader('Connection', 'close');
  res.status(status).json({ errors: [{ message: err.message, extensions: err.toExtensions() }] });
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Requests without an Origin (non-browser clients) are allowed, and so are listed origins. The
 * gateway's own pages (GraphiQL) send their own origin: that is allowed for loopback hosts only, so a
 * DNS-rebinding page (evil.example resolving to 127.0.0.1) is not mistaken for it on other names; a
 * gateway behind a real name lists that origin in server.allowedOrigins.
 */
export function isOriginAllowed(req: http.IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  const host = req.headers.host;
  if (!host) return false;
  let own: URL;
  try {
    own = new URL(origin);
  } catch {
    return false;
  }
  return own.host === host && LOOPBACK.test(own.hostname) && (own.protocol === 'http:' || own.protocol === 'https:');
}

export function originGuard(allowed: readonly string[]): RequestHandler[] {
  const corsMiddleware = cors({
    origin: (origin, cb) => cb(null, origin !== undefined && allowed.includes(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id', 'traceparent', 'idempotency-key'],
    maxAge: 600,
  });
  const guard: RequestHandler = (req, res, next) => {
    if (isOriginAllowed(req, allowed)) return next();
    sendError(res, new GatewayError('FORBIDDEN', `origin ${JSON.stringify(req.headers.origin)} is not allowed (server.allowedOrigins)`, { retryable: false }));
  };
  return [corsMiddleware, guard];
}

/** The key limits count by: the principal, and for the anonymous principal (auth off) the client address. */
export function rateKey(principal: Principal, req: http.IncomingMessage): string {
  return principal.kind === 'anonymous' ? `anonymous:${req.socket.remoteAddress ?? ''}` : principal.id;
}

export function principalOfResponse(res: Response): Principal {
  return res.locals.principal as Principal;
}

/**
 * Authenticates, then counts the request against the principal's rate. Failed authentications are
 * counted too, by client address, so guessing keys is throttled like any other flood.
 */
export function authenticate(authenticator: Authenticator, limiter: RequestRateLimiter): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      let principal: Principal;
      try {
        principal = await authenticator.authenticate(req.headers.authorization);
      } catch (e) {
        await limiter.consume(`unauthenticated:${req.socket.remoteAddress ?? ''}`);
        throw e;
      }
      await limiter.consume(rateKey(principal, req));
      res.locals.principal = principal;
      next();
    } catch (e) {
      sendError(res, e);
    }
  };
}

export function requireScopeMiddleware(scope: Scope, what: string): RequestHandler {
  return (_req, res, next) => {
    try {
      requireScope(principalOfResponse(res), scope, what);
      next();
    } catch (e) {
      sendError(res, e);
    }
  };
}
