/**
 * The graphql-ws binding for `ws`, after graphql-ws's own `use/ws` (its core, `makeServer`, does
 * the protocol), with two differences: every socket and handler error is logged through pino (the
 * stock binding writes to the console), and keep-alive pings terminate sockets that stop answering.
 */
import type http from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../core/model.js';

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
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (err) => (err ? reject(err) : resolve()));
          }),
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
