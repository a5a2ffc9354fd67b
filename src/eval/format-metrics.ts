// Plain-text tables of evaluation metrics for the terminal: one run's slices, or several retrievers side by side.
import type { AnswerableMetrics, EvalMetrics, SliceMetrics } from './metrics.js';
import type { EvalResults } from './run-eval.js';

/** A table row: strings print as they are (names, counts), numbers are rates printed with three decimals. */
type Row = (string | number | null)[];

function cell(value: string | number | null): string {
  if (value === null) return '—';
  return typeof value === 'string' ? value : value.toFixed(3);
}

function table(header: string[], rows: Row[]): string {
  const cells = [header, ...rows.map((r) => r.map(cell))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ').trimEnd();
  return cells.map(line).join('\n');
}

const ANSWERABLE_HEADER = ['answerable', 'n', 'R@1', 'R@5', 'R@10', 'MRR', 'cite1', 'citeP', 'must', 'refused', 'hedged', 'quote1'];

function answerableRow(name: string, m: AnswerableMetrics): Row {
  return [
    name,
    String(m.n),
    m.recall_at_1,
    m.recall_at_5,
    m.recall_at_10,
    m.mrr,
    m.first_citation_proves,
    m.citation_precision,
    m.must_include_rate,
    m.refused_rate,
    m.hedged_rate,
    m.first_quote_proves,
  ];
}

function namedSlices(metrics: EvalMetrics): [string, SliceMetrics][] {
  return [
    ['Chinese', metrics.chinese],
    ['English', metrics.english],
    ['follow-ups', metrics.followups],
    ['all', metrics.overall],
    ...Object.entries(metrics.by_kind).map(([kind, m]): [string, SliceMetrics] => [`kind ${kind}`, m]),
    ...Object.entries(metrics.by_style ?? {}).map(([style, m]): [string, SliceMetrics] => [`style ${style}`, m]),
    ...Object.entries(metrics.by_answer_kind ?? {}).map(([kind, m]): [string, SliceMetrics] => [`answered as ${kind}`, m]),
  ];
}

/** The metrics of one run as two tables (answerable and unanswerable slices) and a latency line. */
export function formatMetrics(results: EvalResults): string {
  const { metrics } = results;
  const slices = namedSlices(metrics);
  const answerable = slices.flatMap(([name, s]) => (s.answerable ? [answerableRow(name, s.answerable)] : []));
  const unanswerable = slices.flatMap(([name, s]) => (s.unanswerable ? [[name, String(s.unanswerable.n), s.unanswerable.refusal_rate, s.unanswerable.declined_rate]] : []));
  const { p50, p95, max } = metrics.latency_ms;
  return [
    `set ${results.set} · retriever ${results.retriever} · ${results.items.length} items · top ${results.k} kept`,
    '',
    table(ANSWERABLE_HEADER, answerable),
    '',
    table(['unanswerable', 'n', 'refused', 'declined'], unanswerable),
    '',
    `latency per question (ms): p50 ${p50.toFixed(1)} · p95 ${p95.toFixed(1)} · max ${max.toFixed(1)}`,
    'R@k: a gold clause in the top k · cite1: first citation proves · quote1: its quote itself holds the gold quote · citeP: citations matching gold · must: must_include all present · hedged: answered with "the texts do not state this directly" · declined: refused or hedged',
    '',
  ].join('\n');
}

/** One row per retriever over the Chinese answerable items (the gated slice), plus refusals and latency. */
export function formatComparison(runs: EvalResults[]): string {
  const header = ['retriever (Chinese)', 'R@1', 'R@5', 'R@10', 'MRR', 'cite1', 'must', 'refused', 'unans. refused', 'p95 ms'];
  const rows = runs.map((r): Row => {
    const a = r.metrics.chinese.answerable;
    return [
      r.retriever,
      a?.recall_at_1 ?? null,
      a?.recall_at_5 ?? null,
      a?.recall_at_10 ?? null,
      a?.mrr ?? null,
      a?.first_citation_proves ?? null,
      a?.must_include_rate ?? null,
      a?.refused_rate ?? null,
      r.metrics.overall.unanswerable?.refusal_rate ?? null,
      r.metrics.latency_ms.p95.toFixed(1),
    ];
  });
  return `${table(header, rows)}\n`;
}
