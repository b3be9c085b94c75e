import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { printGatewaySchema } from '../../src/graphql/schema.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the code builds (run `npm run schema` after changing types)', async () => {
    const committed = readFileSync(fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url)), 'utf8');
    const built = await printGatewaySchema();
    assert.equal(committed, built, 'schema/schema.graphql is stale: run `npm run schema` and commit it');
  });

  it('has the root fields clients count on', async () => {
    const sdl = await printGatewaySchema();
    for (const field of ['accounts:', 'sources(', 'tasks(', 'templates(', 'migrationProjects(', 'node(id: ID!)', 'taskProgress(id: ID!)']) {
      assert.ok(sdl.includes(field), `missing ${field}`);
    }
  });
});
