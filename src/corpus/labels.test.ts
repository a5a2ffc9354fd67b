import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels.js';

describe('parseLabel', () => {
  it.each([
    ['a) 国际电联…', 'a)', 'letter', '国际电联…'],
    ['i) 更新定义', 'i)', 'roman', '更新定义'],
    ['viii) 合作', 'viii)', 'roman', '合作'],
    ['•ii) 澄清术语', '•ii)', 'roman', '澄清术语'],
    ['12 支持工作', '12', 'number', '支持工作'],
    ['6.1.2.10 文件维护程序', '6.1.2.10', 'number', '文件维护程序'],
    ['3) 通过制定标准', '3)', 'paren', '通过制定标准'],
    ['• 国际电信', '•', 'bullet', '国际电信'],
    ['– 本决议附件A', '–', 'dash', '本决议附件A'],
    ['− 公众的通信权；', '−', 'minus', '公众的通信权；'],
    ['注1 – 专用IMT-2020网络', '注1 –', 'note', '专用IMT-2020网络'],
    ['注 – 由其他研究组转入', '注 –', 'note', '由其他研究组转入'],
    ['B.1 本附件为', 'B.1', 'annex-item', '本附件为'],
    ['II.10 组织的资格', 'II.10', 'annex-item', '组织的资格'],
    ['一 项目1：提高标准制定能力', '一', 'han-number', '项目1：提高标准制定能力'],
  ])('reads %s', (text, label, kind, rest) => {
    expect(parseLabel(text)).toEqual({ label, kind, rest });
  });

  it.each(['2030网络的要求', '20研究组', 'ITU-T第5研究组', '2025-2028年研究期内', '做出决议'])('leaves %s unlabelled', (text) => {
    expect(parseLabel(text)).toEqual({ label: '', kind: 'none', rest: text });
  });

});
