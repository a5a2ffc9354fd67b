// Versioned schema of the SQLite store, kept in PRAGMA user_version; each step runs in one transaction.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { checkSchemaVersion } from '../schema-error.js';
import { schemaV1 } from '../schema-v1.js';

/** What a migration step may need besides the database. */
interface MigrationContext {
  /** The pre-store feedback file (`<DATA_DIR>/feedback.sqlite`) whose rows the first step copies, if any. */
  legacyFeedbackFile?: string;
}

type Migration = (db: Database.Database, ctx: MigrationContext) => void;

/** Copies the feedback of the pre-store `feedback.sqlite` (same columns, no reason or answer id) into the new table. */
function importLegacyFeedback(db: Database.Database, file: string): void {
  const legacy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasTable = legacy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'feedback'").get();
    if (!hasTable) return;
    const insert = db.prepare(
      `INSERT INTO feedback (created_at, rating, comment, question, answer, citations, source)
       VALUES (@created_at, @rating, @comment, @question, @answer, @citations, @source)`,
    );
    for (const row of legacy.prepare('SELECT * FROM feedback ORDER BY id').iterate()) insert.run(row);
  } finally {
    legacy.close();
  }
}

/** Step n brings the schema from version n to n + 1. */
const MIGRATIONS: Migration[] = [
  (db, ctx) => {
    db.exec(schemaV1({ serial: 'INTEGER PRIMARY KEY AUTOINCREMENT', time: 'TEXT', json: 'TEXT', boolean: 'INTEGER' }));
    if (ctx.legacyFeedbackFile && existsSync(ctx.legacyFeedbackFile)) importLegacyFeedback(db, ctx.legacyFeedbackFile);
  },
];

/** The schema version this code writes. */
export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length;

/** Applies the missing steps; returns the versions before and after. Throws StoreError when the file is newer than the code. */
export function migrateSqlite(db: Database.Database, ctx: MigrationContext = {}): { from: number; to: number } {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const from = version();
  checkSchemaVersion('sqlite', from, SQLITE_SCHEMA_VERSION);
  for (let v = from; v < SQLITE_SCHEMA_VERSION; v++) {
    db.transaction(() => {
      if (version() !== v) return; // another process applied this step meanwhile
      MIGRATIONS[v]!(db, ctx);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  return { from, to: version() };
}
