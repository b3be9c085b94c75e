/**
 * One write per connection per burst (WebSocket and SSE): what is written to a connection in one
 * turn of the event loop (the events of one poll, for every subscription of the connection) leaves
 * in one write, after the turn's microtasks and I/O callbacks (setImmediate).
 */
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';

export class Bursts {
  private readonly flushes = new Set<() => void>();
  private readonly corked = new Set<Duplex>();
  private scheduled = false;

  /** Runs `flush` once at the end of this turn (held twice in one turn, it still runs once). */
  defer(flush: () => void): void {
    this.flushes.add(flush);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.run);
    }
  }

  /** Corks the socket until the end of this turn: what is written meanwhile leaves in one writev. */
  hold(socket: Duplex): void {
    if (this.corked.has(socket)) return;
    socket.cork();
    this.corked.add(socket);
    this.defer(this.uncork);
  }

  private readonly uncork = (): void => {
    const sockets = [...this.corked];
    this.corked.clear();
    for (const socket of sockets) socket.uncork();
  };

  private readonly run = (): void => {
    this.scheduled = false;
    const flushes = [...this.flushes];
    this.flushes.clear();
    for (const flush of flushes) flush();
  };
}

/** The process's burst scheduler (one setImmediate per turn for every connection). */
export const bursts = new Bursts();

/**
 * Slices long bursts of sending: 10,000 subscribers of one poll's events would otherwise hold the
 * event loop for hundreds of milliseconds at once (polls, pings and new connections wait behind
 * them). The first check of a turn starts a slice; once it has lasted `sliceMs`, `check()` answers
 * a promise of a later turn (one for every waiting sender), after the turn's writes have left.
 */
export class TurnSlices {
  private started = -1;
  private later: Promise<void> | null = null;

  constructor(
    private readonly sliceMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** null while this turn's slice lasts; else a promise resolved in a later turn. */
  check(): Promise<void> | null {
    const now = this.now();
    if (this.started < 0) {
      this.started = now;
      setImmediate(this.end);
      return null;
    }
    if (now - this.started < this.sliceMs) return null;
    return (this.later ??= new Promise<void>((resolve) => setImmediate(() => {
      this.later = null;
      resolve();
    })));
  }

  private readonly end = (): void => {
    this.started = -1;
  };
}

/** The process's send slices (50 ms): WebSocket pumps check it before each message. */
export const sendSlices = new TurnSlices(50);

const CLOSE_BRACE = 0x7d;

/**
 * WebSocket text frames (server to client: unmasked, FIN, opcode 1) in one buffer, for messages
 * given as `parts` pairs (prefix, payload) each standing for `prefix + payload + "}"` (a graphql-ws
 * `next`: the subscription's `{"id":…,"type":"next","payload":` and the shared result's bytes):
 * one allocation and one socket write for a whole burst, the shared payload's bytes copied, not
 * encoded again per subscriber.
 */
export function textFrames(parts: readonly Buffer[]): Buffer {
  let total = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const n = parts[i]!.length + parts[i + 1]!.length + 1;
    total += n + (n < 126 ? 2 : n < 65_536 ? 4 : 10);
  }
  const buf = Buffer.allocUnsafe(total);
  let o = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const prefix = parts[i]!;
    const payload = parts[i + 1]!;
    const n = prefix.length + payload.length + 1;
    buf[o++] = 0x81;
    if (n < 126) {
      buf[o++] = n;
    } else if (n < 65_536) {
      buf[o++] = 126;
      buf.writeUInt16BE(n, o);
      o += 2;
    } else {
      buf[o++] = 127;
      buf.writeUInt32BE(Math.floor(n / 2 ** 32), o);
      buf.writeUInt32BE(n >>> 0, o + 4);
      o += 8;
    }
    buf.set(prefix, o);
    o += prefix.length;
    buf.set(payload, o);
    o += payload.length;
    buf[o++] = CLOSE_BRACE;
  }
  return buf;
}
