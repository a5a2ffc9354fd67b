// Versioned schema of the PostgreSQL store, recorded in schema_migrations; applied under an advisory lock, so
// replicas starting together migrate once.
import type { PoolClient } from 'pg';
import { checkSchemaVersion } from '../schema-error.js';
import { schemaV1 } from '../schema-v1.js';

/** Step n brings the schema from version n to n + 1. */
const MIGRATIONS: string[] = [schemaV1({ serial: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', time: 'TIMESTAMPTZ', json: 'JSONB', boolean: 'BOOLEAN' })];

/** The schema version this code writes. */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/** Arbitrary key of the advisory lock migrations hold ("wtsa" in ASCII). */
const MIGRATION_LOCK = 0x77747361;

/** Applies the missing steps in one transaction; returns the versions before and after. Throws StoreError when the database is newer. */
export async function migratePostgres(client: PoolClient): Promise<{ from: number; to: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT COALESCE(MAX(version), 0)::int AS version FROM schema_migrations');
    const from = rows[0]?.version ?? 0;
    checkSchemaVersion('postgres', from, POSTGRES_SCHEMA_VERSION);
    for (let v = from; v < POSTGRES_SCHEMA_VERSION; v++) {
      await client.query(MIGRATIONS[v]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, POSTGRES_SCHEMA_VERSION) };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
