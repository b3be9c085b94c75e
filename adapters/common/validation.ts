/**
 * zod issues -> the gateway's error shapes, in one place for every adapter: configuration issues
 * (`validateAccount`) and BAD_USER_INPUT for provider options. Unknown keys are reported on the key
 * itself. Messages describe the rule, never the value (a password must not be echoed).
 */
import type { z } from 'zod';
import type { ConfigIssue } from '../module.js';
import type { ProviderId } from '../../src/core/model.js';
import { GatewayError } from '../../src/core/errors.js';

interface Issue {
  path: PropertyKey[];
  message: string;
  keys?: string[];
  code?: string;
}

function located(prefix: readonly (string | number)[], issue: Issue): { path: (string | number)[]; message: string } {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
  const keys = issue.code === 'unrecognized_keys' ? (issue.keys ?? []) : [];
  if (keys.length > 0) return { path: [...path, keys[0]!], message: `unknown field${keys.length > 1 ? `s ${keys.join(', ')}` : ''}` };
  return { path, message: issue.message };
}

/** Configuration issues of one account section (`credentials`, `options`), paths relative to the account. */
export function configIssues(prefix: string, error: z.ZodError): ConfigIssue[] {
  return (error.issues as Issue[]).map((i) => located([prefix], i));
}

/** BAD_USER_INPUT naming the first bad field (`input.dataDisks.0.sizeGiB`) and listing every issue. */
export function inputError(prefix: string, error: z.ZodError, context: { provider?: ProviderId; account?: string } = {}): GatewayError {
  const all = (error.issues as Issue[]).map((i) => located([prefix], i));
  const field = all[0]!.path.join('.');
  const message = all.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return new GatewayError('BAD_USER_INPUT', message, { ...context, field });
}

/** Parses `value` with `schema` or throws `inputError`. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, prefix: string, context: { provider?: ProviderId; account?: string } = {}): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw inputError(prefix, r.error, context);
}

// ----------------------------------------------------------------------------------------------
// Wire paths -> GraphQL argument paths

/**
 * Where each wire parameter of one request came from: catalog parameter name (`.N` for list indices,
 * `DataDisk.N.Index`) -> GraphQL argument path (`N` placeholders, `input.options.dataDisks.N.index`).
 * Declared, as data, next to the code that builds the wire request from the GraphQL input.
 */
export type FieldMap = Readonly<Record<string, string>>;

/** `table` with every argument path under `prefix` (`under('input.options', { Name: 'name' })`). */
export function under(prefix: string, table: FieldMap): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([wire, arg]) => [wire, prefix ? `${prefix}.${arg}` : arg]));
}

/**
 * A nested table placed at a wire prefix and an argument prefix: `nested('DataDisk.N.Part.N',
 * 'dataDisks.N.parts.N', { Device: 'device' })` maps `DataDisk.N.Part.N.Device` to `dataDisks.N.parts.N.device`.
 */
export function nested(wire: string, arg: string, table: FieldMap): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([w, a]) => [`${wire}.${w}`, `${arg}.${a}`]));
}

/**
 * The argument path of a wire path, or undefined when `fields` does not map it.
 *
 * `wirePath` is a validator (zod) path over the typed request: list indices are array indices, 0-based
 * (`['DataDisk', 0, 'Index']` is `DataDisk.1.Index` on the RPC wire), the same numbering as GraphQL
 * lists, so each `N` of the argument path is filled with the wire path's indices in order
 * (`input.options.dataDisks.0.index`). The longest mapped prefix wins: a path inside a mapped
 * parameter (`ReplicationParameters.bandwidth_limit`, a key of the decoded JSON) names the argument
 * that carried it, unless mapped itself.
 */
export function argumentPath(wirePath: readonly PropertyKey[], fields: FieldMap | undefined): string | undefined {
  if (!fields) return undefined;
  const segments = wirePath.map((p) => (typeof p === 'number' ? p : String(p)));
  for (let len = segments.length; len > 0; len--) {
    const head = segments.slice(0, len);
    const arg = fields[head.map((s) => (typeof s === 'number' ? 'N' : s)).join('.')];
    if (arg === undefined) continue;
    const indices = head.filter((s): s is number => typeof s === 'number');
    let i = 0;
    return arg
      .split('.')
      .map((part) => (part === 'N' ? String(indices[i++] ?? 0) : part))
      .join('.');
  }
  return undefined;
}

/**
 * BAD_USER_INPUT for a refused wire request: each issue is named by its argument path when `fields`
 * maps it (see argumentPath), else by its wire path under `prefix` (`params.SystemDiskSize`). `inside`
 * locates issues of a value decoded from one parameter (`['ReplicationParameters']`).
 */
export function wireInputError(
  error: z.ZodError,
  options: { prefix?: string; inside?: readonly (string | number)[]; fields?: FieldMap; context?: { provider?: ProviderId; account?: string } } = {},
): GatewayError {
  const { prefix = 'params', inside = [], fields, context = {} } = options;
  const all = (error.issues as Issue[]).map((i) => {
    const wire = located(inside, i);
    return { path: argumentPath(wire.path, fields) ?? [prefix, ...wire.path].join('.'), message: wire.message };
  });
  const message = all.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new GatewayError('BAD_USER_INPUT', message, { ...context, field: all[0]!.path });
}
