import { describe, expect, it } from 'vitest';
import { blankLists, findNumberLists, type ListGrammar } from './number-lists.js';

const RESOLUTIONS: ListGrammar = {
  item: /(?:第 ?)?(\d{1,3})/y,
  separator: /(?: ?号)? ?(?:[、,和及与或]|以及) ?/y,
  closer: / ?号 ?决议/y,
  mayStartAt: (q, at) => !/[a-z0-9]/.test(q[at - 1] ?? ''),
};

describe('findNumberLists', () => {
  it('reads each closed list with its numbers and span', () => {
    const q = '第44、76号决议和第2号决议';
    expect(findNumberLists(q, RESOLUTIONS)).toEqual([
      { start: 0, end: 9, numbers: ['44', '76'] },
      { start: 10, end: 15, numbers: ['2'] },
    ]);
  });

  it('ends a list at the last item the closer follows', () => {
    expect(findNumberLists('第1、第2号决议、第3条', RESOLUTIONS).map((l) => l.numbers)).toEqual([['1', '2']]);
  });

  it('finds nothing in a run no closer ends, and skips the run whole', () => {
    expect(findNumberLists(`${'1 、 '.repeat(300)}x`, RESOLUTIONS)).toEqual([]);
    expect(findNumberLists(`${'1 、 '.repeat(300)}x 5号决议`, RESOLUTIONS).map((l) => l.numbers)).toEqual([['5']]);
  });

  it('starts only where the grammar allows', () => {
    expect(findNumberLists('sg17号决议', RESOLUTIONS)).toEqual([]);
  });

  it('refuses patterns that are not sticky', () => {
    expect(() => findNumberLists('1号决议', { ...RESOLUTIONS, item: /(\d)/ })).toThrow(/sticky/);
  });
});

describe('blankLists', () => {
  it('replaces each list by one space, keeping those asked to stay', () => {
    const q = '第44号决议和理事会第5号决议';
    const lists = findNumberLists(q, RESOLUTIONS);
    expect(blankLists(q, lists)).toBe(' 和理事会 ');
    expect(blankLists(q, lists, (l) => l.numbers[0] === '5')).toBe(' 和理事会第5号决议');
  });
});
