/**
 * Every root field declares who may call it: the schema is the authorization table
 * (README "Security"), so a field added without a scope fails here rather than shipping open.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, valueFromASTUntyped, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { buildGatewaySchema } from '../../src/graphql/schema.js';
import { operationRequirements } from '../../src/security/authorize.js';

/** Added by @apollo/subgraph, without directives: authorize.ts gives `_entities` its scope. */
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

function scopesOf(type: GraphQLObjectType, field: string): string[][] | null {
  const d = type.getFields()[field]!.astNode?.directives?.find((x) => x.name.value === 'requiresScopes');
  const arg = d?.arguments?.find((a) => a.name.value === 'scopes');
  return arg ? (valueFromASTUntyped(arg.value) as string[][]) : null;
}

describe('schema: scopes on every root field', () => {
  it('declares @requiresScopes on every query, mutation and subscription field', async () => {
    const schema = await buildGatewaySchema();
    const missing: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!]) {
      for (const name of Object.keys(type.getFields())) if (!scopesOf(type, name) && !FEDERATION_FIELDS.has(name)) missing.push(`${type.name}.${name}`);
    }
    assert.deepEqual(missing, []);
  });

  it('requires migration:read for _entities (entity references read like node(id:))', async () => {
    const schema = await buildGatewaySchema();
    const document = parse('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Task { name } } }');
    const reqs = operationRequirements(schema, document, document.definitions[0] as OperationDefinitionNode);
    assert.deepEqual(reqs.find((r) => r.coordinate === 'Query._entities')?.anyOf, [['migration:read']]);
  });

  it('gives no mutation to migration:read alone, and every delete, cutover and unlock to migration:admin', async () => {
    const schema = await buildGatewaySchema();
    const mutation = schema.getMutationType()!;
    for (const name of Object.keys(mutation.getFields())) {
      const scopes = scopesOf(mutation, name)!.flat();
      assert.ok(!scopes.includes('migration:read'), `${name} must not be a read`);
      if (/delete|cutover|complete|unlock|setdefault/i.test(name)) assert.deepEqual(scopes, ['migration:admin'], name);
      else assert.deepEqual(scopes, ['migration:operate'], name);
    }
    const query = schema.getQueryType()!;
    assert.deepEqual(scopesOf(query, 'huaweiTemplateTargetPassword'), [['secrets:read']]);
    assert.deepEqual(scopesOf(query, 'huaweiCheckNetworkAcl'), [['migration:operate']]);
  });

  it('marks the entity types @authenticated for a router in front', async () => {
    const schema = await buildGatewaySchema();
    for (const name of ['Task', 'Source', 'Template', 'MigrationProject', 'Account', 'TaskProgressEvent', 'MigrationReport']) {
      const type = schema.getType(name)!;
      assert.ok(type.astNode?.directives?.some((d) => d.name.value === 'authenticated'), name);
    }
  });
});
