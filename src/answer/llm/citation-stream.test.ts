import { describe, expect, it } from 'vitest';
import { checkCitations } from './check-citations.js';
import { createCitationStream } from './citation-stream.js';

function run(pieces: string[], count: number): string[] {
  const out: string[] = [];
  const stream = createCitationStream(count, (text) => out.push(text));
  for (const piece of pieces) stream.push(piece);
  stream.flush();
  return out;
}

describe('createCitationStream', () => {
  it('emits the same text checkCitations returns, whatever the chunk boundaries', () => {
    const full = '主任应组织讲习班 [2]。另外【1,7】继续实施 [9]计划[1]。\n成员国应参与[3]。';
    const expected = checkCitations(full, 3).text;
    for (const size of [1, 2, 3, 5, 8]) {
      const pieces = full.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(run(pieces, 3).join('')).toBe(expected);
    }
  });

  it('never emits a partial or invalid marker', () => {
    const out = run(['计划 ', '[', '1', '2', ']', '，再见[', '1]'], 3);
    expect(out.join('')).toBe('计划，再见[1]');
    for (const piece of out) expect(piece).not.toMatch(/[[【][\d\s,]*$|12/);
  });

  it('emits nothing of a leading <think> block, even one split across chunks', () => {
    const out = run(['<th', 'ink>推理[5]', '……</thi', 'nk>\n\n答案[1]。'], 1);
    expect(out.join('')).toBe('答案[1]。');
  });

  it('passes text through as it arrives instead of waiting for the end', () => {
    const out: string[] = [];
    const stream = createCitationStream(1, (text) => out.push(text));
    stream.push('第一句。');
    expect(out).toEqual(['第一句。']);
  });
});
