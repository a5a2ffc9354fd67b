// "哪些决议最早是1984年通过的？", "第3委员会提出了哪些新决议？": lists and counts read from the documents' headers.
import { composeByCommittee, composeFirstAdopted } from '../compose-lists.js';
import type { AnswerKind } from './kind.js';

/** A question naming no document that asks for the resolutions first adopted at an assembly, or a committee's. */
export const listsAndCountsKind: AnswerKind = {
  name: 'lists-and-counts',
  recognises: (q) => q.docs.length === 0,
  compose: (q, citations) => composeFirstAdopted(q.corpus, q.question, citations) || composeByCommittee(q.corpus, q.question, citations),
};
