// The buttons under an answer: "share in channel" posts it publicly; 👍/👎 store feedback (source "slack").
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { FEEDBACK_DOWN, FEEDBACK_UP, SHARE_ANSWER } from './action-ids.js';
import { answerMessages } from './answer-message.js';
import type { SlackContext } from './slack-context.js';

/** Reply when a button's answer is no longer remembered (restart or too old). */
export const ANSWER_EXPIRED = '这条回答已过期，请重新提问。';

const ActionBody = z.object({
  user: z.object({ id: z.string().regex(/^[UW][A-Z0-9]+$/) }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(64) })).min(1),
});

/** Registers the share and feedback buttons of answers. */
export function registerAnswerActions(app: App, ctx: SlackContext): void {
  const find = async (body: unknown) => {
    const parsed = ActionBody.safeParse(body);
    if (!parsed.success) return null;
    const action = parsed.data.actions[0]!;
    const cached = await ctx.answers.get(action.value);
    return cached ? { ...cached, key: action.value, userId: parsed.data.user.id, actionId: action.action_id } : null;
  };

  app.action(SHARE_ANSWER, async ({ ack, body, respond }) => {
    await ack();
    const found = await find(body);
    if (!found) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: ANSWER_EXPIRED });
      return;
    }
    for (const message of answerMessages(found.question, found.answer, found.key, { kind: 'shared', userId: found.userId })) {
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
    }
  });

  app.action(new RegExp(`^(${FEEDBACK_UP}|${FEEDBACK_DOWN})$`), async ({ ack, body, respond }) => {
    await ack();
    const found = await find(body);
    if (!found) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: ANSWER_EXPIRED });
      return;
    }
    await ctx.feedback.add({
      rating: found.actionId === FEEDBACK_UP ? 'up' : 'down',
      question: found.question,
      answer: found.answer.answer,
      answerId: found.key,
      citations: found.answer.citations.map(({ id, doc, section, label }) => ({ id, doc, section, label })),
      source: 'slack',
    });
    await respond({ response_type: 'ephemeral', replace_original: false, text: '谢谢你的反馈！' });
  });
}
