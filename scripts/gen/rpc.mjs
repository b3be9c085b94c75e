// RPC style (Alibaba SMC, UCloudStack SMC): one Action per call, flat `Name=value` parameters,
// repeated members as `Name.N` (arrays of objects `Name.N.Field`), JSON response with a common envelope.
import {
  header, doc, docText, lit, propKey, lowerCamel, pascal, member, emitEnums, emitModels, emitAliases,
  zodType, topo, side, safeToRetry, reachable, parseType, modelsIn, SCALARS,
} from './lib.mjs';
import { reexports } from './rest.mjs';

/** The operation's own parameters (the common signature parameters left out). */
export function ownParams(catalog, op) {
  const common = new Set((catalog.commonRequestParams ?? []).map((f) => f.name));
  return (op.queryParams ?? []).filter((f) => !common.has(f.name));
}

/**
 * Typed request shape from flat names: `SourceId.N` (array<string>) -> `SourceId: string[]`;
 * `DataDisk.N.Part.N.Device` -> `DataDisk: { Part: { Device }[] }[]`.
 */
export function requestTree(params) {
  const root = { entries: new Map() };
  for (const f of params) {
    const segs = f.name.split('.');
    let node = root;
    let i = 0;
    for (;;) {
      const name = segs[i];
      const repeated = segs[i + 1] === 'N';
      const rest = i + (repeated ? 2 : 1);
      if (rest >= segs.length) {
        let field = { ...f, name };
        if (repeated && !/^array</.test(f.type)) field = { ...field, type: `array<${f.type}>` };
        node.entries.set(name, { leaf: field });
        break;
      }
      let entry = node.entries.get(name);
      if (!entry) {
        entry = { group: { entries: new Map() }, repeated };
        node.entries.set(name, entry);
      }
      node = entry.group;
      i = rest;
    }
  }
  return root;
}

function tsTree(catalog, node, indent) {
  let s = '';
  for (const [name, e] of node.entries) {
    if (e.leaf) s += member(catalog, e.leaf, 'request', indent);
    else s += `${indent}${propKey(name)}?: {\n${tsTree(catalog, e.group, indent + '  ')}${indent}}${e.repeated ? '[]' : ''};\n`;
  }
  return s;
}

function zodTree(node, schemaOf, indent) {
  if (!node.entries.size) return 'z.object({}).strict()';
  const lines = [];
  for (const [name, e] of node.entries) {
    if (e.leaf) lines.push(`${indent}  ${propKey(name)}: ${zodType(e.leaf, schemaOf)}${e.leaf.required ? '' : '.optional()'},`);
    else {
      const inner = zodTree(e.group, schemaOf, indent + '  ');
      lines.push(`${indent}  ${propKey(name)}: ${e.repeated ? `z.array(${inner})` : inner}.optional(),`);
    }
  }
  return `z.object({\n${lines.join('\n')}\n${indent}}).strict()`;
}

/** Flat catalog names (`Name.N`, `Name.N.Field`); model-typed params expand to their fields. */
export function flatNames(catalog, f, prefix = '') {
  const name = prefix + f.name;
  const alts = parseType(f.type);
  const alt = alts[0];
  if (alt.kind === 'array') {
    const base = name.endsWith('.N') ? name : `${name}.N`;
    const el = alt.of[0];
    if (el.kind === 'model' && catalog.models?.[el.name]) return catalog.models[el.name].fields.flatMap((m) => flatNames(catalog, m, `${base}.`));
    return [base];
  }
  if (alt.kind === 'model' && catalog.models?.[alt.name]) return catalog.models[alt.name].fields.flatMap((m) => flatNames(catalog, m, `${name}.`));
  return [name];
}

function requiredName(f) {
  return /^array</.test(f.type) && !f.name.endsWith('.N') ? `${f.name}.N` : f.name;
}

const commonName = (catalog) => catalog.gen?.commonResponseName ?? 'CommonResponse';

export function wireFile(catalog, provider) {
  let s = header(provider);
  s += `/**\n * Wire types of ${provider} (${catalog.style}), named as the vendor names them.\n * Requests: the operation's own parameters in typed form (arrays for \`.N\` lists; the common signature\n * parameters are added by the signer). Responses: optional and nullable fields (the seeds send null).\n * Enum-typed fields are open unions: the catalog lists the documented values.\n */\n\n`;
  s += `export const PROVIDER_ID = ${lit(catalog.provider)} as const;\nexport const API_VERSION = ${lit(catalog.apiVersion)};\n\n`;
  s += `// ---------------------------------------------------------------------------------------------\n// Enums\n\n`;
  s += emitEnums(catalog);
  s += `// ---------------------------------------------------------------------------------------------\n// Models\n\n`;
  s += emitModels(catalog);
  s += `// ---------------------------------------------------------------------------------------------\n// Envelopes\n\n`;
  const common = commonName(catalog);
  const commonFields = catalog.commonResponseFields ?? [];
  s += `/** Fields every response carries. */\nexport interface ${common} {\n${commonFields.map((f) => member(catalog, f, 'response')).join('')}}\n\n`;
  if (catalog.errorEnvelope?.fields) {
    s += `/** The error envelope. */\nexport interface ErrorEnvelope {\n${catalog.errorEnvelope.fields.map((f) => member(catalog, f, 'response')).join('')}}\n\n`;
  }
  s += `// ---------------------------------------------------------------------------------------------\n// Operations\n\n`;
  const commonNames = new Set(commonFields.map((f) => f.name));
  for (const op of catalog.operations) {
    s += `// ${op.id}${op.section ? ` (§${op.section})` : ''}: ${docText(op.title, 120)}\n`;
    const tree = requestTree(ownParams(catalog, op));
    s += `export interface ${op.id}Request {\n${tsTree(catalog, tree, '  ')}}\n`;
    const resp = (op.response ?? []).filter((f) => !commonNames.has(f.name));
    if (resp.length) s += `export interface ${op.id}Response extends ${common} {\n${resp.map((f) => member(catalog, f, 'response')).join('')}}\n\n`;
    else s += `export type ${op.id}Response = ${common};\n\n`;
  }
  const aliases = emitAliases(catalog);
  if (aliases) s += `// ---------------------------------------------------------------------------------------------\n// Names the adapter code uses (catalog gen.aliases)\n\n${aliases}\n`;
  s += reexports(catalog);
  return s;
}

const SCALAR_ORDER = ['string', 'integer', 'long', 'double', 'float', 'boolean', 'object'];

export function operationsFile(catalog, provider) {
  let s = header(provider);
  s += `/** The operation table (catalog order) and the RPC parameter tables the client sends from and the simulator checks. */\n`;
  s += `import type * as w from './wire.js';\n\n`;
  const reqModels = reachable(catalog, catalog.operations.flatMap((op) => ownParams(catalog, op).map((f) => f.type)));
  const scalars = new Set();
  const collect = (t) => parseType(t).forEach((a) => (a.kind === 'scalar' ? scalars.add(a.name) : a.kind === 'array' ? a.of.forEach((x) => x.kind === 'scalar' && scalars.add(x.name)) : null));
  for (const op of catalog.operations) for (const f of ownParams(catalog, op)) collect(f.type);
  for (const m of reqModels) for (const f of catalog.models[m].fields) collect(f.type);
  const scalarList = SCALAR_ORDER.filter((x) => scalars.has(x));
  const modelList = [...reqModels].sort();
  s += `import type { OperationSide, RpcOperationSpec as OperationSpec, RpcParamSpec } from '../../common/catalog.js';\n\nexport type { OperationSide, OperationSpec };\n`;
  s += `export type ScalarType = ${scalarList.map(lit).join(' | ')};\n`;
  s += `export type ModelName = ${modelList.length ? modelList.map(lit).join(' | ') : 'never'};\n`;
  s += `export type ParamType = ScalarType | \`array<\${ScalarType}>\` | ModelName | \`array<\${ModelName}>\`;\n\n`;
  s += `/** One catalog parameter (top level, catalog name verbatim). */\nexport type ParamSpec = RpcParamSpec<ParamType>;\n\n`;
  s += `export const OPERATIONS = [\n`;
  for (const op of catalog.operations) {
    const own = ownParams(catalog, op);
    const fields = [
      `id: ${lit(op.id)}`,
      `title: ${lit(op.title)}`,
      `section: ${op.section ? lit(op.section) : 'null'}`,
      `group: ${lit(op.group)}`,
      `side: ${lit(side(op))}`,
      `safeToRetry: ${safeToRetry(catalog, op)}`,
    ];
    s += `  {\n    ${fields.join(', ')},\n    params: [${own.flatMap((f) => flatNames(catalog, f)).map(lit).join(', ')}],\n    requiredParams: [${own.filter((f) => f.required).map(requiredName).map(lit).join(', ')}],\n  },\n`;
  }
  s += `] as const satisfies readonly OperationSpec[];\n\n`;
  s += `export type OperationId = (typeof OPERATIONS)[number]['id'];\n\n`;
  s += `export const OPERATION_IDS = [${catalog.operations.map((op) => lit(op.id)).join(', ')}] as const satisfies readonly OperationId[];\n\n`;
  s += `export const OPERATIONS_BY_ID: Readonly<Record<OperationId, OperationSpec>> = Object.freeze(\n  Object.fromEntries(OPERATIONS.map((op) => [op.id, op])) as unknown as Record<OperationId, OperationSpec>,\n);\n\n`;
  s += `/** Operations that may be retried. */\nexport const SAFE_TO_RETRY: ReadonlySet<OperationId> = new Set(OPERATIONS.filter((op) => op.safeToRetry).map((op) => op.id));\n\n`;
  s += `/** Every operation parameter of the catalog, \`.N\` marking repeated members. */\nexport const CATALOG_PARAMS: Readonly<Record<OperationId, readonly string[]>> = {\n`;
  for (const op of catalog.operations) s += `  ${op.id}: [${ownParams(catalog, op).flatMap((f) => flatNames(catalog, f)).map(lit).join(', ')}],\n`;
  s += `};\n\n`;
  s += `/** Required operation parameters per the catalog (\`X.N\` = at least \`X.1\`). */\nexport const REQUIRED_PARAMS: Readonly<Record<OperationId, readonly string[]>> = {\n`;
  for (const op of catalog.operations) s += `  ${op.id}: [${ownParams(catalog, op).filter((f) => f.required).map(requiredName).map(lit).join(', ')}],\n`;
  s += `};\n\n`;
  s += `/** Per-operation parameters (top level, typed), without the common ones. */\nexport const PARAM_SPECS: Readonly<Record<OperationId, readonly ParamSpec[]>> = {\n`;
  const spec = (f) => `{ name: ${lit(f.name)}, type: ${lit(f.type)}, required: ${Boolean(f.required)} }`;
  for (const op of catalog.operations) s += `  ${op.id}: [${ownParams(catalog, op).map(spec).join(', ')}],\n`;
  s += `};\n\n`;
  s += `/** Fields of the models request parameters carry. */\nexport const MODEL_FIELDS: Readonly<Record<ModelName, readonly ParamSpec[]>> = {\n`;
  for (const m of modelList) s += `  ${m}: [${catalog.models[m].fields.map(spec).join(', ')}],\n`;
  s += `};\n\n`;
  s += `/** Common request parameters (added by the signer). */\nexport const COMMON_PARAMS = [${(catalog.commonRequestParams ?? []).map((f) => lit(f.name)).join(', ')}] as const;\n\n`;
  const commonNames = new Set((catalog.commonResponseFields ?? []).map((f) => f.name));
  s += `/** Response-field names per operation beyond the common envelope. */\nexport const RESPONSE_FIELDS: Readonly<Record<OperationId, readonly string[]>> = {\n`;
  for (const op of catalog.operations) s += `  ${op.id}: [${(op.response ?? []).filter((f) => !commonNames.has(f.name)).map((f) => lit(f.name)).join(', ')}],\n`;
  s += `};\n\n`;
  s += `/** Type-level map of each operation's request and response. */\nexport interface OperationTypes {\n`;
  for (const op of catalog.operations) s += `  ${op.id}: { request: w.${op.id}Request; response: w.${op.id}Response };\n`;
  s += `}\n\n/** The same as tuples \`[request, response]\`. */\nexport interface OperationTuples {\n`;
  for (const op of catalog.operations) s += `  ${op.id}: [w.${op.id}Request, w.${op.id}Response];\n`;
  s += `}\n`;
  return s;
}

export function validatorsFile(catalog, provider) {
  let s = header(provider);
  s += `/**\n * Request validators (zod) over each operation's own parameters, in the typed request shape (arrays for\n * \`.N\` lists), carrying the catalog's types, enums, bounds, lengths, patterns and required flags (after\n * overrides). Strings: min/max are lengths; numbers: value ranges; integer/long: .int(). Objects are strict.\n */\nimport { z } from 'zod';\nimport type { OperationId } from './operations.js';\n\n`;
  const models = reachable(catalog, catalog.operations.flatMap((op) => ownParams(catalog, op).map((f) => f.type)));
  const schemaOf = (m) => `${m}Schema`;
  if (models.size) s += `// Models reachable from requests\n\n`;
  for (const m of topo(catalog, models)) {
    const tree = requestTree(catalog.models[m].fields);
    s += `export const ${schemaOf(m)} = ${zodTree(tree, schemaOf, '')};\n\n`;
  }
  s += `// Operations\n\n`;
  for (const op of catalog.operations) {
    s += `export const ${op.id}RequestSchema = ${zodTree(requestTree(ownParams(catalog, op)), schemaOf, '')};\n\n`;
  }
  s += `export interface OperationValidators {\n  request: z.ZodType;\n}\n\n`;
  s += `export const VALIDATORS: Readonly<Record<OperationId, OperationValidators>> = {\n`;
  for (const op of catalog.operations) s += `  ${op.id}: { request: ${op.id}RequestSchema },\n`;
  s += '};\n';
  return s;
}

export function clientFile(catalog, provider) {
  const cls = `${pascal(provider)}GeneratedClient`;
  let s = header(provider);
  s += `/** Typed methods over the operation table; a subclass implements \`call\` (signing, transport, errors). */\n`;
  s += `import type { CallContext } from '../../port.js';\nimport type { OperationId, OperationTypes } from './operations.js';\nimport type * as w from './wire.js';\n\n`;
  s += `export interface CallParts<Id extends OperationId> {\n  params: OperationTypes[Id]['request'];\n}\n\n`;
  s += `export abstract class ${cls} {\n  abstract call<Id extends OperationId>(id: Id, parts: CallParts<Id>, ctx?: CallContext): Promise<OperationTypes[Id]['response']>;\n`;
  for (const op of catalog.operations) {
    const anyRequired = ownParams(catalog, op).some((f) => f.required);
    s += `\n  /** ${op.method && op.method !== 'GET/POST' ? op.method + ' ' : ''}Action=${op.id}${op.section ? ` (§${op.section})` : ''}. ${docText(op.title, 120)}. */\n`;
    s += `  ${lowerCamel(op.id)}(request: w.${op.id}Request${anyRequired ? '' : ' = {}'}, ctx?: CallContext): Promise<w.${op.id}Response> {\n`;
    s += `    return this.call(${lit(op.id)}, { params: request }, ctx);\n  }\n`;
  }
  s += '}\n';
  return s;
}

export { doc, modelsIn, SCALARS };
