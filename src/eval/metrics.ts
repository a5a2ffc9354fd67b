// Pure evaluation metrics: per-item scores (ranks, citation and must_include checks) and their aggregates by slice.
import type { EvalItem } from './eval-set.js';
import { containsPhrase, matchesAnyGold, quoteProves, type MatchableRecord } from './match.js';

/** What the runner observed for one item: the fields of a results-file item that metrics read. */
export interface ObservedAnswer {
  refused: boolean;
  /** "low" marks a hedged answer (counted as answered when answerable, as declined when not). */
  confidence?: 'high' | 'low' | 'none';
  /** The kind of question that answered (absent when refused or unknown). */
  answer_kind?: string;
  answer: string;
  /** The citations in marker order, each with the quote the answer shows (absent in results files written before quotes). */
  citations: (MatchableRecord & { quote?: string })[];
  retrieved: MatchableRecord[];
  latency_ms: number;
}

/** The language a question is asked in. */
export type QuestionLanguage = 'zh' | 'en';

/** One item's outcome, the unit every aggregate is built from. */
export interface ItemScore {
  id: string;
  kind: string;
  /** The item's style when the set gives one, else "-". */
  style: string;
  /** The kind of question the assistant answered it as ("mandate", "general" …), "refused" when it refused. */
  answer_kind: string;
  language: QuestionLanguage;
  followup: boolean;
  answerable: boolean;
  refused: boolean;
  /** A hedged answer: not refused, confidence "low". */
  hedged: boolean;
  /** 1-based rank of the first retrieved record that matches a gold entry; null when none does. */
  gold_rank: number | null;
  /** Whether citations[0] matches a gold entry. */
  first_citation_proves: boolean;
  /** Whether citations[0]'s quote itself holds a gold quote (the sentence shown proves the answer, not only its clause). */
  first_quote_proves: boolean;
  citations_matching: number;
  citations_total: number;
  /** How many must_include phrases the item lists, and those absent from the answer. */
  must_include_total: number;
  missing: string[];
  latency_ms: number;
}

/** Metrics over the answerable items of a slice; rates are in [0, 1], null when nothing was measured. */
export interface AnswerableMetrics {
  n: number;
  recall_at_1: number;
  recall_at_5: number;
  recall_at_10: number;
  mrr: number;
  /** Share whose first citation matches a gold entry (CONTRACT §4 "matches"). */
  first_citation_proves: number;
  /** Share whose first citation's quote holds a gold quote: the sentence the answer shows proves it. */
  first_quote_proves: number;
  /** Matching citations / all citations, pooled over the slice; null when nothing was cited. */
  citation_precision: number | null;
  /** Share of the items that list must_include phrases whose answer contains all of them. */
  must_include_rate: number | null;
  must_include_n: number;
  refused_rate: number;
  /** Share answered with a hedge (counted as answered). */
  hedged_rate: number;
}

/** Metrics over the unanswerable items of a slice. */
export interface UnanswerableMetrics {
  n: number;
  refusal_rate: number;
  /** Refused or hedged: what outside scorers count as declined. */
  declined_rate: number;
}

/** Answerable and unanswerable metrics of one slice of the set; null when the slice has no such items. */
export interface SliceMetrics {
  answerable: AnswerableMetrics | null;
  unanswerable: UnanswerableMetrics | null;
}

/** The `metrics` object of a results file. */
export interface EvalMetrics {
  overall: SliceMetrics;
  /** Questions asked in Chinese (follow-ups included). */
  chinese: SliceMetrics;
  english: SliceMetrics;
  /** Items with a non-empty history. */
  followups: SliceMetrics;
  by_kind: Record<string, SliceMetrics>;
  /** Slices by the items' `style` (sets without styles have none). */
  by_style: Record<string, SliceMetrics>;
  /** Slices by the kind of question the assistant answered each item as (answer/kinds/registry.ts). */
  by_answer_kind: Record<string, SliceMetrics>;
  latency_ms: { p50: number; p95: number; max: number };
}

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/** Chinese unless Latin letters outnumber Han characters more than three to one (a Han character ≈ a word). */
export function questionLanguage(question: string): QuestionLanguage {
  const han = question.match(HAN)?.length ?? 0;
  const latin = question.match(LATIN)?.length ?? 0;
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}

/** Scores one item against what the runner observed. */
export function scoreItem(item: EvalItem, observed: ObservedAnswer): ItemScore {
  const rankIndex = observed.retrieved.findIndex((r) => matchesAnyGold(r, item.gold));
  const first = observed.citations[0];
  return {
    id: item.id,
    kind: item.kind,
    style: item.style ?? '-',
    answer_kind: observed.refused ? 'refused' : (observed.answer_kind ?? '-'),
    language: questionLanguage(item.question),
    followup: item.history.length > 0,
    answerable: item.answerable,
    refused: observed.refused,
    hedged: !observed.refused && observed.confidence === 'low',
    gold_rank: rankIndex === -1 ? null : rankIndex + 1,
    first_citation_proves: first !== undefined && matchesAnyGold(first, item.gold),
    first_quote_proves: first?.quote !== undefined && quoteProves({ doc: first.doc, quote: first.quote }, item.gold),
    citations_matching: observed.citations.filter((c) => matchesAnyGold(c, item.gold)).length,
    citations_total: observed.citations.length,
    must_include_total: item.must_include.length,
    missing: item.must_include.filter((p) => !containsPhrase(observed.answer, p)),
    latency_ms: observed.latency_ms,
  };
}

function share(items: ItemScore[], test: (s: ItemScore) => boolean): number {
  return items.filter(test).length / items.length;
}

function recallAt(k: number) {
  return (s: ItemScore) => s.gold_rank !== null && s.gold_rank <= k;
}

function answerableMetrics(scores: ItemScore[]): AnswerableMetrics | null {
  if (scores.length === 0) return null;
  const cited = scores.reduce((sum, s) => sum + s.citations_total, 0);
  const matching = scores.reduce((sum, s) => sum + s.citations_matching, 0);
  const withPhrases = scores.filter((s) => s.must_include_total > 0);
  return {
    n: scores.length,
    recall_at_1: share(scores, recallAt(1)),
    recall_at_5: share(scores, recallAt(5)),
    recall_at_10: share(scores, recallAt(10)),
    mrr: scores.reduce((sum, s) => sum + (s.gold_rank === null ? 0 : 1 / s.gold_rank), 0) / scores.length,
    first_citation_proves: share(scores, (s) => s.first_citation_proves),
    first_quote_proves: share(scores, (s) => s.first_quote_proves),
    citation_precision: cited === 0 ? null : matching / cited,
    must_include_rate: withPhrases.length === 0 ? null : share(withPhrases, (s) => s.missing.length === 0),
    must_include_n: withPhrases.length,
    refused_rate: share(scores, (s) => s.refused),
    hedged_rate: share(scores, (s) => s.hedged),
  };
}

function sliceMetrics(scores: ItemScore[]): SliceMetrics {
  const unanswerable = scores.filter((s) => !s.answerable);
  return {
    answerable: answerableMetrics(scores.filter((s) => s.answerable)),
    unanswerable:
      unanswerable.length === 0
        ? null
        : {
            n: unanswerable.length,
            refusal_rate: share(unanswerable, (s) => s.refused),
            declined_rate: share(unanswerable, (s) => s.refused || s.hedged),
          },
  };
}

/** Nearest-rank percentile (p in 0–100) of a list of numbers; 0 for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** Aggregates item scores into the results file's metrics. */
export function aggregateMetrics(scores: ItemScore[]): EvalMetrics {
  const kinds = [...new Set(scores.map((s) => s.kind))].sort();
  const styles = [...new Set(scores.map((s) => s.style))].filter((s) => s !== '-').sort();
  const answerKinds = [...new Set(scores.map((s) => s.answer_kind))].sort();
  const latencies = scores.map((s) => s.latency_ms);
  return {
    overall: sliceMetrics(scores),
    chinese: sliceMetrics(scores.filter((s) => s.language === 'zh')),
    english: sliceMetrics(scores.filter((s) => s.language === 'en')),
    followups: sliceMetrics(scores.filter((s) => s.followup)),
    by_kind: Object.fromEntries(kinds.map((k) => [k, sliceMetrics(scores.filter((s) => s.kind === k))])),
    by_style: Object.fromEntries(styles.map((st) => [st, sliceMetrics(scores.filter((s) => s.style === st))])),
    by_answer_kind: Object.fromEntries(answerKinds.map((k) => [k, sliceMetrics(scores.filter((s) => s.answer_kind === k))])),
    latency_ms: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(0, ...latencies) },
  };
}
