/**
 * Structured JSON logs (pino). Secrets are redacted by path wherever they could appear, adapters are
 * written never to log them in the first place, and every serialized line passes through the central
 * secret scrubber (adapters/common/secrets.ts) before it reaches the destination: a registered
 * credential, token or password is replaced by `[redacted]` wherever it sits in the line.
 * With tracing on, a line written inside a span carries its `traceId` and `spanId`.
 */
import { pino, type Logger as PinoLogger } from 'pino';
import { secrets, type SecretScrubber } from '../../adapters/common/secrets.js';
import { traceLogFields } from '../observability/tracing.js';

export const REDACT_PATHS = [
  'credentials',
  '*.credentials',
  'accounts[*].credentials',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'secretAccessKey',
  '*.secretAccessKey',
  'accessKeySecret',
  '*.accessKeySecret',
  'privateKey',
  '*.privateKey',
  'securityToken',
  '*.securityToken',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers["x-auth-token"]',
  'headers["x-security-token"]',
  '*.headers.authorization',
  '*.headers["x-auth-token"]',
];

type Destination = pino.DestinationStream & {
  flush?: (cb?: (err?: Error | null) => void) => void;
  flushSync?: () => void;
  end?: () => void;
};

/** A destination that writes `scrubber.scrub(line)` to `target` (flush/end forwarded when present). */
export function scrubbingDestination(target: pino.DestinationStream, scrubber: SecretScrubber = secrets): pino.DestinationStream {
  const t = target as Destination;
  const out: Destination = {
    write: (line: string) => t.write(scrubber.scrub(line)),
  };
  if (typeof t.flush === 'function') out.flush = (cb) => t.flush!(cb);
  if (typeof t.flushSync === 'function') out.flushSync = () => t.flushSync!();
  if (typeof t.end === 'function') out.end = () => t.end!();
  return out;
}

export function createLogger(level: string, destination?: NodeJS.WritableStream): PinoLogger {
  const target = (destination as pino.DestinationStream | undefined) ?? pino.destination(1);
  return pino(
    {
      level,
      base: { service: 'migraph' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // traceId and spanId of the active span (tracing on, inside an operation or upstream call).
      mixin: traceLogFields,
    },
    scrubbingDestination(target),
  );
}
