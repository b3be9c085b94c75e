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
