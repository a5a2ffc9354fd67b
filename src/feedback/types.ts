// The shape of user feedback (👍/👎, with a reason for 👎) shared by the widget's API route, Slack's buttons and the stores.
import type { Citation } from '../answer/types.js';

/** Why an answer got 👎 (the reason chips: 引用的条款不对, 没有回答问题, 不完整, 应该能回答, 其他). */
export const FEEDBACK_REASONS = ['wrong-citation', 'not-answered', 'incomplete', 'should-answer', 'other'] as const;

/** One of FEEDBACK_REASONS. */
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** One piece of feedback about one answer. */
export interface FeedbackEntry {
  rating: 'up' | 'down';
  reason?: FeedbackReason;
  comment?: string;
  question: string;
  answer: string;
  /** The stored answer's id (its permalink) when the surface knows it. */
  answerId?: string;
  /** The cited records; `id` is the record id (e.g. "44#5.1"). */
  citations: Pick<Citation, 'id' | 'doc' | 'section' | 'label'>[];
  /** Where it came from: "widget", "slack", "api". */
  source: string;
}

/** A stored piece of feedback. */
export interface StoredFeedback extends FeedbackEntry {
  id: number;
  createdAt: string;
}

/** Durable feedback storage (SQLite or PostgreSQL, survives restarts). */
export interface FeedbackStore {
  add(entry: FeedbackEntry): Promise<StoredFeedback>;
  /** The newest `limit` entries (default 50), newest first. */
  list(limit?: number): Promise<StoredFeedback[]>;
}
