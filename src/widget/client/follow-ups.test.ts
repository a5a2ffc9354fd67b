import { describe, expect, it } from 'vitest';
import type { WidgetAnswer, WidgetCitation } from './api-schemas.js';
import { followUpQuestions } from './follow-ups.js';
import { stringsFor } from './strings.js';

const cite = (doc: string, meta?: WidgetCitation['meta']): WidgetCitation => ({
  id: `${doc}#1.1`, doc, docTitle: '', section: '做出决议', label: '1', text: '…', n: 1, quote: '…', ...(meta ? { meta } : {}),
});
const answer = (citations: WidgetCitation[], refused = false): WidgetAnswer => ({ answer: '…', refused, citations, suggestions: [] });
const zh = stringsFor('zh').followUps;

describe('followUpQuestions', () => {
  it('asks about a study group’s lead roles, chair and Questions after a mandate answer', () => {
    expect(followUpQuestions('SG17负责什么？', answer([cite('2', { studyGroup: '17' })]), zh)).toEqual([
      'SG17牵头哪些工作？',
      'SG17的主席是谁？',
      'SG17有哪些课题？',
    ]);
  });

  it('leaves out the topic just asked', () => {
    expect(followUpQuestions('第17研究组的主席是谁？', answer([cite('leadership', { studyGroup: '17' })]), zh)).not.toContain('SG17的主席是谁？');
  });

  it('asks what a cited resolution instructs, invites and is about', () => {
    const qs = followUpQuestions('第44号决议对学术成员有什么规定？', answer([cite('44')]), zh);
    expect(qs).toHaveLength(3);
    expect(qs[0]).toBe('第44号决议责成谁做什么？');
    expect(followUpQuestions('What does Resolution 44 say about fees?', answer([cite('COM4/AI')]), stringsFor('en').followUps)[0]).toBe(
      'Whom does Resolution COM4/AI instruct, and to do what?',
    );
  });

  it('suggests nothing after a refusal or without citations', () => {
    expect(followUpQuestions('天气？', answer([], true), zh)).toEqual([]);
    expect(followUpQuestions('A.25？', answer([cite('A.25')]), zh)).toEqual([]);
  });
});
