// Maps the earlier messages of a Slack thread to conversation turns, so follow-up mentions keep their context.
import { z } from 'zod';
import type { Turn } from '../answer/types.js';
import { slackTextToPlain } from './mrkdwn.js';

/** The fields of a conversations.replies message we read. */
export const ThreadMessageSchema = z.object({
  ts: z.string(),
  text: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
});

/** One message of conversations.replies. */
export type ThreadMessage = z.infer<typeof ThreadMessageSchema>;

/** Who the bot is in this workspace. */
export interface BotIdentity {
  botId?: string;
  botUserId?: string;
}

/** Most turns kept (the latest ones), so a long thread does not swamp the question. */
export const MAX_TURNS = 12;

/** Orders Slack timestamps ("1700000000.000100") exactly, without floating-point rounding. */
function compareTs(a: string, b: string): number {
  const [as = '0', af = ''] = a.split('.');
  const [bs = '0', bf = ''] = b.split('.');
  return Number(as) - Number(bs) || Number(af.padEnd(6, '0')) - Number(bf.padEnd(6, '0'));
}

/**
 * The turns before message `beforeTs`: our bot's messages become assistant turns, messages that mention the bot
 * become user turns; everything else in the thread (people talking among themselves, other bots) is left out.
 */
export function threadTurns(messages: ThreadMessage[], bot: BotIdentity, beforeTs: string): Turn[] {
  const mention = bot.botUserId ? `<@${bot.botUserId}>` : null;
  const turns: Turn[] = [];
  for (const m of [...messages].sort((a, b) => compareTs(a.ts, b.ts))) {
    if (compareTs(m.ts, beforeTs) >= 0) break;
    const content = slackTextToPlain(m.text ?? '');
    if (!content) continue;
    const fromBot = (bot.botId !== undefined && m.bot_id === bot.botId) || (bot.botUserId !== undefined && m.user === bot.botUserId);
    if (fromBot) turns.push({ role: 'assistant', content });
    else if (!m.bot_id && mention && m.text?.includes(mention)) turns.push({ role: 'user', content });
  }
  return turns.slice(-MAX_TURNS);
}
