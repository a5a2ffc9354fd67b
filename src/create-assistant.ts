// Builds the product's Assistant: loads the corpus and indexes (building a stale index first), then answers.
import type { Assistant, Progress } from './assistant.js';
import { AnswerEngine } from './answer/answer-engine.js';
import { buildMandate } from './answer/mandate.js';
import type { Config } from './config.js';
import { knownGroups } from './corpus/study-groups.js';
import type { ParsedCorpus } from './corpus/types.js';
import { hybridSearch } from './search/hybrid-search.js';
import { normalizeQuestion } from './search/query/normalize-question.js';
import { understandQuery } from './search/query/understand-query.js';
import { openSearchIndex } from './search/search-index.js';

/** Options of createAssistant. */
export interface CreateAssistantOptions {
  onProgress?: (p: Progress) => void;
  /** Receives operational messages (LLM fallbacks …). */
  log?: (message: string) => void;
}

/** The part of the Assistant that reads the parsed corpus only (no index): mandates and documents. */
export type CorpusViews = Pick<Assistant, 'mandate' | 'studyGroups' | 'documents' | 'document'>;

/** Mandate cards and document views over a parsed corpus. */
export function corpusViews(corpus: ParsedCorpus): CorpusViews {
  const groups = knownGroups(corpus);
  return {
    mandate: (group) => (groups.includes(group) ? buildMandate(corpus, group) : null),
    studyGroups: () => [...groups],
    documents: () => corpus.documents,
    document: (id) => {
      const document = corpus.documents.find((d) => d.doc === id);
      return document ? { document, records: corpus.records.filter((r) => r.doc === id) } : null;
    },
  };
}

/** Loads everything and returns the Assistant every surface uses, answering in this thread. */
export async function createAssistant(config: Config, options: CreateAssistantOptions = {}): Promise<Assistant> {
  const index = await openSearchIndex(config, { onProgress: options.onProgress });
  const engine = new AnswerEngine(index, config, options.log);
  return {
    ask: (input, askOptions) => engine.ask(input, askOptions),
    askStream: (input) => engine.askStream(input),
    search: async (query, searchOptions = {}) => {
      const question = normalizeQuestion(query);
      return (await hybridSearch(index, question, understandQuery(question), searchOptions)).hits;
    },
    ...corpusViews(index.corpus),
  };
}
