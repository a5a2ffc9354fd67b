// How much of a question the given records cover: the evidence gate's measure and a re-ranking signal.
import type { ClauseRecord } from '../corpus/types.js';
import { normalizeForSearch } from './lexical/normalize.js';
import { lexicalText, type SearchIndex } from './search-index.js';

/** Weight of an English word the glossary did not translate (the IDF of a term in about one passage of twenty). */
const ENGLISH_WORD_WEIGHT = 3;

/**
 * Share (weighted by inverse document frequency, so that 决议 or 研究组 count for little) of the question's own
 * terms that occur, as written or as an alias ("qos" as 服务质量), in the given records. English questions meet
 * the Chinese text through the glossary: their Chinese terms count, and so do the English words no glossary
 * phrase translated, which the records must then contain as written ("IPv6").
 */
export function termCoverage(index: Pick<SearchIndex, 'lexical'>, question: string, records: ClauseRecord[]): number {
  const english = !/\p{Script=Han}/u.test(question);
  const translated = english ? index.lexical.aliasRules.matches(question) : [];
  const terms = [...index.lexical.queryTerms(question).entries()]
    .filter(([t, w]) => (english ? /\p{Script=Han}/u.test(t) || (w >= 1 && !translated.some((p) => p.includes(t))) : w >= 1))
    .map(([t]) => t);
  if (terms.length === 0) return 0;
  const haystack = normalizeForSearch(records.map((r) => lexicalText(r)).join('\n'));
  let total = 0;
  let found = 0;
  for (const t of terms) {
    // An English word no glossary phrase translated cannot occur in the Chinese text: it counts, but not as a rare term.
    const w = english && !/\p{Script=Han}/u.test(t) ? Math.min(index.lexical.idf(t), ENGLISH_WORD_WEIGHT) : index.lexical.idf(t);
    total += w;
    if (haystack.includes(t) || index.lexical.aliasRules.expand(t).some((a) => haystack.includes(normalizeForSearch(a)))) found += w;
  }
  return found / total;
}
