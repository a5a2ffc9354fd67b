// The Block Kit card of a study group's mandate (/mandate), each part with the clause it comes from.
import type { types } from '@slack/bolt';
import type { Mandate } from '../answer/types.js';
import type { ClauseRecord } from '../corpus/types.js';
import { SHARE_MANDATE } from './action-ids.js';
import { citationLocation } from '../corpus/document-name.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { button, contextBlock, paginate, sectionBlocks, type SlackMessage } from './slack-message.js';

/** Whether the card is the private one (with a share button) or the shared one (with who shared it). */
export type MandateAudience = { kind: 'private' } | { kind: 'shared'; userId: string };

function sources(records: ClauseRecord[]): string {
  const labels = [...new Set(records.map((r) => citationLocation({ ...r, label: '' })))];
  return `来源：${labels.map(escapeMrkdwn).join('；')}`;
}

function part(heading: string, body: string, records: ClauseRecord[]): types.KnownBlock[] {
  return [...sectionBlocks(`*${heading}*\n${body}`), contextBlock(sources(records))];
}

function personLine(record: ClauseRecord): string {
  const person = record.meta?.person;
  if (!person) return escapeMrkdwn(record.text);
  return escapeMrkdwn(`${person.role}：${person.name}（${person.country}）`);
}

function questionLine(record: ClauseRecord): string {
  const id = record.meta?.questionId ?? record.label;
  const text = id && record.text.startsWith(id) ? record.text.slice(id.length).trim() : record.text;
  return id ? `• *${escapeMrkdwn(id)}* ${escapeMrkdwn(text)}` : `• ${escapeMrkdwn(text)}`;
}

/** A Res 2 annex entry without the group header and title lines it opens with (the card's header shows them). */
function annexBody(mandate: Mandate, record: ClauseRecord): string {
  const lines = record.text.split('\n');
  while (lines.length > 1 && (/^(ITU-T)?第\d+研究组$|^TSAG$/.test(lines[0]!.trim()) || lines[0]!.trim() === mandate.title)) lines.shift();
  return lines.join('\n');
}

/** The mandate card as one or more messages (one in practice), parts the corpus lacks left out. */
export function mandateMessages(mandate: Mandate, audience: MandateAudience): SlackMessage[] {
  const heading = mandate.title ? `${mandate.name} · ${mandate.title}` : mandate.name;
  const blocks: types.KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: heading.slice(0, 150), emoji: false } }];
  const parts: types.KnownBlock[][] = [];
  if (mandate.areaOfStudy) parts.push(part('总体研究领域', escapeMrkdwn(annexBody(mandate, mandate.areaOfStudy)), [mandate.areaOfStudy]));
  if (!mandate.areaOfStudy && mandate.termsOfReference.length) {
    const body = mandate.termsOfReference.map((r) => `${r.label ? `${r.label} ` : ''}${r.text}`).join('\n');
    parts.push(part('职责', escapeMrkdwn(body), mandate.termsOfReference));
  }
  if (mandate.leadRoles) parts.push(part('牵头研究组职责', escapeMrkdwn(mandate.leadRoles.text), [mandate.leadRoles]));
  if (mandate.recommendationSeries) {
    parts.push(part('负责的建议书系列', escapeMrkdwn(annexBody(mandate, mandate.recommendationSeries)), [mandate.recommendationSeries]));
  }
  if (mandate.questions.length > 0) {
    parts.push(part(`课题（${mandate.questions.length}项）`, mandate.questions.map(questionLine).join('\n'), mandate.questions));
  }
  if (mandate.leadership.length > 0) {
    parts.push(part('主席和副主席', mandate.leadership.map(personLine).join('\n'), mandate.leadership));
  }
  parts.forEach((p, i) => blocks.push(...(i > 0 ? [{ type: 'divider' } as types.DividerBlock] : []), ...p));
  const trailer: types.KnownBlock[] =
    audience.kind === 'private'
      ? [{ type: 'actions', elements: [button(SHARE_MANDATE, '在频道中分享', mandate.group, 'primary')] }]
      : [contextBlock(`由 <@${audience.userId}> 分享 · /mandate ${escapeMrkdwn(mandate.group)}`)];
  const fallback = `${heading}：${mandate.areaOfStudy?.text.slice(0, 120) ?? ''}`;
  return paginate(escapeMrkdwn(fallback), blocks, trailer);
}
