// Reads a marked document's header: identifier, title, history and the "世界电信标准化全会…，" opener (SEED-MAP §2.1).
import { CorpusError } from './corpus-error.js';
import type { RawLine } from './raw-lines.js';

/** The parsed header of one MOD/ADD document, with raw text still carrying footnote markers. */
export interface DocumentHeader {
  /** CONTRACT §1 id: "44", "COM4/AI", "A.25". */
  doc: string;
  kind: 'resolution' | 'recommendation';
  /** The identifier line as printed (footnote marker included). */
  identifier: string;
  identifierLine: number;
  /** Title lines as printed, concatenated (footnote markers included). */
  title: string;
  /** History entries as printed, split on "；" (footnote markers included). */
  history: string[];
  /** The history lines as printed, joined (footnote markers included), and their line numbers; "" and [] when none. */
  historyText: string;
  historyLines: number[];
  /** The preamble opener line, when present. */
  opener: string | null;
  /** Index in the slice's text lines where the body starts. */
  bodyStart: number;
}

const RESOLUTION_ID = /^第(\d+|COM\d\/[A-Z-]+)号决议（\d{4}年，[^（）]+）\d?$/;
const RECOMMENDATION_ID = /^ITU-T\s*(A\.\d+)建议书$/;
const OPENER = /^世界电信标准化全会（2024年，新德里），$/;
/** A line that opens the body of a recommendation (a numbered section heading). */
const NUMBERED = /^\d+(?:\.\d+)*\s/;

/** Splits "（1993年，赫尔辛基；…）" on "；"; a piece without a year (the "2024年；新德里" typo) stays with its year. */
export function splitHistory(text: string): string[] {
  const entries: string[] = [];
  for (const piece of text.replace(/^（/, '').replace(/）$/, '').split('；')) {
    const entry = piece.trim();
    if (!entry) continue;
    const last = entries.length - 1;
    if (last >= 0 && !/^\d/.test(entry)) entries[last] += `；${entry}`;
    else entries.push(entry);
  }
  return entries;
}

/** Parses the header from the text lines of a marked slice (marker line first). */
export function parseDocumentHeader(text: readonly RawLine[]): DocumentHeader {
  const at = (i: number): RawLine => {
    const line = text[i];
    if (!line) throw new CorpusError('document ends inside its header', text[text.length - 1]?.no ?? null);
    return line;
  };
  const idLine = at(1);
  const resolution = RESOLUTION_ID.exec(idLine.text);
  const recommendation = RECOMMENDATION_ID.exec(idLine.text);
  if (!resolution && !recommendation)
    throw new CorpusError(`expected a resolution or recommendation identifier, found "${idLine.text.slice(0, 40)}"`, idLine.no);
  let i = 2;
  const titleParts: RawLine[] = [];
  while (i < text.length && !at(i).text.startsWith('（') && !(recommendation && NUMBERED.test(at(i).text))) {
    titleParts.push(at(i));
    i++;
    if (titleParts.length > 3) throw new CorpusError('title runs longer than 3 lines', at(i).no);
  }
  if (titleParts.length === 0) throw new CorpusError('document has no title', idLine.no);
  const historyParts: RawLine[] = [];
  if (resolution) {
    while (i < text.length) {
      const line = at(i);
      historyParts.push(line);
      i++;
      if (line.text.endsWith('）')) break;
      if (historyParts.length > 4) throw new CorpusError('history runs longer than 4 lines', line.no);
    }
  }
  const historyText = historyParts.map((l) => l.text).join('');
  const history = splitHistory(historyText);
  let opener: RawLine | null = null;
  if (resolution) {
    opener = at(i);
    if (!OPENER.test(opener.text))
      throw new CorpusError(`expected "世界电信标准化全会（2024年，新德里），", found "${opener.text.slice(0, 40)}"`, opener.no);
    i++;
  }
  return {
    doc: resolution ? (resolution[1] as string) : (recommendation?.[1] as string),
    kind: resolution ? 'resolution' : 'recommendation',
    identifier: idLine.text,
    identifierLine: idLine.no,
    title: titleParts.map((l) => l.text).join(''),
    history,
    historyText,
    historyLines: historyParts.map((l) => l.no),
    opener: opener?.text ?? null,
    bodyStart: i,
  };
}
