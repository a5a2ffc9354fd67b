import { describe, expect, it } from 'vitest';
import { calibrateDecision, chooseThresholds, MAX_ANSWERABLE_REFUSED, MAX_UNANSWERABLE_ANSWERED } from './calibrate.js';
import type { Example } from './logistic-model.js';

describe('chooseThresholds', () => {
  // 100 answerable questions spread over 0.30–0.99, 20 unanswerable ones over 0.01–0.96.
  const answerable = Array.from({ length: 100 }, (_, i) => 0.3 + (i * 0.69) / 99);
  const unanswerable = Array.from({ length: 20 }, (_, i) => 0.01 + (i * 0.95) / 19);
  const p = [...answerable, ...unanswerable];
  const y: (0 | 1)[] = [...answerable.map((): 1 => 1), ...unanswerable.map((): 0 => 0)];

  it('refuses no more answerable questions, and answers no more unanswerable ones, than the limits allow', () => {
    const { answer, refuse } = chooseThresholds(p, y);
    expect(refuse).toBeLessThanOrEqual(answer);
    expect(answerable.filter((v) => v < refuse).length / answerable.length).toBeLessThanOrEqual(MAX_ANSWERABLE_REFUSED);
    expect(unanswerable.filter((v) => v >= answer).length / unanswerable.length).toBeLessThanOrEqual(MAX_UNANSWERABLE_ANSWERED);
  });

  it('counts the questions a rule refused in the share of unanswerable ones answered', () => {
    const alone = chooseThresholds(p, y).answer;
    const withRules = chooseThresholds(p, y, 20).answer;
    expect(withRules).toBeLessThan(alone);
  });
});

describe('calibrateDecision', () => {
  it('fits a model whose out-of-fold report covers every example', () => {
    const examples: Example[] = Array.from({ length: 60 }, (_, i) => ({ x: { coverage: (i % 10) / 10, dense: 0.5 }, y: i % 10 >= 3 ? 1 : 0 }));
    const file = calibrateDecision(examples, ['a.json'], 0, new Date('2026-01-01T00:00:00Z'));
    const cv = file.crossValidation as { answerable: { n: number }; unanswerable: { n: number } };
    expect(cv.answerable.n + cv.unanswerable.n).toBe(60);
    expect(file.fittedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(file.model.features).toContain('coverage');
  });
});
