// The default, model-free answer: a structured answer when the question is one of the common kinds,
// otherwise the best clauses' answering sentences — every statement ending in its citation marker.
import { documentName } from '../corpus/document-name.js';
import { footnoteNumber, footnotesOf } from '../corpus/footnote-links.js';
import type { ClauseRecord, ParsedCorpus } from '../corpus/types.js';
import { clauseAddresses } from '../search/addressing.js';
import { asksWhichResolutions } from '../search/query/intent.js';
import type { QueryUnderstanding } from '../search/query/understand-query.js';
import { CitationList } from './citations.js';
import { composeGeneral, composeMentioningDocuments } from './compose-general.js';
import { composeByKind, GENERAL_KIND } from './kinds/registry.js';
import { groupName } from './mandate.js';
import { quoteScore, type QuoteTerms } from './select-sentences.js';
import type { Citation, ScoredRecord } from './types.js';

/** What the extractive composer produced. */
export interface ExtractiveAnswer {
  text: string;
  citations: Citation[];
  /** True when the answer came from the corpus structure (mandates, document overviews …), not from ranking alone. */
  structured: boolean;
  /** The kind of question that answered (kinds/registry.ts), or "general". */
  kind: string;
}

/** Inputs of the extractive composer. */
export interface ComposeInput {
  corpus: ParsedCorpus;
  /** The standalone question. */
  question: string;
  understanding: QueryUnderstanding;
  hits: ScoredRecord[];
  /** The question's rare terms weighted by IDF (for choosing which sentences to quote). */
  terms: QuoteTerms;
  /** The question's own rare words, whole: what "which resolutions mention…" looks for. */
  topic: string[];
}

/**
 * How much more of the question's rare terms (by weight) the general answer's first clause must hold than the whole
 * structured answer for the general answer to win: a structured answer chosen by a question word ("由谁…" → who is
 * instructed, "哪一年" → about the document, "提到" → citing documents) that misses what the question is about gives
 * way to the clause that holds it. Answers about a group or the collection (mandates, new resolutions) are the topic.
 */
const ARBITRATION_MARGIN = 0.2;
const WORDING_INTENTS: ReadonlySet<string> = new Set(['who-instructed', 'about-document', 'cites']);

/** The footnotes a record's markers point to, except those printed in several documents (the standard 发展中国家 note). */
function ownFootnotes(corpus: ParsedCorpus, record: ClauseRecord): ClauseRecord[] {
  if (record.notes.length === 0) return [];
  return footnotesOf(record, corpus.records).filter((n) => !corpus.records.some((r) => footnoteNumber(r) !== null && r.doc !== n.doc && r.text === n.text));
}

/** Composes the extractive answer; text is "" when there is nothing to say. */
export function composeExtractive(input: ComposeInput): ExtractiveAnswer {
  const fromStructure = new CitationList();
  const byKind = composeByKind(input, fromStructure);
  const structured = byKind?.text ?? '';
  const fromRanking = new CitationList();
  const childrenOf = (id: string) => input.corpus.records.filter((r) => r.parentId === id);
  const general =
    (listsMentions(input) && composeMentioningDocuments(input.corpus.records, input.hits, input.topic, input.terms, fromRanking)) ||
    composeGeneral(input.hits, input.terms, fromRanking, { childrenOf, footnotesOf: (r) => ownFootnotes(input.corpus, r) }, input.understanding.language);
  const first = fromRanking.list()[0];
  const yields =
    WORDING_INTENTS.has(input.understanding.intent) &&
    first !== undefined &&
    termShare(input.terms, [first]) - termShare(input.terms, fromStructure.list()) >= ARBITRATION_MARGIN;
  const structureWins = Boolean(structured) && !yields;
  if (structureWins) return { text: structured, citations: fromStructure.list(), structured: true, kind: byKind!.kind };
  const note = general ? unaddressedNote(input) : '';
  return { text: note ? `${note}\n${general}` : general, citations: fromRanking.list(), structured: false, kind: GENERAL_KIND };
}

/** Share (by weight) of the terms that the records' headings and texts contain; 0 without terms. */
function termShare(terms: QuoteTerms, records: ClauseRecord[]): number {
  const total = [...terms.values()].reduce((sum, w) => sum + w, 0);
  return total === 0 ? 0 : quoteScore(records.map((r) => `${r.section}${r.text}`).join('\n'), terms) / total;
}

/**
 * True for "which resolutions mention X" in Chinese (an English question's words never occur in the Chinese text),
 * naming no document; a quoted reference ("理事会第630号决定") is found by retrieval instead, body and number apart.
 */
function listsMentions({ question, understanding: u }: ComposeInput): boolean {
  return u.language === 'zh' && u.docs.length === 0 && asksWhichResolutions(question) && u.refs.quotedRefs.length === 0;
}

/** For a question about what a resolution tells a party it does not address: a sentence saying so ('' otherwise). */
function unaddressedNote({ corpus, understanding: u }: ComposeInput): string {
  if (u.docs.length !== 1 || u.clauseLabels.length > 0 || !u.refs.wantsTasks) return '';
  const doc = corpus.documents.find((d) => d.doc === u.docs[0]);
  const parties = [...u.studyGroups.map(groupName), ...u.addressees];
  if (!doc || doc.kind !== 'resolution' || parties.length === 0) return '';
  if (corpus.records.some((r) => r.doc === doc.doc && clauseAddresses(r, u))) return '';
  return `${documentName(doc.doc)}《${doc.title}》中没有专门写给${parties.join('、')}的段落（“责成……”“请……”）。与问题最相关的条款：`;
}

