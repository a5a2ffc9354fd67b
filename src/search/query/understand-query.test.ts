import { describe, expect, it } from 'vitest';
import { understandQuery } from './understand-query.js';

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
    });
  });

  it('reads only the start of a very long question', () => {
    expect(understandQuery(`${'你好'.repeat(600)}第44号决议`).docs).toEqual([]);
    expect(understandQuery(`第44号决议${'你好'.repeat(600)}`).docs).toEqual(['44']);
  });
});
