// The server's LRU cache of answers (as the events of a streamed answer), keyed by the normalised question and history.
import { LRUCache } from 'lru-cache';
import type { AskInput } from '../answer/types.js';
import type { AskEvent } from '../assistant.js';

/** A text as the cache compares it: NFKC, whitespace runs collapsed to one space, trimmed. */
const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The cache key of a question: its normalised text and its normalised history turns. */
export function answerCacheKey(input: AskInput): string {
  return JSON.stringify([normalise(input.question), (input.history ?? []).map((t) => [t.role, normalise(t.content)])]);
}

/** Cached answers; `size` 0 gives a cache that keeps nothing. */
export interface AnswerCache {
  get(input: AskInput): AskEvent[] | undefined;
  set(input: AskInput, events: AskEvent[]): void;
}

/** An LRU cache of up to `size` answers (0: none). */
export function createAnswerCache(size: number): AnswerCache {
  if (size === 0) return { get: () => undefined, set: () => undefined };
  const lru = new LRUCache<string, AskEvent[]>({ max: size });
  return {
    get: (input) => lru.get(answerCacheKey(input)),
    set: (input, events) => void lru.set(answerCacheKey(input), events),
  };
}
