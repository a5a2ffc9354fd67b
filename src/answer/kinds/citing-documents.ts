// "哪些决议引用了第44号决议？" / "第99号决议引用了哪些决议？": citations between the documents, either way.
import { composeCitingDocuments, composeReferencedDocuments } from '../compose-structured.js';
import type { AnswerKind } from './kind.js';

/** True when the question asks what `doc` cites ("第99号决议引用了哪个决议？"), not who cites it. */
function citesOutward(question: string, doc: string): boolean {
  const q = question.normalize('NFKC');
  const id = doc.replace(/[./]/g, '\\$&');
  const at = q.search(new RegExp(`${id}\\s*号?决议|res(?:olution)?\\.?\\s*${id}`, 'i'));
  const verb = q.search(/引用|援引|提到|提及|参引|cite|refer|mention/i);
  return at >= 0 && verb > at && /哪|什么|which|what/i.test(q.slice(verb));
}

/** A question about one named document's citations. */
export const citingDocumentsKind: AnswerKind = {
  name: 'citing-documents',
  recognises: (q) => q.docs.length === 1 && q.understanding.intent === 'cites',
  compose: (q, citations) => {
    const doc = q.docs[0]!;
    return citesOutward(q.question, doc.doc)
      ? composeReferencedDocuments(q.corpus, doc, q.understanding.sections, citations)
      : composeCitingDocuments(q.corpus, doc.doc, citations);
  },
};
