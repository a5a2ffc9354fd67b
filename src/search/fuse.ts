// Weighted reciprocal-rank fusion of several ranked lists of record ids.

/** One retriever's ranking, best first, with the weight its ranks carry in the fusion. */
export interface RankedList {
  weight: number;
  ids: string[];
}

/** RRF's rank offset: 60 is the value from Cormack et al.; it damps the gap between rank 1 and rank 2. */
export const RRF_K = 60;

/** Sums weight / (RRF_K + rank) over the lists for every id (rank is 1-based). */
export function reciprocalRankFusion(lists: RankedList[], k = RRF_K): Map<string, number> {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.ids.forEach((id, i) => {
      scores.set(id, (scores.get(id) ?? 0) + list.weight / (k + i + 1));
    });
  }
  return scores;
}
