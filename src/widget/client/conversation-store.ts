// The conversation of one browser tab: completed exchanges kept in sessionStorage, and the history sent with follow-ups.
import * as z from 'zod/mini';
import type { Turn } from '../../answer/types.js';
import { answerSchema } from './api-schemas.js';

const exchangeSchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: answerSchema,
  rating: z.optional(z.enum(['up', 'down'])),
});

/** One answered question of the conversation, with the reader's rating once given. */
export type Exchange = z.infer<typeof exchangeSchema>;

/** How many earlier exchanges and how much of each answer a follow-up question carries (the API body is small). */
export const HISTORY_EXCHANGES = 3;
/** Longest assistant turn sent as history, in characters. */
export const HISTORY_ANSWER_CHARS = 600;

/** The sessionStorage key of the conversation with one API origin. */
export function storageKey(apiOrigin: string): string {
  return `wtsa-chat:${apiOrigin}`;
}

/** Reads the stored conversation; an absent, unreadable or outdated value gives an empty one. */
export function loadConversation(storage: Pick<Storage, 'getItem'> | null, key: string): Exchange[] {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const parsed = z.array(exchangeSchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Stores the conversation; storage that is full or disabled is ignored (the conversation still works in memory). */
export function saveConversation(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, key: string, exchanges: Exchange[]): void {
  try {
    if (exchanges.length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(exchanges));
  } catch {
    // Quota exceeded or storage blocked by the host page's settings: keep going without persistence.
  }
}

/** Most characters of history sent in all (about 9 KB of UTF-8 Chinese, well inside the API's body limit). */
export const HISTORY_MAX_CHARS = 3000;

/** The history for the next question: the last few exchanges as user/assistant turns, long answers cut short,
 * oldest exchanges dropped first until it fits HISTORY_MAX_CHARS. */
export function historyFor(exchanges: Exchange[]): Turn[] {
  const pairs = exchanges.slice(-HISTORY_EXCHANGES).map((e): Turn[] => [
    { role: 'user', content: e.question },
    { role: 'assistant', content: e.answer.answer.slice(0, HISTORY_ANSWER_CHARS) },
  ]);
  const size = (p: Turn[]) => p.reduce((n, t) => n + t.content.length, 0);
  let total = pairs.reduce((n, p) => n + size(p), 0);
  while (pairs.length > 0 && total > HISTORY_MAX_CHARS) total -= size(pairs.shift() ?? []);
  return pairs.flat();
}
