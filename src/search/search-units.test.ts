import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { bestPerRecord, recordIdOf, searchUnits, sentenceSpans } from './search-units.js';

const record = (text: string): ClauseRecord => ({
  id: '2#6.11', doc: '2', docTitle: 't', section: '附件B', sectionIndex: 6, label: '', labelPath: [],
  parentId: null, text, lines: [1109, 1207], refs: [], notes: [],
});

describe('searchUnits', () => {
  it('keeps a short record whole under its own id', () => {
    expect(searchUnits(record('短条款。'))).toEqual([{ unitId: '2#6.11', recordId: '2#6.11', text: '短条款。' }]);
  });

  it('indexes a long record whole and by sentence spans that repeat the group header', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `第${i}段：${'研究内容'.repeat(20)}。`);
    const text = ['ITU-T第17研究组', ...paragraphs].join('\n');
    const [whole, ...spans] = searchUnits(record(text));
    expect(whole).toEqual({ unitId: '2#6.11', recordId: '2#6.11', text });
    expect(spans.length).toBeGreaterThanOrEqual(paragraphs.length);
    for (const u of spans) {
      expect(recordIdOf(u.unitId)).toBe('2#6.11');
      expect(u.text.startsWith('ITU-T第17研究组\n')).toBe(true);
      expect(u.text.length - 'ITU-T第17研究组\n'.length).toBeLessThanOrEqual(120);
    }
    for (const p of paragraphs) expect(spans.some((u) => u.text.includes(p.slice(0, 30)))).toBe(true);
  });
});

describe('sentenceSpans', () => {
  it('covers the text without a gap or an overlap, never longer than 120 characters', () => {
    const text = `${'甲'.repeat(30)}；${'乙'.repeat(150)}，${'丙'.repeat(20)}。短句。${'丁'.repeat(50)}`;
    const spans = sentenceSpans(text);
    expect(spans[0]!.from).toBe(0);
    expect(spans[spans.length - 1]!.to).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.from).toBe(spans[i - 1]!.to);
    for (const s of spans) expect(s.to - s.from).toBeLessThanOrEqual(120);
  });

  it('joins a short sentence to its neighbour and keeps sentences of a fair length apart', () => {
    const long = '各成员国应当积极参与标准化工作并提交文稿，以便加强发展中国家的参与程度和能力建设；';
    const spans = sentenceSpans(`短句。${long}${long}`);
    expect(spans.map((s) => s.to - s.from)).toEqual([3 + long.length, long.length]);
  });
});

describe('bestPerRecord', () => {
  it('keeps the best-ranked piece of each record, named by the record id', () => {
    expect(bestPerRecord([{ id: 'a~1' }, { id: 'b' }, { id: 'a~0' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
