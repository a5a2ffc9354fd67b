// How much of a question the given records cover: a signal of the answer decision and a re-ranking signal.
import type { ClauseRecord } from '../corpus/types.js';
import { chineseWordsFor } from './lexical/english-terms.js';
import { normalizeForSearch } from './lexical/normalize.js';
import { lexicalText, type SearchIndex } from './search-index.js';

/** Weight of an English word the glossary did not translate (the IDF of a term in about one passage of twenty). */
const ENGLISH_WORD_WEIGHT = 3;

/** One term a question must be covered on: the term, the phrases that stand for it, and what it counts. */
export interface CoverageTerm {
  term: string;
  aliases: string[];
  weight: number;
}

/**
 * The terms coverage is measured on, weighted by inverse document frequency (so that 决议 or 研究组 count for
 * little): the question's own terms. English questions meet the Chinese text through the glossary: their
 * Chinese terms count, and so do the English words no glossary phrase translated, which the records must then
 * contain as written ("IPv6") or as one of their dictionary words in Chinese ("submarine" as 海底 or 水下).
 */
export function coverageTerms(index: Pick<SearchIndex, 'lexical' | 'englishTerms'>, question: string): CoverageTerm[] {
  const english = !/\p{Script=Han}/u.test(question);
  const translated = english ? index.lexical.aliasRules.matches(question) : [];
  const abbreviated = abbreviatedNames(question);
  return [...index.lexical.queryTerms(question).entries()]
    .filter(([t, w]) => (english ? /\p{Script=Han}/u.test(t) || (w >= 1 && !translated.some((p) => p.includes(t))) : w >= 1))
    .map(([term]) => {
      const idf = index.lexical.idf(term);
      // An English word no glossary phrase translated cannot occur in the Chinese text: it counts, but not as a rare term.
      const weight = english && !/\p{Script=Han}/u.test(term) ? Math.min(idf, ENGLISH_WORD_WEIGHT) : idf;
      const aliases = [...index.lexical.aliasRules.expand(term), ...abbreviated.filter((a) => a.name.includes(term)).map((a) => a.abbreviation)];
      return { term, aliases: english && !/\p{Script=Han}/u.test(term) ? [...aliases, ...chineseWordsFor(index.englishTerms, term)] : aliases, weight };
    });
}

/** A name followed by its abbreviation in brackets: "跨部门协调组（ICG）" (read from the start of a Han run: linear). */
const NAME_WITH_ABBREVIATION = /(?<!\p{Script=Han})(\p{Script=Han}{2,})\(([a-z][a-z0-9/-]*)\)/gu;

/**
 * The names a question gives with their abbreviation ("跨部门协调组（ICG）"): one thing named twice, so a clause that
 * says only "ICG" covers the name's words too (the texts give the full name once, then the abbreviation).
 */
function abbreviatedNames(question: string): { name: string; abbreviation: string }[] {
  return [...normalizeForSearch(question).matchAll(NAME_WITH_ABBREVIATION)].map((m) => ({ name: m[1]!, abbreviation: m[2]! }));
}

/** Each record's lexical text as search keys: coverage reads the same records for question after question. */
const searchKeys = new WeakMap<ClauseRecord, string>();

function searchKey(record: ClauseRecord): string {
  let key = searchKeys.get(record);
  if (key === undefined) searchKeys.set(record, (key = normalizeForSearch(lexicalText(record))));
  return key;
}

/** Share (by weight) of the terms that occur, as written or as an alias ("qos" as 服务质量), in the records; 0 without terms. */
export function coverage(terms: CoverageTerm[], records: ClauseRecord[]): number {
  if (terms.length === 0) return 0;
  const haystack = records.map(searchKey).join(' ');
  let total = 0;
  let found = 0;
  for (const { term, aliases, weight } of terms) {
    total += weight;
    if (haystack.includes(term) || aliases.some((a) => haystack.includes(a))) found += weight;
  }
  return found / total;
}
