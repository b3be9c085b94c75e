/**
 * Typed client for the 13 Actions of Alibaba Cloud SMC (2019-06-01), on one got instance per account.
 *
 * - Signing happens in a `beforeRequest` hook, which got runs on every attempt: each retry carries a new
 *   SignatureNonce, Timestamp and Signature (a replayed nonce would be refused with SignatureNonceUsed).
 * - POST with the operation parameters in a form body (GET optional): long `.N` lists fit.
 * - Retries only for reads (Describe*, List*) and for CreateReplicationJob, which always carries a
 *   ClientToken (the service creates one job per token). Throttling.User (HTTP 400) is retried with
 *   exponential backoff like 5xx and resets; after the last attempt it surfaces as THROTTLED.
 * - Top-level list wrappers are unwrapped (`{"SourceServers":{"SourceServer":[...]}}` -> `SourceServers`).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Got, RequestError } from 'got';
import { createAccountHttp, type AccountHttp } from '../common/http.js';
import { registerCredentials } from '../common/secrets.js';
import { observeUpstream, type UpstreamAttempt, type UpstreamObserver } from '../common/observe.js';
import type { Logger } from '../../src/core/model.js';
import { fromEnvelope, malformedResponse, networkError } from './errors.js';
import { encodeParams } from './params.js';
import { signRpcRequest, type AlibabaCredentials, type RpcMethod } from './signer.js';
import {
  API_VERSION,
  READ_ACTIONS,
  type Action,
  type BaseResponse,
  type CreateReplicationJobRequest,
  type CutOverReplicationJobRequest,
  type DeleteReplicationJobRequest,
  type DeleteSourceServerRequest,
  type DescribeReplicationJobsRequest,
  type DescribeReplicationJobsResponse,
  type DescribeSourceServersRequest,
  type DescribeSourceServersResponse,
  type ErrorEnvelope,
  type ListTagResourcesRequest,
  type ListTagResourcesResponse,
  type ModifyReplicationJobAttributeRequest,
  type ModifySourceServerAttributeRequest,
  type ReplicationJob,
  type SourceServer,
  type StartReplicationJobRequest,
  type StopReplicationJobRequest,
  type TagResource,
  type TagResourcesRequest,
  type UntagResourcesRequest,
  type WireNumber,
} from './wire.js';

export interface AlibabaClientOptions {
  /** Endpoint base URL, from configuration only (e.g. https://smc.aliyuncs.com). */
  endpoint: string;
  credentials: AlibabaCredentials;
  /** Account id, for error attribution and logs. */
  accountId?: string;
  /** HTTP method for every Action (both are signed). Default POST. */
  method?: RpcMethod;
  timeoutMs?: number;
  /** Attempts after the first for retryable operations. Default 2. */
  retryLimit?: number;
  maxSockets?: number;
  /** First backoff step in ms (doubled per attempt, capped by 2 s). Default 300. */
  retryBaseMs?: number;
  /** Time source for the Timestamp parameter (tests pass the simulator's clock). Default Date.now. */
  now?: () => number;
  /** Nonce source. Default crypto.randomUUID. */
  nonce?: () => string;
  logger?: Logger;
  observer?: UpstreamObserver;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface CreateCallOptions extends CallOptions {
  /** Stable key of the calling mutation; becomes the ClientToken when the request has none. */
  idempotencyKey?: string;
}

export interface PagedResult {
  RequestId: string;
  PageNumber: number;
  PageSize: number;
  TotalCount: number;
}

export interface DescribeSourceServersResult extends PagedResult {
  SourceServers: SourceServer[];
}

export interface DescribeReplicationJobsResult extends PagedResult {
  ReplicationJobs: ReplicationJob[];
}

export interface ListTagResourcesResult {
  RequestId: string;
  /** Empty string when this was the last page. */
  NextToken: string;
  TagResources: TagResource[];
}

export interface CreateReplicationJobResult {
  RequestId: string;
  JobId: string;
  /** The ClientToken that was sent (generated when the caller gave none). */
  ClientToken: string;
}

interface RpcContext {
  action: Action;
  params: Record<string, string>;
  method: RpcMethod;
}

const THROTTLE_RE = /"Code"\s*:\s*"Throttling[^"]*"/;

/** A ClientToken (<= 64 ASCII chars) from an idempotency key: the key itself when it fits, else its SHA-256. */
export function clientTokenFor(key: string): string {
  return /^[\x21-\x7e]{1,64}$/.test(key) ? key : createHash('sha256').update(key, 'utf8').digest('hex');
}

export class AlibabaSmcClient {
  readonly accountId: string | undefined;
  private readonly http: AccountHttp;
  private readonly got: Got;
  private readonly method: RpcMethod;
  private readonly logger: Logger | undefined;

  constructor(private readonly options: AlibabaClientOptions) {
    this.accountId = options.accountId;
    this.method = options.method ?? 'POST';
    this.logger = options.logger;
    const now = options.now ?? Date.now;
    const nonce = options.nonce ?? randomUUID;
    const credentials = options.credentials;
    // accessKeySecret and securityToken: scrubbed from every log line and error from now on.
    registerCredentials(credentials);
    this.http = createAccountHttp({
      prefixUrl: options.endpoint,
      timeoutMs: options.timeoutMs,
      retryLimit: options.retryLimit,
      maxSockets: options.maxSockets,
      hooks: {
        beforeRequest: [
          (opts) => {
            const rpc = (opts.context as { rpc?: RpcContext }).rpc;
            if (!rpc) return;
            const signed = signRpcRequest(
              { method: rpc.method, version: API_VERSION, action: rpc.action, params: rpc.params },
              credentials,
              { now: now(), nonce: nonce() },
            );
            (opts.url as URL).search = `?${signed.query}`;
            if (signed.body !== null) {
              opts.body = signed.body;
              opts.headers['content-type'] = 'application/x-www-form-urlencoded';
              opts.headers['content-length'] = String(Buffer.byteLength(signed.body));
            }
          },
        ],
      },
    });
    const base = options.retryBaseMs ?? 300;
    this.got = this.http.got.extend({
      retry: {
        calculateDelay: ({ attemptCount, retryOptions, error, computedValue }) => {
          if (attemptCount > retryOptions.limit) return 0;
          const body = (error as RequestError).response?.body;
          const throttled = typeof body === 'string' && THROTTLE_RE.test(body);
          if (computedValue === 0 && !throttled) return 0;
          const step = Math.min(retryOptions.backoffLimit || 2_000, base * 2 ** (attemptCount - 1));
          return Math.max(1, Math.round(step / 2 + (Math.random() * step) / 2));
        },
      },
    });
  }

  close(): void {
    this.http.close();
  }

  // --------------------------------------------------------------------------------------------
  // Source servers

  async describeSourceServers(req: DescribeSourceServersRequest = {}, opts: CallOptions = {}): Promise<DescribeSourceServersResult> {
    const res = await this.call<DescribeSourceServersResponse>('DescribeSourceServers', req, opts);
    return { ...paged(res), SourceServers: res.SourceServers?.SourceServer ?? [] };
  }

  async deleteSourceServer(req: DeleteSourceServerRequest, opts: CallOptions = {}): Promise<BaseResponse> {
    return this.call<BaseResponse>('DeleteSourceServer', req, opts);
  }

  async modifySourceServerAttribute(req: ModifySourceServerAttributeRequest, opts: CallOptions = {}): Promise<BaseResponse> {
    return this.call<BaseResponse>('ModifySourceServerAttribute', req, opts);
  }

  // --------------------------------------------------------------------------------------------
  // Replication jobs

  /** Always sends a ClientToken (the request's, else from `idempotencyKey`, else random), so it is retried safely. */
  async createReplicationJob(req: CreateReplicationJobRequest, opts: CreateCallOptions = {}): Promise<CreateReplicationJobResult> {
    const ClientToken = req.ClientToken ?? (opts.idempotencyKey ? clientTokenFor(opts.idempotencyKey) : randomUUID());
    const res = await this.call<BaseResponse & { JobId: string }>('CreateReplicationJob', { ...req, ClientToken }, opts, true);
    return { RequestId: res.RequestId, JobId: res.JobId, ClientToken };
  }

  async deleteReplicationJob(req: DeleteReplicationJobRequest, opts: CallOptions = {}): Promise<BaseResponse> {
    return this.call<BaseResponse>('DeleteReplicationJob', req, opts);
  }

  async describeReplicationJobs(req: DescribeReplicationJobsRequest = {}, opts: CallOptions = {}): Promise<DescribeReplicationJobsResult> {
    const res = await this.call<DescribeReplicationJobsResponse>('DescribeReplicationJobs', req, opts);
    return { ...paged(res), ReplicationJobs: res.ReplicationJobs?.ReplicationJob ?? [] };
  }

  async modifyReplicationJobAttribute(req: ModifyReplicationJobAttributeRequest, opts: CallOptions = {}): Promise<BaseResponse> {
    return this.call<BaseResponse>('ModifyReplicationJobAttribute', req, opts);
  }

  async startReplicationJob(req: StartReplicationJobRequest, opts: CallOptions = {}): Promise<BaseResponse> {
    return this.call<BaseResponse>('StartReplicationJob', req, opts);
  }

  async stopReplicationJob(req: StopReplicationJobRequest, opts: CallOptions = {}): Promise<BaseResponse> {
    return this.call<BaseResponse>('StopReplicationJob', req, opts);
  }

  async cutOverReplicationJob(req: CutOverReplicationJobRequest, opts: CallOptions = {}): Promise<BaseResponse> {
    return this.call<BaseResponse>('CutOverReplicationJob', req, opts);
  }

  // --------------------------------------------------------------------------------------------
  // Tags

  async tagResources(req: TagResourcesRequest, opts: CallOptions = {}): Promise<BaseResponse> {
    return this.call<BaseResponse>('TagResources', req, opts);
  }

  async listTagResources(req: ListTagResourcesRequest, opts: CallOptions = {}): Promise<ListTagResourcesResult> {
    const res = await this.call<ListTagResourcesResponse>('ListTagResources', req, opts);
    return { RequestId: res.RequestId, NextToken: res.NextToken ?? '', TagResources: res.TagResources?.TagResource ?? [] };
  }

  /** Every page of ListTagResources (NextToken paging). */
  async listAllTagResources(req: Omit<ListTagResourcesRequest, 'NextToken'>, opts: CallOptions = {}): Promise<TagResource[]> {
    const out: TagResource[] = [];
    let token: string | undefined;
    for (let page = 0; page < 1_000; page++) {
      const res = await this.listTagResources({ ...req, NextToken: token }, opts);
      out.push(...res.TagResources);
      if (!res.NextToken) return out;
      token = res.NextToken;
    }
    return out;
  }

  async untagResources(req: UntagResourcesRequest, opts: CallOptions = {}): Promise<BaseResponse> {
    return this.call<BaseResponse>('UntagResources', req, opts);
  }

  // --------------------------------------------------------------------------------------------

  private call<T extends BaseResponse>(action: Action, request: object, opts: CallOptions, tokenProtected = false): Promise<T> {
    const region = (request as { RegionId?: unknown }).RegionId;
    return observeUpstream(
      this.options.observer,
      { provider: 'alibaba-smc', account: this.accountId ?? '', region: typeof region === 'string' ? region : '', operation: action },
      (attempt) => this.send<T>(action, request, opts, tokenProtected, attempt),
    );
  }

  private async send<T extends BaseResponse>(action: Action, request: object, opts: CallOptions, tokenProtected: boolean, attempt: UpstreamAttempt): Promise<T> {
    const params = encodeParams(action, request);
    const retry = READ_ACTIONS.has(action) || tokenProtected ? this.http.retryable : this.http.once;
    const ctx = { account: this.accountId, action };
    const rpc: RpcContext = { action, params, method: this.method };
    let response;
    try {
      response = await this.got('', {
        method: this.method,
        context: { rpc, upstream: attempt },
        ...(this.method === 'POST' ? { body: '', headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
        ...retry,
        signal: opts.signal,
      });
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      throw networkError(e, ctx);
    }
    const status = response.statusCode;
    attempt.answered(status);
    const text = typeof response.body === 'string' ? response.body : String(response.body);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw malformedResponse(status, ctx);
    }
    if (status >= 400 || !isObject(body)) {
      if (!isObject(body)) throw malformedResponse(status, ctx);
      throw fromEnvelope(status, body as ErrorEnvelope, ctx);
    }
    const rid = (body as { RequestId?: unknown }).RequestId;
    if (typeof rid !== 'string') throw malformedResponse(status, ctx);
    attempt.answered(status, rid);
    return body as T;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: WireNumber | undefined, dflt: number): number {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : dflt;
}

function paged(res: { RequestId: string; PageNumber?: WireNumber; PageSize?: WireNumber; TotalCount?: WireNumber }): PagedResult {
  return { RequestId: res.RequestId, PageNumber: num(res.PageNumber, 1), PageSize: num(res.PageSize, 10), TotalCount: num(res.TotalCount, 0) };
}

