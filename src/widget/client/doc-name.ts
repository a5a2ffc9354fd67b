// How the widget names a document and a clause to readers: 第44号决议《标题》, ITU-T A.25建议书《标题》, 做出决议 3.
import { documentName } from '../../corpus/document-name.js';

const BLOCKS = new Set(['actions', 'leadership', 'questions']);

/** The full name of a document: 第44号决议《标题》; the trailing blocks are named by their title alone. */
export function docFullName(doc: string, title: string): string {
  const name = documentName(doc);
  const t = title.trim();
  if (!t || t === name) return name;
  return BLOCKS.has(doc) ? t : `${name}《${t}》`;
}

/** The fields that place a clause in its document. */
type Placed = { section: string; label: string; labelPath?: string[] | undefined };

/** The clause's label path, or its label alone when it has no path; [] when unlabelled. */
const labelsOf = (record: Placed): string[] =>
  record.labelPath && record.labelPath.length > 0 ? record.labelPath : record.label ? [record.label] : [];

/** Where a clause sits inside its document: the section heading and the clause's label path, e.g. "做出决议 1 ii)". */
export function clausePlace(record: Placed): string {
  return [record.section, ...labelsOf(record)].filter(Boolean).join(' ');
}

/** A clause named as the texts name one: 第73号决议“做出决议”第2段 (第1 ii)段 for a sub-item; no 段 without a label). */
export function clauseReference(record: Placed & { doc: string }): string {
  const labels = labelsOf(record);
  return `${documentName(record.doc)}“${record.section}”${labels.length > 0 ? `第${labels.join(' ')}段` : ''}`;
}

/** A part of a clause's text by character offsets (UTF-16, end exclusive). */
export interface TextSpan {
  from: number;
  to: number;
}

/** The path of the document view page for a document, optionally pointing at one clause and a part of its text
 * given by offsets (never the text itself: links stay short whatever the quote). */
export function docViewPath(doc: string, clauseId?: string, span?: TextSpan): string {
  const params = new URLSearchParams();
  if (clauseId) params.set('clause', clauseId);
  if (clauseId && span && span.to > span.from) {
    params.set('from', String(span.from));
    params.set('to', String(span.to));
  }
  const query = params.toString();
  return `/docs/${encodeURIComponent(doc)}${query ? `?${query}` : ''}`;
}
