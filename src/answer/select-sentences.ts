// Chooses the sentences of a clause that answer a question, as one contiguous quote of the clause text.
import { splitSentences } from '../corpus/sentences.js';

/** How well a sentence covers the query terms: summed length of the distinct terms it contains. */
export function termCoverage(sentence: string, terms: string[]): number {
  let score = 0;
  for (const term of new Set(terms)) if (term.length > 0 && sentence.includes(term)) score += Math.min(term.length, 6);
  return score;
}

/**
 * The contiguous run of at most `maxSentences` sentences that best covers `terms`, as a substring of `text`.
 * Short texts are returned whole; with no overlap at all, the opening sentence(s).
 */
export function bestQuote(text: string, terms: string[], maxSentences = 2, maxChars = 220): string {
  if (text.length <= maxChars) return text.trim();
  const sentences = splitSentences(text);
  let best = { start: 0, end: 1, score: -1 };
  for (let start = 0; start < sentences.length; start++) {
    let chars = 0;
    let score = 0;
    for (let end = start; end < Math.min(sentences.length, start + maxSentences); end++) {
      chars += sentences[end]!.length;
      if (end > start && chars > maxChars) break;
      score += termCoverage(sentences[end]!, terms);
      if (score > best.score) best = { start, end: end + 1, score };
    }
  }
  const quote = sentences.slice(best.start, best.end).join('').trim();
  return quote.length > maxChars * 1.5 ? `${quote.slice(0, maxChars).trim()}` : quote;
}
