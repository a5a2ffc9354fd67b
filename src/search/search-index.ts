// Opens everything retrieval needs: the parsed corpus, the dense HNSW index (rebuilt when stale) and BM25.
import { join } from 'node:path';
import type { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { Progress } from '../assistant.js';
import type { Config } from '../config.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { knownGroups } from '../corpus/study-groups.js';
import type { ClauseRecord, ParsedCorpus } from '../corpus/types.js';
import { buildIndex, HNSW_DIR } from './build-index.js';
import { BgeSmallZhEmbeddings } from './dense/bge-embeddings.js';
import { loadHnswStore } from './dense/hnsw-store.js';
import { Bm25Index } from './lexical/bm25.js';
import { openEnglishTerms, type EnglishTerms } from './lexical/english-terms.js';
import { searchUnits } from './search-units.js';

/** The loaded retrieval state of one process. */
export interface SearchIndex {
  corpus: ParsedCorpus;
  byId: Map<string, ClauseRecord>;
  embeddings: BgeSmallZhEmbeddings;
  /** HNSW over search units (ids are unit ids; see search-units.ts). */
  dense: HNSWLib;
  /** BM25 over search units. */
  lexical: Bm25Index;
  /** English words → the corpus's Chinese words for them (English questions meet the Chinese text through it). */
  englishTerms: EnglishTerms;
  /** The groups the corpus describes ("2" … "21", "TSAG", "SCV"), in numeric order. */
  groups: ReadonlySet<string>;
}

/** The text BM25 indexes for a record (or one piece `text` of it): document title, section, labels, clause text. */
export function lexicalText(record: ClauseRecord, text = record.text): string {
  return `${record.docTitle}\n${record.section}\n${record.labelPath.join(' ')}\n${text}`;
}

/** Loads the corpus and indexes; the dense index is built first (with progress) when it is missing or stale. */
export async function openSearchIndex(
  config: Config,
  options: { onProgress?: (p: Progress) => void } = {},
): Promise<SearchIndex> {
  const corpus = loadCorpus(config.CORPUS_FILE);
  const embeddings = new BgeSmallZhEmbeddings(config.MODEL_DIR);
  options.onProgress?.({ phase: 'loading embedding model', done: 0, total: 1 });
  await buildIndex(config, { embeddings, onProgress: options.onProgress });
  const dense = await loadHnswStore(join(config.INDEX_DIR, HNSW_DIR), embeddings);
  const lexical = Bm25Index.build(
    corpus.records.flatMap((r) => searchUnits(r).map((u) => ({ id: u.unitId, text: lexicalText(r, u.text) }))),
  );
  const englishTerms = await openEnglishTerms(config.INDEX_DIR, config.CORPUS_FILE);
  options.onProgress?.({ phase: 'index loaded', done: 1, total: 1 });
  return {
    corpus,
    byId: new Map(corpus.records.map((r) => [r.id, r])),
    embeddings,
    dense,
    lexical,
    englishTerms,
    groups: new Set(knownGroups(corpus)),
  };
}
