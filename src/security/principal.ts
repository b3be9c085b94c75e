/**
 * Who is calling: the principal every request and WebSocket connection carries, its scopes and the
 * accounts it may see. Built by the authenticator (./auth.ts); read by the scope check, the account
 * scoping of the domain, rate limits and audit.
 */
import { GatewayError } from '../core/errors.js';
import { SCOPES, type Scope } from './scopes.js';

export interface Principal {
  /** Stable id for logs, audit and limits: `key:<id>`, `jwt:<sub>` or `anonymous`. */
  readonly id: string;
  readonly kind: 'api-key' | 'jwt' | 'anonymous';
  readonly scopes: ReadonlySet<Scope>;
  /** `'*'` for every account, else the account ids it may see and act on. */
  readonly accounts: '*' | ReadonlySet<string>;
}

/** The principal of a gateway running with `auth.disabled: true`: every scope, every account. */
export const ANONYMOUS: Principal = Object.freeze({
  id: 'anonymous',
  kind: 'anonymous' as const,
  scopes: new Set<Scope>(SCOPES),
  accounts: '*' as const,
});

export function principalOf(id: string, kind: Principal['kind'], scopes: Iterable<string>, accounts: Iterable<string>): Principal {
  const known = new Set<string>(SCOPES);
  const list = [...accounts];
  return Object.freeze({
    id,
    kind,
    scopes: new Set([...scopes].filter((s): s is Scope => known.has(s))),
    accounts: list.includes('*') ? ('*' as const) : new Set(list),
  });
}

/** FORBIDDEN naming the scope, unless the principal holds it. */
export function requireScope(principal: Principal, scope: Scope, what: string): void {
  if (!principal.scopes.has(scope)) {
    throw new GatewayError('FORBIDDEN', `${what} requires the scope ${scope}`, { retryable: false });
  }
}
