/**
 * The GraphQL argument path (`input.bandwidthLimitMbps`, `filter.ids.0`) of graphql-js's own input
 * errors: variable coercion ("Variable "$input" got invalid value 12.5 at "input.x"; ...") and literal
 * argument validation ("Int cannot represent non-integer value: 12.5", "Expected value of type ...",
 * unknown or missing fields and arguments). Used by formatError, so HTTP, graphql-ws and SSE name the
 * same `extensions.field` for the same mistake.
 *
 * The error's position is matched against the operation (re-parsed from the error's source, only
 * when an error is being formatted): a literal's path is the argument name plus the object fields and
 * list indices down to the bad value; a variable's path is where the operation uses the variable
 * (`input: $in` names `input`) plus graphql-js's path inside the variable's value.
 */
import { Kind, parse, type ArgumentNode, type DocumentNode, type GraphQLError, type ValueNode } from 'graphql';

type Path = (string | number)[];

/** graphql-js prints value paths as `.field` and `[0]`; argument paths are dotted (`a.0.b`). */
function dotted(printed: string): Path {
  return printed
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s.length > 0)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The field a message names as missing or unknown inside the bad value, if any. */
function innerField(message: string): string | undefined {
  const m =
    /Field "(?:[A-Za-z_][\w]*\.)?([A-Za-z_]\w*)" of required type "[^"]*" was not provided/.exec(message) ??
    /Field "([A-Za-z_]\w*)" is not defined by type/.exec(message);
  return m?.[1];
}

interface Found {
  argPath: Path;
  node: 'argument' | 'objectField' | 'value';
}

function* argumentsOf(doc: DocumentNode): Generator<ArgumentNode> {
  const stack: unknown[] = [doc];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const n = node as { kind?: string; arguments?: readonly ArgumentNode[]; selectionSet?: unknown; definitions?: unknown; selections?: unknown };
    if (n.kind === Kind.ARGUMENT) {
      yield node as ArgumentNode;
      continue;
    }
    if (n.arguments) stack.push(...n.arguments);
    if (n.selectionSet) stack.push(n.selectionSet);
    if (n.selections) stack.push(n.selections);
    if (n.definitions) stack.push(n.definitions);
  }
}

function findInValue(value: ValueNode, path: Path, match: (v: ValueNode) => boolean, at?: number): Found | undefined {
  if (match(value)) return { argPath: path, node: 'value' };
  if (value.kind === Kind.OBJECT) {
    for (const f of value.fields) {
      if (at !== undefined && f.loc?.start === at) return { argPath: [...path, f.name.value], node: 'objectField' };
      const inner = findInValue(f.value, [...path, f.name.value], match, at);
      if (inner) return inner;
    }
  }
  if (value.kind === Kind.LIST) {
    for (const [i, item] of value.values.entries()) {
      const inner = findInValue(item, [...path, i], match, at);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Where argument `name` of a field starts: the argument itself or a value inside it, by position. */
function atPosition(doc: DocumentNode, at: number): Found | undefined {
  for (const arg of argumentsOf(doc)) {
    if (arg.loc?.start === at) return { argPath: [arg.name.value], node: 'argument' };
    const found = findInValue(arg.value, [arg.name.value], (v) => v.loc?.start === at, at);
    if (found) return found;
  }
  return undefined;
}

function usageOf(doc: DocumentNode, variable: string): Path | undefined {
  for (const arg of argumentsOf(doc)) {
    const found = findInValue(arg.value, [arg.name.value], (v) => v.kind === Kind.VARIABLE && v.name.value === variable);
    if (found) return found.argPath;
  }
  return undefined;
}

const parsed = new Map<string, DocumentNode | null>();
function documentOf(body: string): DocumentNode | null {
  let doc = parsed.get(body);
  if (doc === undefined) {
    try {
      doc = parse(body);
    } catch {
      doc = null;
    }
    if (parsed.size > 64) parsed.clear();
    parsed.set(body, doc);
  }
  return doc;
}

/** The argument path an input error of graphql-js points at, or undefined when it names none. */
export function graphqlArgumentPath(error: GraphQLError): string | undefined {
  const message = error.message;
  const node = error.nodes?.[0];
  const body = error.source?.body ?? node?.loc?.source.body;
  const doc = body === undefined ? null : documentOf(body);
  const inner = innerField(message);
  const join = (p: Path) => (inner !== undefined && p[p.length - 1] !== inner ? [...p, inner] : p).join('.');

  // Variable values: `Variable "$v" got invalid value ... at "v.a[0]"; ...`, `Variable "$v" of required type ...`.
  const variable = /^Variable "\$([A-Za-z_]\w*)"/.exec(message);
  if (variable) {
    const name = variable[1]!;
    const within = /^Variable "\$[A-Za-z_]\w*" got invalid value .*? at "([^"]+)";/s.exec(message);
    const rest = within ? dotted(within[1]!).slice(1) : [];
    const usage = (doc && usageOf(doc, name)) ?? [name];
    return join([...usage, ...rest]);
  }

  // A required argument missing from a field: `Field "f" argument "a" of type "T!" is required, ...`.
  const missingArg = /^Field "[^"]+" argument "([A-Za-z_]\w*)" of type "[^"]*" is required/.exec(message);
  if (missingArg) return missingArg[1];

  const at = error.positions?.[0] ?? node?.loc?.start;
  if (!doc || at === undefined) return undefined;
  const found = atPosition(doc, at);
  if (!found) return undefined;
  return found.node === 'objectField' ? found.argPath.join('.') : join(found.argPath);
}
