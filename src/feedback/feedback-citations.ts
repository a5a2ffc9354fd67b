// The citation fields feedback keeps: the record id and where the clause is, not its text.
import type { FeedbackEntry } from './types.js';

/** `entry`'s citations reduced to {id, doc, section, label}. */
export const feedbackCitations = (entry: FeedbackEntry): FeedbackEntry['citations'] =>
  entry.citations.map(({ id, doc, section, label }) => ({ id, doc, section, label }));
