/**
 * An in-process TCP proxy that a test can cut and restore, to fail a dependency (Redis) on cue.
 *
 * - `cut('refuse')`: every open connection is destroyed (the client sees a reset) and new ones are
 *   closed as soon as they arrive (like a server that went away).
 * - `cut('blackhole')`: open connections stay open but nothing passes any more, either way, and new
 *   ones are accepted and then ignored (like a network partition: no reset, no answer).
 * - `restore()`: held connections are destroyed (their streams lost bytes) and new ones pass again.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export type CutMode = 'refuse' | 'blackhole';

export class TcpProxy {
  private mode: 'open' | CutMode = 'open';
  private readonly piped = new Set<{ client: net.Socket; upstream: net.Socket; drop: () => void }>();
  private readonly held = new Set<net.Socket>();
  /** Connections accepted since start (for assertions that a client reconnected). */
  accepted = 0;

  private constructor(
    private readonly server: net.Server,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const server = net.createServer();
    const proxy = new TcpProxy(server, target);
    server.on('connection', (socket: net.Socket) => proxy.onConnection(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `redis://127.0.0.1:<port>` */
  get redisUrl(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get isCut(): boolean {
    return this.mode !== 'open';
  }

  cut(mode: CutMode = 'refuse'): void {
    this.mode = mode;
    for (const pair of this.piped) {
      if (mode === 'refuse') {
        pair.client.destroy();
        pair.upstream.destroy();
      } else {
        pair.client.off('close', pair.drop);
        pair.upstream.off('close', pair.drop);
        pair.upstream.off('error', pair.drop);
        pair.upstream.on('error', () => {});
        pair.client.unpipe(pair.upstream);
        pair.upstream.unpipe(pair.client);
        pair.upstream.destroy();
        this.hold(pair.client);
      }
    }
    this.piped.clear();
  }

  restore(): void {
    this.mode = 'open';
    for (const socket of this.held) socket.destroy();
    this.held.clear();
  }

  async close(): Promise<void> {
    this.cut('refuse');
    this.restore();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onConnection(client: net.Socket): void {
    this.accepted++;
    client.on('error', () => client.destroy());
    if (this.mode === 'refuse') {
      client.destroy();
      return;
    }
    if (this.mode === 'blackhole') {
      this.hold(client);
      return;
    }
    const upstream = net.connect(this.target);
    const drop = () => {
      this.piped.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    const pair = { client, upstream, drop };
    this.piped.add(pair);
    upstream.on('error', drop);
    upstream.on('close', drop);
    client.on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Keeps a socket open and swallows whatever it sends. */
  private hold(socket: net.Socket): void {
    this.held.add(socket);
    socket.on('data', () => {});
    socket.resume();
    socket.once('close', () => this.held.delete(socket));
  }
}
