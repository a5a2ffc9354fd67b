// "第44号和第74号决议分别讲了什么？": each named document's best clause, in the order named.
import { composePerDocument } from '../compose-structured.js';
import type { AnswerKind } from './kind.js';

/** A general question about several named documents. */
export const perDocumentKind: AnswerKind = {
  name: 'per-document',
  recognises: (q) => q.docs.length > 1 && q.understanding.intent === 'general',
  compose: (q, citations) => composePerDocument(q.docs, q.hits, q.terms, citations),
};
