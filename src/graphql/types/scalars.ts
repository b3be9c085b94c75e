/**
 * The `DateTime` scalar: every timestamp of the schema, in and out.
 *
 * It is graphql-scalars' RFC 3339 `DateTime` (the same name, description and validation), with one
 * difference: the domain keeps ISO-8601 strings (src/core/model.ts), so an input is coerced to the
 * canonical UTC string (`Date#toISOString`, e.g. `2024-05-01T08:00:00.000Z`) rather than a JS Date,
 * and an output is always that same canonical form, whatever offset or precision the value had.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';

const BAD_INPUT = { code: 'BAD_USER_INPUT' } as const;

function canonical(date: unknown): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date-time', { extensions: BAD_INPUT });
  return date.toISOString();
}

/** graphql-scalars' errors, re-raised as BAD_USER_INPUT (the message kept). */
function asInputError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new GraphQLError(e instanceof Error ? e.message : String(e), { extensions: BAD_INPUT });
  }
}

export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: `${GraphQLDateTime.description ?? ''} migraph always answers in UTC with milliseconds (2007-12-03T10:15:30.000Z).`,
  serialize: (value) => canonical(GraphQLDateTime.serialize(value)),
  parseValue: (value) => asInputError(() => canonical(GraphQLDateTime.parseValue(value))),
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`DateTime cannot represent a non-string value`, { nodes: ast, extensions: BAD_INPUT });
    return asInputError(() => canonical(GraphQLDateTime.parseLiteral(ast, undefined)));
  },
  extensions: { jsonSchema: { type: 'string', format: 'date-time' } },
});
