// "第44号决议讲什么？", "第55号决议是哪一年首次通过的？": one document's title, history and main operative clauses.
import { composeAboutDocument } from '../compose-structured.js';
import type { AnswerKind } from './kind.js';

/** A question about when a document was adopted ("哪年第一次通过", "when was it adopted"): its history is cited first. */
const ASKS_WHEN = /哪一?年|何时|什么时候|哪届|首次通过|第一次通过|最初通过|最早通过|when|which year/i;

/** A question about what one named document is. */
export const aboutDocumentKind: AnswerKind = {
  name: 'about-document',
  recognises: (q) => q.docs.length === 1 && q.understanding.intent === 'about-document',
  compose: (q, citations) => composeAboutDocument(q.docs[0]!, q.corpus.records, q.terms, citations, ASKS_WHEN.test(q.question)),
};
