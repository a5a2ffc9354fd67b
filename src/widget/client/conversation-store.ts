// Saved conversations (localStorage, newest first) and the history sent with follow-up questions.
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

const conversationSchema = z.object({
  id: z.string(),
  /** The page the conversation was held on (the host page of a widget; "" for the chat page). */
  page: z.string(),
  updatedAt: z.number(),
  exchanges: z.array(exchangeSchema),
});

/** One saved conversation. */
export type Conversation = z.infer<typeof conversationSchema>;

/** How many conversations are kept; older ones are dropped. */
export const MAX_CONVERSATIONS = 30;

/** How many earlier exchanges and how much of each answer a follow-up question carries (the API body is small). */
export const HISTORY_EXCHANGES = 3;
/** Longest assistant turn sent as history, in characters. */
export const HISTORY_ANSWER_CHARS = 600;

/** The localStorage key of the conversations held with one API origin. */
export function storageKey(apiOrigin: string): string {
  return `wtsa-chats:${apiOrigin}`;
}

/** A fresh, random id for a conversation or an exchange. */
export function newId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Reads the saved conversations, newest first; absent, unreadable or outdated values give none. */
export function loadConversations(storage: Pick<Storage, 'getItem'> | null, key: string): Conversation[] {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const parsed = z.array(conversationSchema).safeParse(JSON.parse(raw));
    return parsed.success ? [...parsed.data].sort((a, b) => b.updatedAt - a.updatedAt) : [];
  } catch {
    return [];
  }
}

/**
 * Saves the conversations (empty ones left out, at most MAX_CONVERSATIONS); when storage is full the oldest are
 * dropped until they fit; storage that is disabled is ignored (the chat still works in memory).
 */
export function saveConversations(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, key: string, list: Conversation[]): void {
  let kept = list.filter((c) => c.exchanges.length > 0).slice(0, MAX_CONVERSATIONS);
  while (storage) {
    try {
      if (kept.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(kept));
      return;
    } catch {
      if (kept.length <= 1) return;
      kept = kept.slice(0, -1);
    }
  }
}

/** The list with `conversation` first (replacing its earlier version). */
export function putFirst(list: Conversation[], conversation: Conversation): Conversation[] {
  return [conversation, ...list.filter((c) => c.id !== conversation.id)];
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
