// Short private help texts: how to use the commands, and what to type when a study group is unknown.
import { escapeMrkdwn } from './mrkdwn.js';
import { sectionBlocks, type SlackMessage } from './slack-message.js';

function message(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: sectionBlocks(mrkdwn) };
}

/** Usage of /wtsa and of mentions, for an empty or unusable question; `note` (escaped mrkdwn) goes first. */
export function askUsage(note?: string): SlackMessage {
  return message(
    [
      ...(note ? [note] : []),
      '*用法*：`/wtsa &lt;问题&gt;`，例如 `/wtsa 第44号决议要求电信标准化局主任做什么？`',
      '也可以在频道里 @决议助手 提问，回答会出现在话题（thread）中，后续追问会沿用该话题的上下文。',
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
      `*可查询的研究组*：${escapeMrkdwn(names)}`,
      '*用法*：`/mandate 17`、`/mandate SG17`、`/mandate 第17研究组` 或 `/mandate TSAG`',
    ].join('\n'),
  );
}

/** Apology shown when answering failed. */
export const ANSWER_FAILED = '抱歉，暂时无法回答这个问题，请稍后再试。';
