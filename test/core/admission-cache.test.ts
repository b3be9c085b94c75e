/**
 * The WebSocket/SSE admission keeps parsed and validated documents by text (bounded LRU): the same
 * subscription text from thousands of clients is parsed and validated once, and every subscriber
 * gets the same document object (so the caches keyed by it, scopes and cost, hit too).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/index.js';
import { makeFormatError } from '../../src/graphql/errors.js';
import { buildGatewaySchema } from '../../src/graphql/schema.js';
import { ANONYMOUS } from '../../src/security/principal.js';
import { operationAdmission } from '../../src/server/admission.js';
import { createLogger } from '../../src/server/logger.js';

describe('operation admission: document cache', () => {
  it('parses and validates a document text once, and refuses an invalid one from the cache too', async () => {
    const config = loadConfig({}, { embedded: false, auth: { disabled: true } });
    const schema = await buildGatewaySchema();
    const admission = operationAdmission(config, schema, makeFormatError(createLogger('silent')));
    const principal = ANONYMOUS;
    const query = 'subscription($ids: [ID!]) { taskUpdates(filter: { ids: $ids }) { sequence } }';
    const a = admission.admit(principal, { query, variables: { ids: ['a'] } }, null);
    const b = admission.admit(principal, { query, variables: { ids: ['b'] } }, null);
    assert.ok(a.ok && b.ok, JSON.stringify([a, b]));
    assert.equal(a.document, b.document, 'one parsed document for one text');
    assert.deepEqual(b.variableValues, { ids: ['b'] }, 'variables stay per operation');
    assert.deepEqual(admission.documentCache(), { hits: 1, misses: 1, size: 1 });

    const bad = 'subscription { taskUpdates { nope } }';
    for (let i = 0; i < 2; i++) {
      const r = admission.admit(principal, { query: bad }, null);
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.errors[0]!.extensions.code, 'BAD_USER_INPUT');
    }
    assert.deepEqual(admission.documentCache(), { hits: 2, misses: 2, size: 2 }, 'validation errors are cached with the text');
  });
});
