/**
 * The overhead baseline of the query benchmark, in its own process: plain Apollo Server with the
 * committed SDL, answering `tasks` from in-memory data over express (the HTTP stack the gateway
 * uses). Asked over IPC (bench/ipc.ts): `start` { data, lean } -> { url } (lean: cache-control and
 * inline-trace plugins off, the plugin set migraph runs); `usage` (processUsage); `close`.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { parse } from 'graphql';
import { processUsage, serveParent } from './ipc.js';

let close: (() => Promise<void>) | null = null;

serveParent({
  start: async (o: { data: { tasks: unknown }; lean: boolean }) => {
    const sdl = readFileSync(fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)), 'utf8');
    // The committed SDL is a federation subgraph SDL (`@link`, `@key`): plain Apollo serves it as a subgraph too.
    const server = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: { Query: { tasks: () => o.data.tasks }, Node: { __resolveType: () => 'Task' } } as never }),
      stopOnTerminationSignals: false,
      plugins: o.lean ? [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()] : [],
    });
    await server.start();
    const app = express();
    app.use('/graphql', express.json(), expressMiddleware(server));
    const httpServer = http.createServer(app);
    await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
    const { port } = httpServer.address() as AddressInfo;
    close = async () => {
      await server.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((r) => httpServer.close(() => r()));
    };
    return { url: `http://127.0.0.1:${port}/graphql` };
  },
  usage: () => processUsage(),
  close: async () => {
    await close?.();
    close = null;
  },
});
