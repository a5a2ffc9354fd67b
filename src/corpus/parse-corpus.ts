// Parses the whole WTSA-24 text into documents and clause records; pure: text in, ParsedCorpus out.
import { parseActions } from './actions.js';
import { CorpusError } from './corpus-error.js';
import { parseLeadership } from './leadership.js';
import { parseMarkedDocument, type DocumentParse } from './marked-document.js';
import { parseQuestions } from './questions.js';
import { classifyLines } from './raw-lines.js';
import { splitDocuments, type DocumentSlice } from './split-documents.js';
import type { ParsedCorpus } from './types.js';

const PARSERS: Record<DocumentSlice['kind'], (slice: DocumentSlice) => DocumentParse> = {
  marked: parseMarkedDocument,
  actions: parseActions,
  leadership: parseLeadership,
  questions: parseQuestions,
};

/** Checks the shape every consumer relies on: unique ids, titled documents, records for every document. */
function verify(corpus: ParsedCorpus): void {
  const docs = new Set<string>();
  for (const d of corpus.documents) {
    if (docs.has(d.doc)) throw new CorpusError(`document ${d.doc} occurs twice`, d.lines[0]);
    docs.add(d.doc);
    if (!d.title) throw new CorpusError(`document ${d.doc} has no title`, d.lines[0]);
    if (!corpus.records.some((r) => r.doc === d.doc)) throw new CorpusError(`document ${d.doc} has no records`, d.lines[0]);
  }
  const ids = new Set<string>();
  for (const r of corpus.records) {
    if (ids.has(r.id)) throw new CorpusError(`record id ${r.id} occurs twice`, r.lines[0]);
    ids.add(r.id);
    if (!r.text.trim()) throw new CorpusError(`record ${r.id} has no text`, r.lines[0]);
  }
}

/** Parses the corpus text; throws CorpusError (with the line number) on any line it cannot place. */
export function parseCorpus(text: string): ParsedCorpus {
  if (!text.trim()) throw new CorpusError('the corpus text is empty', 1);
  const parses = splitDocuments(classifyLines(text)).map((slice) => PARSERS[slice.kind](slice));
  const corpus: ParsedCorpus = {
    documents: parses.map((p) => p.document),
    records: parses.flatMap((p) => p.records),
  };
  verify(corpus);
  return corpus;
}
