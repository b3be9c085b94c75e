/**
 * The schema fuzz: every argument of every Query, Mutation and Subscription field, walked from the
 * schema itself (recursively into input objects), gets clearly-bad values against the embedded demo
 * (the three simulators, frozen on a ManualClock). Each case must be refused with a code from
 * EXPECTED_CODES, name `extensions.field`, and make zero upstream requests (the probes' counts).
 *
 * The other arguments of a case keep a plausible value (real ids of the demo's entities, the account's
 * region, small numbers), so that the bad value is what gets judged. Refusal codes:
 * - BAD_USER_INPUT for every bad value (coercion, catalog validators, prose rules, malformed or
 *   forged global ids, an id of the wrong kind or whose provider is not its account's);
 * - NOT_FOUND for a global id or `account` naming an account that is not configured;
 * - UNSUPPORTED_OPERATION for a provider-only field given another provider's entity or account.
 *
 * The measure of issue 12 (cases, refused, upstream calls for bad input, errors without `field`) is
 * printed as a diagnostic.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { PROVIDER_MODULES } from '../../adapters/index.js';
import { ManualClock } from '../../adapters/common/simulator/clock.js';
import type { DemoHandle } from '../../adapters/module.js';
import type { EntityKind, Logger, ProviderId } from '../../src/core/model.js';
import { encodeId, decodeId } from '../../src/domain/ids.js';
import { buildGatewaySchema } from '../../src/graphql/schema.js';
import { gql, startTestGateway, wsClient, type TestGateway } from '../helpers/gateway.js';

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

const EXPECTED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNSUPPORTED_OPERATION']);

/**
 * A transport refusal counts as a refusal: a subscription whose graphql-ws message is over the
 * server's frame limit (`websocket.maxMessageBytes`, 64 KiB by default: 1,001 global ids of
 * `taskUpdates(filter.ids)`) is closed by the server with 1009 (Message Too Big) before the message
 * is parsed, so nothing reaches a resolver or a cloud. There is no GraphQL error to carry `field`; the
 * case must still make 0 upstream calls. The resolver's own bound (filter.ids, 1,000) is what SSE and
 * smaller frames meet.
 */
function transportRefusal(o: { c: { operation: string }; code: string | undefined; upstream: number; message: string }): boolean {
  return o.c.operation === 'subscription' && o.code === 'TRANSPORT_CLOSED' && /^closed 1009\b/.test(o.message) && o.upstream === 0;
}

/**
 * Bad input that still reaches a cloud (or is refused without `field`) and that part A has not fixed
 * yet: the catalog overrides and prose rules of the seeds for these fields and list bounds are not
 * written. Each is `field(path: what)`. Printed on every run; the test fails on any failure not listed
 * here, and on a listed case that now passes (so this list only shrinks).
 */
const OPEN_PART_A: ReadonlySet<string> = new Set([
  // Huawei: names per the seed's pattern (letters, digits, _ . -), NUL/empty names, list bounds and
  // size bounds of UpdateServerName / templates; ShowConfigSetting key length.
  // Still open: a volume group (and its logical volumes) may span several EVS disks of 32 TiB, and the
  // seed bounds adjust_size only at 2^63-1: no bound that refuses 1e15 bytes is honest for such a layout.
  ...['input.volumeGroups.0.adjustSizeBytes: huge', 'input.volumeGroups.0.logicalVolumes.0.adjustSizeBytes: huge'].map((w) => `huaweiUpdateSource(${w})`),
]);

/** Whole groups still open for part A (same rule as OPEN_PART_A), by field and argument path. */
const OPEN_PATTERNS: readonly RegExp[] = [
  // Huawei templates: the target region; neither the catalog nor the seed lists SMS's regions (SMS.6034).
  /^huaweiCreateTemplate\(input\.region: unknown region/,
  /^huaweiUpdateTemplate\(input\.region: unknown region/,
];

type IdKind = EntityKind | 'account' | 'any';

interface Case {
  field: string;
  operation: 'query' | 'mutation' | 'subscription';
  /** Dotted argument path of the bad value (`input.name`, `filter.ids.0`). */
  path: string;
  what: string;
  variables: Record<string, unknown>;
  /** Variable definitions and arguments of the document. */
  args: readonly GraphQLArgument[];
}

interface Outcome {
  c: Case;
  code: string | undefined;
  field: unknown;
  upstream: number;
  message: string;
}

const PROVIDER_OF_PREFIX: [RegExp, ProviderId][] = [
  [/^(huawei|createHuawei)/, 'huawei-sms'],
  [/^(alibaba|createAlibaba)/, 'alibaba-smc'],
  [/^ucloudstack/, 'ucloudstack-smc'],
];

/** The provider whose own options a unified input's field carries (`input.alibaba`). */
const OPTION_PROVIDER: Record<string, ProviderId> = { huawei: 'huawei-sms', alibaba: 'alibaba-smc', ucloudstack: 'ucloudstack-smc' };

function fieldProvider(field: string): ProviderId | null {
  return PROVIDER_OF_PREFIX.find(([re]) => re.test(field))?.[1] ?? null;
}

/** The entity kind an ID argument names, from its own name and its field's. */
function idKind(field: string, name: string): IdKind {
  const n = name.toLowerCase();
  if (n.includes('account') || field === 'account') return 'account';
  if (n.includes('source')) return 'Source';
  if (n.includes('template')) return 'Template';
  if (n.includes('project')) return 'MigrationProject';
  if (n.includes('task')) return 'Task';
  if (field === 'node' || field === 'nodes' || /TagResources|UntagResources/.test(field)) return 'any';
  if (/Source/.test(field) || field === 'deleteSources' || field === 'updateSource') return 'Source';
  if (/Template/.test(field)) return 'Template';
  if (/Project/.test(field)) return 'MigrationProject';
  return 'Task';
}

const isNameLike = (name: string) => /name$/i.test(name) || name === 'name';
const isRegion = (name: string) => name === 'region';

describe('schema fuzz: bad input never reaches a cloud', () => {
  const demos: DemoHandle[] = [];
  let gw: TestGateway;
  let schema: GraphQLSchema;
  const upstream = () => demos.reduce((n, d) => n + d.probe!.totalRequests(), 0);
  /** Real global ids of the demo, per provider and kind. */
  const ids = new Map<string, string>();
  const accountOf = new Map<ProviderId, { id: string; region: string }>();
  const outcomes: Outcome[] = [];

  before(async () => {
    const clock = new ManualClock(Date.now());
    for (const mod of PROVIDER_MODULES) demos.push(await mod.startDemo({ accountId: `fz-${mod.id}`, logger: silent, clock }));
    for (const d of demos) accountOf.set(d.account.provider, { id: d.account.id, region: d.account.regions[0]! });
    gw = await startTestGateway(
      demos.map((d) => d.account),
      { cache: { enabled: false } },
    );
    schema = await buildGatewaySchema();
    // A watch the hub accepted ends its subscription case (see subscribeOnce).
    const hub = gw.hub as unknown as Record<'watchTask' | 'watchUpdates', (...a: unknown[]) => Promise<unknown>>;
    for (const name of ['watchTask', 'watchUpdates'] as const) {
      const original = hub[name].bind(gw.hub);
      hub[name] = async (...a: unknown[]) => {
        const it = await original(...a);
        accepted?.();
        return it;
      };
    }
    const q = '{ sources(first: 100) { nodes { id } } tasks(first: 100) { nodes { id } } templates(first: 20) { nodes { id } } migrationProjects(first: 20) { nodes { id } } }';
    const res = await gql<{ [k: string]: { nodes: { id: string }[] } }, Record<string, never>>(gw.url, q);
    for (const list of Object.values(res.data ?? {})) {
      for (const { id } of list.nodes) {
        const ref = decodeId(id);
        const key = `${ref.provider}/${ref.kind}`;
        if (!ids.has(key)) ids.set(key, id);
      }
    }
  });
  after(async () => {
    await gw?.close();
    await Promise.all(demos.map((d) => d.close()));
  });

  /** A real id of `kind` on `provider` (or a well-formed id of the demo account when the demo has none). */
  function realId(provider: ProviderId, kind: EntityKind): string {
    const known = ids.get(`${provider}/${kind}`);
    if (known) return known;
    const acc = accountOf.get(provider)!;
    const sample: Record<ProviderId, string> = { 'huawei-sms': '0b5f3a21-0000-4000-8000-000000000000', 'alibaba-smc': 's-bp1fuzz0000000000', 'ucloudstack-smc': 'smc-00fuzz' } as Record<ProviderId, string>;
    return encodeId(kind, { provider, accountId: acc.id, region: acc.region, nativeId: sample[provider] });
  }

  /** A plausible value of `type` for argument `name` of `field` (the baseline around a bad value). */
  function baseline(type: GraphQLInputType, field: string, name: string, provider: ProviderId, depth = 0): unknown {
    if (isNonNullType(type)) return baseline(type.ofType, field, name, provider, depth);
    if (isListType(type)) return [baseline(type.ofType, field, name, provider, depth)];
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const f of Object.values(type.getFields())) {
        if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = baseline(f.type, field, f.name, provider, depth + 1);
      }
      return out;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'ID': {
          const kind = idKind(field, name);
          if (kind === 'account') return accountOf.get(provider)!.id;
          return realId(provider, kind === 'any' ? 'Task' : kind);
        }
        case 'Int':
          return 1;
        case 'Float':
          return 1;
        case 'Boolean':
          return false;
        case 'String':
          if (isRegion(name)) return accountOf.get(provider)!.region;
          return isNameLike(name) ? 'fuzz-name' : 'fuzz';
        default:
          return 'fuzz';
      }
    }
    return null;
  }

  /** The clearly-bad values of a leaf of `type` (named `name`, inside `field`). */
  function badValues(type: GraphQLInputType, field: string, name: string, provider: ProviderId): { what: string; value: unknown }[] {
    const named = getNamedType(type);
    const out: { what: string; value: unknown }[] = [];
    if (isEnumType(named)) out.push({ what: 'invalid enum value', value: 'NOT_A_VALUE' });
    if (isScalarType(named)) {
      switch (named.name) {
        case 'ID': {
          const kind = idKind(field, name);
          if (kind === 'account') {
            // `account(id:)` answers null for an account that is not configured (like node(id:)): not bad input.
            if (field !== 'account') out.push({ what: 'unknown account', value: 'no-such-account' });
            const own = fieldProvider(field);
            const other = PROVIDER_MODULES.find((m) => m.id !== (own ?? 'huawei-sms'))!.id;
            if (own) out.push({ what: "another provider's account", value: accountOf.get(other)!.id });
            break;
          }
          const k: EntityKind = kind === 'any' ? 'Task' : kind;
          const acc = accountOf.get(provider)!;
          out.push({ what: 'malformed id', value: 'not-an-id' });
          out.push({ what: 'oversized id (5,000 characters)', value: 'A'.repeat(5_000) });
          out.push({ what: 'path traversal in the native id', value: encodeId(k, { provider, accountId: acc.id, region: acc.region, nativeId: '../../v3/tasks/delete' }) });
          out.push({ what: 'native id in another format', value: encodeId(k, { provider, accountId: acc.id, region: acc.region, nativeId: 'zz-not-native-0' }) });
          out.push({ what: 'unknown account', value: encodeId(k, { provider, accountId: 'no-such-account', region: acc.region, nativeId: decodeId(realId(provider, k)).nativeId }) });
          const other = PROVIDER_MODULES.find((m) => m.id !== provider)!.id;
          const otherAcc = accountOf.get(other)!;
          out.push({
            what: "id naming a provider that is not its account's",
            value: encodeId(k, { provider, accountId: otherAcc.id, region: otherAcc.region, nativeId: decodeId(realId(provider, k)).nativeId }),
          });
          // The UCloudStack SMC operations take a Task or a Source id (both name the SMC), except DeleteSMC.
          const eitherKind = /^ucloudstack/.test(field) && field !== 'ucloudstackDeleteSmc';
          if (kind !== 'any' && !eitherKind) {
            const wrong: EntityKind = k === 'Task' ? 'Source' : 'Task';
            out.push({ what: `${wrong} id where a ${k} id is expected`, value: realId(provider, wrong) });
          }
          if (fieldProvider(field)) out.push({ what: "another provider's entity", value: realId(other, k === 'Template' || k === 'MigrationProject' ? 'Task' : k) });
          break;
        }
        case 'String':
          if (isRegion(name)) {
            out.push({ what: 'unknown region', value: 'xx-nowhere-9' });
            break;
          }
          out.push({ what: 'over-long string (5,000 characters)', value: 'x'.repeat(5_000) });
          if (isNameLike(name)) {
            out.push({ what: 'NUL character in a name', value: 'fuzz\u0000name' });
            out.push({ what: 'empty name', value: '' });
          }
          break;
        case 'Int':
          out.push({ what: 'negative', value: -5 }, { what: 'fractional', value: 12.5 }, { what: 'huge', value: 1e12 });
          break;
        case 'Float':
          out.push({ what: 'negative', value: -5 }, { what: 'huge', value: 1e15 });
          break;
        default:
          break;
      }
    }
    return out;
  }

  /** Every case of one field: each leaf argument path gets each of its bad values. */
  function casesOf(operation: Case['operation'], f: GraphQLField<unknown, unknown>): Case[] {
    const own = fieldProvider(f.name);
    const baseOf = (provider: ProviderId) => {
      const base: Record<string, unknown> = {};
      for (const a of f.args) if (isNonNullType(a.type) && a.defaultValue === undefined) base[a.name] = baseline(a.type, f.name, a.name, provider);
      return base;
    };
    const out: Case[] = [];
    // A unified field (createTask, updateTask) is judged on Huawei, except inside one provider's own
    // options (`input.alibaba.*`): those get that provider's ids, so its validators are what is judged.
    const visit = (type: GraphQLInputType, path: (string | number)[], name: string, depth: number, provider: ProviderId = own ?? 'huawei-sms') => {
      if (!own && path.length === 2 && typeof path[1] === 'string' && OPTION_PROVIDER[path[1]]) provider = OPTION_PROVIDER[path[1]]!;
      let t = isNonNullType(type) ? type.ofType : type;
      if (isListType(t)) {
        const item = t.ofType;
        out.push({ field: f.name, operation, path: path.join('.'), what: 'list over the limit (1,001 items)', variables: set(path, Array.from({ length: 1_001 }, () => baseline(item, f.name, name, provider)), provider), args: f.args });
        path = [...path, 0];
        t = isNonNullType(item) ? item.ofType : item;
        if (isListType(t)) return;
      }
      if (isInputObjectType(t)) {
        if (depth > 4) return;
        for (const field of Object.values(t.getFields())) visit(field.type, [...path, field.name], field.name, depth + 1, provider);
        return;
      }
      for (const bad of badValues(t, f.name, name, provider)) {
        out.push({ field: f.name, operation, path: path.join('.'), what: bad.what, variables: set(path, bad.value, provider), args: f.args });
      }
    };
    /** The baseline variables with the value at `path` replaced (missing containers made from the baseline). */
    const set = (path: (string | number)[], value: unknown, provider: ProviderId): Record<string, unknown> => {
      const vars = structuredClone(baseOf(provider));
      let cursor = vars as Record<string | number, unknown>;
      let type: GraphQLInputType = f.args.find((a) => a.name === path[0])!.type;
      for (let i = 0; i < path.length - 1; i++) {
        const key = path[i]!;
        if (cursor[key] == null || typeof cursor[key] !== 'object') {
          const made = baseline(type, f.name, String(key), provider);
          cursor[key] = typeof path[i + 1] === 'number' ? (Array.isArray(made) ? made : []) : made && typeof made === 'object' && !Array.isArray(made) ? made : {};
        }
        cursor = cursor[key] as Record<string | number, unknown>;
        type = nextFieldType(type, path[i + 1]!);
      }
      cursor[path[path.length - 1]!] = value;
      return vars;
    };
    for (const a of f.args) visit(a.type, [a.name], a.name, 0);
    return out;
  }

  function nextFieldType(type: GraphQLInputType, key: string | number): GraphQLInputType {
    let t = isNonNullType(type) ? type.ofType : type;
    if (typeof key === 'number') return isListType(t) ? t.ofType : t;
    if (isListType(t)) t = isNonNullType(t.ofType) ? t.ofType.ofType : t.ofType;
    return isInputObjectType(t) ? (t.getFields()[key]?.type ?? t) : t;
  }

  function documentOf(c: Case, returnsObject: boolean): string {
    const given = c.args.filter((a) => a.name in c.variables);
    const defs = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const args = given.map((a) => `${a.name}: $${a.name}`).join(', ');
    return `${c.operation} Fuzz${defs ? `(${defs})` : ''} { ${c.field}${args ? `(${args})` : ''}${returnsObject ? ' { __typename }' : ''} }`;
  }

  async function run(c: Case, returnsObject: boolean): Promise<Outcome> {
    const before = upstream();
    const query = documentOf(c, returnsObject);
    let errors: { message?: string; extensions?: Record<string, unknown> }[] = [];
    if (c.operation === 'subscription') {
      errors = await subscribeOnce(query, c.variables);
    } else {
      const res = await gql(gw.url, query, c.variables);
      errors = (res.errors ?? []) as typeof errors;
    }
    const first = errors[0];
    return { c, code: first?.extensions?.code as string | undefined, field: first?.extensions?.field, upstream: upstream() - before, message: String(first?.message ?? '(accepted)') };
  }

  type GqlErrors = { message?: string; extensions?: Record<string, unknown> }[];

  /**
   * One subscription through a client with the graphql-ws / graphql-sse `subscribe(payload, sink)`
   * shape: its errors. Event-driven, no timer: the case ends with the server's refusal, or when the
   * progress hub accepted the watch (then it is stopped at once). A WebSocket close (e.g. 1009, the
   * frame over maxMessageBytes) is a transport refusal.
   */
  let accepted: (() => void) | null = null;
  async function collectErrors(
    client: { subscribe(payload: { query: string; variables: Record<string, unknown> }, sink: { next(msg: { errors?: unknown }): void; error(e: unknown): void; complete(): void }): () => void },
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GqlErrors> {
    const errors: GqlErrors = [];
    let stop = () => {};
    await new Promise<void>((resolve) => {
      accepted = resolve;
      stop = client.subscribe(
        { query, variables },
        {
          next: (msg) => {
            if (msg.errors) errors.push(...(msg.errors as GqlErrors));
            resolve();
          },
          error: (e) => {
            if (Array.isArray(e)) errors.push(...(e as GqlErrors));
            else if (e && typeof e === 'object' && 'code' in e) errors.push({ message: `closed ${String((e as { code: unknown }).code)} ${String((e as { reason?: unknown }).reason ?? '')}`, extensions: { code: 'TRANSPORT_CLOSED' } });
            else errors.push({ message: String(e) });
            resolve();
          },
          complete: () => resolve(),
        },
      );
    });
    accepted = null;
    stop();
    return errors;
  }

  /** One subscription over graphql-ws. */
  async function subscribeOnce(query: string, variables: Record<string, unknown>): Promise<GqlErrors> {
    const client = wsClient(gw.wsUrl);
    try {
      return await collectErrors(client, query, variables);
    } finally {
      await client.dispose();
    }
  }

  it('names the argument path of coercion errors on HTTP (variables and literals), graphql-ws and SSE, sending nothing', async () => {
    const before = upstream();
    const task = realId('huawei-sms', 'Task');
    const viaVariable = await gql(gw.url, 'mutation ($i: HuaweiUpdateTaskInput!, $id: ID!) { huaweiUpdateTask(id: $id, input: $i) { id } }', { id: task, i: { bandwidthLimitMbps: 12.5 } });
    assert.equal(viaVariable.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(viaVariable.errors?.[0]?.extensions?.field, 'input.bandwidthLimitMbps');
    const literal = await gql(gw.url, `mutation { huaweiUpdateTask(id: "${task}", input: { bandwidthLimitMbps: 12.5 }) { id } }`);
    assert.equal(literal.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(literal.errors?.[0]?.extensions?.field, 'input.bandwidthLimitMbps');
    const renamed = await gql(gw.url, 'query ($f: TaskFilter) { tasks(filter: $f) { totalCount } }', { f: { states: ['RUNNING_NOT'] } });
    assert.equal(renamed.errors?.[0]?.extensions?.field, 'filter.states.0', 'the argument, not the variable name');
    const missing = await gql(gw.url, 'mutation { stopTask { id } }');
    assert.equal(missing.errors?.[0]?.extensions?.field, 'id');
    const ws = await subscribeOnce('subscription ($f: TaskUpdatesFilter) { taskUpdates(filter: $f) { sequence } }', { f: { states: ['NOPE'] } });
    assert.equal(ws[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(ws[0]?.extensions?.field, 'filter.states.0');
    const sse = await sseOnce('subscription ($f: TaskUpdatesFilter) { taskUpdates(filter: $f) { sequence } }', { f: { states: ['NOPE'] } });
    assert.equal(sse[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(sse[0]?.extensions?.field, 'filter.states.0');
    assert.equal(upstream() - before, 0);
  });

  it("refuses the Alibaba job rules the seed states in words, naming the argument, sending nothing", async () => {
    const sourceId = realId('alibaba-smc', 'Source');
    const create = 'mutation ($i: CreateAlibabaReplicationJobInput!) { createAlibabaReplicationJob(input: $i) { id } }';
    const cases: [Record<string, unknown>, string][] = [
      [{ runOnce: false, maxNumberOfImageToKeep: 1 }, 'input.frequencyHours'],
      [{ runOnce: false, frequencyHours: 24 }, 'input.maxNumberOfImageToKeep'],
      [{ netMode: 'VPC', vpcId: 'vpc-bp1fuzz' }, 'input.vSwitchId'],
      [{ scheduledStartTime: new Date(Date.now() - 60_000).toISOString() }, 'input.scheduledStartTime'],
      [{ tags: [{ key: 'aliyun:x', value: 'v' }] }, 'input.tags.0.key'],
      [{ tags: [{ key: 'acs:x', value: 'v' }] }, 'input.tags.0.key'],
      [{ name: 'fuzz\u0000name' }, 'input.name'],
    ];
    for (const [extra, field] of cases) {
      const before = upstream();
      const res = await gql(gw.url, create, { i: { sourceId, name: 'fuzz-rules', systemDiskSizeGiB: 40, ...extra } });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(extra));
      assert.equal(res.errors?.[0]?.extensions?.field, field, JSON.stringify(extra));
      assert.equal(upstream() - before, 0, JSON.stringify(extra));
    }
  });

  /** One operation over graphql-sse. */
  async function sseOnce(query: string, variables: Record<string, unknown>): Promise<GqlErrors> {
    const client = createSseClient({ url: gw.url, fetchFn: fetch, retryAttempts: 0 });
    try {
      return await collectErrors(client, query, variables);
    } finally {
      client.dispose();
    }
  }

  it('refuses every clearly-bad argument value before any upstream call, naming the argument', async (t) => {
    const roots: [Case['operation'], ReturnType<GraphQLSchema['getQueryType']>][] = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
      ['subscription', schema.getSubscriptionType()],
    ];
    let fields = 0;
    for (const [operation, root] of roots) {
      for (const f of Object.values(root?.getFields() ?? {})) {
        if (f.name.startsWith('_')) continue; // federation's _service / _entities
        const cases = casesOf(operation, f);
        if (cases.length) fields++;
        const returnsObject = !isScalarType(getNamedType(f.type)) && !isEnumType(getNamedType(f.type));
        for (const c of cases) outcomes.push(await run(c, returnsObject));
        if (process.env.FUZZ_DEBUG) process.stderr.write(`${f.name}: ${cases.length}\n`);
      }
    }
    const asserting = outcomes;
    const refused = outcomes.filter((o) => o.code !== undefined);
    const reached = outcomes.filter((o) => o.upstream > 0);
    const withoutField = outcomes.filter((o) => o.code === 'BAD_USER_INPUT' && !o.field);
    const line = (o: Outcome) => `${o.c.field}(${o.c.path}: ${o.c.what}) -> ${o.code ?? 'accepted'} field=${String(o.field)} upstream=${o.upstream}: ${o.message.slice(0, 140)}`;
    t.diagnostic(`fields ${fields}, cases ${outcomes.length}, refused ${refused.length}, upstream calls for bad input ${reached.reduce((n, o) => n + o.upstream, 0)} (in ${reached.length} cases), BAD_USER_INPUT without field ${withoutField.length}`);
    const key = (o: Outcome) => `${o.c.field}(${o.c.path}: ${o.c.what})`;
    const failing = (o: Outcome) => !transportRefusal(o) && (o.upstream > 0 || !o.code || !EXPECTED_CODES.has(o.code) || !o.field);
    const open = asserting.filter((o) => OPEN_PART_A.has(key(o)) || OPEN_PATTERNS.some((re) => re.test(key(o))));
    const checked = asserting.filter((o) => !open.includes(o));
    for (const o of open.filter(failing)) t.diagnostic(`open (part A, not fixed yet): ${line(o)}`);
    const failures = checked.filter(failing);
    for (const o of failures) t.diagnostic(`FAIL ${line(o)}`);
    t.diagnostic(`asserting set: ${checked.length} cases, upstream calls ${checked.reduce((n, o) => n + o.upstream, 0)}, without field ${checked.filter((o) => !o.field && !transportRefusal(o)).length}, transport refusals ${checked.filter(transportRefusal).length}; open (listed) ${open.filter(failing).length}`);
    assert.ok(outcomes.length > 500, `${outcomes.length} cases`);
    assert.equal(checked.filter((o) => o.upstream > 0).length, 0, 'upstream calls for bad input');
    assert.equal(checked.filter((o) => !o.field && !transportRefusal(o)).length, 0, 'errors without field');
    assert.deepEqual(failures.map(line), []);
    assert.deepEqual(open.filter((o) => OPEN_PART_A.has(key(o)) && !failing(o)).map(key), [], 'fixed: remove from OPEN_PART_A');
  });
});
