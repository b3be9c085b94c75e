/**
 * IAM token mode (the second credential mode): password identity -> `POST {iam}/v3/auth/tokens`.
 * The token is the `X-Subject-Token` response header (not a body field); it is valid 24 h and sent to
 * SMS as `X-Auth-Token`. Tokens are cached until 5 minutes before `expires_at` and refreshed by one
 * request at a time (single flight). The clock and the transport are injected.
 */
import { GatewayError } from '../../src/core/errors.js';
import { registerCredentials, secrets } from '../common/secrets.js';
import { transportError } from '../common/classify.js';
import { classifyContext, httpError } from './errors.js';
import { PROVIDER_ID } from './generated/wire.js';

export interface IamCredentials {
  /** IAM endpoint, e.g. `https://iam.ap-southeast-3.myhuaweicloud.com` (configuration only). */
  endpoint: string;
  userName: string;
  password: string;
  /** Account (domain) name the IAM user belongs to. */
  domainName: string;
  /** When set, a project-scoped token (chapter 4 walkthroughs); otherwise domain scope (3.2). */
  projectId?: string;
}

export const IAM_TOKEN_PATH = '/v3/auth/tokens';
/** Tokens are valid 24 h; used when IAM omits `expires_at`. */
export const DEFAULT_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
/** Refresh this long before expiry. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** The password-identity request body (the correct IAM form; see the digest for the seed's slips). */
export function tokenRequestBody(c: IamCredentials): Record<string, unknown> {
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: { user: { name: c.userName, password: c.password, domain: { name: c.domainName } } },
      },
      scope: c.projectId ? { project: { id: c.projectId } } : { domain: { name: c.domainName } },
    },
  };
}

export interface IamToken {
  token: string;
  expiresAt: Date;
}

/** What the transport returns for the token call. */
export interface IamHttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Extracts the token (X-Subject-Token) and `token.expires_at`; throws GatewayError on failure. */
export function parseTokenResponse(res: IamHttpResponse, now: Date, account?: string): IamToken {
  if (res.status < 200 || res.status >= 300) {
    const e = httpError(res.status, res.headers, res.body, classifyContext(account, 'IAM token'));
    // A refused password is an authentication problem whatever status IAM picks (400/401).
    if (e.code === 'BAD_USER_INPUT' || e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN') {
      return failAuth(e, account);
    }
    throw e;
  }
  const raw = res.headers['x-subject-token'] ?? res.headers['X-Subject-Token'];
  const token = Array.isArray(raw) ? raw[0] : raw;
  if (!token) {
    throw new GatewayError('UPSTREAM_ERROR', 'IAM token response has no X-Subject-Token header', {
      provider: PROVIDER_ID,
      account,
      httpStatus: res.status,
    });
  }
  let expiresAt = new Date(now.getTime() + DEFAULT_TOKEN_TTL_MS);
  try {
    const body = JSON.parse(res.body) as { token?: { expires_at?: string } };
    const parsed = body.token?.expires_at ? Date.parse(body.token.expires_at) : NaN;
    if (!Number.isNaN(parsed)) expiresAt = new Date(parsed);
  } catch {
    // Body is informational; the header is what matters.
  }
  return { token, expiresAt };
}

function failAuth(e: GatewayError, account?: string): never {
  throw new GatewayError('UNAUTHENTICATED', e.message, {
    provider: PROVIDER_ID,
    account,
    providerCode: e.providerCode,
    requestId: e.requestId,
    httpStatus: e.httpStatus,
    retryable: false,
  });
}

/** Performs the HTTP call (got in production, a stub in tests). */
export type IamTransport = (url: string, body: string, signal?: AbortSignal) => Promise<IamHttpResponse>;

export interface IamTokenSourceOptions {
  transport: IamTransport;
  now: () => Date;
  refreshMarginMs?: number;
  account?: string;
}

/** Caches one token per credential set; concurrent callers share one refresh. */
export class IamTokenSource {
  private cached: IamToken | null = null;
  private inflight: Promise<IamToken> | null = null;
  private readonly margin: number;

  constructor(
    private readonly credentials: IamCredentials,
    private readonly options: IamTokenSourceOptions,
  ) {
    this.margin = options.refreshMarginMs ?? REFRESH_MARGIN_MS;
    registerCredentials(credentials);
  }

  /** True when the cached token may still be used at `now`. */
  isFresh(now: Date = this.options.now()): boolean {
    return this.cached !== null && now.getTime() < this.cached.expiresAt.getTime() - this.margin;
  }

  async getToken(signal?: AbortSignal): Promise<string> {
    if (this.isFresh()) return this.cached!.token;
    if (!this.inflight) {
      this.inflight = this.fetchToken(signal).finally(() => {
        this.inflight = null;
      });
    }
    const t = await this.inflight;
    return t.token;
  }

  /** Drops the cached token (e.g. SMS answered 401 with it). Only drops it if it is still `token`. */
  invalidate(token?: string): void {
    if (!token || this.cached?.token === token) this.cached = null;
  }

  private async fetchToken(signal?: AbortSignal): Promise<IamToken> {
    const url = this.credentials.endpoint.replace(/\/+$/, '') + IAM_TOKEN_PATH;
    let res: IamHttpResponse;
    try {
      res = await this.options.transport(url, JSON.stringify(tokenRequestBody(this.credentials)), signal);
    } catch (err) {
      throw transportError(err, classifyContext(this.options.account, 'IAM token', true));
    }
    const token = parseTokenResponse(res, this.options.now(), this.options.account);
    // A runtime secret: transient (bounded LRU), scrubbed from logs and errors while it may be in use.
    secrets.add(token.token, { transient: true });
    this.cached = token;
    return token;
  }
}
