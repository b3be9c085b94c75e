/**
 * Batches: ids cut to a vendor's batch size (chunks), and batch writes on APIs that take one id per
 * call: each id is sent on its own, in order, and reported on its own, so a refusal of one never
 * hides that the others were applied.
 */
import { toGatewayError } from '../../src/core/errors.js';
import type { DeleteTaskOutcome } from '../port.js';

/** Deletes each distinct id with `del` (one call each); `del` may name what went with it (`alsoDeleted`). */
export async function deleteEach(ids: readonly string[], del: (id: string) => Promise<Pick<DeleteTaskOutcome, 'alsoDeleted'> | void>): Promise<DeleteTaskOutcome[]> {
  const out: DeleteTaskOutcome[] = [];
  for (const id of new Set(ids)) {
    try {
      out.push({ id, deleted: true, ...((await del(id)) ?? {}) });
    } catch (e) {
      out.push({ id, deleted: false, error: toGatewayError(e) });
    }
  }
  return out;
}

/** `items` cut into runs of at most `size` (a vendor's ids per call), in order. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
