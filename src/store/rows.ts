// Table rows as both engines return them (SQLite: text and integers; PostgreSQL: Date, JSONB, BIGINT as text),
// turned into the store's shapes in one place.
import type { StoredFeedback } from '../feedback/types.js';
import type { StoredAnswer } from './types.js';

/** A time column: ISO text (SQLite) or a Date (PostgreSQL TIMESTAMPTZ). */
type Time = string | Date;

/** A JSON column: text (SQLite) or already parsed (PostgreSQL JSONB). */
type Json<T> = string | T;

const iso = (t: Time): string => (typeof t === 'string' ? t : t.toISOString());
const json = <T>(v: Json<T>): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** A row of the feedback table. */
export interface FeedbackRow {
  id: number | string;
  created_at: Time;
  rating: StoredFeedback['rating'];
  reason: StoredFeedback['reason'] | null;
  comment: string | null;
  question: string;
  answer: string;
  answer_id: string | null;
  citations: Json<StoredFeedback['citations']>;
  source: string;
}

/** A row of the answers table. */
export interface AnswerRow {
  id: string;
  created_at: Time;
  question: string;
  resolved_question: string;
  answer: string;
  citations: Json<StoredAnswer['citations']>;
  mode: StoredAnswer['mode'];
  confidence: StoredAnswer['confidence'];
  refused: number | boolean;
  suggestions: Json<StoredAnswer['suggestions']>;
}

/** The stored feedback of a row (absent optional fields left out). */
export const feedbackFromRow = (r: FeedbackRow): StoredFeedback => ({
  id: Number(r.id),
  createdAt: iso(r.created_at),
  rating: r.rating,
  ...(r.reason === null ? {} : { reason: r.reason }),
  ...(r.comment === null ? {} : { comment: r.comment }),
  question: r.question,
  answer: r.answer,
  ...(r.answer_id === null ? {} : { answerId: r.answer_id }),
  citations: json(r.citations),
  source: r.source,
});

/** The stored answer of a row. */
export const answerFromRow = (r: AnswerRow): StoredAnswer => ({
  id: r.id,
  createdAt: iso(r.created_at),
  question: r.question,
  resolvedQuestion: r.resolved_question,
  answer: r.answer,
  citations: json(r.citations),
  mode: r.mode,
  confidence: r.confidence,
  refused: Boolean(r.refused),
  suggestions: json(r.suggestions),
});
