/**
 * Authentication: `Authorization: Bearer <API key or JWT>` -> Principal.
 *
 * - API keys are compared by SHA-256 digest (the configuration may hold only the digest).
 * - JWTs are verified with jose against a JWKS URL (cached; an unknown `kid` refetches it, so keys
 *   rotate without a restart) or static public keys, checking issuer, audience, expiry and algorithm.
 * - Verified credentials are cached briefly (never past a token's `exp`), so the check costs a hash
 *   lookup on most requests.
 *
 * A missing, invalid or expired credential is UNAUTHENTICATED; the message never repeats the credential.
 */
import { createHash } from 'node:crypto';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  exportJWK,
  importSPKI,
  jwtVerify,
  type JWK,
  type JWTVerifyGetKey,
  type JWTPayload,
} from 'jose';
import { LRUCache } from 'lru-cache';
import { GatewayError } from '../core/errors.js';
import { secrets } from '../../adapters/common/secrets.js';
import type { GatewayConfig } from '../config/index.js';
import { ANONYMOUS, principalOf, type Principal } from './principal.js';

type AuthConfig = GatewayConfig['auth'];
type JwtConfig = NonNullable<AuthConfig['jwt']>;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function unauthenticated(message: string): GatewayError {
  return new GatewayError('UNAUTHENTICATED', message, { retryable: false });
}

/** `Bearer <token>` -> token; anything else is refused (null when there is no header at all). */
export function bearerToken(header: string | string[] | undefined | null): string | null {
  if (header === undefined || header === null || header === '') return null;
  const value = Array.isArray(header) ? header[0] ?? '' : header;
  const m = /^Bearer[ ]+([\x21-\x7e]{1,8192})$/i.exec(value.trim());
  if (!m) throw unauthenticated('the Authorization header must be "Bearer <API key or JWT>"');
  return m[1]!;
}

const looksLikeJwt = (token: string) => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);

function claimList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export interface AuthenticatorOptions {
  /** Seconds since the epoch; tests inject a clock. */
  now?: () => number;
}

export class Authenticator {
  readonly disabled: boolean;
  private readonly keysByDigest = new Map<string, Principal>();
  private readonly jwt: JwtConfig | undefined;
  private readonly jwtKey: JWTVerifyGetKey | undefined;
  private readonly cache = new LRUCache<string, Principal>({ max: 10_000, ttl: 60_000, ttlAutopurge: false });
  private readonly now: () => number;

  constructor(config: AuthConfig, options: AuthenticatorOptions = {}) {
    this.disabled = config.disabled;
    this.now = options.now ?? (() => Date.now() / 1000);
    for (const k of config.apiKeys) {
      if (k.key) secrets.add(k.key);
      const digest = (k.sha256 ?? sha256(k.key!)).toLowerCase();
      this.keysByDigest.set(digest, principalOf(`key:${k.id}`, 'api-key', k.scopes, k.accounts));
    }
    this.jwt = config.jwt;
    if (config.jwt) this.jwtKey = keyGetter(config.jwt);
  }

  /** The principal for an Authorization header value. Throws UNAUTHENTICATED. */
  async authenticate(header: string | string[] | undefined | null): Promise<Principal> {
    if (this.disabled) return ANONYMOUS;
    const token = bearerToken(header);
    if (token === null) throw unauthenticated('authentication required: send Authorization: Bearer <API key or JWT>');
    const cached = this.cache.get(token);
    if (cached) return cached;
    if (this.jwt && looksLikeJwt(token)) return this.verifyJwt(token, this.jwt);
    const principal = this.keysByDigest.get(sha256(token));
    if (!principal) throw unauthenticated('invalid credential');
    this.cache.set(token, principal);
    return principal;
  }

  private async verifyJwt(token: string, jwt: JwtConfig): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwtKey!, {
        issuer: jwt.issuer,
        audience: jwt.audience,
        algorithms: jwt.algorithms,
        clockTolerance: jwt.clockToleranceSeconds,
        currentDate: new Date(this.now() * 1000),
      }));
    } catch (e) {
      throw unauthenticated(jwtFailure(e));
    }
    const subject = typeof payload.sub === 'string' && payload.sub ? payload.sub : null;
    if (!subject) throw unauthenticated('invalid token: no "sub" claim');
    const principal = principalOf(`jwt:${subject}`, 'jwt', claimList(payload[jwt.scopesClaim]), claimList(payload[jwt.accountsClaim]));
    // Cached until the token expires (the LRU's own TTL caps it at a minute).
    const ttlMs = payload.exp ? Math.floor((payload.exp - this.now()) * 1000) : 60_000;
    if (ttlMs > 0) this.cache.set(token, principal, { ttl: Math.min(ttlMs, 60_000) });
    return principal;
  }
}

function jwtFailure(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'token expired';
  if (e instanceof joseErrors.JWTClaimValidationFailed) return `invalid token: claim "${e.claim}" ${e.reason === 'check_failed' ? 'does not match' : e.reason.replace(/_/g, ' ')}`;
  if (e instanceof joseErrors.JWKSNoMatchingKey) return 'invalid token: no matching verification key';
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return 'invalid token: algorithm not allowed';
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'invalid token: signature verification failed';
  if (e instanceof joseErrors.JWKSTimeout || e instanceof joseErrors.JWKSInvalid) return 'cannot verify tokens now: the JWKS is unavailable';
  return 'invalid token';
}

function keyGetter(jwt: JwtConfig): JWTVerifyGetKey {
  if (jwt.jwksUrl) {
    return createRemoteJWKSet(new URL(jwt.jwksUrl), { cacheMaxAge: jwt.jwksCacheMaxAgeMs, cooldownDuration: jwt.jwksCooldownMs, timeoutDuration: 5_000 });
  }
  // Static keys: JWKs as given, and each SPKI PEM as a JWK for every configured algorithm its key
  // type fits (a PEM carries no algorithm); jose's local JWKS then picks by kid, kty and alg.
  let set: Promise<JWTVerifyGetKey> | null = null;
  const build = async (): Promise<JWTVerifyGetKey> => {
    const keys: JWK[] = [];
    for (const k of jwt.publicKeys ?? []) {
      if (typeof k !== 'string') {
        keys.push(k as JWK);
        continue;
      }
      for (const alg of jwt.algorithms) {
        const key = await importSPKI(k, alg, { extractable: true }).catch(() => null);
        if (key) keys.push({ ...(await exportJWK(key)), alg });
      }
    }
    return createLocalJWKSet({ keys });
  };
  return async (header, token) => (await (set ??= build()))(header, token);
}
