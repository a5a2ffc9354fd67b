import { describe, expect, it } from 'vitest';
import { recordPlaceEn, sectionEn } from './english-place.js';

describe('recordPlaceEn', () => {
  it.each([
    [{ doc: '44', section: '做出决议', label: '3' }, 'Resolution 44 (WTSA-24), resolves 3'],
    [{ doc: '64', section: '进一步责成电信标准化局主任', label: '1' }, 'Resolution 64 (WTSA-24), further instructs the Director of TSB 1'],
    [{ doc: '2', section: '附件A 第1部分', label: '', meta: { studyGroup: '17' } }, 'Resolution 2 (WTSA-24), Annex A Part 1 (Study Group 17)'],
    [{ doc: 'A.25', section: '6 其他组织的文件纳入', label: '6.1' }, 'Recommendation ITU-T A.25, “6 其他组织的文件纳入” 6.1'],
    [{ doc: 'COM4/AI', section: '请成员国', label: '2' }, 'Resolution COM4/AI (WTSA-24), invites Member States 2'],
    [{ doc: '70', section: '脚注', label: '2' }, 'Resolution 70 (WTSA-24), footnote 2'],
  ])('names %j as %s', (record, place) => {
    expect(recordPlaceEn(record)).toBe(place);
  });

  it('joins a resolves-to-instruct heading and keeps an unknown party as printed', () => {
    expect(sectionEn('做出决议，责成国际电联电信标准化部门第20研究组')).toBe('resolves to instruct Study Group 20');
    expect(sectionEn('鼓励学术成员')).toBe('encourages 学术成员');
  });
});
