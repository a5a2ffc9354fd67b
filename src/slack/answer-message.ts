// The Slack messages of an answer (/wtsa, mentions, direct messages): how it stands (hedged, refused, rewritten), the
// answer, numbered sources linked to their clauses, the permalink, and the share and vote buttons.
import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../answer/types.js';
import { citationLocation, documentName } from '../corpus/document-name.js';
import { FEEDBACK_REASONS, type FeedbackReason } from '../feedback/types.js';
import { docViewPath } from '../widget/client/doc-name.js';
import { stringsFor } from '../widget/client/strings.js';
import { FEEDBACK_DOWN, FEEDBACK_REASON, FEEDBACK_UP, SHARE_ANSWER, VOTE_BLOCK } from './action-ids.js';
import { bold, escapeMrkdwn, link, markdownToMrkdwn } from './mrkdwn.js';
import { button, contextBlock, paginate, sectionBlocks, type SlackMessage } from './slack-message.js';
import { answerUrl, clauseUrl } from './slack-links.js';

/** Longest notification fallback text (also what thread history reads back), in characters. */
const FALLBACK_LIMIT = 3000;

/** The interface strings Slack shares with the chat (the 👎 reasons, the hedge badge). */
const zh = stringsFor('zh');

/** Where the answer is shown: privately (share button), shared in the channel, or in a thread / direct message. */
export type AnswerAudience = { kind: 'private' } | { kind: 'shared'; userId: string } | { kind: 'thread' };

/** Where the vote under an answer stands: 👍/👎 offered, 👎's reasons offered, or recorded. */
export type VoteState = { kind: 'open' } | { kind: 'reasons' } | { kind: 'recorded'; rating: 'up' | 'down'; reason?: FeedbackReason };

/** Links to the web (PUBLIC_BASE_URL, no trailing slash); without it sources are plain text and there is no permalink. */
export interface AnswerLinks {
  publicBaseUrl?: string | undefined;
}

function sourceLine(c: Citation, base: string | undefined): string {
  const place = escapeMrkdwn(citationLocation(c));
  return `${bold(`[${c.n}]`)} ${base ? link(clauseUrl(base, c), place) : place}`;
}

/** The block holding the vote, in the state given; the answer's id is the buttons' value. */
export function voteBlock(key: string, state: VoteState): types.KnownBlock {
  if (state.kind === 'recorded') {
    const what = state.rating === 'up' ? '👍 有帮助' : `👎 没帮助${state.reason ? ` · ${zh.reasons[state.reason]}` : ''}`;
    return { ...contextBlock(`已记录你的反馈：${what}`), block_id: VOTE_BLOCK };
  }
  const elements =
    state.kind === 'open'
      ? [button(FEEDBACK_UP, '👍 有帮助', key), button(FEEDBACK_DOWN, '👎 没帮助', key)]
      : FEEDBACK_REASONS.map((r) => button(`${FEEDBACK_REASON}:${r}`, zh.reasons[r], key));
  return { type: 'actions', block_id: VOTE_BLOCK, elements };
}

/** The lines above the answer that say how it stands: the question, its rewrite, a hedge or a refusal. */
function statusBlocks(question: string, answer: Answer): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [contextBlock(`${bold('问：')}${escapeMrkdwn(question)}`)];
  const resolved = answer.resolvedQuestion.trim();
  if (resolved && resolved !== question.trim()) blocks.push(contextBlock(`${zh.resolvedAs}${escapeMrkdwn(resolved)}`));
  if (answer.refused) blocks.push(contextBlock(`:information_source: ${bold(zh.refusedHeading)}`));
  else if (answer.confidence === 'low') blocks.push(contextBlock(`:warning: ${bold(zh.hedgedBadge)} ${zh.hedgedNote}`));
  return blocks;
}

/**
 * The answer as one or more messages (more only when Slack's 50-block limit forces it); `key` is the stored answer's
 * id, carried by the buttons and used for the permalink.
 */
export function answerMessages(
  question: string,
  answer: Answer,
  key: string,
  audience: AnswerAudience,
  links: AnswerLinks = {},
  vote: VoteState = { kind: 'open' },
): SlackMessage[] {
  const base = links.publicBaseUrl;
  const blocks: types.KnownBlock[] = [...statusBlocks(question, answer), ...sectionBlocks(markdownToMrkdwn(escapeMrkdwn(answer.answer)))];
  if (answer.refused && answer.suggestions.length > 0) {
    const lines = answer.suggestions.map((s) => {
      const name = `${escapeMrkdwn(documentName(s.doc))}《${escapeMrkdwn(s.title)}》`;
      return `• ${base ? link(`${base}${docViewPath(s.doc)}`, name) : name}`;
    });
    blocks.push(...sectionBlocks(`${bold('可能相关的文件')}\n${lines.join('\n')}`));
  }
  const citations = [...answer.citations].sort((a, b) => a.n - b.n);
  if (citations.length > 0) {
    blocks.push({ type: 'divider' }, ...sectionBlocks(`${bold('来源')}\n${citations.map((c) => sourceLine(c, base)).join('\n')}`));
  }
  if (base) blocks.push(contextBlock(link(answerUrl(base, key), '在网页中查看这条回答')));
  const trailer: types.KnownBlock[] = [];
  if (audience.kind === 'shared') trailer.push(contextBlock(`由 <@${audience.userId}> 分享 · /wtsa`));
  if (audience.kind === 'private') trailer.push({ type: 'actions', elements: [button(SHARE_ANSWER, '在频道中分享', key, 'primary')] });
  trailer.push(voteBlock(key, vote));
  return paginate(escapeMrkdwn(answer.answer.slice(0, FALLBACK_LIMIT)), blocks, trailer);
}
