// Splits a clause text around the quoted part an answer relies on, for highlighting.

/** The clause text cut into the part before the quote, the quote itself, and the part after. */
export interface QuoteSplit {
  before: string;
  quote: string;
  after: string;
}

/** Finds `quote` in `text` (exactly, else ignoring whitespace differences); null when absent or empty. */
export function splitAtQuote(text: string, quote: string): QuoteSplit | null {
  const q = quote.trim();
  if (!q) return null;
  const at = text.indexOf(q);
  if (at !== -1) return { before: text.slice(0, at), quote: q, after: text.slice(at + q.length) };
  // Whitespace-tolerant match: map each non-space character of the text back to its offset.
  const offsets: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) continue;
    offsets.push(i);
    squeezed += ch;
  }
  const sq = q.replace(/\s+/g, '');
  const s = squeezed.indexOf(sq);
  if (s === -1 || sq === '') return null;
  const start = offsets[s] ?? 0;
  const end = (offsets[s + sq.length - 1] ?? start) + 1;
  return { before: text.slice(0, start), quote: text.slice(start, end), after: text.slice(end) };
}
