/**
 * The provider contract: one suite, run against every provider's simulator (test/contract/contract.test.ts
 * loops over PROVIDER_MODULES), in the style of Apollo Server's integration suite. It states the
 * TARGET behaviour every adapter must show; the small per-provider part is a ProviderHarness
 * (test/contract/harness/<provider>.ts).
 *
 * Every simulator runs on a ManualClock started at Date.now() and never advanced, so the demo data
 * is frozen and nothing moves behind the tests' back (no agent heartbeats, no progress).
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import { ListOrder, TaskAction, TaskState, type ListPage, type ListQuery, type Logger, type Source, type Task } from '../../src/core/model.js';
import { GatewayError } from '../../src/core/errors.js';
import { compareBy } from '../../src/core/list.js';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import type { SimulatorProbe } from '../../adapters/common/simulator/probe.js';
import type { AccountConfig, DemoHandle, ProviderModule } from '../../adapters/module.js';
import type { MigrationProvider } from '../../adapters/port.js';

/** What the contract needs to know about one provider: the small, provider-specific part. */
export interface ProviderHarness {
  /** Account options for a given read retry limit (plus whatever keeps retries fast, e.g. a short backoff). */
  options(retryLimit: number): Record<string, unknown>;
  /** The same account with a wrong secret (the access key id is kept, so the vendor checks the signature). */
  wrongSecret(account: AccountConfig): AccountConfig;
  /** Page size the adapter asks the vendor's task and source lists for. */
  vendorPageSize: number;
  /** Demo `scale` that puts more than one vendor page of tasks and of sources into `region`. */
  pagingScale: number;
  /** Demo `scale` whose data covers the task states the simulator reaches (default: the module's default). */
  actionScale?: number;
  /**
   * Simulated milliseconds to advance the demo's ManualClock once after start, for the action and
   * error demos, when the frozen demo does not reach enough states (e.g. agents that must heartbeat).
   */
  warmUpMs?: number;
  /** The region under test (default: the account's first). */
  region?(account: AccountConfig): string;
  /** Operation names as `probe.counts()` reports them. */
  ops: {
    listTasks: string;
    listSources: string;
    /** The write behind `runTaskAction(START)`. */
    startTask: string;
  };
  /** The unified actions the adapter implements at all (the others must be UNSUPPORTED_OPERATION). */
  actions: readonly TaskAction[];
  /** Parameters an action needs (e.g. a template for Huawei CLONE_TEST); null by default. */
  actionParams?(action: TaskAction, provider: MigrationProvider, region: string): Promise<Record<string, unknown> | null>;
  /** Milliseconds of the vendor's Retry-After on throttling, when the vendor sends one. */
  throttleRetryAfterMs?: number;
}

/** The outcome-unknown mark on a failed write (one line to adapt to the field the adapters add). */
export function isOutcomeUnknown(err: unknown): boolean {
  return (err as { outcome?: unknown } | null)?.outcome === 'UNKNOWN';
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };
// Every ListOrder: created, name, and the state, progress and updated-time orders (issue 12).
const ORDERS = Object.values(ListOrder);
const NOT_AN_ID = 'contract-no-such-id-0000';

interface Env {
  demo: DemoHandle;
  probe: SimulatorProbe;
  provider: MigrationProvider;
  region: string;
  close(): Promise<void>;
}

async function startEnv(module: ProviderModule, harness: ProviderHarness, opts: { scale?: number; retryLimit?: number; warmUpMs?: number; tag: string }): Promise<Env> {
  // Started at the current second: vendors that keep whole seconds then see the same data every run.
  const clock = new ManualClock(Math.floor(Date.now() / 1000) * 1000);
  const demo = await module.startDemo({ accountId: `contract-${module.id}-${opts.tag}`, logger: silent, scale: opts.scale, clock });
  if (opts.warmUpMs) await clock.advance(opts.warmUpMs);
  const account = { ...demo.account, options: { ...(demo.account.options ?? {}), ...harness.options(opts.retryLimit ?? 0) } };
  const provider = module.createProvider(account, { logger: silent });
  const region = harness.region?.(demo.account) ?? demo.account.regions[0]!;
  assert.ok(demo.probe, `${module.id}: startDemo returns no probe`);
  return {
    demo,
    probe: demo.probe,
    provider,
    region,
    close: async () => {
      await provider.close();
      await demo.close();
    },
  };
}

function q(region: string, over: Partial<ListQuery> = {}): ListQuery {
  return { region, offset: 0, limit: 50, order: ListOrder.CREATED_DESC, filter: {}, ...over };
}

/** Every item of a list, in `order`: one call for the total, one for the items. */
async function readEverything<T>(list: (query: ListQuery) => Promise<ListPage<T>>, region: string, order: ListOrder, filter: ListQuery['filter'] = {}): Promise<ListPage<T>> {
  const head = await list(q(region, { limit: 1, order, filter }));
  const all = await list(q(region, { limit: Math.max(1, head.totalCount), order, filter }));
  assert.equal(all.totalCount, head.totalCount, 'totalCount does not depend on offset/limit');
  assert.equal(all.items.length, all.totalCount, 'a page as large as the total holds every item');
  return all;
}

const ids = (xs: readonly { nativeId: string }[]) => xs.map((x) => x.nativeId);

function delta(before: Record<string, number>, after: Record<string, number>, op?: string): number {
  if (op) return (after[op] ?? 0) - (before[op] ?? 0);
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return sum(after) - sum(before);
}

/** Awaits `p`, which must reject with a GatewayError. */
async function gatewayError(p: Promise<unknown>): Promise<GatewayError> {
  let err: unknown;
  try {
    await p;
  } catch (e) {
    err = e;
  }
  assert.ok(err !== undefined, 'expected a rejection, the call succeeded');
  assert.ok(err instanceof GatewayError, `expected a GatewayError, got ${String(err)}`);
  return err;
}

/** Every error names the provider and the account (checked last, so a wrong code is reported first). */
function attributed(err: GatewayError, provider: MigrationProvider): void {
  assert.equal(err.provider, provider.provider, `error.provider (${describeErr(err)})`);
  assert.equal(err.account, provider.accountId, `error.account (${describeErr(err)})`);
}

function describeErr(e: GatewayError): string {
  return `${e.code} (providerCode ${e.providerCode ?? '-'}, HTTP ${e.httpStatus ?? '-'}, retryable ${e.retryable}): ${e.message}`;
}

/** An HTTP server that answers every request with `status` and a body that is not the vendor's. */
async function startStatusStub(status: number): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  let n = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      n += 1;
      res.writeHead(status, { 'content-type': 'text/html' });
      res.end(`<html><body>${status} from a proxy</body></html>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => n,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Representative {
  task: Task;
  available: TaskAction[];
}

/** One task per (state, native state, available actions), the first by name. */
function representatives(provider: MigrationProvider, tasks: readonly Task[]): Representative[] {
  const byKey = new Map<string, Representative>();
  for (const task of [...tasks].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.nativeId.localeCompare(b.nativeId))) {
    const available = provider.availableActions(task);
    const key = `${task.state}|${task.nativeState}|${available.join(',')}`;
    if (!byKey.has(key)) byKey.set(key, { task, available });
  }
  return [...byKey.values()];
}

export function defineProviderContract(module: ProviderModule, harness: ProviderHarness): void {
  const regionOf = (account: AccountConfig) => harness.region?.(account) ?? account.regions[0]!;

  describe(`provider contract: ${module.id}`, () => {
    describe('listing', () => {
      let env: Env;
      let tasks: Task[];
      let sources: Source[];
      before(async () => {
        env = await startEnv(module, harness, { scale: harness.pagingScale, tag: 'list' });
        tasks = (await readEverything((x) => env.provider.listTasks(x), env.region, ListOrder.CREATED_DESC)).items;
        sources = (await readEverything((x) => env.provider.listSources(x), env.region, ListOrder.CREATED_DESC)).items;
      });
      after(async () => {
        await env?.close();
      });

      it('the demo holds more than one vendor page of tasks and of sources', () => {
        assert.ok(tasks.length > harness.vendorPageSize, `${tasks.length} tasks, vendor page ${harness.vendorPageSize}`);
        assert.ok(sources.length > harness.vendorPageSize, `${sources.length} sources, vendor page ${harness.vendorPageSize}`);
      });

      it('items are attributed to the provider, account and region; ids are unique', () => {
        for (const x of [...tasks, ...sources]) {
          assert.equal(x.provider, module.id);
          assert.equal(x.accountId, env.provider.accountId);
          assert.equal(x.region, env.region);
        }
        assert.equal(new Set(ids(tasks)).size, tasks.length, 'duplicate task ids');
        assert.equal(new Set(ids(sources)).size, sources.length, 'duplicate source ids');
      });

      it('tasks: a first page of N (CREATED_DESC, unfiltered) costs the vendor pages covering N, or (order not provable) every page once', async () => {
        // A fresh provider: no total known from earlier lists.
        const fresh = module.createProvider({ ...env.demo.account, options: harness.options(0) }, { logger: silent });
        try {
          const p = harness.vendorPageSize;
          const before = env.probe.counts();
          const page = await fresh.listTasks(q(env.region, { limit: p - 2 }));
          assert.deepEqual(ids(page.items), ids(tasks.slice(0, p - 2)));
          assert.equal(page.totalCount, tasks.length);
          assert.ok(tasks.length > p, `${tasks.length} tasks: more than one page`);
          const calls = delta(before, env.probe.counts(), harness.ops.listTasks);
          // Items 0..p-2 (with the neighbour): vendor page 0 only. Demo tasks that share a creation
          // time across the window's edge cannot prove the vendor's order (createdDescWindow): then
          // the whole list, each page once (the window's page is not read again).
          assert.ok(calls === 1 || calls === Math.ceil(tasks.length / p), `${calls} list calls`);
        } finally {
          await fresh.close();
        }
      });

      for (const kind of ['tasks', 'sources'] as const) {
        const list = (query: ListQuery): Promise<ListPage<Task | Source>> => (kind === 'tasks' ? env.provider.listTasks(query) : env.provider.listSources(query));
        for (const order of ORDERS) {
          it(`${kind}: ${order} is the ListOrder order; windows across the vendor page boundary and a walk of the whole list have no gaps or duplicates`, async () => {
            const all = await readEverything(list, env.region, order);
            const expected = [...all.items].sort(compareBy(order));
            assert.deepEqual(ids(all.items), ids(expected), `${kind} in ${order}`);
            const p = harness.vendorPageSize;
            for (const [offset, limit] of [
              [p - 3, 7],
              [p - 1, 2],
              [p, 1],
              [1, p + 1],
            ] as const) {
              const page = await list(q(env.region, { offset, limit, order }));
              assert.equal(page.totalCount, all.totalCount, `totalCount at offset ${offset}`);
              assert.deepEqual(ids(page.items), ids(all.items.slice(offset, offset + limit)), `offset ${offset} limit ${limit}`);
            }
            const walked: string[] = [];
            const step = Math.max(7, Math.floor(p / 3) + 1);
            for (let offset = 0; offset < all.totalCount; offset += step) walked.push(...ids((await list(q(env.region, { offset, limit: step, order }))).items));
            assert.deepEqual(walked, ids(all.items), 'walking the list page by page gives the whole list once');
            const past = await list(q(env.region, { offset: all.totalCount, limit: 5, order }));
            assert.deepEqual([past.items.length, past.totalCount], [0, all.totalCount], 'a page past the end is empty');
          });
        }
      }

      it('tasks: filter by every state present, with totals', async () => {
        const states = [...new Set(tasks.map((t) => t.state))];
        assert.ok(states.length >= 2, `the demo has tasks in one state only: ${states.join()}`);
        for (const state of states) {
          const got = await readEverything((x) => env.provider.listTasks(x), env.region, ListOrder.CREATED_DESC, { taskStates: [state] });
          assert.deepEqual(ids(got.items), ids(tasks.filter((t) => t.state === state).sort(compareBy(ListOrder.CREATED_DESC))), `taskStates [${state}]`);
        }
        const two = states.slice(0, 2);
        const got = await readEverything((x) => env.provider.listTasks(x), env.region, ListOrder.NAME_ASC, { taskStates: two });
        assert.deepEqual(ids(got.items), ids(tasks.filter((t) => two.includes(t.state)).sort(compareBy(ListOrder.NAME_ASC))), `taskStates [${two.join()}]`);
        const absent = Object.values(TaskState).find((s) => !states.includes(s))!;
        assert.equal((await env.provider.listTasks(q(env.region, { filter: { taskStates: [absent] } }))).totalCount, 0, `no task is ${absent}`);
      });

      it('sources: filter by every state present, with totals', async () => {
        const states = [...new Set(sources.map((s) => s.state))];
        for (const state of states) {
          const got = await readEverything((x) => env.provider.listSources(x), env.region, ListOrder.CREATED_DESC, { sourceStates: [state] });
          assert.deepEqual(ids(got.items), ids(sources.filter((s) => s.state === state).sort(compareBy(ListOrder.CREATED_DESC))), `sourceStates [${state}]`);
        }
      });

      for (const kind of ['tasks', 'sources'] as const) {
        it(`${kind}: nameContains is a case-insensitive substring of the name, combined with paging`, async () => {
          const items: (Task | Source)[] = kind === 'tasks' ? tasks : sources;
          const list = (query: ListQuery): Promise<ListPage<Task | Source>> => (kind === 'tasks' ? env.provider.listTasks(query) : env.provider.listSources(query));
          const name = items[Math.floor(items.length / 2)]!.name;
          for (const needle of [name.toUpperCase(), name.slice(1, Math.max(2, Math.ceil(name.length / 2))).toUpperCase()]) {
            const expected = items.filter((x) => x.name.toLowerCase().includes(needle.toLowerCase())).sort(compareBy(ListOrder.NAME_ASC));
            const got = await readEverything(list, env.region, ListOrder.NAME_ASC, { nameContains: needle });
            assert.deepEqual(ids(got.items), ids(expected), `nameContains ${JSON.stringify(needle)}`);
            const second = await list(q(env.region, { offset: 1, limit: 2, order: ListOrder.NAME_ASC, filter: { nameContains: needle } }));
            assert.deepEqual(ids(second.items), ids(expected.slice(1, 3)));
            assert.equal(second.totalCount, expected.length);
          }
          assert.equal((await list(q(env.region, { filter: { nameContains: 'no-such-name-anywhere-zz' } }))).totalCount, 0);
        });
      }

      for (const kind of ['tasks', 'sources'] as const) {
        it(`${kind}: batched get keeps the order of the ids, null for unknown ids, fewer upstream calls than ids`, async () => {
          const items: (Task | Source)[] = kind === 'tasks' ? tasks : sources;
          // A fresh provider: nothing known from earlier lists.
          const fresh = module.createProvider({ ...env.demo.account, options: harness.options(0) }, { logger: silent });
          try {
            const stride = Math.max(1, Math.floor(items.length / 10));
            const picked = items.filter((_, i) => i % stride === 0).slice(0, 10).reverse();
            const wanted = [picked[0]!.nativeId, NOT_AN_ID, ...ids(picked.slice(1)), picked[0]!.nativeId];
            const before = env.probe.counts();
            const got = kind === 'tasks' ? await fresh.getTasks(env.region, wanted) : await fresh.getSources(env.region, wanted);
            const calls = delta(before, env.probe.counts());
            assert.equal(got.length, wanted.length);
            assert.deepEqual(
              got.map((x) => x?.nativeId ?? null),
              wanted.map((id) => (id === NOT_AN_ID ? null : id)),
            );
            for (const x of got) if (x) assert.equal(x.name, items.find((y) => y.nativeId === x.nativeId)!.name);
            assert.ok(calls < wanted.length, `${calls} upstream calls for ${wanted.length} ids`);
            assert.deepEqual(kind === 'tasks' ? await fresh.getTasks(env.region, []) : await fresh.getSources(env.region, []), []);
          } finally {
            await fresh.close();
          }
        });
      }
    });

    describe('actions', () => {
      let env: Env;
      let reps: Representative[];
      before(async () => {
        env = await startEnv(module, harness, { scale: harness.actionScale, warmUpMs: harness.warmUpMs, tag: 'actions' });
        reps = representatives(env.provider, (await readEverything((x) => env.provider.listTasks(x), env.region, ListOrder.NAME_ASC)).items);
      });
      after(async () => {
        await env?.close();
      });

      it('every supported action in every state: exactly availableActions(task) is accepted, the rest refused (CONFLICT, vendor code) and nothing changes', async (t) => {
        assert.ok(reps.length >= 3, `the demo covers ${reps.length} state(s) only`);
        const actions = harness.actions.filter((a) => a !== TaskAction.DELETE);
        for (const rep of reps) {
          for (const action of actions) {
            const label = `${rep.task.state} (${rep.task.nativeState}, ${rep.task.name}): ${action} ${rep.available.includes(action) ? 'accepted' : 'refused'}`;
            await t.test(label, async () => {
              if (rep.available.includes(action)) await accepted(rep, action);
              else await refused(rep, action);
            });
          }
        }
      });

      it('an action the provider lacks is never offered and is UNSUPPORTED_OPERATION in every state, without an upstream call', async (t) => {
        const lacking = Object.values(TaskAction).filter((a) => a !== TaskAction.DELETE && !harness.actions.includes(a));
        for (const action of lacking) {
          await t.test(action, async () => {
            for (const rep of reps) {
              assert.ok(!rep.available.includes(action), `availableActions offers ${action} in ${rep.task.state}`);
              await refused(rep, action);
            }
          });
        }
      });

      async function params(provider: MigrationProvider, region: string, action: TaskAction): Promise<Record<string, unknown> | null> {
        return harness.actionParams ? harness.actionParams(action, provider, region) : null;
      }

      /** A fresh demo (the action changes state): the same task, found by name, takes the action. */
      async function accepted(rep: Representative, action: TaskAction): Promise<void> {
        const fresh = await startEnv(module, harness, { scale: harness.actionScale, warmUpMs: harness.warmUpMs, tag: 'accept' });
        try {
          const all = (await readEverything((x) => fresh.provider.listTasks(x), fresh.region, ListOrder.NAME_ASC, { nameContains: rep.task.name })).items;
          const same = all.filter((x) => x.name === rep.task.name);
          assert.equal(same.length, 1, `task ${rep.task.name} is not unique in a fresh demo`);
          const task = same[0]!;
          assert.deepEqual([task.state, task.nativeState], [rep.task.state, rep.task.nativeState], 'the fresh demo is the same');
          const result = await fresh.provider.runTaskAction(fresh.region, task.nativeId, action, await params(fresh.provider, fresh.region, action)).catch((e: unknown) => {
            assert.fail(`availableActions offers ${action} but it failed: ${e instanceof GatewayError ? describeErr(e) : String(e)}`);
          });
          assert.equal(result.nativeId, task.nativeId);
        } finally {
          await fresh.close();
        }
      }

      async function refused(rep: Representative, action: TaskAction): Promise<void> {
        const p = await params(env.provider, env.region, action);
        const before = env.probe.counts();
        const err = await gatewayError(env.provider.runTaskAction(env.region, rep.task.nativeId, action, p));
        const calls = delta(before, env.probe.counts());
        if (!harness.actions.includes(action)) {
          assert.equal(err.code, 'UNSUPPORTED_OPERATION', describeErr(err));
          assert.equal(calls, 0, 'an action the provider lacks costs no upstream call');
        } else {
          assert.equal(err.code, 'CONFLICT', describeErr(err));
          assert.ok(err.providerCode, `the vendor's refusal code is kept: ${describeErr(err)}`);
        }
        const [now] = await env.provider.getTasks(env.region, [rep.task.nativeId]);
        assert.ok(now, 'the task is still there');
        assert.deepEqual([now.state, now.nativeState], [rep.task.state, rep.task.nativeState], 'a refused action changes nothing');
        attributed(err, env.provider);
      }
    });

    describe('error classes', () => {
      let env: Env;
      /** The same account, retrying reads RETRIES times. */
      let retrying: MigrationProvider;
      const RETRIES = 1;
      let startable: Task;
      before(async () => {
        env = await startEnv(module, harness, { scale: harness.actionScale, warmUpMs: harness.warmUpMs, tag: 'errors' });
        retrying = module.createProvider({ ...env.demo.account, options: harness.options(RETRIES) }, { logger: silent });
        const all = (await readEverything((x) => env.provider.listTasks(x), env.region, ListOrder.NAME_ASC)).items;
        const found = all.find((t) => env.provider.availableActions(t).includes(TaskAction.START));
        assert.ok(found, 'the demo has a task that can be started');
        startable = found;
      });
      afterEach(() => {
        env.probe.faults.reset();
      });
      after(async () => {
        await retrying?.close();
        await env?.close();
      });

      const read = (p: MigrationProvider) => p.listTasks(q(env.region, { limit: 5 }));
      const write = (p: MigrationProvider) => p.runTaskAction(env.region, startable.nativeId, TaskAction.START, null);

      it("HTTP 503 in the vendor's envelope (every simulator's serverError fault) on a read: UPSTREAM_UNAVAILABLE, retryable", async () => {
        env.probe.faults.failNext('serverError');
        const err = await gatewayError(read(env.provider));
        assert.equal(err.httpStatus, 503, describeErr(err));
        assert.equal(err.code, 'UPSTREAM_UNAVAILABLE', describeErr(err));
        assert.equal(err.retryable, true, describeErr(err));
        attributed(err, env.provider);
      });

      for (const status of [502, 503, 504]) {
        it(`HTTP ${status} without a vendor body (a proxy): UPSTREAM_UNAVAILABLE, retryable, reads retried at most the retry limit`, async () => {
          const stub = await startStatusStub(status);
          const p = module.createProvider({ ...env.demo.account, endpoint: stub.url, options: harness.options(RETRIES) }, { logger: silent });
          try {
            const err = await gatewayError(read(p));
            assert.equal(err.code, 'UPSTREAM_UNAVAILABLE', describeErr(err));
            assert.equal(err.retryable, true, describeErr(err));
            assert.equal(err.httpStatus, status, describeErr(err));
            assert.ok(stub.requests() >= 1 && stub.requests() <= RETRIES + 1, `${stub.requests()} requests, retry limit ${RETRIES}`);
            attributed(err, p);
          } finally {
            await p.close();
            await stub.close();
          }
        });
      }

      for (const [label, call] of [
        ['read', read],
        ['write', write],
      ] as const) {
        it(`throttling on a ${label}: THROTTLED, retryable${harness.throttleRetryAfterMs !== undefined ? ', with retryAfter' : ''}`, async () => {
          env.probe.faults.failNext('throttle');
          const err = await gatewayError(call(env.provider));
          assert.equal(err.code, 'THROTTLED', describeErr(err));
          assert.equal(err.retryable, true, describeErr(err));
          if (harness.throttleRetryAfterMs !== undefined) assert.equal(err.retryAfterMs, harness.throttleRetryAfterMs, describeErr(err));
          attributed(err, env.provider);
        });
      }

      it('a dropped connection on a read: UPSTREAM_UNAVAILABLE, retryable, not outcome-unknown', async () => {
        env.probe.faults.failNext('reset');
        const err = await gatewayError(read(env.provider));
        assert.equal(err.code, 'UPSTREAM_UNAVAILABLE', describeErr(err));
        assert.equal(err.retryable, true, describeErr(err));
        assert.equal(isOutcomeUnknown(err), false, 'a read has no outcome to be unsure of');
        attributed(err, env.provider);
      });

      it('a dropped connection on a write: sent once, marked outcome-unknown', async () => {
        const before = env.probe.counts();
        env.probe.faults.failNext('reset');
        const err = await gatewayError(write(retrying));
        assert.equal(delta(before, env.probe.counts(), harness.ops.startTask), 1, 'a write is never repeated automatically');
        assert.equal(isOutcomeUnknown(err), true, `outcome-unknown mark missing: ${describeErr(err)}`);
        attributed(err, retrying);
      });

      it('a malformed body: UPSTREAM_ERROR', async () => {
        env.probe.faults.failNext('malformed');
        const err = await gatewayError(read(env.provider));
        assert.equal(err.code, 'UPSTREAM_ERROR', describeErr(err));
        attributed(err, env.provider);
      });

      for (const kind of ['serverError', 'throttle', 'reset'] as const) {
        it(`reads under repeated ${kind} faults are retried at most the configured limit (${RETRIES})`, async () => {
          const before = env.probe.counts();
          env.probe.faults.failNext(kind, RETRIES + 3);
          const err = await gatewayError(read(retrying));
          const sent = delta(before, env.probe.counts(), harness.ops.listTasks);
          assert.ok(sent >= 1 && sent <= RETRIES + 1, `${sent} ${harness.ops.listTasks} requests with retry limit ${RETRIES}`);
          attributed(err, retrying);
        });
      }

      it('a wrong secret: UNAUTHENTICATED with the vendor code, not retried', async () => {
        const bad = module.createProvider({ ...harness.wrongSecret(env.demo.account), options: harness.options(RETRIES) }, { logger: silent });
        try {
          const before = env.probe.counts();
          const err = await gatewayError(read(bad));
          assert.equal(err.code, 'UNAUTHENTICATED', describeErr(err));
          assert.ok(err.providerCode, `the vendor's auth code is kept: ${describeErr(err)}`);
          assert.equal(err.retryable, false);
          assert.equal(delta(before, env.probe.counts(), harness.ops.listTasks), 1, 'an auth failure is not retried');
          assert.ok(!err.message.includes(String(Object.values(env.demo.account.credentials).at(-1))), 'no secret in the message');
          attributed(err, bad);
        } finally {
          await bad.close();
        }
      });

      it('the region used by the suite is configured', () => {
        assert.ok(env.demo.account.regions.includes(regionOf(env.demo.account)));
      });
    });
  });
}
