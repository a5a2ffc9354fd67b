// Runs an evaluation set through an Assistant, one item at a time, into the CONTRACT §4 results object.
import { performance } from 'node:perf_hooks';
import type { Assistant, RetrieverName } from '../assistant.js';
import type { DecisionTrace } from '../answer/decision/decision-model.js';
import type { Citation, Confidence, ScoredRecord } from '../answer/types.js';
import type { EvalItem } from './eval-set.js';
import { aggregateMetrics, scoreItem, type EvalMetrics, type ItemScore } from './metrics.js';

/** The fewest retrieved records a results item keeps (CONTRACT §4). */
export const MIN_RETRIEVED = 10;

/** One item of a results file: the CONTRACT fields plus its scores, for reading failures. */
export interface EvalResultItem {
  id: string;
  question: string;
  refused: boolean;
  /** "high" answered, "low" hedged, "none" refused (CONTRACT §4). */
  confidence: Confidence;
  /** The kind of question the assistant answered it as (answer/kinds/registry.ts); absent when refused. */
  answer_kind?: string;
  answer: string;
  citations: Citation[];
  retrieved: ScoredRecord[];
  latency_ms: number;
  /** The standalone question the assistant answered (follow-ups resolved). */
  resolved_question: string;
  /** 1-based rank of the first retrieved record matching a gold entry; null when none does. */
  gold_rank: number | null;
  first_citation_proves: boolean;
  /** must_include phrases the answer lacks. */
  missing: string[];
  /** What the answer / hedge / refuse decision read (for `wtsa calibrate`). */
  decision?: DecisionTrace;
}

/** The results file written by `wtsa eval --out` (CONTRACT §4). */
export interface EvalResults {
  set: string;
  retriever: RetrieverName;
  k: number;
  metrics: EvalMetrics;
  items: EvalResultItem[];
}

/** How to run a set. */
export interface RunEvalOptions {
  /** The set's file name, recorded in the results. */
  set: string;
  retriever?: RetrieverName;
  /** How many retrieved records to keep per item (at least MIN_RETRIEVED). */
  k?: number;
  /** Called after each item with the number done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Millisecond clock; performance.now by default. */
  now?: () => number;
}

/**
 * Asks every item in order and scores it. Latency is the time of `ask` alone. `retrieved` is the answer's own
 * retrieval when it reaches k records, otherwise a search for the same resolved question at depth k.
 */
export async function runEval(
  assistant: Pick<Assistant, 'ask' | 'search'>,
  items: EvalItem[],
  options: RunEvalOptions,
): Promise<EvalResults> {
  const retriever = options.retriever ?? 'hybrid';
  const k = Math.max(options.k ?? MIN_RETRIEVED, MIN_RETRIEVED);
  const now = options.now ?? (() => performance.now());
  const results: EvalResultItem[] = [];
  const scores: ItemScore[] = [];
  for (const item of items) {
    const started = now();
    let answer;
    try {
      answer = await assistant.ask({ question: item.question, history: item.history }, { retriever });
    } catch (err) {
      throw new Error(`eval item "${item.id}": ask failed: ${(err as Error).message}`);
    }
    const latency = Math.round((now() - started) * 100) / 100;
    const retrieved =
      answer.retrieved.length >= k
        ? answer.retrieved.slice(0, k)
        : await assistant.search(answer.resolvedQuestion || item.question, { k, retriever });
    const observed = {
      refused: answer.refused,
      confidence: answer.confidence,
      ...(answer.kind ? { answer_kind: answer.kind } : {}),
      answer: answer.answer,
      citations: answer.citations,
      retrieved,
      latency_ms: latency,
    };
    const score = scoreItem(item, observed);
    scores.push(score);
    results.push({
      id: item.id,
      question: item.question,
      ...observed,
      resolved_question: answer.resolvedQuestion,
      gold_rank: score.gold_rank,
      first_citation_proves: score.first_citation_proves,
      missing: score.missing,
      ...(answer.decision ? { decision: answer.decision } : {}),
    });
    options.onProgress?.(results.length, items.length);
  }
  return { set: options.set, retriever, k, metrics: aggregateMetrics(scores), items: results };
}
