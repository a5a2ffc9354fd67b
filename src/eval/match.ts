// CONTRACT §4 matching: when a record or citation proves a gold entry, and when an answer contains a phrase.
import type { ClauseRecord } from '../corpus/types.js';

/** One proving clause of an evaluation item: its document id (or "OTHER") and a verbatim piece of it. */
export interface GoldEntry {
  doc: string;
  quote: string;
}

/** The record fields matching reads (records, scored records and citations all have them). */
export type MatchableRecord = Pick<ClauseRecord, 'doc' | 'docTitle' | 'section' | 'text'>;

/** The documents a gold `doc` of "OTHER" stands for: the trailing tables. */
const OTHER_DOCS: ReadonlySet<string> = new Set(['actions', 'leadership', 'questions']);

/** Unicode NFKC with every whitespace character removed: the form both sides are compared in. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** True when a record's document id satisfies a gold document id (`OTHER` covers the trailing tables). */
export function docMatches(recordDoc: string, goldDoc: string): boolean {
  return recordDoc === goldDoc || (goldDoc === 'OTHER' && OTHER_DOCS.has(recordDoc));
}

/** True when the record proves the gold entry: same document and the quote is in its text, section+text or title. */
export function matchesGold(record: MatchableRecord, gold: GoldEntry): boolean {
  if (!docMatches(record.doc, gold.doc)) return false;
  const quote = normalizeForMatch(gold.quote);
  if (quote === '') return false;
  const text = normalizeForMatch(record.text);
  return (
    text.includes(quote) ||
    (normalizeForMatch(record.section) + text).includes(quote) ||
    normalizeForMatch(record.docTitle).includes(quote)
  );
}

/** True when a citation's quote (the part of its clause the answer shows) holds a gold entry's quote. */
export function quoteProves(citation: { doc: string; quote: string }, gold: readonly GoldEntry[]): boolean {
  const quote = normalizeForMatch(citation.quote);
  return gold.some((g) => docMatches(citation.doc, g.doc) && normalizeForMatch(g.quote) !== '' && quote.includes(normalizeForMatch(g.quote)));
}

/** True when the record proves at least one of the gold entries. */
export function matchesAnyGold(record: MatchableRecord, gold: readonly GoldEntry[]): boolean {
  return gold.some((g) => matchesGold(record, g));
}

/** True when `phrase` occurs in `text` after NFKC and whitespace removal on both sides (must_include checks). */
export function containsPhrase(text: string, phrase: string): boolean {
  return normalizeForMatch(text).includes(normalizeForMatch(phrase));
}
