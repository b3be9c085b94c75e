/**
 * The got instance an adapter builds per account: keep-alive agents, timeouts, and retries that are
 * off unless a request opts in. Signing happens in the adapter's `beforeRequest` hook, which got runs
 * on every attempt, so a retried request is signed afresh (new date, nonce, signature).
 */
import http from 'node:http';
import https from 'node:https';
import got, { type Got, type Hooks } from 'got';
import { reportRetry } from './observe.js';

export interface AccountHttpOptions {
  /** Base URL of the account's endpoint (from configuration only). */
  prefixUrl: string;
  /** Total time for one attempt, ms. Default 15000. */
  timeoutMs?: number;
  /** Retry limit for requests that opt in (safe reads). Default 2. */
  retryLimit?: number;
  /** Maximum sockets per host. Default 32. */
  maxSockets?: number;
  hooks?: Partial<Hooks>;
}

export interface AccountHttp {
  got: Got;
  /** Request options for an operation that may be retried (idempotent reads, token-protected creates). */
  retryable: { retry: { limit: number } };
  /** Request options for an operation that must never be repeated automatically. */
  once: { retry: { limit: 0 } };
  close(): void;
}

export function createAccountHttp(options: AccountHttpOptions): AccountHttp {
  const maxSockets = options.maxSockets ?? 32;
  const agent = {
    http: new http.Agent({ keepAlive: true, maxSockets }),
    https: new https.Agent({ keepAlive: true, maxSockets }),
  };
  const retryLimit = options.retryLimit ?? 2;
  const instance = got.extend({
    prefixUrl: options.prefixUrl.replace(/\/+$/, ''),
    agent,
    timeout: { request: options.timeoutMs ?? 15_000 },
    throwHttpErrors: false,
    responseType: 'text',
    // Off by default; operations opt in with `retryable`. Methods: every one, because RPC APIs
    // send reads as POST; the opt-in per operation is what keeps writes from being repeated.
    retry: {
      limit: 0,
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'],
      statusCodes: [429, 500, 502, 503, 504],
      backoffLimit: 2_000,
    },
    // Every retry is reported to the call's observer (the attempt travels in `context.upstream`).
    hooks: { ...options.hooks, beforeRetry: [...(options.hooks?.beforeRetry ?? []), (error, count) => reportRetry(error.options, count)] },
  });
  return {
    got: instance,
    retryable: { retry: { limit: retryLimit } },
    once: { retry: { limit: 0 } },
    close: () => {
      agent.http.destroy();
      agent.https.destroy();
    },
  };
}
