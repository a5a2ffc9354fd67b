import { describe, expect, it } from 'vitest';
import { aggregateMetrics, percentile, questionLanguage, scoreItem } from './metrics.js';
import { evalItem, record } from './test-records.js';

const gold2 = [{ doc: '2', quote: 'ITU-T第17研究组负责制定' }];
const proving = record('2', '在背景下，ITU-T第17研究组负责制定国际标准', '附件A 第1部分');
const other = record('44', '继续实现附于本决议之后的行动计划的目标');
const filler = (n: number) => Array.from({ length: n }, (_, i) => record('9', `无关条款${i}`));

function observed(partial: Partial<Parameters<typeof scoreItem>[1]>) {
  return { refused: false, answer: '', citations: [], retrieved: [], latency_ms: 1, ...partial };
}

describe('questionLanguage', () => {
  it('calls Chinese questions Chinese even with abbreviations in them', () => {
    expect(questionLanguage('SG17主要负责什么？')).toBe('zh');
    expect(questionLanguage('TSAG和SG17的关系是什么')).toBe('zh');
    expect(questionLanguage('WTSA-24对IoT有哪些决议？')).toBe('zh');
  });

  it('calls English questions English, also when they quote a Chinese name', () => {
    expect(questionLanguage('Which resolution covers IoT?')).toBe('en');
    expect(questionLanguage('What does 第44号决议 say about bridging the standardization gap?')).toBe('en');
    expect(questionLanguage('ITU-T')).toBe('en');
  });
});

describe('scoreItem', () => {
  it('tells a first citation whose quote holds the gold quote from one that only cites the clause that does', () => {
    const item = evalItem({ id: 'q', question: 'SG17管什么？', gold: gold2, must_include: [] });
    const quoted = scoreItem(item, observed({ citations: [{ ...proving, quote: 'ITU-T第17研究组负责制定国际标准' }] }));
    expect(quoted).toMatchObject({ first_citation_proves: true, first_quote_proves: true });
    const elsewhere = scoreItem(item, observed({ citations: [{ ...proving, quote: '在背景下' }] }));
    expect(elsewhere).toMatchObject({ first_citation_proves: true, first_quote_proves: false });
    const otherDoc = scoreItem(item, observed({ citations: [{ ...other, doc: '44', quote: 'ITU-T第17研究组负责制定' }] }));
    expect(otherDoc.first_quote_proves).toBe(false);
  });

  it('finds the first matching rank, checks the first citation and lists missing phrases', () => {
    const item = evalItem({ id: 'a', question: 'SG17管什么？', gold: gold2, must_include: ['第17研究组', '安全'] });
    const score = scoreItem(
      item,
      observed({
        answer: '第 17 研究组负责制定国际标准。',
        retrieved: [...filler(2), proving, proving],
        citations: [other, proving],
      }),
    );
    expect(score.gold_rank).toBe(3);
    expect(score.first_citation_proves).toBe(false);
    expect(score.citations_matching).toBe(1);
    expect(score.missing).toEqual(['安全']);
    expect(score.followup).toBe(false);
  });

  it('marks items with history as follow-ups and unmatched retrieval as rank null', () => {
    const item = evalItem({ id: 'f', question: '那它呢？', gold: gold2, history: [{ role: 'user', content: 'SG17？' }] });
    const score = scoreItem(item, observed({ retrieved: filler(10) }));
    expect(score.followup).toBe(true);
    expect(score.gold_rank).toBeNull();
    expect(score.first_citation_proves).toBe(false);
  });
});

describe('aggregateMetrics', () => {
  const items = [
    evalItem({ id: 'a1', kind: 'mandate', question: 'SG17主要负责什么？', gold: gold2, must_include: ['第17研究组'] }),
    evalItem({ id: 'a2', question: '第17研究组的职责', gold: gold2, must_include: ['甲', '乙'] }),
    evalItem({ id: 'a3', question: '那它呢？', gold: gold2, history: [{ role: 'user', content: '第17研究组' }] }),
    evalItem({ id: 'e1', question: 'What does Study Group 17 do?', gold: gold2, must_include: ['SG17'] }),
    evalItem({ id: 'u1', kind: 'unanswerable', question: '下届全会在哪里？', answerable: false }),
    evalItem({ id: 'u2', kind: 'unanswerable', question: 'Where is the next assembly?', answerable: false }),
  ];
  const runs = [
    observed({ answer: '第17研究组', retrieved: [...filler(2), proving], citations: [proving, other], latency_ms: 10 }),
    observed({ answer: '甲', retrieved: [proving], citations: [other], latency_ms: 20 }),
    observed({ refused: true, retrieved: filler(10), latency_ms: 30 }),
    observed({ answer: 'SG17', retrieved: [...filler(6), proving], citations: [proving], latency_ms: 40 }),
    observed({ refused: true, latency_ms: 50 }),
    observed({ refused: false, citations: [other], latency_ms: 1000 }),
  ];
  const metrics = aggregateMetrics(items.map((item, i) => scoreItem(item, runs[i]!)));

  it('computes recall@k, MRR, citation and must_include rates over Chinese answerable items', () => {
    const zh = metrics.chinese.answerable!;
    expect(zh.n).toBe(3);
    expect(zh.recall_at_1).toBeCloseTo(1 / 3);
    expect(zh.recall_at_5).toBeCloseTo(2 / 3);
    expect(zh.recall_at_10).toBeCloseTo(2 / 3);
    expect(zh.mrr).toBeCloseTo((1 / 3 + 1 + 0) / 3);
    expect(zh.first_citation_proves).toBeCloseTo(1 / 3);
    expect(zh.citation_precision).toBeCloseTo(1 / 3);
    expect(zh.must_include_rate).toBeCloseTo(1 / 2);
    expect(zh.must_include_n).toBe(2);
    expect(zh.refused_rate).toBeCloseTo(1 / 3);
    expect(metrics.chinese.unanswerable).toEqual({ n: 1, refusal_rate: 1, declined_rate: 1 });
  });

  it('splits English items and follow-ups out', () => {
    expect(metrics.english.answerable).toMatchObject({ n: 1, recall_at_5: 0, recall_at_10: 1, must_include_rate: 1 });
    expect(metrics.english.answerable!.mrr).toBeCloseTo(1 / 7);
    expect(metrics.english.unanswerable).toEqual({ n: 1, refusal_rate: 0, declined_rate: 0 });
    expect(metrics.followups.answerable).toMatchObject({ n: 1, recall_at_10: 0, refused_rate: 1, citation_precision: null });
    expect(metrics.followups.unanswerable).toBeNull();
  });

  it('aggregates overall and by kind', () => {
    expect(metrics.overall.answerable).toMatchObject({ n: 4, recall_at_5: 0.5, recall_at_10: 0.75 });
    expect(metrics.overall.unanswerable).toEqual({ n: 2, refusal_rate: 0.5, declined_rate: 0.5 });
    expect(Object.keys(metrics.by_kind)).toEqual(['mandate', 'topic', 'unanswerable']);
    expect(metrics.by_kind.mandate!.answerable!.n).toBe(1);
    expect(metrics.by_kind.topic!.answerable!.n).toBe(3);
    expect(metrics.by_kind.unanswerable!.answerable).toBeNull();
  });

  it('reports nearest-rank latency percentiles', () => {
    expect(metrics.latency_ms).toEqual({ p50: 30, p95: 1000, max: 1000 });
  });
});

describe('percentile', () => {
  it('uses the nearest rank and is 0 for no values', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 95)).toBe(5);
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });
});
