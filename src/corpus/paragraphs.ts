// Joins soft-wrapped raw lines into paragraphs with the trailing-space rule (SEED-MAP §3 A3, A7, A8).
import type { RawLine } from './raw-lines.js';

/** A paragraph of source text: joined lines, with the line numbers it came from. */
export interface Paragraph {
  text: string;
  /** 1-based numbers of the raw lines joined into this paragraph. */
  lines: number[];
}

/**
 * Hard line ends that are still wraps inside a phrase; they keep one space: the prefixes of A7 and a
 * parenthetical dash ("启动研究 − 其中包括…的研究 − " / "以实现…", 9120).
 */
const PREFIX_WRAP = /(?:ITU-T|ITU-R|ETSI TC| [–−]) $/;

/** True when the raw line ends its paragraph (a hard line end that is not a prefix wrap). */
export function endsParagraph(line: RawLine): boolean {
  return line.hard && !PREFIX_WRAP.test(line.raw.replace(/(?<![ \t\u3000])[ \t\u3000]+$/, ' '));
}

/** The text to put between two lines of one paragraph: one space after a prefix wrap, else nothing. */
export function joiner(line: RawLine): string {
  return line.hard ? ' ' : '';
}

/** Joins the text lines into paragraphs: a paragraph ends at a hard line end; a page-start line opens a new one. */
export function joinParagraphs(lines: readonly RawLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previous: RawLine | null = null;
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    if (current && previous && !endsParagraph(previous) && !line.pageStart) {
      current.text += joiner(previous) + line.text;
      current.lines.push(line.no);
    } else {
      current = { text: line.text, lines: [line.no] };
      out.push(current);
    }
    previous = line;
  }
  return out;
}
