// @决议助手 mentions and direct messages: the answer goes into the message's thread; a follow-up in that thread
// carries the earlier turns.
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { replyInThread } from './answer-reply.js';
import type { SlackContext } from './slack-context.js';

const MessageEvent = z.object({
  text: z.string(),
  ts: z.string(),
  channel: z.string(),
  thread_ts: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
  channel_type: z.string().optional(),
});

/** A message from a person (not a bot, not an edit or join notice), or null. */
function fromPerson(event: unknown) {
  const parsed = MessageEvent.safeParse(event);
  if (!parsed.success || parsed.data.bot_id || parsed.data.subtype || !parsed.data.user) return null;
  return parsed.data;
}

/** Registers the app_mention listener and the direct-message (message.im) listener. */
export function registerMentionEvents(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, client, context }) => {
    const mention = fromPerson(event);
    if (mention) await replyInThread(ctx, { client, context }, mention);
  });

  app.event('message', async ({ event, client, context }) => {
    const message = fromPerson(event);
    if (message?.channel_type === 'im') await replyInThread(ctx, { client, context }, message);
  });
}
