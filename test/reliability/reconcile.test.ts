/**
 * The generic read-back (adapters/common/reconcile.ts) without a network: which failures are read
 * back, what each read-back result answers, and the reconciliation log line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBackReason, reconciled, reconciledBatchDelete, type WriteContext } from '../../adapters/common/reconcile.js';
import { GatewayError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/model.js';

const lines: { obj: Record<string, unknown>; msg?: string }[] = [];
const logger: Logger = {
  debug() {},
  info() {},
  warn: (obj, msg) => lines.push({ obj: obj as Record<string, unknown>, msg }),
  error() {},
  child: () => logger,
};
const w: WriteContext = { provider: 'huawei-sms', account: 'hw', operation: 'CreateTask', logger, ctx: { requestId: 'req-1' } };
const lost = () => new GatewayError('UPSTREAM_UNAVAILABLE', 'Huawei SMS CreateTask timed out after it was sent: it may have been applied', { provider: 'huawei-sms', account: 'hw', retryable: false, outcome: 'UNKNOWN' });
const unavailable = () => new GatewayError('UPSTREAM_UNAVAILABLE', 'Huawei SMS CreateTask refused APIG.0202', { provider: 'huawei-sms', account: 'hw', httpStatus: 503, providerCode: 'APIG.0202', requestId: 'vendor-9' });
const fail = (e: GatewayError) => async (): Promise<never> => {
  throw e;
};

async function rejection(p: Promise<unknown>): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof GatewayError);
    return e;
  }
  return assert.fail('expected a rejection');
}

describe('write read-back (reconcile.ts)', () => {
  it('reads back lost answers and 5xx answers only', () => {
    assert.equal(readBackReason(lost()), 'unknown');
    assert.equal(readBackReason(unavailable()), 'server-error');
    assert.equal(readBackReason(new GatewayError('UPSTREAM_ERROR', 'x', { httpStatus: 500 })), 'server-error');
    assert.equal(readBackReason(new GatewayError('CONFLICT', 'x', { httpStatus: 409 })), null);
    assert.equal(readBackReason(new GatewayError('THROTTLED', 'x', { httpStatus: 503 })), null, 'throttling is a definite refusal');
    assert.equal(readBackReason(new GatewayError('UPSTREAM_UNAVAILABLE', 'refused connection')), null, 'never sent');
    assert.equal(readBackReason(new Error('bug')), null);
  });

  it('answers the write as done when the read-back finds it, and logs operation, account, request ids and result', async () => {
    lines.length = 0;
    assert.deepEqual(await reconciled(w, fail(unavailable()), async () => ({ id: 't-1' })), { id: 't-1' });
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.msg, 'write reconciled by read-back');
    assert.deepEqual(
      [lines[0]!.obj.operation, lines[0]!.obj.account, lines[0]!.obj.requestId, lines[0]!.obj.vendorRequestId, lines[0]!.obj.fault, lines[0]!.obj.result],
      ['CreateTask', 'hw', 'req-1', 'vendor-9', 'HTTP 503', 'applied'],
    );
  });

  it('keeps a lost answer UNKNOWN and not retryable when the read-back does not find it or fails; a 5xx stays as it was', async () => {
    const notFound = await rejection(reconciled(w, fail(lost()), async () => null));
    assert.deepEqual([notFound.code, notFound.outcome, notFound.retryable], ['UPSTREAM_UNAVAILABLE', 'UNKNOWN', false]);
    assert.match(notFound.message, /may have been applied \(a read-back did not find it applied\)$/);
    const readFailed = await rejection(reconciled(w, fail(lost()), fail(new GatewayError('UPSTREAM_UNAVAILABLE', 'down'))));
    assert.deepEqual([readFailed.outcome, readFailed.retryable], ['UNKNOWN', false]);
    assert.match(readFailed.message, /the read-back failed \(UPSTREAM_UNAVAILABLE\)/);
    const server = unavailable();
    assert.equal(await rejection(reconciled(w, fail(server), async () => null)), server, 'the vendor said it failed; the read-back agrees');
    assert.equal(await rejection(reconciled(w, fail(server), fail(new GatewayError('UPSTREAM_UNAVAILABLE', 'down')))), server);
    lines.length = 0;
    const refusal = new GatewayError('CONFLICT', 'refused', { httpStatus: 409 });
    let reads = 0;
    assert.equal(
      await rejection(
        reconciled(w, fail(refusal), async () => {
          reads++;
          return {};
        }),
      ),
      refusal,
    );
    assert.deepEqual([reads, lines.length], [0, 0], 'a definite refusal is not read back');
  });

  it('a batch delete read back per id: gone ids deleted, the others unknown; nothing gone rethrows', async () => {
    const ids = ['a', 'b', 'c'];
    const partly = await reconciledBatchDelete(w, ids, fail(lost()), async () => new Set(['b']));
    assert.deepEqual(partly.map((o) => [o.id, o.deleted, o.error?.outcome ?? null]), [
      ['a', true, null],
      ['b', false, 'UNKNOWN'],
      ['c', true, null],
    ]);
    const none = await rejection(reconciledBatchDelete(w, ids, fail(lost()), async () => new Set(ids)));
    assert.equal(none.outcome, 'UNKNOWN');
    const refused = new GatewayError('CONFLICT', 'SMS.7719', { httpStatus: 400 });
    assert.equal(await rejection(reconciledBatchDelete(w, ids, fail(refused), async () => new Set())), refused);
    assert.deepEqual(await reconciledBatchDelete(w, ids, async () => {}, async () => new Set(ids)), ids.map((id) => ({ id, deleted: true })));
  });
});
