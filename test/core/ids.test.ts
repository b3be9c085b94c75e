import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeId, encodeId } from '../../src/domain/ids.js';

describe('global ids', () => {
  const ref = { provider: 'alibaba-smc' as const, accountId: 'ali-prod', region: 'cn-hangzhou', nativeId: 'j-bp1/é:x' };

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
});
