/**
 * Subscription execution shared between subscribers: the progress hub hands every subscriber of a
 * task the same event object, so the response for one (event, document, variables) is computed
 * AND serialised once and sent to all of them, instead of once per subscriber (1,000 dashboards on
 * one task cost one execution and one JSON.stringify per change, not 1,000).
 *
 * The shared response is a `SerialisedResult`: the formatted result's JSON text. The transports
 * hand it to their protocol library (graphql-ws, graphql-sse) as the message payload; the library
 * serialises its small envelope around it, in which the payload stands as a placeholder (its
 * `toJSON`), and the transport splices the shared text in before writing (`spliceShared`,
 * `SsePayloads`), so only `{"id":…,"type":"next","payload":` + the shared text is built per
 * subscriber.
 */
import { createHash } from 'node:crypto';
import { createSourceEventStream, execute, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';

/** What stands for a shared payload in a library's envelope: a string no GraphQL result can be. */
const PLACEHOLDER = '\u0000migraph:shared\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);
/** graphql-ws's envelope ends with the payload: `…,"payload":"<placeholder>"}`. */
const WS_TAIL = `${PLACEHOLDER_JSON}}`;
/** graphql-sse's event (distinct connections: the data is the payload itself). */
const SSE_NEXT = `event: next\ndata: ${PLACEHOLDER_JSON}\n\n`;

/** The last shared payload a library serialised (graphql-ws serialises a message and sends it in one synchronous step). */
let lastSerialised: SerialisedResult | null = null;

/** One formatted result, serialised once, sent to every subscriber who gets it. */
export class SerialisedResult {
  constructor(
    /** The payload's JSON text. */
    readonly json: string,
    /** The formatted errors (for the transports' metrics), if any. */
    readonly errors: readonly GraphQLError[] | undefined,
  ) {}

  /** In a library's envelope, the payload serialises to the placeholder; the transport splices `json` in. */
  toJSON(): string {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    lastSerialised = this;
    return PLACEHOLDER;
  }
}

/**
 * A graphql-ws message as written: the shared payload spliced in where its envelope has the
 * placeholder. graphql-ws builds a message and hands it to `send` synchronously, so the payload
 * serialised last is this message's.
 */
export function spliceShared(message: string): string {
  const shared = lastSerialised;
  lastSerialised = null;
  if (!shared || !message.endsWith(WS_TAIL)) return message;
  return `${message.slice(0, message.length - WS_TAIL.length)}${shared.json}}`;
}

/**
 * The shared payloads of one SSE stream, in order: graphql-sse prints an event when it is produced
 * and yields it later, so each stream queues the payloads it handed out (`onNext`) and takes them
 * back, in the same order, when the placeholder event comes to be written.
 */
export class SsePayloads {
  private readonly queue: SerialisedResult[] = [];

  /** The payload to hand graphql-sse for this result (queued when it is a shared one). */
  hand(result: SerialisedResult): SerialisedResult {
    this.queue.push(result);
    return result;
  }

  /** The event text to write for a chunk graphql-sse yields. */
  chunk(text: string): string {
    if (text !== SSE_NEXT) return text;
    const shared = this.queue.shift();
    return shared ? `event: next\ndata: ${shared.json}\n\n` : text;
  }
}

/** JSON with object keys sorted, so equal variables give equal text whatever their order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The document's text: its source when it was parsed with locations (the default), else printed. */
const documentTexts = new WeakMap<DocumentNode, string>();
function documentText(document: DocumentNode): string {
  let text = documentTexts.get(document);
  if (text === undefined) {
    text = document.loc?.source.body ?? print(document);
    documentTexts.set(document, text);
  }
  return text;
}

/**
 * What makes two subscriptions' responses to the same event equal: a SHA-1 of the operation name,
 * the canonical variables and the document text (28 characters per subscription, not a printed copy).
 */
export function selectionKey(args: Pick<ExecutionArgs, 'operationName' | 'variableValues' | 'document'>): string {
  return createHash('sha1')
    .update(args.operationName ?? '')
    .update('\u0000')
    .update(canonicalJson(args.variableValues ?? {}))
    .update('\u0000')
    .update(documentText(args.document))
    .digest('base64');
}

function isAsyncIterable<T>(value: unknown): value is AsyncIterable<T> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Maps an async iterator, passing `return()` through so unsubscribing still releases the source. */
function mapIterator<T, U>(source: AsyncIterable<T>, fn: (value: T) => U | Promise<U>): AsyncIterableIterator<U> {
  const it = source[Symbol.asyncIterator]();
  return {
    async next() {
      const r = await it.next();
      return r.done ? { value: undefined, done: true } : { value: await fn(r.value), done: false };
    },
    async return() {
      await it.return?.();
      return { value: undefined, done: true };
    },
    async throw(e?: unknown) {
      if (it.throw) await it.throw(e);
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

type Shared = SerialisedResult | Promise<SerialisedResult>;

export interface SharedSubscribeOptions {
  /** The transport's formatting of a result (errors scrubbed, codes), applied once before serialising. */
  format(result: ExecutionResult): ExecutionResult;
  /** Called once per serialisation (tests and metrics count them). */
  onSerialise?: () => void;
}

/**
 * graphql-ws's and graphql-sse's `subscribe`: each event of a subscription's source stream becomes
 * a `SerialisedResult`, computed once per (event, selection key) and shared by every subscription
 * with that key.
 */
export function sharedSubscribe(options: SharedSubscribeOptions): (args: ExecutionArgs) => Promise<AsyncIterableIterator<SerialisedResult> | ExecutionResult> {
  /** Per source event, the results computed so far by selection. Dropped with the event. */
  const results = new WeakMap<object, Map<string, Shared>>();
  const serialise = (result: ExecutionResult): SerialisedResult => {
    options.onSerialise?.();
    const formatted = options.format(result);
    return new SerialisedResult(JSON.stringify(formatted), formatted.errors);
  };
  const run = (args: ExecutionArgs, event: unknown): Shared => {
    const result = execute({ ...args, rootValue: event });
    return result instanceof Promise ? result.then(serialise) : serialise(result);
  };
  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable<unknown>(stream)) return stream as ExecutionResult;
    const key = selectionKey(args);
    return mapIterator(stream, (event) => {
      if (typeof event !== 'object' || event === null) return run(args, event);
      let byKey = results.get(event);
      if (!byKey) {
        byKey = new Map();
        results.set(event, byKey);
      }
      let result = byKey.get(key);
      if (!result) {
        result = run(args, event);
        byKey.set(key, result);
      }
      return result;
    });
  };
}
