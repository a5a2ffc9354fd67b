// Durable feedback storage in SQLite (better-sqlite3, WAL mode) under the data directory.
import { openSqlite } from '../open-sqlite.js';
import type { FeedbackEntry, FeedbackStore, StoredFeedback } from './types.js';

interface Row {
  id: number;
  created_at: string;
  rating: 'up' | 'down';
  comment: string | null;
  question: string;
  answer: string;
  citations: string;
  source: string;
}

const fromRow = (r: Row): StoredFeedback => ({
  id: r.id,
  createdAt: r.created_at,
  rating: r.rating,
  ...(r.comment === null ? {} : { comment: r.comment }),
  question: r.question,
  answer: r.answer,
  citations: JSON.parse(r.citations) as StoredFeedback['citations'],
  source: r.source,
});

/** Opens (creating if needed) `<dataDir>/feedback.sqlite` and its table. */
export function openFeedbackStore(dataDir: string): FeedbackStore {
  const db = openSqlite(dataDir, 'feedback.sqlite');
  db.exec(`CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,
    source TEXT NOT NULL
  )`);
  const insert = db.prepare<[string, string, string | null, string, string, string, string], Row>(
    `INSERT INTO feedback (created_at, rating, comment, question, answer, citations, source)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  );
  const recent = db.prepare<[number], Row>('SELECT * FROM feedback ORDER BY id DESC LIMIT ?');

  return {
    add(entry: FeedbackEntry) {
      const citations = entry.citations.map(({ id, doc, section, label }) => ({ id, doc, section, label }));
      const row = insert.get(
        new Date().toISOString(),
        entry.rating,
        entry.comment ?? null,
        entry.question,
        entry.answer,
        JSON.stringify(citations),
        entry.source,
      );
      if (!row) throw new Error('feedback insert returned no row');
      return fromRow(row);
    },
    list(limit = 50) {
      return recent.all(limit).map(fromRow);
    },
    close() {
      if (db.open) db.close();
    },
  };
}
