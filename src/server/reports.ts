/**
 * GET /reports/tasks.csv: every task matching the filters (the `tasks` filters as query parameters)
 * streamed as RFC 4180 CSV, page by page, with backpressure: memory stays flat however many tasks.
 *
 * Query parameters (repeat a parameter or separate values with commas): provider (HUAWEI_SMS or
 * huawei-sms), account, region, state, nameContains, tag (key or key=value), sourceId,
 * createdAfter, createdBefore, orderBy (any `OrderBy` value: CREATED_DESC, NAME_ASC, STATE_ASC, PROGRESS_DESC, UPDATED_DESC, ...).
 *
 * Accounts that fail before the first byte are listed in the `X-Migraph-Partial` header
 * (`account:CODE`); a failure after streaming started aborts the response, so a truncated file is
 * never mistaken for a complete one.
 */
import { once } from 'node:events';
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify';
import { GatewayError, toGatewayError } from '../core/errors.js';
import { PROVIDER_IDS } from '../../adapters/index.js';
import { ListOrder, TaskState, type ProviderId, type Task } from '../core/model.js';
import type { Gateway } from '../domain/gateway.js';
import { TASK_CSV_COLUMNS, iterateTasks, taskCsvRow } from '../domain/report.js';
import { sendError } from './http-auth.js';
import { taskListArgs } from '../graphql/resolvers/support.js';
import type { TaskFilter } from '../graphql/types/filters.js';
import type { Logger } from '../core/model.js';

function values(req: Request, name: string): string[] {
  const raw = req.query[name];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

function one(req: Request, name: string): string | null {
  const v = values(req, name);
  if (v.length > 1) throw new GatewayError('BAD_USER_INPUT', `${name}: give one value`, { field: name });
  return v[0] ?? null;
}

function oneOf<T extends string>(name: string, list: string[], allowed: readonly T[], normalise: (v: string) => string = (v) => v): T[] {
  return list.map((v) => {
    const n = normalise(v);
    if (!(allowed as readonly string[]).includes(n)) {
      throw new GatewayError('BAD_USER_INPUT', `${name}: unknown value "${v}"; expected one of ${allowed.join(', ')}`, { field: name });
    }
    return n as T;
  });
}

/** Query parameters -> the same filter object the GraphQL `tasks` field takes. */
export function csvFilter(req: Request): { filter: TaskFilter; orderBy: ListOrder | null } {
  const known = new Set(['provider', 'account', 'region', 'state', 'nameContains', 'tag', 'sourceId', 'createdAfter', 'createdBefore', 'orderBy']);
  for (const key of Object.keys(req.query)) {
    if (!known.has(key)) throw new GatewayError('BAD_USER_INPUT', `${key}: unknown parameter`, { field: key });
  }
  const providers = oneOf<ProviderId>('provider', values(req, 'provider'), PROVIDER_IDS, (v) => v.toLowerCase().replace(/_/g, '-'));
  const states = oneOf<TaskState>('state', values(req, 'state'), Object.values(TaskState), (v) => v.toUpperCase());
  const order = one(req, 'orderBy');
  const filter: TaskFilter = {
    providers: providers.length ? (providers as unknown as TaskFilter['providers']) : null,
    accounts: values(req, 'account'),
    regions: values(req, 'region'),
    states: states.length ? states : null,
    nameContains: one(req, 'nameContains'),
    tags: values(req, 'tag').map((t) => {
      const i = t.indexOf('=');
      return i < 0 ? { key: t, value: null } : { key: t.slice(0, i), value: t.slice(i + 1) };
    }),
    sourceId: one(req, 'sourceId'),
    createdAfter: one(req, 'createdAfter'),
    createdBefore: one(req, 'createdBefore'),
  };
  return { filter, orderBy: order ? oneOf<ListOrder>('orderBy', [order], Object.values(ListOrder), (v) => v.toUpperCase())[0]! : null };
}

export function tasksCsvHandler(gateway: Gateway, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    let pages: ReturnType<typeof iterateTasks>;
    let first: IteratorResult<{ tasks: Task[]; errors: GatewayError[] }>;
    try {
      const { filter, orderBy } = csvFilter(req);
      for (const id of filter.accounts ?? []) gateway.accounts.get(id);
      const { first: _f, after: _a, ...args } = taskListArgs(filter, { orderBy });
      pages = iterateTasks(gateway, { ...args, order: args.order ?? ListOrder.CREATED_DESC });
      first = await pages.next();
    } catch (e) {
      sendError(res, e);
      return;
    }
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="tasks.csv"');
    if (!first.done && first.value.errors.length) {
      res.setHeader('x-migraph-partial', first.value.errors.map((e) => `${e.account}:${e.code}`).join(', '));
    }
    const csv = stringify({ header: true, columns: [...TASK_CSV_COLUMNS], record_delimiter: 'windows', cast: { number: (n) => String(n) } });
    csv.pipe(res);
    try {
      let page = first;
      while (!page.done) {
        for (const task of page.value.tasks) {
          if (!csv.write(taskCsvRow(task))) await once(csv, 'drain');
        }
        if (res.destroyed) return;
        page = await pages.next();
      }
      csv.end();
    } catch (e) {
      logger.warn({ code: toGatewayError(e).code }, 'tasks.csv aborted mid-stream');
      csv.destroy();
      res.destroy();
    }
  };
}
