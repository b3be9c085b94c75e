/**
 * An in-memory MigrationProvider for testing the domain and GraphQL layers without any vendor
 * (test code only: the product has no fake provider). Calls are counted, and failures can be armed.
 */
import { GatewayError, unsupported } from '../../src/core/errors.js';
import { pageOf } from '../../src/core/list.js';
import { EMPTY_PROGRESS, SourceState, TERMINAL_TASK_STATES, TaskAction, TaskState, type ListPage, type ListQuery, type MigrationProject, type Progress, type Source, type Task, type Template } from '../../src/core/model.js';
import type { AccountConfig } from '../../adapters/module.js';
import type { CallContext, CreateTaskInput, DeleteTaskOutcome, MigrationProvider } from '../../adapters/port.js';
import { encodeId } from '../../src/domain/ids.js';

export class FakeProvider implements MigrationProvider {
  readonly provider;
  readonly accountId: string;
  readonly regions: readonly string[];
  readonly capabilities = { entities: ['Source', 'Task', 'Template', 'MigrationProject'] as const, maxBatchSize: 50, maxPageSize: 100 };
  readonly extension = null;
  sources: Source[] = [];
  tasks: Task[] = [];
  templates: Template[] = [];
  calls: Record<string, number> = {};
  /** When set, every call throws it. */
  failWith: GatewayError | null = null;

  constructor(config: AccountConfig) {
    this.provider = config.provider;
    this.accountId = config.id;
    this.regions = config.regions;
  }

  private count(name: string): void {
    this.calls[name] = (this.calls[name] ?? 0) + 1;
    if (this.failWith) throw this.failWith;
  }

  totalCalls(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0);
  }

  addSource(region: string, n: number, patch: Partial<Source> = {}): Source {
    const s: Source = {
      provider: this.provider,
      accountId: this.accountId,
      region,
      nativeId: `src-${n}`,
      name: `source-${String(n).padStart(3, '0')}`,
      ip: `10.0.0.${n % 250}`,
      osType: 'LINUX',
      osVersion: 'Ubuntu 22.04',
      cpuCores: 4,
      memoryBytes: 8 * 2 ** 30,
      disks: [],
      agentConnected: true,
      agentLastSeenAt: null,
      state: SourceState.AVAILABLE,
      nativeState: 'available',
      currentTaskId: null,
      createdAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
      updatedAt: null,
      stateChangedAt: null,
      tags: [],
      details: null,
      ...patch,
    };
    this.sources.push(s);
    return s;
  }

  addTask(region: string, n: number, patch: Partial<Task> = {}): Task {
    const t: Task = {
      provider: this.provider,
      accountId: this.accountId,
      region,
      nativeId: `task-${n}`,
      name: `task-${String(n).padStart(3, '0')}`,
      type: 'MIGRATE_BLOCK',
      state: TaskState.REPLICATING,
      nativeState: 'RUNNING',
      progress: { ...EMPTY_PROGRESS, percent: 0 },
      sourceId: null,
      target: null,
      templateId: null,
      projectId: null,
      createdAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
      startedAt: null,
      finishedAt: null,
      lastSyncedAt: null,
      updatedAt: null,
      stateChangedAt: null,
      error: null,
      bandwidthLimitMbps: null,
      tags: [],
      details: null,
      ...patch,
    };
    this.tasks.push(t);
    return t;
  }

  /**
   * The whole region's list as one "vendor page", kept in the caller's page store (ctx.pages) like a
   * real adapter's pages: a call is counted only when the list is really read.
   */
  private async listed<T>(name: string, region: string, items: () => T[], ctx?: CallContext): Promise<T[]> {
    const load = async () => {
      this.count(name);
      return items();
    };
    return ctx?.pages ? ctx.pages.page(`${name}\u0000${region}`, load) : load();
  }
  async listSources(q: ListQuery, ctx?: CallContext): Promise<ListPage<Source>> {
    return pageOf(await this.listed('listSources', q.region, () => this.sources.filter((s) => s.region === q.region), ctx), q);
  }
  async getSources(region: string, ids: readonly string[]): Promise<(Source | null)[]> {
    this.count('getSources');
    return ids.map((id) => this.sources.find((s) => s.region === region && s.nativeId === id) ?? null);
  }
  async updateSource(region: string, id: string, input: { name?: string | null }): Promise<Source> {
    this.count('updateSource');
    const s = this.sources.find((x) => x.region === region && x.nativeId === id);
    if (!s) throw new GatewayError('NOT_FOUND', `source ${id} not found`, { provider: this.provider, account: this.accountId, providerCode: 'FAKE.404' });
    if (input.name) s.name = input.name;
    return s;
  }
  /** Not atomic: a source that does not exist is NOT_FOUND (FAKE.404), the others are deleted. */
  async deleteSources(region: string, ids: readonly string[]): Promise<DeleteTaskOutcome[]> {
    this.count('deleteSources');
    const outcomes = [...new Set(ids)].map((id): DeleteTaskOutcome => {
      if (this.sources.some((s) => s.region === region && s.nativeId === id)) return { id, deleted: true };
      return { id, deleted: false, error: new GatewayError('NOT_FOUND', `source ${id} not found`, { provider: this.provider, account: this.accountId, providerCode: 'FAKE.404' }) };
    });
    this.sources = this.sources.filter((s) => !(s.region === region && ids.includes(s.nativeId)));
    return outcomes;
  }
  async listTasks(q: ListQuery, ctx?: CallContext): Promise<ListPage<Task>> {
    return pageOf(await this.listed('listTasks', q.region, () => this.tasks.filter((t) => t.region === q.region), ctx), q);
  }
  async getTasks(region: string, ids: readonly string[]): Promise<(Task | null)[]> {
    this.count('getTasks');
    return ids.map((id) => this.tasks.find((t) => t.region === region && t.nativeId === id) ?? null).map((t) => (t ? structuredClone(t) : null));
  }
  async createTask(input: CreateTaskInput): Promise<Task> {
    this.count('createTask');
    if (!this.sources.some((s) => s.nativeId === input.sourceId)) {
      throw new GatewayError('NOT_FOUND', `source ${input.sourceId} not found`, { provider: this.provider, account: this.accountId, providerCode: 'FAKE.404' });
    }
    return this.addTask(input.region, 1000 + this.tasks.length, { name: input.name, sourceId: input.sourceId, state: TaskState.PENDING, nativeState: 'READY' });
  }
  async updateTask(region: string, id: string, input: { name?: string | null }): Promise<Task> {
    this.count('updateTask');
    const t = this.tasks.find((x) => x.region === region && x.nativeId === id);
    if (!t) throw new GatewayError('NOT_FOUND', `task ${id} not found`, { provider: this.provider, account: this.accountId });
    if (input.name) t.name = input.name;
    return t;
  }
  /** Not atomic, like Alibaba and UCloudStack: a task that does not exist is NOT_FOUND (FAKE.404), the others are deleted. */
  async deleteTasks(region: string, ids: readonly string[]): Promise<DeleteTaskOutcome[]> {
    this.count('deleteTasks');
    const outcomes = [...new Set(ids)].map((id): DeleteTaskOutcome => {
      if (this.tasks.some((t) => t.region === region && t.nativeId === id)) return { id, deleted: true };
      return { id, deleted: false, error: new GatewayError('NOT_FOUND', `task ${id} not found`, { provider: this.provider, account: this.accountId, providerCode: 'FAKE.404' }) };
    });
    this.tasks = this.tasks.filter((t) => !(t.region === region && ids.includes(t.nativeId)));
    return outcomes;
  }
  async runTaskAction(region: string, id: string, action: TaskAction): Promise<Task> {
    this.count('runTaskAction');
    const t = this.tasks.find((x) => x.region === region && x.nativeId === id);
    if (!t) throw new GatewayError('NOT_FOUND', `task ${id} not found`, { provider: this.provider, account: this.accountId });
    if (action === TaskAction.CUTOVER) throw unsupported(this.provider, 'CUTOVER');
    if (action === TaskAction.START) {
      if (t.state === TaskState.REPLICATING) {
        throw new GatewayError('CONFLICT', 'task is already running', { provider: this.provider, account: this.accountId, providerCode: 'FAKE.409' });
      }
      t.state = TaskState.REPLICATING;
      t.nativeState = 'RUNNING';
    }
    return t;
  }
  availableActions(task: Task): TaskAction[] {
    if (TERMINAL_TASK_STATES.has(task.state)) return [TaskAction.DELETE];
    return task.state === TaskState.REPLICATING ? [TaskAction.STOP] : [TaskAction.START, TaskAction.DELETE];
  }
  async listTemplates(q: ListQuery, ctx?: CallContext): Promise<ListPage<Template>> {
    return pageOf(await this.listed('listTemplates', q.region, () => this.templates.filter((t) => t.region === q.region), ctx), q);
  }
  async getTemplates(region: string, ids: readonly string[]): Promise<(Template | null)[]> {
    this.count('getTemplates');
    return ids.map((id) => this.templates.find((t) => t.region === region && t.nativeId === id) ?? null);
  }
  async listProjects(_q: ListQuery): Promise<ListPage<MigrationProject>> {
    this.count('listProjects');
    return { items: [], totalCount: 0 };
  }
  async getProjects(_region: string, ids: readonly string[]): Promise<(MigrationProject | null)[]> {
    this.count('getProjects');
    return ids.map(() => null);
  }
  async close(): Promise<void> {}
}

/** Accounts + a factory that hands out FakeProviders, keeping them for the test to inspect. */
export function fakeAccounts(specs: { id: string; provider: AccountConfig['provider']; regions: string[] }[]) {
  const accounts: AccountConfig[] = specs.map((s) => ({ ...s, endpoint: 'http://127.0.0.1:1', credentials: {} }));
  const providers = new Map<string, FakeProvider>();
  const factory = (config: AccountConfig) => {
    const p = new FakeProvider(config);
    providers.set(config.id, p);
    return p;
  };
  return { accounts, providers, factory };
}

/** A MIGRATE progress at `percent` of 100 bytes, for fake tasks whose percent is what a test moves. */
export function percentProgress(percent: number): Progress {
  return { percent, transferredBytes: percent, totalBytes: 100, speed: 1, remainingSeconds: 100 - percent, estimatedCompletionAt: null, phase: 'MIGRATE', steps: [] };
}

/** The global id of fake task `task-<n>` of account `hw`, region `r1` (the progress tests' fixture). */
export function fakeTaskId(n: number): string {
  return encodeId('Task', { provider: 'huawei-sms', accountId: 'hw', region: 'r1', nativeId: `task-${n}` });
}
