import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { SerialisedResult, canonicalJson, selectionKey, sharedSubscribe } from '../../src/server/subscriptions.js';

describe('sharedSubscribe', () => {
  it('executes and serialises one event once per selection for every subscriber, and passes return() through', async () => {
    let executions = 0;
    let serialisations = 0;
    let returned = 0;
    const events = [{ n: 1 }, { n: 2 }];
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { x: { type: GraphQLInt } } }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: {
          tick: {
            type: new GraphQLObjectType({
              name: 'Tick',
              fields: {
                n: {
                  type: GraphQLInt,
                  resolve: (e: { n: number }) => {
                    executions++;
                    return e.n;
                  },
                },
              },
            }),
            args: { label: { type: GraphQLString } },
            // Every subscriber gets the same event objects, as the progress hub does.
            subscribe: () => {
              let i = 0;
              return {
                [Symbol.asyncIterator]() {
                  return this;
                },
                async next() {
                  return i < events.length ? { value: events[i++], done: false } : { value: undefined, done: true };
                },
                async return() {
                  returned++;
                  return { value: undefined, done: true };
                },
              };
            },
            resolve: (e: unknown) => e,
          },
        },
      }),
    });
    const subscribe = sharedSubscribe({ format: (r) => r, onSerialise: () => serialisations++ });
    const document = parse('subscription($l: String) { tick(label: $l) { n } }');
    const results = new Set<SerialisedResult>();
    const run = async (label: string, take: number) => {
      const it = (await subscribe({ schema, document, variableValues: { l: label } })) as AsyncIterableIterator<SerialisedResult>;
      const out: unknown[] = [];
      for (let k = 0; k < take; k++) {
        const value = (await it.next()).value as SerialisedResult;
        assert.ok(value instanceof SerialisedResult);
        results.add(value);
        out.push(JSON.parse(value.json) as ExecutionResult);
      }
      await it.return!();
      return out;
    };
    const same = await Promise.all(Array.from({ length: 50 }, () => run('a', 2)));
    assert.ok(same.every((r) => JSON.stringify(r) === JSON.stringify([{ data: { tick: { n: 1 } } }, { data: { tick: { n: 2 } } }])));
    assert.equal(executions, 2, '50 subscribers, 2 events: 2 executions');
    assert.equal(serialisations, 2, '50 subscribers, 2 events: 2 serialisations');
    assert.equal(results.size, 2, 'every subscriber gets the same serialised object');
    await run('b', 1);
    assert.equal(executions, 3, 'other variables: their own execution');
    assert.equal(serialisations, 3, 'other variables: their own serialisation');
    assert.equal(returned, 51, 'every unsubscribe reaches the source');
  });

  it('keys the shared execution by a hash of operation name, canonical variables and document text', () => {
    const document = parse('subscription($a: Int, $b: Int) { tick { n } }');
    const key = selectionKey({ document, operationName: null, variableValues: { a: 1, b: 2 } });
    assert.match(key, /^[A-Za-z0-9+/]{27}=$/, 'a SHA-1 (base64), not a printed copy');
    assert.equal(selectionKey({ document: parse('subscription($a: Int, $b: Int) { tick { n } }'), variableValues: { b: 2, a: 1 } }), key, 'same text, variables in another order: same key');
    assert.notEqual(selectionKey({ document, variableValues: { a: 1, b: 3 } }), key, 'other variables');
    assert.notEqual(selectionKey({ document, operationName: 'X', variableValues: { a: 1, b: 2 } }), key, 'other operation name');
    assert.notEqual(selectionKey({ document: parse('subscription($a: Int, $b: Int) { tick { n __typename } }'), variableValues: { a: 1, b: 2 } }), key, 'other document');
    assert.equal(canonicalJson({ z: [1, { y: 2, x: undefined, w: 'v' }], a: null }), '{"a":null,"z":[1,{"w":"v","y":2}]}');
  });
});
