import { describe, expect, it } from 'vitest';
import { understandQuery } from '../search/query/understand-query.js';
import { resolveInConversation } from './resolve-follow-up.js';

const resolveFollowUp = (question: string, history?: Parameters<typeof resolveInConversation>[1]) => resolveInConversation(question, history).resolved;

const turn = (role: 'user' | 'assistant', content: string) => ({ role, content });

describe('resolveFollowUp', () => {
  it('leaves a question without history alone', () => {
    expect(resolveFollowUp('SG17负责什么？')).toBe('SG17负责什么？');
  });

  it('asks the previous question of a new study group', () => {
    const q = resolveFollowUp('那第20研究组呢？', [turn('user', 'SG17负责什么？'), turn('assistant', '第17研究组负责安全。')]);
    const u = understandQuery(q);
    expect(u.studyGroups).toEqual(['20']);
    expect(q).toContain('负责什么');
  });

  it('carries the previous document into a pronoun question', () => {
    const q = resolveFollowUp('它的责成部分呢？', [turn('user', '第44号决议讲什么？'), turn('assistant', '…')]);
    const u = understandQuery(q);
    expect(u.docs).toEqual(['44']);
    expect(u.sections).toContain('责成');
  });

  it('follows a chain of follow-ups', () => {
    const q = resolveFollowUp('主席是谁？', [
      turn('user', 'SG17负责什么？'),
      turn('assistant', '…'),
      turn('user', '那第20研究组呢？'),
      turn('assistant', '…'),
    ]);
    expect(understandQuery(q).studyGroups).toEqual(['20']);
  });

  it('keeps a standalone question that names its own reference', () => {
    const q = resolveFollowUp('第50号决议对网络安全有什么要求？', [turn('user', 'SG17负责什么？')]);
    expect(q).toBe('第50号决议对网络安全有什么要求？');
  });

  it('resolves English follow-ups', () => {
    const q = resolveFollowUp('What about Study Group 13?', [turn('user', 'What is the mandate of SG17?')]);
    expect(understandQuery(q).studyGroups).toEqual(['13']);
    expect(q.toLowerCase()).toContain('mandate');
  });
});

describe('resolveFollowUp keeps what the follow-up does not replace', () => {
  it('keeps the document when a follow-up names another group', () => {
    const q = resolveFollowUp('那SG11呢？', [turn('user', '第64号决议要求SG2做什么？'), turn('assistant', '…')]);
    const u = understandQuery(q);
    expect(u.docs).toEqual(['64']);
    expect(u.studyGroups).toEqual(['11']);
  });

  it('lets a group named anew replace the party the previous question asked about', () => {
    const q = resolveFollowUp('那TSAG呢？', [turn('user', '第55号决议对电信标准化局主任有什么要求？'), turn('assistant', '…')]);
    expect(understandQuery(q).docs).toEqual(['55']);
    expect(q).toContain('TSAG');
    expect(q).not.toContain('电信标准化局主任');
  });

  it('keeps the document a pronoun stands for when the follow-up names a group of its own', () => {
    const q = resolveFollowUp('它让第11研究组牵头做哪些研究？', [turn('user', '第64号决议是关于什么的？'), turn('assistant', '…')]);
    const u = understandQuery(q);
    expect([u.docs, u.studyGroups]).toEqual([['64'], ['11']]);
  });

  it('does not carry the document into a new question that only opens with 那', () => {
    const q = resolveFollowUp('那SG5的主席是谁，来自哪个国家？', [turn('user', '第64号决议是关于什么的？'), turn('assistant', '…')]);
    expect(understandQuery(q).docs).toEqual([]);
  });

  it('keeps the group when a follow-up names another document', () => {
    const q = resolveFollowUp('那第72号决议呢？', [turn('user', '第73号决议对SG5有什么要求？'), turn('assistant', '…')]);
    const u = understandQuery(q);
    expect([u.docs, u.studyGroups]).toEqual([['72'], ['5']]);
  });
});

describe('resolveFollowUp with references only in the reply', () => {
  it('takes the group the assistant named when the user named none', () => {
    const q = resolveFollowUp('它的主席是谁？', [turn('user', '哪个研究组负责网络安全？'), turn('assistant', '第17研究组负责安全。')]);
    expect(understandQuery(q).studyGroups).toEqual(['17']);
  });

  it('asks the previous series question of a new series', () => {
    const q = resolveFollowUp('那Q系列呢？', [turn('user', 'X系列建议书归哪个组？'), turn('assistant', '…')]);
    expect(q).toContain('Q系列');
    expect(q).not.toContain('X系列');
    expect(q).toContain('归哪个组');
  });
});

describe('resolveFollowUp across documents', () => {
  it('does not pull the previous resolution into a question about all resolutions', () => {
    const q = resolveFollowUp('哪些决议是本届全会新增的？', [turn('user', '第44号决议讲什么？'), turn('assistant', '…')]);
    expect(q).toBe('哪些决议是本届全会新增的？');
  });
});

describe('resolveFollowUp picking from a list', () => {
  it('keeps the previous question even when it named nothing and the reply did', () => {
    const q = resolveFollowUp('其中哪个跟智慧城市有关？', [turn('user', '哪些决议提到了数字孪生？'), turn('assistant', '第98号决议……')]);
    expect(q).toContain('数字孪生');
    expect(q).toContain('智慧城市');
  });

  it('lets a pick that names its own reference stand on it', () => {
    const q = resolveFollowUp('其中第92号决议怎么说的？', [turn('user', '哪些决议提到了数字孪生？'), turn('assistant', '第98号决议……')]);
    expect(understandQuery(q).docs).toEqual(['92']);
  });

  it('keeps the previous question as context for 其中…', () => {
    const q = resolveFollowUp('其中哪个是关于物联网安全的？', [turn('user', '第17研究组有哪些课题？'), turn('assistant', '…')]);
    expect(q).toContain('第17研究组有哪些课题');
    expect(q).toContain('物联网安全');
  });

  it('reads a short question after one that named no document or group together with it', () => {
    const history = [turn('user', '后量子加密那项行动讲什么？'), turn('assistant', '关于向后量子加密迁移。')];
    expect(resolveFollowUp('由哪个组负责？', history)).toBe('后量子加密那项行动讲什么，由哪个组负责？');
    expect(resolveFollowUp('哪个研究组牵头量子密钥分发网络的标准化？', history)).toBe('哪个研究组牵头量子密钥分发网络的标准化？');
  });

  it('asks a new, complete question as it is, whatever the conversation was about', () => {
    const history = [
      { role: 'user' as const, content: '第44号决议对学术成员会费怎么说？' },
      { role: 'assistant' as const, content: '根据第44号决议……[1]' },
    ];
    expect(resolveFollowUp('哪个研究组牵头量子密钥分发网络的标准化？', history)).toBe('哪个研究组牵头量子密钥分发网络的标准化？');
    expect(resolveFollowUp('他的任期到哪一年？', history)).not.toBe('他的任期到哪一年？');
    expect(resolveFollowUp('附件呢？', history)).toContain('第44号决议');
  });
});
