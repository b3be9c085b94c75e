/**
 * A faithful UCloudStack SMC fake for the 8 catalog operations (see README "Simulator"): one endpoint
 * (`/api`) taking GET query, POST form or POST JSON with flat dotted keys; SHA1 signature verification
 * with per-key private keys (signer.ts `verifySignature`); routing by the generated OPERATIONS and
 * parameter decoding by the generated PARAM_SPECS / MODEL_FIELDS; the vendor's envelopes, refusals
 * and faults (errors.ts). The handlers (handlers.ts) work on the store (model.ts).
 *
 * Time only moves through the SimClock: agent liveness (Offline after missed heartbeats) and the
 * removal of deleted SMCs run on `clock.every`.
 */
import { FaultInjector } from '../../common/simulator/faults.js';
import { serveSimulator, type RunningSimulator, type SimHandler, type SimRequest, type SimResponse } from '../../common/simulator/http.js';
import { isSMCAction } from '../client.js';
import { MODEL_FIELDS, PARAM_SPECS, type ModelName, type OperationId, type ParamSpec, type ScalarType } from '../generated/operations.js';
import { flattenParams, formatValue, verifySignature, type ParamValue } from '../signer.js';
import { envelope, faultResponse, PLATFORM, Refusal, refuse } from './errors.js';
import { HANDLERS } from './handlers.js';
import { SmcStore, type SimControl, type StoreOptions } from './model.js';

export type { SimControl, SimKey, SimProject, SimRegion, SimTenant, SimVm, SmcRecord } from './model.js';

export interface SimulatorOptions extends StoreOptions {
  /** How often liveness and deletion are checked (clock time). Default 5 s. */
  housekeepingMs?: number;
  faults?: FaultInjector;
  port?: number;
}

export interface UCloudStackSimulator {
  /** The API endpoint to configure (`<url>/api`). */
  endpoint: string;
  server: RunningSimulator;
  faults: FaultInjector;
  control: SimControl;
  /**
   * Runs `action`'s handler in-process with typed parameters (as the HTTP layer decodes them) as the
   * caller of `publicKey`: no HTTP, no signature. The demo registers its bulk SMCs through it, so
   * thousands start in a second. A refusal is thrown as the Refusal (RetCode + Message).
   */
  invoke(action: OperationId, params: Record<string, unknown>, publicKey: string): Record<string, unknown>;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions): Promise<UCloudStackSimulator> {
  const store = new SmcStore(options);
  const faults = options.faults ?? new FaultInjector();
  const server = await serveSimulator(handler(store), { faults, port: options.port });
  const stopHousekeeping = options.clock.every(options.housekeepingMs ?? 5_000, (now) => store.housekeeping(now));
  return {
    endpoint: `${server.url}/api`,
    server,
    faults,
    control: store.control(),
    invoke: (action, params, publicKey) => {
      const key = store.keys.get(publicKey);
      const tenant = key && store.tenants.get(key.companyId);
      if (!key || !tenant) throw PLATFORM.unknownUser();
      return HANDLERS[action](store, params, { key, tenant, projectId: null });
    },
    close: async () => {
      stopHousekeeping();
      await server.close();
    },
  };
}

/** HTTP -> decoded flat parameters -> signature and caller checks -> the operation's handler. */
function handler(store: SmcStore): SimHandler {
  const decoded = new WeakMap<SimRequest, Record<string, string> | ParamError>();
  const decode = (req: SimRequest): Record<string, string> | ParamError => {
    let flat = decoded.get(req);
    if (!flat) {
      try {
        flat = decodeRequest(req);
      } catch (e) {
        flat = e instanceof ParamError ? e : new ParamError('undecodable request');
      }
      decoded.set(req, flat);
    }
    return flat;
  };
  const handle = (req: SimRequest): SimResponse => {
    if (req.path !== '/api' && req.path !== '/api/' && req.path !== '/') {
      return { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } };
    }
    const flat = decode(req);
    if (flat instanceof ParamError) {
      const r = refuse('StatusParamInvalid', flat.message);
      return envelope('', { RetCode: r.retCode, Message: r.message });
    }
    const action = flat.Action ?? '';
    try {
      if (!action) throw PLATFORM.missingAction();
      if (!flat.Signature) throw PLATFORM.missingSignature();
      const key = flat.PublicKey ? store.keys.get(flat.PublicKey) : undefined;
      if (!key) throw PLATFORM.unknownUser();
      if (!verifySignature(flat, key.privateKey)) throw PLATFORM.badSignature();
      if (!isSMCAction(action)) throw PLATFORM.unknownAction(action);
      const tenant = store.tenants.get(key.companyId);
      if (!tenant) throw PLATFORM.unknownUser();
      const projectId = flat.ProjectId ?? null;
      if (projectId !== null && !tenant.projects.some((p) => p.id === projectId)) throw PLATFORM.unknownProject(projectId);
      let params: Record<string, unknown>;
      try {
        params = readParams(flat, PARAM_SPECS[action]);
      } catch (e) {
        throw refuse('StatusParamInvalid', (e as Error).message);
      }
      const region = params.Region as string;
      if (!store.regions.has(region)) throw refuse('StatusParamInvalid', `parameter Region: unknown region ${region}`);
      return envelope(action, HANDLERS[action](store, params, { key, tenant, projectId }));
    } catch (e) {
      if (e instanceof Refusal) return envelope(action, { RetCode: e.retCode, Message: e.message });
      throw e;
    }
  };
  return {
    operationOf: (req) => {
      const flat = decode(req);
      return flat instanceof ParamError ? 'invalid' : (flat.Action ?? 'missing');
    },
    handle,
    renderFault: (kind, req) => {
      const flat = decode(req);
      return faultResponse(kind, flat instanceof ParamError ? '' : (flat.Action ?? ''));
    },
  };
}

// --- request decoding: the three request styles the vendor accepts (GET query, POST form, POST JSON
// with flat dotted keys) -> one flat map of wire strings (formatted like the signature sees them),
// then per-operation typing and un-flattening against the generated parameter tables.

export class ParamError extends Error {}

/** Flat wire parameters (all values strings), or a ParamError for an undecodable body. */
export function decodeRequest(req: SimRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of req.query) out[k] = v;
  if (req.method === 'GET' || req.body.length === 0) return out;
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  const text = req.body.toString('utf8');
  if (type.includes('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(text)) out[k] = v;
    return out;
  }
  if (type.includes('json') || type === '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ParamError('request body is not valid JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ParamError('request body must be a JSON object');
    const flat = flattenParams(parsed as Record<string, unknown>);
    for (const [k, v] of Object.entries(flat)) out[k] = formatValue(v as ParamValue);
    return out;
  }
  throw new ParamError(`unsupported content type ${type}`);
}

function scalar(type: ScalarType, name: string, raw: string): string | number | boolean {
  switch (type) {
    case 'string':
      return raw;
    case 'integer':
      if (!/^-?[0-9]+$/.test(raw)) throw new ParamError(`parameter ${name} must be an integer`);
      return Number(raw);
    case 'double': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw new ParamError(`parameter ${name} must be a number`);
      return n;
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new ParamError(`parameter ${name} must be true or false`);
      return raw === 'true';
  }
}

/** Indexes N present for `Name.N` / `Name.N.Field`, ascending. */
function indexes(flat: Record<string, string>, name: string): number[] {
  const re = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.([0-9]+)(?:\\.|$)`);
  const set = new Set<number>();
  for (const k of Object.keys(flat)) {
    const m = re.exec(k);
    if (m) set.add(Number(m[1]));
  }
  return [...set].sort((a, b) => a - b);
}

/** Typed parameters of one operation from the flat map (generated PARAM_SPECS); throws ParamError (missing / wrong type). */
export function readParams(flat: Record<string, string>, specs: readonly ParamSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    let value: unknown;
    const element = /^array<(.+)>$/.exec(spec.type)?.[1];
    if (element && !(element in MODEL_FIELDS)) {
      const idx = indexes(flat, spec.name);
      value = idx.length > 0 ? idx.map((i) => scalar(element as ScalarType, `${spec.name}.${i}`, flat[`${spec.name}.${i}`] ?? '')) : undefined;
    } else if (element) {
      const model = element as ModelName;
      const idx = indexes(flat, spec.name);
      value =
        idx.length > 0
          ? idx.map((i) => {
              const item: Record<string, unknown> = {};
              for (const f of MODEL_FIELDS[model]) {
                const raw = flat[`${spec.name}.${i}.${f.name}`];
                if (raw !== undefined) item[f.name] = scalar(f.type as ScalarType, `${spec.name}.${i}.${f.name}`, raw);
              }
              return item;
            })
          : undefined;
    } else {
      const raw = flat[spec.name];
      value = raw === undefined ? undefined : scalar(spec.type as ScalarType, spec.name, raw);
    }
    if (value === undefined || value === '') {
      if (spec.required) throw new ParamError(`missing parameter ${spec.name}`);
      continue;
    }
    out[spec.name] = value;
  }
  return out;
}
