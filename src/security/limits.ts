// Query-shape limits: depth, aliases, root fields, directives and tokens, applied before execution.
// The cost limit (demand control) lives in ./cost.ts; both refuse with the same `limitError` shape
// so clients see one error contract: code BAD_USER_INPUT, not retryable, and which limit was hit.
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  parse,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface QueryLimits {
  /** Deepest field nesting (fields only: fragments and inline fragments add no level). */
  depth: number;
  /** Aliased fields in the operation, fragments expanded at each use (`__typename` aliases are free). */
  aliases: number;
  /** Fields in the operation's top-level selection set, fragments expanded, aliases counted separately. */
  rootFields: number;
  /** Directive applications in the operation, fragments expanded at each use. */
  directives: number;
  /** Lexical tokens in the document (enforced by the parser, before any AST is built). */
  tokens: number;
  /** Maximum estimated cost (see ./cost.ts). */
  cost: number;
  /** Multiplier for list fields that give no size (no slicing argument, no assumedSize). */
  defaultListSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = Object.freeze({
  depth: 12,
  aliases: 30,
  rootFields: 20,
  directives: 30,
  tokens: 5000,
  cost: 25000,
  defaultListSize: 50,
});

export function limitError(name: string, max: number, value: number | null, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', retryable: false, limit: { name, max, value } },
  });
}

// graphql-armor (max-depth 2.4, max-aliases 2.6, max-directives 2.3) rejects with
// `Syntax Error: Query depth limit of 12 exceeded, found 200.` (also `Aliases limit of ...`,
// `Directives limit of ...`) when exposeLimits is on (the default). Only the measured value is
// taken from it; the message we send is ours.
const ARMOR_FOUND = /limit of (\d+) exceeded, found (\d+)\./;

function armorReject(name: string, max: number, describe: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const m = ARMOR_FOUND.exec(error.message);
    const value = m ? Number(m[2]) : null;
    const message =
      value === null ? `${describe} exceeds the limit of ${max}` : `${describe} ${value} exceeds the limit of ${max}`;
    context?.reportError(limitError(name, max, value, message));
  };
}

/**
 * Fields of a selection set, fragment spreads and inline fragments expanded (each use counts).
 * `seen` guards against fragment cycles, which NoFragmentCyclesRule reports separately.
 */
function collectFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  out: FieldNode[] = [],
  seen: Set<string> = new Set(),
): FieldNode[] {
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) collectFields(context, sel.selectionSet, out, seen);
    else {
      const name = sel.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      collectFields(context, fragment.selectionSet, out, seen);
      seen.delete(name);
    }
  }
  return out;
}

/** Fields of the operation's top-level selection set, fragments expanded, aliases counted separately. */
function rootFieldsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fields = collectFields(context, operation.selectionSet);
      if (fields.length > limits.rootFields) {
        context.reportError(
          limitError(
            'rootFields',
            limits.rootFields,
            fields.length,
            `root field count ${fields.length} exceeds the limit of ${limits.rootFields}`,
          ),
        );
      }
      return false; // nothing below the operation to visit for this rule
    },
  });
}

/**
 * Validation rules for depth, aliases, directives and root fields. Each reports (never throws) a
 * `limitError`, so graphql's `validate` returns it with any other validation errors.
 */
export function shapeRules(limits: QueryLimits): ValidationRule[] {
  return [
    // ignoreIntrospection (armor's default) counts a `__schema` field as depth 0, so introspection
    // is not held to the depth limit (graphql's own getIntrospectionQuery() is 15 fields deep);
    // `__type` is counted normally. Introspection is still bounded: graphql >= 16.9 has
    // MaxIntrospectionDepthRule in specifiedRules (at most 2 nested fields / interfaces /
    // possibleTypes / inputFields lists below __schema or __type), so keep specifiedRules. flattenFragments makes depth
    // count fields only (by default armor adds a level per fragment spread / inline fragment).
    maxDepthRule({
      n: limits.depth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [armorReject('depth', limits.depth, 'query depth')],
    }),
    // allowList defaults to ['__typename']: aliased `__typename`s are not counted (they resolve
    // without a resolver and are bounded by the token limit).
    maxAliasesRule({
      n: limits.aliases,
      propagateOnRejection: false,
      onReject: [armorReject('aliases', limits.aliases, 'alias count')],
    }),
    maxDirectivesRule({
      n: limits.directives,
      propagateOnRejection: false,
      onReject: [armorReject('directives', limits.directives, 'directive count')],
    }),
    rootFieldsRule(limits),
  ];
}

// graphql 16.15 says `Syntax Error: Document contains more that 5000 tokens. Parsing aborted.` ("that",
// sic); accept "than" too in case a later release fixes the typo.
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

/**
 * The parser's token-limit syntax error as the gateway's `limitError('tokens', ...)`, or null for
 * any other message. Used for our own parse and for Apollo's (`parseOptions.maxTokens`).
 */
export function tokenLimitError(message: string): GraphQLError | null {
  const m = TOO_MANY_TOKENS.exec(message);
  if (!m) return null;
  const max = Number(m[1]);
  // The parser stops at the first token over the limit, so the real count is unknown.
  return limitError('tokens', max, null, `query token count exceeds the limit of ${max} (parsing stopped at token ${max + 1})`);
}

/** `parse` with the token limit; a document over it is refused with a `limitError('tokens', ...)`. */
export function parseWithLimits(source: string, limits: QueryLimits): DocumentNode {
  try {
    return parse(source, { maxTokens: limits.tokens });
  } catch (e) {
    throw (e instanceof GraphQLError && tokenLimitError(e.message)) || e;
  }
}
