import { describe, expect, it } from 'vitest';
import { compileAliases, defaultAliases, parseAliasFile } from './aliases.js';

describe('parseAliasFile', () => {
  it('accepts groups and a glossary', () => {
    const file = parseAliasFile({ groups: [['sg17', '第17研究组']], glossary: { spam: '垃圾信息' } });
    expect(file.groups).toHaveLength(1);
  });

  it.each([
    ['no groups', { glossary: {} }, /groups/],
    ['a one-member group', { groups: [['sg17']], glossary: {} }, /groups\.0/],
    ['an empty phrase', { groups: [['sg17', ' ']], glossary: {} }, /groups\.0\.1/],
    ['a phrase in two groups', { groups: [['tsb', '电信标准化局'], ['TSB', 'x']], glossary: {} }, /"TSB" is already in group 0/],
    ['an unknown key', { groups: [], glossary: {}, extra: 1 }, /extra|Unrecognized/i],
  ])('rejects %s with a clear error', (_name, json, message) => {
    expect(() => parseAliasFile(json, 'test.json')).toThrow(/Invalid alias file test\.json/);
    expect(() => parseAliasFile(json, 'test.json')).toThrow(message);
  });
});

describe('alias expansion', () => {
  const aliases = compileAliases(
    parseAliasFile({
      groups: [['sg2', '第2研究组'], ['ai', '人工智能'], ['tsb', '电信标准化局']],
      glossary: { cybersecurity: '网络安全', 'study group': '研究组' },
    }),
  );

  it('maps both ways', () => {
    expect(aliases.expand('SG2负责什么')).toEqual(['第2研究组']);
    expect(aliases.expand('第2研究组负责什么')).toEqual(['sg2']);
    expect(aliases.expand('2组负责什么')).toEqual(['sg2']);
    expect(aliases.expand('TSB的任务')).toEqual(['电信标准化局']);
    expect(aliases.expand('电信标准化局主任')).toEqual(['tsb']);
  });

  it('names the phrases it found, so callers can tell translated words from untranslated ones', () => {
    expect(aliases.matches('Which study group works on cybersecurity?')).toEqual(['cybersecurity', 'study group']);
    expect(aliases.matches('Which study group works on basket weaving?')).toEqual(['study group']);
  });

  it('matches Latin and digit phrases only as whole words', () => {
    expect(aliases.expand('he said so')).toEqual([]);
    expect(aliases.expand('第12组')).toEqual([]);
    expect(aliases.expand('第12研究组')).toEqual([]);
    expect(aliases.expand('SG21')).toEqual([]);
    expect(aliases.expand('AI决议')).toEqual(['人工智能']);
    expect(aliases.expand('COM4/AI')).toEqual(['人工智能']);
  });

  it('applies the glossary from English to Chinese only', () => {
    expect(aliases.expand('Cybersecurity in the study group')).toEqual(['网络安全', '研究组']);
    expect(aliases.expand('网络安全')).toEqual([]);
  });

  it('reads corpus/aliases.json', () => {
    const real = defaultAliases();
    expect(real.expand('SG17')).toContain('第17研究组');
    expect(real.expand('第17研究组')).toContain('sg17');
    expect(real.expand('ITU-T')).toContain('国际电联电信标准化部门');
    expect(real.expand('TSAG的职责')).toContain('电信标准化顾问组');
    expect(real.expand('DPI')).toContain('数字公共基础设施');
    expect(real.expand('who instructed its members')).toEqual(['责成']);
  });
});
