// Checks the [n] citation markers of a model's answer against the N clauses it was given (pure functions).

/** The outcome of checking an answer's markers. */
export interface CitationCheck {
  /** The answer with every marker written as [n] and markers outside 1..N removed. */
  text: string;
  /** Valid clause numbers in order of first use. */
  cited: number[];
  /** Marker numbers outside 1..N, in order of first use. */
  removed: number[];
  /** Statements (sentences or lines) of the cleaned text that carry no marker. */
  unsupported: string[];
}

// One marker: [1], [1,3], [1, 3], [1、3], 【2】, 【2,4】.
const ONE_MARKER = String.raw`(?:\[\d{1,3}(?:\s*[,，、]\s*\d{1,3})*\]|【\d{1,3}(?:\s*[,，、]\s*\d{1,3})*】)`;
/** A run of markers ([1][3], [1] 【2】) with the whitespace in front of it, as a source for RegExp. */
export const MARKER_RUN = String.raw`(?<!\s)(\s*)(${ONE_MARKER}(?:\s*${ONE_MARKER})*)`;
const MARKERS = new RegExp(MARKER_RUN, 'g');
// The end of a statement: Chinese or ASCII sentence punctuation (a period only before a space or the end),
// with the markers written right after it.
const STATEMENT_END = /(?:[。！？!?；;]+|\.(?=\s|$))(?:\s*\[\d+\])*/g;
const HAS_MARKER = /\[\d+\]/;
const HAS_LETTER = /\p{L}/u;
// A lead-in such as "主要要点：" or "**Instructions:**" introduces the statements that follow.
const LEAD_IN = /[：:][\s*_]*$/;

/** Rewrites every run of markers as [n][m]…, dropping numbers outside 1..count; returns the numbers kept and dropped in text order. */
export function rewriteMarkers(text: string, count: number): { text: string; kept: number[]; dropped: number[] } {
  const kept: number[] = [];
  const dropped: number[] = [];
  const rewritten = text.replace(MARKERS, (_, space: string, run: string) => {
    const numbers = (run.match(/\d+/g) ?? []).map(Number);
    const valid = numbers.filter((n) => n >= 1 && n <= count);
    kept.push(...valid);
    dropped.push(...numbers.filter((n) => n < 1 || n > count));
    return valid.length ? `${space}${valid.map((n) => `[${n}]`).join('')}` : '';
  });
  return { text: rewritten, kept, dropped };
}

/** Splits text into statements: lines, cut after sentence punctuation and the markers that follow it. */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  for (const line of text.split('\n')) {
    let start = 0;
    for (const end of line.matchAll(STATEMENT_END)) {
      const stop = end.index + end[0].length;
      statements.push(line.slice(start, stop).trim());
      start = stop;
    }
    statements.push(line.slice(start).trim());
  }
  return statements.filter((s) => HAS_LETTER.test(s));
}

/** Validates the markers of `text` against clauses numbered 1..count and finds statements without any marker. */
export function checkCitations(text: string, count: number): CitationCheck {
  const { text: cleaned, kept, dropped } = rewriteMarkers(text, count);
  const unsupported = splitStatements(cleaned).filter((s) => !HAS_MARKER.test(s) && !LEAD_IN.test(s));
  return { text: cleaned, cited: [...new Set(kept)], removed: [...new Set(dropped)], unsupported };
}
