/**
 * Global ids (Relay `Node`): opaque, URL-safe, and self-describing to the gateway. One encodes the
 * entity kind, provider, account, region and native id, so `node(id:)` can route to the right account.
 */
import { GatewayError } from '../core/errors.js';
import { isProviderId } from '../../adapters/index.js';
import type { EntityKind, EntityRef } from '../core/model.js';

const KINDS: readonly EntityKind[] = ['Source', 'Task', 'Template', 'MigrationProject'];
const PREFIX = 'mg1';

export interface GlobalRef extends EntityRef {
  kind: EntityKind;
}

/** Ids of entity objects already encoded (entities served from the shared cache are reused). */
const memo = new WeakMap<object, Partial<Record<EntityKind, string>>>();

export function encodeId(kind: EntityKind, ref: EntityRef): string {
  const known = memo.get(ref)?.[kind];
  if (known) return known;
  const id = Buffer.from(JSON.stringify([PREFIX, kind, ref.provider, ref.accountId, ref.region, ref.nativeId]), 'utf8').toString('base64url');
  memo.set(ref, { ...memo.get(ref), [kind]: id });
  return id;
}

/** The longest global id accepted: well above any real one (~200 characters), far below a 600 KB payload. */
export const MAX_ID_LENGTH = 1024;
/** Bounds of the decoded parts (account ids, regions, native ids). */
const MAX_PART_LENGTH = 256;
/**
 * The characters a native id, an account id or a region may have in a global id, on every provider:
 * nothing that could change a request path or query (`/`, `?`, `#`, `%`, whitespace, controls) and no
 * `..`. Each provider's exact native id format is checked against the account (AccountRegistry.checkRef).
 */
const SAFE_PART = /^[A-Za-z0-9_.:-]+$/;

/**
 * Decodes a global id; throws BAD_USER_INPUT naming `field` when it is malformed or of another kind.
 * Cheap on hostile input: the length is bounded before anything is decoded.
 */
export function decodeId(id: string, expected?: EntityKind | readonly EntityKind[], field = 'id'): GlobalRef {
  const bad = (why: string) => new GatewayError('BAD_USER_INPUT', `${field}: ${why}`, { field });
  if (typeof id !== 'string' || id.length === 0) throw bad('is not a migraph id');
  if (id.length > MAX_ID_LENGTH) throw bad(`is not a migraph id (longer than ${MAX_ID_LENGTH} characters)`);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw bad('is not a migraph id');
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    throw bad('is not a migraph id');
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== 6 ||
    parts[0] !== PREFIX ||
    !KINDS.includes(parts[1]) ||
    !isProviderId(parts[2]) ||
    !parts.slice(3).every((p) => typeof p === 'string' && p.length > 0 && p.length <= MAX_PART_LENGTH)
  ) {
    throw bad('is not a migraph id');
  }
  const ref: GlobalRef = { kind: parts[1], provider: parts[2], accountId: parts[3], region: parts[4], nativeId: parts[5] };
  const kinds = expected === undefined ? undefined : typeof expected === 'string' ? [expected] : expected;
  if (kinds && !kinds.includes(ref.kind)) throw bad(`is a ${ref.kind} id, expected ${kinds.join(' or ')}`);
  if (![ref.region, ref.nativeId].every((p) => SAFE_PART.test(p) && !p.includes('..'))) throw bad('is not a migraph id (its native id or region has characters no provider uses)');
  return ref;
}
