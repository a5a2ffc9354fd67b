// Converts between the Answer every surface shows and the StoredAnswer kept for permalinks and Slack's buttons.
import type { Answer } from '../answer/types.js';
import type { NewAnswer, StoredAnswer } from './types.js';

/** What to store of `answer` to `question` (the retrieved records are not kept: no surface shows them again). */
export function toNewAnswer(question: string, answer: Answer): NewAnswer {
  const { answer: text, resolvedQuestion, citations, mode, confidence, refused, suggestions } = answer;
  return { question, resolvedQuestion, answer: text, citations, mode, confidence, refused, suggestions };
}

/** A stored answer as an Answer again (with no retrieved records). */
export function toAnswer(stored: StoredAnswer): Answer {
  const { answer, refused, confidence, citations, suggestions, resolvedQuestion, mode } = stored;
  return { answer, refused, confidence, citations, suggestions, resolvedQuestion, mode, retrieved: [] };
}
