import { describe, expect, it } from 'vitest';
import { understandQuery } from '../search/query/understand-query.js';
import { outOfScope, unknownNames } from './out-of-scope.js';

const docs = new Set(['2', '44', '50', 'COM4/AI']);
const groups = new Set(['2', '3', '5', '11', '12', '13', '15', '17', '20', '21', 'TSAG', 'SCV']);
// What the corpus mentions directly or through aliases (SG17 ↔ 第17研究组, TSB ↔ 电信标准化局 …).
const texts = '日内瓦 新德里 TADDEI ITU-T IMT-2030 SG2 SG13 SG17 TSAG SCV TSB WTSA-24';
const mentions = (name: string) => texts.toLowerCase().includes(name.toLowerCase());
// The Question list: A/17 continues old 1/17, D/17 continues old 4/17.
const hasQuestion = (id: string) => ['A/17', 'D/17', '1/17', '4/17'].includes(id);
const scope = { docs, groups, mentions, hasQuestion };
const classify = (q: string) => outOfScope(q, understandQuery(q), scope);

describe('outOfScope', () => {
  it.each([
    ['SG20副主席的手机电话号码是多少？', 'fact-type'],
    ['ITU-T去年在研讨会上花了多少钱？', 'fact-type'],
    ['现任TSAG秘书是谁？', 'fact-type'],
    ['下届全会将在哪个国家举行？', 'fact-type'],
    ['A/13课题的报告人叫什么？', 'fact-type'],
    ['Who is the rapporteur for Question B/11?', 'fact-type'],
    ['第37号决议的做出决议部分说了什么？', 'missing-document'],
    ['第16研究组的主席是谁？', 'unknown-group'],
    ['ITU-D第2研究组的主席是谁？', 'unknown-group'],
    ['课题5/17是研究什么的？', 'unknown-question'],
    ['Z/17课题研究什么？', 'unknown-question'],
  ])('refuses %s (%s)', (question, reason) => {
    expect(classify(question)?.reason).toBe(reason);
  });

  it.each([
    'SG17负责什么？',
    'SG2目前管哪些方向？',
    '第44号决议对学术成员会费怎么说？',
    '哪些决议引用了第1号决议？',
    'SCV的主席是哪位？',
    '第50号决议在可用预算范围内要求TSB做什么？',
    'TADDEI先生担任哪个研究组的主席？',
    'WTSA-24在新德里通过了哪些关于IMT-2030的决议？',
    '课题4/17现在叫什么？',
    'D/17课题研究什么？',
    'SG17主席叫什么名字？',
  ])('lets %s through', (question) => {
    expect(classify(question)).toBeNull();
  });
});

describe('unknownNames', () => {
  it('names the people and companies a Chinese question mentions that the texts never do', () => {
    const q = '爱立信在第17研究组提交了哪些文稿？';
    expect(unknownNames(q, understandQuery(q), scope)).toContain('爱立信');
  });

  it('finds none in a question about what the texts name', () => {
    const q = 'TADDEI先生担任哪个研究组的主席？';
    expect(unknownNames(q, understandQuery(q), scope)).toEqual([]);
  });
});
