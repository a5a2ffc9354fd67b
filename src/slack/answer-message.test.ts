import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { fakeAnswer, fakeRefusal } from '../../test/api/fake-assistant.js';
import { blockTexts } from '../../test/slack/block-text.js';
import { FEEDBACK_DOWN, FEEDBACK_UP, SHARE_ANSWER } from './action-ids.js';
import { answerMessages } from './answer-message.js';

const buttons = (blocks: types.KnownBlock[]) =>
  blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? [e.action_id, 'value' in e ? e.value : ''] : [])) : []));

describe('answerMessages', () => {
  const question = '第44号决议要求电信标准化局主任做什么？';
  const answer = fakeAnswer({ question });

  it('shows the answer with numbered sources and clause citations', () => {
    const [msg, ...rest] = answerMessages(question, answer, 'k1', { kind: 'private' });
    expect(rest).toHaveLength(0);
    const text = blockTexts(msg!.blocks).join('\n');
    expect(text).toContain('*问：*第44号决议要求电信标准化局主任做什么？');
    expect(text).toContain('继续实现行动计划的目标[1]');
    expect(text).toContain('*[1]* 第44号决议 · 责成电信标准化局主任与电信发展局主任和无线电通信局主任协作 · 1\n> 继续实现附于本决议之后的行动计划的目标');
    expect(text).toContain('*[2]* 第44号决议 · 责成电信标准化局主任与电信发展局主任和无线电通信局主任协作 · 2');
    expect(msg!.text).toBe(answer.answer);
  });

  it('carries share and feedback buttons privately, feedback only in threads', () => {
    const [priv] = answerMessages(question, answer, 'k1', { kind: 'private' });
    expect(buttons(priv!.blocks)).toEqual([[SHARE_ANSWER, 'k1'], [FEEDBACK_UP, 'k1'], [FEEDBACK_DOWN, 'k1']]);
    const [thread] = answerMessages(question, answer, 'k2', { kind: 'thread' });
    expect(buttons(thread!.blocks)).toEqual([[FEEDBACK_UP, 'k2'], [FEEDBACK_DOWN, 'k2']]);
    const [shared] = answerMessages(question, answer, 'k3', { kind: 'shared', userId: 'U9' });
    expect(blockTexts(shared!.blocks).join('\n')).toContain('由 <@U9> 分享');
    expect(buttons(shared!.blocks).map(([id]) => id)).not.toContain(SHARE_ANSWER);
  });

  it('lists the closest documents when refusing', () => {
    const [msg] = answerMessages('天气如何？', fakeRefusal({ question: '天气如何？' }), 'k', { kind: 'private' });
    const text = blockTexts(msg!.blocks).join('\n');
    expect(text).toContain('决议文本中没有关于这个问题的内容。');
    expect(text).toContain('• 第44号决议《缩小发展中国家与发达国家之间的标准化工作差距》');
    expect(text).not.toContain('*来源*');
  });

  it('escapes &, < and > from the question, the answer and the quotes', () => {
    const tricky = { ...answer, answer: '<!channel> A & B[1]', citations: [{ ...answer.citations[0]!, quote: '<b>' }] };
    const [msg] = answerMessages('<@U1> & 问', tricky, 'k', { kind: 'private' });
    const text = blockTexts(msg!.blocks).join('\n');
    expect(text).toContain('&lt;!channel&gt; A &amp; B[1]');
    expect(text).toContain('> &lt;b&gt;');
    expect(text).toContain('&lt;@U1&gt; &amp; 问');
    expect(text).not.toContain('<!channel>');
  });

  it('splits a long answer under 3,000 characters a section and 50 blocks a message, buttons last', () => {
    const long = { ...answer, answer: '电信标准化局主任应继续实现行动计划的目标。'.repeat(8000) };
    const messages = answerMessages(question, long, 'k', { kind: 'private' });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      for (const b of m.blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    }
    const shown = messages.flatMap((m) => m.blocks).filter((b) => b.type === 'section').map((b) => (b.type === 'section' ? b.text!.text : ''));
    expect(shown.join('').split('行动计划的目标。').length - 1).toBe(8000);
    expect(buttons(messages.at(-1)!.blocks).length).toBe(3);
    for (const m of messages.slice(0, -1)) expect(buttons(m.blocks)).toHaveLength(0);
    expect(messages[0]!.text.length).toBeLessThanOrEqual(3000);
  });
});
