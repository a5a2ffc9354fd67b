// The general extractive answer: the best clause's answering sentences, then up to two supporting clauses.
import { documentName } from '../corpus/document-name.js';
import type { ClauseRecord } from '../corpus/types.js';
import { CitationList } from './citations.js';
import { recordPlaceEn } from './english-place.js';
import { groupName } from './mandate.js';
import { normalizeForSearch } from '../search/lexical/normalize.js';
import { bestQuote, type QuoteTerms } from './select-sentences.js';
import type { ScoredRecord } from './types.js';

/** A supporting clause must score at least this share of the best one to be mentioned. */
const SUPPORT_RATIO = 0.55;
const MAX_SUPPORT = 2;

/** Where a record sits, for the lead sentence: 第44号决议《title》“做出决议”第3段, or 第70号决议脚注2. */
export function recordPlace(record: ClauseRecord, withTitle: boolean): string {
  const doc = withTitle ? `${documentName(record.doc)}《${record.docTitle}》` : documentName(record.doc);
  if (record.meta?.footnote) return `${doc}${record.section}${record.meta.footnote.number}`;
  const section = record.section ? `“${record.section}”` : '';
  const label = record.labelPath.length ? `第${record.labelPath.join(' ')}${/^\d+$/.test(record.label) ? '段' : '项'}` : '';
  const group = record.meta?.studyGroup ? `（${groupName(record.meta.studyGroup)}）` : '';
  return `${doc}${section}${label}${group}`;
}

/** The framing words of a general answer in each language (the quotes stay in the texts' Chinese). */
const FRAMING = {
  zh: {
    lead: (place: string, quote: string) => `根据${place}：${quote}`,
    related: '相关条款：',
    item: (place: string, quote: string) => `- ${place}：${quote}`,
  },
  en: {
    lead: (place: string, quote: string) => `According to ${place}: 「${quote}」`,
    related: 'Related clauses:',
    item: (place: string, quote: string) => `- ${place}: 「${quote}」`,
  },
};

/** How a record relates to others in its document: the sub-items it introduces and the footnotes it refers to. */
export interface RecordStructure {
  childrenOf(id: string): ClauseRecord[];
  /** The footnote records whose markers the record carries, except footnotes printed in several documents. */
  footnotesOf(record: ClauseRecord): ClauseRecord[];
}

const NO_STRUCTURE: RecordStructure = { childrenOf: () => [], footnotesOf: () => [] };

/**
 * Composes the answer text from ranked records; `terms` are the question's search terms. The best clause's own
 * footnotes come first among the related clauses (they explain a word of it: 世界各地1 → where the meetings were).
 */
export function composeGeneral(
  hits: ScoredRecord[],
  terms: QuoteTerms,
  citations: CitationList,
  structure: RecordStructure = NO_STRUCTURE,
  language: 'zh' | 'en' = 'zh',
): string {
  const [top, ...rest] = hits;
  if (!top) return '';
  const words = FRAMING[language];
  const place = (r: ClauseRecord, withTitle: boolean) => (language === 'en' ? recordPlaceEn(r) : recordPlace(r, withTitle));
  const items = chapeauItems(top, structure.childrenOf);
  const lines: string[] = [];
  if (items.length) {
    // A chapeau ("…之前，咨询：") is quoted whole and cited where it stands, its items after it in printed order.
    lines.push(`${words.lead(place(top, true), top.text)}${citations.cite(top)}`);
    for (const item of items) {
      const quote = bestQuote(item.text, terms, 1, 120);
      lines.push(`- ${item.label ? `${item.label} ` : ''}${quote}${citations.cite(item, quote)}`);
    }
  } else {
    const quote = bestQuote(top.text, terms);
    lines.push(`${words.lead(place(top, true), quote)}${citations.cite(top, quote)}`);
  }
  const notes = structure.footnotesOf(top);
  const cited = new Set([top.id, ...items.map((i) => i.id), ...notes.map((n) => n.id)]);
  const support = [
    ...notes,
    ...rest
      .filter((r) => r.score >= top.score * SUPPORT_RATIO && !cited.has(r.id) && !cited.has(r.parentId ?? '') && top.parentId !== r.id)
      .slice(0, MAX_SUPPORT),
  ];
  if (support.length) {
    lines.push(words.related);
    for (const r of support) {
      const quote = bestQuote(r.text, terms, 1, 120);
      lines.push(`${words.item(place(r, r.doc !== top.doc), quote)}${citations.cite(r, quote)}`);
    }
  }
  return lines.join('\n');
}

/**
 * For "which resolutions mention…" questions: every document with a clause containing all of the `topic` words,
 * those retrieved first (in rank order), each with its first such clause; '' when no clause has them all.
 */
export function composeMentioningDocuments(
  records: ClauseRecord[],
  hits: ScoredRecord[],
  topic: string[],
  terms: QuoteTerms,
  citations: CitationList,
): string {
  if (topic.length === 0) return '';
  const mentions = (r: ClauseRecord) => {
    const text = normalizeForSearch(r.text);
    return topic.every((t) => text.includes(t));
  };
  const byDoc = new Map<string, ClauseRecord>();
  for (const r of [...hits, ...records]) if (!byDoc.has(r.doc) && mentions(r)) byDoc.set(r.doc, r);
  if (byDoc.size === 0) return '';
  const shown = [...byDoc.values()].slice(0, MAX_DOCUMENTS);
  const lines = [`提到“${topic.join('”“')}”的文件有${byDoc.size}份${byDoc.size > shown.length ? `（列出前${shown.length}份）` : ''}：`];
  for (const r of shown) {
    const quote = bestQuote(r.text, terms, 1, 120);
    lines.push(`- ${recordPlace(r, true)}：${quote}${citations.cite(r, quote)}`);
  }
  return lines.join('\n');
}

const MAX_DOCUMENTS = 8;

/** The sub-items of a clause that ends in a colon and lists them (at most MAX_ITEMS); [] otherwise. */
function chapeauItems(record: ClauseRecord, childrenOf: (id: string) => ClauseRecord[]): ClauseRecord[] {
  if (!/[：:]\s*$/.test(record.text)) return [];
  return childrenOf(record.id).slice(0, MAX_ITEMS);
}

const MAX_ITEMS = 8;
