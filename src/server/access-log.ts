/**
 * Request ids and the access log. Every HTTP request gets an id (an incoming `x-request-id` of
 * 1-128 visible characters is kept, anything else is replaced by a UUID), echoed in the
 * `x-request-id` response header and carried by every log line of the request. When the response
 * ends, one `access` line: method, path (no query string), GraphQL operation name, principal id,
 * status, duration and bytes sent.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../core/model.js';
import type { Principal } from '../security/principal.js';

const GOOD_ID = /^[\x21-\x7e]{1,128}$/;

export function requestIdOf(res: Response): string {
  return res.locals.requestId as string;
}

export function requestIds(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const value = Array.isArray(incoming) ? incoming[0] : incoming;
    const id = value && GOOD_ID.test(value) ? value : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  };
}

/** Where the GraphQL layer leaves the operation name for the access line. */
export function setOperationName(res: Response, name: string | null | undefined): void {
  if (name) res.locals.operationName = name;
}

export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    let bytes = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const count = (chunk: unknown, encoding?: unknown) => {
      if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== 'function') count(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as Response['end'];
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      logger.info(
        {
          requestId: res.locals.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          operation: res.locals.operationName,
          principal: (res.locals.principal as Principal | undefined)?.id,
          status: res.statusCode,
          ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          bytes,
          aborted: res.writableFinished ? undefined : true,
        },
        'access',
      );
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
