// The sentence a hedged answer opens with: what the texts do not state, before the closest clauses.
import type { ClauseRecord } from '../corpus/types.js';
import { isContentWord } from '../search/lexical/tokenize.js';
import { coverage, type CoverageTerm } from '../search/term-coverage.js';

/** A term this rare (IDF) names something the question is about, not a function word. */
const MIN_NAMED_IDF = 2.3;
/** At most this many missing terms are named. */
const MAX_NAMED = 3;

/** A term worth naming as missing: Chinese words, not numbers or Latin tokens (a document number is not a topic). */
const NAMEABLE = /^\p{Script=Han}{2,}$/u;

/**
 * "决议文本没有直接说明这一点（没有提到“中国”）；最接近的条款：" — the question's rare Chinese terms that the texts use
 * elsewhere but the cited clauses do not contain (and unknown names) are named when there are any. Words the texts
 * never use ("意思", "时候") say nothing about them and are not named, nor are words that name no topic ("自己", "最后").
 */
export function hedgeLead(
  terms: CoverageTerm[],
  cited: ClauseRecord[],
  names: string[],
  language: 'zh' | 'en',
  occurs: (term: string) => boolean,
): string {
  // An English question's words never occur in the Chinese texts: only the names it asks about are named.
  const absent =
    language === 'en'
      ? []
      : terms
          .filter((t) => t.weight >= MIN_NAMED_IDF && NAMEABLE.test(t.term) && isContentWord(t.term) && occurs(t.term) && coverage([t], cited) === 0)
          .map((t) => t.term);
  const missing = [...new Set([...names, ...absent])].slice(0, MAX_NAMED);
  if (language === 'en') {
    const what = missing.length ? ` (they do not mention ${missing.map((m) => `"${m}"`).join(', ')})` : '';
    return `The texts do not state this directly${what}; the closest clauses:`;
  }
  const what = missing.length ? `（没有提到“${missing.join('”“')}”）` : '';
  return `决议文本没有直接说明这一点${what}；最接近的条款：`;
}
