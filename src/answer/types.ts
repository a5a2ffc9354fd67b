// Shapes of questions and answers shared by the HTTP API, the widget, Slack, the CLI and the evaluation runner.
import type { ClauseRecord } from '../corpus/types.js';
import type { DecisionTrace } from './decision/decision-model.js';

/** One earlier turn of a conversation. */
export interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

/** A question as every surface passes it in. */
export interface AskInput {
  question: string;
  history?: Turn[];
}

/** A record cited by an answer; `n` is the number of its `[n]` marker in the answer text. */
export interface Citation extends ClauseRecord {
  n: number;
  /** The part of `text` the answer relies on (for highlighting), a substring of `text`. */
  quote: string;
}

/** A retrieved record with its fused score, best first. */
export interface ScoredRecord extends ClauseRecord {
  score: number;
}

/** The answer / hedge / refuse outcome of one question (CONTRACT §4 `confidence`). */
export type Confidence = 'high' | 'low' | 'none';

/** The answer every surface shows (CONTRACT §5 `/api/ask` body). */
export interface Answer {
  answer: string;
  refused: boolean;
  /**
   * How the answer stands: "high" when the cited clauses state it, "low" for a hedged answer (the texts touch the
   * topic but do not state what was asked; the answer says so first), "none" for a refusal.
   */
  confidence: Confidence;
  citations: Citation[];
  /** Documents offered when the assistant refuses ("closest documents"). */
  suggestions: { doc: string; title: string }[];
  /** The standalone question after resolving follow-up references. */
  resolvedQuestion: string;
  /** "extractive" or "llm". */
  mode: 'extractive' | 'llm';
  /** Records retrieved for the question, best first (used by eval and the widget's "sources"). */
  retrieved: ScoredRecord[];
  /** What the answer / hedge / refuse decision read and concluded (absent when a rule decided, e.g. a missing document). */
  decision?: DecisionTrace;
  /** The kind of question that answered (answer/kinds/registry.ts, "general" from the ranked clauses); absent when refused. */
  kind?: string;
}

/** The mandate card of one study group (Res 2 annexes, questions, leadership). */
export interface Mandate {
  /** "17", "TSAG", "SCV". */
  group: string;
  /** Display name, e.g. "第17研究组" or "电信标准化顾问组（TSAG）". */
  name: string;
  /** Title of the group's general area (Annex A Part 1), e.g. "安全". */
  title: string;
  areaOfStudy: ClauseRecord | null;
  leadRoles: ClauseRecord | null;
  guidance: ClauseRecord | null;
  recommendationSeries: ClauseRecord | null;
  /** The group's Questions for 2025–2028 (new or continued). */
  questions: ClauseRecord[];
  /** The group's Questions WTSA-24 deleted (the lists print them too: "第4/3号课题的删除"). */
  deletedQuestions: ClauseRecord[];
  leadership: ClauseRecord[];
  /** For TSAG and SCV, which have no Annex A entry: the clauses that set their terms of reference (empty otherwise). */
  termsOfReference: ClauseRecord[];
}
