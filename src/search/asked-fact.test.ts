import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { askedFacts, lacksAskedQuantity, statesAskedFact } from './asked-fact.js';

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

describe('askedFacts and statesAskedFact', () => {
  it('reads the kind of fact a question asks for, in Chinese and English', () => {
    expect(askedFacts('这个计划是哪一年启动的？')).toHaveLength(1);
    expect(askedFacts('Which ITU-T Recommendation defines it?')).toHaveLength(1);
    expect(askedFacts('第44号决议责成了谁？')).toEqual([]);
  });

  it('tells a record that states the asked kind of fact from one that does not', () => {
    const year = askedFacts('When was the programme launched?');
    expect(statesAskedFact(record('该工作计划最初于2007年12月推出；'), year, 'When was the programme launched?')).toBe(true);
    expect(statesAskedFact(record('继续推进该工作计划；'), year, 'When was the programme launched?')).toBe(false);
    const rec = askedFacts('哪个建议书规定了应急号码？');
    expect(statesAskedFact(record('ITU-T E.161.1建议书：公众电信网应急号码选用指南；'), rec, '哪个建议书规定了应急号码？')).toBe(true);
    expect(statesAskedFact(record('成员国可使用112或911；'), rec, '哪个建议书规定了应急号码？')).toBe(false);
  });

  it('tells a clause that says what a term means or covers from one that only uses the term', () => {
    const question = '这个决议里的最不发达国家具体指哪些国家，包括哪些？';
    const meaning = askedFacts(question);
    expect(meaning).toHaveLength(1);
    expect(askedFacts('What does the term "digital divide" cover here?')).toHaveLength(1);
    expect(statesAskedFact(record('1 这些国家包括最不发达国家、小岛屿发展中国家以及经济转型国家。'), meaning, question)).toBe(true);
    expect(statesAskedFact(record('为支持发展中国家而开展能力建设活动，包括举办讲习班和培训。'), meaning, question)).toBe(false);
  });

  it('counts a definition only when what it defines is what the question names', () => {
    const question = '决议里说的“转接服务”是什么意思？';
    const meaning = askedFacts(question);
    expect(statesAskedFact(record('转接服务可以使不同通信模式的使用者进行互动。'), meaning, question)).toBe(true);
    expect(statesAskedFact(record('支持引入包括转接服务在内的服务或程序；'), meaning, question)).toBe(false);
    expect(statesAskedFact(record('IRT这一术语是指一系列响应机构。'), meaning, question)).toBe(false);
    expect(statesAskedFact(record('IRT这一术语是指一系列响应机构。'), meaning, 'IRT这个词是什么意思')).toBe(true);
  });

  it('reads "which study group" and finds a numbered group in the clause or in the heading that instructs it', () => {
    const question = '域名的事情现在是哪个组在做';
    const group = askedFacts(question);
    expect(group).toHaveLength(1);
    expect(askedFacts('Which SGs work on this?')).toHaveLength(1);
    expect(askedFacts('这事跟哪个组织合作？')).toEqual([]);
    expect(statesAskedFact(record('请第3和第12研究组继续开展研究；'), group, question)).toBe(true);
    const instructed = { text: '继续开展相关研究；', section: '责成国际电联电信标准化部门第9研究组' } as ClauseRecord;
    expect(statesAskedFact(instructed, group, question)).toBe(true);
    expect(statesAskedFact({ text: '继续开展相关研究；', section: '做出决议' } as ClauseRecord, group, question)).toBe(false);
  });

  it('counts a fraction as a quantity', () => {
    expect(lacksAskedQuantity('会费是多少？', [record('为部门成员会费单位金额的十六分之一；')])).toBe(false);
  });
});
