/**
 * Audit: one structured event per mutation and per read of a SENSITIVE field (a field that needs
 * `secrets:read`): time, principal, operation (`Mutation.deleteTasks`), accounts, target ids, outcome
 * (`ok` or the gateway error code), request id. Events go to the log as JSON lines with
 * `"audit": true`, and to `audit.file` when configured. Argument values are never written, only the
 * global ids found in them (and account ids), so no secret can reach the audit trail.
 */
import { appendFile } from 'node:fs/promises';
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { toGatewayError } from '../core/errors.js';
import type { Logger } from '../core/model.js';
import { decodeId } from '../domain/ids.js';
import type { Principal } from './principal.js';

export interface AuditEvent {
  audit: true;
  time: string;
  principal: string;
  operation: string;
  accounts: string[];
  targets: string[];
  outcome: string;
  requestId: string;
}

export class AuditLog {
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly logger: Logger,
    private readonly file?: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(principal: Principal, operation: string, args: Record<string, unknown>, outcome: string, requestId: string): void {
    const { accounts, targets } = targetsOf(args);
    const event: AuditEvent = { audit: true, time: this.now().toISOString(), principal: principal.id, operation, accounts, targets, outcome, requestId };
    // pino writes its own `time` on the log line: the event's goes to the file only.
    const { time: _time, ...line } = event;
    this.logger.info(line, 'audit');
    if (this.file) {
      const file = this.file;
      const line = `${JSON.stringify(event)}\n`;
      this.pending = this.pending.then(() => appendFile(file, line, { mode: 0o600 })).catch((e: NodeJS.ErrnoException) => {
        this.logger.error({ code: e.code, file }, 'audit file write failed');
      });
    }
  }

  /** Resolves when every queued file write has finished. */
  flush(): Promise<void> {
    return this.pending;
  }
}

const MAX_TARGETS = 100;

/** Global ids and account ids in the arguments (recursively); nothing else of their values. */
export function targetsOf(args: Record<string, unknown>): { accounts: string[]; targets: string[] } {
  const accounts = new Set<string>();
  const targets = new Set<string>();
  const walk = (value: unknown, key: string | null, depth: number) => {
    if (depth > 4 || targets.size >= MAX_TARGETS) return;
    if (typeof value === 'string') {
      if (key === 'account') accounts.add(value);
      else if (value.length <= 512) {
        try {
          const ref = decodeId(value);
          targets.add(value);
          accounts.add(ref.accountId);
        } catch {
          // not a global id
        }
      }
    } else if (Array.isArray(value)) {
      for (const v of value) walk(v, key, depth + 1);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, depth + 1);
    }
  };
  walk(args, null, 0);
  return { accounts: [...accounts].sort(), targets: [...targets] };
}

interface AuditContext {
  principal: Principal;
  requestId: string;
  audit?: AuditLog;
}

/**
 * Wraps, in place, the resolvers of every Mutation field and of every field `isSensitive` selects,
 * so each call writes one audit event with its outcome. Called once on the built schema.
 */
export function auditResolvers(schema: GraphQLSchema, isSensitive: (typeName: string, fieldName: string) => boolean): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const isMutation = type === schema.getMutationType();
    for (const field of Object.values(type.getFields())) {
      if (!isMutation && !isSensitive(type.name, field.name)) continue;
      const resolve: GraphQLFieldResolver<unknown, AuditContext> = field.resolve ?? defaultFieldResolver;
      const operation = `${type.name}.${field.name}`;
      field.resolve = async (source, args, ctx, info) => {
        try {
          const result = await resolve(source, args, ctx, info);
          ctx.audit?.record(ctx.principal, operation, args, 'ok', ctx.requestId);
          return result;
        } catch (e) {
          ctx.audit?.record(ctx.principal, operation, args, toGatewayError(e).code, ctx.requestId);
          throw e;
        }
      };
    }
  }
}
