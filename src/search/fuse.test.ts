import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from './fuse.js';

describe('reciprocalRankFusion', () => {
  it('ranks an id found by both lists above ids found by one', () => {
    const scores = reciprocalRankFusion([
      { weight: 1, ids: ['a', 'b', 'c'] },
      { weight: 1, ids: ['c', 'd'] },
    ]);
    const order = [...scores.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
    expect(order[0]).toBe('c');
    expect(order).toHaveLength(4);
  });

  it('lets a heavier list win a tie of ranks', () => {
    const scores = reciprocalRankFusion([
      { weight: 2, ids: ['lexical-top'] },
      { weight: 1, ids: ['dense-top'] },
    ]);
    expect(scores.get('lexical-top')!).toBeGreaterThan(scores.get('dense-top')!);
  });
});
