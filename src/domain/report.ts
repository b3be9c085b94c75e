/**
 * Cross-cloud reporting: what is in flight, where, how fast, and what failed. Reads every matching
 * task once through the merged connection (pages of 500 per account and region, in parallel), and
 * keeps only aggregates in memory: the report's size does not grow with the number of tasks.
 */
import type { GatewayError } from '../core/errors.js';
import { ListOrder, TERMINAL_TASK_STATES, TaskState, type Task } from '../core/model.js';
import { ScanPages } from './cache.js';
import { MAX_PAGE_SIZE } from './connection.js';
import type { Gateway, ListArgs } from './gateway.js';
import { encodeId } from './ids.js';

/**
 * Streams every task matching `args`, one merged page at a time, with the failed accounts of each
 * page. It is a scan: the first page starts every vendor page of every partition at once (bounded
 * per account), into the scan's memo, so each vendor page is read once and the next pages are ready
 * (or arriving) when they are asked for; the caller gets rows as pages arrive.
 */
export async function* iterateTasks(
  gateway: Gateway,
  args: Omit<ListArgs, 'first' | 'after'>,
): AsyncGenerator<{ tasks: Task[]; errors: GatewayError[] }> {
  let after: string | null = null;
  const scan = new ScanPages();
  for (let page = 0; page < 100_000; page++) {
    const conn = await gateway.listTasks({ ...args, first: MAX_PAGE_SIZE, after }, undefined, {}, scan);
    yield { tasks: conn.edges.map((e) => e.node), errors: conn.errors };
    if (!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) return;
    after = conn.pageInfo.endCursor;
  }
}

export const ETA_BUCKETS: readonly { label: string; maxSeconds: number }[] = [
  { label: 'under 10 minutes', maxSeconds: 600 },
  { label: '10 to 60 minutes', maxSeconds: 3_600 },
  { label: '1 to 6 hours', maxSeconds: 6 * 3_600 },
  { label: '6 to 24 hours', maxSeconds: 24 * 3_600 },
  { label: 'over 24 hours', maxSeconds: Number.POSITIVE_INFINITY },
];

/** Tasks that are transferring data now (their speed counts toward throughput, their ETA is bucketed). */
const RUNNING: ReadonlySet<TaskState> = new Set([TaskState.PREPARING, TaskState.REPLICATING, TaskState.SYNCING, TaskState.CUTTING_OVER]);

export interface MigrationReport {
  generatedAt: string;
  taskCount: number;
  byProviderState: { provider: string; state: TaskState; count: number }[];
  byAccountRegion: { provider: string; accountId: string; region: string; count: number; active: number; failed: number }[];
  transferredBytes: number;
  totalBytes: number;
  /** Sum of the current speed of running tasks, bytes per second. */
  throughput: number;
  runningTasks: number;
  etaDistribution: { bucket: string; count: number }[];
  etaUnknown: number;
  /** Per provider and code; `message` is the decoded message of the first task of the group (a sample), null when none had one. */
  failures: { provider: string; code: string; message: string | null; count: number; sampleTaskIds: string[] }[];
  oldestActive: Task[];
  errors: GatewayError[];
}

export class ReportBuilder {
  private taskCount = 0;
  private readonly byProviderState = new Map<string, { provider: string; state: TaskState; count: number }>();
  private readonly byAccountRegion = new Map<string, MigrationReport['byAccountRegion'][number]>();
  private transferred = 0;
  private total = 0;
  private throughput = 0;
  private running = 0;
  private readonly eta = ETA_BUCKETS.map((b) => ({ bucket: b.label, count: 0 }));
  private etaUnknown = 0;
  private readonly failures = new Map<string, MigrationReport['failures'][number]>();
  private oldest: Task[] = [];
  private readonly errors = new Map<string, GatewayError>();

  constructor(
    private readonly oldestLimit = 10,
    private readonly samplesPerCode = 5,
  ) {}

  add(task: Task): void {
    this.taskCount++;
    const ps = `${task.provider}\u0000${task.state}`;
    const psRow = this.byProviderState.get(ps) ?? { provider: task.provider, state: task.state, count: 0 };
    psRow.count++;
    this.byProviderState.set(ps, psRow);

    const ar = `${task.accountId}\u0000${task.region}`;
    const arRow = this.byAccountRegion.get(ar) ?? { provider: task.provider, accountId: task.accountId, region: task.region, count: 0, active: 0, failed: 0 };
    arRow.count++;
    if (!TERMINAL_TASK_STATES.has(task.state)) arRow.active++;
    if (task.state === TaskState.FAILED) arRow.failed++;
    this.byAccountRegion.set(ar, arRow);

    this.transferred += task.progress.transferredBytes ?? 0;
    this.total += task.progress.totalBytes ?? 0;

    if (RUNNING.has(task.state)) {
      this.running++;
      this.throughput += task.progress.speed ?? 0;
      const eta = task.progress.remainingSeconds;
      if (eta == null) this.etaUnknown++;
      else this.eta[ETA_BUCKETS.findIndex((b) => eta < b.maxSeconds)]!.count++;
    }

    if (task.state === TaskState.FAILED) {
      const code = task.error?.code ?? 'UNKNOWN';
      const key = `${task.provider}\u0000${code}`;
      const row = this.failures.get(key) ?? { provider: task.provider, code, message: null, count: 0, sampleTaskIds: [] };
      row.count++;
      row.message ??= task.error?.message ?? null;
      if (row.sampleTaskIds.length < this.samplesPerCode) row.sampleTaskIds.push(encodeId('Task', task));
      this.failures.set(key, row);
    }

    if (!TERMINAL_TASK_STATES.has(task.state) && task.createdAt) {
      this.oldest.push(task);
      if (this.oldest.length > this.oldestLimit * 4) this.trimOldest();
    }
  }

  addErrors(errors: readonly GatewayError[]): void {
    for (const e of errors) if (e.account && !this.errors.has(e.account)) this.errors.set(e.account, e);
  }

  private trimOldest(): void {
    this.oldest.sort((a, b) => (a.createdAt! < b.createdAt! ? -1 : a.createdAt! > b.createdAt! ? 1 : 0));
    this.oldest.length = Math.min(this.oldest.length, this.oldestLimit);
  }

  build(now = new Date()): MigrationReport {
    this.trimOldest();
    return {
      generatedAt: now.toISOString(),
      taskCount: this.taskCount,
      byProviderState: [...this.byProviderState.values()].sort((a, b) => a.provider.localeCompare(b.provider) || a.state.localeCompare(b.state)),
      byAccountRegion: [...this.byAccountRegion.values()].sort((a, b) => a.accountId.localeCompare(b.accountId) || a.region.localeCompare(b.region)),
      transferredBytes: this.transferred,
      totalBytes: this.total,
      throughput: this.throughput,
      runningTasks: this.running,
      etaDistribution: this.eta,
      etaUnknown: this.etaUnknown,
      failures: [...this.failures.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
      oldestActive: [...this.oldest],
      errors: [...this.errors.values()],
    };
  }
}

export async function buildReport(gateway: Gateway, args: Omit<ListArgs, 'first' | 'after'>, oldestLimit = 10): Promise<MigrationReport> {
  const builder = new ReportBuilder(oldestLimit);
  for await (const page of iterateTasks(gateway, { ...args, order: args.order ?? ListOrder.CREATED_DESC })) {
    builder.addErrors(page.errors);
    for (const t of page.tasks) builder.add(t);
  }
  return builder.build();
}

/** The unified CSV columns, in order (snake_case for spreadsheets and BI tools). */
export const TASK_CSV_COLUMNS = [
  'id',
  'provider',
  'account',
  'region',
  'native_id',
  'name',
  'type',
  'state',
  'native_state',
  'percent',
  'transferred_bytes',
  'total_bytes',
  'speed_bytes_per_second',
  'remaining_seconds',
  'phase',
  'source_native_id',
  'target_kind',
  'target_name',
  'created_at',
  'started_at',
  'finished_at',
  'last_synced_at',
  'bandwidth_limit_mbps',
  'error_code',
  'error_message',
] as const;

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A string cell that a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, carriage return first)
 * gets a leading `'`, so it is shown as text. Numbers are left alone (they are written from numeric
 * values); a string like "-5" is neutralised too, since it came from a name or a vendor message.
 */
export function neutraliseCsvCell<T extends string | number | null>(cell: T): T {
  return (typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell) as T;
}

/** One CSV row per task: every cell passes through neutraliseCsvCell. */
export function taskCsvRow(task: Task): (string | number | null)[] {
  return rawTaskCsvRow(task).map(neutraliseCsvCell);
}

function rawTaskCsvRow(task: Task): (string | number | null)[] {
  const p = task.progress;
  return [
    encodeId('Task', task),
    task.provider,
    task.accountId,
    task.region,
    task.nativeId,
    task.name,
    task.type,
    task.state,
    task.nativeState,
    p.percent,
    p.transferredBytes,
    p.totalBytes,
    p.speed,
    p.remainingSeconds,
    p.phase,
    task.sourceId,
    task.target?.kind ?? null,
    task.target?.name ?? null,
    task.createdAt,
    task.startedAt,
    task.finishedAt,
    task.lastSyncedAt,
    task.bandwidthLimitMbps,
    task.error?.code ?? null,
    task.error?.message ?? null,
  ];
}
