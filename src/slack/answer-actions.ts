// The buttons under an answer: "share in channel" posts it publicly; 👍 records the vote, 👎 offers its reasons and a
// reason records it (source "slack"); the buttons are then replaced by the recorded vote.
import type { App, RespondFn } from '@slack/bolt';
import type { types } from '@slack/bolt';
import { z } from 'zod';
import { FEEDBACK_REASONS } from '../feedback/types.js';
import { FEEDBACK_DOWN, FEEDBACK_REASON, FEEDBACK_UP, SHARE_ANSWER, VOTE_BLOCK } from './action-ids.js';
import { answerMessages, voteBlock, type VoteState } from './answer-message.js';
import type { CachedAnswer } from './answer-cache.js';
import type { SlackContext } from './slack-context.js';

/** Reply when a button's answer is no longer remembered (restart or too old). */
export const ANSWER_EXPIRED = '这条回答已过期，请重新提问。';

const ActionBody = z.object({
  user: z.object({ id: z.string().regex(/^[UW][A-Z0-9]+$/) }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(64) })).min(1),
  /** The message the button is in; Slack leaves it out for ephemeral messages. */
  message: z.object({ text: z.string().optional(), blocks: z.array(z.looseObject({ type: z.string(), block_id: z.string().optional() })) }).optional(),
});

const reasonOf = (actionId: string) => z.enum(FEEDBACK_REASONS).safeParse(actionId.slice(FEEDBACK_REASON.length + 1));

/** Registers the share and feedback buttons of answers. */
export function registerAnswerActions(app: App, ctx: SlackContext): void {
  const links = { publicBaseUrl: ctx.publicBaseUrl };
  const find = async (body: unknown) => {
    const parsed = ActionBody.safeParse(body);
    if (!parsed.success) return null;
    const action = parsed.data.actions[0]!;
    const cached = await ctx.answers.get(action.value);
    return cached ? { ...cached, key: action.value, userId: parsed.data.user.id, actionId: action.action_id, message: parsed.data.message } : null;
  };

  /** Replaces the clicked message with its vote block in `state`: in the posted blocks, or rebuilt for an ephemeral answer. */
  const showVote = async (respond: RespondFn, found: CachedAnswer & { key: string; message?: { text?: string; blocks: { block_id?: string }[] } }, state: VoteState) => {
    const replacement = voteBlock(found.key, state);
    const message = found.message?.blocks.some((b) => b.block_id === VOTE_BLOCK)
      ? { text: found.message.text ?? '', blocks: found.message.blocks.map((b) => (b.block_id === VOTE_BLOCK ? replacement : b)) as types.KnownBlock[] }
      : answerMessages(found.question, found.answer, found.key, { kind: 'private' }, links, state).at(-1)!;
    await respond({ replace_original: true, ...message });
  };

  const record = (found: CachedAnswer & { key: string }, vote: { rating: 'up' | 'down'; reason?: (typeof FEEDBACK_REASONS)[number] }) =>
    ctx.feedback.add({
      ...vote,
      question: found.question,
      answer: found.answer.answer,
      answerId: found.key,
      citations: found.answer.citations.map(({ id, doc, section, label }) => ({ id, doc, section, label })),
      source: 'slack',
    });

  app.action(SHARE_ANSWER, async ({ ack, body, respond }) => {
    await ack();
    const found = await find(body);
    if (!found) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: ANSWER_EXPIRED });
      return;
    }
    for (const message of answerMessages(found.question, found.answer, found.key, { kind: 'shared', userId: found.userId }, links)) {
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
    }
  });

  app.action(new RegExp(`^(${FEEDBACK_UP}|${FEEDBACK_DOWN}|${FEEDBACK_REASON}:[a-z-]+)$`), async ({ ack, body, respond }) => {
    await ack();
    const found = await find(body);
    if (!found) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: ANSWER_EXPIRED });
      return;
    }
    if (found.actionId === FEEDBACK_DOWN) {
      await showVote(respond, found, { kind: 'reasons' });
      return;
    }
    const reason = reasonOf(found.actionId);
    const vote = found.actionId === FEEDBACK_UP ? { rating: 'up' as const } : reason.success ? { rating: 'down' as const, reason: reason.data } : null;
    if (!vote) return;
    await record(found, vote);
    await showVote(respond, found, { kind: 'recorded', ...vote });
  });
}
