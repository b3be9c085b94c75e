// Demand control after the IBM GraphQL Cost Directive specification
// (https://ibm.github.io/graphql-specs/cost-spec.html): the schema says what is costly with
// @cost and @listSize, and a query is priced statically, before execution, by graphql-query-complexity
// walking the operation (fragments expanded at each use, @skip/@include and variables applied).
//
// Cost of a field = weight + multiplier × (sum of the costs of its selected child fields), where
//   weight     = the field's @cost, else its named return type's @cost (OBJECT, SCALAR, ENUM), else 1
//                for an object, interface or union and 0 for a scalar or enum; plus the @cost of
//                each argument (ARGUMENT_DEFINITION) written in the query;
//   multiplier = with @listSize: the largest slicing argument given (variables and argument defaults
//                applied), else assumedSize, else defaultListSize; a list field without @listSize:
//                defaultListSize (1 if it is a `sizedFields` entry of every field returning its parent
//                type, the parent's multiplier already counting it); any other field: 1.
// Introspection (`__schema`, `__type` and the fields of the `__` types) costs 0: it never reaches a
// provider, and its shape is limited by ./limits.ts instead.
import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { limitError } from './limits.js';

export const costDirective = new GraphQLDirective({
  name: 'cost',
  description: 'The relative cost of resolving this field, argument, input field or any field of this type.',
  locations: [
    DirectiveLocation.ARGUMENT_DEFINITION,
    DirectiveLocation.ENUM,
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.INPUT_FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.SCALAR,
  ],
  // A string, per the specification, so that weights need not be integers.
  args: { weight: { type: new GraphQLNonNull(GraphQLString) } },
});

export const listSizeDirective = new GraphQLDirective({
  name: 'listSize',
  description: 'How many items this field returns: a slicing argument, an assumed size, or both.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    assumedSize: { type: GraphQLInt },
    slicingArguments: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    sizedFields: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
    requireOneSlicingArgument: { type: GraphQLBoolean, defaultValue: true },
  },
});

export const costDirectives: GraphQLDirective[] = [costDirective, listSizeDirective];

/** The same two definitions as SDL, for schemas written as SDL. */
export const costDirectivesSDL = `directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
`;

/**
 * graphql-query-complexity stops (throws) after this many selections, fragments expanded at each
 * use: it re-walks a fragment for every spread, so this is what bounds a fragment-reuse bomb.
 * 10,000 is also its default; 5,000 tokens cannot spell more without reusing fragments.
 */
const MAX_COST_NODES = 10_000;
const TOO_MANY_NODES = 'Query exceeds the maximum allowed number of nodes.';

interface ListSize {
  assumedSize?: number | null;
  slicingArguments?: string[] | null;
  sizedFields?: string[] | null;
}

interface FieldCost {
  weight: number;
  argWeights: Map<string, number>;
  listSize: ListSize | undefined;
  /** Levels of list wrapping of the return type ([T] 1, [[T]] 2). */
  listDepth: number;
  sizedByParent: boolean;
}

interface SchemaCost {
  fields: WeakMap<GraphQLField<unknown, unknown>, FieldCost>;
  sizedByParent: Set<string>; // "Type.field"
}

const schemas = new WeakMap<GraphQLSchema, SchemaCost>();

function weightOf(node: { readonly directives?: readonly unknown[] } | null | undefined, where: string): number | undefined {
  if (!node) return undefined;
  const values = getDirectiveValues(costDirective, node as Parameters<typeof getDirectiveValues>[1]);
  if (!values) return undefined;
  const weight = Number(values.weight);
  if (!Number.isFinite(weight) || weight < 0 || String(values.weight).trim() === '') {
    throw new Error(`@cost(weight: ${JSON.stringify(values.weight)}) on ${where} is not a non-negative number`);
  }
  return weight;
}

function typeWeight(type: GraphQLNamedType): number | undefined {
  for (const node of [type.astNode, ...(type.extensionASTNodes ?? [])]) {
    const w = weightOf(node, type.name);
    if (w !== undefined) return w;
  }
  return undefined;
}

function listSizeOf(field: GraphQLField<unknown, unknown>): ListSize | undefined {
  return field.astNode ? (getDirectiveValues(listSizeDirective, field.astNode) as ListSize | undefined) : undefined;
}

function analyseSchema(schema: GraphQLSchema): SchemaCost {
  // A `sizedFields` entry (first path segment) is covered by the parent's multiplier only if every
  // field returning the parent type declares it; otherwise it keeps its own (default) multiplier.
  const returning = new Map<string, number>();
  const declared = new Map<string, number>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type).name;
      returning.set(target, (returning.get(target) ?? 0) + 1);
      for (const path of new Set((listSizeOf(field)?.sizedFields ?? []).map((p) => p.split('.')[0]))) {
        const key = `${target}.${path}`;
        declared.set(key, (declared.get(key) ?? 0) + 1);
      }
    }
  }
  const sizedByParent = new Set<string>();
  for (const [key, n] of declared) if (returning.get(key.slice(0, key.indexOf('.'))) === n) sizedByParent.add(key);
  return { fields: new WeakMap(), sizedByParent };
}

function fieldCost(sc: SchemaCost, parent: string, field: GraphQLField<unknown, unknown>): FieldCost {
  let fc = sc.fields.get(field);
  if (fc) return fc;
  const where = `${parent}.${field.name}`;
  const named = getNamedType(field.type);
  const argWeights = new Map<string, number>();
  for (const arg of field.args) {
    const w = weightOf(arg.astNode, `${where}(${arg.name}:)`);
    if (w !== undefined) argWeights.set(arg.name, w);
  }
  let listDepth = 0;
  for (let t = getNullableType(field.type); isListType(t); t = getNullableType(t.ofType)) listDepth++;
  fc = {
    weight: weightOf(field.astNode, where) ?? typeWeight(named) ?? (isCompositeType(named) ? 1 : 0),
    argWeights,
    listSize: listSizeOf(field),
    listDepth,
    sizedByParent: sc.sizedByParent.has(where),
  };
  sc.fields.set(field, fc);
  return fc;
}

function pathValue(args: Record<string, unknown>, path: string): unknown {
  let v: unknown = args;
  for (const key of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function estimator(schema: GraphQLSchema, defaultListSize: number): ComplexityEstimator {
  let sc = schemas.get(schema);
  if (!sc) schemas.set(schema, (sc = analyseSchema(schema)));
  const analysed = sc;
  return ({ type, field, node, args, childComplexity }) => {
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    const fc = fieldCost(analysed, type.name, field);
    let weight = fc.weight;
    for (const arg of node.arguments ?? []) weight += fc.argWeights.get(arg.name.value) ?? 0;
    let multiplier = 1;
    if (fc.listSize) {
      // The specification takes the one slicing argument (requireOneSlicingArgument); when a query
      // gives several anyway, the largest is used. A missing one falls back, it is not refused here.
      // With sizedFields the specification multiplies only those children; graphql-query-complexity
      // hands us the sum of all children, so every child is multiplied: a conservative over-estimate
      // (e.g. a connection's pageInfo is counted once per requested item).
      const given = (fc.listSize.slicingArguments ?? [])
        .map((path) => pathValue(args, path))
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      multiplier = given.length ? Math.max(0, ...given) : (fc.listSize.assumedSize ?? defaultListSize);
    } else if (fc.listDepth > 0 && !fc.sizedByParent) {
      multiplier = defaultListSize ** fc.listDepth;
    }
    return weight + multiplier * childComplexity;
  };
}

/**
 * The operation that will run, with the fragments; graphql-query-complexity sums every operation
 * it is given (and crashes on an anonymous one when given an operationName), so it gets only this.
 * When the operation cannot be chosen (unknown name, several and no name) all are priced, which
 * over-estimates a document that execution refuses anyway.
 */
function selectOperation(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const chosen =
    operationName != null
      ? operations.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName)
      : operations.length === 1
        ? operations
        : [];
  if (chosen.length !== 1) return document;
  const definitions: DefinitionNode[] = [chosen[0]!, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  return { kind: Kind.DOCUMENT, definitions };
}

/**
 * The estimated cost of the operation. Expects a validated document; invalid fields are skipped.
 * Throws graphql's GraphQLError for variables that do not coerce, and returns Infinity when the
 * operation expands (fragments included) to more than 10,000 selections.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  opts: { operationName?: string | null; variables?: Record<string, unknown>; defaultListSize: number },
): number {
  try {
    return getComplexity({
      schema,
      query: selectOperation(document, opts.operationName),
      variables: opts.variables ?? {},
      estimators: [estimator(schema, opts.defaultListSize)],
      maxQueryNodes: MAX_COST_NODES,
    });
  } catch (e) {
    if (e instanceof GraphQLError && e.message === TOO_MANY_NODES) return Number.POSITIVE_INFINITY;
    throw e;
  }
}

/** `estimateCost`, refused with `limitError('cost', ...)` over `max`. Returns the cost. */
/** The refusal for a measured cost over `max` (Infinity: too many selections to price). */
export function costLimitError(cost: number, max: number): GraphQLError {
  if (cost === Number.POSITIVE_INFINITY) {
    return limitError('cost', max, null, `query cost exceeds the limit of ${max}: more than ${MAX_COST_NODES} selections once fragments are expanded`);
  }
  return limitError('cost', max, cost, `query cost ${cost} exceeds the limit of ${max}`);
}

export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  opts: { operationName?: string | null; variables?: Record<string, unknown>; defaultListSize: number; max: number },
): number {
  const cost = estimateCost(schema, document, opts);
  if (cost > opts.max) throw costLimitError(cost, opts.max);
  return cost;
}
