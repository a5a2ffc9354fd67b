// A tiny structured logger: one JSON object per line, filtered by LOG_LEVEL.
import type { Config } from '../config.js';

/** The levels a log line can have, least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Extra structured fields of one log line. */
export type LogFields = Record<string, unknown>;

/** What the server writes its logs through. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Record<Config['LOG_LEVEL'], number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Creates a logger writing JSON lines at or above `level` to `write` (stdout by default). */
export function createLogger(
  level: Config['LOG_LEVEL'],
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const emit = (lineLevel: LogLevel) => (msg: string, fields: LogFields = {}) => {
    if (RANK[lineLevel] < RANK[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: lineLevel, msg, ...fields }));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
