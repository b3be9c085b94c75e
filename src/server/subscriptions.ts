/**
 * Subscription execution shared between subscribers: the progress hub hands every subscriber of a
 * task the same event object, so the response for one (event, document, variables) is computed once
 * and sent to all of them, instead of once per subscriber (1,000 dashboards on one task cost one
 * execution per change, not 1,000).
 */
import {
  createSourceEventStream,
  execute,
  print,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

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

export function sharedSubscribe(): (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  /** Per source event, the results computed so far by selection. Dropped with the event. */
  const results = new WeakMap<object, Map<string, Result>>();
  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable<unknown>(stream)) return stream as ExecutionResult;
    const selection = `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${print(args.document)}`;
    return mapIterator(stream, (event) => {
      const run = () => execute({ ...args, rootValue: event });
      if (typeof event !== 'object' || event === null) return run();
      let byKey = results.get(event);
      if (!byKey) {
        byKey = new Map();
        results.set(event, byKey);
      }
      let result = byKey.get(selection);
      if (!result) {
        result = run();
        byKey.set(selection, result);
      }
      return result;
    });
  };
}
