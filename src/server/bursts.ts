/**
 * One write per connection per burst (WebSocket and SSE): the messages written to a socket in one
 * turn of the event loop (the events of one poll, for every subscription of the connection) are
 * corked and leave in one writev.
 */
import type { Duplex } from 'node:stream';

/**
 * Corks a socket on its first write of an event-loop turn and uncorks every corked socket once,
 * after the turn's microtasks and I/O callbacks (setImmediate): what was written meanwhile leaves
 * in one writev.
 */
export class Bursts {
  private readonly corked = new Set<Duplex>();
  private scheduled = false;

  hold(socket: Duplex): void {
    if (this.corked.has(socket)) return;
    socket.cork();
    this.corked.add(socket);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    const sockets = [...this.corked];
    this.corked.clear();
    for (const socket of sockets) socket.uncork();
  };
}

