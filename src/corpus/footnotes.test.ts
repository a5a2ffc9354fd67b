import { describe, expect, it } from 'vitest';
import { parseFootnotes, stripMarkers } from './footnotes.js';
import { classifyLines } from './raw-lines.js';

describe('stripMarkers', () => {
  const all = new Set([1, 2, 3, 4, 5]);
  it.each([
    ['2009年1；2012年，迪拜；2015年2；', '2009年；2012年，迪拜；2015年；', [1, 2]],
    ['安全性、隐私4和可信度4；', '安全性、隐私和可信度；', [4]],
    ['ICNIRP2和IEEE3制定了EMF暴露限值导则', 'ICNIRP和IEEE制定了EMF暴露限值导则', [2, 3]],
    ['第18号决议（2024年，新德里，修订版）1', '第18号决议（2024年，新德里，修订版）', [1]],
    ['在发展中国家1，46%的成年人', '在发展中国家，46%的成年人', [1]],
    ['城市元宇宙”3，以加强', '城市元宇宙”，以加强', [3]],
  ])('strips the markers of %s', (text, stripped, notes) => {
    expect(stripMarkers(text, all)).toEqual({ text: stripped, notes });
  });

  it.each([
    'ITU-T第5研究组',
    '一 项目1：提高标准制定能力',
    '根据做出决议1，责成',
    '关于做出决议2 i)，须采用',
    '注1 – 专用网络',
    '加速实施支柱1，以确保',
    '战略目标1（',
    '根据责成电信标准化局主任1中的差距分析结果',
    '第20、17和2研究组',
    '5G和IPv6',
    'WTSA-24',
  ])('leaves %s alone', (text) => {
    expect(stripMarkers(text, all)).toEqual({ text, notes: [] });
  });

  it('strips only numbers that are footnotes of the document', () => {
    expect(stripMarkers('发展中国家2对国际电联', new Set([1]))).toEqual({ text: '发展中国家2对国际电联', notes: [] });
  });
});

describe('parseFootnotes', () => {
  it('reads numbered footnotes with their continuation lines, dropping URL lines', () => {
    const lines = classifyLines(
      ['正文。 ', '  ', '_______________ ', '2 实物捐赠导则见第8.11段建议（C24/109-Rev.1号', '文件）。 ', 'https://www.itu.int/x', ' 下一页。 '].join('\n'),
    );
    expect(parseFootnotes(lines)).toEqual([{ number: 2, text: '实物捐赠导则见第8.11段建议（C24/109-Rev.1号文件）。', line: 4, lastLine: 5 }]);
  });
});
