/**
 * What every resolver receives. Built once per HTTP request or per WebSocket operation.
 */
import type { GatewayError } from '../core/errors.js';
import type { Logger } from '../core/model.js';
import type { Gateway } from '../domain/gateway.js';
import type { IdempotencyWindow } from '../domain/idempotency.js';
import type { Loaders } from '../domain/loaders.js';
import type { ProgressHub } from '../domain/progress/hub.js';
import type { AuditLog } from '../security/audit.js';
import type { Principal } from '../security/principal.js';

export interface PartialError {
  error: GatewayError;
  path: readonly (string | number)[];
}

export interface GraphQLContext {
  /** Who calls. `gateway` is already this principal's view (its accounts only). */
  principal: Principal;
  gateway: Gateway;
  hub: ProgressHub;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  /** Errors of failed accounts in an otherwise answered field; sent beside the data. */
  partialErrors: PartialError[];
  /** Where mutations and SENSITIVE reads are recorded (security/audit.ts). */
  audit?: AuditLog;
  /** HTTP only: hands the resolved operation name (and type) to the access log and the in-flight list. */
  reportOperationName?: (name: string | null | undefined, type?: string) => void;
  /** The idempotency window every keyed mutation goes through (src/domain/idempotency.ts). */
  idempotency?: IdempotencyWindow;
  /** HTTP only: the request's `Idempotency-Key` header, as sent (validated by the wrapper). */
  idempotencyHeader?: string;
  /**
   * Inside one keyed mutation field only (a copy of the context the wrapper hands that resolver):
   * the key scoped to the principal, the field and its arguments, which `callContext` passes on.
   */
  idempotencyKey?: string;
}
