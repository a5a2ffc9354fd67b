import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('keeps every character of the text', () => {
    const text = '鼓励成员国建立秘书处。责成主任：提供便利；组织讲习班！\n第二段结束';
    expect(splitSentences(text).length).toBeGreaterThan(2);
    expect(splitSentences(text).join('')).toBe(text);
  });

  it('keeps a line break that follows punctuation with the sentence before it', () => {
    expect(splitSentences('甲。\n乙；\n\n丙')).toEqual(['甲。\n', '乙；\n\n', '丙']);
  });
});
