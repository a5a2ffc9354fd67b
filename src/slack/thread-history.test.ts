import { describe, expect, it } from 'vitest';
import { threadTurns } from './thread-history.js';

const bot = { botId: 'B0BOT', botUserId: 'U0BOT' };

describe('threadTurns', () => {
  const thread = [
    { ts: '1700000000.000100', user: 'U1', text: '<@U0BOT> SG17主要负责什么？' },
    { ts: '1700000001.000200', user: 'U0BOT', bot_id: 'B0BOT', text: '第17研究组负责安全 &amp; 可信度[1]。' },
    { ts: '1700000002.000300', user: 'U2', text: '这个我也想知道' },
    { ts: '1700000003.000400', bot_id: 'BOTHER', text: '另一个机器人的消息' },
    { ts: '1700000004.000500', user: 'U1', text: '<@U0BOT> 那SG20呢？' },
  ];

  it('keeps questions to the bot and the bot answers before the current message, in order', () => {
    expect(threadTurns(thread, bot, '1700000004.000500')).toEqual([
      { role: 'user', content: 'SG17主要负责什么？' },
      { role: 'assistant', content: '第17研究组负责安全 & 可信度[1]。' },
    ]);
  });

  it('orders timestamps exactly, without floating-point rounding', () => {
    const close = [
      { ts: '1700000000.000002', user: 'U1', text: '<@U0BOT> 第二' },
      { ts: '1700000000.000001', user: 'U1', text: '<@U0BOT> 第一' },
    ];
    expect(threadTurns(close, bot, '1700000000.000003').map((t) => t.content)).toEqual(['第一', '第二']);
    expect(threadTurns(close, bot, '1700000000.000002').map((t) => t.content)).toEqual(['第一']);
  });

  it('keeps only the latest turns of a long thread', () => {
    const long = Array.from({ length: 30 }, (_, i) => ({ ts: `1700000000.${String(i).padStart(6, '0')}`, user: 'U1', text: `<@U0BOT> 问题${i}` }));
    const turns = threadTurns(long, bot, '1700000001.000000');
    expect(turns).toHaveLength(12);
    expect(turns.at(-1)?.content).toBe('问题29');
  });
});
