import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ID_LENGTH, decodeId, encodeId } from '../../src/domain/ids.js';

describe('global ids', () => {
  const ref = { provider: 'alibaba-smc' as const, accountId: 'ali-prod', region: 'cn-hangzhou', nativeId: 'j-bp1e2fsl57knvuug:x.1' };

  it('round-trips kind, provider, account, region and native id', () => {
    const id = encodeId('Task', ref);
    assert.match(id, /^[A-Za-z0-9_-]+$/, 'URL-safe');
    assert.deepEqual(decodeId(id), { kind: 'Task', ...ref });
  });

  it('refuses an id of another kind with BAD_USER_INPUT naming the field', () => {
    const id = encodeId('Source', ref);
    assert.throws(() => decodeId(id, 'Task', 'input.taskId'), (e: any) => {
      assert.equal(e.code, 'BAD_USER_INPUT');
      assert.equal(e.field, 'input.taskId');
      assert.match(e.message, /is a Source id, expected Task/);
      return true;
    });
  });

  it('refuses garbage and forged ids', () => {
    for (const bad of ['', 'nope', Buffer.from('["mg1","Task","aws","a","r","x"]').toString('base64url'), Buffer.from('{}').toString('base64url')]) {
      assert.throws(() => decodeId(bad), (e: any) => e.code === 'BAD_USER_INPUT' && /not a migraph id/.test(e.message));
    }
  });

  it('refuses, cheaply and naming the field, an oversized id and native ids that could change a request path', () => {
    const huge = 'A'.repeat(600_000);
    assert.throws(() => decodeId(huge, 'Task', 'filter.ids.0'), (e: any) => e.code === 'BAD_USER_INPUT' && e.field === 'filter.ids.0' && new RegExp(`longer than ${MAX_ID_LENGTH}`).test(e.message));
    for (const nativeId of ['../../v3/tasks/delete', 'a/b', 'x?y=1', 'x#y', '%2e%2e', 'a b', 'a\u0000b', '..', 'a'.repeat(257)]) {
      const id = encodeId('Task', { ...ref, nativeId });
      assert.throws(() => decodeId(id, 'Task', 'id'), (e: any) => e.code === 'BAD_USER_INPUT' && e.field === 'id', nativeId);
    }
  });
});
