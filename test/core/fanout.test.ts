/**
 * The selection fan-out (src/server/fanout.ts): subscribers of one (selection, scope) share one
 * source, one pump and one serialisation per event; leaving is O(1) and the empty group closes
 * its source; a lagging member never delays the others and, once drained, gets the newest result
 * of each task it missed; different scopes never share a group.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionArgs } from 'graphql';
import { LatestValueIterator } from '../../src/domain/progress/latest.js';
import { SelectionFanout, FanoutTicket } from '../../src/server/fanout.js';
import { sharedResults } from '../../src/server/subscriptions.js';
import { principalScope } from '../../src/server/websocket.js';
import { principalOf } from '../../src/security/principal.js';

type Event = { task: string; n: number };

/** A hub stand-in: every open source of a scope gets the same event objects, latest value per task. */
function fakeHub() {
  const sources = new Set<{ scope: string; it: LatestValueIterator<Event> }>();
  const current = new Map<string, Map<string, Event>>();
  return {
    sources,
    open(scope: string): LatestValueIterator<Event> {
      const entry = { scope, it: new LatestValueIterator<Event>(() => sources.delete(entry)) };
      sources.add(entry);
      for (const e of current.get(scope)?.values() ?? []) entry.it.push(e, e.task);
      return entry.it;
    },
    emit(scope: string, task: string, n: number): Event {
      const event = { task, n };
      let byTask = current.get(scope);
      if (!byTask) current.set(scope, (byTask = new Map()));
      byTask.set(task, event);
      for (const s of sources) if (s.scope === scope) s.it.push(event, task);
      return event;
    },
  };
}

function setup() {
  const hub = fakeHub();
  let serialisations = 0;
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { x: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        tick: {
          type: new GraphQLObjectType({ name: 'Tick', fields: { task: { type: GraphQLString }, n: { type: GraphQLInt } } }),
          subscribe: (_root: unknown, _args: unknown, ctx: { scope: string }) => hub.open(ctx.scope),
          resolve: (e: unknown) => e,
        },
      },
    }),
  });
  let slice: Promise<void> | null = null;
  const fanout = new SelectionFanout({
    results: sharedResults({ format: (r) => r, onSerialise: () => serialisations++ }),
    scopeOf: (args) => (args.contextValue as { scope: string }).scope,
    keyOf: (e) => (e as Event).task,
    slice: () => slice,
  });
  const document = parse('subscription { tick { task n } }');
  const args = (scope: string): ExecutionArgs => ({ schema, document, contextValue: { scope } });
  /** A subscriber: what it received (parsed), and a write that can be made congested. */
  const subscriber = async (scope: string, congestedBy?: () => Promise<void> | null) => {
    const got: Event[] = [];
    const ticket = await fanout.subscribe(args(scope));
    assert.ok(ticket instanceof FanoutTicket);
    const member = await fanout.join(ticket, Buffer.from('{"id":"x","type":"next","payload":'), (prefix, payload) => {
      const message = JSON.parse(`${String(prefix)}${String(payload)}}`) as { payload: { data: { tick: Event } } };
      got.push(message.payload.data.tick);
      return congestedBy?.() ?? null;
    });
    return { got, member };
  };
  return {
    hub,
    fanout,
    subscriber,
    serialisations: () => serialisations,
    holdSlices(p: Promise<void> | null) {
      slice = p;
    },
  };
}

/** Lets the pumps run (microtasks and one macrotask turn). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('selection fan-out', () => {
  it('N subscribers of one selection: one group, one open source, one serialisation per event', async () => {
    const t = setup();
    t.hub.emit('a', 't1', 0);
    const subs = await Promise.all(Array.from({ length: 50 }, () => t.subscriber('a')));
    await settle();
    assert.equal(t.fanout.size, 1, 'one group');
    assert.equal(t.hub.sources.size, 1, "one source stays open (the joiners' own closed after their snapshot)");
    assert.ok(subs.every((s) => s.got.length === 1 && s.got[0]!.n === 0), 'every subscriber got the current state once');
    const before = t.serialisations();
    t.hub.emit('a', 't1', 1);
    t.hub.emit('a', 't2', 1);
    await settle();
    assert.equal(t.serialisations() - before, 2, '2 events, 50 subscribers: 2 serialisations');
    assert.ok(subs.every((s) => JSON.stringify(s.got.map((e) => [e.task, e.n])) === '[["t1",0],["t1",1],["t2",1]]'));
    for (const s of subs) await s.member.return();
    assert.equal(t.fanout.size, 0, 'the empty group leaves the registry');
    assert.equal(t.hub.sources.size, 0, 'and closes its source');
  });

  it('a member leaving mid-burst gets nothing more; the others get the rest of the burst', async () => {
    const t = setup();
    const a = await t.subscriber('a');
    const b = await t.subscriber('a');
    const c = await t.subscriber('a');
    await settle();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    t.hub.emit('a', 't1', 1);
    t.hub.emit('a', 't2', 1);
    t.hub.emit('a', 't3', 1);
    // The first event goes out; then the send slice makes the pump wait for a later turn.
    t.holdSlices(held);
    await settle();
    const sofar = b.got.length;
    assert.equal(sofar, 1, 'mid-burst: 1 of 3 delivered');
    await b.member.return();
    assert.equal(a.member.group.size, 2, 'O(1) removal: 2 members left');
    t.holdSlices(null);
    release();
    await settle();
    assert.equal(b.got.length, sofar, 'nothing after leaving');
    assert.deepEqual(a.got.map((e) => e.task), ['t1', 't2', 't3']);
    assert.deepEqual(c.got.map((e) => e.task), ['t1', 't2', 't3']);
    await a.member.return();
    await c.member.return();
    assert.equal(t.hub.sources.size, 0);
  });

  it('a lagging member does not delay the others and, once drained, gets the newest value of each task it missed', async () => {
    const t = setup();
    let drain: (() => void) | null = null;
    let congest = false;
    const slow = await t.subscriber('a', () => (congest ? new Promise<void>((resolve) => (drain = resolve)) : null));
    const fast = await t.subscriber('a');
    await settle();
    congest = true;
    t.hub.emit('a', 't1', 1); // written, but the connection is now congested: the member lags
    await settle();
    congest = false;
    for (let n = 2; n <= 5; n++) {
      t.hub.emit('a', 't1', n);
      t.hub.emit('a', 't2', n);
      await settle();
    }
    assert.deepEqual(fast.got.map((e) => `${e.task}:${e.n}`), ['t1:1', 't1:2', 't2:2', 't1:3', 't2:3', 't1:4', 't2:4', 't1:5', 't2:5'], 'the fast one got everything meanwhile');
    assert.deepEqual(slow.got.map((e) => `${e.task}:${e.n}`), ['t1:1'], 'the lagging one got nothing while congested');
    assert.ok(drain);
    (drain as () => void)();
    await settle();
    assert.deepEqual(slow.got.map((e) => `${e.task}:${e.n}`), ['t1:1', 't1:5', 't2:5'], 'on drain: the newest of each missed task, not the backlog');
    t.hub.emit('a', 't1', 6);
    await settle();
    assert.equal(slow.got.at(-1)!.n, 6, 'and then follows the group again');
    await slow.member.return();
    await fast.member.return();
  });

  it('the stream ending ends every member (after a lagging one got its newest values)', async () => {
    const t = setup();
    const a = await t.subscriber('a');
    await settle();
    const ended = a.member.next();
    const source = [...t.hub.sources][0]!.it;
    t.hub.emit('a', 't1', 1);
    source.end();
    assert.deepEqual(await ended, { value: undefined, done: true });
    assert.equal(a.got.at(-1)!.n, 1);
    assert.equal(t.fanout.size, 0);
  });

  it('different scopes (principals with different accounts) never share a group or its events', async () => {
    const t = setup();
    const hwOnly = principalOf('key:reader', 'api-key', ['migration:read'], ['hw']);
    const all = principalOf('key:operator', 'api-key', ['migration:read'], ['*']);
    const hwAgain = principalOf('key:reader2', 'api-key', ['migration:read'], ['hw']);
    assert.notEqual(principalScope(hwOnly), principalScope(all));
    assert.equal(principalScope(hwOnly), principalScope(hwAgain), 'same scopes and accounts: the same events reach them');
    assert.notEqual(principalScope(hwOnly), principalScope(principalOf('key:x', 'api-key', ['migration:read', 'secrets:read'], ['hw'])), 'other scopes: another group');
    const mine = await t.subscriber(principalScope(hwOnly));
    const theirs = await t.subscriber(principalScope(all));
    await settle();
    assert.equal(t.fanout.size, 2);
    t.hub.emit(principalScope(all), 'ali-task', 1);
    t.hub.emit(principalScope(hwOnly), 'hw-task', 1);
    await settle();
    assert.deepEqual(mine.got.map((e) => e.task), ['hw-task']);
    assert.deepEqual(theirs.got.map((e) => e.task), ['ali-task']);
    await mine.member.return();
    await theirs.member.return();
  });
});
