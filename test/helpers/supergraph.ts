/**
 * A second subgraph and a supergraph in front of migraph, for the federation tests and bench: a small
 * CMDB (@apollo/subgraph + Apollo Server on port 0) that extends `Source` by key with `owner` and
 * `application` and returns `Source`/`Task` references from its own fields, composed with migraph's
 * subgraph SDL (`_service { sdl }`) by @apollo/composition and served by @apollo/gateway on port 0.
 */
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { decodeId } from '../../src/domain/ids.js';
import type { RunningGateway } from '../../src/server/app.js';

export const CMDB_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

type Query {
  application(name: String!): Application
  applications: [Application!]!
  "The first \`first\` tasks someone watches (references only: migraph resolves them)."
  watchlist(first: Int!): [Task]!
}

type Application {
  name: String!
  servers: [Source!]!
}

type Source @key(fields: "id") {
  id: ID!
  owner: String
  application: Application
}

type Task @key(fields: "id", resolvable: false) {
  id: ID!
}
`;

export interface CmdbData {
  /** Application name -> global ids of its source servers. */
  applications: Map<string, string[]>;
  /** Source global id -> owner. */
  owners: Map<string, string>;
  /** Task global ids, in watch order. */
  watchlist: string[];
}

export interface Running {
  url: string;
  stop(): Promise<void>;
}

export async function startCmdb(data: CmdbData): Promise<Running> {
  const appOf = new Map<string, string>();
  for (const [name, ids] of data.applications) for (const id of ids) appOf.set(id, name);
  const app = (name: string) => (data.applications.has(name) ? { name, servers: data.applications.get(name)!.map((id) => ({ id })) } : null);
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(CMDB_SDL),
      resolvers: {
        Query: {
          application: (_: unknown, { name }: { name: string }) => app(name),
          applications: () => [...data.applications.keys()].map(app),
          watchlist: (_: unknown, { first }: { first: number }) => data.watchlist.slice(0, first).map((id) => ({ __typename: 'Task', id })),
        },
        Source: {
          __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
          owner: (s: { id: string }) => data.owners.get(s.id) ?? null,
          application: (s: { id: string }) => (appOf.has(s.id) ? app(appOf.get(s.id)!) : null),
        },
      } as never,
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

/** The supergraph SDL of migraph (its `_service { sdl }` at `migraphUrl`) and the CMDB. */
export async function composeSupergraph(migraphUrl: string, cmdbUrl: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(migraphUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
  const body = (await res.json()) as { data?: { _service: { sdl: string } } };
  const sdl = body.data?._service.sdl;
  if (!sdl) throw new Error(`migraph did not answer _service: ${JSON.stringify(body)}`);
  const composed = composeServices([
    { name: 'migraph', url: migraphUrl, typeDefs: parse(sdl) },
    { name: 'cmdb', url: cmdbUrl, typeDefs: parse(CMDB_SDL) },
  ]);
  if (composed.errors) throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  return composed.supergraphSdl;
}

/**
 * @apollo/gateway over the supergraph, forwarding the client's Authorization header to the subgraphs.
 * @apollo/gateway refuses supergraphs whose linked features are `for: SECURITY` (the
 * `@authenticated` / `@requiresScopes` features: only Apollo Router enforces them), so here they are
 * linked without a purpose and the gateway passes them over; migraph checks the scopes itself.
 */
export async function startSupergraph(supergraphSdl: string): Promise<Running> {
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl.replace(/,\s*for:\s*SECURITY/g, ''),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<{ authorization?: string }>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return { url, stop: () => server.stop() };
}

/**
 * Upper bound of upstream calls for loading `ids` by id: per account-region, the list pages of that
 * account-region (`universe`: every id it holds; an adapter whose vendor has no batched get, Huawei
 * SMS, lists instead once that is cheaper than one call per id) plus ceil(n / vendor batch size).
 */
export function batchBound(gw: RunningGateway, ids: readonly string[], universe: readonly string[] = []): number {
  const count = (list: readonly string[]) => {
    const groups = new Map<string, number>();
    for (const id of list) {
      const r = decodeId(id);
      const key = `${r.accountId}\u0000${r.region}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    return groups;
  };
  const totals = count(universe);
  let bound = 0;
  for (const [key, n] of count(ids)) {
    const { capabilities } = gw.gateway.accounts.get(key.split('\u0000')[0]!).provider;
    bound += Math.ceil(n / Math.max(1, capabilities.maxBatchSize)) + Math.ceil((totals.get(key) ?? 0) / Math.max(1, capabilities.maxPageSize));
  }
  return bound;
}

/** Round-robin over the providers, so references spread over all three. */
export function spread<T extends { provider: string }>(rows: readonly T[]): T[] {
  const by = new Map<string, T[]>();
  for (const r of rows) by.set(r.provider, [...(by.get(r.provider) ?? []), r]);
  const lists = [...by.values()];
  const out: T[] = [];
  for (let i = 0; out.length < rows.length; i++) for (const l of lists) if (l[i]) out.push(l[i]!);
  return out;
}
