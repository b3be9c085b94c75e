/**
 * The got instance an adapter builds per account: keep-alive agents, timeouts, and retries that are
 * off unless a request opts in. Signing happens in the adapter's `beforeRequest` hook, which got runs
 * on every attempt, so a retried request is signed afresh (new date, nonce, signature).
 */
import http from 'node:http';
import https from 'node:https';
import got, { RequestError, type Got, type Hooks, type Response } from 'got';
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
  /** Upper bound of one back-off, ms. Default 2000. */
  backoffLimitMs?: number;
  /**
   * The vendor's say on an answer got would not retry by status alone: true when the envelope carries
   * a throttling or transient code (Alibaba `Throttling.User` under HTTP 400, a UCloudStack RetCode
   * under HTTP 200). Consulted only for requests that opted in with `retryable`.
   */
  retryableResponse?: (response: { statusCode: number; body: string }) => boolean;
  hooks?: Partial<Hooks>;
}

/** Error code of the RequestError thrown for an answer `retryableResponse` marked (got retries it). */
export const RETRYABLE_RESPONSE = 'ERR_RETRYABLE_RESPONSE';

/** Full-jitter exponential back-off: a random delay in [step/2, step], step = 300 ms * 2^(attempt-1). */
export function backoffDelay(attempt: number, limitMs: number, random: () => number = Math.random): number {
  const step = Math.min(limitMs, 300 * 2 ** (attempt - 1));
  return Math.max(1, Math.round(step / 2 + (random() * step) / 2));
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
  const backoffLimit = options.backoffLimitMs ?? 2_000;
  const retryableResponse = options.retryableResponse;
  const markRetryable = (response: Response): Response => {
    const req = response.request;
    const limit = req.options.retry.limit ?? 0;
    if (!retryableResponse || limit <= req.retryCount) return response;
    if (!retryableResponse({ statusCode: response.statusCode, body: String(response.body ?? '') })) return response;
    throw new RequestError(`retryable answer (HTTP ${response.statusCode})`, { code: RETRYABLE_RESPONSE }, req);
  };
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
      // got's own network error codes, plus the answers the vendor hook marked.
      errorCodes: [...(got.defaults.options.retry.errorCodes ?? []), RETRYABLE_RESPONSE],
      backoffLimit,
      // Retry-After (got's computed value) when the vendor sent one, else jittered back-off.
      calculateDelay: ({ attemptCount, retryOptions, retryAfter, computedValue }) => {
        if (computedValue === 0 || attemptCount > retryOptions.limit) return 0;
        if (retryAfter !== undefined) return computedValue;
        return backoffDelay(attemptCount, backoffLimit);
      },
    },
    // Every retry is reported to the call's observer (the attempt travels in `context.upstream`).
    hooks: {
      ...options.hooks,
      afterResponse: [...(options.hooks?.afterResponse ?? []), markRetryable],
      beforeRetry: [...(options.hooks?.beforeRetry ?? []), (error, count) => reportRetry(error.options, count)] },
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
