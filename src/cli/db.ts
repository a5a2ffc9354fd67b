// `wtsa db migrate`: applies the database migrations (SQLite under DATA_DIR, or PostgreSQL at DATABASE_URL) and says
// which version the schema is at; the server also applies them at start-up.
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { migrateDatabase } from '../store/migrate-database.js';
import { readCommandLine, type CommandSpec } from './command-line.js';

/** The command's words and options. */
export const spec: CommandSpec = {
  name: 'db',
  synopsis: 'migrate',
  description: 'Applies the missing schema migrations to the state database (PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR).',
  options: {},
  positionals: 'action',
};

const optionsSchema = z.object({ action: z.literal('migrate', { error: 'the only action is "migrate"' }) });

/** Runs `wtsa db migrate`: 0 once the schema is current, 1 when the database is unreachable or newer, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  const line = readCommandLine(spec, optionsSchema, args);
  if (!line.ok) return line.exitCode;
  const { engine, location, from, to } = await migrateDatabase(loadConfig());
  process.stdout.write(
    from === to ? `${engine} database at ${location} is current (schema version ${to})\n` : `${engine} database at ${location} migrated from schema version ${from} to ${to}\n`,
  );
  return 0;
}
