// Slack's view of the stored answers: its buttons (share, 👍/👎) carry the answer's id, the same id as its permalink.
import type { Answer } from '../answer/types.js';
import { ANSWER_ID_PATTERN } from '../store/answer-id.js';
import { toAnswer, toNewAnswer } from '../store/stored-answer.js';
import type { AnswerStore } from '../store/types.js';

/** An answer together with the question the user asked. */
export interface CachedAnswer {
  question: string;
  answer: Answer;
}

/** Where answers wait for their buttons: `put` returns the id, `get` finds the answer on any replica. */
export interface AnswerCache {
  put(entry: CachedAnswer): Promise<string>;
  /** The answer stored under `key`, or undefined when there is none (or `key` is no answer id). */
  get(key: string): Promise<CachedAnswer | undefined>;
}

/** Slack's answers kept in the shared answer store (SQLite or PostgreSQL). */
export function slackAnswerCache(store: AnswerStore): AnswerCache {
  return {
    async put({ question, answer }) {
      return (await store.put(toNewAnswer(question, answer))).id;
    },
    async get(key) {
      if (!ANSWER_ID_PATTERN.test(key)) return undefined;
      const stored = await store.get(key);
      return stored ? { question: stored.question, answer: toAnswer(stored) } : undefined;
    },
  };
}
