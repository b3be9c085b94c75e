/**
 * Request validation helpers: JSON bodies and query/body fields, refused with the seed's codes
 * (SMS.6010 not JSON, 6011 wrong shape, 6012 empty, 6013 missing, 6014 too long, 6016 content type,
 * 9001 invalid value).
 */
import { smsError, SmsError, SMS_MESSAGES } from './errors.js';

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a JSON object body. `required`: an empty body is SMS.6012. */
export function parseBody(raw: Buffer, contentType: string | undefined, required: boolean): Json {
  if (raw.length === 0 || raw.toString('utf8').trim() === '') {
    if (required) throw smsError('SMS.6012');
    return {};
  }
  if (contentType && !/^application\/(json|bson)/i.test(contentType.trim())) throw smsError('SMS.6016');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw smsError('SMS.6010');
  }
  if (!isObject(parsed)) throw smsError('SMS.6011');
  return parsed;
}

/** Names the offending field in the message (the seed messages carry no placeholder for it). */
function withField(err: SmsError, field: string): SmsError {
  return new SmsError(err.code, err.status, `${err.message} (${field})`, err.extra);
}

export function invalid(field: string): SmsError {
  return withField(smsError('SMS.9001'), field);
}

export function missing(field: string): SmsError {
  return withField(smsError('SMS.6013'), field);
}

// ---------------------------------------------------------------------------------------------
// Query parameters

export function queryInt(
  query: URLSearchParams,
  name: string,
  opts: { min: number; max: number; def: number; required?: boolean },
): number {
  const raw = query.get(name);
  if (raw === null || raw === '') {
    if (opts.required) throw missing(name);
    return opts.def;
  }
  if (!/^-?\d+$/.test(raw)) throw invalid(name);
  const n = Number(raw);
  if (n < opts.min || n > opts.max) throw invalid(name);
  return n;
}

export function queryBool(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw invalid(name);
}

export function queryString(
  query: URLSearchParams,
  name: string,
  opts: { max?: number; required?: boolean; enum?: readonly string[] } = {},
): string | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') {
    if (opts.required) throw missing(name);
    return undefined;
  }
  if (raw.length > (opts.max ?? 255)) throw invalid(name);
  if (opts.enum && !opts.enum.includes(raw)) throw invalid(name);
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Body fields

export function reqString(body: Json, name: string, opts: { max?: number; min?: number; lenient?: boolean } = {}): string {
  const v = body[name];
  if (v === undefined || v === null) throw missing(name);
  return checkString(v, name, opts);
}

export function optString(body: Json, name: string, opts: { max?: number; min?: number; lenient?: boolean } = {}): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  return checkString(v, name, opts);
}

function checkString(v: unknown, name: string, opts: { max?: number; min?: number; lenient?: boolean }): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (opts.lenient && (typeof v === 'number' || typeof v === 'boolean')) s = String(v);
  else throw withField(smsError('SMS.6011'), name);
  if (s.length > (opts.max ?? 255)) throw withField(smsError('SMS.6014'), name);
  if (opts.min !== undefined && s.length < opts.min) throw invalid(name);
  return s;
}

export function optEnum<T extends string>(body: Json, name: string, values: readonly T[]): T | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) throw invalid(name);
  return v as T;
}

export function optBool(body: Json, name: string): boolean | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw withField(smsError('SMS.6011'), name);
}

export function optNumber(
  body: Json,
  name: string,
  opts: { min?: number; max?: number; integer?: boolean; lenient?: boolean } = {},
): number | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  let n: number;
  if (typeof v === 'number') n = v;
  else if (opts.lenient && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) n = Number(v);
  else throw withField(smsError('SMS.6011'), name);
  if (!Number.isFinite(n)) throw invalid(name);
  if (opts.integer && !Number.isInteger(n)) throw invalid(name);
  if (opts.min !== undefined && n < opts.min) throw invalid(name);
  if (opts.max !== undefined && n > opts.max) throw invalid(name);
  return n;
}

export function reqNumber(
  body: Json,
  name: string,
  opts: { min?: number; max?: number; integer?: boolean; lenient?: boolean } = {},
): number {
  if (body[name] === undefined || body[name] === null) throw missing(name);
  return optNumber(body, name, opts)!;
}

export function optArray(body: Json, name: string, opts: { max?: number } = {}): unknown[] | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw withField(smsError('SMS.6011'), name);
  if (opts.max !== undefined && v.length > opts.max) throw invalid(name);
  return v;
}

export function reqArray(body: Json, name: string, opts: { max?: number } = {}): unknown[] {
  if (body[name] === undefined || body[name] === null) throw missing(name);
  return optArray(body, name, opts)!;
}

export function optObject(body: Json, name: string): Json | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw withField(smsError('SMS.6011'), name);
  return v;
}

/** A list of ids (`{"ids": [...]}`), each a non-empty string. */
export function idList(body: Json, name = 'ids', required = true): string[] {
  const arr = required ? reqArray(body, name) : (optArray(body, name) ?? []);
  for (const id of arr) if (typeof id !== 'string' || id === '') throw invalid(name);
  return arr as string[];
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const IPV4_RE = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

export { SMS_MESSAGES };
