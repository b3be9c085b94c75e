/**
 * The dashboard (/dashboard, built into dist/web by `npm run build`) in headless Chromium, driven
 * by playwright-core, against the gateway started as `npm start` starts the embedded default (the
 * three simulators with demo data, auth disabled, 300 tasks), and against one with API keys:
 * - the page loads with no console error or warning and no request off loopback;
 * - the table holds every task the gateway has, and scrolling the virtualised list reaches them all;
 * - a progress bar moves without a reload (live `taskUpdates`);
 * - starting a task from its page changes its state in the table;
 * - a viewer key sees no action button, an operator key does;
 * - screenshots of the table and a task page go to test-artifacts/ (MIGRAPH_DASHBOARD_SCREENSHOT=docs
 *   also copies the table's to docs/dashboard.png, the README's picture);
 * - performance, reported (t.diagnostic and test-artifacts/dashboard-perf.json), not asserted:
 *   time to first render of the table at 300 and at 3,000 tasks (demo scale 1000), and main-thread
 *   time per 100 task updates applied.
 * The 30 s bounds on waiting for live data are the issue's acceptance bounds (an end-to-end test
 * over a real browser and the simulators' real clocks), not a measure of our speed.
 *
 * Without chromium (/usr/bin/chromium, or MIGRAPH_CHROMIUM) the suite is skipped with the reason,
 * except under CI (the CI variable set), where it fails: CI always runs it (.ci/run installs chromium).
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findChromium, graphql, launchChromium, settled, startDashboardGateway, watchPage, type DashboardGateway, type PageWatch } from './harness.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const WEB_INDEX = path.join(ROOT, 'dist', 'web', 'index.html');

const chromiumFound = findChromium();
const chromiumMissing = 'missing' in chromiumFound ? chromiumFound.missing : undefined;
const SKIP = chromiumMissing && !process.env.CI ? `browser tests skipped: ${chromiumMissing}` : false;
if (SKIP) console.log(SKIP);

/** Upper bound on waiting for live data (issue #16: "within 30 s"). */
const LIVE_MS = 30_000;
const VIEWPORT = { width: 1280, height: 800 };

const VIEWER_KEY = 'viewer-key-browser-test-0123456789ab';
const OPERATOR_KEY = 'operator-key-browser-test-0123456789';

const TASKS_PAGE = `query BrowserTestTasks($after: String) {
  tasks(first: 500, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name state availableActions }
  }
}`;
type TaskRow = { id: string; name: string; state: string; availableActions: string[] };

/** Every task the gateway has (all pages), and its totalCount. */
async function allTasks(url: string, credential?: string): Promise<{ totalCount: number; nodes: TaskRow[] }> {
  const nodes: TaskRow[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const data: { tasks: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: TaskRow[] } } = await graphql(
      url,
      TASKS_PAGE,
      { after },
      credential,
    );
    totalCount = data.tasks.totalCount;
    nodes.push(...data.tasks.nodes);
    if (!data.tasks.pageInfo.hasNextPage || !data.tasks.pageInfo.endCursor) break;
    after = data.tasks.pageInfo.endCursor;
  }
  return { totalCount, nodes };
}

const sel = {
  table: '[data-testid="task-table"]',
  row: '[data-testid="task-row"]',
  rowOf: (id: string) => `[data-testid="task-row"][data-task-id="${id.replace(/["\\]/g, '\\$&')}"]`,
  taskPage: '[data-testid="task-page"]',
  actions: 'button[data-testid^="action-"]',
};

/**
 * Waits until the table has loaded every page (data-loading="false"; with `nonEmpty`, also a
 * data-total above 0) and returns its data-total.
 */
async function tableLoaded(page: Page, nonEmpty = false): Promise<number> {
  await page.locator(sel.table).waitFor({ timeout: LIVE_MS });
  await page.waitForFunction(
    ({ s, nonEmpty }) => {
      const el = (globalThis as any).document.querySelector(s);
      return el?.getAttribute('data-loading') === 'false' && (!nonEmpty || Number(el.getAttribute('data-total')) > 0);
    },
    { s: sel.table, nonEmpty },
    { timeout: LIVE_MS, polling: 100 },
  );
  return Number(await page.locator(sel.table).getAttribute('data-total'));
}

/**
 * In the page: scrolls the task list from top to bottom (the nearest scrollable ancestor of the rows,
 * else the document), a screen at a time, and returns every row seen (id -> data-percent) and
 * whether the end of the list was reached. A virtual list renders only the rows on screen, so this
 * is how a test sees all of them.
 */
async function scrollThroughRows(page: Page): Promise<{ seen: Record<string, string>; steps: number; reachedEnd: boolean; lastId: string | null }> {
  return page.evaluate(async (s) => {
    const g = globalThis as any;
    const doc = g.document;
    const frames = () => new Promise<void>((r) => g.requestAnimationFrame(() => g.requestAnimationFrame(() => r())));
    const table = doc.querySelector(s.table);
    const scrollable = (el: any) => el && el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(g.getComputedStyle(el).overflowY);
    let el = table.querySelector(s.row)?.parentElement ?? table;
    while (el && !scrollable(el)) el = el.parentElement;
    const scroller = el ?? doc.scrollingElement;
    const seen: Record<string, string> = {};
    let lastId: string | null = null;
    const collect = () => {
      for (const row of table.querySelectorAll(s.row)) {
        const id = row.getAttribute('data-task-id');
        seen[id] = row.querySelector('[data-testid="progress-bar"]')?.getAttribute('data-percent') ?? '';
        lastId = id;
      }
    };
    scroller.scrollTop = 0;
    await frames();
    collect();
    let steps = 0;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1 && steps < 5_000) {
      scroller.scrollTop += Math.max(1, Math.floor(scroller.clientHeight * 0.8));
      await frames();
      collect();
      steps++;
    }
    await frames();
    collect();
    const reachedEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    return { seen, steps, reachedEnd, lastId };
  }, { table: sel.table, row: sel.row });
}

function artefact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

function describeWatch(w: PageWatch): string {
  return `console/exceptions:\n  ${w.problems.join('\n  ') || '(none)'}\nforeign requests:\n  ${w.foreign.join('\n  ') || '(none)'}`;
}

/** A fresh browser context (own sessionStorage and cache) and page, watched. */
async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(LIVE_MS);
  return { context, page, watch: watchPage(page) };
}

/** Leaves a marker on the window: still there later means no reload happened in between. */
async function markWindow(page: Page): Promise<string> {
  const marker = `m${Math.random().toString(36).slice(2)}`;
  await page.evaluate((m) => ((globalThis as any).__browserTestMarker = m), marker);
  return marker;
}
async function assertNoReload(page: Page, marker: string): Promise<void> {
  assert.equal(await page.evaluate(() => (globalThis as any).__browserTestMarker), marker, 'the page was not reloaded');
}

function requireWebBuild(): void {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`${path.relative(ROOT, WEB_INDEX)} is missing: run \`npm run build\` (it builds the dashboard into dist/web) before the browser tests`);
  }
}

function requireChromium(): string {
  if (chromiumMissing) throw new Error(`chromium is required (CI always runs the browser tests): ${chromiumMissing}`);
  return (chromiumFound as { path: string }).path;
}

const perf: Record<string, unknown> = { measuredAt: new Date().toISOString(), chromium: undefined as string | undefined };
function writePerf(): void {
  writeFileSync(artefact('dashboard-perf.json'), `${JSON.stringify(perf, null, 2)}\n`);
}

/** `performance.mark('migraph:table-rendered')` relative to navigation start, ms (waits for it). */
async function tableRenderedMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (globalThis as any).performance.getEntriesByName('migraph:table-rendered', 'mark')[0]?.startTime ?? false,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

/** Main-thread time (CDP TaskDuration and ScriptDuration) per 100 applied task updates, over a window while updates flow. */
async function mainThreadPer100Updates(page: Page, t: TestContext, label: string, tasks: number): Promise<{ updates: number; windowMs: number; taskMsPer100: number; scriptMsPer100: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
    return { task: get('TaskDuration') * 1000, script: get('ScriptDuration') * 1000 };
  };
  const updates = () => page.evaluate(() => Number((globalThis as any).__migraph?.updatesApplied ?? NaN));
  assert.ok(Number.isFinite(await updates()), 'window.__migraph.updatesApplied is a number');
  // The subscription starts with the current state of every task (one event each): a burst, not
  // the steady flow. The window opens once that many were applied (or after 15 s).
  await page
    .waitForFunction((n) => Number((globalThis as any).__migraph?.updatesApplied ?? 0) >= n, tasks, { timeout: 15_000, polling: 250 })
    .catch(() => undefined);
  const u0 = await updates();
  const m0 = await metrics();
  const started = Date.now();
  // The window: until 300 more updates were applied, or 20 s, whichever comes first.
  await page
    .waitForFunction((target) => Number((globalThis as any).__migraph?.updatesApplied ?? 0) >= target, u0 + 300, { timeout: 20_000, polling: 500 })
    .catch(() => undefined);
  const m1 = await metrics();
  const u1 = await updates();
  const windowMs = Date.now() - started;
  await cdp.detach();
  const n = u1 - u0;
  assert.ok(n > 0, `${label}: task updates were applied during the ${windowMs} ms window`);
  const out = { updates: n, windowMs, taskMsPer100: ((m1.task - m0.task) / n) * 100, scriptMsPer100: ((m1.script - m0.script) / n) * 100 };
  assert.ok(out.taskMsPer100 > 0, `${label}: main-thread time was measured`);
  t.diagnostic(`${label}: ${n} updates in ${windowMs} ms; main thread ${out.taskMsPer100.toFixed(1)} ms (script ${out.scriptMsPer100.toFixed(1)} ms) per 100 updates`);
  return out;
}

describe('dashboard in headless Chromium (embedded default)', { skip: SKIP, timeout: 300_000 }, () => {
  let browser: Browser;
  let gw: DashboardGateway;
  /** The table page tests 2 and 3 share (test 3 watches it move without a reload). */
  let table: { context: BrowserContext; page: Page; watch: PageWatch } | undefined;

  before(async () => {
    const executable = requireChromium();
    requireWebBuild();
    browser = await launchChromium(executable);
    perf.chromium = browser.version();
    gw = await startDashboardGateway();
  });
  after(async () => {
    await table?.context.close();
    await browser?.close();
    await gw?.close();
    writePerf();
  });

  it('loads with no console error or warning and no request off loopback: / redirects to the overview, then the table and a task page', async () => {
    const { context, page, watch } = await openPage(browser);
    try {
      const { totalCount } = await allTasks(gw.graphqlUrl);
      await page.goto(`${gw.origin}/`);
      assert.equal(new URL(page.url()).pathname, '/dashboard/', 'GET / lands on /dashboard/');
      const total = page.locator('[data-testid="overview-total"]');
      await page.locator('[data-testid="overview"]').waitFor();
      await page.waitForFunction((n) => ((globalThis as any).document.querySelector('[data-testid="overview-total"]')?.textContent ?? '').replace(/[^0-9]/g, '') === String(n), totalCount, {
        timeout: LIVE_MS,
        polling: 100,
      });
      assert.equal(Number(((await total.textContent()) ?? '').replace(/[^0-9]/g, '')), totalCount, 'the overview counts every task');
      const marker = await markWindow(page);
      await page.click('[data-testid="nav-tasks"]');
      await tableLoaded(page);
      await page.locator(`${sel.row} a[data-testid="task-link"]`).first().click();
      await page.locator(sel.taskPage).waitFor();
      await page.waitForFunction(() => ((globalThis as any).document.querySelector('[data-testid="task-state"]')?.textContent ?? '').trim() !== '', undefined, { polling: 100 });
      await page.locator('svg[data-testid="progress-chart"]').waitFor();
      await page.locator('[data-testid="event-list"]').waitFor({ state: 'attached' });
      await assertNoReload(page, marker);
      await settled(page, watch);
      assert.ok(watch.requests.some((r) => r.startsWith('WS ')), 'the page opened a WebSocket (graphql-ws)');
      assert.deepEqual(watch.problems, [], describeWatch(watch));
      assert.deepEqual(watch.foreign, [], describeWatch(watch));
    } finally {
      await context.close();
    }
  });

  it('the table shows every task of the embedded default, and scrolling the virtual list reaches them all', async (t) => {
    const { totalCount, nodes } = await allTasks(gw.graphqlUrl);
    assert.ok(totalCount >= 300, `the embedded default has 300 tasks or so (got ${totalCount})`);
    table = await openPage(browser);
    const { page, watch } = table;
    await page.goto(`${gw.origin}/dashboard/tasks`);
    const dataTotal = await tableLoaded(page);
    assert.equal(dataTotal, totalCount, 'data-total equals the gateway tasks.totalCount');
    await page.screenshot({ path: artefact('dashboard-table.png') });
    if (process.env.MIGRAPH_DASHBOARD_SCREENSHOT === 'docs') {
      copyFileSync(artefact('dashboard-table.png'), path.join(ROOT, 'docs', 'dashboard.png'));
      t.diagnostic('copied the table screenshot to docs/dashboard.png');
    }
    const { seen, steps, reachedEnd, lastId } = await scrollThroughRows(page);
    assert.ok(reachedEnd, 'scrolled to the end of the list');
    assert.ok(lastId, 'rows are rendered at the end of the list');
    assert.equal(await page.locator(sel.rowOf(lastId)).count(), 1, 'the last row is rendered once scrolled to the end');
    const ids = new Set(nodes.map((n) => n.id));
    const shown = Object.keys(seen);
    assert.deepEqual(shown.filter((id) => !ids.has(id)), [], 'every row is a task of the gateway');
    assert.equal(shown.length, totalCount, `scrolling through the list (${steps} screens) showed every task once`);
    t.diagnostic(`${totalCount} rows, ${steps} scroll steps; the DOM holds ${await page.locator(sel.row).count()} rows at a time`);
    assert.deepEqual(watch.problems, [], describeWatch(watch));
    assert.deepEqual(watch.foreign, [], describeWatch(watch));
  });

  it('some progress bar moves within 30 s, without a reload', async (t) => {
    if (!table) {
      table = await openPage(browser);
      await table.page.goto(`${gw.origin}/dashboard/tasks`);
      await tableLoaded(table.page);
    }
    const { page, watch } = table;
    const marker = await markWindow(page);
    const { seen: before } = await scrollThroughRows(page);
    // Rows off screen are not rendered: the check moves the view on a screen each time it finds nothing.
    const handle = await page.waitForFunction(
      ({ before, s }) => {
        const g = globalThis as any;
        const doc = g.document;
        const table = doc.querySelector(s.table);
        for (const row of table.querySelectorAll(s.row)) {
          const id = row.getAttribute('data-task-id');
          const now = row.querySelector('[data-testid="progress-bar"]')?.getAttribute('data-percent') ?? '';
          if (id in before && before[id] !== now) return { id, from: before[id], to: now };
        }
        const scrollable = (el: any) => el && el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(g.getComputedStyle(el).overflowY);
        let el = table.querySelector(s.row)?.parentElement ?? table;
        while (el && !scrollable(el)) el = el.parentElement;
        const scroller = el ?? doc.scrollingElement;
        const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
        scroller.scrollTop = atEnd ? 0 : scroller.scrollTop + Math.floor(scroller.clientHeight * 0.8);
        return false;
      },
      { before, s: { table: sel.table, row: sel.row } },
      { timeout: LIVE_MS, polling: 250 },
    );
    const moved = (await handle.jsonValue()) as { id: string; from: string; to: string };
    t.diagnostic(`progress of ${moved.id}: ${moved.from || '(none)'} -> ${moved.to || '(none)'}`);
    assert.notEqual(moved.to, moved.from);
    await assertNoReload(page, marker);
    assert.deepEqual(watch.problems, [], describeWatch(watch));
  });

  it('starting a task from its page changes its state in the table', async () => {
    const { nodes } = await allTasks(gw.graphqlUrl);
    const task = nodes.find((n) => n.availableActions.includes('START') && n.state === 'PENDING') ?? nodes.find((n) => n.availableActions.includes('START'));
    assert.ok(task, 'the embedded default has a task that can be started');
    const { context, page, watch } = await openPage(browser);
    try {
      await page.goto(`${gw.origin}/dashboard/tasks`);
      await tableLoaded(page);
      const marker = await markWindow(page);
      // Find its row through the name filter (a virtual list renders only the rows on screen).
      await page.fill('input[data-testid="filter-name"]', task.name);
      const row = page.locator(sel.rowOf(task.id));
      await row.waitFor();
      const stateBefore = await row.getAttribute('data-state');
      assert.equal(stateBefore, task.state, 'the row shows the task state');
      await row.locator('a[data-testid="task-link"]').click();
      const taskPage = page.locator(`${sel.taskPage}[data-task-id="${task.id}"]`);
      await taskPage.waitFor();
      await page.locator('button[data-testid="action-START"]').click();
      // START is not destructive, but if the page asks, confirm.
      const outcome = await page.waitForFunction(
        (was) => {
          const doc = (globalThis as any).document;
          if (doc.querySelector('[data-testid="confirm-dialog"]')) return 'dialog';
          const err = doc.querySelector('[data-testid="action-error"]');
          if (err) return `error: ${err.textContent}`;
          const state = (doc.querySelector('[data-testid="task-state"]')?.textContent ?? '').trim();
          return state && state !== was ? 'changed' : false;
        },
        stateBefore,
        { timeout: LIVE_MS, polling: 100 },
      );
      const first = String(await outcome.jsonValue());
      if (first === 'dialog') await page.click('button[data-testid="confirm-yes"]');
      else assert.equal(first, 'changed', 'the start was accepted');
      await page.screenshot({ path: artefact('dashboard-task.png'), fullPage: true });
      // Back to the table by its link: client-side navigation, no reload.
      await page.click('[data-testid="nav-tasks"]');
      await page.locator(sel.table).waitFor();
      await assertNoReload(page, marker);
      const nameFilter = page.locator('input[data-testid="filter-name"]');
      if ((await nameFilter.inputValue()) !== task.name) await nameFilter.fill(task.name);
      await row.waitFor();
      await page.waitForFunction(
        ({ s, was }) => {
          const r = (globalThis as any).document.querySelector(s);
          return r && r.getAttribute('data-state') !== was;
        },
        { s: sel.rowOf(task.id), was: stateBefore },
        { timeout: LIVE_MS, polling: 100 },
      );
      const stateAfter = await row.getAttribute('data-state');
      assert.notEqual(stateAfter, stateBefore, `the row left ${stateBefore} (now ${stateAfter})`);
      await assertNoReload(page, marker);
      assert.deepEqual(watch.problems, [], describeWatch(watch));
      assert.deepEqual(watch.foreign, [], describeWatch(watch));
    } finally {
      await context.close();
    }
  });

  it('performance (reported): first render of the table at 300 and 3,000 tasks, main-thread time per 100 updates', async (t) => {
    const measure = async (g: DashboardGateway, label: string) => {
      const { totalCount } = await allTasks(g.graphqlUrl);
      const runs: number[] = [];
      let perUpdate: Awaited<ReturnType<typeof mainThreadPer100Updates>> | undefined;
      for (let i = 0; i < 3; i++) {
        const { context, page } = await openPage(browser);
        try {
          await page.goto(`${g.origin}/dashboard/tasks`);
          const ms = await tableRenderedMs(page);
          assert.equal(await tableLoaded(page), totalCount, `${label}: every task loaded when the table is marked rendered`);
          assert.ok(ms > 0, `${label}: the mark follows navigation start`);
          runs.push(ms);
          if (i === 2) perUpdate = await mainThreadPer100Updates(page, t, label, totalCount);
        } finally {
          await context.close();
        }
      }
      const sorted = [...runs].sort((a, b) => a - b);
      t.diagnostic(`${label}: ${totalCount} tasks, first render of the table ${runs.map((r) => r.toFixed(0)).join(' / ')} ms (median ${sorted[1]!.toFixed(0)} ms, fresh context each)`);
      return { tasks: totalCount, tableRenderedMs: runs, medianMs: sorted[1], mainThreadPer100Updates: perUpdate };
    };
    perf.embeddedDefault = await measure(gw, 'scale 100');
    writePerf();
    const big = await startDashboardGateway({ demo: { scale: 1000 } });
    try {
      perf.scale1000 = await measure(big, 'scale 1000');
    } finally {
      await big.close();
    }
    writePerf();
  });
});

describe('dashboard in headless Chromium (API keys)', { skip: SKIP, timeout: 120_000 }, () => {
  let browser: Browser;
  let gw: DashboardGateway;
  let target: TaskRow;

  before(async () => {
    const executable = requireChromium();
    requireWebBuild();
    browser = await launchChromium(executable);
    gw = await startDashboardGateway({
      demo: { scale: 10 },
      auth: {
        apiKeys: [
          { id: 'browser-viewer', key: VIEWER_KEY, scopes: ['migration:read'], accounts: ['*'] },
          { id: 'browser-operator', key: OPERATOR_KEY, scopes: ['migration:read', 'migration:operate'], accounts: ['*'] },
        ],
      },
    });
    const { nodes } = await allTasks(gw.graphqlUrl, OPERATOR_KEY);
    // A task the operator may act on (START, STOP or RESTART need migration:operate); a PENDING one
    // stays so while the test runs (a running one may move on to a state with other actions).
    const operate = (n: TaskRow) => n.availableActions.some((a) => a === 'START' || a === 'STOP' || a === 'RESTART');
    const found = nodes.find((n) => operate(n) && n.state === 'PENDING') ?? nodes.find(operate);
    assert.ok(found, 'a task with an operate-scope action');
    target = found;
  });
  after(async () => {
    await browser?.close();
    await gw?.close();
  });

  /** Signs in with `credential` from the table page, then opens the target task's page and waits until it shows its state. */
  async function taskPageAs(page: Page, watch: PageWatch, credential: string): Promise<void> {
    await page.goto(`${gw.origin}/dashboard/tasks`);
    const input = page.locator('input[data-testid="credential-input"]');
    // The form shows itself when a query answers UNAUTHENTICATED; the header link opens it too.
    await Promise.race([input.waitFor(), page.locator('[data-testid="signin"]').waitFor()]);
    if (!(await input.isVisible())) await page.click('[data-testid="signin"]');
    await input.fill(credential);
    await page.click('button[data-testid="credential-save"]');
    const total = await tableLoaded(page, true);
    assert.ok(total > 0, 'the table shows tasks once signed in');
    await page.fill('input[data-testid="filter-name"]', target.name);
    await page.locator(`${sel.rowOf(target.id)} a[data-testid="task-link"]`).click();
    await page.locator(`${sel.taskPage}[data-task-id="${target.id}"]`).waitFor();
    await page.waitForFunction(() => ((globalThis as any).document.querySelector('[data-testid="task-state"]')?.textContent ?? '').trim() !== '', undefined, { polling: 100 });
    // Every query answered (the task and the principal's scopes) and rendered: only then does "no button" mean something.
    await settled(page, watch);
  }

  it('a viewer key sees the tasks but no action button; an operator key sees them', async () => {
    const viewer = await openPage(browser);
    try {
      await taskPageAs(viewer.page, viewer.watch, VIEWER_KEY);
      assert.equal(await viewer.page.locator(sel.actions).count(), 0, 'no action button for migration:read only');
      assert.equal(await viewer.page.evaluate(() => (globalThis as any).sessionStorage.getItem('migraph.credential')), VIEWER_KEY, 'kept in sessionStorage');
    } finally {
      await viewer.context.close();
    }
    const operator = await openPage(browser);
    try {
      await taskPageAs(operator.page, operator.watch, OPERATOR_KEY);
      await operator.page.locator(sel.actions).first().waitFor();
      const shown = await operator.page.locator(sel.actions).evaluateAll((els) => els.map((e: any) => e.getAttribute('data-testid')));
      const operate = target.availableActions.filter((a) => a === 'START' || a === 'STOP' || a === 'RESTART').map((a) => `action-${a}`);
      assert.ok(
        operate.some((a) => shown.includes(a)),
        `the operator sees an operate action of ${target.availableActions.join(', ')} (shown: ${shown.join(', ')})`,
      );
      assert.ok(!shown.includes('action-CUTOVER') && !shown.includes('action-DELETE'), 'no admin action for an operator');
    } finally {
      await operator.context.close();
    }
  });
});
