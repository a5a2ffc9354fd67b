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

/** Loads a saved store and sets ef. */
export async function loadHnswStore(directory: string, embeddings: EmbeddingsInterface): Promise<HNSWLib> {
  const store = await HNSWLib.load(directory, embeddings);
  store.index.setEf(HNSW_EF);
  return store;
}

/** The k nearest records to `vector`, optionally restricted to ids accepted by `filter`. */
export async function searchHnsw(
  store: HNSWLib,
  vector: number[],
  k: number,
  filter?: (id: string) => boolean,
): Promise<DenseHit[]> {
  const n = Math.min(k, store.index.getCurrentCount());
  if (n === 0) return [];
  const hits = await store.similaritySearchVectorWithScore(
    vector,
    n,
    filter ? (doc: Document) => filter(String(doc.metadata.id)) : undefined,
  );
  return hits.map(([doc, distance]) => ({ id: String(doc.metadata.id), score: 1 - distance }));
}
