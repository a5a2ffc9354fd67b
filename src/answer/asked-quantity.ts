// The evidence gate: refuse when retrieval does not support an answer (thresholds calibrated on evals/).
import type { ClauseRecord } from '../corpus/types.js';
import type { Evidence } from '../search/hybrid-search.js';

/**
 * Calibrated on the unanswerable and answerable items of evals/known-answers.json (see README "Refusals"):
 * a question is answered when it names a document, study group, series, Question or quoted reference the corpus
 * holds, or when the best dense hit is close enough AND enough of the question's own terms (weighted by how rare
 * they are in the corpus, so 决议 or 研究组 count for little) occur in the top records.
 */
const GATE = { minDense: 0.5, minCoverage: 0.5, strongDense: 0.72 };

/** Questions whose answer is a quantity: how many, how long, how often, a minimum or maximum. */
const ASKS_QUANTITY = /多少|几[个年天次项名份位周月]|最低|最高|最大|最小|how (?:many|much|often|long)/i;
/** A quantity as the texts write one: a number (Arabic or Chinese) with a unit or counter, or a percentage. */
const QUANTITY = /(?<![0-9０-９一二两三四五六七八九十百千万])[0-9０-９一二两三四五六七八九十百千万]+\s*(?:个|名|次|年|天|项|份|位|周|月|小时|倍|%|％)|百分之/;

/** True when the evidence is too weak to answer from. */
export function shouldRefuse(evidence: Evidence): boolean {
  if (evidence.explicit) return false;
  if (evidence.dense >= GATE.strongDense) return false;
  return evidence.dense < GATE.minDense || evidence.coverage < GATE.minCoverage;
}

/** True when the question asks for a quantity and none of the top records states one. */
export function lacksAskedQuantity(question: string, top: ClauseRecord[]): boolean {
  return ASKS_QUANTITY.test(question) && !top.some((r) => QUANTITY.test(r.text));
}
