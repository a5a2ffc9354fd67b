// The Slack messages of an answer (/wtsa, mentions): answer text, numbered sources with clause citations, buttons.
import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../answer/types.js';
import { FEEDBACK_DOWN, FEEDBACK_UP, SHARE_ANSWER } from './action-ids.js';
import { citationLocation, documentName } from '../corpus/document-name.js';
import { escapeMrkdwn, markdownToMrkdwn } from './mrkdwn.js';
import { button, contextBlock, paginate, sectionBlocks, type SlackMessage } from './slack-message.js';

/** Longest quote shown under a source, in characters. */
const QUOTE_LIMIT = 300;
/** Longest notification fallback text (also what thread history reads back), in characters. */
const FALLBACK_LIMIT = 3000;

/** Where the answer is shown: privately (share button), shared in the channel, or in a thread. */
export type AnswerAudience = { kind: 'private' } | { kind: 'shared'; userId: string } | { kind: 'thread' };

function sourceLine(c: Citation): string {
  const raw = c.quote.trim() || c.text;
  const quote = raw.length > QUOTE_LIMIT ? `${raw.slice(0, QUOTE_LIMIT)}…` : raw;
  const quoted = escapeMrkdwn(quote)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return `*[${c.n}]* ${escapeMrkdwn(citationLocation(c))}\n${quoted}`;
}

/** The answer as one or more messages (more only when Slack's 50-block limit forces it); `key` names it for the buttons. */
export function answerMessages(question: string, answer: Answer, key: string, audience: AnswerAudience): SlackMessage[] {
  const blocks: types.KnownBlock[] = [contextBlock(`*问：*${escapeMrkdwn(question)}`), ...sectionBlocks(markdownToMrkdwn(escapeMrkdwn(answer.answer)))];
  if (answer.refused && answer.suggestions.length > 0) {
    const lines = answer.suggestions.map((s) => `• ${escapeMrkdwn(documentName(s.doc))}《${escapeMrkdwn(s.title)}》`);
    blocks.push(...sectionBlocks(`*可能相关的文件*\n${lines.join('\n')}`));
  }
  const citations = [...answer.citations].sort((a, b) => a.n - b.n);
  if (citations.length > 0) {
    blocks.push({ type: 'divider' }, ...sectionBlocks(`*来源*\n${citations.map(sourceLine).join('\n')}`));
  }
  const buttons: types.Button[] = [button(FEEDBACK_UP, '👍 有帮助', key), button(FEEDBACK_DOWN, '👎 没帮助', key)];
  if (audience.kind === 'private') buttons.unshift(button(SHARE_ANSWER, '在频道中分享', key, 'primary'));
  const trailer: types.KnownBlock[] = [{ type: 'actions', elements: buttons }];
  if (audience.kind === 'shared') trailer.unshift(contextBlock(`由 <@${audience.userId}> 分享 · /wtsa`));
  return paginate(escapeMrkdwn(answer.answer.slice(0, FALLBACK_LIMIT)), blocks, trailer);
}
