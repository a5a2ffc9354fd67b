import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { bestPerRecord, recordIdOf, searchUnits } from './search-units.js';

const record = (text: string): ClauseRecord => ({
  id: '2#6.11', doc: '2', docTitle: 't', section: '附件B', sectionIndex: 6, label: '', labelPath: [],
  parentId: null, text, lines: [1109, 1207], refs: [], notes: [],
});

describe('searchUnits', () => {
  it('keeps a short record whole under its own id', () => {
    expect(searchUnits(record('短条款。'))).toEqual([{ unitId: '2#6.11', recordId: '2#6.11', text: '短条款。' }]);
  });

  it('splits a long record into pieces that keep every paragraph and repeat the group header', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `第${i}段：${'研究内容'.repeat(20)}。`);
    const text = ['ITU-T第17研究组', ...paragraphs].join('\n');
    const units = searchUnits(record(text));
    expect(units.length).toBeGreaterThan(1);
    for (const u of units) {
      expect(u.recordId).toBe('2#6.11');
      expect(u.text.startsWith('ITU-T第17研究组\n')).toBe(true);
      expect(recordIdOf(u.unitId)).toBe('2#6.11');
    }
    for (const p of paragraphs) expect(units.some((u) => u.text.includes(p))).toBe(true);
  });
});

describe('bestPerRecord', () => {
  it('keeps the best-ranked piece of each record, named by the record id', () => {
    expect(bestPerRecord([{ id: 'a~1' }, { id: 'b' }, { id: 'a~0' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
