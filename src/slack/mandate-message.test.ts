import { describe, expect, it } from 'vitest';
import { blockTexts as texts } from '../../test/slack/block-text.js';
import { SG17_MANDATE } from '../../test/slack/fixtures.js';
import { SHARE_MANDATE } from './action-ids.js';
import { mandateMessages } from './mandate-message.js';

describe('mandateMessages', () => {
  const [card, ...rest] = mandateMessages(SG17_MANDATE, { kind: 'private' });
  const all = texts(card!.blocks).join('\n');

  it('fits one message with every part and its citation', () => {
    expect(rest).toHaveLength(0);
    expect(card!.blocks[0]).toMatchObject({ type: 'header', text: { text: '第17研究组 · 安全' } });
    expect(all).toContain('*总体研究领域*\n在攻击面不断扩大且面临不平衡的威胁格局的背景下');
    expect(all).toContain('来源：第2号决议 · 附件A 第1部分');
    expect(all).toContain('有关身份管理的牵头研究组');
    expect(all).toContain('来源：第2号决议 · 附件A 第2部分');
    expect(all).toContain('ITU-T X系列，ITU-T第2、3、11、13、15和21研究组负责的建议书除外');
    expect(all).toContain('来源：第2号决议 · 附件C');
    expect(all).toContain('*课题（12项）*');
    expect(all).toContain('• *L/17* 基于量子的安全性 第15/17号课题的继续');
    expect(all).toContain('来源：研究组课题清单 · 第17研究组');
    expect(all).toContain('主席：Arnaud先生 TADDEI（英国）');
    expect(all).toContain('副主席：亮先生 魏（中国）');
  });

  it('shows the terms of reference of a group without an Annex A entry (TSAG, SCV)', () => {
    const tor = SG17_MANDATE.areaOfStudy!;
    const scv = { ...SG17_MANDATE, group: 'SCV', name: '词汇标准化委员会（SCV）', title: '', areaOfStudy: null, termsOfReference: [{ ...tor, doc: '67', section: '附件', label: '1', text: '在ITU CCT中代表ITU-T的利益。' }] };
    const text = texts(mandateMessages(scv, { kind: 'private' })[0]!.blocks).join('\n');
    expect(text).toContain('*职责*\n1 在ITU CCT中代表ITU-T的利益。');
    expect(text).toContain('来源：第67号决议 · 附件');
  });

  it('does not repeat the group header and title lines the annex entries open with', () => {
    expect(all).not.toContain('ITU-T第17研究组\n安全');
    expect(all).toContain('*负责的建议书系列*\nITU-T D.267');
  });

  it('keeps every section under 3,000 characters and escapes nothing it should not', () => {
    for (const b of card!.blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    expect(all).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('offers the share button privately and names the sharer once shared', () => {
    expect(card!.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: SHARE_MANDATE, value: '17' }] });
    const [shared] = mandateMessages(SG17_MANDATE, { kind: 'shared', userId: 'U123' });
    expect(shared!.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(texts(shared!.blocks).join('\n')).toContain('由 <@U123> 分享');
  });

  it('escapes Slack control characters in corpus text', () => {
    const tricky = { ...SG17_MANDATE, leadRoles: { ...SG17_MANDATE.leadRoles!, text: '有关<安全> & 信任的牵头研究组' } };
    const [msg] = mandateMessages(tricky, { kind: 'private' });
    expect(texts(msg!.blocks).join('\n')).toContain('有关&lt;安全&gt; &amp; 信任的牵头研究组');
  });

  it('leaves out the parts a group does not have', () => {
    const [msg] = mandateMessages({ ...SG17_MANDATE, areaOfStudy: null, leadRoles: null, questions: [], leadership: [] }, { kind: 'private' });
    const text = texts(msg!.blocks).join('\n');
    expect(text).not.toContain('总体研究领域');
    expect(text).not.toContain('课题');
    expect(text).toContain('负责的建议书系列');
  });
});
