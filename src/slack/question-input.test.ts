import { describe, expect, it } from 'vitest';
import { QUESTION_LIMIT, readQuestion } from './question-input.js';

describe('readQuestion', () => {
  it('reads the plain question from Slack text', () => {
    expect(readQuestion('<@U0BOT> SG17 &amp; SG20 有什么区别？')).toEqual({ question: 'SG17 & SG20 有什么区别？' });
  });

  it('answers an empty or missing question with usage help', () => {
    for (const input of ['', '   ', '<@U0BOT>', undefined]) {
      const read = readQuestion(input);
      expect('help' in read && read.help.text).toContain('/wtsa');
    }
  });

  it('refuses an over-long question with a note', () => {
    const read = readQuestion('问'.repeat(QUESTION_LIMIT + 1));
    expect('help' in read && read.help.text).toContain('问题太长');
  });
});
