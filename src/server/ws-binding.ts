/**
 * The graphql-ws binding for `ws`, after graphql-ws's own `use/ws` (its core, `makeServer`, does
 * the protocol), with these differences:
 * - every socket and handler error is logged through pino (the stock binding writes to the console),
 *   and keep-alive pings terminate sockets that stop answering;
 * - a subscription result shared by many subscribers is spliced into each message as the JSON text
 *   serialised once (subscriptions.ts `spliceShared`);
 * - one write per connection per burst: the messages sent in one turn of the event loop (the events
 *   of one poll for every subscription of the connection) are corked and leave in one write
 *   (`Bursts`). A send resolves at once while the socket's buffer is under `SEND_HIGH_WATER_BYTES`,
 *   so a subscription hands over all its pending events in the same burst; over it, it waits for
 *   its write, and the hub's latest-value iterator keeps only the newest undelivered event per task
 *   (a slow consumer never builds a queue).
 */
import type http from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../core/model.js';
import { Bursts } from './bursts.js';
import { spliceShared } from './subscriptions.js';

/** Buffered bytes of a socket under which a send does not wait for its write. */
export const SEND_HIGH_WATER_BYTES = 1 << 20;

const bursts = new Bursts();
const resolved = Promise.resolve();
const ignore = () => {};

export interface WsExtra {
  readonly socket: WebSocket;
  readonly request: http.IncomingMessage;
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
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          const text = spliceShared(data);
          if (socket.readyState !== socket.OPEN) return resolved;
          bursts.hold(request.socket);
          if (socket.bufferedAmount < SEND_HIGH_WATER_BYTES) {
            // A failed write closes the socket (its 'close' ends every operation).
            socket.send(text, ignore);
            return resolved;
          }
          return new Promise<void>((resolve, reject) => socket.send(text, (err) => (err ? reject(err) : resolve())));
        },
        close: (code, why) => socket.close(code, why),
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
      { socket, request } as WsExtra & Partial<E>,
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
