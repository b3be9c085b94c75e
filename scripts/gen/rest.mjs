// REST style (Huawei SMS): path params, query, JSON body, JSON response.
import {
  header, doc, docText, lit, propKey, camel, lowerCamel, pascal, member, emitEnums, emitModels, emitAliases,
  zodType, topo, side, safeToRetry, reachable,
} from './lib.mjs';

const isUnnamed = (fields) => !fields || fields.length === 0 || (fields.length === 1 && fields[0].name === '-');

function opComment(op) {
  return `// ${op.id}: ${op.method} ${op.path}${op.section ? ` (§${op.section})` : ''} ${docText(op.title, 120)}\n`;
}

export function restParts(op) {
  return {
    pathParams: op.pathParams?.length ? `${op.id}PathParams` : null,
    query: op.queryParams?.length ? `${op.id}Query` : null,
    body: op.body?.length ? `${op.id}RequestBody` : null,
    response: `${op.id}Response`,
  };
}

export function wireFile(catalog, provider) {
  let s = header(provider);
  s += `/**\n * Wire types of ${provider} (${catalog.style}, API ${catalog.apiVersion}), named as the vendor names them.\n * Response-side fields are optional and nullable (the seeds' examples send null); request fields keep the\n * catalog's required flags. Enum-typed fields are open unions: the catalog lists the documented values.\n */\n\n`;
  s += `export const PROVIDER_ID = ${lit(catalog.provider)} as const;\nexport const API_VERSION = ${lit(catalog.apiVersion)};\n\n`;
  s += `/** The unnamed-String (or empty) 200 body: treat as empty. */\nexport type UnnamedStringResponse = Record<string, unknown>;\n\n`;
  s += `// ---------------------------------------------------------------------------------------------\n// Enums\n\n`;
  s += emitEnums(catalog);
  s += `// ---------------------------------------------------------------------------------------------\n// Models\n\n`;
  s += emitModels(catalog);
  s += `// ---------------------------------------------------------------------------------------------\n// Operations\n\n`;
  for (const op of catalog.operations) {
    const p = restParts(op);
    s += opComment(op);
    for (const [part, key] of [['pathParams', 'pathParams'], ['query', 'queryParams'], ['body', 'body']]) {
      if (!p[part]) continue;
      s += `export interface ${p[part]} {\n${op[key].map((f) => member(catalog, f, 'request')).join('')}}\n`;
    }
    if (isUnnamed(op.response)) s += `export type ${p.response} = UnnamedStringResponse;\n`;
    else s += `export interface ${p.response} {\n${op.response.map((f) => member(catalog, f, 'response')).join('')}}\n`;
    s += '\n';
  }
  const aliases = emitAliases(catalog);
  if (aliases) s += `// ---------------------------------------------------------------------------------------------\n// Names the adapter code uses (catalog gen.aliases)\n\n${aliases}\n`;
  s += reexports(catalog);
  return s;
}

export function reexports(catalog) {
  const r = catalog.gen?.reexports ?? {};
  const names = Object.entries(r);
  if (!names.length) return '';
  const items = names.map(([as, of]) => {
    const m = /^type\s+(\S+)$/.exec(of);
    return m ? `type ${m[1]}${m[1] === as ? '' : ` as ${as}`}` : `${of}${of === as ? '' : ` as ${as}`}`;
  });
  return `// Operation table names the adapter code imports from wire.ts (catalog gen.reexports)\nexport { ${items.join(', ')} } from './operations.js';\n`;
}

export function operationsFile(catalog, provider) {
  let s = header(provider);
  s += `/** The operation table (catalog order): the client's routes, the simulator's routes. */\n`;
  s += `import type * as w from './wire.js';\n\n`;
  s += `import type { HttpMethod, OperationSide, RestOperationSpec as OperationSpec } from '../../common/catalog.js';\n\nexport type { HttpMethod, OperationSide, OperationSpec };\n\n`;
  s += `export const OPERATIONS = [\n`;
  for (const op of catalog.operations) {
    const fields = [
      `id: ${lit(op.id)}`,
      `title: ${lit(op.title)}`,
      `section: ${op.section ? lit(op.section) : 'null'}`,
      `group: ${lit(op.group)}`,
      `method: ${lit(op.method)}`,
      `path: ${lit(op.path)}`,
      `side: ${lit(side(op))}`,
      `safeToRetry: ${safeToRetry(catalog, op)}`,
      `pathParams: [${(op.pathParams ?? []).map((f) => lit(f.name)).join(', ')}]`,
      `query: [${(op.queryParams ?? []).map((f) => lit(f.name)).join(', ')}]`,
      `hasBody: ${Boolean(op.body?.length)}`,
      `responseStatus: ${op.responseStatus ?? 200}`,
      `unnamedResponse: ${isUnnamed(op.response)}`,
    ];
    s += `  { ${fields.join(', ')} },\n`;
  }
  s += `] as const satisfies readonly OperationSpec[];\n\n`;
  s += `export type OperationId = (typeof OPERATIONS)[number]['id'];\n\n`;
  s += `export const OPERATION_IDS: readonly OperationId[] = OPERATIONS.map((op) => op.id);\n\n`;
  s += `export const OPERATIONS_BY_ID: Readonly<Record<OperationId, OperationSpec>> = Object.freeze(\n  Object.fromEntries(OPERATIONS.map((op) => [op.id, op])) as unknown as Record<OperationId, OperationSpec>,\n);\n\n`;
  s += `/** Operations that may be retried. */\nexport const SAFE_TO_RETRY: ReadonlySet<OperationId> = new Set(OPERATIONS.filter((op) => op.safeToRetry).map((op) => op.id));\n\n`;
  s += `/** Type-level map of each operation's parts (\`never\` where the operation has none). */\nexport interface OperationTypes {\n`;
  for (const op of catalog.operations) {
    const p = restParts(op);
    const t = (n) => (n ? `w.${n}` : 'never');
    s += `  ${op.id}: { pathParams: ${t(p.pathParams)}; query: ${t(p.query)}; body: ${t(p.body)}; response: w.${p.response} };\n`;
  }
  s += '}\n';
  return s;
}

export function validatorsFile(catalog, provider) {
  let s = header(provider);
  s += `/**\n * Request validators (zod) carrying the catalog's types, enums, bounds, lengths, patterns and required\n * flags (after overrides). Strings: min/max are lengths; numbers: value ranges; integer/long: .int().\n * Objects are strict: an unknown field is a bug.\n */\nimport { z } from 'zod';\nimport type { OperationId } from './operations.js';\n\n`;
  const reqTypes = [];
  for (const op of catalog.operations) for (const p of ['pathParams', 'queryParams', 'body']) for (const f of op[p] ?? []) reqTypes.push(f.type);
  const models = reachable(catalog, reqTypes);
  const schemaOf = (m) => `${m}Schema`;
  s += `// Models reachable from requests\n\n`;
  for (const m of topo(catalog, models)) {
    s += `export const ${schemaOf(m)} = ${objectExpr(catalog.models[m].fields, schemaOf)};\n\n`;
  }
  s += `// Operations\n\n`;
  const table = [];
  for (const op of catalog.operations) {
    const p = restParts(op);
    const row = {};
    for (const [part, key] of [['pathParams', 'pathParams'], ['query', 'queryParams'], ['body', 'body']]) {
      if (!p[part]) {
        row[part] = 'null';
        continue;
      }
      s += `export const ${p[part]}Schema = ${objectExpr(op[key], schemaOf)};\n`;
      row[part] = `${p[part]}Schema`;
    }
    table.push([op.id, row]);
  }
  s += `\nexport interface OperationValidators {\n  pathParams: z.ZodType | null;\n  query: z.ZodType | null;\n  body: z.ZodType | null;\n}\n\n`;
  s += `export const VALIDATORS: Readonly<Record<OperationId, OperationValidators>> = {\n`;
  for (const [id, row] of table) s += `  ${id}: { pathParams: ${row.pathParams}, query: ${row.query}, body: ${row.body} },\n`;
  s += '};\n';
  return s;
}

function objectExpr(fields, schemaOf) {
  if (!fields.length) return 'z.object({}).strict()';
  const lines = fields.map((f) => `  ${propKey(f.name)}: ${zodType(f, schemaOf)}${f.required ? '' : '.optional()'},`);
  return `z\n  .object({\n${lines.map((l) => '  ' + l).join('\n')}\n  })\n  .strict()`;
}

export function clientFile(catalog, provider) {
  const cls = `${pascal(provider)}GeneratedClient`;
  let s = header(provider);
  s += `/** Typed methods over the operation table; a subclass implements \`call\` (signing, transport, errors). */\n`;
  s += `import type { CallContext } from '../../port.js';\nimport type { OperationId, OperationTypes } from './operations.js';\nimport type * as w from './wire.js';\n\n`;
  s += `export interface CallParts<Id extends OperationId> {\n  pathParams?: OperationTypes[Id]['pathParams'];\n  query?: OperationTypes[Id]['query'];\n  body?: OperationTypes[Id]['body'];\n}\n\n`;
  s += `export abstract class ${cls} {\n  abstract call<Id extends OperationId>(id: Id, parts: CallParts<Id>, ctx?: CallContext): Promise<OperationTypes[Id]['response']>;\n`;
  for (const op of catalog.operations) {
    const p = restParts(op);
    const args = [];
    const parts = [];
    const pathArgs = (op.pathParams ?? []).map((f) => [f.name, camel(f.name)]);
    for (const [, a] of pathArgs) args.push(`${a}: string`);
    if (pathArgs.length) parts.push(`pathParams: { ${pathArgs.map(([n, a]) => (n === a ? a : `${propKey(n)}: ${a}`)).join(', ')} }`);
    if (p.query) {
      const anyRequired = op.queryParams.some((f) => f.required);
      args.push(`query: w.${p.query}${anyRequired ? '' : ' = {}'}`);
      parts.push('query');
    }
    if (p.body) {
      args.push(`body: w.${p.body}`);
      parts.push('body');
    }
    args.push('ctx?: CallContext');
    s += `\n  /** ${op.method} ${op.path}: ${op.id}${op.section ? ` (§${op.section})` : ''}. ${docText(op.title, 120)}. */\n`;
    s += `  ${lowerCamel(op.id)}(${args.join(', ')}): Promise<w.${p.response}> {\n`;
    s += `    return this.call(${lit(op.id)}, ${parts.length ? `{ ${parts.join(', ')} }` : '{}'}, ctx);\n  }\n`;
  }
  s += '}\n';
  return s;
}

export { doc };
