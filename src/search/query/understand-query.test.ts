import { describe, expect, it } from 'vitest';
import { understandQuery } from './understand-query.js';

/** No series, Question id or quoted reference named, and no task list asked for. */
const NOTHING_STRUCTURAL = expect.objectContaining({ series: [], questionIds: [], quotedRefs: [], wantsTasks: false });

describe('understandQuery', () => {
  it('turns a question naming a clause into document, section and label', () => {
    expect(understandQuery('第44号决议做出决议第3段讲的是什么？')).toEqual({
      docs: ['44'],
      studyGroups: [],
      sections: ['做出决议'],
      clauseLabels: ['3'],
      addressees: [],
      language: 'zh',
      intent: 'general',
      refs: NOTHING_STRUCTURAL,
    });
  });

  it('reads an English who-instructed question', () => {
    expect(understandQuery('Under Resolution 52, what is the Director of TSB instructed to do?')).toEqual({
      docs: ['52'],
      studyGroups: [],
      sections: ['责成'],
      clauseLabels: [],
      addressees: ['电信标准化局主任'],
      language: 'en',
      intent: 'general',
      refs: NOTHING_STRUCTURAL,
    });
  });

  it('reads a mandate question without false references', () => {
    expect(understandQuery('ITU-T第17研究组2024年以后负责什么？')).toEqual({
      docs: [],
      studyGroups: ['17'],
      sections: [],
      clauseLabels: [],
      addressees: [],
      language: 'zh',
      intent: 'mandate',
      refs: NOTHING_STRUCTURAL,
    });
  });

  it('reads a WTSA-24 committee named in Chinese or English as its actions, not as a Question', () => {
    for (const [question, committee] of [
      ['第3/1委员会的行动要求TSB主任做什么？', '第3/1委员会'],
      ['What does the Committee 3/1 action ask the TSB Director to do?', '第3/1委员会'],
      ['What does WTSA-24 action 4/9 ask for?', '第4/9委员会'],
    ]) {
      const u = understandQuery(question!);
      expect(u.intent, question).toBe('actions');
      expect(u.refs.committees, question).toEqual([committee]);
      expect(u.refs.questionIds, question).toEqual([]);
    }
    expect(understandQuery('SG17 Question 4/17 covers what?').refs).toMatchObject({ questionIds: ['4/17'], committees: [] });
  });

  it('reads only the start of a very long question', () => {
    expect(understandQuery(`${'你好'.repeat(600)}第44号决议`).docs).toEqual([]);
    expect(understandQuery(`第44号决议${'你好'.repeat(600)}`).docs).toEqual(['44']);
  });
});
