// Remembers answers by a short key so their buttons (share, 👍/👎) can find them; bounded, oldest dropped first.
import { randomBytes } from 'node:crypto';
import { openSqlite } from '../open-sqlite.js';
import type { Answer } from '../answer/types.js';

/** An answer together with the question the user asked. */
export interface CachedAnswer {
  question: string;
  answer: Answer;
}

/** Where answers wait for their buttons: `put` returns a key, `get` finds the answer until it is dropped. */
export interface AnswerCache {
  put(entry: CachedAnswer): string;
  /** The answer stored under `key`, or undefined when it was dropped or never existed. */
  get(key: string): CachedAnswer | undefined;
}

/** A durable answer cache; close it on shutdown. */
export interface ClosableAnswerCache extends AnswerCache {
  close(): void;
}

/** How many answers are kept by default (the oldest go first). */
const DEFAULT_CAPACITY = 10_000;

function checkCapacity(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`AnswerCache: capacity must be a positive integer, got ${capacity}`);
}

const newKey = () => randomBytes(9).toString('base64url');

/** In memory: for tests, and for Slack set up without a data directory. Buttons expire on restart. */
export class MemoryAnswerCache implements AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {
    checkCapacity(capacity);
  }

  put(entry: CachedAnswer): string {
    const key = newKey();
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  get(key: string): CachedAnswer | undefined {
    return this.entries.get(key);
  }
}

/**
 * In SQLite at `<dataDir>/slack-answers.sqlite` (WAL mode): the buttons under an answer keep working after a
 * restart. The retrieved records are not stored (the buttons never show them).
 */
export function openSqliteAnswerCache(dataDir: string, capacity = DEFAULT_CAPACITY): ClosableAnswerCache {
  checkCapacity(capacity);
  const db = openSqlite(dataDir, 'slack-answers.sqlite');
  db.exec(`CREATE TABLE IF NOT EXISTS slack_answers (
    key TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL
  )`);
  const insert = db.prepare<[string, string, string, string]>('INSERT INTO slack_answers (key, created_at, question, answer) VALUES (?, ?, ?, ?)');
  const prune = db.prepare<[number]>('DELETE FROM slack_answers WHERE rowid <= (SELECT MAX(rowid) FROM slack_answers) - ?');
  const select = db.prepare<[string], { question: string; answer: string }>('SELECT question, answer FROM slack_answers WHERE key = ?');
  return {
    put(entry) {
      const key = newKey();
      insert.run(key, new Date().toISOString(), entry.question, JSON.stringify({ ...entry.answer, retrieved: [] }));
      prune.run(capacity);
      return key;
    },
    get(key) {
      const row = select.get(key);
      return row ? { question: row.question, answer: JSON.parse(row.answer) as Answer } : undefined;
    },
    close() {
      if (db.open) db.close();
    },
  };
}
