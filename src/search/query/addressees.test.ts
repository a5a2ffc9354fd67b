import { describe, expect, it } from 'vitest';
import { findAddressees } from './addressees.js';

describe('findAddressees', () => {
  it.each([
    ['TSB主任被责成做什么', ['电信标准化局主任']],
    ['电信标准化局主任要做什么', ['电信标准化局主任']],
    ['What is the TSB director instructed to do?', ['电信标准化局主任']],
    ['Director of TSB', ['电信标准化局主任']],
    ['BDT主任', ['电信发展局主任']],
    ['秘书长', ['秘书长']],
    ['谁被责成向TSAG报告', ['电信标准化顾问组']],
    ['请成员国、部门成员、部门准成员和学术成员做什么', ['成员国', '部门成员', '部门准成员', '学术成员']],
    ['学术界', ['学术成员']],
    ['What are member states invited to do?', ['成员国']],
    ['各研究组被责成做什么', ['研究组']],
    ['What must study groups do?', ['研究组']],
    ['国际电联理事会', ['理事会']],
    ['请各主管部门做什么', ['主管部门']],
  ])('%s → %j', (q, parties) => {
    expect(findAddressees(q)).toEqual(parties);
  });

  it.each([['第17研究组负责什么'], ['SG17'], ['电信标准化局的预算'], ['What does study group 17 do?']])(
    '%s names no instructed party',
    (q) => {
      expect(findAddressees(q)).toEqual([]);
    },
  );
});
