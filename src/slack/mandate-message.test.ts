import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { blockTexts as texts } from '../../test/slack/block-text.js';
import { SG17_MANDATE } from '../../test/slack/fixtures.js';
import { FULL_MANDATE, SHARE_MANDATE } from './action-ids.js';
import { fullMandateView, mandateMessages } from './mandate-message.js';

const buttons = (blocks: types.KnownBlock[]) =>
  blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? `${e.action_id}=${'value' in e ? e.value : ''}` : '')) : []));

describe('mandateMessages', () => {
  const [card, ...rest] = mandateMessages(SG17_MANDATE, { kind: 'private' });
  const all = texts(card!.blocks).join('\n');

  it('leads with one line on what the group does, then bullets, in one short message', () => {
    expect(rest).toHaveLength(0);
    expect(card!.blocks[0]).toMatchObject({ type: 'header', text: { text: '第17研究组 · 安全' } });
    const [lead, bullets] = texts(card!.blocks).slice(1);
    expect(lead).toBe('在攻击面不断扩大且面临不平衡的威胁格局的背景下，ITU-T第17研究组负责制定国际标准以增强使用电信/ICT的信心、安全性和可信度方面的研究工作。');
    expect(bullets!.split('\n')).toEqual([
      '• \u200B*牵头研究组*\u200B：安全；身份管理；号码簿、PKI、形式语言和对象标识符',
      '• \u200B*建议书系列*\u200B：ITU-T D.267；ITU-T E.104、ITU-T E.115、ITU-T E.409；ITU-T F.400系列；ITU-T F.500 – ITU-T F.549；ITU-T X系列；ITU-T Z系列',
      '• \u200B*课题*\u200B：12 项（A/17–L/17）',
      '• \u200B*主席*\u200B：Arnaud先生 TADDEI（英国）；副主席 2 位',
    ]);
    expect(all.length).toBeLessThan(700);
    expect(all).not.toContain('亮先生 魏');
    expect(card!.text).toBe(`第17研究组 · 安全：${lead}`);
  });

  it('cites each part, linked to its clause and the Question list when PUBLIC_BASE_URL is set', () => {
    expect(all).toContain('来源：第2号决议 · 附件A 第1部分；第2号决议 · 附件A 第2部分；第2号决议 · 附件C；研究组课题清单 · 第17研究组；研究组正副主席名单 · SG17');
    const [linked] = mandateMessages(SG17_MANDATE, { kind: 'private' }, 'https://wtsa.example.org');
    const text = texts(linked!.blocks).join('\n');
    expect(text).toContain('• \u200B*课题*\u200B：12 项（<https://wtsa.example.org/docs/questions?clause=questions%237.0|查看列表>）');
    expect(text).toContain('<https://wtsa.example.org/docs/2?clause=2%232.7|第2号决议 · 附件A 第1部分>');
  });

  it('leads a group without an Annex A entry (TSAG, SCV) with its terms of reference, never an empty line', () => {
    const tor = SG17_MANDATE.areaOfStudy!;
    const scv = {
      ...SG17_MANDATE, group: 'SCV', name: '词汇标准化委员会（SCV）', title: '', areaOfStudy: null, leadRoles: null, recommendationSeries: null,
      questions: [], leadership: [], termsOfReference: [{ ...tor, doc: '67', section: '附件', label: '1', text: '在ITU CCT中代表ITU-T的利益。并且协调。' }],
    };
    const [msg] = mandateMessages(scv, { kind: 'private' });
    expect(texts(msg!.blocks)[1]).toBe('在ITU CCT中代表ITU-T的利益。');
    expect(msg!.text).toBe('词汇标准化委员会（SCV）：在ITU CCT中代表ITU-T的利益。');
    expect(texts(msg!.blocks).join('\n')).toContain('来源：第67号决议 · 附件');
  });

  it('completes a terms-of-reference chapeau with its first item and the number of items (TSAG)', () => {
    const tor = SG17_MANDATE.areaOfStudy!;
    const item = (label: string, text: string) => ({ ...tor, doc: '22', section: '做出决议', label, text });
    const tsag = {
      ...SG17_MANDATE, group: 'TSAG', name: '电信标准化顾问组（TSAG）', title: '', areaOfStudy: null,
      termsOfReference: [item('1', '指定TSAG处理以下领域的具体工作：'), item('a)', '提供并维护工作导则；'), item('b)', '加强协调；')],
    };
    const [msg] = mandateMessages(tsag, { kind: 'private' });
    expect(texts(msg!.blocks)[1]).toBe('指定TSAG处理以下领域的具体工作：提供并维护工作导则等2项。');
  });

  it('puts the full texts behind 完整职责 (a modal), and offers sharing privately', () => {
    expect(buttons(card!.blocks)).toEqual([`${FULL_MANDATE}=17`, `${SHARE_MANDATE}=17`]);
    const [shared] = mandateMessages(SG17_MANDATE, { kind: 'shared', userId: 'U123' });
    expect(buttons(shared!.blocks)).toEqual([`${FULL_MANDATE}=17`]);
    expect(texts(shared!.blocks).join('\n')).toContain('由 <@U123> 分享');

    const modal = fullMandateView(SG17_MANDATE);
    expect(modal).toMatchObject({ type: 'modal', title: { text: 'SG17 完整职责' } });
    const blocks = modal.blocks as types.KnownBlock[];
    const full = texts(blocks).join('\n');
    expect(full).toContain('\u200B*总体研究领域*\u200B\n在攻击面不断扩大');
    expect(full).toContain('• \u200B*L/17*\u200B 基于量子的安全性 第15/17号课题的继续');
    expect(full).toContain('副主席：亮先生 魏（中国）');
    expect(blocks.length).toBeLessThanOrEqual(100);
    for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
  });

  it('escapes Slack control characters in corpus text', () => {
    const tricky = { ...SG17_MANDATE, leadRoles: { ...SG17_MANDATE.leadRoles!, text: '有关<安全> & 信任的牵头研究组' } };
    const [msg] = mandateMessages(tricky, { kind: 'private' });
    expect(texts(msg!.blocks).join('\n')).toContain('&lt;安全&gt; &amp; 信任');
  });

  it('leaves out the parts a group does not have', () => {
    const [msg] = mandateMessages({ ...SG17_MANDATE, leadRoles: null, questions: [], leadership: [] }, { kind: 'private' });
    const text = texts(msg!.blocks).join('\n');
    expect(text).not.toContain('牵头研究组');
    expect(text).not.toContain('课题');
    expect(text).toContain('建议书系列');
  });
});
