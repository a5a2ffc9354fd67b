import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { lacksAskedQuantity } from './asked-quantity.js';

const record = (text: string) => ({ text }) as ClauseRecord;

describe('lacksAskedQuantity', () => {
  it('flags a how-many question whose records state no quantity', () => {
    expect(lacksAskedQuantity('每个研究组有多少名副主席？', [record('研究组应加强协调。')])).toBe(true);
  });
  it('accepts a quantity written in Chinese numerals', () => {
    expect(lacksAskedQuantity('最少需要几个支持成员？', [record('且至少有两名支持成员来自相关区域；')])).toBe(false);
  });
  it('ignores questions that do not ask for a quantity', () => {
    expect(lacksAskedQuantity('TSAG负责什么？', [record('TSAG审议工作方法。')])).toBe(false);
  });
});
