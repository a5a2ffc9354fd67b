// The server's structured logger: pino writing JSON lines at LOG_LEVEL, with secrets redacted.
import { pino, type Logger } from 'pino';
import type { Config } from '../config.js';

/** What the server writes its logs through (pino: `log.info({ fields }, 'message')`). */
export type { Logger } from 'pino';

/** Field names whose values never reach a log line, at the top level or up to three objects deep. */
const SECRET_KEYS = ['authorization', 'cookie', 'set-cookie', 'token', 'secret', 'password', 'apiKey', 'x-slack-signature'];

/** A redaction path step for `key`: ".key", or '["key"]' for names that are not identifiers. */
const step = (key: string) => (/^\w+$/.test(key) ? `.${key}` : `["${key}"]`);

/** pino redaction paths for SECRET_KEYS at depths 0–3 ("token", "*.token", "*.*.token", "*.*.*.token"). */
export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) =>
  ['', '*', '*.*', '*.*.*'].map((prefix) => `${prefix}${step(key)}`.replace(/^\./, '')),
);

/** Creates a logger writing JSON lines at or above `level` to `write` (stdout by default). */
export function createLogger(level: Config['LOG_LEVEL'], write?: (line: string) => void): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    write ? { write: (line: string) => write(line.trimEnd()) } : pino.destination({ dest: 1, sync: true }),
  );
}
