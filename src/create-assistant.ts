// Builds the product's Assistant: loads the corpus and indexes (building a stale index first), then answers.
import type { Assistant, Progress } from './assistant.js';
import { AnswerEngine } from './answer/answer-engine.js';
import { buildMandate } from './answer/mandate.js';
import type { Config } from './config.js';
import { hybridSearch } from './search/hybrid-search.js';
import { understandQuery } from './search/query/understand-query.js';
import { openSearchIndex } from './search/search-index.js';

/** Options of createAssistant. */
export interface CreateAssistantOptions {
  onProgress?: (p: Progress) => void;
  /** Receives operational messages (LLM fallbacks …). */
  log?: (message: string) => void;
}

/** Loads everything and returns the Assistant every surface uses. */
export async function createAssistant(config: Config, options: CreateAssistantOptions = {}): Promise<Assistant> {
  const index = await openSearchIndex(config, { onProgress: options.onProgress });
  const engine = new AnswerEngine(index, config, options.log);
  const groups = [...index.groups];
  return {
    ask: (input, askOptions) => engine.ask(input, askOptions),
    askStream: (input) => engine.askStream(input),
    search: async (query, searchOptions = {}) =>
      (await hybridSearch(index, query, understandQuery(query), searchOptions)).hits,
    mandate: (group) => (groups.includes(group) ? buildMandate(index.corpus, group) : null),
    studyGroups: () => [...groups],
    documents: () => index.corpus.documents,
    document: (id) => {
      const document = index.corpus.documents.find((d) => d.doc === id);
      return document ? { document, records: index.corpus.records.filter((r) => r.doc === id) } : null;
    },
  };
}
