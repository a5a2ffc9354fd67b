// The product's state behind one small async interface, served by SQLite (default) or PostgreSQL (DATABASE_URL).
import type { Answer, Citation } from '../answer/types.js';
import type { FeedbackStore } from '../feedback/types.js';

/** One answered exchange as stored for its permalink (/a/:id, /api/answers/:id) and Slack's buttons. */
export interface StoredAnswer {
  /** Short random url-safe id (see answer-id.ts). */
  id: string;
  createdAt: string;
  question: string;
  resolvedQuestion: string;
  answer: string;
  citations: Citation[];
  mode: Answer['mode'];
  confidence: Answer['confidence'];
  refused: boolean;
  suggestions: Answer['suggestions'];
}

/** A stored answer before the store gives it an id and a time. */
export type NewAnswer = Omit<StoredAnswer, 'id' | 'createdAt'>;

/** Answers by id; kept until deleted by an operator (permalinks are meant to last). */
export interface AnswerStore {
  put(answer: NewAnswer): Promise<StoredAnswer>;
  /** The answer stored under `id`, or undefined. */
  get(id: string): Promise<StoredAnswer | undefined>;
}

/** Exactly-once markers shared by every process (Slack event de-duplication). */
export interface ClaimStore {
  /** True for the first caller of `key` (across processes and restarts, for a day); false for every later one. */
  claim(key: string): Promise<boolean>;
}

/** A fixed-window hit counter. */
export interface WindowCount {
  hits: number;
  resetAt: Date;
}

/** Rate-limit counters shared by every process (fixed windows, one row per key). */
export interface CounterStore {
  /** Counts one hit of `key` in its current window (a new window of `windowMs` when the last one ended). */
  increment(key: string, windowMs: number): Promise<WindowCount>;
  /** Takes one hit back (never below zero). */
  decrement(key: string): Promise<void>;
  /** Forgets `key`'s window. */
  reset(key: string): Promise<void>;
}

/** Which database holds the state. */
export type StoreEngine = 'sqlite' | 'postgres';

/** All the product's state; open one per process (openStore) and close it on shutdown. */
export interface Store {
  engine: StoreEngine;
  feedback: FeedbackStore;
  answers: AnswerStore;
  claims: ClaimStore;
  counters: CounterStore;
  /** Resolves when the database answers a trivial query; rejects otherwise (for /healthz). */
  ping(): Promise<void>;
  /** Releases the database (idempotent). */
  close(): Promise<void>;
}

/** How long a claim is remembered (Slack retries within minutes; a day is ample). */
export const CLAIM_TTL_MS = 24 * 60 * 60 * 1000;
