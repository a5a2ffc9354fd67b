import { describe, expect, it } from 'vitest';
import { asksForTasks, isGenericTaskQuestion } from './task-question.js';

describe('asksForTasks', () => {
  it.each([
    '第76号决议责成各研究组做什么？',
    '第58号决议请成员国采取哪些措施？',
    '第91号决议让SG2研究什么？',
    '第93号决议交给SG11哪些活？',
    '第70号决议对学术成员有哪些请求？',
    '第79号决议派了什么任务给TSB主任？',
    'What does Resolution 76 ask study groups to do?',
  ])(
    'reads %s as asking for tasks',
    (q) => expect(asksForTasks(q)).toBe(true),
  );
  it.each(['第76号决议是哪年通过的？', 'SG13的主席是谁？', '哪个研究组研究什么？'])('does not read %s as asking for tasks', (q) => expect(asksForTasks(q)).toBe(false));
});

describe('isGenericTaskQuestion', () => {
  it.each(['第76号决议责成各研究组做什么？', '电子废弃物决议请各成员国采取什么措施？', '第94号决议分别让SG13和SG17做什么？', 'What does Resolution 76 ask study groups to do?'])(
    'treats %s as asking for the whole list',
    (q) => expect(isGenericTaskQuestion(q)).toBe(true),
  );
  it.each(['第76号决议请成员国在测试实验室方面做什么？', '第70号决议要求TSB主任把哪些材料做成无障碍格式？'])(
    'treats %s as asking about one topic among the tasks',
    (q) => expect(isGenericTaskQuestion(q)).toBe(false),
  );
});
