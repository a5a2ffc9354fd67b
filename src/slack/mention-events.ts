// @决议助手 mentions: the answer goes into the mention's thread; a follow-up in that thread carries the earlier turns.
import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Turn } from '../answer/types.js';
import { answerMessages } from './answer-message.js';
import { ANSWER_FAILED } from './help-messages.js';
import { readQuestion } from './question-input.js';
import type { SlackContext } from './slack-context.js';
import { sectionBlocks, type SlackMessage } from './slack-message.js';
import { ThreadMessageSchema, threadTurns } from './thread-history.js';

const MentionEvent = z.object({
  text: z.string(),
  ts: z.string(),
  channel: z.string(),
  thread_ts: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
});

/** Earlier messages of a thread read for context (conversations.replies page size). */
const THREAD_FETCH_LIMIT = 100;

/** Registers the app_mention listener. */
export function registerMentionEvents(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, client, context }) => {
    const parsed = MentionEvent.safeParse(event);
    if (!parsed.success || parsed.data.bot_id || parsed.data.subtype === 'bot_message' || !parsed.data.user) return;
    const mention = parsed.data;
    const threadTs = mention.thread_ts ?? mention.ts;
    const post = (message: SlackMessage) =>
      client.chat.postMessage({ channel: mention.channel, thread_ts: threadTs, text: message.text, blocks: message.blocks });

    const input = readQuestion(mention.text);
    if ('help' in input) {
      await post(input.help);
      return;
    }
    const { question } = input;
    try {
      let history: Turn[] = [];
      if (mention.thread_ts) {
        const replies = await client.conversations.replies({ channel: mention.channel, ts: mention.thread_ts, limit: THREAD_FETCH_LIMIT });
        const messages = (replies.messages ?? []).flatMap((m) => {
          const read = ThreadMessageSchema.safeParse(m);
          return read.success ? [read.data] : [];
        });
        history = threadTurns(messages, { botId: context.botId, botUserId: context.botUserId }, mention.ts);
      }
      const answer = await ctx.assistant.ask({ question, history });
      const key = await ctx.answers.put({ question, answer });
      for (const message of answerMessages(question, answer, key, { kind: 'thread' })) await post(message);
    } catch (error) {
      ctx.logger.error('slack app_mention failed', error);
      await post({ text: ANSWER_FAILED, blocks: sectionBlocks(ANSWER_FAILED) });
    }
  });
}
