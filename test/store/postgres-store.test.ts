// The PostgreSQL engine against a throwaway cluster (Debian's postgresql, initdb/pg_ctl as the postgres user, a
// free loopback port); skipped with a message only when the server binaries are not installed.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server/create-app.js';
import { openStore } from '../../src/store/open-store.js';
import { POSTGRES_SCHEMA_VERSION } from '../../src/store/postgres/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { StoreError } from '../../src/store/schema-error.js';
import type { Store } from '../../src/store/types.js';
import { createFakeAssistant } from '../api/fake-assistant.js';
import { freePort, startPostgres, type Postgres } from '../replicas/cluster.js';
import { runWtsa } from './run-wtsa.js';
import { storeContract } from './store-contract.js';

const BASE = '/usr/lib/postgresql';
const installed = existsSync(BASE) && readdirSync(BASE).some((v) => existsSync(join(BASE, v, 'bin', 'initdb')));
if (!installed) console.warn(`[postgres-store.test] skipped: no PostgreSQL server binaries under ${BASE} (npm run setup installs postgresql)`);

let cluster: Postgres;
let databases = 0;

/** A fresh empty database on the cluster; its URL. */
async function freshDatabase(): Promise<string> {
  const name = `t${++databases}`;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return cluster.url.replace(/\/wtsa$/, `/${name}`);
}

describe.skipIf(!installed)('PostgreSQL store', () => {
  beforeAll(async () => {
    cluster = await startPostgres(mkdtempSync(join(tmpdir(), 'wtsa-pg-')));
  });
  afterAll(() => cluster?.stop());

  storeContract(
    async () => openPostgresStore(await freshDatabase()),
    async () => {
      const url = await freshDatabase();
      return [await openPostgresStore(url), await openPostgresStore(url)];
    },
  );

  it('is what openStore opens when DATABASE_URL is set, and migrates once when replicas start together', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openStore(loadConfig({ DATABASE_URL: url }))));
    expect(stores.map((s) => s.engine)).toEqual(['postgres', 'postgres', 'postgres']);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    expect(rows.map((r: { version: number }) => r.version)).toEqual(Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1));
    const saved = await stores[0]!.feedback.add({ rating: 'up', question: '问', answer: '答', citations: [], source: 'api' });
    expect(await stores[2]!.feedback.list()).toEqual([saved]); // one table for every replica
    await Promise.all(stores.map((s) => s.close()));
  });

  it('`wtsa db migrate` migrates the database at DATABASE_URL, then says it is current; exit 1 when unreachable', async () => {
    const url = await freshDatabase();
    const first = runWtsa(['db', 'migrate'], { DATABASE_URL: url });
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`postgres database at ${url} migrated from schema version 0 to ${POSTGRES_SCHEMA_VERSION}\n`);
    expect(runWtsa(['db', 'migrate'], { DATABASE_URL: url }).stdout).toContain(`is current (schema version ${POSTGRES_SCHEMA_VERSION})`);
    const down = runWtsa(['db', 'migrate'], { DATABASE_URL: `postgres://u:pw@127.0.0.1:${await freePort()}/x` });
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/^wtsa: Cannot reach PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:\d+\/x \(DATABASE_URL\)/);
  });

  it('refuses a database whose schema is newer than the code', async () => {
    const url = await freshDatabase();
    await (await openPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [POSTGRES_SCHEMA_VERSION + 1]);
    await client.end();
    await expect(openPostgresStore(url)).rejects.toThrow(StoreError);
    await expect(openPostgresStore(url)).rejects.toThrow(`schema version ${POSTGRES_SCHEMA_VERSION + 1}, newer than this code knows`);
  });

  it('says clearly when the database cannot be reached, without printing the password', async () => {
    const port = await freePort();
    const attempt = openPostgresStore(`postgres://wtsa:s3cret@127.0.0.1:${port}/wtsa`);
    await expect(attempt).rejects.toThrow(StoreError);
    await expect(attempt).rejects.toThrow(`Cannot reach PostgreSQL at postgres://wtsa:***@127.0.0.1:${port}/wtsa (DATABASE_URL)`);
    await expect(attempt).rejects.not.toThrow('s3cret');
  });

  it('/healthz reports postgres, and 503 once the database is gone', async () => {
    const url = await freshDatabase();
    const store: Store = await openPostgresStore(url);
    const app = createApp({ assistant: createFakeAssistant(), config: loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: url }), store });
    expect((await request(app).get('/healthz')).body).toEqual({ status: 'ok', database: 'postgres' });
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`DROP DATABASE ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
    await admin.end();
    const down = await request(app).get('/healthz');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'database_unreachable', database: 'postgres' });
    await store.close();
  });
});
