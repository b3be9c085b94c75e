/**
 * One process-wide registry of secret values, and the scrubber every outgoing text passes through:
 * log lines (src/server/logger.ts), GraphQL errors (src/graphql/errors.ts makeFormatError) and the
 * vendor text adapters put into GatewayError messages.
 *
 * - Configured secrets (credentials of the configured accounts) are kept for the life of the process.
 * - Transient secrets (IAM tokens obtained at runtime, write-only passwords sent upstream in mutation
 *   arguments) live in a bounded LRU (10,000 entries, 1 hour by default), so the set cannot grow
 *   without bound however many mutations are served.
 * - Values shorter than MIN_SECRET_LENGTH (6) characters are ignored: short strings ("admin", "1234")
 *   would replace innocent text everywhere, and a secret that short is not protected by scrubbing anyway.
 *
 * `scrub` replaces each value, its JSON-escaped form (as it appears inside a serialized log line) and
 * its URL-encoded forms (encodeURIComponent, RFC 3986 and form encoding: as it appears in a query
 * string or a form body an upstream echoes) by `[redacted]`. One RegExp over every form is rebuilt
 * lazily; values added since the last rebuild are checked with indexOf meanwhile (a rebuild happens
 * after 64 new forms or 5 s), so registering a token per request stays cheap. Text without a secret
 * comes back unchanged (the same string).
 */
import { LRUCache } from 'lru-cache';

export const REDACTED = '[redacted]';
/** Shorter values are not registered (too many false hits). */
export const MIN_SECRET_LENGTH = 6;

export interface SecretScrubberOptions {
  /** Bound of the transient set. Default 10,000. */
  maxTransient?: number;
  /** Lifetime of a transient secret, ms. Default 1 hour. */
  transientTtlMs?: number;
}

export interface AddSecretOptions {
  /** Runtime value (token, password argument): kept in the bounded LRU, not forever. */
  transient?: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The forms in which `value` can appear in text we emit. */
export function secretForms(value: string): string[] {
  const forms = new Set<string>([value]);
  forms.add(JSON.stringify(value).slice(1, -1));
  // A JSON-escaped value inside a JSON string (a serialized error body quoted in a log line).
  forms.add(JSON.stringify(JSON.stringify(value).slice(1, -1)).slice(1, -1));
  const uri = encodeURIComponent(value);
  forms.add(uri);
  forms.add(uri.replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()));
  forms.add(new URLSearchParams({ v: value }).toString().slice(2));
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

/** Values added since the last rebuild are checked with indexOf until there are this many forms... */
const FRESH_MAX_FORMS = 256;
/** ...or they are this old; then the one RegExp is rebuilt over everything. */
const FRESH_MAX_AGE_MS = 5_000;

export class SecretScrubber {
  /** value -> its forms (secretForms), computed once. */
  private readonly configured = new Map<string, string[]>();
  private readonly transient: LRUCache<string, string[]>;
  /** One RegExp over every form of the values known at the last rebuild, longest first. */
  private stable: { test: RegExp; replace: RegExp } | null = null;
  private stableValues = new Set<string>();
  private stableForms: string[] = [];
  /**
   * Forms of values added since the last rebuild, longest first, checked with indexOf: a new token or
   * password costs nothing until the next rebuild (compiling the RegExp over 10,000 values takes tens
   * of milliseconds; it must not happen on every mutation).
   */
  private fresh: string[] = [];
  private freshSince = 0;
  /** Values were evicted or expired since the last rebuild (they are still redacted until it). */
  private stale = false;
  private rebuildNow = false;
  private lastRebuild = Date.now();
  private lastPurge = Date.now();
  private readonly purgeEveryMs: number;
  private readonly staleRebuildMs: number;

  constructor(options: SecretScrubberOptions = {}) {
    const ttl = options.transientTtlMs ?? 60 * 60 * 1000;
    this.purgeEveryMs = Math.min(1_000, ttl);
    this.staleRebuildMs = Math.min(60_000, ttl);
    this.transient = new LRUCache<string, string[]>({
      max: options.maxTransient ?? 10_000,
      ttl,
      dispose: () => {
        this.stale = true;
      },
    });
  }

  /** Registers a secret value; values shorter than MIN_SECRET_LENGTH characters are ignored. */
  add(value: string | undefined | null, opts: AddSecretOptions = {}): void {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) return;
    if (this.configured.has(value)) return;
    let forms = this.transient.get(value);
    if (opts.transient) {
      this.transient.set(value, forms ?? (forms = secretForms(value))); // refreshes recency and ttl
    } else {
      forms ??= secretForms(value);
      this.configured.set(value, forms);
      this.transient.delete(value);
    }
    if (!this.stableValues.has(value)) this.addFresh(forms);
  }

  private addFresh(forms: readonly string[]): void {
    if (this.fresh.length === 0) this.freshSince = Date.now();
    for (const f of forms) if (!this.fresh.includes(f)) this.fresh.push(f);
  }

  /** Number of values registered (configured + live transient). */
  get size(): number {
    return this.configured.size + this.transient.size;
  }

  /** True when `value` is registered (and, if transient, not evicted or expired). */
  has(value: string): boolean {
    return this.configured.has(value) || this.transient.has(value);
  }

  /** Forgets every value (tests). */
  clear(): void {
    this.configured.clear();
    this.transient.clear();
    this.rebuildNow = true;
  }

  private maintain(): void {
    const now = Date.now();
    if (this.transient.size > 0 && now - this.lastPurge >= this.purgeEveryMs) {
      this.lastPurge = now;
      this.transient.purgeStale(); // dispose marks the set stale when something expired
    }
    if (
      this.rebuildNow ||
      this.fresh.length > FRESH_MAX_FORMS ||
      (this.fresh.length > 0 && now - this.freshSince >= FRESH_MAX_AGE_MS) ||
      (this.stale && now - this.lastRebuild >= this.staleRebuildMs)
    ) {
      this.rebuild(now);
    }
  }

  private rebuild(now: number): void {
    const forms = new Set<string>();
    const values = new Set<string>();
    for (const [v, fs] of this.configured) {
      values.add(v);
      for (const f of fs) forms.add(f);
    }
    for (const [v, fs] of this.transient.entries()) {
      values.add(v);
      for (const f of fs) forms.add(f);
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.stableForms = [...forms].sort((a, b) => b.length - a.length);
    this.stableValues = values;
    if (this.stableForms.length === 0) {
      this.stable = null;
    } else {
      const source = this.stableForms.map(escapeRegExp).join('|');
      this.stable = { test: new RegExp(source), replace: new RegExp(source, 'g') };
    }
    this.fresh = [];
    this.stale = false;
    this.rebuildNow = false;
    this.lastRebuild = now;
  }

  /** `text` with every registered value (in every form) replaced by `[redacted]`. */
  scrub(text: string): string {
    if (typeof text !== 'string' || text.length < MIN_SECRET_LENGTH) return text;
    this.maintain();
    const st = this.stable;
    if (!this.fresh.some((f) => text.includes(f))) {
      if (!st || !st.test.test(text)) return text;
      st.replace.lastIndex = 0;
      return text.replace(st.replace, REDACTED);
    }
    // A fresh value is present (rare): redact the union of every match, fresh and known, so that
    // overlapping secrets (one containing the other) are replaced whole.
    const spans: [number, number][] = [];
    for (const f of this.fresh) {
      for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) spans.push([i, i + f.length]);
    }
    if (st) {
      st.replace.lastIndex = 0;
      for (let m = st.replace.exec(text); m; m = st.replace.exec(text)) spans.push([m.index, m.index + m[0].length]);
    }
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let out = '';
    let at = 0;
    let end = -1;
    for (const [from, to] of spans) {
      if (from > end) {
        if (end >= 0) at = end;
        out += text.slice(at, from) + REDACTED;
        end = to;
      } else if (to > end) {
        end = to;
      }
    }
    return out + text.slice(end);
  }

  /**
   * A copy of `value` with every string scrubbed (objects, arrays, Errors; cycles are cut). Returns
   * `value` itself when nothing had to change.
   */
  scrubDeep(value: unknown): unknown {
    return this.deep(value, new WeakMap());
  }

  private deep(value: unknown, seen: WeakMap<object, unknown>): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return seen.get(value);
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      let changed = false;
      for (const item of value) {
        const s = this.deep(item, seen);
        if (s !== item) changed = true;
        out.push(s);
      }
      seen.set(value, changed ? out : value);
      return changed ? out : value;
    }
    if (value instanceof Date || value instanceof RegExp || ArrayBuffer.isView(value)) return value;
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    let changed = false;
    if (value instanceof Error) {
      // message and stack are not enumerable: an Error always becomes a plain scrubbed object.
      out.name = value.name;
      out.message = this.scrub(value.message);
      changed = true;
    }
    for (const [k, v] of Object.entries(value)) {
      const s = this.deep(v, seen);
      if (s !== v) changed = true;
      out[k] = s;
    }
    seen.set(value, changed ? out : value);
    return changed ? out : value;
  }
}

/** The process-wide scrubber. */
export const secrets = new SecretScrubber();

const PASSWORD_KEY = /password|passwd/i;

/**
 * Registers, as transient, every string under a password-like key (`password`, `target_password`,
 * `Password`, ...) anywhere in `value`: for request bodies an adapter is about to send upstream and
 * responses that carry a password back.
 */
export function registerPasswordFields(value: unknown, scrubber: SecretScrubber = secrets, depth = 0): void {
  if (value === null || typeof value !== 'object' || depth > 8) return;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') {
      if (PASSWORD_KEY.test(key)) scrubber.add(v, { transient: true });
    } else if (v && typeof v === 'object') {
      registerPasswordFields(v, scrubber, depth + 1);
    }
  }
}

/** Credential keys that name an identity, not a secret: these stay visible. */
const NOT_SECRET_KEY = /(Id|ID|_id)$|^(publicKey|username|userName|user|endpoint|region)$|^(domain|project)/;

/**
 * Registers every string value of an account's `credentials` (nested objects included, e.g.
 * Huawei's `{ iam: { password } }`) as a configured secret, except keys that name an identity:
 * `*Id`, `publicKey`, `username`/`userName`/`user`, `domain*`, `project*`, and `endpoint`/`region`
 * (a URL, not a credential).
 */
export function registerCredentials(credentials: unknown, scrubber: SecretScrubber = secrets): void {
  if (credentials === null || typeof credentials !== 'object') return;
  for (const [key, value] of Object.entries(credentials)) {
    if (typeof value === 'string') {
      if (!NOT_SECRET_KEY.test(key)) scrubber.add(value);
    } else if (value && typeof value === 'object') {
      registerCredentials(value, scrubber);
    }
  }
}
