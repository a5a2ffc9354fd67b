import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['SG17主要负责什么？', 'zh'],
    ['ITU-T A.25', 'zh'],
    ['TSB和BDT的AI工作', 'zh'],
    ['IoT漫游', 'zh'],
    ['第44号决议讲什么', 'zh'],
    ['What is the mandate of SG17?', 'en'],
    ['What is 第44号决议 about?', 'en'],
    ['Which resolutions cite Resolution 44?', 'en'],
    ['cybersecurity', 'en'],
  ] as const)('%s → %s', (q, lang) => {
    expect(detectLanguage(q)).toBe(lang);
  });
});
