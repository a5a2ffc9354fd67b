// "中国有几位研究组副主席？": the chairs and vice-chairs from a country, across all groups.
import { composePeopleByCountry } from '../compose-structured.js';
import type { AnswerKind } from './kind.js';

/** A question naming no group or document that asks about the people from a country the chairs list names. */
export const peopleByCountryKind: AnswerKind = {
  name: 'people-by-country',
  recognises: (q) => q.group === undefined && q.docs.length === 0,
  compose: (q, citations) => composePeopleByCountry(q.corpus, q.question, citations),
};
