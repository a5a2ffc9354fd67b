import { describe, expect, it } from 'vitest';
import { bestQuote, type QuoteTerms } from './select-sentences.js';

/** Terms of equal weight. */
const terms = (...list: string[]): QuoteTerms => new Map(list.map((t) => [t, 1]));

const clause =
  '鼓励成员国在国家层面建立标准化秘书处。'.repeat(6) +
  '责成电信标准化局主任为学术成员提供减免会费的便利，以吸引更多学术机构参加。' +
  '在可用预算范围内组织讲习班和培训活动，并提供远程参与手段。'.repeat(6);

describe('bestQuote', () => {
  it('returns the sentence that covers the question terms, as a substring of the clause', () => {
    const quote = bestQuote(clause, terms('学术成员', '会费'));
    expect(clause.includes(quote)).toBe(true);
    expect(quote).toContain('学术成员提供减免会费');
    expect(quote).not.toContain('讲习班');
  });

  it('lets a rare term outweigh common ones; equal weights keep the earlier sentence', () => {
    const text = '制定有关网络要求和安全要求的建议书，满足各方要求。'.repeat(8) + '开展与量子网络有关的研究。' + '其他工作。'.repeat(30);
    expect(bestQuote(text, terms('要求', '量子'), 1)).toContain('网络要求');
    expect(bestQuote(text, new Map([['要求', 3], ['量子', 5.5]]), 1)).toContain('量子网络');
  });

  it('never starts a quote with a heading line', () => {
    const text = `ITU-T第12研究组\n${'ITU-T第12研究组着重研究端到端质量问题。'.repeat(3)}${'其他工作。'.repeat(40)}`;
    expect(bestQuote(text, terms('第12研究组'), 1).startsWith('ITU-T第12研究组着重研究')).toBe(true);
  });

  it('returns a short clause whole', () => {
    expect(bestQuote('短条款。', terms('无关'))).toBe('短条款。');
  });

  it('falls back to the opening sentence when nothing matches', () => {
    expect(clause.startsWith(bestQuote(clause, terms('量子')))).toBe(true);
  });
});
