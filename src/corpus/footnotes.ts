// Footnotes: reads the blocks cut out of the page flow (A5) and strips their markers from the text (A6).
import { CorpusError } from './corpus-error.js';
import type { Footnote } from './types.js';
import type { RawLine } from './raw-lines.js';

const FOOTNOTE_START = /^(\d{1,2})\s+(\S.*)$/;

/** Reads the footnotes of one document from its footnote lines (number line, then continuation lines). */
export function parseFootnotes(lines: readonly RawLine[]): Footnote[] {
  const out: Footnote[] = [];
  for (const line of lines) {
    if (line.kind !== 'footnote') continue;
    const start = FOOTNOTE_START.exec(line.text);
    const last = out[out.length - 1];
    if (start) out.push({ number: Number(start[1]), text: start[2] as string, line: line.no, lastLine: line.no });
    else if (last) {
      last.text += line.text;
      last.lastLine = line.no;
    }
    else throw new CorpusError(`footnote text without a footnote number: "${line.text.slice(0, 40)}"`, line.no);
  }
  return out;
}

/**
 * A footnote marker: a bare digit glued to the token before it (a Han character, ” ） or a Latin letter),
 * not part of a number, code, date, count or ordinal (第5研究组, 项目1：, 5G, 2024年, IPv6).
 */
const MARKER = /(?<=(?:[\p{Script=Han}”）]|[A-Z]{3}))(?<!第|项目|附件|部分|图|表|注|决议|支柱|目标)(\d)(?![\dA-Za-z年月日号条款段节个%．.\/／：:\-–\s中研])/gu;

/** Text with the markers of the given footnote numbers removed, and the numbers removed (in order, unique). */
export function stripMarkers(text: string, numbers: ReadonlySet<number>): { text: string; notes: number[] } {
  if (numbers.size === 0) return { text, notes: [] };
  const notes: number[] = [];
  const stripped = text.replace(MARKER, (digit) => {
    const n = Number(digit);
    if (!numbers.has(n)) return digit;
    if (!notes.includes(n)) notes.push(n);
    return '';
  });
  return { text: stripped, notes };
}
