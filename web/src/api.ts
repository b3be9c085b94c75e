/**
 * The gateway's GraphQL, from the page: queries and mutations over HTTP POST /graphql, subscriptions
 * over one graphql-ws connection, both carrying the credential the user entered (kept in
 * sessionStorage under `migraph.credential`; none with auth disabled). An UNAUTHENTICATED answer
 * opens the credential form.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

export const CREDENTIAL_KEY = 'migraph.credential';
export const GRAPHQL_PATH = '/graphql';

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GqlResult<R> {
  data?: R | null;
  errors?: GqlError[];
}

/** A failed query: the first GraphQL error's code and message. */
export class GqlRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Listener = () => void;

/** The credential and whether the page needs one (a request answered UNAUTHENTICATED). */
class AuthStore {
  private listeners = new Set<Listener>();
  private state: { credential: string | null; needed: boolean; generation: number } = {
    credential: readCredential(),
    needed: false,
    generation: 0,
  };

  get = () => this.state;

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private set(next: Partial<AuthStore['state']>) {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /** Saves (or clears, with '') the credential; every view reloads with it. */
  save(credential: string) {
    const value = credential.trim() || null;
    try {
      if (value) sessionStorage.setItem(CREDENTIAL_KEY, value);
      else sessionStorage.removeItem(CREDENTIAL_KEY);
    } catch {
      // Storage refused (private mode): the credential lives for this page only.
    }
    resetSocket();
    this.set({ credential: value, needed: false, generation: this.state.generation + 1 });
  }

  requireSignIn() {
    if (!this.state.needed) this.set({ needed: true });
  }
}

function readCredential(): string | null {
  try {
    return sessionStorage.getItem(CREDENTIAL_KEY);
  } catch {
    return null;
  }
}

export const auth = new AuthStore();

function authHeaders(): Record<string, string> {
  const { credential } = auth.get();
  return credential ? { authorization: `Bearer ${credential}` } : {};
}

const printed = new WeakMap<object, string>();
function source(document: TypedDocumentNode<unknown, unknown>): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** One HTTP GraphQL request; errors are returned (mutations show them), UNAUTHENTICATED also opens the form. */
export async function request<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<GqlResult<R>> {
  let body: GqlResult<R>;
  try {
    const res = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ query: source(document as TypedDocumentNode<unknown, unknown>), variables }),
    });
    body = (await res.json()) as GqlResult<R>;
  } catch (e) {
    body = { errors: [{ message: `the gateway did not answer: ${String(e)}`, extensions: { code: 'NETWORK_ERROR' } }] };
  }
  if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) auth.requireSignIn();
  return body;
}

/** Like request, but throws the first error when there is no data. */
export async function query<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await request(document, variables);
  if (!res.data) {
    const first = res.errors?.[0];
    throw new GqlRequestError(first?.extensions?.code ?? 'ERROR', first?.message ?? 'no data');
  }
  return res.data;
}

let socket: Client | null = null;

function wsUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${GRAPHQL_PATH}`;
}

/** The one graphql-ws connection of the page (lazy: opened by the first subscription). */
export function ws(): Client {
  socket ??= createClient({
    url: wsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    connectionParams: () => {
      const { credential } = auth.get();
      return credential ? { authorization: `Bearer ${credential}` } : {};
    },
    on: {
      closed: (event) => {
        // 4401/4403: the gateway refused the credential in connection_init.
        const code = (event as { code?: number } | undefined)?.code;
        if (code === 4401 || code === 4403) auth.requireSignIn();
      },
    },
    shouldRetry: (event) => {
      const code = (event as { code?: number } | undefined)?.code;
      return code !== 4401 && code !== 4403;
    },
  });
  return socket;
}

function resetSocket() {
  socket?.dispose();
  socket = null;
}

/** Subscribes; returns the unsubscribe function. */
export function subscribe<R, V>(document: TypedDocumentNode<R, V>, variables: V, handlers: { next: (data: R) => void; error?: (e: GqlError) => void }): () => void {
  return ws().subscribe<R>(
    { query: source(document as TypedDocumentNode<unknown, unknown>), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        if (value.data) handlers.next(value.data as R);
        const first = value.errors?.[0] as GqlError | undefined;
        if (first) {
          if (first.extensions?.code === 'UNAUTHENTICATED') auth.requireSignIn();
          handlers.error?.(first);
        }
      },
      error: (e) => {
        const list = Array.isArray(e) ? (e as GqlError[]) : [];
        const first = list[0];
        if (first?.extensions?.code === 'UNAUTHENTICATED') auth.requireSignIn();
        handlers.error?.(first ?? { message: 'subscription closed', extensions: { code: 'SUBSCRIPTION_CLOSED' } });
      },
      complete: () => undefined,
    },
  );
}

/** Downloads a file from the gateway with the credential (a plain link cannot send a header). */
export async function download(href: string, filename: string): Promise<GqlError | null> {
  const res = await fetch(href, { headers: authHeaders() });
  if (!res.ok) {
    const text = await res.text();
    try {
      const body = JSON.parse(text) as { errors?: GqlError[] };
      if (body.errors?.[0]) {
        if (body.errors[0].extensions?.code === 'UNAUTHENTICATED') auth.requireSignIn();
        return body.errors[0];
      }
    } catch {
      // not JSON
    }
    return { message: text || res.statusText, extensions: { code: `HTTP_${res.status}` } };
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
