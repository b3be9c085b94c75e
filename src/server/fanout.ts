/**
 * Fan-out once per selection (graphql-ws): subscribers whose responses are equal by construction
 * (the same selection key: document, operation name and variables; and the same principal scope:
 * scopes and visible accounts, so the same events reach them) share ONE group: one source
 * iterator (one hub sink, one latest-value buffer), one pump, one serialisation per event. Per
 * event, the pump takes the shared payload's bytes once and, in a tight loop, appends
 * `{"id":…,"type":"next","payload":` + bytes + `}` to each member's connection burst
 * (ws-binding.ts). A member is (connection write, prefix) and a slot in the group's array.
 *
 * - Joining: every subscription still opens its own source stream first (graphql-js
 *   `createSourceEventStream`: argument checks, authorization, the hub's current state of each
 *   task). The first one becomes the group's source; a later one hands the events it already
 *   holds (its snapshot) to its member, then closes its stream and follows the group's. The
 *   group's events it already got from its own stream are skipped (by identity: the hub hands
 *   every sink the same event objects) until the group's source has nothing pending.
 * - Slow consumers: a write answers a promise when the connection holds more than the high-water
 *   mark (ws-binding.ts); the member is then lagging: it records which tasks it missed, the group
 *   keeps the newest result per task while any member lags, and on drain the member gets the
 *   newest result of each missed task, never the backlog. Nobody else waits for it.
 * - Leaving (client `complete`, socket closed) is O(1): swap-remove from the group's array; the
 *   empty group closes its source and leaves the registry. When the source ends (a final event),
 *   every member ends after its pending results, and graphql-ws sends `complete`.
 */
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { SendSlice, SerialisedResult, Shared, SharedResults } from './subscriptions.js';
import { isAsyncIterable, selectionKey, sourceStream } from './subscriptions.js';

/** Writes `prefix + payload + "}"` in the connection's burst: null, or a promise while it is congested. */
export type MemberWrite = (prefix: Buffer, payload: Buffer) => Promise<void> | null;

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

type Source = AsyncIterator<unknown> & { takePending?: () => unknown };

/** A subscription whose source stream is open, before it joins its group (graphql-ws `onOperation`). */
export class FanoutTicket {
  constructor(
    readonly key: string,
    readonly source: Source,
    readonly resultFor: (event: unknown) => Shared,
  ) {}
}

export interface FanoutOptions {
  /** The shared results (subscriptions.ts), shared with other transports. */
  results: SharedResults;
  /** What besides the selection decides which events and data a subscriber gets (its principal's scope). */
  scopeOf(args: ExecutionArgs): string;
  /** The key of an event's task: the unit of "newest value" for lagging members. */
  keyOf(event: unknown): string;
  /** Answers a promise of a later turn once this turn's sending has lasted long enough (bursts.ts). */
  slice?: SendSlice;
  /** Called with the number of messages written per fan-out (metrics). */
  onMessages?: (count: number, result: SerialisedResult) => void;
}

/** One subscriber of a group: what graphql-ws iterates (nothing, until the member ends). */
export class FanoutMember implements AsyncIterableIterator<ExecutionResult> {
  /** The slot in the group's array (swap-remove). -1 once it left. */
  index = -1;
  /** Lagging: the tasks whose newest result it has not had yet. */
  missed: Set<string> | null = null;
  /** A joiner's own snapshot events, skipped when the group's source delivers them too. */
  seen: Set<unknown> | null = null;
  private finishing = false;
  private resolveEnd: ((r: IteratorResult<ExecutionResult>) => void) | null = null;
  private readonly ended: Promise<IteratorResult<ExecutionResult>>;

  constructor(
    readonly group: FanoutGroup,
    readonly prefix: Buffer,
    readonly write: MemberWrite,
    /** Called with a result that carries errors, before it is written (the operation's outcome). */
    private readonly onErrors?: (result: SerialisedResult) => void,
  ) {
    this.ended = new Promise((resolve) => {
      this.resolveEnd = resolve;
    });
  }

  /** Writes one result; a congested connection makes the member lag (its later events wait for the drain). */
  send(result: SerialisedResult): void {
    if (result.errors?.length) this.onErrors?.(result);
    const congested = this.write(this.prefix, result.bytes);
    if (congested) this.group.lag(this, congested);
  }

  /** Ends the iteration once nothing is pending (then graphql-ws sends `complete`). */
  finish(): void {
    this.finishing = true;
    if (this.missed === null) this.end();
  }

  get isFinishing(): boolean {
    return this.finishing;
  }

  end(): void {
    this.group.leave(this);
    this.resolveEnd?.(DONE);
    this.resolveEnd = null;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.ended;
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.end();
    return Promise.resolve(DONE);
  }

  throw(): Promise<IteratorResult<ExecutionResult>> {
    return this.return();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }
}

/** The subscribers of one (selection, scope): one source, one pump. */
export class FanoutGroup {
  readonly members: FanoutMember[] = [];
  /** The newest result per task, kept while any member lags. */
  private readonly latest = new Map<string, SerialisedResult>();
  private lagging = 0;
  private closed = false;
  /** The source ended: members end once their pending results are out. */
  finished = false;
  private pumping: Promise<void> | null = null;

  constructor(
    private readonly fanout: SelectionFanout,
    readonly key: string,
    private readonly source: Source,
    private readonly resultFor: (event: unknown) => Shared,
  ) {}

  get size(): number {
    return this.members.length;
  }

  add(member: FanoutMember): void {
    member.index = this.members.push(member) - 1;
    this.pumping ??= this.pump();
  }

  /** O(1): the last member takes the slot. The empty group closes its source. */
  leave(member: FanoutMember): void {
    const i = member.index;
    if (i < 0) return;
    member.index = -1;
    if (member.missed) {
      member.missed = null;
      this.settleLag();
    }
    const last = this.members.pop()!;
    if (last !== member) {
      this.members[i] = last;
      last.index = i;
    }
    if (this.members.length === 0) this.close();
  }

  /** The member's connection is congested: it misses events until the write leaves, then gets the newest of each. */
  lag(member: FanoutMember, drained: Promise<void>): void {
    if (member.missed === null) {
      member.missed = new Set();
      this.lagging++;
    }
    void drained.then(() => this.drain(member));
  }

  private drain(member: FanoutMember): void {
    const missed = member.missed;
    if (!missed || member.index < 0) return;
    const pending: [string, SerialisedResult][] = [];
    for (const key of missed) {
      const result = this.latest.get(key);
      if (result) pending.push([key, result]);
    }
    member.missed = null;
    this.settleLag();
    for (let k = 0; k < pending.length; k++) {
      member.send(pending[k]![1]);
      const again = member.missed as Set<string> | null;
      if (again) {
        // Congested again: what is left waits for the next drain.
        for (let j = k + 1; j < pending.length; j++) {
          const [key, result] = pending[j]!;
          again.add(key);
          if (!this.latest.has(key)) this.latest.set(key, result);
        }
        return;
      }
    }
    if (member.isFinishing) member.end();
  }

  private settleLag(): void {
    if (--this.lagging === 0) this.latest.clear();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.fanout.forget(this);
    void this.source.return?.();
  }

  /** Writes one event to every member (the tight loop: one shared payload, one append per member). */
  private deliver(event: unknown, result: SerialisedResult): void {
    const key = this.fanout.keyOf(event);
    if (this.lagging > 0) this.latest.set(key, result);
    const members = this.members;
    let sent = 0;
    for (let i = 0; i < members.length; i++) {
      const member = members[i]!;
      if (member.seen?.has(event)) continue;
      if (member.missed) {
        member.missed.add(key);
        continue;
      }
      member.send(result);
      sent++;
    }
    if (sent > 0) this.fanout.onMessages?.(sent, result);
  }

  private async pump(): Promise<void> {
    const pending = typeof this.source.takePending === 'function' ? this.source.takePending.bind(this.source) : null;
    try {
      for (;;) {
        const later = this.fanout.slice?.();
        if (later) await later;
        if (this.closed) return;
        let event = pending?.();
        if (event === undefined) {
          // Nothing pending: every later event is new to the joiners too.
          for (const m of this.members) m.seen = null;
          const r = await this.source.next();
          if (r.done) break;
          event = r.value;
        }
        if (this.closed) return;
        let result = this.resultFor(event);
        if (result instanceof Promise) result = await result;
        if (this.closed) return;
        this.deliver(event, result);
      }
    } catch {
      // A failed execution or source ends the group as a finished stream would.
    }
    this.finished = true;
    this.fanout.forget(this);
    for (const member of [...this.members]) member.finish();
  }

  /** A joiner's snapshot: written at once (or held as missed when its connection is congested). */
  welcome(member: FanoutMember, events: readonly unknown[], results: readonly SerialisedResult[]): void {
    member.seen = new Set(events);
    for (let k = 0; k < events.length; k++) {
      const key = this.fanout.keyOf(events[k]);
      if (member.missed) {
        // The hub's current state when it joined: the newest of that task for every lagging member.
        this.latest.set(key, results[k]!);
        member.missed.add(key);
      } else {
        member.send(results[k]!);
      }
    }
  }
}

/** The registry of groups, and graphql-ws's `subscribe` / `onOperation` halves. */
export class SelectionFanout {
  private readonly groups = new Map<string, FanoutGroup>();
  readonly keyOf: (event: unknown) => string;
  readonly slice: SendSlice | undefined;
  readonly onMessages: FanoutOptions['onMessages'];

  constructor(private readonly options: FanoutOptions) {
    this.keyOf = options.keyOf;
    this.slice = options.slice;
    this.onMessages = options.onMessages;
  }

  /** Groups alive (tests and metrics). */
  get size(): number {
    return this.groups.size;
  }

  group(key: string): FanoutGroup | undefined {
    return this.groups.get(key);
  }

  /** graphql-ws `subscribe`: the source stream opened and checked, or the errors that refuse it. */
  async subscribe(args: ExecutionArgs): Promise<FanoutTicket | ExecutionResult> {
    const stream = await sourceStream(args);
    if (!isAsyncIterable<unknown>(stream)) return stream;
    const selection = selectionKey(args);
    const key = `${selection}\u0000${this.options.scopeOf(args)}`;
    return new FanoutTicket(key, stream[Symbol.asyncIterator]() as Source, this.options.results(args, selection));
  }

  /** graphql-ws `onOperation`: the ticket's subscriber joins its group (created with the ticket's source when none is open). */
  async join(ticket: FanoutTicket, prefix: Buffer, write: MemberWrite, onErrors?: (result: SerialisedResult) => void): Promise<FanoutMember> {
    // A source that cannot hand over its pending events cannot welcome joiners: it gets a group of its own.
    const shareable = typeof ticket.source.takePending === 'function';
    const existing = shareable ? this.groups.get(ticket.key) : undefined;
    if (!existing) {
      const group = new FanoutGroup(this, ticket.key, ticket.source, ticket.resultFor);
      if (shareable) this.groups.set(ticket.key, group);
      const member = new FanoutMember(group, prefix, write, onErrors);
      group.add(member);
      return member;
    }
    // The joiner's own snapshot (the hub's current state of its tasks), then the group's events.
    const events: unknown[] = [];
    const take = ticket.source.takePending!.bind(ticket.source);
    for (let e = take(); e !== undefined; e = take()) events.push(e);
    void ticket.source.return?.();
    const member = new FanoutMember(existing, prefix, write, onErrors);
    existing.add(member);
    const shared = events.map((e) => ticket.resultFor(e));
    const results = shared.some((r) => r instanceof Promise) ? await Promise.all(shared) : (shared as SerialisedResult[]);
    if (member.index >= 0) existing.welcome(member, events, results);
    // The group's stream ended while the joiner's results were computed: it ends too.
    if (existing.finished) member.finish();
    return member;
  }

  /** Called by a group that ended or emptied. */
  forget(group: FanoutGroup): void {
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
  }
}
