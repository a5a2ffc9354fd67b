// Classifies every raw line of the PDF text dump: text, blank, page number, URL, footnote block (SEED-MAP §3).

/** What one raw line is. */
export type RawLineKind = 'empty' | 'blank' | 'page-number' | 'url' | 'footnote-separator' | 'footnote' | 'text';

/** One raw line with its classification. */
export interface RawLine {
  /** 1-based line number in the file. */
  no: number;
  raw: string;
  /** The line without surrounding whitespace. */
  text: string;
  kind: RawLineKind;
  /** The raw line ends with a space: a hard line end (A7). */
  hard: boolean;
  /** The line opens a page (leading space, or first text line after a page number): a forced paragraph start (A3). */
  pageStart: boolean;
}

const PAGE_NUMBER = /^\d{1,3}$/;
const URL_LINE = /^https?:\/\//;
const FOOTNOTE_SEPARATOR = /^_{5,}$/;
const MARKER = /^(MOD|ADD)$/;

function isWhitespaceOnly(raw: string | undefined): boolean {
  return raw !== undefined && raw !== '' && raw.trim() === '';
}

function nearWhitespaceOnly(raws: string[], i: number, direction: 1 | -1): boolean {
  for (let k = 1; k <= 4; k++) if (isWhitespaceOnly(raws[i + direction * k])) return true;
  return false;
}

/** Splits the text into lines and classifies each; footnote blocks run from the separator to the next page start. */
export function classifyLines(text: string): RawLine[] {
  const raws = text.replace(/\r\n?/g, '\n').split('\n');
  const out: RawLine[] = [];
  let inFootnotes = false;
  let afterPageNumber = false;
  raws.forEach((raw, i) => {
    const trimmed = raw.trim();
    const base = { no: i + 1, raw, text: trimmed, hard: /[ \t\u3000]$/.test(raw) };
    if (raw === '') return out.push({ ...base, kind: 'empty', pageStart: false });
    if (trimmed === '') return out.push({ ...base, kind: 'blank', pageStart: false });
    if (PAGE_NUMBER.test(trimmed) && nearWhitespaceOnly(raws, i, -1) && nearWhitespaceOnly(raws, i, 1)) {
      afterPageNumber = true;
      inFootnotes = false;
      return out.push({ ...base, kind: 'page-number', pageStart: false });
    }
    const pageStart = /^\s/.test(raw) || afterPageNumber;
    if (pageStart || MARKER.test(trimmed)) inFootnotes = false;
    if (URL_LINE.test(trimmed)) return out.push({ ...base, kind: 'url', pageStart: false });
    afterPageNumber = false;
    if (FOOTNOTE_SEPARATOR.test(trimmed)) {
      inFootnotes = true;
      return out.push({ ...base, kind: 'footnote-separator', pageStart: false });
    }
    return out.push({ ...base, kind: inFootnotes ? 'footnote' : 'text', pageStart });
  });
  return out;
}
