// "本届全会新增了哪些决议？": the resolutions WTSA-24 added.
import { composeNewResolutions } from '../compose-structured.js';
import type { AnswerKind } from './kind.js';

/** A question about the resolutions new at WTSA-24 (those retrieved for the question first). */
export const newResolutionsKind: AnswerKind = {
  name: 'new-resolutions',
  recognises: (q) => q.understanding.intent === 'new-resolutions',
  compose: (q, citations) => composeNewResolutions(q.corpus, new Set(q.hits.slice(0, 5).map((h) => h.doc)), citations),
};
