/**
 * Subscription execution shared between subscribers: the progress hub hands every subscriber of a
 * task the same event object, so the response for one (event, document, variables) is computed
 * AND serialised once and sent to all of them, instead of once per subscriber (1,000 dashboards on
 * one task cost one execution and one JSON.stringify per change, not 1,000).
 *
 * The shared response is a `SerialisedResult`: the formatted result's JSON text. Per subscriber
 * only the envelope is added:
 * - graphql-ws: the transport pumps the subscription's `SharedStream` straight to its connection
 *   (`pipe`), writing `{"id":…,"type":"next","payload":` + the shared text + `}`;
 * - graphql-sse: the result is handed to graphql-sse as the payload, which serialises it as a
 *   placeholder (its `toJSON`), and the transport splices the shared text in (`SsePayloads`).
 */
import { createHash } from 'node:crypto';
import { createSourceEventStream, execute, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';

/** What stands for a shared payload in a library's envelope: a string no GraphQL result can be. */
const PLACEHOLDER = '\u0000migraph:shared\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);
/** graphql-sse's event (distinct connections: the data is the payload itself). */
const SSE_NEXT = `event: next\ndata: ${PLACEHOLDER_JSON}\n\n`;

/** One formatted result, serialised once, sent to every subscriber who gets it. */
export class SerialisedResult {
  private utf8: Buffer | null = null;

  constructor(
    /** The payload's JSON text. */
    readonly json: string,
    /** The formatted errors (for the transports' metrics), if any. */
    readonly errors: readonly GraphQLError[] | undefined,
  ) {}

  /** The JSON's UTF-8 bytes, encoded once for every subscriber. */
  get bytes(): Buffer {
    return (this.utf8 ??= Buffer.from(this.json));
  }

  /** In graphql-sse's event, the payload serialises to the placeholder; the transport splices `json` in. */
  toJSON(): string {
    return PLACEHOLDER;
  }
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

type Shared = SerialisedResult | Promise<SerialisedResult>;

/**
 * Writes one result to a subscriber; answers null when it is written (or buffered) and the
 * next may follow at once, or a promise when the connection is congested (the pump waits).
 */
export type SharedWrite = (result: SerialisedResult) => Promise<void> | null;

/** Answers null while the sender may go on in this turn, else a promise of a later turn (bursts.ts TurnSlices). */
export type SendSlice = () => Promise<void> | null;

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/**
 * One subscription's results: the source stream's events mapped to their shared results. Read
 * as an async iterator (graphql-sse), or pumped straight to the subscriber's connection
 * (`pipe`, graphql-ws: one promise per message instead of graphql-ws's chain of them). `return()`
 * reaches the source, so unsubscribing still releases it.
 */
export class SharedStream implements AsyncIterableIterator<SerialisedResult> {
  private readonly source: AsyncIterator<unknown>;
  /** The source's pending values without a promise each, when it offers them (the hub's LatestValueIterator). */
  private readonly pending: (() => unknown) | null;
  private stopped = false;

  constructor(
    source: AsyncIterable<unknown>,
    private readonly resultFor: (event: unknown) => Shared,
  ) {
    this.source = source[Symbol.asyncIterator]();
    const it = this.source as AsyncIterator<unknown> & { takePending?: () => unknown };
    this.pending = typeof it.takePending === 'function' ? it.takePending.bind(it) : null;
  }

  async next(): Promise<IteratorResult<SerialisedResult>> {
    const r = await this.source.next();
    return r.done || this.stopped ? DONE : { value: await this.resultFor(r.value), done: false };
  }

  /**
   * Writes every result until the source ends or `return()`; waits while `write` says the
   * connection is congested, and for a later turn when `slice` says this one has lasted long enough.
   */
  async pipe(write: SharedWrite, slice?: SendSlice): Promise<void> {
    for (;;) {
      const later = slice?.();
      if (later) await later;
      let event = this.pending?.();
      if (event === undefined) {
        const r = await this.source.next();
        if (r.done) return;
        event = r.value;
      }
      if (this.stopped) return;
      let result = this.resultFor(event);
      if (result instanceof Promise) result = await result;
      if (this.stopped) return;
      const congested = write(result);
      if (congested) await congested;
    }
  }

  async return(): Promise<IteratorResult<SerialisedResult>> {
    this.stopped = true;
    await this.source.return?.();
    return DONE;
  }

  async throw(e?: unknown): Promise<IteratorResult<SerialisedResult>> {
    this.stopped = true;
    if (this.source.throw) await this.source.throw(e);
    return DONE;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<SerialisedResult> {
    return this;
  }
}

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
export function sharedSubscribe(options: SharedSubscribeOptions): (args: ExecutionArgs) => Promise<SharedStream | ExecutionResult> {
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
    return new SharedStream(stream, (event) => {
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
