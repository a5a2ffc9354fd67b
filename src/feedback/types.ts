// The shape of user feedback (👍/👎) shared by the widget's API route and Slack's buttons.
import type { Citation } from '../answer/types.js';

/** One piece of feedback about one answer. */
export interface FeedbackEntry {
  rating: 'up' | 'down';
  comment?: string;
  question: string;
  answer: string;
  citations: Pick<Citation, 'id' | 'doc' | 'section' | 'label'>[];
  /** Where it came from: "widget", "slack", "api". */
  source: string;
}

/** A stored piece of feedback. */
export interface StoredFeedback extends FeedbackEntry {
  id: number;
  createdAt: string;
}

/** Durable feedback storage (SQLite in production, survives restarts). */
export interface FeedbackStore {
  add(entry: FeedbackEntry): StoredFeedback;
  list(limit?: number): StoredFeedback[];
  close(): void;
}
