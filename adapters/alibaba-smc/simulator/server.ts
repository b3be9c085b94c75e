/**
 * The Alibaba SMC simulator's HTTP face: the POP gateway checks (Version, AccessKeyId, Timestamp window,
 * signature over query + form body, nonce replay), routing by the generated operation ids to `HANDLERS`
 * (handlers.ts) over the `SmcModel` (model.ts), the JSON (or XML) envelopes (errors.ts), and fault
 * rendering. Runs on `serveSimulator` (port 0) with a SimClock.
 */
import { serveSimulator, type RunningSimulator, type SimHandler, type SimRequest, type SimResponse } from '../../common/simulator/http.js';
import type { SimClock } from '../../common/simulator/clock.js';
import { FaultInjector } from '../../common/simulator/faults.js';
import { COMMON_PARAMS, SIGNATURE_METHOD, SIGNATURE_VERSION, verifySignature } from '../signer.js';
import { OPERATIONS_BY_ID, type OperationId as Action } from '../generated/operations.js';
import { API_VERSION } from '../generated/wire.js';
import { isCatalogParam } from '../params.js';
import { errorResponse, gatewayFault, SmcFault, toXml } from './errors.js';
import { HANDLERS } from './handlers.js';
import { SmcModel, type ServiceOptions } from './model.js';

export { HOST_ID } from './errors.js';

/** A catalog Action (generated OPERATIONS). */
export function isAction(value: string): value is Action {
  return Object.hasOwn(OPERATIONS_BY_ID, value);
}

export interface SimCredential {
  accessKeyId: string;
  accessKeySecret: string;
  /** When set, requests must carry this SecurityToken (STS). */
  securityToken?: string;
}

export interface AlibabaSimulatorOptions extends ServiceOptions {
  clock: SimClock;
  credentials: SimCredential[];
  /** Allowed |Timestamp - now| in ms (vendor: 15 minutes). */
  timestampWindowMs?: number;
  /** Reference time for the Timestamp check; default the SimClock. */
  timestampNow?: () => number;
  /** Interval of the progress tick, clock ms. Default 1000. */
  tickMs?: number;
  /** Reject operation parameters that are not in the catalog (InvalidParameter). Default false (the vendor ignores them). */
  strictParams?: boolean;
  faults?: FaultInjector;
  port?: number;
  /** Service time at start (before the clock's now) so seed data can have a past; default clock.now(). */
  startAt?: number;
}

export interface RecordedRequest {
  action: string;
  method: string;
  /** Every parameter except Signature. */
  params: Record<string, string>;
  status: number;
  code?: string;
}

export interface AlibabaSimulator extends RunningSimulator {
  service: SmcModel;
  /**
   * Requests handled (faults injected by the host excluded), oldest first; capped at 1000. An Action
   * that took effect before an after-apply fault (`faults.failAfterApply`) is recorded too.
   */
  requests: RecordedRequest[];
}

const DUPLICATE_KEY = Symbol('duplicate');

function parseForm(body: Buffer): Map<string, string> | typeof DUPLICATE_KEY {
  const out = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(body.toString('utf8'))) {
    if (out.has(k)) return DUPLICATE_KEY;
    out.set(k, v);
  }
  return out;
}

export class AlibabaSimHandler implements SimHandler {
  readonly service: SmcModel;
  readonly requests: RecordedRequest[] = [];
  private readonly creds = new Map<string, SimCredential>();
  /** `${AccessKeyId}\n${nonce}` -> expiry (clock ms). */
  private readonly nonces = new Map<string, number>();
  private readonly window: number;
  private readonly tsNow: () => number;

  constructor(private readonly opts: AlibabaSimulatorOptions) {
    this.service = new SmcModel(opts, opts.startAt ?? opts.clock.now());
    for (const c of opts.credentials) this.creds.set(c.accessKeyId, c);
    this.window = opts.timestampWindowMs ?? 15 * 60_000;
    this.tsNow = opts.timestampNow ?? (() => opts.clock.now());
  }

  operationOf(req: SimRequest): string {
    const fromQuery = req.query.get('Action');
    if (fromQuery) return fromQuery;
    const form = parseForm(req.body);
    return form === DUPLICATE_KEY ? 'unknown' : form.get('Action') ?? 'unknown';
  }

  renderFault(kind: 'serverError' | 'throttle' | 'malformed', req: SimRequest): SimResponse {
    const requestId = this.service.requestId();
    if (kind === 'malformed') return { status: 200, headers: { 'content-type': 'application/json;charset=UTF-8' }, body: `{"RequestId":"${requestId}","TotalCount":` };
    if (kind === 'throttle') return this.error(gatewayFault.throttled(), requestId, req);
    return this.error(gatewayFault.serviceUnavailable(), requestId, req);
  }

  private error(f: SmcFault, requestId: string, _req: SimRequest | null, xml = false): SimResponse {
    return errorResponse(f, requestId, xml);
  }

  handle(req: SimRequest): SimResponse {
    const requestId = this.service.requestId();
    const now = this.opts.clock.now();
    this.service.advance(now);
    // Parameters: query + form body (POST), no name twice.
    const params: Record<string, string> = {};
    for (const [k, v] of req.query) {
      if (k in params) return this.error(new SmcFault('InvalidParameter', 400, `The parameter "${k}" is specified more than once.`), requestId, req);
      params[k] = v;
    }
    if (req.method === 'POST' && req.body.length > 0) {
      const ct = String(req.headers['content-type'] ?? '');
      if (!ct.startsWith('application/x-www-form-urlencoded')) return this.error(new SmcFault('InvalidParameter', 400, 'The request body must be application/x-www-form-urlencoded.'), requestId, req);
      const form = parseForm(req.body);
      if (form === DUPLICATE_KEY) return this.error(new SmcFault('InvalidParameter', 400, 'A parameter is specified more than once.'), requestId, req);
      for (const [k, v] of form) {
        if (k in params) return this.error(new SmcFault('InvalidParameter', 400, `The parameter "${k}" is specified more than once.`), requestId, req);
        params[k] = v;
      }
    } else if (req.method !== 'GET' && req.method !== 'POST') {
      return this.error(gatewayFault.actionNotFound(), requestId, req);
    }
    const xml = (params.Format ?? 'JSON').toUpperCase() === 'XML';
    const action = params.Action ?? '';
    const record = (status: number, code?: string) => {
      const { Signature: _sig, ...rest } = params;
      void _sig;
      this.requests.push({ action, method: req.method, params: rest, status, code });
      if (this.requests.length > 1000) this.requests.shift();
    };
    const fail = (f: SmcFault) => {
      record(f.http, f.code);
      return this.error(f, requestId, req, xml);
    };
    try {
      this.authenticate(req.method, params, now);
    } catch (e) {
      if (e instanceof SmcFault) return fail(e);
      throw e;
    }
    if (!isAction(action)) return fail(gatewayFault.actionNotFound());
    const opParams: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) {
      if (COMMON_PARAMS.has(k)) continue;
      if (this.opts.strictParams && !isCatalogParam(action, k)) return fail(new SmcFault('InvalidParameter', 400, `The parameter "${k}" is not valid for ${action}.`));
      opParams[k] = v;
    }
    let body: object;
    try {
      body = HANDLERS[action](this.service, opParams);
    } catch (e) {
      if (e instanceof SmcFault) return fail(e);
      throw e;
    }
    record(200);
    const out = { RequestId: requestId, ...body };
    if (xml) return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: `<?xml version="1.0" encoding="UTF-8"?>${toXml(`${action}Response`, out)}` };
    return { status: 200, body: out };
  }

  /** POP gateway checks, in the order the vendor reports them. */
  private authenticate(method: string, params: Record<string, string>, now: number): void {
    for (const name of ['Action', 'Version', 'AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp']) {
      if (!params[name]) throw new SmcFault('MissingParameter', 400, `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);
    }
    if (params.Version !== API_VERSION) throw new SmcFault('InvalidVersion', 400, 'Specified parameter Version is not valid.');
    if (params.SignatureMethod !== SIGNATURE_METHOD) throw new SmcFault('InvalidParameter', 400, 'Specified SignatureMethod is not supported.');
    if (params.SignatureVersion !== SIGNATURE_VERSION) throw new SmcFault('InvalidParameter', 400, 'Specified SignatureVersion is not supported.');
    const cred = this.creds.get(params.AccessKeyId!);
    if (!cred) throw new SmcFault('InvalidAccessKeyId.NotFound', 404, 'Specified access key is not found.');
    const ts = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(params.Timestamp!) ? Date.parse(params.Timestamp!) : NaN;
    if (Number.isNaN(ts)) throw new SmcFault('InvalidTimeStamp.Format', 400, 'Specified time stamp or date value is not well formatted.');
    const ref = this.tsNow();
    if (Math.abs(ref - ts) > this.window) throw new SmcFault('InvalidTimeStamp.Expired', 400, 'Specified time stamp or date value is expired.');
    if (!verifySignature(method, params, cred.accessKeySecret)) throw new SmcFault('SignatureDoesNotMatch', 400, 'Specified signature is not matched with our calculation.');
    if (cred.securityToken !== undefined && params.SecurityToken !== cred.securityToken) {
      throw new SmcFault(params.SecurityToken ? 'InvalidSecurityToken.Mismatch' : 'MissingParameter', 400, params.SecurityToken ? 'Specified SecurityToken is not valid.' : 'The input parameter "SecurityToken" that is mandatory for processing this request is not supplied.');
    }
    const nonceKey = `${cred.accessKeyId}\n${params.SignatureNonce}`;
    this.purgeNonces(ref);
    if (this.nonces.has(nonceKey)) throw new SmcFault('SignatureNonceUsed', 400, 'Specified signature nonce was used already.');
    this.nonces.set(nonceKey, ts + this.window);
    void now;
  }

  private purgeNonces(ref: number): void {
    if (this.nonces.size < 10_000) return;
    for (const [k, exp] of this.nonces) if (exp < ref) this.nonces.delete(k);
  }
}

/** Starts the simulator on 127.0.0.1 (port 0 by default) with a progress tick on `clock`. */
export async function startAlibabaSimulator(opts: AlibabaSimulatorOptions): Promise<AlibabaSimulator> {
  const handler = new AlibabaSimHandler(opts);
  const faults = opts.faults ?? new FaultInjector();
  const running = await serveSimulator(handler, { port: opts.port, faults });
  const stopTick = opts.clock.every(opts.tickMs ?? 1_000, (now) => handler.service.advance(now));
  return {
    ...running,
    service: handler.service,
    requests: handler.requests,
    close: async () => {
      stopTick();
      await running.close();
    },
  };
}

