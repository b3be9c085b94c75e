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
 * string or a form body an upstream echoes) by `[redacted]`. One RegExp over every form is built
 * lazily when the set changed; text without a secret comes back unchanged (the same string).
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

export class SecretScrubber {
  private readonly configured = new Set<string>();
  private readonly transient: LRUCache<string, true>;
  private test: RegExp | null = null;
  private replace: RegExp | null = null;
  private dirty = false;
  /** Expired transient values are purged (and the pattern rebuilt) at most this often. */
  private readonly purgeEveryMs: number;
  private lastPurge = Date.now();

  constructor(options: SecretScrubberOptions = {}) {
    const ttl = options.transientTtlMs ?? 60 * 60 * 1000;
    this.purgeEveryMs = Math.min(1_000, ttl);
    this.transient = new LRUCache<string, true>({
      max: options.maxTransient ?? 10_000,
      ttl,
      // Eviction and expiry change the set: rebuild the pattern on the next scrub.
      dispose: () => {
        this.dirty = true;
      },
    });
  }

  /** Registers a secret value; values shorter than MIN_SECRET_LENGTH characters are ignored. */
  add(value: string | undefined | null, opts: AddSecretOptions = {}): void {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) return;
    if (this.configured.has(value)) return;
    if (opts.transient) {
      const known = this.transient.has(value);
      this.transient.set(value, true); // refreshes recency and ttl
      if (!known) this.dirty = true;
      return;
    }
    this.configured.add(value);
    this.transient.delete(value);
    this.dirty = true;
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
    this.dirty = true;
  }

  private patterns(): [RegExp, RegExp] | null {
    if (this.transient.size > 0) {
      const now = Date.now();
      if (now - this.lastPurge >= this.purgeEveryMs) {
        this.lastPurge = now;
        this.transient.purgeStale(); // dispose marks the set dirty when something expired
      }
    }
    if (this.dirty) {
      this.dirty = false;
      const forms = new Set<string>();
      for (const v of this.configured) for (const f of secretForms(v)) forms.add(f);
      for (const v of this.transient.keys()) for (const f of secretForms(v)) forms.add(f);
      if (forms.size === 0) {
        this.test = this.replace = null;
      } else {
        // Longest first, so a secret that contains another is replaced whole.
        const source = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
        this.test = new RegExp(source);
        this.replace = new RegExp(source, 'g');
      }
    }
    return this.test && this.replace ? [this.test, this.replace] : null;
  }

  /** `text` with every registered value (in every form) replaced by `[redacted]`. */
  scrub(text: string): string {
    if (typeof text !== 'string' || text.length < MIN_SECRET_LENGTH) return text;
    const p = this.patterns();
    if (!p || !p[0].test(text)) return text;
    p[1].lastIndex = 0;
    return text.replace(p[1], REDACTED);
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
