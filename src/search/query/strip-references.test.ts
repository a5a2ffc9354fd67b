import { describe, expect, it } from 'vitest';
import { stripReferences } from './strip-references.js';

describe('stripReferences', () => {
  it.each([
    ['第44号和第76号决议对SG17有什么要求？', '对 有什么要求?'],
    ['电子废弃物决议请各成员国做什么', '请各 做什么'],
    ['COM4/AI决议责成TSB主任和TSAG做哪些事', '责成 和 做哪些事'],
    ['A.25建议书里第13研究组的角色', '里 的角色'],
    ['Resolution 70 asks member states to do what?', 'asks to do what?'],
  ])('leaves what %s asks about', (question, rest) => expect(stripReferences(question)).toBe(rest));

  it('removes series and the ITU-T before a group, and keeps parties when asked to', () => {
    expect(stripReferences('Y.4000系列建议书归哪个组？')).toBe('建议书归哪个组?');
    expect(stripReferences('ITU-T第17研究组的主席是谁？')).toBe('的主席是谁?');
    expect(stripReferences('本届全会第55号决议责成TSB主任做什么', { keepParties: true })).toBe('责成tsb主任做什么');
  });

  it("keeps another body's resolution, which is what the question is about", () => {
    expect(stripReferences('第44号决议和全权代表大会第71号决议有什么关系？')).toBe('和全权代表大会第71号决议有什么关系?');
  });

  it('keeps the words that are no reference', () => {
    expect(stripReferences('哪个决议提到量子密钥分发？')).toBe('哪个决议提到量子密钥分发?');
  });
});
