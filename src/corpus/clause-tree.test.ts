import { describe, expect, it } from 'vitest';
import { placeItems, resolveLetterI, type ItemDraft } from './clause-tree.js';
import { parseLabel } from './labels.js';

const items = (...texts: string[]): ItemDraft[] =>
  texts.map((t, i) => {
    const l = parseLabel(t);
    return { label: l.label, kind: l.kind, texts: [l.rest], lines: [i + 1], notes: [] };
  });
const tree = (...texts: string[]) => placeItems(items(...texts)).map((p) => [p.labelPath, p.parent]);

describe('resolveLetterI', () => {
  it('reads i) after a chapeau h) followed by ii) as roman, and the i) after the sub-items as the letter', () => {
    expect(resolveLetterI(items('g) 七；', 'h) 影响到：', 'i) 国家；', 'ii) 国家；', 'i) 目前正在开发。'))).toEqual([
      'letter', 'letter', 'roman', 'roman', 'letter',
    ]);
  });

  it('reads a lone i) right after a chapeau h) as roman and after a plain h) as the letter', () => {
    expect(resolveLetterI(items('h) 如下：', 'i) 唯一一项。'))[1]).toBe('roman');
    expect(resolveLetterI(items('h) 第八项；', 'i) 第九项。'))[1]).toBe('letter');
  });
});

describe('placeItems', () => {
  it('hangs sub-items under the clause before them and numbers bullets by position', () => {
    expect(tree('1 考虑到：', '• 甲；', '• 乙；', '2 鼓励：', '– 丙', 'i) 丁', 'ii) 戊')).toEqual([
      [['1'], null],
      [['1', '•1'], 0],
      [['1', '•2'], 0],
      [['2'], null],
      [['2', '–1'], 3],
      [['2', 'i)'], 3],
      [['2', 'ii)'], 3],
    ]);
  });

  it('makes an unlabelled chapeau the parent of its items and keeps it top-level', () => {
    expect(tree('在确定新工作项目时：', '− 公众的通信权；', '− 任何其它相关问题，')).toEqual([
      [[], null],
      [['−1'], 0],
      [['−2'], 0],
    ]);
  });

  it('puts letters under a numbered clause, and numbered notes back at the top', () => {
    expect(tree('1 处理以下领域的工作：', 'a) 导则；', 'b) 重点；', '2 下一项', '注1 – 说明')).toEqual([
      [['1'], null],
      [['1', 'a)'], 0],
      [['1', 'b)'], 0],
      [['2'], null],
      [['注1'], null],
    ]);
  });

  it('hangs unlabelled paragraphs under a numbered sub-heading, not under a numbered clause', () => {
    expect(tree('II.1 被参引的文件的描述', '[插入描述]', '注 – 不需要重新编排格式。', 'II.2 批准状况', '[选择批准状况]')).toEqual([
      [['II.1'], null],
      [['II.1'], 0],
      [['II.1', '注'], 0],
      [['II.2'], null],
      [['II.2'], 3],
    ]);
    expect(tree('1 鼓励各研究组合作；', '在确定工作职责时，宜充分结合。')).toEqual([
      [['1'], null],
      [[], null],
    ]);
  });

  it('nests A.25 decimals under their prefix and the Res 44 plan under 一 and 1)', () => {
    expect(tree('6.1 程序', '6.1.2 信息', '6.1.2.1 描述', '注 – 说明', '6.1.3 收到')).toEqual([
      [['6.1'], null],
      [['6.1', '6.1.2'], 0],
      [['6.1', '6.1.2', '6.1.2.1'], 1],
      [['6.1', '6.1.2', '6.1.2.1', '注'], 2],
      [['6.1', '6.1.3'], 0],
    ]);
    expect(tree('一 项目1：能力', '1) 目标', '• 提高能力。', '2) 活动', '• 制定原则', '二 项目2')).toEqual([
      [['一'], null],
      [['一', '1)'], 0],
      [['一', '1)', '•1'], 1],
      [['一', '2)'], 0],
      [['一', '2)', '•1'], 3],
      [['二'], null],
    ]);
  });
});
