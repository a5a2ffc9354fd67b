import { describe, expect, it } from 'vitest';
import { isGenericGroupQuestion } from './generic-group-question.js';

describe('isGenericGroupQuestion', () => {
  it.each(['SG11负责什么？', 'ITU-T第15研究组的职责是什么？', 'SG2目前管哪些方向？', 'What is the mandate of SG3?', 'SG20的工作指导是什么？'])(
    'treats %s as a question about the group as a whole',
    (q) => expect(isGenericGroupQuestion(q)).toBe(true),
  );
  it.each(['SG17在身份管理方面和谁合作？', 'SG5能否与ITU-R联合开会？', 'SG15的职责里有没有提到量子网络？'])(
    'treats %s as a question about a topic within the mandate',
    (q) => expect(isGenericGroupQuestion(q)).toBe(false),
  );
});
