import { describe, expect, it } from 'vitest';
import { splitAtQuote } from './quote-split.js';

describe('splitAtQuote', () => {
  const text = '鼓励来自发展中国家的成员，特别是学术成员和下一代参与ITU-T的标准化活动，';

  it('cuts the text around an exact quote', () => {
    expect(splitAtQuote(text, '特别是学术成员和下一代')).toEqual({
      before: '鼓励来自发展中国家的成员，',
      quote: '特别是学术成员和下一代',
      after: '参与ITU-T的标准化活动，',
    });
  });

  it('matches across whitespace differences and returns the text as printed', () => {
    const split = splitAtQuote('ITU-T 第17研究组 负责安全', 'ITU-T第17研究组负责');
    expect(split?.quote).toBe('ITU-T 第17研究组 负责');
    expect(split?.after).toBe('安全');
  });

  it('returns null when the quote is empty or absent', () => {
    expect(splitAtQuote(text, '')).toBeNull();
    expect(splitAtQuote(text, '网络安全')).toBeNull();
  });
});
