// Building blocks of the Slack messages we send, kept under Slack's limits (3,000 characters a section, 50 blocks a message).
import type { types } from '@slack/bolt';
import { splitMrkdwn } from './mrkdwn.js';

/** Slack's limit on the number of blocks in one message. */
export const MESSAGE_BLOCK_LIMIT = 50;

/** One message as sent through chat.postMessage or response_url: blocks plus the notification fallback text. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Section blocks holding escaped mrkdwn, as many as the text needs. */
export function sectionBlocks(mrkdwn: string): types.SectionBlock[] {
  return splitMrkdwn(mrkdwn).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** A small grey line (citation, attribution) of escaped mrkdwn. */
export function contextBlock(mrkdwn: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: splitMrkdwn(mrkdwn)[0] ?? '' }] };
}

/** A button whose click reaches the action listener `actionId` with `value`. */
export function button(actionId: string, label: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: label, emoji: true }, value, ...(style ? { style } : {}) };
}

/**
 * Spreads blocks over as many messages as Slack's block limit needs; `trailer` blocks (buttons) stay together
 * on the last message. `text` is the first message's fallback; later ones say they continue it.
 */
export function paginate(text: string, blocks: types.KnownBlock[], trailer: types.KnownBlock[] = []): SlackMessage[] {
  const pages: types.KnownBlock[][] = [];
  for (let i = 0; i < blocks.length; i += MESSAGE_BLOCK_LIMIT) pages.push(blocks.slice(i, i + MESSAGE_BLOCK_LIMIT));
  const last = pages.at(-1);
  if (last && last.length + trailer.length <= MESSAGE_BLOCK_LIMIT) last.push(...trailer);
  else if (trailer.length > 0 || pages.length === 0) pages.push([...trailer]);
  return pages.map((page, n) => ({ text: n === 0 ? text : `${text.slice(0, 40)}…（续 ${n + 1}）`, blocks: page }));
}
