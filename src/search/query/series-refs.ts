// Finds the Recommendation series a question names (E系列, Y.4000系列, series Q).

// "E系列", "Y.4000 series": a capital letter on its own, so that "ITU-T系列" is not read as series T.
const SERIES_BEFORE = /(?<![A-Za-z-])([A-Z])(\.\d{1,4})?[\s-]*(?:系列|series)/g;
const SERIES_AFTER = /series\s+([A-Z])(\.\d{1,4})?(?![A-Za-z])/gi;

/** Series the question names ("E", "Y.4000"), without repeats. */
export function findSeries(question: string): string[] {
  const q = question.normalize('NFKC');
  const before = [...q.matchAll(SERIES_BEFORE)].map((m) => `${m[1]}${m[2] ?? ''}`);
  const after = [...q.matchAll(SERIES_AFTER)].map((m) => `${m[1]!.toUpperCase()}${m[2] ?? ''}`);
  return [...new Set([...before, ...after])];
}

/** A normalised (lower-case) question with its series mentions removed (what else it asks). */
export function withoutSeries(normalized: string): string {
  return normalized.replace(/(?<![a-z-])[a-z](?:\.\d{1,4})?[\s-]*(?:系列|series)|series\s+[a-z](?:\.\d{1,4})?(?![a-z])/g, ' ');
}
