// Numbered citations: each cited record gets the next [n] marker once, with the quote the answer relies on.
import type { ClauseRecord } from '../corpus/types.js';
import { bestQuote, NO_TERMS } from './select-sentences.js';
import type { Citation } from './types.js';

/** The longest quote a citation carries (CONTRACT §4): a highlight, never a whole long clause. */
export const MAX_QUOTE_CHARS = 200;

/** Collects cited records in the order the answer cites them and hands out their markers. */
export class CitationList {
  private readonly items: Citation[] = [];

  /**
   * The marker `[n]` for `record` (the same record always gets the same n). `quote` must be a substring of its text
   * (otherwise, and by default, the clause's opening sentences); it is cut to MAX_QUOTE_CHARS.
   */
  cite(record: ClauseRecord, quote?: string): string {
    const existing = this.items.find((c) => c.id === record.id);
    if (existing) return `[${existing.n}]`;
    const n = this.items.length + 1;
    const chosen = quote && record.text.includes(quote) ? quote : bestQuote(record.text, NO_TERMS);
    this.items.push({ ...stripScore(record), n, quote: chosen.slice(0, MAX_QUOTE_CHARS) });
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
