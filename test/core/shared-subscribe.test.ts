import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { sharedSubscribe } from '../../src/server/subscriptions.js';

describe('sharedSubscribe', () => {
  it('executes one event once per selection for every subscriber, and passes return() through', async () => {
    let executions = 0;
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
    const subscribe = sharedSubscribe();
    const run = async (label: string, take: number) => {
      const it = (await subscribe({ schema, document: parse('subscription($l: String) { tick(label: $l) { n } }'), variableValues: { l: label } })) as AsyncIterableIterator<ExecutionResult>;
      const out: unknown[] = [];
      for (let k = 0; k < take; k++) out.push((await it.next()).value);
      await it.return!();
      return out;
    };
    const same = await Promise.all(Array.from({ length: 50 }, () => run('a', 2)));
    assert.ok(same.every((r) => JSON.stringify(r) === JSON.stringify([{ data: { tick: { n: 1 } } }, { data: { tick: { n: 2 } } }])));
    assert.equal(executions, 2, '50 subscribers, 2 events: 2 executions');
    await run('b', 1);
    assert.equal(executions, 3, 'other variables: their own execution');
    assert.equal(returned, 51, 'every unsubscribe reaches the source');
  });
});
