/**
 * The shapes of the generated operation and error-code tables (adapters/<p>/generated/), shared by
 * every adapter so that the client, the simulator and the tests read one kind of table whatever the
 * API style. The tables themselves are generated from each adapter's catalog by `npm run gen`.
 */

/** `agent`: only the vendor's agent on a source server calls it; `user`: the console / a client library. */
export type OperationSide = 'user' | 'agent';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** What every operation entry has, REST or RPC. */
export interface BaseOperationSpec {
  id: string;
  title: string;
  /** Section of the seed. */
  section: string | null;
  /** Catalog group. */
  group: string;
  side: OperationSide;
  /** Reads (REST GET; RPC Describe/List/Get/Query...): safe to retry. */
  safeToRetry: boolean;
}

export interface RestOperationSpec extends BaseOperationSpec {
  method: HttpMethod;
  /** Catalog path template, e.g. `/v3/tasks/{task_id}`. */
  path: string;
  /** Path parameter names, in path order. */
  pathParams: readonly string[];
  /** Query parameter names the catalog documents (the only ones the client sends). */
  query: readonly string[];
  /** Whether the operation takes a JSON request body. */
  hasBody: boolean;
  /** Success status. */
  responseStatus: number;
  /** The success body is the catalog's unnamed String (`-`) or nothing: any text is accepted, read as empty. */
  unnamedResponse: boolean;
}

export interface RpcOperationSpec extends BaseOperationSpec {
  /** Flat parameter names (`.N` marks repeated members), the only ones the client may send. */
  params: readonly string[];
  /** Required parameters (`X.N` = at least `X.1`). */
  requiredParams: readonly string[];
}

/** One catalog parameter of an RPC operation (top level, catalog name verbatim). */
export interface RpcParamSpec<Type extends string = string> {
  name: string;
  type: Type;
  required: boolean;
}

/** One vendor error code: `http` the status the catalog gives (null: none documented), `alsoHttp` a second one. */
export interface ErrorCodeInfo {
  http: number | null;
  alsoHttp?: number;
  message: string;
  fix?: string;
}
