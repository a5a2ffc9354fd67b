// Builders of small records, answers and eval items for the evaluation runner's tests.
import type { Answer, AskInput, Citation, ScoredRecord } from '../answer/types.js';
import type { Assistant, RetrieverName, SearchOptions } from '../assistant.js';
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
    confidence: 'high',
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

/** A fake Assistant whose answers come from `respond`; it records every ask and search it gets. */
export function fakeAssistant(
  respond: (input: AskInput, retriever: RetrieverName) => Answer,
  searchResults: ScoredRecord[] = [],
) {
  const asks: { input: AskInput; retriever: RetrieverName | undefined }[] = [];
  const searches: { query: string; options: SearchOptions | undefined }[] = [];
  const assistant: Pick<Assistant, 'ask' | 'search'> = {
    ask: async (input, options) => {
      asks.push({ input, retriever: options?.retriever });
      return respond(input, options?.retriever ?? 'hybrid');
    },
    search: async (query, options) => {
      searches.push({ query, options });
      return searchResults.slice(0, options?.k ?? 10);
    },
  };
  return { assistant, asks, searches };
}
