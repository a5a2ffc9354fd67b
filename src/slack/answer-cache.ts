// Remembers recent answers by a short key so their buttons (share, 👍/👎) can find them; bounded, oldest dropped first.
import { randomBytes } from 'node:crypto';
import type { Answer } from '../answer/types.js';

/** An answer together with the question the user asked. */
export interface CachedAnswer {
  question: string;
  answer: Answer;
}

/** A bounded in-memory map from button keys to answers (buttons of answers older than the bound expire). */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();

  constructor(private readonly capacity = 1000) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`AnswerCache: capacity must be a positive integer, got ${capacity}`);
  }

  /** Stores an answer and returns its key. */
  put(entry: CachedAnswer): string {
    const key = randomBytes(9).toString('base64url');
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  /** The answer stored under `key`, or undefined when it expired or never existed. */
  get(key: string): CachedAnswer | undefined {
    return this.entries.get(key);
  }
}
