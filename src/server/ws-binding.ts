/**
 * The graphql-ws binding for `ws`, after graphql-ws's own `use/ws` (its core, `makeServer`, does
 * the protocol), with these differences:
 * - every socket and handler error is logged through pino (the stock binding writes to the console),
 *   and keep-alive pings terminate sockets that stop answering;
 * - `extra.write`: a message written straight to the connection (websocket.ts pumps shared
 *   subscription results through it, subscriptions.ts);
 * - one write per connection per burst: the messages written in one turn of the event loop (the
 *   events of one poll for every subscription of the connection) are framed into one buffer and
 *   leave in one socket write at the end of the turn (bursts.ts). Any other message graphql-ws
 *   sends (ack, complete, error, a query's result) first flushes the burst, so order holds. A
 *   write answers at once while the socket's buffer is under `SEND_HIGH_WATER_BYTES`, so a
 *   subscription hands over all its pending events in the same burst; over it, it waits for the
 *   write, and the hub's latest-value iterator keeps only the newest undelivered event per task
 *   (a slow consumer never builds a queue). The frames are plain text frames: the server does
 *   not compress (`perMessageDeflate` off, the `ws` default), so `ws` has no frame of its own
 *   in flight when the burst is written.
 */
import type http from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../core/model.js';
import { bursts, textFrames } from './bursts.js';

/** Buffered bytes of a socket under which a send does not wait for its write. */
export const SEND_HIGH_WATER_BYTES = 1 << 20;

export interface WsExtra {
  readonly socket: WebSocket;
  readonly request: http.IncomingMessage;
  /**
   * Writes the message `prefix + payload + "}"` (a graphql-ws `next`) in the connection's current
   * burst: null when the next may follow at once, a promise of the write when the socket holds
   * `SEND_HIGH_WATER_BYTES` or more.
   */
  readonly write: (prefix: Buffer, payload: Buffer) => Promise<void> | null;
}

const reason = (isProd: boolean, e: unknown) => (isProd ? 'Internal server error' : String(e instanceof Error ? e.message : e).slice(0, 120));

export function bindGraphqlWs<E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<Record<string, unknown>, WsExtra & Partial<E>>,
  wss: WebSocketServer,
  logger: Logger,
  keepAliveMs = 12_000,
): { dispose(): Promise<void> } {
  const isProd = process.env.NODE_ENV === 'production';
  const server = makeServer(options);
  wss.options.handleProtocols = handleProtocols;
  wss.on('error', (err) => logger.error({ err: err.message }, 'websocket server error'));
  wss.on('connection', (socket: WebSocket, request: http.IncomingMessage) => {
    socket.once('error', (err) => {
      // e.g. a message over maxPayload: ws has already chosen the close code (1009).
      logger.warn({ err: err.message, code: (err as NodeJS.ErrnoException).code }, 'websocket socket error');
      if (socket.readyState === socket.OPEN) socket.close(CloseCode.InternalServerError, reason(isProd, err));
    });
    let pongWait: NodeJS.Timeout | null = null;
    const ping =
      keepAliveMs > 0
        ? setInterval(() => {
            if (socket.readyState !== socket.OPEN) return;
            pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
            socket.once('pong', () => {
              if (pongWait) clearTimeout(pongWait);
              pongWait = null;
            });
            socket.ping();
          }, keepAliveMs)
        : null;
    let burst: Buffer[] = [];
    let burstBytes = 0;
    const flush = (): Promise<void> | null => {
      if (burst.length === 0) return null;
      const frames = textFrames(burst);
      burst = [];
      burstBytes = 0;
      if (socket.readyState !== socket.OPEN) return null;
      // A failed write closes the socket (its 'close' ends every operation).
      return new Promise<void>((resolve) => request.socket.write(frames, () => resolve()));
    };
    const write = (prefix: Buffer, payload: Buffer): Promise<void> | null => {
      if (socket.readyState !== socket.OPEN) return null;
      if (burst.length === 0) bursts.defer(flush);
      burst.push(prefix, payload);
      burstBytes += prefix.length + payload.length + 1;
      return socket.bufferedAmount + burstBytes < SEND_HIGH_WATER_BYTES ? null : flush();
    };
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            void flush();
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (err) => (err ? reject(err) : resolve()));
          }),
        close: (code, why) => {
          void flush();
          socket.close(code, why);
        },
        onMessage: (cb) =>
          socket.on('message', async (data) => {
            try {
              await cb(String(data));
            } catch (err) {
              logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'websocket message handling failed');
              socket.close(CloseCode.InternalServerError, reason(isProd, err));
            }
          }),
      },
      { socket, request, write } as WsExtra & Partial<E>,
    );
    socket.once('close', (code, why) => {
      if (pongWait) clearTimeout(pongWait);
      if (ping) clearInterval(ping);
      void closed(code, String(why));
    });
  });
  return {
    async dispose() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
