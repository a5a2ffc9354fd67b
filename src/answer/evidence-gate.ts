// The evidence gate: refuse when retrieval does not support an answer (thresholds calibrated on evals/).
import type { Evidence } from '../search/hybrid-search.js';

/**
 * Calibrated on the unanswerable and answerable items of evals/known-answers.json (see README "Refusals"):
 * a question is answered when it names a document or study group the corpus holds, or when the best dense
 * hit is close enough AND enough of the question's own terms occur in the top records.
 */
export const GATE = { minDense: 0.5, minCoverage: 0.5, strongDense: 0.72 };

/** True when the evidence is too weak to answer from. */
export function shouldRefuse(evidence: Evidence): boolean {
  if (evidence.explicit) return false;
  if (evidence.dense >= GATE.strongDense) return false;
  return evidence.dense < GATE.minDense || evidence.coverage < GATE.minCoverage;
}
