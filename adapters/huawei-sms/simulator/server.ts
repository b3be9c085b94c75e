/**
 * The Huawei Cloud SMS v3 simulator: an HTTP server (adapters/common/simulator/http.ts) that routes the
 * 51 catalog operations plus the IAM token endpoint, authenticates every SMS call (AK/SK
 * `SDK-HMAC-SHA256` with the shared verifier from ../signer.ts, or an `X-Auth-Token` this simulator's
 * IAM endpoint issued), applies per-credential policy denials (403 SMS.9004) and renders faults.
 */
import { randomBytes } from 'node:crypto';
import type { FaultKind } from '../../common/simulator/faults.js';
import { FaultInjector } from '../../common/simulator/faults.js';
import { serveSimulator, type SimHandler, type SimRequest, type SimResponse } from '../../common/simulator/http.js';
import type { SimClock } from '../../common/simulator/clock.js';
import { verify } from '../signer.js';
import { AgentEmulator, type AgentOptions } from './agent.js';
import { apigwAuthError, apigwNoApi, apigwThrottled, apigwUnavailable, errorBody, forbidden, SmsError, smsError, statusFor } from './errors.js';
import { HANDLERS, type HandlerResult } from './handlers.js';
import { OPERATIONS, type HttpMethod } from '../generated/operations.js';
import { SmsStore, type StoreOptions } from './model.js';
import { isObject } from './handlers.js';

export interface SimCredential {
  accessKeyId: string;
  secretAccessKey: string;
  /** Operation ids this key is not allowed to call (403 SMS.9004), to test policy denials. */
  denied?: readonly string[];
}

export interface SimIamUser {
  /** Account (domain) name. */
  domain: string;
  name: string;
  password: string;
  denied?: readonly string[];
}

export interface HuaweiSimulatorOptions {
  clock: SimClock;
  credentials: SimCredential[];
  faults?: FaultInjector;
  iamUsers?: SimIamUser[];
  port?: number;
  host?: string;
  /** Store tuning (heartbeat timeout, source quota, main region). */
  store?: Omit<StoreOptions, 'clock'>;
  /**
   * The agent emulator (uses the first credential). `false`: none. It starts ticking on the clock at
   * once; it only drives sources it installed or adopted.
   */
  agent?: Omit<AgentOptions, 'clock' | 'endpoint' | 'credentials' | 'store'> | false;
  /** Consecutive signature failures after which an AK is locked (API Gateway: 5), for 5 minutes. */
  akLockThreshold?: number;
}

export interface HuaweiSimulator {
  url: string;
  port: number;
  store: SmsStore;
  /** The agent emulator (null when disabled). */
  agent: AgentEmulator | null;
  faults: FaultInjector;
  clock: SimClock;
  /** Requests received per operation id since start (or the last resetCounts). */
  counts(): Record<string, number>;
  totalRequests(): number;
  resetCounts(): void;
  close(): Promise<void>;
}

const AK_LOCK_MS = 5 * 60_000;

function requestId(): string {
  return randomBytes(16).toString('hex');
}

function toSimResponse(result: unknown): SimResponse {
  if (isObject(result) && 'body' in result && (Object.keys(result).every((k) => k === 'body' || k === 'status' || k === 'headers'))) {
    const r = result as HandlerResult;
    return { status: r.status ?? 200, body: r.body, headers: r.headers };
  }
  return { status: 200, body: result };
}

export async function createHuaweiSimulator(options: HuaweiSimulatorOptions): Promise<HuaweiSimulator> {
  const clock = options.clock;
  const store = new SmsStore({ clock, ...(options.store ?? {}) });
  const secrets = new Map<string, SimCredential>();
  for (const c of options.credentials) secrets.set(c.accessKeyId, c);
  const failures = new Map<string, { count: number; lockedUntil: number }>();
  const lockThreshold = options.akLockThreshold ?? 5;
  let baseUrl = '';

  const fail = (err: SmsError, op: string): SimResponse => {
    const status = statusFor(err, op);
    const body: Record<string, unknown> = errorBody(err);
    if (err.code.startsWith('APIGW.') || err.code.startsWith('APIG.')) body.request_id = requestId();
    return { status, body };
  };

  /** Authenticates an SMS call; returns the denied-operation set of the caller. */
  const authenticate = (req: SimRequest): ReadonlySet<string> => {
    const token = req.headers['x-auth-token'];
    if (typeof token === 'string' && token !== '') {
      const rec = store.tokens.get(token);
      if (!rec || rec.expiresAt <= clock.now()) throw apigwAuthError('decrypt token fail');
      return rec.denied;
    }
    if (!req.headers.authorization) throw smsError('SMS.6522');
    const now = clock.now();
    const result = verify(
      { method: req.method, url: req.raw.url ?? req.path, headers: req.headers as Record<string, string | string[] | undefined>, body: req.body },
      (ak) => secrets.get(ak)?.secretAccessKey,
      { now: new Date(now) },
    );
    const ak = result.ok ? result.accessKeyId : result.accessKeyId;
    const lock = ak ? failures.get(ak) : undefined;
    if (lock && lock.lockedUntil > now) throw apigwAuthError('AK access failed to reach the limit,forbidden');
    if (!result.ok) {
      if (ak && secrets.has(ak) && result.reason === 'SIGNATURE_MISMATCH') {
        const f = failures.get(ak) ?? { count: 0, lockedUntil: 0 };
        f.count += 1;
        if (f.count >= lockThreshold) {
          f.count = 0;
          f.lockedUntil = now + AK_LOCK_MS;
        }
        failures.set(ak, f);
      }
      throw new SmsError('APIGW.0301', 401, result.message);
    }
    failures.delete(result.accessKeyId);
    return new Set(secrets.get(result.accessKeyId)?.denied ?? []);
  };

  const iamToken = (req: SimRequest): SimResponse => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(req.body.toString('utf8') || 'null');
    } catch {
      parsed = null;
    }
    const unauthorized: SimResponse = {
      status: 401,
      body: { error: { code: 401, title: 'Unauthorized', message: 'The username or password is wrong.' }, error_code: 'IAM.0007', error_msg: 'The username or password is wrong.' },
    };
    const auth = isObject(parsed) && isObject(parsed.auth) ? parsed.auth : null;
    const identity = auth && isObject(auth.identity) ? auth.identity : null;
    const password = identity && isObject(identity.password) ? identity.password : null;
    const user = password && isObject(password.user) ? password.user : null;
    if (!user) return { status: 400, body: { error: { code: 400, title: 'Bad Request', message: 'The request body is invalid.' }, error_code: 'IAM.0011', error_msg: 'Request parameter error.' } };
    const domainName = isObject(user.domain) && typeof user.domain.name === 'string' ? user.domain.name : undefined;
    const found = (options.iamUsers ?? []).find((u) => u.name === user.name && u.password === user.password && (domainName === undefined || u.domain === domainName));
    if (!found) return unauthorized;
    const rec = store.issueToken(found.name, found.domain, new Set(found.denied ?? []));
    const issued = new Date(clock.now()).toISOString();
    const expires = new Date(rec.expiresAt).toISOString();
    const scope = isObject(auth!.scope) ? auth!.scope : { domain: { name: found.domain } };
    return {
      status: 201,
      headers: { 'X-Subject-Token': rec.token },
      body: {
        token: {
          methods: ['password'],
          expires_at: expires,
          issued_at: issued,
          user: { name: found.name, id: `user-${found.name}`, domain: { name: found.domain, id: `domain-${found.domain}` }, password_expires_at: '' },
          ...(isObject(scope) && isObject(scope.project) ? { project: { id: scope.project.id ?? 'project-sim', name: store.mainRegion, domain: { name: found.domain } } } : { domain: { name: found.domain, id: `domain-${found.domain}` } }),
          roles: [{ name: 'te_admin', id: 'role-te-admin' }],
          catalog: [],
        },
      },
    };
  };

  const handler: SimHandler = {
    operationOf(req) {
      return matchRoute(req.method, req.path)?.def.op ?? 'unknown';
    },
    async handle(req) {
      const rid = requestId();
      const out = handleInner(req);
      out.headers = { 'X-Request-Id': rid, ...(out.headers ?? {}) };
      return out;
    },
    renderFault(kind: Exclude<FaultKind, 'reset'>, req) {
      const op = matchRoute(req.method, req.path)?.def.op ?? 'unknown';
      const headers = { 'X-Request-Id': requestId() };
      switch (kind) {
        case 'serverError':
          return { ...fail(apigwUnavailable(), op), headers };
        case 'throttle':
          return { ...fail(apigwThrottled(), op), headers: { ...headers, 'Retry-After': '1' } };
        case 'malformed':
          return { status: 200, headers: { ...headers, 'content-type': 'application/json;charset=UTF-8' }, body: '{"count": 3, "tasks": [{"id": "7a9a9540-ff28' };
      }
    },
  };

  const handleInner = (req: SimRequest): SimResponse => {
    const match = matchRoute(req.method, req.path);
    if (!match) return fail(apigwNoApi(), 'unknown');
    const op = match.def.op;
    try {
      if (op === 'IAM.CreateToken') return iamToken(req);
      if (!match.def.anonymous) {
        const denied = authenticate(req);
        if (denied.has(op)) {
          const spec = ROUTES.find((r) => r.op === op)!;
          throw forbidden(`sms:${spec.path.split('/')[2] ?? 'api'}:${op}`, '*');
        }
      }
      const h = HANDLERS[op];
      if (!h) return fail(smsError('SMS.6000'), op);
      return toSimResponse(h({ req, params: match.params, store, baseUrl }));
    } catch (e) {
      if (e instanceof SmsError) return fail(e, op);
      return { status: 500, body: { error_code: 'SMS.6000', error_msg: 'Service error.' } };
    }
  };

  const running = await serveSimulator(handler, { port: options.port, host: options.host, faults: options.faults ?? new FaultInjector() });
  baseUrl = running.url;

  let agent: AgentEmulator | null = null;
  if (options.agent !== false && options.credentials.length > 0) {
    agent = new AgentEmulator({
      ...(options.agent ?? {}),
      clock,
      endpoint: running.url,
      credentials: { accessKeyId: options.credentials[0]!.accessKeyId, secretAccessKey: options.credentials[0]!.secretAccessKey },
      store,
    });
    agent.start();
  }

  return {
    url: running.url,
    port: running.port,
    store,
    agent,
    faults: running.faults,
    clock,
    counts: running.counts,
    totalRequests: running.totalRequests,
    resetCounts: running.resetCounts,
    close: async () => {
      agent?.stop();
      await agent?.close();
      await running.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Routing: the generated operation table (generated/operations.ts) plus the IAM token endpoint.
//
// Matching: method + number of segments must agree; among the routes that match, the one with a
// literal segment where the others have a parameter (compared left to right) wins. So
// `GET /v3/sources/overview` beats `GET /v3/sources/{source_id}`, `POST /v3/tasks/delete` is the batch
// delete and never "task `delete`", and `GET /v3` is ShowApiVersion(version=v3).

export interface RouteDef {
  op: string;
  method: HttpMethod;
  path: string;
  /** Agent-side operations (called by the SMS Agent, they refresh the source's heartbeat). */
  agent?: boolean;
  /** No authentication needed (version discovery, IAM). */
  anonymous?: boolean;
}

/** Version discovery answers without authentication (as API Gateway does for SMS). */
const ANONYMOUS: ReadonlySet<string> = new Set(['ListApiVersion', 'ShowApiVersion']);

export const ROUTES: readonly RouteDef[] = [
  ...OPERATIONS.map((op) => ({ op: op.id, method: op.method, path: op.path, agent: op.side === 'agent', anonymous: ANONYMOUS.has(op.id) })),
  // Not SMS: the IAM token endpoint, served on the same host so one simulator is also the IAM endpoint.
  { op: 'IAM.CreateToken', method: 'POST', path: '/v3/auth/tokens', anonymous: true },
];

/** The 51 SMS operation ids (the IAM endpoint excluded). */
export const SMS_OPERATION_IDS: readonly string[] = OPERATIONS.map((op) => op.id);

interface CompiledRoute {
  def: RouteDef;
  segments: { literal: string | null; param: string | null }[];
}

function split(path: string): string[] {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? [] : trimmed.slice(1).split('/');
}

const COMPILED: CompiledRoute[] = ROUTES.map((def) => ({
  def,
  segments: split(def.path).map((s) => {
    const m = /^\{(.+)\}$/.exec(s);
    return m ? { literal: null, param: m[1]! } : { literal: s, param: null };
  }),
}));

export interface RouteMatch {
  def: RouteDef;
  params: Record<string, string>;
}

/** Literal-first specificity: compares two matching routes segment by segment. */
function moreSpecific(a: CompiledRoute, b: CompiledRoute): number {
  for (let i = 0; i < a.segments.length; i++) {
    const al = a.segments[i]!.literal !== null;
    const bl = b.segments[i]!.literal !== null;
    if (al !== bl) return al ? -1 : 1;
  }
  return 0;
}

function pathMatches(route: CompiledRoute, parts: string[]): Record<string, string> | null {
  if (route.segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const seg = route.segments[i]!;
    const part = parts[i]!;
    if (seg.literal !== null) {
      if (seg.literal !== part) return null;
    } else {
      if (part === '') return null;
      let value = part;
      try {
        value = decodeURIComponent(part);
      } catch {
        // keep raw
      }
      params[seg.param!] = value;
    }
  }
  return params;
}

/**
 * Finds the route for a request. `methodMismatch` is true when the path exists with another method
 * (answered like API Gateway: the API does not exist).
 */
export function matchRoute(method: string, path: string): RouteMatch | null {
  const parts = split(path);
  const candidates: { route: CompiledRoute; params: Record<string, string> }[] = [];
  for (const route of COMPILED) {
    if (route.def.method !== method) continue;
    const params = pathMatches(route, parts);
    if (params) candidates.push({ route, params });
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => moreSpecific(a.route, b.route));
  const best = candidates[0]!;
  return { def: best.route.def, params: best.params };
}
