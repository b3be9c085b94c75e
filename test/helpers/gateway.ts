/**
 * Test helpers: start a real gateway on port 0 over given accounts, send typed GraphQL documents over
 * HTTP, and subscribe over WebSocket with the graphql-ws client.
 */
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { AccountConfig } from '../../adapters/module.js';
import { loadConfig } from '../../src/config/index.js';
import { startGateway, type RunningGateway, type StartOptions } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';

export interface TestGateway extends RunningGateway {
  /** Every log line the gateway wrote (JSON strings), to assert secrets never appear. */
  logs: string[];
}

export async function startTestGateway(
  accounts: readonly AccountConfig[],
  overrides: Record<string, unknown> = {},
  providerFactory?: StartOptions['providerFactory'],
  options: Pick<StartOptions, 'sleep' | 'dashboardDir'> = {},
): Promise<TestGateway> {
  // No drain delay unless a test asks for one (close() would wait it out).
  const server = { port: 0, host: '127.0.0.1', drainDelayMs: 0, ...(overrides.server as object | undefined) };
  // The vendor quota is off unless a test configures `upstream.quota`: the simulators take any rate,
  // and fan-out tests send far more calls per second than a vendor budget would allow
  // (test/reliability turns it on and tests it).
  const upstream = { quota: { enabled: false }, ...((overrides.upstream as Record<string, unknown> | undefined) ?? {}) };
  const config = loadConfig({}, { embedded: false, auth: { disabled: true }, limits: { rate: { perSecond: 10_000, burst: 10_000 } }, ...overrides, server, upstream });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger('debug', sink);
  const running = await startGateway(config, { logger, accounts, providerFactory, ...options });
  return Object.assign(running, { logs });
}

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export async function gql<T, V>(
  url: string,
  document: TypedDocumentNode<T, V> | string,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const query = typeof document === 'string' ? document : print(document);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
  return { status: res.status, ...body };
}

/** Like gql, but fails the test when the response has errors. */
export async function gqlOk<T, V>(url: string, document: TypedDocumentNode<T, V> | string, variables?: V): Promise<T> {
  const res = await gql(url, document, variables);
  if (res.errors?.length || !res.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res)}`);
  }
  return res.data;
}

export function wsClient(wsUrl: string): Client {
  return createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

/** Collects a subscription's events until it completes, errors, or `until` returns true. */
export function collect<T, V>(
  client: Client,
  document: TypedDocumentNode<T, V>,
  variables: V,
  until: (events: T[]) => boolean = () => false,
): { events: T[]; errors: unknown[]; done: Promise<void>; stop: () => void } {
  const events: T[] = [];
  const errors: unknown[] = [];
  let stop: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    const unsubscribe = client.subscribe<T>(
      { query: print(document), variables: variables as Record<string, unknown> },
      {
        next: (msg) => {
          if (msg.errors) errors.push(...msg.errors);
          if (msg.data) events.push(msg.data);
          if (until(events)) {
            unsubscribe();
            resolve();
          }
        },
        error: (e) => {
          errors.push(e);
          resolve();
        },
        complete: () => resolve(),
      },
    );
    stop = () => {
      unsubscribe();
      resolve();
    };
  });
  return { events, errors, done, stop };
}

/** Waits until `check` returns a truthy value, polling every `everyMs` (bounded by `attempts`). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false> | T | null | undefined | false, attempts = 200, everyMs = 25): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const v = await check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error('condition not met in time');
}
