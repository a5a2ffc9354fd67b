// The Block Kit card of a study group's mandate (/mandate): one line on what the group does, then bullets (lead roles,
// Recommendation series, Questions, chair) with their sources; the full texts open in a modal ("完整职责").
import type { types } from '@slack/bolt';
import type { Mandate } from '../answer/types.js';
import { citationLocation } from '../corpus/document-name.js';
import type { ClauseRecord } from '../corpus/types.js';
import { FULL_MANDATE, SHARE_MANDATE } from './action-ids.js';
import { bold, escapeMrkdwn, link } from './mrkdwn.js';
import { clauseUrl } from './slack-links.js';
import { button, contextBlock, paginate, sectionBlocks, type SlackMessage } from './slack-message.js';

/** Whether the card is the private one (with a share button) or the shared one (with who shared it). */
export type MandateAudience = { kind: 'private' } | { kind: 'shared'; userId: string };

/** Longest lead line, in characters. */
const LEAD_LIMIT = 160;

/** The sources of records, one per place, linked to the clause when a public base URL is known. */
function sources(records: ClauseRecord[], base: string | undefined): string {
  const seen = new Map<string, ClauseRecord>();
  for (const r of records) {
    const place = citationLocation({ ...r, label: '' });
    if (!seen.has(place)) seen.set(place, r);
  }
  const items = [...seen].map(([place, r]) => (base ? link(clauseUrl(base, r), escapeMrkdwn(place)) : escapeMrkdwn(place)));
  return `来源：${items.join('；')}`;
}

function personLine(record: ClauseRecord): string {
  const person = record.meta?.person;
  if (!person) return escapeMrkdwn(record.text);
  return escapeMrkdwn(`${person.role}：${person.name}（${person.country}）`);
}

function questionLine(record: ClauseRecord): string {
  const id = record.meta?.questionId ?? record.label;
  const text = id && record.text.startsWith(id) ? record.text.slice(id.length).trim() : record.text;
  return id ? `• ${bold(escapeMrkdwn(id))} ${escapeMrkdwn(text)}` : `• ${escapeMrkdwn(text)}`;
}

/** A Res 2 annex entry without the group header and title lines it opens with (the card's header shows them). */
function annexBody(mandate: Mandate, record: ClauseRecord): string {
  const lines = record.text.split('\n');
  while (lines.length > 1 && (/^(ITU-T)?第\d+研究组$|^TSAG$/.test(lines[0]!.trim()) || lines[0]!.trim() === mandate.title)) lines.shift();
  return lines.join('\n');
}

/** What the group does, in one sentence: the first of its general area of study, else of its terms of reference
 * (a chapeau ending in "：" gets its first item and how many there are: "…磋商：提供并维护…工作导则等17项。"). */
export function leadLine(mandate: Mandate): string {
  const [tor, ...items] = mandate.termsOfReference;
  const source = mandate.areaOfStudy ? annexBody(mandate, mandate.areaOfStudy) : (tor?.text ?? '');
  let first = /^[^。\n]*[。]?/.exec(source.trim())?.[0] ?? '';
  if (!mandate.areaOfStudy && first.endsWith('：') && items[0]) first += `${items[0].text.trim().replace(/[；;。，,]$/, '')}等${items.length}项。`;
  return first.length > LEAD_LIMIT ? `${first.slice(0, LEAD_LIMIT - 1)}…` : first;
}

/** The topics a group leads on: "有关安全的牵头研究组" → "安全". */
function leadTopics(record: ClauseRecord): string[] {
  return record.text
    .split('\n')
    .map((line) => line.replace(/^(ITU-T)?第\d+研究组\s*|^TSAG\s*/, '').trim())
    .map((line) => /^(?:有关)?(.+?)(?:的)?牵头研究组$/.exec(line)?.[1] ?? line)
    .filter(Boolean);
}

/** The Recommendation series a group is responsible for, each line cut before its remarks. */
function seriesNames(mandate: Mandate, record: ClauseRecord): string[] {
  return annexBody(mandate, record)
    .split('\n')
    .filter((line) => !/^注\s*[–-]/.test(line.trim()))
    .map((line) => line.split(/[（，(]/)[0]!.trim())
    .filter(Boolean);
}

/** The group's chair(s) and how many vice-chairs it has. */
function chairLine(leadership: ClauseRecord[]): string | null {
  const chairs = leadership.filter((r) => r.meta?.person?.role === '主席').map((r) => `${r.meta!.person!.name}（${r.meta!.person!.country}）`);
  const vice = leadership.filter((r) => r.meta?.person?.role.includes('副主席')).length;
  if (chairs.length === 0 && vice === 0) return null;
  return escapeMrkdwn([chairs.join('、'), vice > 0 ? `副主席 ${vice} 位` : ''].filter(Boolean).join('；'));
}

/** The card as one or more messages (one in practice): lead line, bullets, sources, buttons. */
export function mandateMessages(mandate: Mandate, audience: MandateAudience, publicBaseUrl?: string): SlackMessage[] {
  const heading = mandate.title ? `${mandate.name} · ${mandate.title}` : mandate.name;
  const lead = leadLine(mandate);
  const bullets: string[] = [];
  const cited: ClauseRecord[] = [...(mandate.areaOfStudy ? [mandate.areaOfStudy] : mandate.termsOfReference.slice(0, 1))];
  if (mandate.leadRoles) {
    bullets.push(`• ${bold('牵头研究组')}：${escapeMrkdwn(leadTopics(mandate.leadRoles).join('；'))}`);
    cited.push(mandate.leadRoles);
  }
  if (mandate.recommendationSeries) {
    bullets.push(`• ${bold('建议书系列')}：${escapeMrkdwn(seriesNames(mandate, mandate.recommendationSeries).join('；'))}`);
    cited.push(mandate.recommendationSeries);
  }
  const firstQuestion = mandate.questions[0];
  if (firstQuestion) {
    const count = `${mandate.questions.length} 项`;
    const ids = [firstQuestion, mandate.questions.at(-1)!].map((q) => q.meta?.questionId ?? q.label);
    const list = publicBaseUrl ? link(clauseUrl(publicBaseUrl, firstQuestion), '查看列表') : escapeMrkdwn(`${ids[0]}–${ids[1]}`);
    bullets.push(`• ${bold('课题')}：${count}（${list}）`);
    cited.push(firstQuestion);
  }
  const chair = chairLine(mandate.leadership);
  if (chair) {
    bullets.push(`• ${bold('主席')}：${chair}`);
    cited.push(mandate.leadership[0]!);
  }
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: heading.slice(0, 150), emoji: false } },
    ...(lead ? sectionBlocks(escapeMrkdwn(lead)) : []),
    ...(bullets.length > 0 ? sectionBlocks(bullets.join('\n')) : []),
    contextBlock(sources(cited, publicBaseUrl)),
  ];
  const full = button(FULL_MANDATE, '完整职责', mandate.group);
  const trailer: types.KnownBlock[] =
    audience.kind === 'private'
      ? [{ type: 'actions', elements: [full, button(SHARE_MANDATE, '在频道中分享', mandate.group, 'primary')] }]
      : [contextBlock(`由 <@${audience.userId}> 分享 · /mandate ${escapeMrkdwn(mandate.group)}`), { type: 'actions', elements: [full] }];
  return paginate(escapeMrkdwn(lead ? `${heading}：${lead}` : heading), blocks, trailer);
}

function part(heading: string, body: string, records: ClauseRecord[], base: string | undefined): types.KnownBlock[] {
  return [...sectionBlocks(`${bold(heading)}\n${body}`), contextBlock(sources(records, base))];
}

/** The modal behind "完整职责": the full texts of every part of the mandate, each with its sources (≤ 100 blocks). */
export function fullMandateView(mandate: Mandate, publicBaseUrl?: string): types.ModalView {
  const parts: types.KnownBlock[][] = [];
  const base = publicBaseUrl;
  if (mandate.areaOfStudy) parts.push(part('总体研究领域', escapeMrkdwn(annexBody(mandate, mandate.areaOfStudy)), [mandate.areaOfStudy], base));
  if (!mandate.areaOfStudy && mandate.termsOfReference.length) {
    const body = mandate.termsOfReference.map((r) => `${r.label ? `${r.label} ` : ''}${r.text}`).join('\n');
    parts.push(part('职责', escapeMrkdwn(body), mandate.termsOfReference, base));
  }
  if (mandate.leadRoles) parts.push(part('牵头研究组职责', escapeMrkdwn(mandate.leadRoles.text), [mandate.leadRoles], base));
  if (mandate.recommendationSeries) {
    parts.push(part('负责的建议书系列', escapeMrkdwn(annexBody(mandate, mandate.recommendationSeries)), [mandate.recommendationSeries], base));
  }
  if (mandate.questions.length > 0) {
    parts.push(part(`课题（${mandate.questions.length}项）`, mandate.questions.map(questionLine).join('\n'), mandate.questions, base));
  }
  if (mandate.leadership.length > 0) parts.push(part('主席和副主席', mandate.leadership.map(personLine).join('\n'), mandate.leadership, base));
  const blocks = parts.flatMap((p, i) => [...(i > 0 ? [{ type: 'divider' } as types.DividerBlock] : []), ...p]).slice(0, 100);
  const title = `${mandate.group === 'TSAG' || mandate.group === 'SCV' ? mandate.group : `SG${mandate.group}`} 完整职责`;
  return {
    type: 'modal',
    title: { type: 'plain_text', text: title.slice(0, 24) },
    close: { type: 'plain_text', text: '关闭' },
    blocks,
  };
}
