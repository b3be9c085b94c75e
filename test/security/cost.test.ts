import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, getIntrospectionQuery, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { checkCost, costDirectives, costDirectivesSDL, estimateCost } from '../../src/security/cost.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/security/limits.js';

const schema = buildSchema(`${costDirectivesSDL}
  type Query {
    tasks(first: Int, after: String): TaskConnection! @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])
    task(id: ID!): Task
    providers: [Provider!]!
    sources(limit: Int = 20): [Source!]! @listSize(slicingArguments: ["limit"])
    regions: [String!]! @listSize(assumedSize: 30)
    report(format: String @cost(weight: "7")): String @cost(weight: "100")
  }
  type TaskConnection { totalCount: Int! nodes: [Task!]! pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean! }
  type Task { id: ID! name: String! source: Source! target: Target! progress: Progress! account: Account! steps: [Step!]! }
  type Source @cost(weight: "10") { id: ID! name: String! }
  type Target { id: ID! }
  type Progress { percent: Int! }
  type Account { id: ID! }
  type Step { name: String! }
  type Provider { name: String! accounts: [Account!]! }
`);

const opts = { defaultListSize: DEFAULT_QUERY_LIMITS.defaultListSize };

function cost(query: string, more: { variables?: Record<string, unknown>; operationName?: string | null } = {}): number {
  const doc = parse(query);
  assert.deepEqual(validate(schema, doc, specifiedRules).map((e) => e.message), []);
  return estimateCost(schema, doc, { ...opts, ...more });
}

describe('cost directives', () => {
  it('define @cost and @listSize as the SDL says', () => {
    const sdl = buildSchema(`${costDirectivesSDL} type Query { a: Int }`);
    for (const d of costDirectives) {
      const other = sdl.getDirective(d.name)!;
      assert.deepEqual(d.locations, other.locations);
      assert.deepEqual(
        d.args.map((a) => [a.name, String(a.type), a.defaultValue]),
        other.args.map((a) => [a.name, String(a.type), a.defaultValue]),
      );
    }
  });
});

describe('estimateCost', () => {
  it('weighs objects 1, leaves 0, @cost on a type or field, and @cost arguments written in the query', () => {
    assert.equal(cost('{ task(id: "1") { id name } }'), 1); // Task 1, leaves 0
    assert.equal(cost('{ task(id: "1") { source { id } target { id } } }'), 12); // 1 + (Source 10 + Target 1)
    assert.equal(cost('{ report }'), 100); // field @cost
    assert.equal(cost('{ report(format: "csv") }'), 107); // + argument @cost 7
    assert.equal(cost('{ __typename }'), 0);
  });

  it('multiplies a connection by its slicing argument, the sized `nodes` list not again', () => {
    // tasks 1 + 10 × (totalCount 0 + nodes (1 + source 10) + pageInfo 1) = 1 + 10 × 12 = 121
    assert.equal(cost('{ tasks(first: 10) { totalCount nodes { id source { name } } pageInfo { hasNextPage } } }'), 121);
  });

  it('takes the slicing argument from variables, else assumedSize or the default list size', () => {
    const q = 'query ($n: Int) { tasks(first: $n) { nodes { id } } }';
    assert.equal(cost(q, { variables: { n: 7 } }), 8); // 1 + 7 × nodes 1
    assert.equal(cost(q), 51); // no `first`, no assumedSize: 1 + 50 × 1
    assert.equal(cost('{ sources { name } }'), 10); // argument default limit 20: Source 10 + 20 × 0
    assert.equal(cost('{ regions }'), 0); // a list of scalars: 0 + 30 × 0
  });

  it('multiplies nested lists', () => {
    // providers 1 + 50 × (name 0 + accounts (1 + 50 × 0)) = 51
    assert.equal(cost('{ providers { name accounts { id } } }'), 51);
    // tasks 1 + 20 × (nodes 1 + (steps 1 + 50 × 0 + account 1)) = 1 + 20 × 3 = 61
    assert.equal(cost('{ tasks(first: 20) { nodes { steps { name } account { id } } } }'), 61);
    // two roots: tasks 1 + 3 × (nodes 1 + source 10) = 34, plus providers 51 as above = 85
    assert.equal(cost('{ tasks(first: 3) { nodes { source { id } } } providers { accounts { id } } }'), 85);
  });

  it('expands fragments at each use', () => {
    const q = 'fragment T on Task { source { id } target { id } } { a: task(id: "1") { ...T } b: task(id: "2") { ... on Task { ...T } } }';
    assert.equal(cost(q), 24); // 2 × (1 + 10 + 1)
  });

  it('applies @skip and @include', () => {
    const q = 'query ($s: Boolean!) { task(id: "1") { source @skip(if: $s) { id } target { id } } report @include(if: false) }';
    assert.equal(cost(q, { variables: { s: true } }), 2); // 1 + Target 1
    assert.equal(cost(q, { variables: { s: false } }), 12); // 1 + Source 10 + Target 1
  });

  it('prices only the chosen operation, and every operation when none can be chosen', () => {
    const q = 'query A { task(id: "1") { id } } query B { task(id: "1") { source { id } target { id } } }';
    assert.equal(estimateCost(schema, parse(q), { ...opts, operationName: 'A' }), 1);
    assert.equal(estimateCost(schema, parse(q), { ...opts, operationName: 'B' }), 12);
    assert.equal(estimateCost(schema, parse(q), opts), 13); // execution would refuse: no operation name
    // An anonymous operation with an operationName: no crash (graphql-query-complexity reads operation.name.value)
    assert.equal(estimateCost(schema, parse('{ report }'), { ...opts, operationName: 'X' }), 100);
  });

  it('does not price introspection', () => {
    assert.equal(cost(getIntrospectionQuery()), 0);
  });

  it('throws graphql errors for variables that do not coerce', () => {
    assert.throws(
      () => estimateCost(schema, parse('query ($n: Int) { tasks(first: $n) { totalCount } }'), { ...opts, variables: { n: 'many' } }),
      (e: any) => e instanceof GraphQLError && /Int cannot represent/.test(e.message),
    );
  });

  it('refuses a bad @cost weight in the schema', () => {
    const bad = buildSchema(`${costDirectivesSDL} type Query { a: Int @cost(weight: "lots") }`);
    assert.throws(() => estimateCost(bad, parse('{ a }'), opts), /@cost\(weight: "lots"\) on Query.a is not a non-negative number/);
  });
});

describe('checkCost', () => {
  const max = DEFAULT_QUERY_LIMITS.cost;

  it('admits 200 tasks with 4 nested objects each', () => {
    // tasks 1 + 200 × (totalCount 0 + nodes (1 + source 10 + target 1 + progress 1 + account 1)) = 1 + 200 × 14 = 2801
    const q = '{ tasks(first: 200) { totalCount nodes { id name source { id } target { id } progress { percent } account { id } } } }';
    assert.equal(checkCost(schema, parse(q), { ...opts, max }), 2801);
  });

  it('refuses a 1,000-alias bomb of tasks(first: 500) and admits one of them', () => {
    const one = 'tasks(first: 500) { nodes { id } }';
    assert.equal(checkCost(schema, parse(`{ ${one} }`), { ...opts, max }), 501); // 1 + 500 × nodes 1
    const bomb = `{ ${Array.from({ length: 1000 }, (_, i) => `t${i}: ${one}`).join(' ')} }`;
    assert.throws(() => checkCost(schema, parse(bomb), { ...opts, max }), (e: any) => {
      assert.ok(e instanceof GraphQLError);
      assert.equal(e.message, 'query cost 501000 exceeds the limit of 25000'); // 1000 × 501
      assert.deepEqual(e.extensions, { code: 'BAD_USER_INPUT', retryable: false, limit: { name: 'cost', max: 25000, value: 501000 } });
      return true;
    });
  });

  it('admits a query at the limit and refuses one over it', () => {
    const q = '{ tasks(first: 10) { totalCount nodes { id source { name } } pageInfo { hasNextPage } } }'; // 121
    assert.equal(checkCost(schema, parse(q), { ...opts, max: 121 }), 121);
    assert.throws(() => checkCost(schema, parse(q), { ...opts, max: 120 }), (e: any) => e.extensions.limit.value === 121);
  });

  it('refuses a fragment-reuse bomb that expands past 10,000 selections, cost unknown', () => {
    // F0 has 2 selections; each Fk spreads F(k-1) 4 times: F7 expands to ~4^7 × 2 = 32,768 selections
    const frags = ['fragment F0 on Task { id name }'];
    for (let k = 1; k <= 7; k++) frags.push(`fragment F${k} on Task { ${`...F${k - 1} `.repeat(4)}}`);
    const doc = parse(`{ task(id: "1") { ...F7 } } ${frags.join(' ')}`);
    assert.equal(estimateCost(schema, doc, opts), Infinity);
    assert.throws(() => checkCost(schema, doc, { ...opts, max }), (e: any) => {
      assert.match(e.message, /^query cost exceeds the limit of 25000: more than 10000 selections/);
      assert.deepEqual(e.extensions.limit, { name: 'cost', max: 25000, value: null });
      return true;
    });
  });
});
