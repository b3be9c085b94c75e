/**
 * Typed UCloudStack SMC client: one method per Action (user-side and agent-side), on one got instance
 * per account. Requests are POSTed as one flat JSON object (what the vendor's Java SDK sends) to the
 * configured endpoint; signing happens in a beforeRequest hook, so every attempt is signed afresh.
 *
 * Only catalogue parameters are sent (wire.ts ACTION_PARAMS / MODEL_FIELDS), plus Action, PublicKey,
 * Signature and, when configured, the common ProjectId. Only DescribeSMC is retried (transport errors,
 * HTTP 429/5xx and the retryable RetCodes 110/130/150/153); every write is sent exactly once.
 *
 * Logging: action, region, SMCID, RetCode, duration. Never parameter values (the SetupSMC Password),
 * keys or signatures.
 */
import type { Got, Response } from 'got';
import { createAccountHttp, type AccountHttp } from '../common/http.js';
import { GatewayError } from '../../src/core/errors.js';
import { registerCredentials, secrets } from '../common/secrets.js';
import type { CallContext } from '../port.js';
import { observeUpstream, type UpstreamAttempt, type UpstreamObserver } from '../common/observe.js';
import { flattenParams, signParams, type FlatParams, type UCloudStackCredentials } from './signer.js';
import { envelopeError, httpStatusError, malformedError, PROVIDER, RETRYABLE_RETCODES, transportError, type ErrorContext } from './errors.js';
import {
  ACTION_PARAMS,
  MODEL_FIELDS,
  REQUEST_ID_HEADER,
  type ActionTypes,
  type Envelope,
  type ModelName,
  type SMCAction,
} from './wire.js';

export interface UCloudStackSmcClientOptions {
  /** Base URL of the API, e.g. `https://console.example.internal/api` (configuration only). */
  endpoint: string;
  credentials: UCloudStackCredentials;
  /** Sent as the common parameter `ProjectId` (lower-case d) when set. */
  projectId?: string;
  /** Account id, for error attribution and logs. */
  accountId?: string;
  timeoutMs?: number;
  /** Retry limit for DescribeSMC. Default 2. */
  retryLimit?: number;
  /** Upper bound of the retry back-off, ms. Default 2000. */
  retryBackoffLimitMs?: number;
  maxSockets?: number;
  observer?: UpstreamObserver;
}

/** The context key the signing hook reads the unsigned flat parameters from. */
const PARAMS_KEY = 'ucloudstackParams';
const RETRY_RETCODE_KEY = 'ucloudstackRetryRetCode';
const RETRYABLE_RETCODE_ERROR = 'EUCLOUDSTACK_RETRYABLE_RETCODE';
const DEFAULT_ERROR_CODES = ['ETIMEDOUT', 'ECONNRESET', 'EADDRINUSE', 'ECONNREFUSED', 'EPIPE', 'ENOTFOUND', 'ENETUNREACH', 'EAI_AGAIN'];

/** Keeps only catalogue parameters (and catalogue fields of model items) and flattens them. */
export function catalogParams<A extends SMCAction>(action: A, request: ActionTypes[A][0]): FlatParams {
  const picked: Record<string, unknown> = {};
  const req = request as unknown as Record<string, unknown>;
  for (const spec of ACTION_PARAMS[action]) {
    const value = req[spec.name];
    if (value === undefined || value === null) continue;
    const model = /^array<(Disk|DiskMapping|SMCSubtask)>$/.exec(spec.type)?.[1] as ModelName | undefined;
    if (model && Array.isArray(value)) {
      picked[spec.name] = value.map((item: Record<string, unknown>) => {
        const out: Record<string, unknown> = {};
        for (const f of MODEL_FIELDS[model]) if (item?.[f.name] !== undefined && item[f.name] !== null) out[f.name] = item[f.name];
        return out;
      });
    } else {
      picked[spec.name] = value;
    }
  }
  return flattenParams(picked);
}

export class UCloudStackSmcClient {
  private readonly http: AccountHttp;
  private readonly got: Got;
  private readonly retry: { limit: number; backoffLimit: number };

  constructor(private readonly options: UCloudStackSmcClientOptions) {
    const credentials = { ...options.credentials };
    // privateKey: scrubbed from every log line and error from now on (publicKey stays visible).
    registerCredentials(credentials);
    this.http = createAccountHttp({
      prefixUrl: options.endpoint,
      timeoutMs: options.timeoutMs,
      retryLimit: options.retryLimit,
      maxSockets: options.maxSockets,
      hooks: {
        beforeRequest: [
          (opts) => {
            const params = opts.context[PARAMS_KEY] as FlatParams | undefined;
            if (!params) return;
            const body = JSON.stringify(signParams(params, credentials));
            opts.body = body;
            opts.headers['content-type'] = 'application/json';
            opts.headers['content-length'] = String(Buffer.byteLength(body));
          },
        ],
        afterResponse: [
          (response) => {
            // Safe reads only: a throttled / unavailable RetCode under HTTP 200 becomes a retryable error.
            if (response.request.options.context[RETRY_RETCODE_KEY] !== true || response.statusCode >= 400) return response;
            const retCode = peekRetCode(response.body);
            if (retCode !== null && RETRYABLE_RETCODES.has(retCode)) {
              throw Object.assign(new Error(`retryable RetCode ${retCode}`), { code: RETRYABLE_RETCODE_ERROR });
            }
            return response;
          },
        ],
      },
    });
    this.got = this.http.got;
    this.retry = { limit: this.http.retryable.retry.limit, backoffLimit: options.retryBackoffLimitMs ?? 2_000 };
  }

  // --- user-side ------------------------------------------------------------------------------

  /** Configures target VM, transfer host, bandwidth, SSH credentials and disk mappings (Online or Synced). */
  setupSMC(req: ActionTypes['SetupSMC'][0], ctx?: CallContext): Promise<ActionTypes['SetupSMC'][1]> {
    // The write-only SSH password: a transient secret from right before it is sent.
    secrets.add(req.Password, { transient: true });
    return this.call('SetupSMC', req, ctx, req.Password ? [req.Password] : []);
  }
  deleteSMC(req: ActionTypes['DeleteSMC'][0], ctx?: CallContext): Promise<ActionTypes['DeleteSMC'][1]> {
    return this.call('DeleteSMC', req, ctx);
  }
  /** Starts a sync round (Online or Synced). */
  startSMC(req: ActionTypes['StartSMC'][0], ctx?: CallContext): Promise<ActionTypes['StartSMC'][1]> {
    return this.call('StartSMC', req, ctx);
  }
  stopSMC(req: ActionTypes['StopSMC'][0], ctx?: CallContext): Promise<ActionTypes['StopSMC'][1]> {
    return this.call('StopSMC', req, ctx);
  }
  /** Finishes the sync and converts the transfer VM into the migrated server. */
  completeSMC(req: ActionTypes['CompleteSMC'][0], ctx?: CallContext): Promise<ActionTypes['CompleteSMC'][1]> {
    return this.call('CompleteSMC', req, ctx);
  }
  /** Lists / filters SMC tasks. The only retried Action. */
  async describeSMC(req: ActionTypes['DescribeSMC'][0], ctx?: CallContext): Promise<ActionTypes['DescribeSMC'][1]> {
    const res = await this.call('DescribeSMC', req, ctx);
    if (!Array.isArray(res.Infos)) res.Infos = [];
    if (typeof res.TotalCount !== 'number') res.TotalCount = res.Infos.length;
    return res;
  }

  // --- agent-side -----------------------------------------------------------------------------

  /** Agent: registers the source server as an SMC task; returns its SMCID. */
  async createSMC(req: ActionTypes['CreateSMC'][0], ctx?: CallContext): Promise<ActionTypes['CreateSMC'][1]> {
    const res = await this.call('CreateSMC', req, ctx);
    if (typeof res.SMCID !== 'string' || !res.SMCID) {
      throw malformedError({ action: 'CreateSMC', account: this.options.accountId }, 'no SMCID');
    }
    return res;
  }
  /** Agent: reports state and progress; the response carries the desired state and transfer settings. */
  smcHeartbeat(req: ActionTypes['SMCHeartbeat'][0], ctx?: CallContext): Promise<ActionTypes['SMCHeartbeat'][1]> {
    return this.call('SMCHeartbeat', req, ctx);
  }

  close(): void {
    this.http.close();
  }

  // --- transport ------------------------------------------------------------------------------

  private call<A extends SMCAction>(action: A, request: ActionTypes[A][0], ctx: CallContext | undefined, secrets: readonly string[] = []): Promise<ActionTypes[A][1]> {
    const region = (request as { Region?: unknown }).Region;
    return observeUpstream(
      this.options.observer,
      { provider: PROVIDER, account: this.options.accountId ?? '', region: typeof region === 'string' ? region : '', operation: action },
      (attempt) => this.send(action, request, ctx, secrets, attempt),
    );
  }

  private async send<A extends SMCAction>(
    action: A,
    request: ActionTypes[A][0],
    ctx: CallContext | undefined,
    secrets: readonly string[],
    attempt: UpstreamAttempt,
  ): Promise<ActionTypes[A][1]> {
    const params: FlatParams = { Action: action, ...catalogParams(action, request) };
    if (this.options.projectId) params.ProjectId = this.options.projectId;
    const safeRead = action === 'DescribeSMC';
    const allSecrets = [...secrets, this.options.credentials.privateKey];
    const errCtx: ErrorContext = { action, account: this.options.accountId, secrets: allSecrets };

    let response: Response<string>;
    try {
      response = await this.got.post('', {
        context: { [PARAMS_KEY]: params, [RETRY_RETCODE_KEY]: safeRead, upstream: attempt },
        retry: safeRead
          ? { limit: this.retry.limit, backoffLimit: this.retry.backoffLimit, errorCodes: [...DEFAULT_ERROR_CODES, RETRYABLE_RETCODE_ERROR] }
          : { limit: 0 },
      });
    } catch (e) {
      const err = e as { code?: string; response?: Response<string>; name?: string };
      if (err.code === RETRYABLE_RETCODE_ERROR && err.response) {
        response = err.response; // retries exhausted: classify the last envelope below
      } else {
        if (err.name === 'AbortError') {
          throw new GatewayError('UPSTREAM_UNAVAILABLE', `UCloudStack ${action} was cancelled`, {
            provider: PROVIDER,
            account: this.options.accountId,
            retryable: false,
          });
        }
        throw transportError(errCtx, err.code, e);
      }
    }

    const requestId = headerValue(response.headers[REQUEST_ID_HEADER]);
    attempt.answered(response.statusCode, requestId);
    const ectx: ErrorContext = { ...errCtx, httpStatus: response.statusCode, requestId };
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      body = undefined;
    }
    const env = isEnvelope(body) ? body : null;
    if (!env) {
      throw response.statusCode >= 400 ? httpStatusError(response.statusCode, ectx) : malformedError(ectx, 'not a JSON envelope');
    }
    if (env.RetCode !== 0 || response.statusCode >= 400) {
      throw env.RetCode !== 0 ? envelopeError(env, ectx) : httpStatusError(response.statusCode, ectx);
    }
    if (env.Action !== `${action}Response`) {
      throw malformedError(ectx, `Action ${JSON.stringify(String(env.Action).slice(0, 40))}`);
    }
    return env as ActionTypes[A][1];
  }
}

function isEnvelope(body: unknown): body is Envelope {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    typeof (body as Envelope).RetCode === 'number' &&
    typeof (body as Envelope).Action === 'string'
  );
}

function peekRetCode(body: unknown): number | null {
  if (typeof body !== 'string') return null;
  try {
    const parsed = JSON.parse(body) as unknown;
    return isEnvelope(parsed) ? parsed.RetCode : null;
  } catch {
    return null;
  }
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
