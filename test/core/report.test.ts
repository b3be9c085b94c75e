import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { GatewayError } from '../../src/core/errors.js';
import { TaskState } from '../../src/core/model.js';
import { neutraliseCsvCell, taskCsvRow, TASK_CSV_COLUMNS } from '../../src/domain/report.js';
import { MigrationReportDocument } from '../generated/graphql.js';
import { fakeAccounts, FakeProvider } from '../helpers/fake-provider.js';
import { gql, gqlOk, startTestGateway, type TestGateway } from '../helpers/gateway.js';

const GiB = 2 ** 30;

describe('migrationReport and /reports/tasks.csv (fake providers)', () => {
  let gw: TestGateway;
  let hw: FakeProvider;
  let ali: FakeProvider;
  let csvUrl: string;

  before(async () => {
    const fake = fakeAccounts([
      { id: 'hw', provider: 'huawei-sms', regions: ['r1', 'r2'] },
      { id: 'ali', provider: 'alibaba-smc', regions: ['cn-hangzhou'] },
    ]);
    gw = await startTestGateway(fake.accounts, { cache: { enabled: false } }, fake.factory);
    csvUrl = gw.url.replace('/graphql', '/reports/tasks.csv');
    hw = fake.providers.get('hw')!;
    ali = fake.providers.get('ali')!;
    const progress = (pct: number, speed: number | null, eta: number | null) => ({
      percent: pct, transferredBytes: pct * GiB, totalBytes: 100 * GiB, speed, remainingSeconds: eta, estimatedCompletionAt: null, phase: null, steps: [],
    });
    // 700 Huawei tasks over two regions (more than one 500-item page), 60 Alibaba tasks.
    for (let i = 0; i < 700; i++) {
      const state = i % 10 === 0 ? TaskState.FAILED : i % 10 === 1 ? TaskState.SUCCEEDED : TaskState.REPLICATING;
      hw.addTask(i % 2 ? 'r1' : 'r2', i, {
        state,
        name: `hw "quoted", task\n${i}`,
        progress: progress(state === TaskState.SUCCEEDED ? 100 : 40, state === TaskState.REPLICATING ? 1_000_000 : null, state === TaskState.REPLICATING ? (i % 3) * 3_000 : null),
        error: state === TaskState.FAILED ? { code: i % 20 === 0 ? 'SMS.1204' : 'SMS.0203', message: i % 20 === 0 ? 'The disk /mnt/vdb1 is full.' : 'agent lost' } : null,
      });
    }
    for (let i = 700; i < 760; i++) ali.addTask('cn-hangzhou', i, { state: TaskState.SYNCING, progress: progress(10, 2_000_000, null) });
  });
  after(() => gw.close());

  it('counts by provider x state and by account/region, sums bytes and throughput', async () => {
    const { migrationReport: r } = await gqlOk(gw.url, MigrationReportDocument, {});
    assert.equal(r.taskCount, 760);
    const count = (p: string, s: string) => r.byProviderState.find((x) => x.provider === p && x.state === s)?.count;
    assert.equal(count('HUAWEI_SMS', 'FAILED'), 70);
    assert.equal(count('HUAWEI_SMS', 'SUCCEEDED'), 70);
    assert.equal(count('HUAWEI_SMS', 'REPLICATING'), 560);
    assert.equal(count('ALIBABA_SMC', 'SYNCING'), 60);
    assert.deepEqual(
      r.byAccountRegion.map((x) => [x.account.id, x.region, x.count, x.active, x.failed]),
      [
        ['ali', 'cn-hangzhou', 60, 60, 0],
        ['hw', 'r1', 350, 280, 0],
        ['hw', 'r2', 350, 280, 70],
      ],
    );
    assert.equal(r.totalBytes, 760 * 100 * GiB);
    assert.equal(r.transferredBytes, (70 * 100 + 630 * 40 + 60 * 10) * GiB);
    assert.equal(r.runningTasks, 620);
    assert.equal(r.throughput, 560 * 1_000_000 + 60 * 2_000_000);
    assert.equal(r.etaUnknown, 60);
    assert.equal(r.etaDistribution.reduce((a, b) => a + b.count, 0), 560);
    const expected = new Map<string, number>();
    for (let i = 0; i < 700; i++) {
      if (i % 10 < 2) continue;
      const bucket = ['under 10 minutes', '10 to 60 minutes', '1 to 6 hours'][i % 3]!;
      expected.set(bucket, (expected.get(bucket) ?? 0) + 1);
    }
    for (const b of r.etaDistribution) assert.equal(b.count, expected.get(b.bucket) ?? 0, b.bucket);
    assert.deepEqual(
      r.failures.map((f) => [f.code, f.message, f.count, f.sampleTaskIds.length]),
      [
        ['SMS.0203', 'agent lost', 35, 5],
        ['SMS.1204', 'The disk /mnt/vdb1 is full.', 35, 5],
      ],
    );
    assert.equal(r.oldestActive.length, 10);
    const times = r.oldestActive.map((t) => t.createdAt!);
    assert.deepEqual(times, [...times].sort());
    assert.ok(r.oldestActive.every((t) => t.state !== 'FAILED' && t.state !== 'SUCCEEDED'));
  });

  it('applies the filter, and reports a failed account beside the data', async () => {
    const only = await gqlOk(gw.url, MigrationReportDocument, { filter: { providers: ['ALIBABA_SMC'] } });
    assert.equal(only.migrationReport.taskCount, 60);
    ali.failWith = new GatewayError('UPSTREAM_UNAVAILABLE', 'down');
    try {
      const res = await gql(gw.url, MigrationReportDocument, {});
      assert.equal(res.data?.migrationReport.taskCount, 700);
      assert.equal(res.errors?.length, 1);
      assert.equal(res.errors?.[0]?.extensions?.account, 'ali');
    } finally {
      ali.failWith = null;
    }
    const bad = await gql(gw.url, MigrationReportDocument, { oldestLimit: 0 });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('streams one RFC 4180 row per task that a standard parser reads back', async () => {
    const lists = () => (hw.calls.listTasks ?? 0) + (ali.calls.listTasks ?? 0);
    const before = lists();
    const res = await fetch(csvUrl);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/csv/);
    const text = await res.text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 760);
    assert.equal(new Set(rows.map((r) => r.id)).size, 760);
    const tricky = rows.find((r) => r.native_id === 'task-5')!;
    assert.equal(tricky.name, 'hw "quoted", task\n5', 'quotes, commas and newlines survive');
    assert.equal(tricky.state, 'REPLICATING');
    assert.equal(tricky.account, 'hw');
    // Two merged pages of 500, cache off: the scan's memo reads each partition's list once (3), not once per page (6).
    assert.equal(lists() - before, 3);
  });

  it('takes the tasks filters as query parameters and refuses bad ones with 400', async () => {
    const text = await (await fetch(`${csvUrl}?provider=HUAWEI_SMS&state=FAILED&region=r2`)).text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 70, 'every failed task sits in r2');
    assert.ok(rows.every((r) => r.state === 'FAILED' && r.region === 'r2' && r.error_code.startsWith('SMS.')));
    const bad = await fetch(`${csvUrl}?state=BROKEN`);
    assert.equal(bad.status, 400);
    const body = (await bad.json()) as { errors: { extensions: { code: string; field: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_USER_INPUT');
    assert.equal(body.errors[0]!.extensions.field, 'state');
    assert.equal((await fetch(`${csvUrl}?colour=red`)).status, 400);
    assert.equal((await fetch(`${csvUrl}?account=nope`)).status, 404);
  });

  it('names failed accounts in X-Migraph-Partial', async () => {
    ali.failWith = new GatewayError('UPSTREAM_UNAVAILABLE', 'down');
    try {
      const res = await fetch(csvUrl);
      assert.equal(res.headers.get('x-migraph-partial'), 'ali:UPSTREAM_UNAVAILABLE');
      const rows = parse(await res.text(), { columns: true }) as unknown[];
      assert.equal(rows.length, 700);
    } finally {
      ali.failWith = null;
    }
  });
});

describe('tasks CSV: formula injection (OWASP CSV Injection)', () => {
  const provider = new FakeProvider({ id: 'hw', provider: 'huawei-sms', endpoint: 'http://127.0.0.1:1', regions: ['r1'], credentials: {} } as never);
  const cell = (name: string, column: (typeof TASK_CSV_COLUMNS)[number] = 'name') => {
    const task = provider.addTask('r1', 1, { name, error: { code: name, message: name } });
    return taskCsvRow(task)[TASK_CSV_COLUMNS.indexOf(column)];
  };

  for (const name of ['=HYPERLINK("http://x")', '+1', '@SUM(A1)', '\tx', '\rx', '-x', '-5']) {
    it(`prefixes ${JSON.stringify(name)} with a single quote`, () => {
      assert.equal(cell(name), `'${name}`);
      assert.equal(cell(name, 'error_code'), `'${name}`, 'every string column, not only name');
      assert.equal(cell(name, 'error_message'), `'${name}`);
    });
  }

  it('leaves a normal name, numbers and nulls unchanged', () => {
    assert.equal(cell('web-01 = prod'), 'web-01 = prod');
    assert.equal(cell('a+b@c'), 'a+b@c');
    assert.equal(neutraliseCsvCell(-5), -5, 'numbers stay numbers');
    assert.equal(neutraliseCsvCell(null), null);
    const task = provider.addTask('r1', 2, { progress: { percent: -1, transferredBytes: 10, totalBytes: 20, speed: null, remainingSeconds: null, estimatedCompletionAt: null, phase: null, steps: [] } });
    const row = taskCsvRow(task);
    assert.equal(row[TASK_CSV_COLUMNS.indexOf('percent')], -1);
    assert.equal(row[TASK_CSV_COLUMNS.indexOf('transferred_bytes')], 10);
  });

  it('survives a CSV round trip: the parsed cell starts with the quote', async () => {
    const { stringify } = await import('csv-stringify/sync');
    const task = provider.addTask('r1', 3, { name: '=HYPERLINK("http://x","click")' });
    const text = stringify([taskCsvRow(task)], { columns: [...TASK_CSV_COLUMNS], header: true, cast: { number: (n) => String(n) } });
    const [row] = parse(text, { columns: true }) as Record<string, string>[];
    assert.equal(row!.name, `'=HYPERLINK("http://x","click")`);
  });
});
