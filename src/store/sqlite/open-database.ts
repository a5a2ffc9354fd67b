// Opens a SQLite database file for the product's state: directory created, WAL mode, patient with locks.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** The in-memory database path (tests). */
export const IN_MEMORY = ':memory:';

/** `path` opened (its directory created first) in WAL mode with a 5 s busy timeout; a committed write survives a crash of the process. */
export function openDatabase(path: string): Database.Database {
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  return db;
}
