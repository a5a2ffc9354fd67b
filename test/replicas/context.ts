// What the multi-replica checks share: the running cluster, the question they ask and the feedback they write.
import type pg from 'pg';
import type { FakeSlack } from '../slack/fake-slack-api.js';
import type { Nginx, Postgres, Replica } from './cluster.js';

/** Requests per minute per client address on every replica (the shared-limit check sends twice as many). */
export const RATE_LIMIT = 20;

/** The running cluster the checks use. */
export interface Cluster {
  db: pg.Pool;
  postgres: Postgres;
  /** Replica a and replica b (replaced when it is restarted). */
  replicas: [Replica, Replica];
  /** Starts replica b again on its port (after it stopped). */
  restartB: () => Promise<Replica>;
  nginx: Nginx;
  slack: FakeSlack;
  questions: string[];
}

/** The question every check asks. */
export const QUESTION = '第44号决议对学术成员会费怎么说？';

/** A JSON POST from client address `ip` (nginx and the replicas trust X-Forwarded-For from loopback). */
export function json(body: unknown, ip: string): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify(body) };
}

/** POSTs one feedback entry with `marker` as its comment; 201 is an acknowledged write. */
export async function postFeedback(base: string, marker: string, ip: string): Promise<number> {
  const res = await fetch(`${base}/api/feedback`, json({ rating: 'up', comment: marker, question: QUESTION, answer: '见第44号决议[1]' }, ip));
  await res.arrayBuffer();
  return res.status;
}

/** Markers of the feedback rows whose comment starts with `prefix`. */
export async function storedMarkers(db: pg.Pool, prefix: string): Promise<Set<string>> {
  const { rows } = await db.query<{ comment: string }>('SELECT comment FROM feedback WHERE comment LIKE $1', [`${prefix}%`]);
  return new Set(rows.map((r) => r.comment));
}
