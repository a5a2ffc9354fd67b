import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { fakeAnswer, fakeRefusal } from '../../test/api/fake-assistant.js';
import { blockTexts } from '../../test/slack/block-text.js';
import { FEEDBACK_DOWN, FEEDBACK_UP, SHARE_ANSWER, VOTE_BLOCK } from './action-ids.js';
import { answerMessages } from './answer-message.js';

const buttons = (blocks: types.KnownBlock[]) =>
  blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? [e.action_id, 'value' in e ? e.value : ''] : [])) : []));

describe('answerMessages', () => {
  const question = '第44号决议要求电信标准化局主任做什么？';
  const answer = fakeAnswer({ question });

  it('shows the answer with numbered sources, the quotes not repeated, bold that renders beside Chinese', () => {
    const [msg, ...rest] = answerMessages(question, answer, 'k1', { kind: 'private' });
    expect(rest).toHaveLength(0);
    const text = blockTexts(msg!.blocks).join('\n');
    expect(text).toContain('\u200B*问：*\u200B第44号决议要求电信标准化局主任做什么？');
    expect(text).toContain('继续实现行动计划的目标[1]');
    expect(text).toContain('\u200B*[1]*\u200B 第44号决议 · 责成电信标准化局主任与电信发展局主任和无线电通信局主任协作 · 1\n');
    expect(text).toContain('\u200B*[2]*\u200B 第44号决议 · 责成电信标准化局主任与电信发展局主任和无线电通信局主任协作 · 2');
    expect(text).not.toContain('> 继续实现附于本决议之后的行动计划的目标');
    expect(text).not.toMatch(/(?<!\u200B)\*[^*\n]+\*(?!\u200B)/);
    expect(msg!.text).toBe(answer.answer);
  });

  it('links each source to its clause (by offsets) and the answer to its permalink when PUBLIC_BASE_URL is set', () => {
    const [msg] = answerMessages(question, answer, 'AbCdEfGhIjKl', { kind: 'thread' }, { publicBaseUrl: 'https://wtsa.example.org' });
    const text = blockTexts(msg!.blocks).join('\n');
    const c = answer.citations[0]!;
    const from = c.text.indexOf(c.quote);
    expect(text).toContain(
      `<https://wtsa.example.org/docs/44?clause=${encodeURIComponent(c.id)}&from=${from}&to=${from + c.quote.length}|第44号决议 · 责成电信标准化局主任与电信发展局主任和无线电通信局主任协作 · 1>`,
    );
    expect(text).toContain('<https://wtsa.example.org/a/AbCdEfGhIjKl|在网页中查看这条回答>');
    expect(blockTexts(answerMessages(question, answer, 'k', { kind: 'thread' })[0]!.blocks).join('\n')).not.toContain('<http');
  });

  it('marks a hedged answer and a refusal distinctly, and shows a rewritten follow-up', () => {
    const hedged = { ...answer, confidence: 'low' as const };
    const hedgedText = blockTexts(answerMessages(question, hedged, 'k', { kind: 'thread' })[0]!.blocks).join('\n');
    expect(hedgedText).toContain(':warning: \u200B*部分相关 · 文本未直接说明*\u200B');
    expect(blockTexts(answerMessages(question, answer, 'k', { kind: 'thread' })[0]!.blocks).join('\n')).not.toContain('部分相关');
    const refusal = blockTexts(answerMessages('天气如何？', fakeRefusal({ question: '天气如何？' }), 'k', { kind: 'thread' })[0]!.blocks).join('\n');
    expect(refusal).toContain(':information_source: \u200B*未在决议文本中找到依据*\u200B');
    const rewritten = { ...answer, resolvedQuestion: '第44号决议对学术成员有什么规定？' };
    expect(blockTexts(answerMessages('那学术成员呢？', rewritten, 'k', { kind: 'thread' })[0]!.blocks).join('\n')).toContain(
      '按上文理解为：第44号决议对学术成员有什么规定？',
    );
  });

  it('offers the 👎 reasons, then shows the recorded vote instead of buttons', () => {
    const voteOf = (m: ReturnType<typeof answerMessages>) => m.at(-1)!.blocks.find((b) => b.block_id === VOTE_BLOCK)!;
    const reasons = voteOf(answerMessages(question, answer, 'k', { kind: 'thread' }, {}, { kind: 'reasons' }));
    expect(reasons.type).toBe('actions');
    expect(buttons([reasons])).toEqual(
      ['wrong-citation', 'not-answered', 'incomplete', 'should-answer', 'other'].map((r) => [`feedback_reason:${r}`, 'k']),
    );
    const recorded = voteOf(answerMessages(question, answer, 'k', { kind: 'thread' }, {}, { kind: 'recorded', rating: 'down', reason: 'incomplete' }));
    expect(recorded.type).toBe('context');
    expect(blockTexts([recorded])).toEqual(['已记录你的反馈：👎 没帮助 · 不完整']);
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
    expect(text).not.toContain('来源');
  });

  it('escapes &, < and > from the question and the answer', () => {
    const tricky = { ...answer, answer: '<!channel> A & B[1]', citations: [{ ...answer.citations[0]!, quote: '<b>' }] };
    const [msg] = answerMessages('<@U1> & 问', tricky, 'k', { kind: 'private' });
    const text = blockTexts(msg!.blocks).join('\n');
    expect(text).toContain('&lt;!channel&gt; A &amp; B[1]');
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
