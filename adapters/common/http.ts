/**
 * The got instance an adapter builds per account: keep-alive agents, a default timeout, and no
 * retries. Retries, deadlines, circuit breaking and quotas are the upstream policy's (policy.ts),
 * around each call; each attempt passes its own timeout (`timeoutFor`). Signing happens in the
 * adapter's `beforeRequest` hook, so every attempt is signed afresh (new date, nonce, signature).
 */
import http from 'node:http';
import https from 'node:https';
import got, { type Got, type Hooks } from 'got';

export interface AccountHttpOptions {
  /** Base URL of the account's endpoint (from configuration only). */
  prefixUrl: string;
  /** Timeout of a request that names none, ms. Default 15000. */
  timeoutMs?: number;
  /** Maximum sockets per host. Default 32. */
  maxSockets?: number;
  hooks?: Partial<Hooks>;
}

export interface AccountHttp {
  got: Got;
  close(): void;
}

/** got request options for one attempt of the policy: its timeout, and never a retry inside got. */
export function attemptOptions(timeoutMs: number): { timeout: { request: number }; retry: { limit: 0 } } {
  return { timeout: { request: Math.max(1, Math.floor(timeoutMs)) }, retry: { limit: 0 } };
}

export function createAccountHttp(options: AccountHttpOptions): AccountHttp {
  const maxSockets = options.maxSockets ?? 32;
  const agent = {
    http: new http.Agent({ keepAlive: true, maxSockets }),
    https: new https.Agent({ keepAlive: true, maxSockets }),
  };
  const instance = got.extend({
    prefixUrl: options.prefixUrl.replace(/\/+$/, ''),
    agent,
    timeout: { request: options.timeoutMs ?? 15_000 },
    throwHttpErrors: false,
    responseType: 'text',
    // The policy (policy.ts) decides on retries; got never repeats a request by itself.
    retry: { limit: 0 },
    hooks: options.hooks ?? {},
  });
  return {
    got: instance,
    close: () => {
      agent.http.destroy();
      agent.https.destroy();
    },
  };
}
