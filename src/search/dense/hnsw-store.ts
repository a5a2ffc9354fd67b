// The dense index: LangChain's HNSWLib over record vectors, with ef raised for exact-equivalent recall.
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';

/** Search-time ef: recall 1.0 against brute force at this corpus's size, even on worst-case random vectors (pinned by a test). */
export const HNSW_EF = 800;

/** A record id with its cosine similarity (1 − cosine distance). */
export interface DenseHit {
  id: string;
  score: number;
}

/** Builds an HNSW store from precomputed vectors; `ids[i]` names `vectors[i]`. */
export async function buildHnswStore(
  embeddings: EmbeddingsInterface,
  ids: string[],
  vectors: number[][],
): Promise<HNSWLib> {
  if (ids.length !== vectors.length || ids.length === 0) {
    throw new Error(`buildHnswStore: ${ids.length} ids for ${vectors.length} vectors`);
  }
  const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: vectors[0]!.length });
  await store.addVectors(
    vectors,
    ids.map((id) => new Document({ pageContent: '', metadata: { id } })),
  );
  store.index.setEf(HNSW_EF);
  return store;
}

/** Loads a saved store, sets ef and reads its ids and vectors. */
export async function loadHnswStore(directory: string, embeddings: EmbeddingsInterface): Promise<HNSWLib> {
  const store = await HNSWLib.load(directory, embeddings);
  store.index.setEf(HNSW_EF);
  exactView(store); // read at load, not while the first question waits
  return store;
}

/** The k nearest records to `vector`, optionally restricted to ids accepted by `filter` (then searched exactly). */
export async function searchHnsw(
  store: HNSWLib,
  vector: number[],
  k: number,
  filter?: (id: string) => boolean,
): Promise<DenseHit[]> {
  const n = Math.min(k, store.index.getCurrentCount());
  if (n === 0) return [];
  if (filter) return searchSubset(store, vector, n, filter);
  // The graph search itself, labels mapped to ids once (LangChain's wrapper builds a Document per hit from its docstore).
  const { ids } = exactView(store);
  const { neighbors, distances } = store.index.searchKnn(vector, n);
  return neighbors.map((label, i) => ({ id: ids[label]!, score: 1 - distances[i]! }));
}

/** A store's ids and unit vectors in label order, read once (ids for every search, vectors for filtered ones). */
interface ExactView {
  ids: string[];
  vectors: Float32Array;
  dimensions: number;
}

const exactViews = new WeakMap<HNSWLib, ExactView>();

function exactView(store: HNSWLib): ExactView {
  let view = exactViews.get(store);
  if (!view) {
    const count = store.index.getCurrentCount();
    const dimensions = store.index.getNumDimensions();
    const ids: string[] = [];
    const vectors = new Float32Array(count * dimensions);
    for (let label = 0; label < count; label++) {
      const doc = store.docstore.search(String(label));
      ids.push(String(doc.metadata.id));
      vectors.set(unit(store.index.getPoint(label)), label * dimensions);
    }
    view = { ids, vectors, dimensions };
    exactViews.set(store, view);
  }
  return view;
}

/**
 * Exact cosine search over the ids `filter` accepts. A filter that keeps a few documents leaves HNSW's graph walk
 * (ef = 800, a JavaScript callback per visited node) slower than scanning the kept vectors, and less exact.
 */
function searchSubset(store: HNSWLib, vector: number[], k: number, filter: (id: string) => boolean): DenseHit[] {
  const { ids, vectors, dimensions } = exactView(store);
  const query = unit(vector);
  const hits: DenseHit[] = [];
  for (let label = 0; label < ids.length; label++) {
    if (!filter(ids[label]!)) continue;
    let dot = 0;
    const offset = label * dimensions;
    for (let d = 0; d < dimensions; d++) dot += vectors[offset + d]! * query[d]!;
    hits.push({ id: ids[label]!, score: dot });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, k);
}

/** `v` scaled to length 1 (hnswlib's cosine space stores normalised vectors). */
function unit(v: number[]): number[] {
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
