// Brings the configured database to this code's schema without serving anything (`wtsa db migrate`).
import { join } from 'node:path';
import type { Config } from '../config.js';
import { openMigratedPool, redactUrl } from './postgres/open-postgres-store.js';
import { openMigratedDatabase, SQLITE_FILE } from './sqlite/open-sqlite-store.js';
import type { StoreEngine } from './types.js';

/** Which database was migrated, and its schema version before and after. */
export interface MigrationReport {
  engine: StoreEngine;
  /** Where: the SQLite file, or the PostgreSQL URL with its password hidden. */
  location: string;
  from: number;
  to: number;
}

/** Applies the missing migrations to the configured database; throws StoreError when it is unreachable or newer. */
export async function migrateDatabase(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>): Promise<MigrationReport> {
  if (config.DATABASE_URL) {
    const { pool, from, to } = await openMigratedPool(config.DATABASE_URL);
    await pool.end();
    return { engine: 'postgres', location: redactUrl(config.DATABASE_URL), from, to };
  }
  const file = join(config.DATA_DIR, SQLITE_FILE);
  const { db, from, to } = openMigratedDatabase(file);
  db.close();
  return { engine: 'sqlite', location: file, from, to };
}
