// Answers a message the bot was sent (a mention in a channel or a direct message) in that message's thread; a
// follow-up in the thread carries the earlier turns as history.
import type { AllMiddlewareArgs } from '@slack/bolt';
import type { Turn } from '../answer/types.js';
import { answerMessages } from './answer-message.js';
import { ANSWER_FAILED } from './help-messages.js';
import { readQuestion } from './question-input.js';
import type { SlackContext } from './slack-context.js';
import { sectionBlocks, type SlackMessage } from './slack-message.js';
import { ThreadMessageSchema, threadTurns } from './thread-history.js';

/** Earlier messages of a thread read for context (conversations.replies page size). */
const THREAD_FETCH_LIMIT = 100;

/** The message being answered. */
export interface IncomingMessage {
  text: string;
  ts: string;
  channel: string;
  thread_ts?: string | undefined;
}

/** Posts the answer (or usage help, or an apology) into the thread of `message`. */
export async function replyInThread(
  ctx: SlackContext,
  { client, context }: Pick<AllMiddlewareArgs, 'client' | 'context'>,
  message: IncomingMessage,
): Promise<void> {
  const threadTs = message.thread_ts ?? message.ts;
  const post = (reply: SlackMessage) =>
    client.chat.postMessage({ channel: message.channel, thread_ts: threadTs, text: reply.text, blocks: reply.blocks });

  const input = readQuestion(message.text);
  if ('help' in input) {
    await post(input.help);
    return;
  }
  const { question } = input;
  try {
    let history: Turn[] = [];
    if (message.thread_ts) {
      const replies = await client.conversations.replies({ channel: message.channel, ts: message.thread_ts, limit: THREAD_FETCH_LIMIT });
      const messages = (replies.messages ?? []).flatMap((m) => {
        const read = ThreadMessageSchema.safeParse(m);
        return read.success ? [read.data] : [];
      });
      history = threadTurns(messages, { botId: context.botId, botUserId: context.botUserId }, message.ts);
    }
    const answer = await ctx.assistant.ask({ question, history });
    const key = await ctx.answers.put({ question, answer });
    for (const reply of answerMessages(question, answer, key, { kind: 'thread' }, { publicBaseUrl: ctx.publicBaseUrl })) await post(reply);
  } catch (error) {
    ctx.logger.error('slack answer in thread failed', error);
    await post({ text: ANSWER_FAILED, blocks: sectionBlocks(ANSWER_FAILED) });
  }
}
