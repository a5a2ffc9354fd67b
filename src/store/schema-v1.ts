// The first schema version, written once for both engines with each one's column types.

/** The column types that differ between SQLite and PostgreSQL. */
export interface ColumnTypes {
  /** An auto-incrementing integer primary key. */
  serial: string;
  time: string;
  json: string;
  boolean: string;
}

/** The tables of schema version 1: feedback, answers, claims, rate_limits. */
export const schemaV1 = (t: ColumnTypes): string => `
  CREATE TABLE feedback (
    id ${t.serial},
    created_at ${t.time} NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    reason TEXT,
    comment TEXT,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    answer_id TEXT,
    citations ${t.json} NOT NULL,
    source TEXT NOT NULL
  );
  CREATE TABLE answers (
    id TEXT PRIMARY KEY,
    created_at ${t.time} NOT NULL,
    question TEXT NOT NULL,
    resolved_question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations ${t.json} NOT NULL,
    mode TEXT NOT NULL,
    confidence TEXT NOT NULL,
    refused ${t.boolean} NOT NULL,
    suggestions ${t.json} NOT NULL
  );
  CREATE TABLE claims (key TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
  CREATE INDEX claims_expiry ON claims (expires_at);
  CREATE TABLE rate_limits (key TEXT PRIMARY KEY, hits INTEGER NOT NULL, reset_at BIGINT NOT NULL);
  CREATE INDEX rate_limits_expiry ON rate_limits (reset_at);
`;
