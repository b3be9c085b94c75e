/**
 * UCloudStack request signing ("verify_ac"): SHA1 over the sorted concatenation of the flattened
 * parameters followed by the account's private key.
 *
 *   1. flatten every parameter (arrays `Name.N`, objects `Name.Field`, arrays of objects `Name.N.Field`,
 *      N from 0), include `PublicKey`, exclude `Signature`;
 *   2. sort the names by byte order (case-sensitive: `CPU` < `ChargeType`);
 *   3. concatenate `name1value1name2value2...` (no separators, no URL escaping);
 *   4. append the private key;
 *   5. Signature = lower-case hex SHA1 of that UTF-8 string.
 *
 * Values: strings verbatim; integers in decimal; booleans `true`/`false`; floats with a zero fraction
 * trimmed (`42.0` -> `42`, which JavaScript numbers do by themselves), other floats in plain decimal,
 * never in scientific notation.
 *
 * Pure: no clock, no randomness (the scheme has neither a timestamp nor a nonce).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { HttpRequest, Signer } from '../common/signer.js';

/** A scalar parameter value as it goes on the wire. */
export type ParamValue = string | number | boolean;
/** Flattened parameters: dotted names to scalar values. */
export type FlatParams = Record<string, ParamValue>;

export interface Credentials {
  publicKey: string;
  privateKey: string;
}

/** Formats one scalar the way the signature (and the simulator's parser) sees it. */
export function formatValue(value: ParamValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return plainDecimal(value);
  throw new TypeError(`unsupported parameter value type: ${typeof value}`);
}

/** Decimal notation of a finite number without exponent (`1e21` -> `1000000000000000000000`). */
export function plainDecimal(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError('parameter values must be finite numbers');
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  // Expand the exponent form String() uses for |n| >= 1e21 and |n| < 1e-6.
  const negative = s.startsWith('-');
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) {
    out = '0.' + '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    out = digits + '0'.repeat(point - digits.length);
  } else {
    out = digits.slice(0, point) + '.' + digits.slice(point);
  }
  return (negative ? '-' : '') + out;
}

/**
 * Flattens request parameters into the wire's dotted names. `undefined` and `null` are left out
 * (also inside arrays of objects, where the index is kept so `DiskMappings.1.X` stays with item 1).
 */
export function flattenParams(params: Record<string, unknown>): FlatParams {
  const out: FlatParams = {};
  const visit = (name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(`${name}.${i}`, item));
      return;
    }
    if (typeof value === 'object') {
      for (const [field, v] of Object.entries(value as Record<string, unknown>)) visit(`${name}.${field}`, v);
      return;
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out[name] = value;
      return;
    }
    throw new TypeError(`parameter ${name} has an unsupported type (${typeof value})`);
  };
  for (const [name, value] of Object.entries(params)) visit(name, value);
  return out;
}

/** Byte-order (UTF-8) comparison, which for ASCII names is plain code-point order. */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The string the signature is computed over (exposed for tests and debugging; contains the key). */
export function stringToSign(params: Readonly<Record<string, ParamValue>>, privateKey: string): string {
  const names = Object.keys(params)
    .filter((n) => n !== 'Signature')
    .sort(byteOrder);
  let s = '';
  for (const n of names) s += n + formatValue(params[n]!);
  return s + privateKey;
}

/** Lower-case hex SHA1 signature of already flattened parameters (which must include PublicKey). */
export function computeSignature(params: Readonly<Record<string, ParamValue>>, privateKey: string): string {
  return createHash('sha1').update(stringToSign(params, privateKey), 'utf8').digest('hex');
}

/**
 * Signs a request: returns a new flat parameter map with `PublicKey` and `Signature` set. Any
 * `Signature` already present is replaced (re-signing on retry is idempotent).
 */
export function signParams(params: Readonly<FlatParams>, credentials: Credentials): FlatParams {
  const withKey: FlatParams = { ...params, PublicKey: credentials.publicKey };
  delete withKey.Signature;
  return { ...withKey, Signature: computeSignature(withKey, credentials.privateKey) };
}

/**
 * The request signer (common/signer.ts shape). The unsigned request carries the flat parameters in
 * its JSON body (typed values, as the vendor's Java SDK sends them) and/or its search params; the
 * signed one is a POST of one flat JSON object with `PublicKey` and `Signature` added. `now` and
 * `nonce` are unused: the scheme has neither a timestamp nor a nonce.
 */
export const sign: Signer<Credentials> = (request, credentials) => {
  const params: FlatParams = Object.fromEntries(request.url.searchParams);
  if (request.body) Object.assign(params, JSON.parse(request.body) as FlatParams);
  const body = JSON.stringify(signParams(params, credentials));
  const url = new URL(request.url);
  url.search = '';
  const headers: HttpRequest['headers'] = { ...request.headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
  return { method: 'POST', url, headers, body };
};

/**
 * Server-side check (the simulator's): does `Signature` match the other received parameters under
 * `privateKey`? Values are the received strings (already in wire format).
 */
export function verifySignature(received: Readonly<Record<string, ParamValue>>, privateKey: string): boolean {
  const given = received.Signature;
  if (typeof given !== 'string' || !/^[0-9a-fA-F]{40}$/.test(given)) return false;
  const expected = Buffer.from(computeSignature(received, privateKey), 'hex');
  return timingSafeEqual(expected, Buffer.from(given.toLowerCase(), 'hex'));
}
