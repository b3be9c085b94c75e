import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, getIntrospectionQuery, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import {
  DEFAULT_QUERY_LIMITS,
  limitError,
  parseWithLimits,
  shapeRules,
  type QueryLimits,
} from '../../src/security/limits.js';

const schema = buildSchema(`
  type Query { a: Int b: Int node: Node nodes: [Node!]! }
  type Node { id: ID! name: String child: Node }
`);

function errors(query: string, limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return validate(schema, parse(query), [...specifiedRules, ...shapeRules(limits)]);
}

function assertAdmitted(query: string, limits?: QueryLimits) {
  assert.deepEqual(errors(query, limits).map((e) => e.message), []);
}

function assertRefused(query: string, name: string, max: number, value: number, message: string, limits?: QueryLimits) {
  const errs = errors(query, limits);
  assert.equal(errs.length, 1, errs.map((e) => e.message).join('; '));
  assert.equal(errs[0]!.message, message);
  assert.deepEqual(errs[0]!.extensions, { code: 'BAD_USER_INPUT', retryable: false, limit: { name, max, value } });
}

/** `node { child { child ... { id } } }` with `depth` field levels in all. */
function nested(depth: number): string {
  return `{ node { ${'child { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
}

describe('limitError', () => {
  it('is a BAD_USER_INPUT, non-retryable GraphQLError naming the limit', () => {
    const e = limitError('depth', 12, 200, 'query depth 200 exceeds the limit of 12');
    assert.ok(e instanceof GraphQLError);
    assert.equal(e.message, 'query depth 200 exceeds the limit of 12');
    assert.deepEqual(e.extensions, { code: 'BAD_USER_INPUT', retryable: false, limit: { name: 'depth', max: 12, value: 200 } });
    assert.deepEqual(limitError('tokens', 5, null, 'x').extensions.limit, { name: 'tokens', max: 5, value: null });
  });
});

describe('defaults', () => {
  it('are the documented values', () => {
    assert.deepEqual(
      { ...DEFAULT_QUERY_LIMITS },
      { depth: 12, aliases: 30, rootFields: 20, directives: 30, tokens: 5000, cost: 25000, defaultListSize: 50 },
    );
  });
});

describe('depth', () => {
  it('counts field levels: { node { id } } is 2', () => {
    assertAdmitted(nested(2), { ...DEFAULT_QUERY_LIMITS, depth: 2 });
    assertRefused(nested(3), 'depth', 2, 3, 'query depth 3 exceeds the limit of 2', { ...DEFAULT_QUERY_LIMITS, depth: 2 });
  });

  it('admits depth 12 and refuses 13 and 200', () => {
    assertAdmitted(nested(12));
    assertRefused(nested(13), 'depth', 12, 13, 'query depth 13 exceeds the limit of 12');
    assertRefused(nested(200), 'depth', 12, 200, 'query depth 200 exceeds the limit of 12');
  });

  it('adds no level for fragments and inline fragments, but counts the fields inside them', () => {
    // node(1) child(2) ... child(10) [inline fragment] child(11) [spread] id(12)
    const twelve = `{ node { ${'child { '.repeat(9)}... on Node { child { ...F } }${' }'.repeat(9)} } } fragment F on Node { id }`;
    assertAdmitted(twelve);
    // One more level inside the fragment: node .. child(11) child(12) id(13)
    const thirteen = twelve.replace('fragment F on Node { id }', 'fragment F on Node { child { id } }');
    assertRefused(thirteen, 'depth', 12, 13, 'query depth 13 exceeds the limit of 12');
  });

  it('leaves the standard introspection query (15 fields deep) alone', () => {
    assertAdmitted(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
  });
});

describe('introspection', () => {
  // shapeRules leaves `__schema` out of the depth count; what bounds introspection instead is
  // graphql's MaxIntrospectionDepthRule (in specifiedRules since graphql 16.9): at most 2 nested
  // fields / interfaces / possibleTypes / inputFields lists below __schema or __type.
  it('admits 2 nested introspection field lists, even beyond the depth limit', () => {
    // __schema types fields type fields type ofType × 6 name: 14 levels, 2 `fields` lists
    assertAdmitted(`{ __schema { types { fields { type { fields { type { ${'ofType { '.repeat(6)}name${' }'.repeat(6)} } } } } } } }`);
  });

  it('refuses the cyclic introspection bomb, even hidden in a fragment (graphql, not shapeRules)', () => {
    const bomb = '{ __schema { types { fields { type { fields { type { ...T } } } } } } } fragment T on __Type { fields { name } }';
    assert.deepEqual(errors(bomb).map((e) => e.message), ['Maximum introspection depth exceeded']);
    assert.deepEqual(validate(schema, parse(bomb), shapeRules(DEFAULT_QUERY_LIMITS)), []);
  });

  it('counts __type (not __schema) against the depth limit', () => {
    // __type(1) fields(2) type(3) ofType × 9 (4..12) name(13)
    const q = `{ __type(name: "Node") { fields { type { ${'ofType { '.repeat(9)}name${' }'.repeat(9)} } } } }`;
    assertRefused(q, 'depth', 12, 13, 'query depth 13 exceeds the limit of 12');
  });
});

describe('aliases', () => {
  const aliased = (n: number) => `{ node { ${Array.from({ length: n }, (_, i) => `x${i}: id`).join(' ')} } }`;

  it('admits 30 and refuses 31', () => {
    assertAdmitted(aliased(30));
    assertRefused(aliased(31), 'aliases', 30, 31, 'alias count 31 exceeds the limit of 30');
  });

  it('counts a fragment once per spread and does not count aliased __typename', () => {
    // 2 spreads × 16 aliases = 32; the 40 aliased __typename are free
    const free = Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ');
    const q = `{ node { ${free} ...F } nodes { ...F } } fragment F on Node { ${Array.from({ length: 16 }, (_, i) => `x${i}: id`).join(' ')} }`;
    assertRefused(q, 'aliases', 30, 32, 'alias count 32 exceeds the limit of 30');
    assertAdmitted(q.replace('nodes { ...F }', 'nodes { id }'));
  });
});

describe('root fields', () => {
  const roots = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `r${i}: a`).join(' ')} }`;

  it('admits 20 and refuses 21, aliases of one field counting separately', () => {
    assertAdmitted(roots(20));
    assertRefused(roots(21), 'rootFields', 20, 21, 'root field count 21 exceeds the limit of 20');
  });

  it('expands fragment spreads and inline fragments', () => {
    // 10 in the spread + 10 in the inline fragment + b = 21
    const ten = (p: string) => Array.from({ length: 10 }, (_, i) => `${p}${i}: a`).join(' ');
    const q = `query { ...R ... on Query { ${ten('i')} } b } fragment R on Query { ${ten('f')} }`;
    assertRefused(q, 'rootFields', 20, 21, 'root field count 21 exceeds the limit of 20');
    assertAdmitted(q.replace(' b }', ' }'));
  });

  it('does not count nested fields', () => {
    assertAdmitted(`{ node { ${Array.from({ length: 25 }, () => 'id').join(' ')} } }`);
  });
});

describe('directives', () => {
  const directed = (n: number) => `{ node { ${Array.from({ length: n }, () => 'id @include(if: true)').join(' ')} } }`;

  it('admits 30 and refuses 31', () => {
    assertAdmitted(directed(30));
    assertRefused(directed(31), 'directives', 30, 31, 'directive count 31 exceeds the limit of 30');
  });

  it('counts directives on operations, fragments and spreads', () => {
    // operation 1 + spread 1 + fragment definition's field 29 = 31
    const q = `query Q @skip(if: false) { node { ...F @include(if: true) } } fragment F on Node { ${Array.from({ length: 29 }, () => 'id @skip(if: false)').join(' ')} }`;
    const errs = validate(schema, parse(q), shapeRules(DEFAULT_QUERY_LIMITS)); // @skip on a query is not valid, so shape rules only
    assert.deepEqual(errs.map((e) => e.extensions.limit), [{ name: 'directives', max: 30, value: 31 }]);
  });
});

describe('parseWithLimits', () => {
  it('admits a document at the token limit and refuses one over it', () => {
    // `{`, `a`, `}`: 3 tokens (end of file is not counted)
    const three = { ...DEFAULT_QUERY_LIMITS, tokens: 3 };
    assert.equal(parseWithLimits('{ a }', three).definitions.length, 1);
    assert.throws(() => parseWithLimits('{ a b }', three), (e: any) => {
      assert.ok(e instanceof GraphQLError);
      assert.equal(e.message, 'query token count exceeds the limit of 3 (parsing stopped at token 4)');
      assert.deepEqual(e.extensions, { code: 'BAD_USER_INPUT', retryable: false, limit: { name: 'tokens', max: 3, value: null } });
      return true;
    });
  });

  it('refuses a 5001-token document under the defaults', () => {
    // `{` + 4999 × `a` + `}` = 5001 tokens
    const q = `{ ${Array.from({ length: 4999 }, () => 'a').join(' ')} }`;
    assert.throws(() => parseWithLimits(q, DEFAULT_QUERY_LIMITS), (e: any) => e.extensions.limit.name === 'tokens');
    assert.doesNotThrow(() => parseWithLimits(q.replace('{ a ', '{ '), DEFAULT_QUERY_LIMITS));
  });

  it('rethrows other syntax errors unchanged', () => {
    assert.throws(() => parseWithLimits('{ a', DEFAULT_QUERY_LIMITS), (e: any) => {
      assert.ok(e instanceof GraphQLError);
      assert.equal(e.message, 'Syntax Error: Expected Name, found <EOF>.');
      assert.equal(e.extensions.limit, undefined);
      return true;
    });
  });
});
