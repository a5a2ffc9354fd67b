// Numbered citations: each cited record gets the next [n] marker once, with the quote the answer relies on.
import type { ClauseRecord } from '../corpus/types.js';
import type { Citation } from './types.js';

/** Collects cited records in the order the answer cites them and hands out their markers. */
export class CitationList {
  private readonly items: Citation[] = [];

  /** The marker `[n]` for `record` (the same record always gets the same n); `quote` must be a substring of its text. */
  cite(record: ClauseRecord, quote = record.text): string {
    const existing = this.items.find((c) => c.id === record.id);
    if (existing) return `[${existing.n}]`;
    const n = this.items.length + 1;
    this.items.push({ ...stripScore(record), n, quote: record.text.includes(quote) ? quote : record.text });
    return `[${n}]`;
  }

  /** Number of citations so far. */
  get size(): number {
    return this.items.length;
  }

  /** The citations in marker order. */
  list(): Citation[] {
    return [...this.items];
  }
}

function stripScore(record: ClauseRecord): ClauseRecord {
  const { score: _score, ...rest } = record as ClauseRecord & { score?: number };
  return rest;
}
