/**
 * JSON answers for requests that never reach GraphQL: bodies body-parser refuses (malformed JSON,
 * too large, aborted, unsupported encoding or charset) and HTTP parse errors on the socket.
 *
 * The answer is always `application/json` in the gateway's error shape
 * (`{"errors":[{"message","extensions":{"code","retryable"}}]}`), never Express's HTML page, never a
 * stack, never the body. body-parser errors carry the raw body in `err.body` and Node's clientError
 * carries the raw packet in `err.rawPacket`: neither is logged; a log line holds the error type and
 * the status only.
 */
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../core/model.js';

interface BodyParserError {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
  limit?: unknown;
}

interface Refusal {
  status: number;
  message: string;
}

/** body-parser / raw-body error types -> status and a fixed message (never err.message: it may quote input). */
const BODY_ERRORS: Readonly<Record<string, Refusal>> = {
  'entity.parse.failed': { status: 400, message: 'malformed JSON request body' },
  'entity.too.large': { status: 413, message: 'request body too large' },
  'request.aborted': { status: 400, message: 'request aborted while reading the body' },
  'request.size.invalid': { status: 400, message: 'request body size did not match Content-Length' },
  'encoding.unsupported': { status: 415, message: 'unsupported content encoding' },
  'charset.unsupported': { status: 415, message: 'unsupported charset' },
  'parameters.too.many': { status: 413, message: 'too many parameters' },
};

export interface ErrorBody {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}): ErrorBody {
  const code = status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
  return { errors: [{ message, extensions: { code, retryable: false, ...extra } }] };
}

/** Express error-handling middleware: body-parser errors -> 4xx JSON; anything else -> 500 'internal error'. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const e = (err && typeof err === 'object' ? err : {}) as BodyParserError;
    const type = typeof e.type === 'string' ? e.type : undefined;
    const known = type ? BODY_ERRORS[type] : undefined;
    const status = known?.status ?? 500;
    const message = known?.message ?? 'internal error';
    const extra: Record<string, unknown> = {};
    if (status === 413 && type === 'entity.too.large' && typeof e.limit === 'number') extra.limit = { name: 'body', max: e.limit };
    const fields = { type: type ?? errorName(err), status, method: req.method, path: req.path };
    if (status >= 500) logger.error(fields, 'request failed before GraphQL');
    else logger.warn(fields, 'request body refused');
    if (res.headersSent) {
      // Nothing sensible can be written any more: end the exchange without echoing anything.
      res.destroy();
      return;
    }
    res.status(status);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    if (status === 413 || type === 'request.aborted') res.setHeader('connection', 'close');
    res.end(JSON.stringify(errorBody(status, message, extra)));
  };
}

/** A class name only (never a message: it may quote input). */
function errorName(err: unknown): string {
  if (err instanceof Error) return err.name;
  return typeof err;
}

const CLIENT_ERROR_STATUS: Readonly<Record<string, { status: number; reason: string; message: string }>> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', message: 'request header fields too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', message: 'request timeout' },
  HPE_TIMEOUT: { status: 408, reason: 'Request Timeout', message: 'request timeout' },
};

/**
 * `httpServer.on('clientError', clientErrorHandler(logger))`: answers HTTP parse errors with a small
 * JSON 400 (431 for oversized headers, 408 for timeouts) when the socket can still be written, and
 * logs the error code through pino (never `err.rawPacket`).
 */
export function clientErrorHandler(logger: Logger): (err: Error & { code?: string }, socket: Duplex) => void {
  return (err, socket) => {
    const code = typeof err?.code === 'string' ? err.code : 'UNKNOWN';
    if (code === 'ECONNRESET' || code === 'EPIPE') {
      logger.debug({ code }, 'client connection reset');
      socket.destroy();
      return;
    }
    const mapped = CLIENT_ERROR_STATUS[code] ?? { status: 400, reason: 'Bad Request', message: 'malformed HTTP request' };
    logger.warn({ code, status: mapped.status }, 'malformed HTTP request');
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (!socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify(errorBody(mapped.status, mapped.message));
    socket.end(
      `HTTP/1.1 ${mapped.status} ${mapped.reason}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  };
}
