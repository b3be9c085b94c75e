/**
 * Client: the generated typed methods (generated/client.ts, one per catalog operation, user-side and
 * agent-side) over `call`, on one got instance per account (adapters/common/http.ts).
 *
 * `call(operation, parts, ctx)`:
 *  1. validates the path parameters, query and body with the generated zod validators: a failure is
 *     BAD_USER_INPUT naming the GraphQL argument the caller mapped the wire parameter from
 *     (`parts.fields`, adapters/common/validation.ts argumentPath), else the wire path
 *     (`body.speed_limit`, `query.limit`), and nothing is sent;
 *  2. sends the request; authentication happens in a `beforeRequest` hook, which got runs on every
 *     attempt, so a retried request is signed afresh:
 *      - AK/SK: `sign` (signer.ts, SDK-HMAC-SHA256) over content-type, host, x-sdk-date and the
 *        credential headers;
 *      - IAM token: `X-Auth-Token` from the cached token (iam.ts). A 401 drops the token and the
 *        request is repeated once with a new one (API Gateway refused it before SMS saw it). This is
 *        authentication, not a retry: it happens for writes too, and only once;
 *  3. runs under the account's upstream policy (adapters/common/policy.ts): per-attempt timeout and
 *     deadline, circuit breaker and quota per account x region, and retries only for the operations
 *     the generated table marks `safeToRetry` (reads); the vendor has no idempotency token, so
 *     creates, actions, deletes and updates are sent once;
 *  4. classifies failures with adapters/common/classify.ts and this adapter's VENDOR_CODES (errors.ts).
 * Query parameters are taken only from the catalog's list for the operation.
 */
import { randomUUID } from 'node:crypto';
import type { Hooks, NormalizedOptions } from 'got';
import type { z } from 'zod';
import { GatewayError } from '../../src/core/errors.js';
import { malformedBody, transportError } from '../common/classify.js';
import { rfc3986Encode } from '../common/encoding.js';
import { attemptOptions, createAccountHttp, type AccountHttp } from '../common/http.js';
import { observeUpstream, type UpstreamAttempt, type UpstreamObserver } from '../common/observe.js';
import { accountPolicy, type AccountPolicy } from '../common/policy.js';
import { registerCredentials, registerPasswordFields } from '../common/secrets.js';
import { argumentPath, wireInputError, type FieldMap } from '../common/validation.js';
import type { CallContext } from '../port.js';
import { classifyContext, httpError } from './errors.js';
import { HuaweiSmsGeneratedClient, type CallParts } from './generated/client.js';
import { OPERATIONS_BY_ID, type OperationId, type OperationTypes } from './generated/operations.js';
import { VALIDATORS } from './generated/validators.js';
import { PROVIDER_ID } from './generated/wire.js';
import { IamTokenSource, type IamCredentials, type IamTransport } from './iam.js';
import { sign, type AkSkCredentials } from './signer.js';

export type HuaweiCredentials = AkSkCredentials | { iam: IamCredentials };

export function isIamCredentials(c: HuaweiCredentials): c is { iam: IamCredentials } {
  return 'iam' in c && c.iam !== undefined;
}

export interface ClientOptions {
  /** SMS endpoint, e.g. `https://sms.ap-southeast-3.myhuaweicloud.com` (configuration only). */
  endpoint: string;
  credentials: HuaweiCredentials;
  /** Account id, for error attribution. */
  account?: string;
  /**
   * The account's upstream policy (timeouts, retries, circuit, quota), from the gateway. Without
   * one, the client builds a standalone policy from the defaults and `timeoutMs`, `retryLimit`,
   * `backoffLimitMs` below.
   */
  policy?: AccountPolicy;
  timeoutMs?: number;
  /** Retry limit of the operations that are safe to retry. */
  retryLimit?: number;
  maxSockets?: number;
  /** Upper bound of one back-off, ms. */
  backoffLimitMs?: number;
  /** Clock for X-Sdk-Date and token expiry. Default: the system clock. */
  now?: () => Date;
  /** Transport of the IAM token call; default: got on its own keep-alive instance. */
  iamTransport?: IamTransport;
  /** The endpoint's region (SMS endpoints are regional), for metrics and traces. */
  region?: string;
  observer?: UpstreamObserver;
  /**
   * Validate requests with the generated validators before sending (default true). False only for
   * the simulator's own tests, which send what the vendor must refuse.
   */
  validate?: boolean;
}

interface RequestContext {
  operation: OperationId;
  tokenRetried?: boolean;
  usedToken?: string;
}

/**
 * What `call` takes: the typed request, and optionally where its parameters came from. The keys are
 * wire paths as `call` reports them, section first, `N` for list indices (`body.speed_limit`,
 * `body.speed_limit.N.over_speed_threshold`, `query.limit`, `pathParams.t_project_id`); the values
 * GraphQL argument paths with `N` placeholders (`input.bandwidthLimitMbps`, `rules.N.overSpeedThreshold`).
 * Unmapped parameters are reported by wire path (`body.x`).
 */
export interface HuaweiCallParts<Id extends OperationId> extends CallParts<Id> {
  fields?: FieldMap;
}

type Section = 'pathParams' | 'query' | 'body';

/** The entries of `fields` for one section, keyed without the section (what wireInputError matches). */
function sectionFields(section: Section, fields: FieldMap | undefined): FieldMap | undefined {
  if (!fields) return undefined;
  const head = `${section}.`;
  return Object.fromEntries(Object.entries(fields).flatMap(([wire, arg]) => (wire.startsWith(head) ? [[wire.slice(head.length), arg]] : [])));
}

type AnyParts = { pathParams?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };

/** Path (parameters RFC 3986-encoded: an id cannot add segments) and the catalog's query parameters. */
function target(id: OperationId, parts: AnyParts): string {
  const spec = OPERATIONS_BY_ID[id];
  const path = spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => rfc3986Encode(parts.pathParams?.[name] ?? ''));
  const query: string[] = [];
  for (const name of spec.query) {
    const v = parts.query?.[name];
    if (v === undefined || v === null) continue;
    for (const one of Array.isArray(v) ? v : [v]) query.push(`${rfc3986Encode(name)}=${rfc3986Encode(String(one))}`);
  }
  return path + (query.length ? '?' + query.join('&') : '');
}

/**
 * A copy without null-valued object properties, for validation only (the body is sent as is): SMS
 * reads `null` as absent, and the seed's own request examples send it (RegisterServer `"btrfs_list": null`).
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

export class Client extends HuaweiSmsGeneratedClient {
  readonly http: AccountHttp;
  readonly policy: AccountPolicy;
  private readonly now: () => Date;
  private readonly account?: string;
  private readonly tokens: IamTokenSource | null;
  private readonly iamHttp: AccountHttp | null = null;

  constructor(private readonly options: ClientOptions) {
    super();
    this.now = options.now ?? (() => new Date());
    this.account = options.account;
    this.policy =
      options.policy ??
      accountPolicy(undefined, { provider: PROVIDER_ID, account: options.account ?? '' }, { timeoutMs: options.timeoutMs, retryLimit: options.retryLimit, backoffLimitMs: options.backoffLimitMs });
    const creds = options.credentials;
    // Secret key, security token, IAM password: scrubbed from every log line and error from now on.
    registerCredentials(creds);
    if (isIamCredentials(creds)) {
      let transport = options.iamTransport;
      if (!transport) {
        const iamHttp = createAccountHttp({ prefixUrl: creds.iam.endpoint, timeoutMs: this.policy.settings.timeoutMs, maxSockets: 4 });
        this.iamHttp = iamHttp;
        transport = async (url, body, signal) => {
          const res = await iamHttp.got(url, {
            prefixUrl: '',
            method: 'POST',
            body,
            headers: { 'content-type': 'application/json;charset=UTF-8' },
            signal,
          });
          return { status: res.statusCode, headers: res.headers, body: res.body as string };
        };
      }
      this.tokens = new IamTokenSource(creds.iam, { transport, now: this.now, account: this.account });
    } else {
      this.tokens = null;
    }
    const hooks: Partial<Hooks> = {
      beforeRequest: [(opts) => this.authenticate(opts)],
      afterResponse: [
        async (response, retryWithMergedOptions) => {
          const ctx = response.request.options.context as unknown as RequestContext;
          if (response.statusCode === 401 && this.tokens && !ctx.tokenRetried) {
            this.tokens.invalidate(ctx.usedToken);
            return retryWithMergedOptions({ context: { ...ctx, tokenRetried: true } as unknown as Record<string, unknown> });
          }
          return response;
        },
      ],
    };
    this.http = createAccountHttp({
      prefixUrl: options.endpoint,
      timeoutMs: this.policy.settings.timeoutMs,
      maxSockets: options.maxSockets,
      hooks,
    });
  }

  private async authenticate(opts: NormalizedOptions): Promise<void> {
    const url = opts.url instanceof URL ? opts.url : new URL(String(opts.url));
    const headers = opts.headers as Record<string, string | undefined>;
    // Start from a clean slate: a retry must not carry the previous attempt's auth headers.
    for (const h of ['authorization', 'x-sdk-date', 'x-auth-token', 'x-security-token', 'x-project-id', 'x-domain-id']) delete headers[h];
    headers.host = url.host;
    if (this.tokens) {
      const token = await this.tokens.getToken(opts.signal as AbortSignal | undefined);
      headers['x-auth-token'] = token;
      (opts.context as unknown as RequestContext).usedToken = token;
      return;
    }
    const unsigned = { method: opts.method, url, headers: { 'content-type': headers['content-type'] ?? '', host: url.host }, body: typeof opts.body === 'string' ? opts.body : null };
    const signed = sign(unsigned, this.options.credentials as AkSkCredentials, { now: this.now(), nonce: randomUUID() });
    Object.assign(headers, signed.headers);
  }

  /** Calls one catalog operation: validated (see `check`), then sent and observed (metrics, trace, debug line). */
  override call<Id extends OperationId>(id: Id, parts: HuaweiCallParts<Id>, ctx?: CallContext): Promise<OperationTypes[Id]['response']> {
    const p = parts as AnyParts;
    try {
      // Nothing is sent for a request the catalog refuses.
      this.check(id, parts);
    } catch (err) {
      return Promise.reject(err as Error);
    }
    const spec = OPERATIONS_BY_ID[id];
    const region = this.options.region ?? '';
    return observeUpstream(this.options.observer, { provider: PROVIDER_ID, account: this.account ?? '', region, operation: id }, (attempt) =>
      this.policy.run(
        { operation: id, region, repeatable: spec.safeToRetry, write: !spec.safeToRetry },
        ({ timeoutMs }) => this.send(id, p, ctx, attempt, timeoutMs),
        (n) => attempt.retried(n),
      ),
    );
  }

  /**
   * Throws the BAD_USER_INPUT `call` would for this request, without sending anything: for callers
   * that make other calls first and must refuse before the first (CreateTask reads the source and the
   * template). Issues are named by `parts.fields` where it maps them, else by wire path.
   */
  check<Id extends OperationId>(id: Id, parts: HuaweiCallParts<Id>): void {
    if (this.options.validate === false) return;
    const p = parts as AnyParts;
    const v = VALIDATORS[id];
    const who = { provider: PROVIDER_ID, account: this.account };
    const refuse = (section: Section, schema: z.ZodType, value: unknown): void => {
      const r = schema.safeParse(value);
      if (!r.success) throw wireInputError(r.error, { prefix: section, fields: sectionFields(section, parts.fields), context: who });
    };
    if (v.pathParams) refuse('pathParams', v.pathParams, p.pathParams ?? {});
    // The catalog allows 0 characters, but an empty segment is another route.
    for (const name of OPERATIONS_BY_ID[id].pathParams) {
      if (!p.pathParams?.[name]) {
        const field = argumentPath(['pathParams', name], parts.fields) ?? `pathParams.${name}`;
        throw new GatewayError('BAD_USER_INPUT', `${field}: must not be empty`, { ...who, field });
      }
    }
    if (v.query) refuse('query', v.query, withoutNulls(p.query ?? {}));
    if (v.body && p.body !== undefined) refuse('body', v.body, withoutNulls(p.body));
  }

  private async send<Id extends OperationId>(id: Id, parts: AnyParts, _ctx: CallContext | undefined, attempt: UpstreamAttempt, timeoutMs: number): Promise<OperationTypes[Id]['response']> {
    type R = OperationTypes[Id]['response'];
    const spec = OPERATIONS_BY_ID[id];
    const hasBody = spec.hasBody && parts.body !== undefined;
    const errCtx = classifyContext(this.account, id, spec.safeToRetry);
    // Write-only passwords in the body (template target_password on Create/UpdateTemplate): transient
    // secrets from right before they are sent, so an upstream echo never reaches a log or an error.
    if (hasBody) registerPasswordFields(parts.body);
    let res;
    try {
      res = await this.http.got(target(id, parts).replace(/^\//, ''), {
        method: spec.method,
        headers: { 'content-type': 'application/json;charset=UTF-8', accept: 'application/json' },
        body: hasBody ? JSON.stringify(parts.body) : undefined,
        context: { operation: id } as unknown as Record<string, unknown>,
        ...attemptOptions(timeoutMs),
      });
    } catch (err) {
      throw transportError(err, errCtx);
    }
    const rid = res.headers['x-request-id'];
    attempt.answered(res.statusCode, Array.isArray(rid) ? rid[0] : rid);
    const text = typeof res.body === 'string' ? res.body : String(res.body ?? '');
    if (res.statusCode < 200 || res.statusCode >= 300) throw httpError(res.statusCode, res.headers, text, errCtx);
    if (text.trim() === '') return {} as R;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      if (spec.unnamedResponse) return {} as R;
      throw malformedBody(res.statusCode, errCtx, err);
    }
    if (parsed !== null && typeof parsed === 'object') {
      if (id === 'ShowTargetPassword') registerPasswordFields(parsed);
      return parsed as R;
    }
    if (spec.unnamedResponse) return {} as R;
    throw malformedBody(res.statusCode, errCtx);
  }

  /** Releases sockets. */
  close(): void {
    this.http.close();
    this.iamHttp?.close();
  }
}
