// Chooses the sentences of a clause that answer a question, as one contiguous quote of the clause text.
import { splitSentences } from '../corpus/sentences.js';

/** Query terms and what each counts when choosing sentences (the engine weights them by IDF). */
export type QuoteTerms = ReadonlyMap<string, number>;

/** No terms: quotes open the clause. */
export const NO_TERMS: QuoteTerms = new Map();

/** How well a text covers the terms: the summed weight of the distinct terms it contains. */
export function quoteScore(text: string, terms: QuoteTerms): number {
  let score = 0;
  for (const [term, weight] of terms) if (term.length > 0 && text.includes(term)) score += weight;
  return score;
}

/**
 * The contiguous run of at most `maxSentences` sentences that best covers `terms`, as a substring of `text`.
 * Short texts are returned whole; with no overlap at all, the opening sentence(s).
 */
export function bestQuote(text: string, terms: QuoteTerms, maxSentences = 2, maxChars = 200): string {
  if (text.length <= maxChars) return text.trim();
  const sentences = splitSentences(text);
  let best = { start: 0, end: 1, score: -1 };
  for (let start = 0; start < sentences.length; start++) {
    // A heading line ("ITU-T第12研究组") says nothing by itself: a quote never starts with one.
    if (isHeading(sentences[start]!) && start + 1 < sentences.length) continue;
    let chars = 0;
    let score = 0;
    for (let end = start; end < Math.min(sentences.length, start + maxSentences); end++) {
      chars += sentences[end]!.length;
      if (end > start && chars > maxChars) break;
      score += quoteScore(sentences[end]!, terms);
      if (score > best.score) best = { start, end: end + 1, score };
    }
  }
  const quote = sentences.slice(best.start, best.end).join('').trim();
  return quote.length > maxChars * 1.5 ? `${quote.slice(0, maxChars).trim()}` : quote;
}

/** A short line without sentence punctuation: a heading such as "ITU-T第12研究组". */
function isHeading(sentence: string): boolean {
  const line = sentence.trim();
  return line.length <= 30 && !/[。；：！？，,.;:!?]/.test(line);
}
