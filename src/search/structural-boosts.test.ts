import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { readStructuralRefs } from './query/structural-refs.js';
import { matchesNamedStructure, structuralBoost } from './structural-boosts.js';

const record = (section: string, text = '开展相关工作；'): ClauseRecord => ({
  id: '29#5.1', doc: '29', docTitle: 't', section, sectionIndex: 5, label: '1', labelPath: ['1'],
  parentId: null, text, lines: [1, 1], refs: [], notes: [],
});

describe('readStructuralRefs quotedRefs', () => {
  it('reads texts of other bodies and numbered paragraphs as references to find verbatim', () => {
    expect(readStructuralRefs('哪个决议提到了理事会第 630 号决定？').quotedRefs).toEqual([{ body: '理事会', core: '第630号决定', whole: '理事会第630号决定' }]);
    expect(readStructuralRefs('谁引用了联合国大会第70/1号决议').quotedRefs[0]).toMatchObject({ body: '联合国大会', core: '第70/1号决议' });
    expect(readStructuralRefs('第1号决议第2.1.5段在哪里被提到？').quotedRefs).toEqual([{ body: '', core: '第1号决议第2.1.5段', whole: '第1号决议第2.1.5段' }]);
  });

  it('reads a reference across any run of whitespace, and only from the head of a very long question', () => {
    expect(readStructuralRefs(`理事会${' '.repeat(900)}第630号决定`).quotedRefs[0]?.whole).toBe('理事会第630号决定');
    expect(readStructuralRefs(`${'决议1'.repeat(400)}理事会第630号决定`).quotedRefs).toEqual([]);
  });

  it('leaves plain WTSA resolution references to the document filters', () => {
    expect(readStructuralRefs('第44号决议讲什么？').quotedRefs).toEqual([]);
  });
});

describe('readStructuralRefs questionIds', () => {
  it('reads Question ids, but not the number of a WTSA committee', () => {
    expect(readStructuralRefs('B/17和4/13号课题研究什么？').questionIds).toEqual(['B/17', '4/13']);
    expect(readStructuralRefs('第4/1委员会的行动要TSAG做什么？').questionIds).toEqual([]);
    expect(readStructuralRefs('3 / 4 委员会那条行动呢').questionIds).toEqual([]);
  });

  it('reads the coordination Questions as printed in the lists (Q.Acc/C), however they are cased or spaced', () => {
    expect(readStructuralRefs('有人知道 q.coord / c 管什么吗').questionIds).toEqual(['Q.Coord/C']);
    expect(readStructuralRefs('B/21和Q.Acc/C有什么区别').questionIds).toEqual(['B/21', 'Q.Acc/C']);
    expect(readStructuralRefs('FAQ.acc/c').questionIds).toEqual([]);
  });
});

describe('matchesNamedStructure', () => {
  const annexC = { ...record('附件C', 'ITU-T第3研究组\nITU-T D系列'), doc: '2' };

  it('recognises the Annex C entry of a named series and a clause quoting a named reference as printed', () => {
    expect(matchesNamedStructure(annexC, readStructuralRefs('D系列建议书归谁管？'))).toBe(true);
    expect(matchesNamedStructure(annexC, readStructuralRefs('E系列建议书归谁管？'))).toBe(false);
    const quoting = record('忆及', '国际电联理事会第630号决定（C23）的规定；');
    expect(matchesNamedStructure(quoting, readStructuralRefs('哪个决议提到了理事会第630号决定？'))).toBe(true);
    expect(matchesNamedStructure(quoting, readStructuralRefs('哪个决议提到了理事会第631号决定？'))).toBe(false);
  });
});

describe('structuralBoost for a question asking which group handles a topic', () => {
  const question = 'QKD网络归哪个组管？';
  const hints = { docs: [], studyGroups: [], sections: [], clauseLabels: [], intent: 'mandate', refs: readStructuralRefs(question) };
  const annexA = { ...record('附件A 第1部分', 'ITU-T第13研究组\n未来网络'), doc: '2' };
  const annexB = { ...record('附件B', 'ITU-T第13研究组\n擅长的重要领域包括：'), doc: '2' };

  it("lifts a group's terms of reference (Res 2 Annex A) above its guidance", () => {
    expect(structuralBoost(annexA, hints, hints.refs, new Set())).toBeGreaterThan(structuralBoost(annexB, hints, hints.refs, new Set()));
  });

  it('does not when the question asks something else', () => {
    const general = { ...hints, intent: 'general' };
    expect(structuralBoost(annexA, general, general.refs, new Set())).toBe(0);
  });
});

describe('structuralBoost for a question naming study groups', () => {
  const question = '这事SG9和SG12怎么分工';
  const hints = { docs: [], studyGroups: ['9', '12'], sections: [], clauseLabels: [], intent: 'general', refs: readStructuralRefs(question) };

  it('lifts a clause naming the groups in a list ("第9和12研究组") as much as one naming each in full', () => {
    const listed = structuralBoost(record('行动', '责成第9和12研究组建立协调机制；'), hints, hints.refs, new Set());
    const spelled = structuralBoost(record('行动', '责成第9研究组和第12研究组建立协调机制；'), hints, hints.refs, new Set());
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBe(spelled);
    expect(structuralBoost(record('行动', '各研究组建立协调机制；'), hints, hints.refs, new Set())).toBe(0);
  });
});

describe("structuralBoost for a question about what a named group leads", () => {
  const group = (section: string, text: string): ClauseRecord => ({ ...record(section, text), doc: '2', meta: { studyGroup: '11' } });
  const leadList = group('附件A 第2部分', '第11研究组\n有关信令和协议的牵头研究组');
  const termsOfReference = group('附件A 第1部分', 'ITU-T第11研究组\n信令要求、协议、测试规范');
  const hintsFor = (question: string) => ({ docs: [], studyGroups: ['11'], sections: [], clauseLabels: [], intent: 'mandate', refs: readStructuralRefs(question) });

  it("lifts the group's lead-group list above its terms of reference, however the rest of the question is worded", () => {
    const chatty = hintsFor('SG11 lead啥 打假那块是不是他们');
    expect(structuralBoost(leadList, chatty, chatty.refs, new Set())).toBeGreaterThan(structuralBoost(termsOfReference, chatty, chatty.refs, new Set()));
  });

  it('lifts the terms of reference instead when the question asks what the group does', () => {
    const mandate = hintsFor('SG11负责什么？');
    expect(structuralBoost(termsOfReference, mandate, mandate.refs, new Set())).toBeGreaterThan(structuralBoost(leadList, mandate, mandate.refs, new Set()));
  });
});
