import { describe, expect, it } from 'vitest';
import { findSeries } from './series-refs.js';

describe('findSeries', () => {
  it.each([
    ['E系列建议书归哪个组？', ['E']],
    ['Y.4000 系列和 Q系列', ['Y.4000', 'Q']],
    ['Who owns series H?', ['H']],
    ['Which study group is responsible for the ITU-T P-series Recommendations?', ['P']],
    ['ITU-T系列会议', []],
  ])('%s → %j', (q, series) => expect(findSeries(q)).toEqual(series));
});
