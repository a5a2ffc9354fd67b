// The signals the answer / hedge / refuse decision reads, one number each, named as in the model file.
import type { Evidence } from '../../search/hybrid-search.js';

/** The feature names, in the order the calibration fits them. */
export const DECISION_FEATURES = [
  'dense',
  'denseMargin',
  'coverage',
  'knownCoverage',
  'unknownShare',
  'explicit',
  'structured',
  'lacksQuantity',
  'unknownNames',
  'english',
  'termCount',
  'firstCoverage',
] as const;

/** What one question's features are read from. */
export interface DecisionSignals {
  evidence: Evidence;
  /** The answer came from the corpus structure (mandate card, document overview, task list …). */
  structured: boolean;
  /** The question asks for a quantity and none of the top records states one. */
  lacksQuantity: boolean;
  /** Names (people, companies, places) the question mentions that the texts never do. */
  unknownNames: number;
  language: 'zh' | 'en';
  /** Share (by rarity) of the question's terms the first cited clause holds. */
  firstCoverage: number;
}

/** The feature values of one question. */
export function decisionFeatures(s: DecisionSignals): Record<(typeof DECISION_FEATURES)[number], number> {
  const e = s.evidence;
  return {
    dense: e.dense,
    denseMargin: e.dense - e.denseSecond,
    coverage: e.coverage,
    knownCoverage: e.knownCoverage,
    unknownShare: e.unknownShare,
    explicit: e.explicit ? 1 : 0,
    structured: s.structured ? 1 : 0,
    lacksQuantity: s.lacksQuantity ? 1 : 0,
    unknownNames: Math.min(s.unknownNames, 3),
    english: s.language === 'en' ? 1 : 0,
    termCount: Math.log1p(e.termCount),
    firstCoverage: s.firstCoverage,
  };
}
