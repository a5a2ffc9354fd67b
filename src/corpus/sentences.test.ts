import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const clause =
  '鼓励成员国在国家层面建立标准化秘书处。'.repeat(6) +
  '责成电信标准化局主任为学术成员提供减免会费的便利，以吸引更多学术机构参加。' +
  '在可用预算范围内组织讲习班和培训活动，并提供远程参与手段。'.repeat(6);

describe('splitSentences', () => {
  it('keeps every character of the text', () => {
    expect(splitSentences(clause).join('')).toBe(clause);
  });
});
