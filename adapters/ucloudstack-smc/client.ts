/**
 * The UCloudStack SMC client: the generated typed methods (generated/client.ts) over one `call`.
 *
 * `call` validates the request with the generated zod validator (a bad request is BAD_USER_INPUT
 * naming the GraphQL argument the caller mapped the parameter from, `parts.fields` and
 * adapters/common/validation.ts argumentPath, else the wire path `params.X`; nothing is sent), flattens it to the wire's dotted names, and POSTs it as one flat JSON object
 * (what the vendor's Java SDK sends) on the account's got instance (common/http.ts). Signing happens
 * in the beforeRequest hook through `sign`, so every attempt is signed afresh. Each call runs under
 * the account's upstream policy (adapters/common/policy.ts: timeout and deadline, circuit and quota
 * per account x region). Only operations the generated table marks `safeToRetry` (DescribeSMC) are
 * retried, on retryable errors: transport errors, HTTP 429/502/503/504, malformed bodies, and the
 * transient / throttling RetCodes under HTTP 200 (the code table classes them retryable). Every
 * write is sent once.
 * Errors go through common/classify.ts with this adapter's code table (errors.ts).
 *
 * Logging (observeUpstream): operation, region, RetCode, duration; never parameter values (the
 * SetupSMC Password), keys or signatures.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'got';
import { attemptOptions, createAccountHttp, type AccountHttp } from '../common/http.js';
import { accountPolicy, type AccountPolicy } from '../common/policy.js';
import { malformedBody, transportError, type ClassifyContext } from '../common/classify.js';
import { registerCredentials, secrets } from '../common/secrets.js';
import { wireInputError, type FieldMap } from '../common/validation.js';
import { observeUpstream, type UpstreamAttempt, type UpstreamObserver } from '../common/observe.js';
import type { CallContext } from '../port.js';
import { UcloudstackSmcGeneratedClient, type CallParts } from './generated/client.js';
import { OPERATIONS_BY_ID, type OperationId, type OperationTypes } from './generated/operations.js';
import { VALIDATORS } from './generated/validators.js';
import { envelopeError, isEnvelope, parseEnvelope } from './errors.js';
import { flattenParams, sign, type Credentials, type FlatParams } from './signer.js';
import { PROVIDER_ID } from './generated/wire.js';

/** True for the catalog's operation names (the simulator routes by them). */
export function isSMCAction(value: string): value is OperationId {
  return Object.hasOwn(OPERATIONS_BY_ID, value);
}

/** Response header carrying the vendor's request id. */
export const REQUEST_ID_HEADER = 'x-ucloud-request-uuid';

const SERVICE = 'UCloudStack SMC';

export interface ClientOptions {
  /** Base URL of the API, e.g. `https://console.example.internal/api` (configuration only). */
  endpoint: string;
  credentials: Credentials;
  /** Sent as the common parameter `ProjectId` (lower-case d) when set. */
  projectId?: string;
  /** Account id, for error attribution and logs. */
  accountId?: string;
  /**
   * The account's upstream policy (timeouts, retries, circuit, quota), from the gateway. Without
   * one, the client builds a standalone policy from the defaults and `timeoutMs`, `retryLimit`,
   * `retryBackoffLimitMs` below.
   */
  policy?: AccountPolicy;
  timeoutMs?: number;
  /** Retry limit of the operations that are safe to retry (DescribeSMC). Default 2. */
  retryLimit?: number;
  /** Upper bound of the retry back-off, ms. Default 2000. */
  retryBackoffLimitMs?: number;
  maxSockets?: number;
  observer?: UpstreamObserver;
}

/**
 * What `call` takes: the typed request, and optionally where its parameters came from (catalog name,
 * `N` for list indices -> GraphQL argument path, e.g. `{ 'DiskMappings.N.Device': 'input.diskMappings.N.device' }`)
 * so a refusal names the argument. Unmapped parameters are reported by wire path (`params.X`).
 */
export interface UcloudstackCallParts<Id extends OperationId> extends CallParts<Id> {
  fields?: FieldMap;
}

/** The context key the signing hook reads the unsigned flat parameters from. */
const PARAMS_KEY = 'ucloudstackParams';

export class Client extends UcloudstackSmcGeneratedClient {
  private readonly http: AccountHttp;
  readonly policy: AccountPolicy;

  constructor(private readonly options: ClientOptions) {
    super();
    const credentials = { ...options.credentials };
    // privateKey: scrubbed from every log line and error from now on (publicKey stays visible).
    registerCredentials(credentials);
    this.policy =
      options.policy ??
      accountPolicy(undefined, { provider: PROVIDER_ID, account: options.accountId ?? '' }, { timeoutMs: options.timeoutMs, retryLimit: options.retryLimit, backoffLimitMs: options.retryBackoffLimitMs });
    this.http = createAccountHttp({
      prefixUrl: options.endpoint,
      timeoutMs: this.policy.settings.timeoutMs,
      maxSockets: options.maxSockets,
      hooks: {
        beforeRequest: [
          (opts) => {
            const params = opts.context[PARAMS_KEY] as FlatParams | undefined;
            if (!params) return;
            const signed = sign(
              { method: 'POST', url: new URL(String(opts.url)), headers: {}, body: JSON.stringify(params) },
              credentials,
              { now: new Date(), nonce: randomUUID() },
            );
            opts.body = signed.body ?? undefined;
            Object.assign(opts.headers, signed.headers);
          },
        ],
      },
    });
  }

  /** `_ctx`: UCloudStack has no idempotency token to send the key in; the request id goes to logs via the observer. */
  async call<Id extends OperationId>(operation: Id, parts: UcloudstackCallParts<Id>, _ctx?: CallContext): Promise<OperationTypes[Id]['response']> {
    const spec = OPERATIONS_BY_ID[operation];
    const account = this.options.accountId;
    const region = (parts.params as { Region?: unknown }).Region;
    const cctx: ClassifyContext = { provider: PROVIDER_ID, service: SERVICE, account, operation, safeToRetry: spec.safeToRetry };
    // Validated before anything is sent; the validators are strict, so only catalog parameters pass.
    const request = this.check(operation, parts);
    // The write-only SSH password (SetupSMC): a transient secret from right before it is sent.
    const password = typeof request.Password === 'string' ? request.Password : undefined;
    secrets.add(password, { transient: true });
    const callSecrets = [password ?? '', this.options.credentials.privateKey];

    const params: FlatParams = { Action: operation, ...flattenParams(request) };
    if (this.options.projectId) params.ProjectId = this.options.projectId;

    const regionName = typeof region === 'string' ? region : '';
    return observeUpstream(this.options.observer, { provider: PROVIDER_ID, account: account ?? '', region: regionName, operation }, (attempt) =>
      this.policy.run(
        { operation, region: regionName, repeatable: spec.safeToRetry, write: !spec.safeToRetry },
        ({ timeoutMs }) => this.send<Id>(operation, params, cctx, callSecrets, attempt, timeoutMs),
        (n) => attempt.retried(n),
      ),
    );
  }

  /** One attempt of a call: sent, then classified. */
  private async send<Id extends OperationId>(
    operation: Id,
    params: FlatParams,
    cctx: ClassifyContext,
    callSecrets: string[],
    attempt: UpstreamAttempt,
    timeoutMs: number,
  ): Promise<OperationTypes[Id]['response']> {
    let response: Response<string>;
    try {
      response = await this.http.got.post('', {
        context: { [PARAMS_KEY]: params },
        ...attemptOptions(timeoutMs),
      });
    } catch (e) {
      // got errors carry the request options (and so the signed body): keep only what classifies.
      const err = e as { name?: string; code?: string; timings?: { upload?: number } };
      throw transportError({ name: err.name, code: err.code, timings: err.timings ? { upload: err.timings.upload } : undefined }, cctx);
    }
    const requestId = headerValue(response.headers[REQUEST_ID_HEADER]);
    attempt.answered(response.statusCode, requestId);
    const ectx = { ...cctx };
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      body = undefined;
    }
    if (!isEnvelope(body)) {
      if (response.statusCode >= 400) throw envelopeError(response.statusCode, { requestId }, ectx);
      throw malformedBody(response.statusCode, ectx);
    }
    if (body.RetCode !== 0) throw envelopeError(response.statusCode, parseEnvelope(body, requestId, callSecrets), ectx);
    if (response.statusCode >= 400) throw envelopeError(response.statusCode, { requestId }, ectx);
    if (body.Action !== `${operation}Response`) throw malformedBody(response.statusCode, ectx);
    return body as OperationTypes[Id]['response'];
  }

  /**
   * Throws the BAD_USER_INPUT `call` would for this request, without sending anything (for callers
   * that read before they write and refuse before the read); returns the validated request.
   */
  check<Id extends OperationId>(operation: Id, parts: UcloudstackCallParts<Id>): Record<string, unknown> {
    const checked = VALIDATORS[operation].request.safeParse(parts.params);
    if (!checked.success) throw wireInputError(checked.error, { fields: parts.fields, context: { provider: PROVIDER_ID, account: this.options.accountId } });
    return checked.data as Record<string, unknown>;
  }

  close(): void {
    this.http.close();
  }
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
