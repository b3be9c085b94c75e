/**
 * Structured JSON logs (pino). Secrets are redacted by path wherever they could appear, and adapters
 * are written never to log them in the first place.
 */
import { pino, type Logger as PinoLogger } from 'pino';

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

export function createLogger(level: string, destination?: NodeJS.WritableStream): PinoLogger {
  return pino(
    {
      level,
      base: { service: 'migraph' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination as pino.DestinationStream | undefined,
  );
}
