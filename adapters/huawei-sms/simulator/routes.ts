/**
 * The route table of the simulator: every catalog operation (51) plus the IAM token endpoint.
 *
 * Matching: method + number of segments must agree; among the routes that match, the one with a
 * literal segment where the others have a parameter (compared left to right) wins. So
 * `GET /v3/sources/overview` beats `GET /v3/sources/{source_id}`, `POST /v3/tasks/delete` is the batch
 * delete and never "task `delete`", and `GET /v3` is ShowApiVersion(version=v3).
 */

export interface RouteDef {
  op: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** Agent-side operations (called by the SMS Agent, they refresh the source's heartbeat). */
  agent?: boolean;
  /** No authentication needed (version discovery, IAM). */
  anonymous?: boolean;
}

export const ROUTES: readonly RouteDef[] = [
  { op: 'ListApiVersion', method: 'GET', path: '/', anonymous: true },
  { op: 'ShowApiVersion', method: 'GET', path: '/{version}', anonymous: true },
  { op: 'ShowConfig', method: 'GET', path: '/v3/config', agent: true },
  { op: 'ListErrorServers', method: 'GET', path: '/v3/errors' },
  { op: 'RegisterServer', method: 'POST', path: '/v3/sources', agent: true },
  { op: 'ListServers', method: 'GET', path: '/v3/sources' },
  { op: 'DeleteServers', method: 'POST', path: '/v3/sources/delete' },
  { op: 'ShowOverview', method: 'GET', path: '/v3/sources/overview' },
  { op: 'UpdateServerName', method: 'PUT', path: '/v3/sources/{source_id}' },
  { op: 'UpdateCopyState', method: 'PUT', path: '/v3/sources/{source_id}/changestate', agent: true },
  { op: 'DeleteServer', method: 'DELETE', path: '/v3/sources/{source_id}' },
  { op: 'ShowServer', method: 'GET', path: '/v3/sources/{source_id}' },
  { op: 'UpdateDiskInfo', method: 'PUT', path: '/v3/sources/{source_id}/diskinfo', agent: true },
  { op: 'ShowCommand', method: 'GET', path: '/v3/sources/{server_id}/command', agent: true },
  { op: 'UpdateCommandResult', method: 'POST', path: '/v3/sources/{server_id}/command_result', agent: true },
  { op: 'CreateTask', method: 'POST', path: '/v3/tasks' },
  { op: 'ListTasks', method: 'GET', path: '/v3/tasks' },
  { op: 'DeleteTasks', method: 'POST', path: '/v3/tasks/delete' },
  { op: 'DeleteTask', method: 'DELETE', path: '/v3/tasks/{task_id}' },
  { op: 'ShowTask', method: 'GET', path: '/v3/tasks/{task_id}' },
  { op: 'UpdateTask', method: 'PUT', path: '/v3/tasks/{task_id}' },
  { op: 'UpdateTaskStatus', method: 'POST', path: '/v3/tasks/{task_id}/action' },
  { op: 'UpdateTaskSpeed', method: 'PUT', path: '/v3/tasks/{task_id}/progress', agent: true },
  { op: 'ShowsSpeedLimits', method: 'GET', path: '/v3/tasks/{task_id}/speed-limit' },
  { op: 'UpdateSpeed', method: 'POST', path: '/v3/tasks/{task_id}/speed-limit' },
  { op: 'UnlockTargetEcs', method: 'POST', path: '/v3/tasks/{task_id}/unlock' },
  { op: 'CheckNetAcl', method: 'GET', path: '/v3/tasks/{t_project_id}/networkacl/{t_network_id}/check' },
  { op: 'ShowPassphrase', method: 'GET', path: '/v3/tasks/{task_id}/passphrase' },
  { op: 'CollectLog', method: 'POST', path: '/v3/tasks/{task_id}/log' },
  { op: 'ShowConsistencyResult', method: 'GET', path: '/v3/tasks/{task_id}/consistency-result' },
  { op: 'UpdateConsistencyResult', method: 'POST', path: '/v3/tasks/{task_id}/consistency-result', agent: true },
  { op: 'ShowCertKey', method: 'GET', path: '/v3/tasks/{task_id}/certkey', agent: true },
  { op: 'UploadSpecialConfigurationSetting', method: 'POST', path: '/v3/tasks/{task_id}/configuration-setting' },
  { op: 'ShowConfigSetting', method: 'GET', path: '/v3/tasks/{task_id}/configuration-setting' },
  { op: 'CreateTemplate', method: 'POST', path: '/v3/vm/templates' },
  { op: 'ListTemplates', method: 'GET', path: '/v3/vm/templates' },
  { op: 'DeleteTemplates', method: 'POST', path: '/v3/vm/templates/delete' },
  { op: 'DeleteTemplate', method: 'DELETE', path: '/v3/vm/templates/{id}' },
  { op: 'ShowTemplate', method: 'GET', path: '/v3/vm/templates/{id}' },
  { op: 'UpdateTemplate', method: 'PUT', path: '/v3/vm/templates/{id}' },
  { op: 'ShowTargetPassword', method: 'GET', path: '/v3/vm/templates/{id}/target-password' },
  { op: 'ShowSha256', method: 'GET', path: '/v3/sha256/{key}' },
  { op: 'CreateMigproject', method: 'POST', path: '/v3/migprojects' },
  { op: 'ListMigprojects', method: 'GET', path: '/v3/migprojects' },
  { op: 'ShowMigproject', method: 'GET', path: '/v3/migprojects/{mig_project_id}' },
  { op: 'DeleteMigproject', method: 'DELETE', path: '/v3/migprojects/{mig_project_id}' },
  { op: 'UpdateMigproject', method: 'PUT', path: '/v3/migprojects/{mig_project_id}' },
  { op: 'UpdateDefaultMigproject', method: 'PUT', path: '/v3/migprojects/{mig_project_id}/default' },
  { op: 'UpdateNetworkCheckInfo', method: 'POST', path: '/v3/{task_id}/update-network-check-info', agent: true },
  { op: 'CreatePrivacyAgreements', method: 'POST', path: '/v3/privacy-agreements' },
  { op: 'ShowPrivacyAgreements', method: 'GET', path: '/v3/privacy-agreements' },
  // Not SMS: the IAM token endpoint, served on the same host so one simulator is also the IAM endpoint.
  { op: 'IAM.CreateToken', method: 'POST', path: '/v3/auth/tokens', anonymous: true },
];

/** The 51 SMS operation ids (the IAM endpoint excluded). */
export const SMS_OPERATION_IDS: readonly string[] = ROUTES.filter((r) => !r.op.startsWith('IAM.')).map((r) => r.op);

interface CompiledRoute {
  def: RouteDef;
  segments: { literal: string | null; param: string | null }[];
}

function split(path: string): string[] {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? [] : trimmed.slice(1).split('/');
}

const COMPILED: CompiledRoute[] = ROUTES.map((def) => ({
  def,
  segments: split(def.path).map((s) => {
    const m = /^\{(.+)\}$/.exec(s);
    return m ? { literal: null, param: m[1]! } : { literal: s, param: null };
  }),
}));

export interface RouteMatch {
  def: RouteDef;
  params: Record<string, string>;
}

/** Literal-first specificity: compares two matching routes segment by segment. */
function moreSpecific(a: CompiledRoute, b: CompiledRoute): number {
  for (let i = 0; i < a.segments.length; i++) {
    const al = a.segments[i]!.literal !== null;
    const bl = b.segments[i]!.literal !== null;
    if (al !== bl) return al ? -1 : 1;
  }
  return 0;
}

function pathMatches(route: CompiledRoute, parts: string[]): Record<string, string> | null {
  if (route.segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const seg = route.segments[i]!;
    const part = parts[i]!;
    if (seg.literal !== null) {
      if (seg.literal !== part) return null;
    } else {
      if (part === '') return null;
      let value = part;
      try {
        value = decodeURIComponent(part);
      } catch {
        // keep raw
      }
      params[seg.param!] = value;
    }
  }
  return params;
}

/**
 * Finds the route for a request. `methodMismatch` is true when the path exists with another method
 * (answered like API Gateway: the API does not exist).
 */
export function matchRoute(method: string, path: string): RouteMatch | null {
  const parts = split(path);
  const candidates: { route: CompiledRoute; params: Record<string, string> }[] = [];
  for (const route of COMPILED) {
    if (route.def.method !== method) continue;
    const params = pathMatches(route, parts);
    if (params) candidates.push({ route, params });
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => moreSpecific(a.route, b.route));
  const best = candidates[0]!;
  return { def: best.route.def, params: best.params };
}
