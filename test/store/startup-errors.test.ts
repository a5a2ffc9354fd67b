// `npm start` refuses to serve, with one clear log line and exit 1, when its database cannot be used.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { SQLITE_FILE } from '../../src/store/sqlite/open-sqlite-store.js';
import { freePort } from '../replicas/cluster.js';

/** Runs the server's entry point with `env` until it exits; its exit code and the error it logged. */
function startServer(env: Record<string, string>): { status: number | null; logged: { msg?: string; err?: string } } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, encoding: 'utf8', timeout: 60_000,
  });
  const line = `${result.stdout}${result.stderr}`.split('\n').find((l) => l.includes('could not open the database')) ?? '{}';
  return { status: result.status, logged: JSON.parse(line) as { msg?: string; err?: string } };
}

describe('start-up with an unusable database', () => {
  it('exits 1 naming the unreachable PostgreSQL without its password', async () => {
    const port = await freePort();
    const { status, logged } = startServer({ DATABASE_URL: `postgres://wtsa:s3cret@127.0.0.1:${port}/wtsa` });
    expect(status).toBe(1);
    expect(logged.err).toBe(`Cannot reach PostgreSQL at postgres://wtsa:***@127.0.0.1:${port}/wtsa (DATABASE_URL): connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('exits 1 when the SQLite file was written by newer code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wtsa-newer-'));
    const db = new Database(join(dir, SQLITE_FILE));
    db.pragma('user_version = 99');
    db.close();
    const { status, logged } = startServer({ DATA_DIR: dir });
    expect(status).toBe(1);
    expect(logged.err).toMatch(/^The sqlite database has schema version 99, newer than this code knows/);
  });
});
