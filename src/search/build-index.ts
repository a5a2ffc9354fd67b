// Builds the dense index under INDEX_DIR (embedding only records whose passage text is not cached yet).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Progress } from '../assistant.js';
import type { Config } from '../config.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import type { ParsedCorpus } from '../corpus/types.js';
import { BgeSmallZhEmbeddings, EMBEDDING_DIMENSIONS, MODEL_ID } from './dense/bge-embeddings.js';
import { EmbeddingCache } from './dense/embedding-cache.js';
import { buildHnswStore } from './dense/hnsw-store.js';
import { passageText } from './dense/passage-text.js';
import { searchUnits } from './search-units.js';
import {
  fileSha256,
  MANIFEST_FILE,
  readManifest,
  sha256,
  staleReason,
  type IndexInputs,
  type IndexManifest,
} from './index-manifest.js';

/** Sub-folder of INDEX_DIR holding the HNSW files. */
export const HNSW_DIR = 'hnsw';
const CACHE_FILE = 'embedding-cache.json';

/** What buildIndex did. */
export interface BuildResult {
  manifest: IndexManifest;
  rebuilt: boolean;
  embedded: number;
  cached: number;
  ms: number;
}

/** The embedded passage of every search unit, in record order, keyed by unit id. */
function unitPassages(corpus: ParsedCorpus): { ids: string[]; passages: string[] } {
  const byId = new Map(corpus.records.map((r) => [r.id, r]));
  const ids: string[] = [];
  const passages: string[] = [];
  for (const record of corpus.records) {
    const parent = record.parentId ? byId.get(record.parentId) : undefined;
    for (const unit of searchUnits(record)) {
      ids.push(unit.unitId);
      passages.push(passageText(record, unit.text, parent));
    }
  }
  return { ids, passages };
}

/** Why the index under INDEX_DIR (whose manifest is `current`) cannot be used for `inputs`; null when it is current. */
function indexStaleReason(config: Config, current: IndexManifest | null, inputs: IndexInputs): string | null {
  const reason = staleReason(current, inputs);
  if (reason) return reason;
  return existsSync(join(config.INDEX_DIR, HNSW_DIR, 'hnswlib.index')) ? null : 'the index files are missing';
}

/**
 * Makes the index under INDEX_DIR current: a current index is left alone (unless forced), a missing or stale one
 * is built, embedding only passages the cache does not hold. Loads the model first, so a missing one fails clearly.
 */
export async function buildIndex(
  config: Config,
  options: { onProgress?: (p: Progress) => void; force?: boolean; embeddings?: BgeSmallZhEmbeddings } = {},
): Promise<BuildResult> {
  const started = performance.now();
  const corpus = loadCorpus(config.CORPUS_FILE);
  const embeddings = options.embeddings ?? new BgeSmallZhEmbeddings(config.MODEL_DIR);
  await embeddings.load();
  const { ids, passages } = unitPassages(corpus);
  const inputs: IndexInputs = {
    model: MODEL_ID,
    modelSha256: fileSha256(embeddings.weightsPath),
    corpusSha256: fileSha256(config.CORPUS_FILE),
    passagesSha256: sha256(JSON.stringify([ids, passages])),
    records: corpus.records.length,
    units: ids.length,
  };
  const current = readManifest(config.INDEX_DIR);
  const stale = options.force ? 'a rebuild was asked for' : indexStaleReason(config, current, inputs);
  if (!stale && current) return { manifest: current, rebuilt: false, embedded: 0, cached: inputs.units, ms: performance.now() - started };
  options.onProgress?.({ phase: `building index (${stale})`, done: 0, total: ids.length });

  mkdirSync(config.INDEX_DIR, { recursive: true });
  const cache = EmbeddingCache.open(join(config.INDEX_DIR, CACHE_FILE), MODEL_ID, EMBEDDING_DIMENSIONS);
  const vectors: number[][] = [];
  let embedded = 0;
  for (const [i, passage] of passages.entries()) {
    let vector = cache.get(passage);
    if (!vector) {
      [vector] = await embeddings.embedDocuments([passage]);
      cache.set(passage, vector!);
      embedded += 1;
    }
    vectors.push(vector!);
    if (i % 25 === 0 || i === passages.length - 1) options.onProgress?.({ phase: 'embedding records', done: i + 1, total: passages.length });
  }
  cache.retain(passages);
  cache.save();

  options.onProgress?.({ phase: 'building HNSW graph', done: 0, total: 1 });
  const store = await buildHnswStore(embeddings, ids, vectors);
  const tmp = join(config.INDEX_DIR, `${HNSW_DIR}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  await store.save(tmp);
  rmSync(join(config.INDEX_DIR, MANIFEST_FILE), { force: true });
  rmSync(join(config.INDEX_DIR, HNSW_DIR), { recursive: true, force: true });
  renameSync(tmp, join(config.INDEX_DIR, HNSW_DIR));
  options.onProgress?.({ phase: 'building HNSW graph', done: 1, total: 1 });

  const manifest: IndexManifest = {
    formatVersion: 1,
    ...inputs,
    builtAt: new Date().toISOString(),
    buildMs: Math.round(performance.now() - started),
  };
  writeFileSync(join(config.INDEX_DIR, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, rebuilt: true, embedded, cached: ids.length - embedded, ms: performance.now() - started };
}
