/**
 * Truthful writes: a write whose outcome the gateway does not know is read back before it is
 * reported. The generic part lives here; what to read and what "applied" looks like is each
 * adapter's (its provider.ts: the Huawei task by source and name, the Alibaba job by name and
 * source, an entity's state after an action, a deleted entity gone).
 *
 * Which failures are read back (`readBackReason`):
 * - `unknown`: the answer was lost after the request went out (connection dropped or timed out, a
 *   2xx body that cannot be read): the classifier marked it `outcome: 'UNKNOWN'` (common/classify.ts);
 * - `server-error`: the vendor answered HTTP 5xx. An API gateway can answer 502/503/504 after its
 *   backend applied the write, and the client cannot tell that from a refusal.
 *
 * Then:
 * - the read-back finds the write applied: it is answered as done (the entity, as if it had succeeded);
 * - a lost answer that the read-back does not find applied, or cannot check, stays `outcome:
 *   'UNKNOWN'`, `retryable: false`, its message saying it may have been applied (it may still be
 *   applied later: a timed-out request can still be running at the vendor);
 * - a 5xx that the read-back does not find applied (or cannot check) stays the vendor's answer, as
 *   it was: the vendor said the write failed.
 * Every reconciliation is logged (warn) with the operation, account, request ids and result.
 */
import { GatewayError, isGatewayError, toGatewayError } from '../../src/core/errors.js';
import type { Logger, ProviderId } from '../../src/core/model.js';
import type { CallContext, DeleteOutcome } from '../port.js';

export interface WriteContext {
  provider: ProviderId;
  account: string;
  /** The catalog operation id of the write (`CreateTask`, `StartReplicationJob`, `StartSMC`). */
  operation: string;
  /** Where the reconciliation line goes (the provider's logger; none in some unit tests). */
  logger?: Logger;
  /** The mutation's context: its request id is logged. */
  ctx?: CallContext;
}

export type ReadBackReason = 'unknown' | 'server-error';

/** Why a failed write needs a read-back; null for a definite failure (a refusal, bad input, a throttle). */
export function readBackReason(e: unknown): ReadBackReason | null {
  if (!isGatewayError(e)) return null;
  if (e.outcome === 'UNKNOWN') return 'unknown';
  if (e.httpStatus !== undefined && e.httpStatus >= 500 && (e.code === 'UPSTREAM_UNAVAILABLE' || e.code === 'UPSTREAM_ERROR')) return 'server-error';
  return null;
}

/**
 * The answer for a write the read-back could not confirm: the 5xx as the vendor gave it, or the lost
 * answer as `outcome: 'UNKNOWN'`, not retryable, saying why the read-back did not settle it.
 */
function unresolved(err: GatewayError, reason: ReadBackReason, failure: GatewayError | null): GatewayError {
  if (reason === 'server-error') return err;
  const why = failure ? `the read-back failed (${failure.code})` : 'a read-back did not find it applied';
  return new GatewayError(err.code, `${err.message} (${why})`, {
    provider: err.provider,
    account: err.account,
    providerCode: err.providerCode,
    requestId: err.requestId,
    httpStatus: err.httpStatus,
    retryable: false,
    outcome: 'UNKNOWN',
    cause: err,
  });
}

function log(w: WriteContext, err: GatewayError, reason: ReadBackReason, result: string, failure: GatewayError | null, extra: Record<string, unknown> = {}): void {
  w.logger?.warn(
    {
      provider: w.provider,
      account: w.account,
      operation: w.operation,
      requestId: w.ctx?.requestId,
      vendorRequestId: err.requestId,
      fault: reason === 'unknown' ? 'answer lost' : `HTTP ${err.httpStatus}`,
      code: err.code,
      result,
      ...(failure ? { readBackError: failure.code } : {}),
      ...extra,
    },
    'write reconciled by read-back',
  );
}

/**
 * Runs `write`. When it fails in a way that needs a read-back, `readBack` says whether it took
 * effect: a value means it did (returned as the write's answer), null that it did not (yet).
 */
export async function reconciled<T>(w: WriteContext, write: () => Promise<T>, readBack: () => Promise<T | null | undefined>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const reason = readBackReason(e);
    if (!reason) throw e;
    const err = e as GatewayError;
    let found: T | null | undefined = null;
    let failure: GatewayError | null = null;
    try {
      found = await readBack();
    } catch (r) {
      failure = toGatewayError(r);
    }
    const applied = found !== null && found !== undefined;
    log(w, err, reason, applied ? 'applied' : failure ? 'read-back failed' : 'not applied', failure);
    if (applied) return found as T;
    throw unresolved(err, reason, failure);
  }
}

/**
 * An atomic batch delete (one vendor call for every id) read back per id: `remaining` answers which
 * ids still exist (not deleted, not being deleted). A definite refusal throws, as before; after a
 * lost answer or a 5xx, the ids gone are deleted and the others carry the unresolved error.
 */
export async function reconciledBatchDelete(
  w: WriteContext,
  ids: readonly string[],
  send: () => Promise<void>,
  remaining: (ids: readonly string[]) => Promise<ReadonlySet<string>>,
): Promise<DeleteOutcome[]> {
  try {
    await send();
    return ids.map((id) => ({ id, deleted: true }));
  } catch (e) {
    const reason = readBackReason(e);
    if (!reason) throw e;
    const err = e as GatewayError;
    let left: ReadonlySet<string> | null = null;
    let failure: GatewayError | null = null;
    try {
      left = await remaining(ids);
    } catch (r) {
      failure = toGatewayError(r);
    }
    const gone = left ? ids.filter((id) => !left.has(id)).length : 0;
    log(w, err, reason, !left ? 'read-back failed' : gone === ids.length ? 'applied' : gone === 0 ? 'not applied' : 'partly applied', failure, { ids: ids.length, deleted: gone });
    if (!left || gone === 0) throw unresolved(err, reason, failure);
    const error = unresolved(err, reason, null);
    return ids.map((id) => (left.has(id) ? { id, deleted: false, error } : { id, deleted: true }));
  }
}
