/**
 * Request decoding for the simulator: the three request styles the vendor accepts (GET query,
 * POST form, POST JSON with flat dotted keys) -> one flat map of wire strings (formatted like the
 * signature sees them), then per-Action validation and un-flattening against the catalogue.
 */
import { flattenParams, formatValue, type ParamValue } from '../signer.js';
import { MODEL_FIELDS, type ModelName, type ParamSpec, type ScalarType } from '../wire.js';
import type { SimRequest } from '../../common/simulator/http.js';

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

/** Typed parameters of one Action from the flat map; throws ParamError (missing / wrong type). */
export function readParams(flat: Record<string, string>, specs: readonly ParamSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    let value: unknown;
    if (spec.type === 'array<string>') {
      const idx = indexes(flat, spec.name);
      value = idx.length > 0 ? idx.map((i) => flat[`${spec.name}.${i}`] ?? '') : undefined;
    } else if (spec.type.startsWith('array<')) {
      const model = spec.type.slice(6, -1) as ModelName;
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
