// The shared engine: all state in PostgreSQL (pg, pooled), so any number of server processes serve one product.
import pg from 'pg';
import { feedbackCitations } from '../../feedback/feedback-citations.js';
import { newAnswerId } from '../answer-id.js';
import { answerFromRow, feedbackFromRow, type AnswerRow, type FeedbackRow } from '../rows.js';
import { withoutNul } from '../without-nul.js';
import { StoreError } from '../schema-error.js';
import { CLAIM_TTL_MS, type Store, type StoredAnswer } from '../types.js';
import { migratePostgres } from './migrations.js';

/** Connections per process; PostgreSQL's default max_connections (100) leaves room for many replicas. */
const POOL_SIZE = 10;

/** The URL with its password hidden, for error messages and logs. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** The outcome of opening: a pool on a migrated database, and the schema versions before and after. */
export interface MigratedPool {
  pool: pg.Pool;
  from: number;
  to: number;
}

/** A pool on `url`, checked and migrated: throws StoreError when the database is unreachable or its schema is newer. */
export async function openMigratedPool(url: string): Promise<MigratedPool> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 5000 });
  // An idle connection that breaks (server restart) is dropped by the pool; the next query reconnects or fails, and /healthz shows it.
  pool.on('error', () => undefined);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    await pool.end();
    throw new StoreError(`Cannot reach PostgreSQL at ${redactUrl(url)} (DATABASE_URL): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  let versions: { from: number; to: number };
  try {
    versions = await migratePostgres(client);
  } catch (err) {
    client.release();
    await pool.end();
    throw err;
  }
  client.release();
  return { pool, ...versions };
}

/** The PostgreSQL store on `url` (see openMigratedPool for the errors). */
export async function openPostgresStore(url: string): Promise<Store> {
  const { pool } = await openMigratedPool(url);
  let countersPrunedAt = 0;
  let claimsPrunedAt = 0;
  let closed = false;
  return {
    engine: 'postgres',
    feedback: {
      async add(given) {
        const entry = withoutNul(given);
        const { rows } = await pool.query<FeedbackRow>(
          `INSERT INTO feedback (created_at, rating, reason, comment, question, answer, answer_id, citations, source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
          [new Date(), entry.rating, entry.reason ?? null, entry.comment ?? null, entry.question, entry.answer, entry.answerId ?? null,
            JSON.stringify(feedbackCitations(entry)), entry.source],
        );
        return feedbackFromRow(rows[0]!);
      },
      async list(limit = 50) {
        const { rows } = await pool.query<FeedbackRow>('SELECT * FROM feedback ORDER BY id DESC LIMIT $1', [limit]);
        return rows.map(feedbackFromRow);
      },
    },
    answers: {
      async put(given) {
        const answer = withoutNul(given);
        const stored: StoredAnswer = { id: newAnswerId(), createdAt: new Date().toISOString(), ...answer };
        await pool.query(
          `INSERT INTO answers (id, created_at, question, resolved_question, answer, citations, mode, confidence, refused, suggestions)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [stored.id, stored.createdAt, stored.question, stored.resolvedQuestion, stored.answer, JSON.stringify(stored.citations),
            stored.mode, stored.confidence, stored.refused, JSON.stringify(stored.suggestions)],
        );
        return stored;
      },
      async get(id) {
        const { rows } = await pool.query<AnswerRow>('SELECT * FROM answers WHERE id = $1', [id]);
        return rows[0] ? answerFromRow(rows[0]) : undefined;
      },
    },
    claims: {
      async claim(given) {
        const key = withoutNul(given);
        const now = Date.now();
        if (now - claimsPrunedAt >= CLAIM_TTL_MS / 24) {
          claimsPrunedAt = now;
          await pool.query('DELETE FROM claims WHERE expires_at <= $1', [now]);
        }
        // An expired claim of the same key is taken over; a live one makes the insert a no-op.
        const { rowCount } = await pool.query(
          `INSERT INTO claims (key, expires_at) VALUES ($1, $2)
           ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE claims.expires_at <= $3`,
          [key, now + CLAIM_TTL_MS, now],
        );
        return rowCount === 1;
      },
    },
    counters: {
      async increment(key, windowMs) {
        const now = Date.now();
        if (now - countersPrunedAt >= windowMs) {
          countersPrunedAt = now;
          await pool.query('DELETE FROM rate_limits WHERE reset_at <= $1', [now]);
        }
        const { rows } = await pool.query<{ hits: number; reset_at: string }>(
          `INSERT INTO rate_limits (key, hits, reset_at) VALUES ($1, 1, $2::bigint + $3::bigint)
           ON CONFLICT (key) DO UPDATE SET
             hits = CASE WHEN rate_limits.reset_at <= $2 THEN 1 ELSE rate_limits.hits + 1 END,
             reset_at = CASE WHEN rate_limits.reset_at <= $2 THEN EXCLUDED.reset_at ELSE rate_limits.reset_at END
           RETURNING hits, reset_at`,
          [key, now, windowMs],
        );
        return { hits: rows[0]!.hits, resetAt: new Date(Number(rows[0]!.reset_at)) };
      },
      async decrement(key) {
        await pool.query('UPDATE rate_limits SET hits = GREATEST(hits - 1, 0) WHERE key = $1', [key]);
      },
      async reset(key) {
        await pool.query('DELETE FROM rate_limits WHERE key = $1', [key]);
      },
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
