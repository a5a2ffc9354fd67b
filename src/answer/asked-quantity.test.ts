import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { lacksAskedQuantity, shouldRefuse } from './evidence-gate.js';

const record = (text: string) => ({ text }) as ClauseRecord;

describe('shouldRefuse', () => {
  it('answers when the question named something the corpus holds, however weak the match', () => {
    expect(shouldRefuse({ explicit: true, dense: 0.1, coverage: 0 })).toBe(false);
  });
  it('refuses a weak dense match or low term coverage', () => {
    expect(shouldRefuse({ explicit: false, dense: 0.45, coverage: 0.9 })).toBe(true);
    expect(shouldRefuse({ explicit: false, dense: 0.6, coverage: 0.2 })).toBe(true);
    expect(shouldRefuse({ explicit: false, dense: 0.6, coverage: 0.8 })).toBe(false);
  });
});

describe('lacksAskedQuantity', () => {
  it('refuses a how-many question whose records state no quantity', () => {
    expect(lacksAskedQuantity('每个研究组有多少名副主席？', [record('研究组应加强协调。')])).toBe(true);
  });
  it('accepts a quantity written in Chinese numerals', () => {
    expect(lacksAskedQuantity('最少需要几个支持成员？', [record('且至少有两名支持成员来自相关区域；')])).toBe(false);
  });
  it('ignores questions that do not ask for a quantity', () => {
    expect(lacksAskedQuantity('TSAG负责什么？', [record('TSAG审议工作方法。')])).toBe(false);
  });
});
