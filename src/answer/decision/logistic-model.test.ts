import { describe, expect, it } from 'vitest';
import { crossValidatedProbabilities, fitLogistic, probability, type Example } from './logistic-model.js';

// y = 1 when a + noise > 0.5, b is noise: the model must lean on a, not on b.
function examples(n: number): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < n; i += 1) {
    const a = (i * 37) % 100 / 100;
    const b = (i * 61) % 100 / 100;
    out.push({ x: { a, b }, y: a + ((i * 13) % 7) / 70 - 0.05 > 0.5 ? 1 : 0 });
  }
  return out;
}

describe('fitLogistic', () => {
  it('learns the signal and ignores the noise', () => {
    const model = fitLogistic(examples(400), ['a', 'b'], 0.1);
    expect(model.weights[0]).toBeGreaterThan(3);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(0.5);
    expect(probability(model, { a: 0.9, b: 0.5 })).toBeGreaterThan(0.9);
    expect(probability(model, { a: 0.1, b: 0.5 })).toBeLessThan(0.1);
  });

  it('gives out-of-fold probabilities that separate the classes', () => {
    const data = examples(300);
    const p = crossValidatedProbabilities(data, ['a', 'b'], 5, 0.1);
    const accuracy = data.filter((e, i) => (p[i]! >= 0.5 ? 1 : 0) === e.y).length / data.length;
    expect(accuracy).toBeGreaterThan(0.9);
  });

  it('refuses to fit nothing', () => {
    expect(() => fitLogistic([], ['a'])).toThrow(/no examples/);
  });
});
