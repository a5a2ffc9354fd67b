// Opens the product's state from configuration: PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR.
import { join } from 'node:path';
import type { Config } from '../config.js';
import { openSqliteStore, SQLITE_FILE } from './sqlite/open-sqlite-store.js';
import type { Store } from './types.js';

/** The configured store, migrated to this code's schema; throws StoreError (unreachable, schema too new) otherwise. */
export async function openStore(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>): Promise<Store> {
  if (config.DATABASE_URL) {
    const { openPostgresStore } = await import('./postgres/open-postgres-store.js');
    return openPostgresStore(config.DATABASE_URL);
  }
  return openSqliteStore(join(config.DATA_DIR, SQLITE_FILE));
}
