import { describe, expect, it } from 'vitest';
import { questionLanguage } from './question-language.js';

describe('questionLanguage', () => {
  it('answers in English only when the question has English words and no Chinese', () => {
    expect(questionLanguage('What does Resolution 44 instruct?')).toBe('en');
    expect(questionLanguage('Res 44 的责成部分是什么？')).toBe('zh');
    expect(questionLanguage('第17研究组')).toBe('zh');
    expect(questionLanguage('44?')).toBe('zh');
  });
});
