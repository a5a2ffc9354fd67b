import { describe, expect, it } from 'vitest';
import { classifyLines } from './raw-lines.js';

describe('classifyLines', () => {
  const text = [
    'a) 第一行没有结尾空格',
    '',
    '续行。 ',
    '  ',
    '_______________ ',
    '',
    '1 这些国家包括最不发达国家。 ',
    ' b) 新页面的第一行。 ',
    '  ',
    '',
    '145',
    '',
    ' ',
    '• 页码之后的一行。 ',
    'https://www.itu.int/x',
  ].join('\n');
  const lines = classifyLines(text);
  const kind = (no: number) => lines[no - 1]?.kind;

  it('tells text, empty, blank, separator, footnote, page number and URL lines apart', () => {
    expect([1, 2, 3, 4, 5, 7, 8, 11, 14, 15].map(kind)).toEqual([
      'text', 'empty', 'text', 'blank', 'footnote-separator', 'footnote', 'text', 'page-number', 'text', 'url',
    ]);
  });

  it('marks hard line ends and page starts (leading space, or first line after a page number)', () => {
    expect(lines[0]?.hard).toBe(false);
    expect(lines[2]?.hard).toBe(true);
    expect(lines[7]?.pageStart).toBe(true);
    expect(lines[7]?.text).toBe('b) 新页面的第一行。');
    expect(lines[13]?.pageStart).toBe(true);
    expect(lines[2]?.pageStart).toBe(false);
  });

  it('does not take a lone number without page-bottom whitespace for a page number', () => {
    expect(classifyLines('第一段。 \n12\n第二段。 ')[1]?.kind).toBe('text');
  });
});
