import { describe, expect, it } from 'vitest';
import { normalizeQuestion, toSimplifiedChinese, withoutSlackMarkup } from './normalize-question.js';

describe('normalizeQuestion', () => {
  it('drops Slack mentions, broadcasts, emoji codes and empty link labels', () => {
    expect(normalizeQuestion('<@U0ABC123> @channel 第9研究组管什么 :smile: <https://itu.int/x|链接>')).toBe('第9研究组管什么');
  });

  it('keeps a link label that says something', () => {
    expect(withoutSlackMarkup('见 <https://itu.int/r|第76号决议> 第3段').replace(/\s+/g, ' ').trim()).toBe('见 第76号决议 第3段');
  });

  it('turns Traditional characters into Simplified, leaving Simplified text and words as they are', () => {
    expect(toSimplifiedChinese('網路安全由哪個組負責，新增了哪些決議')).toBe('网路安全由哪个组负责，新增了哪些决议');
    expect(toSimplifiedChinese('本届全会新增了哪些决议')).toBe('本届全会新增了哪些决议');
    expect(toSimplifiedChinese('显著提高著作权保护')).toBe('显著提高著作权保护');
  });

  it('reads full-width letters and digits as ASCII and collapses repeated punctuation', () => {
    expect(normalizeQuestion('ＳＧ１２是干嘛的？？？')).toBe('SG12是干嘛的？');
  });

  it('removes conversational filler around the question but never the whole question', () => {
    expect(normalizeQuestion('大家好，请问一下 第76号决议讲啥 多谢')).toBe('第76号决议讲啥');
    expect(normalizeQuestion('有人知道吗')).toBe('有人知道吗');
  });
});
