/**
 * The Alibaba Cloud SMC (2019-06-01) client: the generated typed methods (generated/client.ts) over
 * one `call`, on one got instance per account (adapters/common/http.ts).
 *
 * - Every request is validated with the generated zod validators (generated/validators.ts), and the
 *   decoded ReplicationParameters JSON with `REPLICATION_PARAMETERS`, before anything is sent: a
 *   failure is BAD_USER_INPUT naming the GraphQL argument the caller mapped the parameter from
 *   (`parts.fields`, adapters/common/validation.ts argumentPath), else the wire path (`params.Name`,
 *   `params.ReplicationParameters.bandwidth_limit`).
 * - Signing happens in a `beforeRequest` hook through `sign` (signer.ts), which got runs on every
 *   attempt: each retry carries a new SignatureNonce, Timestamp and Signature.
 * - POST with the operation parameters in a form body (GET optional): long `.N` lists fit.
 * - Runs under the account's upstream policy (adapters/common/policy.ts: timeout and deadline,
 *   circuit and quota per account x region, retries). Retries only where the generated operation
 *   table says `safeToRetry` (reads), plus CreateReplicationJob, which always carries a ClientToken
 *   (the vendor creates one job per token), and only for retryable errors: throttling codes under
 *   HTTP 400 (`Throttling.User`) are THROTTLED by the code table, so they are retried like a 429.
 * - Errors through adapters/common/classify.ts with the vendor code table of errors.ts.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../../src/core/model.js';
import type { CallContext } from '../port.js';
import { malformedBody, transportError, vendorError, type ClassifyContext } from '../common/classify.js';
import { attemptOptions, createAccountHttp, type AccountHttp } from '../common/http.js';
import { observeUpstream, type UpstreamAttempt, type UpstreamObserver } from '../common/observe.js';
import { accountPolicy, type AccountPolicy } from '../common/policy.js';
import { registerCredentials } from '../common/secrets.js';
import { wireInputError, type FieldMap } from '../common/validation.js';
import { AlibabaSmcGeneratedClient, type CallParts } from './generated/client.js';
import { OPERATIONS_BY_ID, type OperationId, type OperationTypes } from './generated/operations.js';
import { VALIDATORS } from './generated/validators.js';
import { API_VERSION, PROVIDER_ID, type ListTagResourcesRequest, type ReplicationJob, type SourceServer, type TagResource, type WireNumber } from './generated/wire.js';
import { parseEnvelope, VENDOR_CODES } from './errors.js';
import { encodeParams } from './params.js';
import { sign, type Credentials, type RpcMethod } from './signer.js';

const SERVICE = 'Alibaba SMC';

export interface ClientOptions {
  /** Endpoint base URL, from configuration only (e.g. https://smc.aliyuncs.com). */
  endpoint: string;
  credentials: Credentials;
  /** Account id, for error attribution and logs. */
  accountId?: string;
  /** HTTP method for every Action (both are signed). Default POST. */
  method?: RpcMethod;
  /**
   * The account's upstream policy (timeouts, retries, circuit, quota), from the gateway. Without
   * one, the client builds a standalone policy from the defaults and `timeoutMs`, `retryLimit`,
   * `backoffLimitMs` below.
   */
  policy?: AccountPolicy;
  timeoutMs?: number;
  /** Attempts after the first for retryable operations. Default 2. */
  retryLimit?: number;
  maxSockets?: number;
  /** Upper bound of one back-off, ms (common/http.ts). Default 2000. */
  backoffLimitMs?: number;
  /** Time source for the Timestamp parameter (tests pass the simulator's clock). Default Date.now. */
  now?: () => number;
  /** Nonce source. Default crypto.randomUUID. */
  nonce?: () => string;
  logger?: Logger;
  observer?: UpstreamObserver;
}

/**
 * The decoded ReplicationParameters JSON (the catalog: JSON key-values; the seed's example
 * `{"bandwidth_limit":0,...}`, 0 = unlimited): an object whose bandwidth limit, when present, is a
 * non-negative integer (Mbit/s). Hand-written: the catalog types the parameter as a string.
 */
export const REPLICATION_PARAMETERS = z
  .object({
    bandwidth_limit: z.number().int().min(0).optional(),
    BandwidthLimit: z.number().int().min(0).optional(),
  })
  .passthrough();

/** A ClientToken (<= 64 ASCII chars) from an idempotency key: the key itself when it fits, else its SHA-256. */
export function clientTokenFor(key: string): string {
  return /^[\x21-\x7e]{1,64}$/.test(key) ? key : createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A number the EN samples sometimes send as a string; `dflt` when absent or unreadable. */
export function wireNumber(v: WireNumber | null | undefined, dflt: number): number {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : dflt;
}

/** Unwrapped lists of the Describe answers (`{"SourceServers":{"SourceServer":[...]}}`). */
export function sourceServersOf(res: OperationTypes['DescribeSourceServers']['response']): SourceServer[] {
  return res.SourceServers?.SourceServer ?? [];
}

export function replicationJobsOf(res: OperationTypes['DescribeReplicationJobs']['response']): ReplicationJob[] {
  return res.ReplicationJobs?.ReplicationJob ?? [];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * What `call` takes: the typed request, and optionally where its parameters came from (catalog name ->
 * GraphQL argument path, e.g. `{ 'DataDisk.N.Index': 'input.options.dataDisks.N.index' }`) so a
 * refusal names the argument. Unmapped parameters are reported by wire path (`params.X`).
 */
export interface AlibabaCallParts<Id extends OperationId> extends CallParts<Id> {
  fields?: FieldMap;
}

interface RpcContext {
  url: URL;
}

export class Client extends AlibabaSmcGeneratedClient {
  readonly accountId: string | undefined;
  private readonly http: AccountHttp;
  readonly policy: AccountPolicy;
  private readonly method: RpcMethod;
  private readonly endpoint: string;

  constructor(private readonly options: ClientOptions) {
    super();
    this.accountId = options.accountId;
    this.method = options.method ?? 'POST';
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    const now = options.now ?? Date.now;
    const nonce = options.nonce ?? randomUUID;
    const credentials = options.credentials;
    // accessKeySecret and securityToken: scrubbed from every log line and error from now on.
    registerCredentials(credentials);
    this.policy =
      options.policy ??
      accountPolicy(undefined, { provider: PROVIDER_ID, account: options.accountId ?? '' }, { timeoutMs: options.timeoutMs, retryLimit: options.retryLimit, backoffLimitMs: options.backoffLimitMs });
    this.http = createAccountHttp({
      prefixUrl: options.endpoint,
      timeoutMs: this.policy.settings.timeoutMs,
      maxSockets: options.maxSockets,
      hooks: {
        beforeRequest: [
          (opts) => {
            const rpc = (opts.context as { rpc?: RpcContext }).rpc;
            if (!rpc) return;
            const signed = sign({ method: this.method, url: rpc.url, headers: {}, body: null }, credentials, { now: new Date(now()), nonce: nonce() });
            (opts.url as URL).search = signed.url.search;
            if (signed.body !== null) {
              opts.body = signed.body;
              for (const [k, v] of Object.entries(signed.headers)) opts.headers[k] = v;
            }
          },
        ],
      },
    });
  }

  close(): void {
    this.http.close();
  }

  /** Every page of ListTagResources (NextToken paging); `fields` names refused parameters by argument. */
  async listAllTagResources(req: Omit<ListTagResourcesRequest, 'NextToken'>, ctx?: CallContext, fields?: FieldMap): Promise<TagResource[]> {
    const out: TagResource[] = [];
    let token: string | undefined;
    for (let page = 0; page < 1_000; page++) {
      const res = await this.call('ListTagResources', { params: { ...req, NextToken: token }, fields }, ctx);
      out.push(...(res.TagResources?.TagResource ?? []));
      if (!res.NextToken) return out;
      token = res.NextToken;
    }
    return out;
  }

  /**
   * One Action: validated, signed, sent, classified. CreateReplicationJob always carries a ClientToken
   * (the request's, else from `ctx.idempotencyKey`, else random), so it is retried safely.
   */
  override async call<Id extends OperationId>(id: Id, parts: AlibabaCallParts<Id>, ctx?: CallContext): Promise<OperationTypes[Id]['response']> {
    let request = parts.params as Record<string, unknown>;
    const tokenProtected = id === 'CreateReplicationJob';
    if (tokenProtected && request.ClientToken === undefined) {
      request = { ...request, ClientToken: ctx?.idempotencyKey ? clientTokenFor(ctx.idempotencyKey) : randomUUID() };
    }
    const region = typeof request.RegionId === 'string' ? request.RegionId : '';
    // Nothing is sent for a request the catalog refuses.
    this.check(id, { ...parts, params: request as CallParts<Id>['params'] });
    const spec = OPERATIONS_BY_ID[id];
    const cctx: ClassifyContext = { provider: PROVIDER_ID, service: SERVICE, account: this.accountId, operation: id, safeToRetry: spec.safeToRetry };
    const policyCall = { operation: id, region, repeatable: spec.safeToRetry || tokenProtected, write: !spec.safeToRetry };
    const url = new URL(`${this.endpoint}/`);
    url.searchParams.set('Action', id);
    url.searchParams.set('Version', API_VERSION);
    for (const [k, v] of Object.entries(encodeParams(id, request))) url.searchParams.set(k, v);
    return observeUpstream(this.options.observer, { provider: PROVIDER_ID, account: this.accountId ?? '', region, operation: id }, (attempt) =>
      this.policy.run(policyCall, ({ timeoutMs }) => this.send<Id>(url, cctx, attempt, timeoutMs), (n) => attempt.retried(n)),
    );
  }

  /** One attempt of a call: sent, then classified. */
  private async send<Id extends OperationId>(url: URL, cctx: ClassifyContext, attempt: UpstreamAttempt, timeoutMs: number): Promise<OperationTypes[Id]['response']> {
    let response;
    try {
      response = await this.http.got('', {
        method: this.method,
        context: { rpc: { url } satisfies RpcContext },
        ...(this.method === 'POST' ? { body: '', headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
        ...attemptOptions(timeoutMs),
      });
    } catch (e) {
      throw transportError(e, cctx);
    }
    const status = response.statusCode;
    attempt.answered(status);
    const text = typeof response.body === 'string' ? response.body : String(response.body);
    if (status >= 400) throw vendorError(status, parseEnvelope(text), VENDOR_CODES, cctx);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      throw malformedBody(status, cctx, e);
    }
    if (!isObject(body) || typeof body.RequestId !== 'string') throw malformedBody(status, cctx);
    attempt.answered(status, body.RequestId);
    return body as OperationTypes[Id]['response'];
  }

  /**
   * Throws the BAD_USER_INPUT `call` would for this request, without sending anything: for callers
   * that make several calls and refuse before the first (CreateReplicationJob + Modify).
   */
  check<Id extends OperationId>(id: Id, parts: AlibabaCallParts<Id>): void {
    const request = parts.params as Record<string, unknown>;
    const who = { provider: PROVIDER_ID, account: this.accountId };
    const checked = VALIDATORS[id].request.safeParse(request);
    if (!checked.success) throw wireInputError(checked.error, { fields: parts.fields, context: who });
    if (typeof request.ReplicationParameters === 'string') this.checkReplicationParameters(request.ReplicationParameters, parts.fields);
  }

  private checkReplicationParameters(raw: string, fields: FieldMap | undefined): void {
    const who = { provider: PROVIDER_ID, account: this.accountId };
    let decoded: unknown;
    try {
      decoded = JSON.parse(raw);
    } catch {
      decoded = undefined;
    }
    const r = REPLICATION_PARAMETERS.safeParse(decoded);
    if (!r.success) throw wireInputError(r.error, { inside: ['ReplicationParameters'], fields, context: who });
  }
}
