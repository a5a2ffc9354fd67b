import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/schema-error.js';
import { SQLITE_SCHEMA_VERSION } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore, SQLITE_FILE } from '../../src/store/sqlite/open-sqlite-store.js';
import { runWtsa } from './run-wtsa.js';
import { storeContract } from './store-contract.js';

const freshFile = () => join(mkdtempSync(join(tmpdir(), 'wtsa-store-')), 'nested', 'data', SQLITE_FILE);

describe('SQLite store', () => {
  storeContract(
    async () => openSqliteStore(freshFile()),
    async () => {
      const file = freshFile();
      return [openSqliteStore(file), openSqliteStore(file)];
    },
  );

  it('creates its directory, uses WAL mode and survives a restart', async () => {
    const file = freshFile();
    const first = openSqliteStore(file);
    const saved = await first.feedback.add({ rating: 'up', question: '问', answer: '答', citations: [], source: 'api' });
    const answer = await first.answers.put({ question: '问', resolvedQuestion: '问', answer: '答', citations: [], mode: 'extractive', confidence: 'high', refused: false, suggestions: [] });
    expect(existsSync(`${file}-wal`)).toBe(true);
    await first.close();
    const second = openSqliteStore(file);
    expect(await second.feedback.list()).toEqual([saved]);
    expect(await second.answers.get(answer.id)).toEqual(answer);
    expect((await second.feedback.add({ rating: 'down', question: '问', answer: '答', citations: [], source: 'api' })).id).toBe(saved.id + 1);
    await second.close();
  });

  it('keeps the write-ahead log bounded: 20,000 feedback records leave a WAL of a few MB', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    const comment = '引用的条款不对'.repeat(20);
    for (let i = 0; i < 20_000; i++) {
      await store.feedback.add({ rating: 'down', reason: 'other', comment, question: `问题 ${i}`, answer: '答'.repeat(100), citations: [], source: 'api' });
    }
    const wal = statSync(`${file}-wal`).size;
    expect(wal).toBeLessThan(6 * 1024 * 1024);
    expect(statSync(file).size).toBeGreaterThan(wal); // the records were checkpointed into the database file
    expect((await store.feedback.list(1))[0]?.question).toBe('问题 19999');
    await store.close();
  }, 120_000);

  it('copies the feedback of the pre-store feedback.sqlite on first start', async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'wtsa-legacy-')), SQLITE_FILE);
    const legacy = new Database(join(fresh, '..', 'feedback.sqlite'));
    legacy.exec(`CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, rating TEXT NOT NULL,
      comment TEXT, question TEXT NOT NULL, answer TEXT NOT NULL, citations TEXT NOT NULL, source TEXT NOT NULL)`);
    legacy.prepare('INSERT INTO feedback (created_at, rating, comment, question, answer, citations, source) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('2025-01-02T03:04:05.000Z', 'down', '旧的', '旧问题', '旧回答', '[{"id":"44#5.1","doc":"44","section":"做出决议","label":"1"}]', 'widget');
    legacy.close();
    const store = openSqliteStore(fresh);
    expect(await store.feedback.list()).toEqual([
      { id: 1, createdAt: '2025-01-02T03:04:05.000Z', rating: 'down', comment: '旧的', question: '旧问题', answer: '旧回答',
        citations: [{ id: '44#5.1', doc: '44', section: '做出决议', label: '1' }], source: 'widget' },
    ]);
    await store.close();
    const again = openSqliteStore(fresh); // not copied twice
    expect(await again.feedback.list()).toHaveLength(1);
    await again.close();
  });

  it('refuses a database written by newer code', () => {
    const file = freshFile();
    openSqliteStore(file);
    const db = new Database(file);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(StoreError);
    expect(() => openSqliteStore(file)).toThrow(`schema version ${SQLITE_SCHEMA_VERSION + 1}, newer than this code knows (${SQLITE_SCHEMA_VERSION})`);
  });

  it('`wtsa db migrate` creates and migrates the file under DATA_DIR, then says it is current', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wtsa-migrate-'));
    const first = runWtsa(['db', 'migrate'], { DATA_DIR: dir });
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`sqlite database at ${join(dir, SQLITE_FILE)} migrated from schema version 0 to ${SQLITE_SCHEMA_VERSION}\n`);
    expect(runWtsa(['db', 'migrate'], { DATA_DIR: dir }).stdout).toContain(`is current (schema version ${SQLITE_SCHEMA_VERSION})`);
  });
});
