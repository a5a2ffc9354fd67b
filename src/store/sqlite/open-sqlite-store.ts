// The embedded engine: all state in one SQLite file (better-sqlite3, WAL mode) under DATA_DIR.
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { feedbackCitations } from '../../feedback/feedback-citations.js';
import { newAnswerId } from '../answer-id.js';
import { answerFromRow, feedbackFromRow, type AnswerRow, type FeedbackRow } from '../rows.js';
import { withoutNul } from '../without-nul.js';
import { CLAIM_TTL_MS, type NewAnswer, type Store, type StoredAnswer } from '../types.js';
import { IN_MEMORY, openDatabase } from './open-database.js';
import { migrateSqlite } from './migrations.js';

/** The state file's name under DATA_DIR. */
export const SQLITE_FILE = 'state.sqlite';

/** The database at `path`, migrated (the feedback of a pre-store `feedback.sqlite` beside it copied once); the schema versions before and after. */
export function openMigratedDatabase(path: string): { db: Database.Database; from: number; to: number } {
  const db = openDatabase(path);
  try {
    return { db, ...migrateSqlite(db, path === IN_MEMORY ? {} : { legacyFeedbackFile: join(dirname(path), 'feedback.sqlite') }) };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Opens (creating and migrating if needed) the state database at `path` (`<DATA_DIR>/state.sqlite`, or ":memory:"
 * for tests). Writes use `.run()`, never `INSERT … RETURNING` through `.get()`: a RETURNING statement left
 * un-finished holds a read snapshot that keeps SQLite from checkpointing, and the WAL grows without bound.
 */
export function openSqliteStore(path: string): Store {
  const { db } = openMigratedDatabase(path);

  const insertFeedback = db.prepare(
    `INSERT INTO feedback (created_at, rating, reason, comment, question, answer, answer_id, citations, source)
     VALUES (@createdAt, @rating, @reason, @comment, @question, @answer, @answerId, @citations, @source)`,
  );
  const feedbackById = db.prepare<[number], FeedbackRow>('SELECT * FROM feedback WHERE id = ?');
  const recentFeedback = db.prepare<[number], FeedbackRow>('SELECT * FROM feedback ORDER BY id DESC LIMIT ?');
  const insertAnswer = db.prepare(
    `INSERT INTO answers (id, created_at, question, resolved_question, answer, citations, mode, confidence, refused, suggestions)
     VALUES (@id, @createdAt, @question, @resolvedQuestion, @answer, @citations, @mode, @confidence, @refused, @suggestions)`,
  );
  const answerById = db.prepare<[string], AnswerRow>('SELECT * FROM answers WHERE id = ?');
  const pruneClaims = db.prepare<[number]>('DELETE FROM claims WHERE expires_at <= ?');
  const insertClaim = db.prepare<[string, number]>('INSERT INTO claims (key, expires_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');
  const pruneCounters = db.prepare<[number]>('DELETE FROM rate_limits WHERE reset_at <= ?');
  const countHit = db.prepare<[{ key: string; now: number; windowMs: number }]>(
    `INSERT INTO rate_limits (key, hits, reset_at) VALUES (@key, 1, @now + @windowMs)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN reset_at <= @now THEN 1 ELSE hits + 1 END,
       reset_at = CASE WHEN reset_at <= @now THEN @now + @windowMs ELSE reset_at END`,
  );
  const readCounter = db.prepare<[string], { hits: number; reset_at: number }>('SELECT hits, reset_at FROM rate_limits WHERE key = ?');
  const takeHit = db.prepare<[string]>('UPDATE rate_limits SET hits = MAX(hits - 1, 0) WHERE key = ?');
  const deleteCounter = db.prepare<[string]>('DELETE FROM rate_limits WHERE key = ?');
  const claimOnce = db.transaction((key: string, now: number) => {
    pruneClaims.run(now);
    return insertClaim.run(key, now + CLAIM_TTL_MS).changes === 1;
  });
  const count = db.transaction((key: string, windowMs: number, now: number) => {
    countHit.run({ key, now, windowMs });
    return readCounter.get(key)!;
  });
  let countersPrunedAt = 0;

  return {
    engine: 'sqlite',
    feedback: {
      async add(given) {
        const entry = withoutNul(given);
        const { lastInsertRowid } = insertFeedback.run({
          createdAt: new Date().toISOString(),
          rating: entry.rating,
          reason: entry.reason ?? null,
          comment: entry.comment ?? null,
          question: entry.question,
          answer: entry.answer,
          answerId: entry.answerId ?? null,
          citations: JSON.stringify(feedbackCitations(entry)),
          source: entry.source,
        });
        return feedbackFromRow(feedbackById.get(Number(lastInsertRowid))!);
      },
      async list(limit = 50) {
        return recentFeedback.all(limit).map(feedbackFromRow);
      },
    },
    answers: {
      async put(given: NewAnswer) {
        const answer = withoutNul(given);
        const stored: StoredAnswer = { id: newAnswerId(), createdAt: new Date().toISOString(), ...answer };
        insertAnswer.run({
          ...stored,
          citations: JSON.stringify(stored.citations),
          refused: stored.refused ? 1 : 0,
          suggestions: JSON.stringify(stored.suggestions),
        });
        return stored;
      },
      async get(id) {
        const row = answerById.get(id);
        return row ? answerFromRow(row) : undefined;
      },
    },
    claims: {
      async claim(given) {
        const key = withoutNul(given);
        return claimOnce.immediate(key, Date.now());
      },
    },
    counters: {
      async increment(key, windowMs) {
        const now = Date.now();
        if (now - countersPrunedAt >= windowMs) {
          countersPrunedAt = now;
          pruneCounters.run(now);
        }
        const row = count.immediate(key, windowMs, now);
        return { hits: row.hits, resetAt: new Date(row.reset_at) };
      },
      async decrement(key) {
        takeHit.run(key);
      },
      async reset(key) {
        deleteCounter.run(key);
      },
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
