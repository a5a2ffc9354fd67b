import { describe, expect, it } from 'vitest';
import { answerPlainText, parseAnswer, parseInlines } from './answer-segments.js';

describe('parseInlines', () => {
  it('turns [n] into markers and keeps the surrounding text intact', () => {
    expect(parseInlines('第17研究组负责安全[1][2]。')).toEqual([
      { kind: 'text', text: '第17研究组负责安全' },
      { kind: 'marker', n: 1 },
      { kind: 'marker', n: 2 },
      { kind: 'text', text: '。' },
    ]);
  });

  it('keeps markup-looking text as text (rendered with textContent, never as HTML)', () => {
    expect(parseInlines('<img src=x onerror=alert(1)> **重点**')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> ' },
      { kind: 'strong', text: '重点' },
    ]);
  });

  it('does not treat bracketed non-numbers as markers', () => {
    expect(parseInlines('[本届全会]决议')).toEqual([{ kind: 'text', text: '[本届全会]决议' }]);
  });
});

describe('parseAnswer', () => {
  it('splits paragraphs on blank lines and recognises list items', () => {
    const blocks = parseAnswer('根据第44号决议：\n\n- 鼓励学术成员参与[1]\n- 免除会费[2]\n\n以上。');
    expect(blocks).toHaveLength(3);
    expect(blocks[1]?.map((l) => l.kind)).toEqual(['bullet', 'bullet']);
    expect(blocks[1]?.[0]?.inlines[0]).toEqual({ kind: 'text', text: '鼓励学术成员参与' });
  });

  it('nests indented items under the item above them, as the composer prints question lists', () => {
    const [block] = parseAnswer('- 课题共12项，例如：\n  · A/17 安全标准化策略[5]\n  · B/17 安全架构[6]');
    expect(block?.map((l) => [l.kind, l.depth])).toEqual([
      ['bullet', 0],
      ['bullet', 1],
      ['bullet', 1],
    ]);
    expect(block?.[1]?.inlines).toEqual([
      { kind: 'text', text: 'A/17 安全标准化策略' },
      { kind: 'marker', n: 5 },
    ]);
  });
});

describe('Markdown headings', () => {
  it('turns "## " lines into headings and drops the hashes when copying', () => {
    const [block] = parseAnswer('## 学术成员\n鼓励参与[1]');
    expect(block?.[0]).toEqual({ kind: 'heading', depth: 0, inlines: [{ kind: 'text', text: '学术成员' }] });
    expect(answerPlainText('## 学术成员\n鼓励参与[1]', [])).toBe('学术成员\n鼓励参与[1]');
  });
});

describe('answerPlainText', () => {
  it('lists the sources after the answer and drops bold markup', () => {
    expect(answerPlainText('**答**：是[1]。', [{ n: 1, name: '第44号决议', place: '做出决议 7' }])).toBe(
      '答：是[1]。\n\n[1] 第44号决议 做出决议 7',
    );
  });
});
