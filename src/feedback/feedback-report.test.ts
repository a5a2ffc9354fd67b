import { describe, expect, it } from 'vitest';
import { feedbackReport, feedbackReportCsv } from './feedback-report.js';
import type { StoredFeedback } from './types.js';

const c44 = { id: '44#5.1', doc: '44', section: '做出决议', label: '1' };
const c2 = { id: '2#3.1', doc: '2', section: '附件A 第1部分', label: '' };
let id = 0;
const vote = (rating: 'up' | 'down', citations: StoredFeedback['citations'], reason?: StoredFeedback['reason']): StoredFeedback => ({
  id: ++id, createdAt: '2026-12-01T00:00:00.000Z', rating, ...(reason ? { reason } : {}), question: '问', answer: '答', citations, source: 'widget',
});

const entries = [
  vote('down', [c44, c2], 'wrong-citation'),
  vote('down', [c44, c44], 'incomplete'),
  vote('down', [c2]),
  vote('up', [c44]),
  vote('down', [], 'should-answer'),
];

describe('feedbackReport', () => {
  it('counts votes and reasons in total and per cited clause, most 👎 first, a clause cited twice counted once', () => {
    const report = feedbackReport(entries);
    expect(report.total).toEqual({
      up: 1, down: 4, reasons: { 'wrong-citation': 1, 'not-answered': 0, incomplete: 1, 'should-answer': 1, other: 0, unspecified: 1 },
    });
    expect(report.clauses.map((c) => [c.id, c.up, c.down])).toEqual([['44#5.1', 1, 2], ['2#3.1', 0, 2]]);
    expect(report.clauses[1]!.reasons).toMatchObject({ 'wrong-citation': 1, unspecified: 1 });
  });

  it('writes CSV with a totals row and one row per clause, quoting fields that need it', () => {
    const csv = feedbackReportCsv(feedbackReport([vote('down', [{ ...c2, section: '附件A, 第1部分', label: '=1' }], 'other')]));
    expect(csv.split('\n')).toEqual([
      'record_id,doc,section,label,up,down,wrong-citation,not-answered,incomplete,should-answer,other,unspecified',
      ',,(all feedback),,0,1,0,0,0,0,1,0',
      "2#3.1,2,\"附件A, 第1部分\",'=1,0,1,0,0,0,0,1,0",
      '',
    ]);
  });
});
