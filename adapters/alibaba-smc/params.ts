/**
 * RPC parameter (de)serialisation: typed request objects <-> flat `Name=value` pairs.
 *
 * Arrays become 1-based `.N` lists: `JobId: ['a','b']` -> `JobId.1=a&JobId.2=b`; arrays of objects nest:
 * `DataDisk: [{Index: 1, Part: [{Device: '0_1'}]}]` -> `DataDisk.1.Index=1&DataDisk.1.Part.1.Device=0_1`.
 * Only catalog parameters (generated/operations.ts `CATALOG_PARAMS`) may be produced: `encodeParams`
 * refuses any other name (a bug, not user input).
 * The simulator uses the decoders to read lists back.
 */
import { CATALOG_PARAMS, type OperationId as Action } from './generated/operations.js';

/** `DataDisk.3.Part.12.Device` -> `DataDisk.N.Part.N.Device`. */
export function catalogName(flatName: string): string {
  return flatName.replace(/\.\d+(?=\.|$)/g, '.N');
}

export function isCatalogParam(action: Action, flatName: string): boolean {
  return CATALOG_PARAMS[action].includes(catalogName(flatName));
}

function scalar(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('non-finite number parameter');
    return String(value);
  }
  if (typeof value === 'string') return value;
  throw new TypeError(`unsupported parameter value type ${typeof value}`);
}

function flattenInto(out: Record<string, string>, prefix: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => flattenInto(out, `${prefix}.${i + 1}`, item));
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flattenInto(out, `${prefix}.${k}`, v);
    return;
  }
  const s = scalar(value);
  if (s !== undefined) out[prefix] = s;
}

/**
 * Flattens a typed request into the operation's parameters. Throws on a name that is not in the
 * catalog for `action` (a programming error: only catalog parameters are ever sent).
 */
export function encodeParams(action: Action, request: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(request as Record<string, unknown>)) flattenInto(out, k, v);
  for (const name of Object.keys(out)) {
    if (!isCatalogParam(action, name)) throw new Error(`${name} is not a catalog parameter of ${action}`);
  }
  return out;
}

// ----------------------------------------------------------------------------------------------
// Decoders (simulator side)

/** Values of a repeated list `Name.N`, ordered by N. */
export function readList(params: Readonly<Record<string, string>>, name: string): string[] {
  const re = new RegExp(`^${escapeRe(name)}\\.(\\d+)$`);
  return Object.keys(params)
    .map((k) => [k, re.exec(k)] as const)
    .filter((e): e is readonly [string, RegExpExecArray] => e[1] !== null)
    .sort((a, b) => Number(a[1][1]) - Number(b[1][1]))
    .map(([k]) => params[k]!);
}

/** Struct members of a repeated list `Name.N.Field...`, grouped by N (ordered), with the rest of the key. */
export function readStructList(params: Readonly<Record<string, string>>, name: string): { n: number; fields: Record<string, string> }[] {
  const re = new RegExp(`^${escapeRe(name)}\\.(\\d+)\\.(.+)$`);
  const groups = new Map<number, Record<string, string>>();
  for (const [k, v] of Object.entries(params)) {
    const m = re.exec(k);
    if (!m) continue;
    const n = Number(m[1]);
    const g = groups.get(n) ?? {};
    g[m[2]!] = v;
    groups.set(n, g);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([n, fields]) => ({ n, fields }));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
