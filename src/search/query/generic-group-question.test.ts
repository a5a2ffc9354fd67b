import { describe, expect, it } from 'vitest';
import { isGenericGroupQuestion } from './generic-group-question.js';

describe('isGenericGroupQuestion', () => {
  it.each(['SG17负责什么？', 'ITU-T第15研究组的职责是什么？', 'SG13现在管哪些方向？', 'What is the mandate of SG17?', 'SG13的工作指导是什么？'])(
    'treats %s as a question about the group as a whole',
    (q) => expect(isGenericGroupQuestion(q)).toBe(true),
  );
  it.each(['SG17在协调全ITU-T安全工作上是什么角色？', 'SG5的会议要不要跟其他组一起开？', 'SG17的职责里有没有提到后量子密码？'])(
    'treats %s as a question about a topic within the mandate',
    (q) => expect(isGenericGroupQuestion(q)).toBe(false),
  );
});
