// "哪个研究组牵头负责身份管理？": the lead study group of a topic (Res 2 Annex A Part 2 and the resolutions).
import { composeLeadGroup } from '../compose-structured.js';
import type { AnswerKind } from './kind.js';

/** A question naming no group or document that asks which group leads a topic. */
export const leadGroupKind: AnswerKind = {
  name: 'lead-group',
  recognises: (q) => q.group === undefined && q.docs.length === 0 && q.understanding.intent === 'mandate' && q.understanding.refs.wantsLead,
  compose: (q, citations) => composeLeadGroup(q.corpus, q.question, citations),
};
