// Builders of small records, answers and eval items for the evaluation runner's tests.
import type { Answer, Citation, ScoredRecord } from '../answer/types.js';
import type { EvalItem } from './eval-set.js';

/** A scored record with only the fields matching reads set to something meaningful. */
export function record(doc: string, text: string, section = '做出决议', docTitle = '标题'): ScoredRecord {
  return {
    id: `${doc}#0.${text.length}`,
    doc,
    docTitle,
    section,
    sectionIndex: 0,
    label: '',
    labelPath: [],
    parentId: null,
    text,
    lines: [1, 1],
    refs: [],
    notes: [],
    score: 1,
  };
}

/** A citation of a record, numbered n. */
export function citation(r: ScoredRecord, n: number): Citation {
  return { ...r, n, quote: r.text.slice(0, 8) };
}

/** An answer with defaults for the fields a test does not care about. */
export function answerOf(partial: Partial<Answer>): Answer {
  return {
    answer: '',
    refused: false,
    citations: [],
    suggestions: [],
    resolvedQuestion: '',
    mode: 'extractive',
    retrieved: [],
    ...partial,
  };
}

/** An evaluation item with defaults (answerable, kind "topic", no phrases, no history). */
export function evalItem(partial: Partial<EvalItem> & Pick<EvalItem, 'id' | 'question'>): EvalItem {
  return { answerable: true, kind: 'topic', gold: [], must_include: [], history: [], ...partial };
}
