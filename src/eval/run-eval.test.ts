import { describe, expect, it } from 'vitest';
import { runEval } from './run-eval.js';
import { answerOf, citation, evalItem, fakeAssistant, record } from './test-records.js';

const gold = [{ doc: '2', quote: 'ITU-T第17研究组负责制定' }];
const proving = record('2', 'ITU-T第17研究组负责制定国际标准');
const fillers = Array.from({ length: 12 }, (_, i) => record('9', `无关条款${i}`));

const items = [
  evalItem({ id: 'q1', question: 'SG17主要负责什么？', gold, must_include: ['第17研究组', '安全'] }),
  evalItem({
    id: 'q2',
    question: '那第20研究组呢？',
    gold,
    history: [
      { role: 'user', content: 'SG17主要负责什么？' },
      { role: 'assistant', content: '安全。' },
    ],
  }),
  evalItem({ id: 'n1', question: '下届全会在哪里？', answerable: false, kind: 'unanswerable' }),
];

function clock(...ticks: number[]) {
  return () => {
    const t = ticks.shift();
    if (t === undefined) throw new Error('clock ran out');
    return t;
  };
}

describe('runEval', () => {
  const { assistant, asks, searches } = fakeAssistant(
    (input) =>
      input.question === '下届全会在哪里？'
        ? answerOf({ refused: true, answer: '文本没有说明。', resolvedQuestion: input.question, retrieved: fillers.slice(0, 3) })
        : answerOf({
            answer: '第17研究组负责制定国际标准[1]。',
            citations: [citation(proving, 1)],
            resolvedQuestion: input.history?.length ? '第20研究组主要负责什么？' : input.question,
            retrieved: [fillers[0]!, proving, ...fillers],
          }),
    [proving, ...fillers],
  );

  it('asks every item in order with its history and retriever and times ask alone', async () => {
    const results = await runEval(assistant, items, { set: 'set.json', retriever: 'lexical', now: clock(0, 5, 5, 12.5, 20, 21) });
    expect(results.set).toBe('set.json');
    expect(results.retriever).toBe('lexical');
    expect(results.items.map((i) => i.id)).toEqual(['q1', 'q2', 'n1']);
    expect(asks.map((a) => a.retriever)).toEqual(['lexical', 'lexical', 'lexical']);
    expect(asks[1]?.input.history).toEqual(items[1]?.history);
    expect(results.items.map((i) => i.latency_ms)).toEqual([5, 7.5, 1]);
    expect(results.metrics.latency_ms.p95).toBe(7.5);
  });

  it('keeps the answer’s own top k, and searches the resolved question when the answer retrieved fewer', async () => {
    searches.length = 0;
    const results = await runEval(assistant, items, { set: 'set.json', k: 3 });
    expect(results.k).toBe(10);
    expect(results.items[0]?.retrieved).toHaveLength(10);
    expect(results.items[0]?.retrieved[1]).toEqual(proving);
    expect(searches).toEqual([{ query: '下届全会在哪里？', options: { k: 10, retriever: 'hybrid' } }]);
    expect(results.items[2]?.retrieved).toHaveLength(10);
  });

  it('scores each item and aggregates the metrics', async () => {
    const results = await runEval(assistant, items, { set: 'set.json' });
    const [q1, q2, n1] = results.items;
    expect(q1).toMatchObject({ gold_rank: 2, first_citation_proves: true, missing: ['安全'], refused: false });
    expect(q2?.resolved_question).toBe('第20研究组主要负责什么？');
    expect(n1).toMatchObject({ refused: true, gold_rank: null, citations: [] });
    expect(results.metrics.overall.answerable).toMatchObject({ n: 2, recall_at_1: 0, recall_at_5: 1, mrr: 0.5 });
    expect(results.metrics.followups.answerable?.n).toBe(1);
    expect(results.metrics.overall.unanswerable).toEqual({ n: 1, refusal_rate: 1, declined_rate: 1 });
  });

  it('reports progress after each item and names the item whose ask failed', async () => {
    const seen: string[] = [];
    await runEval(assistant, items, { set: 's', onProgress: (d, t) => seen.push(`${d}/${t}`) });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
    const broken = fakeAssistant(() => {
      throw new Error('index missing');
    });
    await expect(runEval(broken.assistant, items, { set: 's' })).rejects.toThrow('eval item "q1": ask failed: index missing');
  });
});
