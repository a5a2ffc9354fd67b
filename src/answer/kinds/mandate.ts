// "SG17负责什么？", "SG20的主席是谁？", "第13研究组有哪些课题？": a group's card (Res 2 annexes, chairs, Questions).
import { normalizeForSearch } from '../../search/lexical/normalize.js';
import type { QueryUnderstanding } from '../../search/query/understand-query.js';
import { composeMandate, type MandateFocus } from '../compose-structured.js';
import { buildMandate } from '../mandate.js';
import type { AnswerKind } from './kind.js';

/** Words that ask for a count, and words that pick one item of a list ("其中哪个是讲海底光缆的？"). */
const COUNTS = /几个|几项|多少|一共|总共|how many/i;
const PICKS_ONE = /哪个是|哪一个|哪一项|which one/i;

/** Which part of the card a group question wants; null when it asks about something more specific. */
export function mandateFocus(u: QueryUnderstanding, question: string): MandateFocus | null {
  if (u.intent === 'chairs') return 'chairs';
  // Asked how many Questions a group has, the whole list answers, whatever else the question says of it.
  if (u.intent === 'questions' && COUNTS.test(question) && !PICKS_ONE.test(question)) return 'questions';
  if (!u.refs.genericGroup) return null;
  if (u.intent === 'questions') return 'questions';
  // A question made only of the group's name and generic words ("SG13的工作指导是什么？") is about the group.
  if (u.intent !== 'mandate' && u.intent !== 'general') return null;
  const t = normalizeForSearch(question);
  if (/牵头|lead/.test(t)) return 'lead';
  if (/建议书|系列|series|recommendation/.test(t)) return 'series';
  if (/指导|附件b|guidance/.test(t)) return 'guidance';
  return 'all';
}

/** A study group named without a document, asked about in general or about its chairs or Questions. */
export const mandateKind: AnswerKind = {
  name: 'mandate',
  recognises: (q) => q.group !== undefined && q.understanding.docs.length === 0 && mandateFocus(q.understanding, q.question) !== null,
  compose: (q, citations) => {
    const mandate = buildMandate(q.corpus, q.group!);
    return mandate ? composeMandate(mandate, mandateFocus(q.understanding, q.question)!, q.question, q.terms, citations) : '';
  },
};
