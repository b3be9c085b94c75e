/**
 * HuaweiSmsClient: one typed method per catalog operation (51: user-side and agent-side), on one got
 * instance per account (adapters/common/http.ts). Authentication happens in a `beforeRequest` hook,
 * which got runs on every attempt, so a retried request is signed afresh:
 *  - AK/SK: SDK-HMAC-SHA256 (signer.ts) over content-type, host, x-sdk-date and the credential headers;
 *  - IAM token: `X-Auth-Token` from the cached token (iam.ts); a 401 drops the token and the request
 *    is repeated once with a new one (API Gateway refused it before SMS saw it).
 * Retries (`retryable`) are used for GET reads only; creates, actions, deletes and updates use `once`.
 * Query parameters are taken only from the catalog's list for the operation (wire.ts OPERATIONS).
 * Failures are GatewayErrors (errors.ts).
 */
import type { Got, Hooks, NormalizedOptions } from 'got';
import { observeUpstream, type UpstreamAttempt, type UpstreamObserver } from '../common/observe.js';
import { createAccountHttp, type AccountHttp } from '../common/http.js';
import type { CallContext } from '../port.js';
import { classifyHttpError, classifyNetworkError, malformedResponse, PROVIDER } from './errors.js';
import { IamTokenSource, type IamCredentials, type IamTransport } from './iam.js';
import { rfc3986Encode, sign, type AkSkCredentials } from './signer.js';
import * as w from './generated/wire.js';
import { OPERATIONS_BY_ID, type OperationId, type OperationTypes } from './generated/wire.js';
import { GatewayError } from '../../src/core/errors.js';
import { registerCredentials, registerPasswordFields } from '../common/secrets.js';

export type HuaweiCredentials = AkSkCredentials | { iam: IamCredentials };

export function isIamCredentials(c: HuaweiCredentials): c is { iam: IamCredentials } {
  return 'iam' in c && c.iam !== undefined;
}

export interface HuaweiSmsClientOptions {
  /** SMS endpoint, e.g. `https://sms.ap-southeast-3.myhuaweicloud.com` (configuration only). */
  endpoint: string;
  credentials: HuaweiCredentials;
  /** Account id, for error attribution. */
  account?: string;
  timeoutMs?: number;
  /** Retry limit of GET reads. */
  retryLimit?: number;
  maxSockets?: number;
  /** Clock for X-Sdk-Date and token expiry. Default: the system clock. */
  now?: () => Date;
  /** Transport of the IAM token call; default: got on its own keep-alive instance. */
  iamTransport?: IamTransport;
  /** The endpoint's region (SMS endpoints are regional), for metrics and traces. */
  region?: string;
  observer?: UpstreamObserver;
}

export interface CallParts {
  pathParams?: Record<string, string>;
  query?: object;
  body?: unknown;
}

/** The operations whose 200 body the catalog documents as an unnamed String (`-`): any text is accepted. */
const UNNAMED_BODY = new Set<OperationId>([
  'DeleteServers', 'UpdateServerName', 'UpdateCopyState', 'DeleteServer', 'UpdateDiskInfo', 'DeleteTasks', 'DeleteTask',
  'UpdateTask', 'UpdateTaskStatus', 'UpdateTaskSpeed', 'UpdateSpeed', 'UnlockTargetEcs', 'CheckNetAcl', 'CollectLog',
  'UpdateConsistencyResult', 'UpdateCommandResult', 'DeleteTemplates', 'DeleteTemplate', 'UpdateTemplate',
  'DeleteMigproject', 'UpdateMigproject', 'UpdateDefaultMigproject', 'UpdateNetworkCheckInfo',
  'UploadSpecialConfigurationSetting', 'CreatePrivacyAgreements',
]);

interface RequestContext {
  operation: OperationId;
  tokenRetried?: boolean;
  usedToken?: string;
}

function queryString(id: OperationId, query: object | undefined): string {
  if (!query) return '';
  const allowed = OPERATIONS_BY_ID[id].query;
  const parts: string[] = [];
  for (const name of allowed) {
    const v = (query as Record<string, unknown>)[name];
    if (v === undefined || v === null) continue;
    const values = Array.isArray(v) ? v : [v];
    for (const one of values) {
      const s = typeof one === 'boolean' ? (one ? 'true' : 'false') : String(one);
      parts.push(`${rfc3986Encode(name)}=${rfc3986Encode(s)}`);
    }
  }
  return parts.length ? '?' + parts.join('&') : '';
}

/** Fills a catalog path template; every parameter is RFC 3986-encoded (an id cannot add segments). */
export function buildPath(id: OperationId, pathParams: Record<string, string> = {}): string {
  return OPERATIONS_BY_ID[id].path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = pathParams[name];
    if (v === undefined || v === '') throw new GatewayError('BAD_USER_INPUT', `${name} is required`, { provider: PROVIDER, field: name });
    return rfc3986Encode(v);
  });
}

export class HuaweiSmsClient {
  readonly http: AccountHttp;
  private readonly got: Got;
  private readonly now: () => Date;
  private readonly account?: string;
  private readonly tokens: IamTokenSource | null;
  private readonly iamHttp: AccountHttp | null = null;

  constructor(private readonly options: HuaweiSmsClientOptions) {
    this.now = options.now ?? (() => new Date());
    this.account = options.account;
    const creds = options.credentials;
    // Secret key, security token, IAM password: scrubbed from every log line and error from now on.
    registerCredentials(creds);
    if (isIamCredentials(creds)) {
      let transport = options.iamTransport;
      if (!transport) {
        const iamHttp = createAccountHttp({ prefixUrl: creds.iam.endpoint, timeoutMs: options.timeoutMs, maxSockets: 4 });
        this.iamHttp = iamHttp;
        transport = async (url, body, signal) => {
          const res = await iamHttp.got(url, {
            prefixUrl: '',
            method: 'POST',
            body,
            headers: { 'content-type': 'application/json;charset=UTF-8' },
            signal,
            // Asking for a token has no side effect worth protecting: retry transient failures.
            ...iamHttp.retryable,
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
      timeoutMs: options.timeoutMs,
      retryLimit: options.retryLimit,
      maxSockets: options.maxSockets,
      hooks,
    });
    this.got = this.http.got;
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
    const creds = this.options.credentials as AkSkCredentials;
    const body = typeof opts.body === 'string' ? opts.body : undefined;
    const signed = sign(
      { method: opts.method, url, headers: { 'content-type': headers['content-type'], host: url.host }, body },
      creds,
      { now: this.now() },
    );
    for (const [k, v] of Object.entries(signed)) headers[k.toLowerCase()] = v;
  }

  /** Calls one catalog operation, observed (metrics, trace, debug line). The typed methods below are the public surface. */
  call<Id extends OperationId>(id: Id, parts: CallParts, ctx?: CallContext): Promise<OperationTypes[Id]['response']> {
    return observeUpstream(this.options.observer, { provider: 'huawei-sms', account: this.account ?? '', region: this.options.region ?? '', operation: id }, (attempt) =>
      this.send(id, parts, ctx, attempt),
    );
  }

  private async send<Id extends OperationId>(id: Id, parts: CallParts, ctx: CallContext | undefined, attempt: UpstreamAttempt): Promise<OperationTypes[Id]['response']> {
    const spec = OPERATIONS_BY_ID[id];
    const path = buildPath(id, parts.pathParams) + queryString(id, parts.query);
    const hasBody = spec.hasBody && parts.body !== undefined;
    const context: RequestContext = { operation: id };
    const errCtx = { account: this.account, operation: id };
    // Write-only passwords in the body (template target_password on Create/UpdateTemplate): transient
    // secrets from right before they are sent, so an upstream echo never reaches a log or an error.
    if (hasBody) registerPasswordFields(parts.body);
    let res;
    try {
      res = await this.got(path.replace(/^\//, ''), {
        method: spec.method,
        headers: { 'content-type': 'application/json;charset=UTF-8', accept: 'application/json' },
        body: hasBody ? JSON.stringify(parts.body) : undefined,
        context: { ...context, upstream: attempt } as unknown as Record<string, unknown>,
        ...(spec.method === 'GET' ? this.http.retryable : this.http.once),
      });
    } catch (err) {
      throw classifyNetworkError(err, errCtx);
    }
    const rid = res.headers['x-request-id'];
    attempt.answered(res.statusCode, Array.isArray(rid) ? rid[0] : rid);
    const text = typeof res.body === 'string' ? res.body : String(res.body ?? '');
    if (res.statusCode < 200 || res.statusCode >= 300) {
      throw classifyHttpError({ status: res.statusCode, headers: res.headers, body: text }, errCtx);
    }
    if (text.trim() === '') return {} as OperationTypes[Id]['response'];
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed !== null && typeof parsed === 'object') {
        if (id === 'ShowTargetPassword') registerPasswordFields(parsed);
        return parsed as OperationTypes[Id]['response'];
      }
      if (UNNAMED_BODY.has(id)) return {} as OperationTypes[Id]['response'];
      throw malformedResponse(errCtx, res.statusCode);
    } catch (err) {
      if (err instanceof GatewayError) throw err;
      if (UNNAMED_BODY.has(id)) return {} as OperationTypes[Id]['response'];
      throw malformedResponse(errCtx, res.statusCode, err);
    }
  }

  /** Releases sockets. */
  close(): void {
    this.http.close();
    this.iamHttp?.close();
  }

  // -------------------------------------------------------------------------------------------
  // One method per catalog operation (catalog order).

  /** GET /: ListApiVersion (§5.1.1). Listing API Versions. */
  listApiVersion(ctx?: CallContext): Promise<w.ListApiVersionResponse> {
    return this.call('ListApiVersion', {  }, ctx);
  }

  /** GET /{version}: ShowApiVersion (§5.1.2). Querying an API Version. */
  showApiVersion(version: string, ctx?: CallContext): Promise<w.ShowApiVersionResponse> {
    return this.call('ShowApiVersion', { pathParams: { version: version } }, ctx);
  }

  /** GET /v3/config: ShowConfig (§5.2.1). Obtaining the Agent Configuration Information. */
  showConfig(ctx?: CallContext): Promise<w.ShowConfigResponse> {
    return this.call('ShowConfig', {  }, ctx);
  }

  /** GET /v3/errors: ListErrorServers (§5.3.1). Listing Failed Source Servers. */
  listErrorServers(query: w.ListErrorServersQuery = {}, ctx?: CallContext): Promise<w.ListErrorServersResponse> {
    return this.call('ListErrorServers', { query }, ctx);
  }

  /** POST /v3/sources: RegisterServer (§5.3.2). Registering a Source Server with SMS. */
  registerServer(body: w.RegisterServerRequestBody, ctx?: CallContext): Promise<w.RegisterServerResponse> {
    return this.call('RegisterServer', { body }, ctx);
  }

  /** GET /v3/sources: ListServers (§5.3.3). Listing Source Servers. */
  listServers(query: w.ListServersQuery = {}, ctx?: CallContext): Promise<w.ListServersResponse> {
    return this.call('ListServers', { query }, ctx);
  }

  /** POST /v3/sources/delete: DeleteServers (§5.3.4). Batch Deleting Source Server Records. */
  deleteServers(body: w.DeleteServersRequestBody, ctx?: CallContext): Promise<w.DeleteServersResponse> {
    return this.call('DeleteServers', { body }, ctx);
  }

  /** PUT /v3/sources/{source_id}: UpdateServerName (§5.3.5). Modifying Source Server Information. */
  updateServerName(sourceId: string, body: w.UpdateServerNameRequestBody, ctx?: CallContext): Promise<w.UpdateServerNameResponse> {
    return this.call('UpdateServerName', { pathParams: { source_id: sourceId }, body }, ctx);
  }

  /** PUT /v3/sources/{source_id}/changestate: UpdateCopyState (§5.3.6). Updating the Migration Task Status of a Source Server. */
  updateCopyState(sourceId: string, body: w.UpdateCopyStateRequestBody, ctx?: CallContext): Promise<w.UpdateCopyStateResponse> {
    return this.call('UpdateCopyState', { pathParams: { source_id: sourceId }, body }, ctx);
  }

  /** DELETE /v3/sources/{source_id}: DeleteServer (§5.3.7). Deleting a Source Server Record. */
  deleteServer(sourceId: string, ctx?: CallContext): Promise<w.DeleteServerResponse> {
    return this.call('DeleteServer', { pathParams: { source_id: sourceId } }, ctx);
  }

  /** GET /v3/sources/{source_id}: ShowServer (§5.3.8). Querying Details About a Source Server. */
  showServer(sourceId: string, ctx?: CallContext): Promise<w.ShowServerResponse> {
    return this.call('ShowServer', { pathParams: { source_id: sourceId } }, ctx);
  }

  /** GET /v3/sources/overview: ShowOverview (§5.3.9). Obtaining the Summary of Source Servers. */
  showOverview(ctx?: CallContext): Promise<w.ShowOverviewResponse> {
    return this.call('ShowOverview', {  }, ctx);
  }

  /** PUT /v3/sources/{source_id}/diskinfo: UpdateDiskInfo (§5.3.10). Updating Disk Information. */
  updateDiskInfo(sourceId: string, body: w.UpdateDiskInfoRequestBody, ctx?: CallContext): Promise<w.UpdateDiskInfoResponse> {
    return this.call('UpdateDiskInfo', { pathParams: { source_id: sourceId }, body }, ctx);
  }

  /** POST /v3/tasks: CreateTask (§5.4.1). Creating a Migration Task. */
  createTask(body: w.CreateTaskRequestBody, ctx?: CallContext): Promise<w.CreateTaskResponse> {
    return this.call('CreateTask', { body }, ctx);
  }

  /** GET /v3/tasks: ListTasks (§5.4.2). Listing Migration Tasks. */
  listTasks(query: w.ListTasksQuery = {}, ctx?: CallContext): Promise<w.ListTasksResponse> {
    return this.call('ListTasks', { query }, ctx);
  }

  /** POST /v3/tasks/delete: DeleteTasks (§5.4.3). Batch Deleting Migration Tasks. */
  deleteTasks(body: w.DeleteTasksRequestBody, ctx?: CallContext): Promise<w.DeleteTasksResponse> {
    return this.call('DeleteTasks', { body }, ctx);
  }

  /** DELETE /v3/tasks/{task_id}: DeleteTask (§5.4.4). Deleting a Migration Task. */
  deleteTask(taskId: string, ctx?: CallContext): Promise<w.DeleteTaskResponse> {
    return this.call('DeleteTask', { pathParams: { task_id: taskId } }, ctx);
  }

  /** GET /v3/tasks/{task_id}: ShowTask (§5.4.5). Querying Details About a Migration Task. */
  showTask(taskId: string, ctx?: CallContext): Promise<w.ShowTaskResponse> {
    return this.call('ShowTask', { pathParams: { task_id: taskId } }, ctx);
  }

  /** PUT /v3/tasks/{task_id}: UpdateTask (§5.4.6). Updating a Migration Task. */
  updateTask(taskId: string, body: w.UpdateTaskRequestBody, ctx?: CallContext): Promise<w.UpdateTaskResponse> {
    return this.call('UpdateTask', { pathParams: { task_id: taskId }, body }, ctx);
  }

  /** POST /v3/tasks/{task_id}/action: UpdateTaskStatus (§5.4.7). Managing Migration Tasks. */
  updateTaskStatus(taskId: string, body: w.UpdateTaskStatusRequestBody, ctx?: CallContext): Promise<w.UpdateTaskStatusResponse> {
    return this.call('UpdateTaskStatus', { pathParams: { task_id: taskId }, body }, ctx);
  }

  /** PUT /v3/tasks/{task_id}/progress: UpdateTaskSpeed (§5.4.8). Reporting Migration Progress and Rate. */
  updateTaskSpeed(taskId: string, body: w.UpdateTaskSpeedRequestBody, ctx?: CallContext): Promise<w.UpdateTaskSpeedResponse> {
    return this.call('UpdateTaskSpeed', { pathParams: { task_id: taskId }, body }, ctx);
  }

  /** GET /v3/tasks/{task_id}/speed-limit: ShowsSpeedLimits (§5.4.9). Querying the Migration Rate Limit Rules of a Migration Task. */
  showsSpeedLimits(taskId: string, ctx?: CallContext): Promise<w.ShowsSpeedLimitsResponse> {
    return this.call('ShowsSpeedLimits', { pathParams: { task_id: taskId } }, ctx);
  }

  /** POST /v3/tasks/{task_id}/speed-limit: UpdateSpeed (§5.4.10). Setting Migration Rate Limit Rules for a Migration Task. */
  updateSpeed(taskId: string, body: w.UpdateSpeedRequestBody, ctx?: CallContext): Promise<w.UpdateSpeedResponse> {
    return this.call('UpdateSpeed', { pathParams: { task_id: taskId }, body }, ctx);
  }

  /** POST /v3/tasks/{task_id}/unlock: UnlockTargetEcs (§5.4.11). Unlocking a Target Server. */
  unlockTargetEcs(taskId: string, ctx?: CallContext): Promise<w.UnlockTargetEcsResponse> {
    return this.call('UnlockTargetEcs', { pathParams: { task_id: taskId } }, ctx);
  }

  /** GET /v3/tasks/{t_project_id}/networkacl/{t_network_id}/check: CheckNetAcl (§5.4.12). Checking NICs and Security Groups. */
  checkNetAcl(tProjectId: string, tNetworkId: string, query: w.CheckNetAclQuery, ctx?: CallContext): Promise<w.CheckNetAclResponse> {
    return this.call('CheckNetAcl', { pathParams: { t_project_id: tProjectId, t_network_id: tNetworkId }, query }, ctx);
  }

  /** GET /v3/tasks/{task_id}/passphrase: ShowPassphrase (§5.4.13). Querying a Certificate Passphrase. */
  showPassphrase(taskId: string, ctx?: CallContext): Promise<w.ShowPassphraseResponse> {
    return this.call('ShowPassphrase', { pathParams: { task_id: taskId } }, ctx);
  }

  /** POST /v3/tasks/{task_id}/log: CollectLog (§5.4.14). Uploading Migration Task Logs. */
  collectLog(taskId: string, body: w.CollectLogRequestBody, ctx?: CallContext): Promise<w.CollectLogResponse> {
    return this.call('CollectLog', { pathParams: { task_id: taskId }, body }, ctx);
  }

  /** GET /v3/tasks/{task_id}/consistency-result: ShowConsistencyResult (§5.4.15). Obtaining Consistency Verification Results. */
  showConsistencyResult(taskId: string, ctx?: CallContext): Promise<w.ShowConsistencyResultResponse> {
    return this.call('ShowConsistencyResult', { pathParams: { task_id: taskId } }, ctx);
  }

  /** POST /v3/tasks/{task_id}/consistency-result: UpdateConsistencyResult (§5.4.16). Uploading Consistency Verification Results. */
  updateConsistencyResult(taskId: string, body: w.UpdateConsistencyResultRequestBody, ctx?: CallContext): Promise<w.UpdateConsistencyResultResponse> {
    return this.call('UpdateConsistencyResult', { pathParams: { task_id: taskId }, body }, ctx);
  }

  /** GET /v3/sources/{server_id}/command: ShowCommand (§5.5.1). Obtaining Commands from SMS. */
  showCommand(serverId: string, ctx?: CallContext): Promise<w.ShowCommandResponse> {
    return this.call('ShowCommand', { pathParams: { server_id: serverId } }, ctx);
  }

  /** POST /v3/sources/{server_id}/command_result: UpdateCommandResult (§5.5.2). Reporting the Command Execution Result to SMS. */
  updateCommandResult(serverId: string, body: w.UpdateCommandResultRequestBody, ctx?: CallContext): Promise<w.UpdateCommandResultResponse> {
    return this.call('UpdateCommandResult', { pathParams: { server_id: serverId }, body }, ctx);
  }

  /** POST /v3/vm/templates: CreateTemplate (§5.6.1). Creating a Template. */
  createTemplate(body: w.CreateTemplateRequestBody, ctx?: CallContext): Promise<w.CreateTemplateResponse> {
    return this.call('CreateTemplate', { body }, ctx);
  }

  /** GET /v3/vm/templates: ListTemplates (§5.6.2). Listing Templates. */
  listTemplates(query: w.ListTemplatesQuery = {}, ctx?: CallContext): Promise<w.ListTemplatesResponse> {
    return this.call('ListTemplates', { query }, ctx);
  }

  /** POST /v3/vm/templates/delete: DeleteTemplates (§5.6.3). Batch Deleting Templates. */
  deleteTemplates(body: w.DeleteTemplatesRequestBody, ctx?: CallContext): Promise<w.DeleteTemplatesResponse> {
    return this.call('DeleteTemplates', { body }, ctx);
  }

  /** DELETE /v3/vm/templates/{id}: DeleteTemplate (§5.6.4). Deleting a Template. */
  deleteTemplate(id: string, ctx?: CallContext): Promise<w.DeleteTemplateResponse> {
    return this.call('DeleteTemplate', { pathParams: { id: id } }, ctx);
  }

  /** GET /v3/vm/templates/{id}: ShowTemplate (§5.6.5). Querying Details About a Template. */
  showTemplate(id: string, ctx?: CallContext): Promise<w.ShowTemplateResponse> {
    return this.call('ShowTemplate', { pathParams: { id: id } }, ctx);
  }

  /** PUT /v3/vm/templates/{id}: UpdateTemplate (§5.6.6). Modifying a Template. */
  updateTemplate(id: string, body: w.UpdateTemplateRequestBody, ctx?: CallContext): Promise<w.UpdateTemplateResponse> {
    return this.call('UpdateTemplate', { pathParams: { id: id }, body }, ctx);
  }

  /** GET /v3/vm/templates/{id}/target-password: ShowTargetPassword (§5.6.7). Querying the Target Server Password in a Template. */
  showTargetPassword(id: string, ctx?: CallContext): Promise<w.ShowTargetPasswordResponse> {
    return this.call('ShowTargetPassword', { pathParams: { id: id } }, ctx);
  }

  /** GET /v3/tasks/{task_id}/certkey: ShowCertKey (§5.7.1). Obtaining an SSL Certificate and Private Key. */
  showCertKey(taskId: string, query: w.ShowCertKeyQuery = {}, ctx?: CallContext): Promise<w.ShowCertKeyResponse> {
    return this.call('ShowCertKey', { pathParams: { task_id: taskId }, query }, ctx);
  }

  /** GET /v3/sha256/{key}: ShowSha256 (§5.7.2). Calculating an SHA256 Hash. */
  showSha256(key: string, ctx?: CallContext): Promise<w.ShowSha256Response> {
    return this.call('ShowSha256', { pathParams: { key: key } }, ctx);
  }

  /** POST /v3/migprojects: CreateMigproject (§5.8.1). Creating a Migration Project. */
  createMigproject(body: w.CreateMigprojectRequestBody, ctx?: CallContext): Promise<w.CreateMigprojectResponse> {
    return this.call('CreateMigproject', { body }, ctx);
  }

  /** GET /v3/migprojects: ListMigprojects (§5.8.2). Listing Migration Projects. */
  listMigprojects(query: w.ListMigprojectsQuery = {}, ctx?: CallContext): Promise<w.ListMigprojectsResponse> {
    return this.call('ListMigprojects', { query }, ctx);
  }

  /** GET /v3/migprojects/{mig_project_id}: ShowMigproject (§5.8.3). Querying Details About a Migration Project. */
  showMigproject(migProjectId: string, ctx?: CallContext): Promise<w.ShowMigprojectResponse> {
    return this.call('ShowMigproject', { pathParams: { mig_project_id: migProjectId } }, ctx);
  }

  /** DELETE /v3/migprojects/{mig_project_id}: DeleteMigproject (§5.8.4). Deleting a Migration Project. */
  deleteMigproject(migProjectId: string, ctx?: CallContext): Promise<w.DeleteMigprojectResponse> {
    return this.call('DeleteMigproject', { pathParams: { mig_project_id: migProjectId } }, ctx);
  }

  /** PUT /v3/migprojects/{mig_project_id}: UpdateMigproject (§5.8.5). Modifying a Migration Project. */
  updateMigproject(migProjectId: string, body: w.UpdateMigprojectRequestBody, ctx?: CallContext): Promise<w.UpdateMigprojectResponse> {
    return this.call('UpdateMigproject', { pathParams: { mig_project_id: migProjectId }, body }, ctx);
  }

  /** PUT /v3/migprojects/{mig_project_id}/default: UpdateDefaultMigproject (§5.8.6). Changing the Default Migration Project. */
  updateDefaultMigproject(migProjectId: string, ctx?: CallContext): Promise<w.UpdateDefaultMigprojectResponse> {
    return this.call('UpdateDefaultMigproject', { pathParams: { mig_project_id: migProjectId } }, ctx);
  }

  /** POST /v3/{task_id}/update-network-check-info: UpdateNetworkCheckInfo (§5.9.1). Updating Network Measurement Information. */
  updateNetworkCheckInfo(taskId: string, body: w.UpdateNetworkCheckInfoRequestBody, ctx?: CallContext): Promise<w.UpdateNetworkCheckInfoResponse> {
    return this.call('UpdateNetworkCheckInfo', { pathParams: { task_id: taskId }, body }, ctx);
  }

  /** POST /v3/tasks/{task_id}/configuration-setting: UploadSpecialConfigurationSetting (§5.10.1). Configuring Advanced Migration Options. */
  uploadSpecialConfigurationSetting(taskId: string, body: w.UploadSpecialConfigurationSettingRequestBody, ctx?: CallContext): Promise<w.UploadSpecialConfigurationSettingResponse> {
    return this.call('UploadSpecialConfigurationSetting', { pathParams: { task_id: taskId }, body }, ctx);
  }

  /** GET /v3/tasks/{task_id}/configuration-setting: ShowConfigSetting (§5.10.2). Querying the Settings of Advanced Migration Options of a Task. */
  showConfigSetting(taskId: string, query: w.ShowConfigSettingQuery = {}, ctx?: CallContext): Promise<w.ShowConfigSettingResponse> {
    return this.call('ShowConfigSetting', { pathParams: { task_id: taskId }, query }, ctx);
  }

  /** POST /v3/privacy-agreements: CreatePrivacyAgreements (§5.11.1). Signing the Privacy Agreement. */
  createPrivacyAgreements(ctx?: CallContext): Promise<w.CreatePrivacyAgreementsResponse> {
    return this.call('CreatePrivacyAgreements', {  }, ctx);
  }

  /** GET /v3/privacy-agreements: ShowPrivacyAgreements (§5.11.2). Querying Whether a User Has Signed the Privacy Agreement. */
  showPrivacyAgreements(ctx?: CallContext): Promise<w.ShowPrivacyAgreementsResponse> {
    return this.call('ShowPrivacyAgreements', {  }, ctx);
  }
}

/** Operation id -> client method name (lower camel case of the id). */
export function clientMethodName(id: OperationId): string {
  return id.charAt(0).toLowerCase() + id.slice(1);
}
