// Opens the product's SQLite files under the data directory: created if needed, WAL mode, patient with locks.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** `<dataDir>/<file>` opened (the directory created first) in WAL mode with a 5 s busy timeout. */
export function openSqlite(dataDir: string, file: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, file));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  return db;
}
