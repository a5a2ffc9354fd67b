import { describe, expect, it } from 'vitest';
import { findStudyGroups } from './study-group-refs.js';

describe('findStudyGroups', () => {
  it.each([
    ['SG17负责什么', ['17']],
    ['sg 17', ['17']],
    ['ＳＧ１７', ['17']],
    ['第17研究组', ['17']],
    ['第１７研究组', ['17']],
    ['ITU-T第17研究组的职责', ['17']],
    ['国际电联电信标准化部门第17研究组', ['17']],
    ['17组管什么', ['17']],
    ['Study Group 17', ['17']],
    ['What is the mandate of study group 13?', ['13']],
    ['study groups 2 and 17', ['2', '17']],
    ['SG2、SG3和SG5', ['2', '3', '5']],
    ['第11和第17研究组', ['11', '17']],
    ['第11研究组和第17研究组', ['11', '17']],
    ['TSAG的职责', ['TSAG']],
    ['电信标准化顾问组', ['TSAG']],
    ['词汇标准化委员会', ['SCV']],
    ['课题4/17', ['17']],
    ['第2/17号课题的状况', ['17']],
    ['Question 4/17', ['17']],
    ['A/17课题研究什么', ['17']],
  ])('%s → %j', (q, groups) => {
    expect(findStudyGroups(q)).toEqual(groups);
  });

  it.each([['ITU-R第5研究组的主席是谁'], ['ITU-D SG2'], ['国际电联电信发展部门第1研究组'], ['第44号决议'], ['2024年'], ['IMT-2020组网'], ['区域组'], ['报告人组'], ['第3段'], ['ITU-T'], ['各研究组']])(
    '%s names no study group',
    (q) => {
      expect(findStudyGroups(q)).toEqual([]);
    },
  );
});
