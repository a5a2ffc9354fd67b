import { FakeEmbeddings } from '@langchain/core/utils/testing';
import { describe, expect, it } from 'vitest';
import { buildHnswStore, searchHnsw } from './hnsw-store.js';

/** Deterministic pseudo-random unit vectors (a small LCG), as many as the real index holds. */
function randomUnitVectors(count: number, dims: number, seed = 42): number[][] {
  let state = seed;
  const next = () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32 - 0.5;
  };
  return Array.from({ length: count }, () => {
    const v = Array.from({ length: dims }, next);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('HNSW store at the configured ef', () => {
  it.each([10, 120])('returns exactly the brute-force %i nearest neighbours (recall 1.0) at the corpus size', async (k) => {
    const vectors = randomUnitVectors(2700, 512);
    const ids = vectors.map((_, i) => `r${i}`);
    const store = await buildHnswStore(new FakeEmbeddings(), ids, vectors);
    const queries = randomUnitVectors(40, 512, 7);
    let found = 0;
    let expected = 0;
    for (const q of queries) {
      const exact = vectors
        .map((v, i) => ({ id: ids[i]!, score: dot(q, v) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, k)
        .map((h) => h.id);
      const hits = (await searchHnsw(store, q, k)).map((h) => h.id);
      found += exact.filter((id) => hits.includes(id)).length;
      expected += exact.length;
    }
    expect(found / expected).toBe(1);
  });

  it('restricts results to the ids a filter accepts, exactly the brute-force nearest among them', async () => {
    const vectors = randomUnitVectors(2700, 512);
    const ids = vectors.map((_, i) => `r${i}`);
    const store = await buildHnswStore(new FakeEmbeddings(), ids, vectors);
    const accepts = (id: string) => Number(id.slice(1)) % 7 === 3;
    for (const q of randomUnitVectors(10, 512, 11)) {
      const exact = vectors
        .map((v, i) => ({ id: ids[i]!, score: dot(q, v) }))
        .filter((h) => accepts(h.id))
        .sort((a, b) => b.score - a.score)
        .slice(0, 20);
      const hits = await searchHnsw(store, q, 20, accepts);
      expect(hits.map((h) => h.id)).toEqual(exact.map((h) => h.id));
      hits.forEach((h, i) => expect(h.score).toBeCloseTo(exact[i]!.score, 5));
    }
  });
});
