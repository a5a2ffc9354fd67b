// The one interface every surface (HTTP API, widget, Slack, CLI, evaluation) uses to reach the product.
import type { Answer, AskInput, Mandate, ScoredRecord } from './answer/types.js';
import type { ClauseRecord, CorpusDocument } from './corpus/types.js';

/** The retrieval signals a search can use (`--retriever`). */
export const RETRIEVERS = ['hybrid', 'dense', 'lexical'] as const;

/** A retriever name (hybrid is the product's; dense and lexical alone are for ablations). */
export type RetrieverName = (typeof RETRIEVERS)[number];

/** Options of a search. */
export interface SearchOptions {
  k?: number;
  retriever?: RetrieverName;
}

/** What a streamed answer emits, in order: sources once, text deltas, then the final answer once. */
export type AskEvent =
  | { type: 'sources'; retrieved: ScoredRecord[] }
  | { type: 'delta'; text: string }
  | { type: 'done'; answer: Answer };

/** A document with all its records, for the document view. */
export interface DocumentView {
  document: CorpusDocument;
  records: ClauseRecord[];
}

/** The product's capabilities, independent of any surface. */
export interface Assistant {
  /** Answers one question (with optional follow-up history); `retriever` is for ablations (default hybrid). */
  ask(input: AskInput, options?: { retriever?: RetrieverName }): Promise<Answer>;
  /** Answers one question as a stream of events (sources first). */
  askStream(input: AskInput): AsyncIterable<AskEvent>;
  /** The top records for a query, best first. */
  search(query: string, options?: SearchOptions): Promise<ScoredRecord[]>;
  /** A study group's mandate card; `group` as returned by parseStudyGroup; null when unknown. */
  mandate(group: string): Mandate | null;
  /** The groups mandate() knows, e.g. ["2","3",…,"21","TSAG"]. */
  studyGroups(): string[];
  /** All documents in source order. */
  documents(): CorpusDocument[];
  /** One document with its records; null when the id is unknown. */
  document(id: string): DocumentView | null;
}

/** Progress of long work (index build, model load), for progress bars and logs. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}
