// Assembles a table document (WTSA-24 actions, the chairs list, the Question lists): no status, history or footnotes.
import type { DocumentParse } from './marked-document.js';
import { buildSections, type SectionDraft } from './records.js';
import { sliceSpan, type DocumentSlice } from './split-documents.js';

/** The document and records of a table whose kind is its id ("actions", "leadership", "questions"). */
export function tableDocument(doc: 'actions' | 'leadership' | 'questions', title: string, slice: DocumentSlice, drafts: readonly SectionDraft[]): DocumentParse {
  const { sections, records } = buildSections(doc, title, drafts);
  return {
    document: { doc, kind: doc, status: null, title, history: [], footnotes: [], sections, lines: sliceSpan(slice) },
    records,
  };
}
