/**
 * The scope check, before execution: every field an operation selects (through fragments too) is
 * looked up in the schema, and its `@requiresScopes` (and that of the object type it returns) must be
 * satisfied by the principal. One missing scope refuses the whole operation with FORBIDDEN naming the
 * field and the scope, so nothing runs and no upstream call is made.
 *
 * Requirements are read once per field definition and cached per operation node, so a repeated
 * operation (Apollo caches parsed documents) costs one WeakMap lookup and a few set checks.
 */
import {
  Kind,
  TypeInfo,
  getNamedType,
  isCompositeType,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { GatewayError } from '../core/errors.js';
import type { Principal } from './principal.js';

/** Alternatives of scope sets: satisfied when every scope of one inner list is held. */
type AnyOf = readonly (readonly string[])[];

interface Requirement {
  coordinate: string;
  anyOf: AnyOf;
}

function scopesOf(directives: readonly ConstDirectiveNode[] | undefined): AnyOf | null {
  const d = directives?.find((x) => x.name.value === 'requiresScopes');
  const arg = d?.arguments?.find((a) => a.name.value === 'scopes');
  if (!arg) return null;
  const value = valueFromASTUntyped(arg.value);
  return Array.isArray(value) ? value.map((inner) => (Array.isArray(inner) ? inner.map(String) : [String(inner)])) : null;
}

/**
 * Root fields @apollo/subgraph adds to the subgraph, which carry no directives of their own:
 * `_entities` reads entities by reference, so it needs migration:read like `node(id:)`; `_service`
 * returns the SDL, which tells no more than introspection.
 */
export const FEDERATION_FIELD_SCOPES: Readonly<Record<string, AnyOf>> = { 'Query._entities': [['migration:read']] };

const fieldScopes = new WeakMap<GraphQLField<unknown, unknown>, AnyOf | null>();
const typeScopes = new WeakMap<GraphQLNamedType, AnyOf | null>();

function ofField(field: GraphQLField<unknown, unknown>): AnyOf | null {
  if (!fieldScopes.has(field)) fieldScopes.set(field, scopesOf(field.astNode?.directives));
  return fieldScopes.get(field)!;
}

function ofType(type: GraphQLNamedType): AnyOf | null {
  if (!typeScopes.has(type)) typeScopes.set(type, isCompositeType(type) ? scopesOf(type.astNode?.directives) : null);
  return typeScopes.get(type)!;
}

const cache = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Requirement[]>>();

/** Every distinct scope requirement of the operation (and the fragments of its document). */
export function operationRequirements(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Requirement[] {
  let bySchema = cache.get(schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    cache.set(schema, bySchema);
  }
  const hit = bySchema.get(operation);
  if (hit) return hit;
  const seen = new Map<string, Requirement>();
  const add = (coordinate: string, anyOf: AnyOf | null) => {
    if (anyOf && !seen.has(coordinate)) seen.set(coordinate, { coordinate, anyOf });
  };
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field() {
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (!field || !parent) return;
      const coordinate = `${parent.name}.${field.name}`;
      add(coordinate, ofField(field) ?? FEDERATION_FIELD_SCOPES[coordinate] ?? null);
      const returned = getNamedType(field.type);
      add(returned.name, ofType(returned));
    },
  });
  // The operation itself, then each fragment it may spread (unused ones fail validation anyway).
  visit(operation, visitor);
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) visit(def, visitor);
  const out = [...seen.values()];
  bySchema.set(operation, out);
  return out;
}

/** FORBIDDEN for the first requirement the principal does not meet. */
export function authorizeOperation(principal: Principal, schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): void {
  for (const req of operationRequirements(schema, document, operation)) {
    if (req.anyOf.some((all) => all.every((s) => principal.scopes.has(s as never)))) continue;
    const needed = req.anyOf.map((all) => all.join(' and ')).join(' or ');
    throw new GatewayError('FORBIDDEN', `${req.coordinate} requires the scope ${needed}`, { retryable: false });
  }
}

/** Whether `Type.field` declares a requirement that names `scope` (audit marks such fields SENSITIVE). */
export function fieldRequires(schema: GraphQLSchema, typeName: string, fieldName: string, scope: string): boolean {
  const type = schema.getType(typeName);
  if (!type || !('getFields' in type)) return false;
  const field = (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[fieldName];
  return !!field && 'args' in field && !!ofField(field)?.some((all) => all.includes(scope));
}
