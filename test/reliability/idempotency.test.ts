/**
 * Client idempotency keys (issue #13, deliverable 3): the window itself (memory, on an injected
 * clock; Redis, shared by two windows), and the GraphQL wrapper over a gateway with fake providers:
 * the argument and the Idempotency-Key header, validation before anything is sent, a repeat answered
 * with the first result (resolving identically), other arguments refused, a call in flight, a
 * definite failure released, an unknown outcome kept, keys scoped per principal, and two gateway
 * instances sharing the window through Redis.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import type { CallContext, CreateTaskInput } from '../../adapters/port.js';
import { GatewayError } from '../../src/core/errors.js';
import type { Task } from '../../src/core/model.js';
import { fingerprintOf, IdempotencyWindow, MemoryIdempotencyStore, RedisIdempotencyStore, type IdempotencyOptions } from '../../src/domain/idempotency.js';
import { encodeId } from '../../src/domain/ids.js';
import { CreateTaskDocument, StartTaskDocument } from '../generated/graphql.js';
import { fakeAccounts, type FakeProvider } from '../helpers/fake-provider.js';
import { gql, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const REDIS_URL = `redis://127.0.0.1:${process.env.MIGRAPH_TEST_REDIS_PORT ?? 6379}`;
const OPTIONS: IdempotencyOptions = { ttlMs: 60_000, maxEntries: 100, inFlightTtlMs: 5_000 };
const scope = (key: string, principal = 'key:alice', field = 'createTask') => ({ principal, field, key });

async function rejection(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof GatewayError, String(e));
    return e;
  }
  return assert.fail('expected a rejection');
}

/** A promise and its resolver: holds a call in flight until the test lets it go. */
function gate<T = undefined>() {
  let open!: (v?: T) => void;
  const promise = new Promise<T | undefined>((resolve) => (open = resolve));
  return { promise, open };
}

describe('idempotency window (memory, injected clock)', () => {
  let now = 1_000_000;
  const window = () => new IdempotencyWindow(new MemoryIdempotencyStore({ maxEntries: 100, now: () => now }), OPTIONS);

  it('answers a repeat with the first result (the same JSON both times), calling once', async () => {
    const w = window();
    let calls = 0;
    const fp = fingerprintOf({ input: { name: 'a' } });
    const first = await w.run(scope('k1'), fp, async () => ({ n: ++calls, at: '2026-01-01T00:00:00.000Z', gone: undefined }));
    const again = await w.run(scope('k1'), fp, async () => ({ n: ++calls, at: 'later', gone: undefined }));
    assert.equal(calls, 1);
    assert.deepEqual(first, { n: 1, at: '2026-01-01T00:00:00.000Z' });
    assert.deepEqual(again, first);
  });

  it('refuses the same key with other arguments (BAD_USER_INPUT on idempotencyKey), keeps keys apart per principal and field', async () => {
    const w = window();
    await w.run(scope('k2'), fingerprintOf({ a: 1 }), async () => 'first');
    const e = await rejection(w.run(scope('k2'), fingerprintOf({ a: 2 }), async () => 'second'));
    assert.deepEqual([e.code, e.field], ['BAD_USER_INPUT', 'idempotencyKey']);
    assert.match(e.message, /other arguments/);
    assert.equal(await w.run(scope('k2', 'key:bob'), fingerprintOf({ a: 2 }), async () => 'bob'), 'bob');
    assert.equal(await w.run(scope('k2', 'key:alice', 'startTask'), fingerprintOf({ a: 2 }), async () => 'other field'), 'other field');
  });

  it('fingerprints canonically: key order does not matter, write-only secrets count as present only', () => {
    assert.equal(fingerprintOf({ a: 1, b: { c: 2, d: 3 } }), fingerprintOf({ b: { d: 3, c: 2 }, a: 1 }));
    assert.equal(fingerprintOf({ input: { password: 'one' } }), fingerprintOf({ input: { password: 'two' } }));
    assert.notEqual(fingerprintOf({ input: { password: 'one' } }), fingerprintOf({ input: { password: null } }));
  });

  it('refuses a repeat while the first call runs (CONFLICT, retryable, retry after 1 s), then answers its result', async () => {
    const w = window();
    const held = gate<string>();
    const first = w.run(scope('k3'), 'fp', () => held.promise);
    const e = await rejection(w.run(scope('k3'), 'fp', async () => 'never'));
    assert.deepEqual([e.code, e.retryable, e.retryAfterMs], ['CONFLICT', true, 1_000]);
    held.open('done');
    assert.equal(await first, 'done');
    assert.equal(await w.run(scope('k3'), 'fp', async () => 'never'), 'done');
  });

  it('releases the key after a definite failure (the client may retry with it); keeps an unknown outcome', async () => {
    const w = window();
    let calls = 0;
    const refuse = async () => {
      calls++;
      throw new GatewayError('CONFLICT', 'refused', { provider: 'huawei-sms', providerCode: 'SMS.6005' });
    };
    await rejection(w.run(scope('k4'), 'fp', refuse));
    await rejection(w.run(scope('k4'), 'fp', refuse));
    assert.equal(calls, 2, 'a definite failure is not stored');

    const lost = async () => {
      calls++;
      throw new GatewayError('UPSTREAM_UNAVAILABLE', 'Huawei SMS CreateTask timed out after it was sent: it may have been applied', { provider: 'huawei-sms', account: 'hw', retryable: false, outcome: 'UNKNOWN' });
    };
    await rejection(w.run(scope('k5'), 'fp', lost));
    const again = await rejection(w.run(scope('k5'), 'fp', lost));
    assert.equal(calls, 3, 'the unknown outcome is answered again, not sent again');
    assert.deepEqual([again.code, again.outcome, again.retryable, again.provider, again.account], ['UPSTREAM_UNAVAILABLE', 'UNKNOWN', false, 'huawei-sms', 'hw']);
    assert.match(again.message, /earlier createTask with this idempotencyKey ended with an unknown outcome/);
  });

  it('forgets a result after ttlMs, and a key whose first call never finished after inFlightTtlMs', async () => {
    const w = window();
    let calls = 0;
    await w.run(scope('k6'), 'fp', async () => ++calls);
    now += OPTIONS.ttlMs - 1;
    assert.equal(await w.run(scope('k6'), 'fp', async () => ++calls), 1);
    now += 2;
    assert.equal(await w.run(scope('k6'), 'fp', async () => ++calls), 2, 'expired: run again');

    void w.run(scope('k7'), 'fp', () => new Promise(() => {})); // an instance that died mid-call
    await rejection(w.run(scope('k7'), 'fp', async () => 'x'));
    now += OPTIONS.inFlightTtlMs + 1;
    assert.equal(await w.run(scope('k7'), 'fp', async () => 'freed'), 'freed');
  });

  it('derives a 64-hex token per principal, field, key and arguments (the Alibaba ClientToken)', () => {
    const t = IdempotencyWindow.token(scope('k'), 'fp');
    assert.match(t, /^[0-9a-f]{64}$/);
    assert.equal(IdempotencyWindow.token(scope('k'), 'fp'), t);
    assert.notEqual(IdempotencyWindow.token(scope('k', 'key:bob'), 'fp'), t);
    assert.notEqual(IdempotencyWindow.token(scope('k', 'key:alice', 'startTask'), 'fp'), t);
    assert.notEqual(IdempotencyWindow.token(scope('k'), 'other'), t);
  });
});

describe('idempotency window (Redis, two instances)', () => {
  const prefix = `migraph-test-${randomUUID()}:`;
  let a: IdempotencyWindow;
  let b: IdempotencyWindow;
  let redis: Redis;

  before(() => {
    redis = new Redis(REDIS_URL);
    a = new IdempotencyWindow(new RedisIdempotencyStore({ url: REDIS_URL, keyPrefix: prefix }), OPTIONS);
    b = new IdempotencyWindow(new RedisIdempotencyStore({ url: REDIS_URL, keyPrefix: prefix }), OPTIONS);
  });
  after(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await a.close();
    await b.close();
    redis.disconnect();
  });

  it('shares records: the other instance answers the first result, refuses other arguments and a call in flight', async () => {
    let calls = 0;
    const first = await a.run(scope('r1'), 'fp', async () => ({ id: `t-${++calls}` }));
    assert.deepEqual(await b.run(scope('r1'), 'fp', async () => ({ id: `t-${++calls}` })), first);
    assert.equal(calls, 1);
    assert.equal((await rejection(b.run(scope('r1'), 'other', async () => null))).code, 'BAD_USER_INPUT');

    const held = gate<string>();
    const claimed = gate();
    // The window calls the function only once its claim is in Redis.
    const running = a.run(scope('r2'), 'fp', () => {
      claimed.open();
      return held.promise;
    });
    await claimed.promise;
    const e = await rejection(b.run(scope('r2'), 'fp', async () => 'never'));
    assert.deepEqual([e.code, e.retryable], ['CONFLICT', true]);
    held.open('ok');
    assert.equal(await running, 'ok');
    assert.equal(await b.run(scope('r2'), 'fp', async () => 'never'), 'ok');
  });

  it('releases after a definite failure; the key lives under pubsub.keyPrefix + "idem:" with the TTL', async () => {
    let calls = 0;
    const refuse = async () => {
      calls++;
      throw new GatewayError('NOT_FOUND', 'no such source');
    };
    await rejection(a.run(scope('r3'), 'fp', refuse));
    await rejection(b.run(scope('r3'), 'fp', refuse));
    assert.equal(calls, 2);
    const keys = await redis.keys(`${prefix}idem:*`);
    assert.ok(keys.length >= 2);
    const ttl = await redis.pttl(keys[0]!);
    assert.ok(ttl > 0 && ttl <= OPTIONS.ttlMs, `pttl ${ttl}`);
  });

  it('refuses a keyed call when Redis cannot be reached (UPSTREAM_UNAVAILABLE, retryable), without running it', async () => {
    const down = new IdempotencyWindow(new RedisIdempotencyStore({ url: 'redis://127.0.0.1:9', keyPrefix: prefix }), OPTIONS);
    let ran = false;
    const e = await rejection(
      down.run(scope('r4'), 'fp', async () => {
        ran = true;
      }),
    );
    await down.close();
    assert.deepEqual([e.code, e.retryable, ran], ['UPSTREAM_UNAVAILABLE', true, false]);
  });
});

describe('idempotency keys over GraphQL (fake providers)', () => {
  const prefix = `migraph-test-${randomUUID()}:`;
  const KEYS = { alice: 'alice-api-key-0123456789abcdef', bob: 'bob-api-key-0123456789abcdef00' };
  let gw: TestGateway;
  let gw2: TestGateway;
  let hw: FakeProvider;
  const contexts: (CallContext | undefined)[] = [];
  let held: ReturnType<typeof gate> | null = null;
  let entered: ReturnType<typeof gate> | null = null;
  const src = (n: number) => encodeId('Source', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: `src-${n}` });
  const as = (who: keyof typeof KEYS, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${KEYS[who]}`, ...extra });

  before(async () => {
    const fake = fakeAccounts([{ id: 'hw', provider: 'huawei-sms', regions: ['ap-southeast-3'] }]);
    const config = {
      cache: { enabled: false },
      // Both instances share the window (and nothing else matters here) through Redis.
      pubsub: { kind: 'redis', redisUrl: REDIS_URL, keyPrefix: prefix },
      auth: {
        apiKeys: [
          { id: 'alice', key: KEYS.alice, scopes: ['migration:read', 'migration:operate'], accounts: ['*'] },
          { id: 'bob', key: KEYS.bob, scopes: ['migration:read', 'migration:operate'], accounts: ['*'] },
        ],
      },
    };
    gw = await startTestGateway(fake.accounts, config, fake.factory);
    hw = fake.providers.get('hw')!;
    // The second instance gets the same fake provider: one "cloud" behind two gateways.
    gw2 = await startTestGateway(fake.accounts, config, () => hw);
    for (let i = 0; i < 10; i++) hw.addSource('ap-southeast-3', i);
    const create = hw.createTask.bind(hw);
    hw.createTask = async (input: CreateTaskInput, ctx?: CallContext): Promise<Task> => {
      contexts.push(ctx);
      entered?.open();
      if (held) await held.promise;
      return create(input);
    };
  });
  after(async () => {
    await gw?.close();
    await gw2?.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  const createVars = (n: number, idempotencyKey?: string) => ({ input: { sourceId: src(n), name: `idem-${n}`, huawei: {} }, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) });

  it('without a key, nothing is derived: the provider gets no idempotency key, and a repeat is sent again', async () => {
    const before = hw.calls.createTask ?? 0;
    contexts.length = 0;
    const a = await gql(gw.url, CreateTaskDocument, createVars(0), as('alice'));
    const b = await gql(gw.url, CreateTaskDocument, createVars(0), as('alice'));
    assert.equal(a.errors, undefined, JSON.stringify(a.errors));
    assert.notEqual(a.data!.createTask.id, b.data!.createTask.id);
    assert.equal(hw.calls.createTask! - before, 2);
    assert.deepEqual(contexts.map((c) => c?.idempotencyKey), [undefined, undefined]);
  });

  it('a repeat with the same key (argument or header, either instance) answers the first result, resolving identically; sent once', async () => {
    const before = hw.calls.createTask ?? 0;
    contexts.length = 0;
    const first = await gql(gw.url, CreateTaskDocument, createVars(1, 'create-src-1'), as('alice'));
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    const byHeader = await gql(gw.url, CreateTaskDocument, createVars(1), as('alice', { 'idempotency-key': 'create-src-1' }));
    const bothSame = await gql(gw.url, CreateTaskDocument, createVars(1, 'create-src-1'), as('alice', { 'idempotency-key': 'create-src-1' }));
    const otherInstance = await gql(gw2.url, CreateTaskDocument, createVars(1, 'create-src-1'), as('alice'));
    for (const r of [byHeader, bothSame, otherInstance]) assert.deepEqual(r, first);
    assert.equal(hw.calls.createTask! - before, 1);
    assert.match(contexts[0]!.idempotencyKey!, /^[0-9a-f]{64}$/, 'the provider gets the scoped key');
  });

  it('validates the key before anything is sent: length, characters, argument vs header, other arguments', async () => {
    const before = hw.totalCalls();
    const cases: [Record<string, unknown>, Record<string, string>, RegExp][] = [
      [createVars(2, 'x'.repeat(65)), {}, /1-64 printable ASCII/],
      [createVars(2, 'tab\tkey'), {}, /1-64 printable ASCII/],
      [createVars(2, ''), {}, /1-64 printable ASCII/],
      [createVars(2), { 'idempotency-key': 'é-not-ascii' }, /Idempotency-Key header/],
      [createVars(2, 'key-a'), { 'idempotency-key': 'key-b' }, /differ/],
      [createVars(2, 'create-src-1'), {}, /other arguments/],
    ];
    for (const [vars, headers, message] of cases) {
      const res = await gql(gw.url, CreateTaskDocument, vars as ReturnType<typeof createVars>, as('alice', headers));
      const e = res.errors?.[0];
      assert.equal(e?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(vars));
      assert.equal(e?.extensions?.field, 'idempotencyKey');
      assert.match(e!.message, message);
    }
    assert.equal(hw.totalCalls(), before, 'nothing sent');
  });

  it('keys are per principal: the same key from another API key is its own request', async () => {
    const before = hw.calls.createTask ?? 0;
    contexts.length = 0;
    const alice = await gql(gw.url, CreateTaskDocument, createVars(3, 'shared-key'), as('alice'));
    const bob = await gql(gw.url, CreateTaskDocument, createVars(3, 'shared-key'), as('bob'));
    assert.notEqual(alice.data!.createTask.id, bob.data!.createTask.id);
    assert.equal(hw.calls.createTask! - before, 2);
    assert.notEqual(contexts[0]!.idempotencyKey, contexts[1]!.idempotencyKey, 'distinct ClientTokens');
  });

  it('a repeat while the first call is in flight gets CONFLICT (retryable, retryAfter 1), then the result', async () => {
    held = gate();
    entered = gate();
    const first = gql(gw.url, CreateTaskDocument, createVars(4, 'slow-key'), as('alice'));
    await entered.promise;
    const during = await gql(gw2.url, CreateTaskDocument, createVars(4, 'slow-key'), as('alice'));
    assert.deepEqual([during.errors?.[0]?.extensions?.code, during.errors?.[0]?.extensions?.retryable, during.errors?.[0]?.extensions?.retryAfter], ['CONFLICT', true, 1]);
    held.open();
    held = null;
    entered = null;
    const done = await first;
    assert.equal(done.errors, undefined);
    assert.deepEqual(await gql(gw.url, CreateTaskDocument, createVars(4, 'slow-key'), as('alice')), done);
  });

  it('a definite failure is not stored (retrying with the key sends again); an unknown outcome is (the repeat is not sent)', async () => {
    const missing = { input: { sourceId: src(99), name: 'idem-missing', huawei: {} }, idempotencyKey: 'missing-src' };
    const before = hw.calls.createTask ?? 0;
    const a = await gql(gw.url, CreateTaskDocument, missing, as('alice'));
    const b = await gql(gw.url, CreateTaskDocument, missing, as('alice'));
    assert.deepEqual([a.errors?.[0]?.extensions?.code, b.errors?.[0]?.extensions?.code], ['NOT_FOUND', 'NOT_FOUND']);
    assert.equal(hw.calls.createTask! - before, 2);

    const id = hw.tasks[0]!;
    const taskId = encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'ap-southeast-3', nativeId: id.nativeId });
    hw.failWith = new GatewayError('UPSTREAM_UNAVAILABLE', 'Fake StartTask timed out after it was sent: it may have been applied', { provider: 'huawei-sms', account: 'hw', retryable: false, outcome: 'UNKNOWN' });
    const lost = await gql(gw.url, StartTaskDocument, { id: taskId, idempotencyKey: 'start-lost' }, as('alice'));
    hw.failWith = null;
    const calls = hw.calls.runTaskAction ?? 0;
    const repeat = await gql(gw.url, StartTaskDocument, { id: taskId, idempotencyKey: 'start-lost' }, as('alice'));
    assert.deepEqual([lost.errors?.[0]?.extensions?.outcome, lost.errors?.[0]?.extensions?.retryable], ['UNKNOWN', false]);
    assert.deepEqual([repeat.errors?.[0]?.extensions?.outcome, repeat.errors?.[0]?.extensions?.retryable, repeat.errors?.[0]?.extensions?.code], ['UNKNOWN', false, 'UPSTREAM_UNAVAILABLE']);
    assert.equal(hw.calls.runTaskAction ?? 0, calls, 'not sent again');
  });
});
