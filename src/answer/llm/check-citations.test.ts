import { describe, expect, it } from 'vitest';
import { checkCitations, rewriteMarkers, splitStatements } from './check-citations.js';

describe('checkCitations', () => {
  it('normalises [n,m], [n、m] and 【n】 markers to [n] and lists cited numbers in order of first use', () => {
    const result = checkCitations('主任应组织讲习班【3】。成员国应参与[1, 3]。另请[2、1]。', 3);
    expect(result.text).toBe('主任应组织讲习班[3]。成员国应参与[1][3]。另请[2][1]。');
    expect(result.cited).toEqual([3, 1, 2]);
    expect(result.removed).toEqual([]);
    expect(result.unsupported).toEqual([]);
  });

  it('removes markers outside 1..N with the space before them and reports each number once', () => {
    const result = checkCitations('A statement [4]. Another one [0][2]. Third [1,4].', 2);
    expect(result.text).toBe('A statement. Another one [2]. Third [1].');
    expect(result.removed).toEqual([4, 0]);
    expect(result.cited).toEqual([2, 1]);
    expect(result.unsupported).toEqual(['A statement.']);
  });

  it('flags statements without a marker, but not lead-in lines or bare list numbers', () => {
    const text = '第44号决议有以下要求：\n1. 组织讲习班。[1]\n2. 提供援助，这是很重要的。\n**要点：**\n- 加强合作[2]';
    expect(checkCitations(text, 2).unsupported).toEqual(['提供援助，这是很重要的。']);
  });

  it('counts a marker written after the full stop as belonging to that sentence', () => {
    const result = checkCitations('主任应组织讲习班。[1] 成员国应参与。', 1);
    expect(result.unsupported).toEqual(['成员国应参与。']);
  });

  it('leaves brackets that are not numeric markers alone', () => {
    const result = checkCitations('见ITU-T [X.509] 建议书和[注]。[1]', 1);
    expect(result.text).toBe('见ITU-T [X.509] 建议书和[注]。[1]');
    expect(result.cited).toEqual([1]);
  });
});

describe('rewriteMarkers', () => {
  it('keeps every valid occurrence in text order, repeats included', () => {
    expect(rewriteMarkers('a[2] b[1] c[2] d[5]', 2)).toEqual({ text: 'a[2] b[1] c[2] d', kept: [2, 1, 2], dropped: [5] });
  });
});

describe('splitStatements', () => {
  it('cuts at Chinese and English sentence ends but not inside numbers like 1.5', () => {
    expect(splitStatements('版本1.5有效。其次！Then this. And that')).toEqual(['版本1.5有效。', '其次！', 'Then this.', 'And that']);
  });
});
