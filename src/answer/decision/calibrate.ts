// Fits the answer / hedge / refuse decision: a logistic model of "the texts answer this" over the decision features
// of evaluation items, thresholds chosen on cross-validated (out-of-fold) probabilities, never on the fitted ones.
import { DECISION_FEATURES } from './features.js';
import { crossValidatedProbabilities, fitLogistic, type Example } from './logistic-model.js';
import { DECISION_MODEL_VERSION, type DecisionModelFile } from './decision-model.js';

/** The most answerable questions the refuse threshold may refuse (out of fold); the product's target is 5 %. */
export const MAX_ANSWERABLE_REFUSED = 0.02;
/**
 * The most unanswerable questions the answer threshold may answer confidently (out of fold), as a share of all the
 * unanswerable questions asked (those a rule already refused included); the product's target is 10 %.
 */
export const MAX_UNANSWERABLE_ANSWERED = 0.08;
/** L2 penalty on the standardised weights. */
const LAMBDA = 1;
const FOLDS = 5;

/** Share of `values` below `t`. */
const below = (values: number[], t: number) => values.filter((v) => v < t).length / Math.max(1, values.length);

/** Area under the ROC curve: the chance a random positive scores above a random negative. */
function auc(p: number[], y: (0 | 1)[]): number {
  const pos = p.filter((_, i) => y[i] === 1);
  const neg = p.filter((_, i) => y[i] === 0);
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / Math.max(1, pos.length * neg.length);
}

/**
 * The thresholds: refuse below the highest probability that refuses at most MAX_ANSWERABLE_REFUSED of the answerable
 * items; answer from the lowest probability that answers at most MAX_UNANSWERABLE_ANSWERED of the unanswerable ones.
 */
export function chooseThresholds(p: number[], y: (0 | 1)[], refusedByRules = 0): { answer: number; refuse: number } {
  const positives = p.filter((_, i) => y[i] === 1);
  const negatives = p.filter((_, i) => y[i] === 0);
  const candidates = [0, ...[...new Set(p)].sort((a, b) => a - b), 1];
  const refuse = Math.max(...candidates.filter((t) => below(positives, t) <= MAX_ANSWERABLE_REFUSED));
  const answered = (t: number) => negatives.filter((v) => v >= t).length / Math.max(1, negatives.length + refusedByRules);
  const answer = Math.min(...candidates.filter((t) => t >= refuse && answered(t) <= MAX_UNANSWERABLE_ANSWERED));
  return { answer, refuse };
}

/**
 * Fits the model on all examples, chooses thresholds out of fold, and reports the out-of-fold outcomes;
 * `refusedByRules` counts the unanswerable questions a rule refused before the model (they count in the targets).
 */
export function calibrateDecision(examples: Example[], fittedOn: string[], refusedByRules = 0, now = new Date()): DecisionModelFile {
  const features = [...DECISION_FEATURES];
  const oof = crossValidatedProbabilities(examples, features, FOLDS, LAMBDA);
  const y = examples.map((e) => e.y);
  const thresholds = chooseThresholds(oof, y, refusedByRules);
  const outcome = (p: number) => (p >= thresholds.answer ? 'answer' : p >= thresholds.refuse ? 'hedge' : 'refuse');
  const rates = (label: 0 | 1) => {
    const ps = oof.filter((_, i) => y[i] === label);
    const count = (o: string) => Number((ps.filter((p) => outcome(p) === o).length / Math.max(1, ps.length)).toFixed(3));
    return { n: ps.length, answer: count('answer'), hedge: count('hedge'), refuse: count('refuse') };
  };
  const accuracy = oof.filter((p, i) => (p >= 0.5 ? 1 : 0) === y[i]).length / Math.max(1, oof.length);
  return {
    version: DECISION_MODEL_VERSION,
    fittedAt: now.toISOString(),
    fittedOn,
    model: fitLogistic(examples, features, LAMBDA),
    thresholds,
    crossValidation: {
      folds: FOLDS,
      accuracyAtHalf: Number(accuracy.toFixed(3)),
      auc: Number(auc(oof, y).toFixed(3)),
      answerable: rates(1),
      unanswerable: rates(0),
      unanswerableRefusedByRules: refusedByRules,
    },
  };
}
