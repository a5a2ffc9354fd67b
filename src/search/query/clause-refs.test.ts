import { describe, expect, it } from 'vitest';
import { findClauseLabels, findSections } from './clause-refs.js';

describe('findSections', () => {
  it.each([
    ['考虑到了什么', ['考虑到']],
    ['认识到c)', ['认识到']],
    ['进一步认识到', ['认识到']],
    ['注意到和忆及', ['注意到', '忆及']],
    ['做出决议第3段', ['做出决议']],
    ['谁被责成', ['责成']],
    ['请成员国做什么', ['请']],
    ['第52号决议请谁', ['请']],
    ['鼓励哪些人', ['鼓励']],
    ['附件A', ['附件']],
    ['considering a)', ['考虑到']],
    ['recognizing', ['认识到']],
    ['what does it resolve? resolves 2', ['做出决议']],
    ['who is instructed', ['责成']],
    ['who is invited', ['请']],
    ['bearing in mind', ['铭记']],
  ])('%s → %j', (q, sections) => {
    expect(findSections(q)).toEqual(sections);
  });

  it.each([['请问SG17负责什么'], ['请列出新决议'], ['第44号决议讲什么'], ['2024年']])('%s names no section', (q) => {
    expect(findSections(q)).toEqual([]);
  });
});

describe('findClauseLabels', () => {
  it.each([
    ['做出决议第3段', ['3']],
    ['第3段', ['3']],
    ['第３段', ['3']],
    ['做出决议3', ['3']],
    ['做出决议 3 讲什么', ['3']],
    ['责成电信标准化局主任第2段', ['2']],
    ['责成电信标准化局主任2', ['2']],
    ['认识到c)', ['c)']],
    ['认识到c', ['c)']],
    ['认识到（c）', ['c)']],
    ['认识到第c段', ['c)']],
    ['做出决议2 ii)', ['2 ii)']],
    ['第44号决议做出决议第3段讲什么', ['3']],
    ['resolves 3', ['3']],
    ['resolves paragraph 3', ['3']],
    ['paragraph 3 of resolves', ['3']],
    ['considering a)', ['a)']],
    ['considering (b)', ['b)']],
  ])('%s → %j', (q, labels) => {
    expect(findClauseLabels(q)).toEqual(labels);
  });

  it.each([
    ['第44号决议'],
    ['SG17'],
    ['责成第17研究组做什么'],
    ['认识到2024年的变化'],
    ['鼓励5G部署'],
    ['考虑到a new approach'],
    ['considering a new approach'],
    ['第2/17号课题'],
  ])('%s names no clause', (q) => {
    expect(findClauseLabels(q)).toEqual([]);
  });
});
