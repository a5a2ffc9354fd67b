// Short private help texts: how to use the commands, and what to type when a study group is unknown.
import type { types } from '@slack/bolt';
import { bold, escapeMrkdwn, link } from './mrkdwn.js';
import { sectionBlocks, type SlackMessage } from './slack-message.js';

function message(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: sectionBlocks(mrkdwn) };
}

/** Usage of /wtsa and of mentions, for an empty or unusable question; `note` (escaped mrkdwn) goes first. */
export function askUsage(note?: string): SlackMessage {
  return message(
    [
      ...(note ? [note] : []),
      `${bold('用法')}：\`/wtsa &lt;问题&gt;\`，例如 \`/wtsa 第44号决议要求电信标准化局主任做什么？\``,
      '也可以在频道里 @决议助手 提问，或直接私信提问；回答会出现在话题（thread）中，后续追问会沿用该话题的上下文。',
      '查询研究组职责：`/mandate SG17`',
    ].join('\n'),
  );
}

/** Reply for a /mandate argument that names no known study group, listing the valid ones. */
export function unknownGroup(input: string, groups: string[]): SlackMessage {
  const names = groups.map((g) => (/^\d+$/.test(g) ? `SG${g}` : g)).join('、');
  const opening = input.trim() ? `没有找到研究组“${escapeMrkdwn(input.trim())}”。` : '请告诉我要查询哪个研究组。';
  return message(
    [
      opening,
      `${bold('可查询的研究组')}：${escapeMrkdwn(names)}`,
      `${bold('用法')}：\`/mandate 17\`、\`/mandate SG17\`、\`/mandate 第17研究组\` 或 \`/mandate TSAG\``,
    ].join('\n'),
  );
}

/** The App Home tab: what the app does, example commands and questions, and the web chat when its address is known. */
export function homeView(publicBaseUrl?: string): types.HomeView {
  const lines = [
    `${bold('决议助手')}回答关于 WTSA-24（2024年，新德里）各项决议的问题，每句话都注明所依据的条款；文本没有直接说明时会标出“部分相关”，没有依据时会直说。`,
    '',
    `${bold('试试这些')}`,
    '• `/mandate SG17` — 研究组的职责、牵头领域、建议书系列、课题和主席',
    '• `/wtsa 第44号决议对学术成员有什么规定？` — 仅你可见的回答，可分享到频道',
    '• 在频道里 `@决议助手 哪些决议是本届全会新增的？` — 回答在话题中，追问沿用上下文',
    '• 在“消息”标签里直接私信提问',
    '',
    '每条回答下可以点 👍/👎（👎 可选原因），帮助我们改进。',
  ];
  if (publicBaseUrl) lines.push('', `${link(`${publicBaseUrl}/`, '在网页中提问')} · ${link(`${publicBaseUrl}/docs/`, '全部决议文本')}`);
  return {
    type: 'home',
    blocks: [{ type: 'header', text: { type: 'plain_text', text: '决议助手 · WTSA-24决议问答' } }, ...sectionBlocks(lines.join('\n'))],
  };
}

/** Apology shown when answering failed. */
export const ANSWER_FAILED = '抱歉，暂时无法回答这个问题，请稍后再试。';
