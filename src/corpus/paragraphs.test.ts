import { describe, expect, it } from 'vitest';
import { joinParagraphs } from './paragraphs.js';
import { classifyLines } from './raw-lines.js';

const paragraphs = (...rawLines: string[]) => joinParagraphs(classifyLines(rawLines.join('\n'))).map((p) => [p.text, p.lines]);

describe('joinParagraphs', () => {
  it('joins soft wraps without a space and ends paragraphs at hard line ends', () => {
    expect(paragraphs('a) 国际电联电信标准化部门有权按照第17、18、', '', '19、20条； ', '', 'b) 下一项。 ')).toEqual([
      ['a) 国际电联电信标准化部门有权按照第17、18、19、20条；', [1, 3]],
      ['b) 下一项。', [5]],
    ]);
  });

  it('keeps one space after an ITU-T / ETSI TC prefix wrap', () => {
    expect(paragraphs('特别是ITU-T ', '', 'E.164规划。 ')).toEqual([['特别是ITU-T E.164规划。', [1, 3]]]);
    expect(paragraphs('与ETSI TC ', 'INT达成的协议； ')).toEqual([['与ETSI TC INT达成的协议；', [1, 2]]]);
    expect(paragraphs('启动研究 − 其中包括格式的研究 − ', '以实现互操作性； ')).toEqual([['启动研究 − 其中包括格式的研究 − 以实现互操作性；', [1, 2]]]);
  });

  it('starts a new paragraph at a page start even after a soft line', () => {
    expect(paragraphs('没有结尾空格', ' 新页面。 ')).toEqual([
      ['没有结尾空格', [1]],
      ['新页面。', [2]],
    ]);
  });

  it('skips non-text lines inside a paragraph (footnote blocks, page numbers)', () => {
    expect(paragraphs('c) 第一部分', '  ', '_______________ ', '1 脚注。 ', ' 第二部分。 ')).toEqual([
      ['c) 第一部分', [1]],
      ['第二部分。', [5]],
    ]);
  });
});
