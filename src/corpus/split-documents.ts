// Cuts the classified lines into the 53 marker-delimited documents and the three untitled trailing tables.
import { CorpusError } from './corpus-error.js';
import type { RawLine } from './raw-lines.js';
import { ACTIONS_HEADER, LEADERSHIP_HEADER, QUESTIONS_SECTION } from './table-headers.js';

/** Which parser a slice of lines goes to. */
export type SliceKind = 'marked' | 'actions' | 'leadership' | 'questions';

/** One top-level document's raw lines, before any parsing of its content. */
export interface DocumentSlice {
  kind: SliceKind;
  /** MOD / ADD for marked documents; null for the trailing tables. */
  status: 'MOD' | 'ADD' | null;
  lines: RawLine[];
}

const MARKER = /^(MOD|ADD)$/;

/** Splits at whole-line MOD/ADD markers and at the first actions, leadership and question-list headers. */
export function splitDocuments(lines: readonly RawLine[]): DocumentSlice[] {
  const slices: DocumentSlice[] = [];
  let current: DocumentSlice | null = null;
  const open = (kind: SliceKind, status: DocumentSlice['status']): DocumentSlice => {
    const slice: DocumentSlice = { kind, status, lines: [] };
    slices.push(slice);
    return slice;
  };
  const seen = new Set<SliceKind>();
  for (const line of lines) {
    if (line.kind === 'text') {
      const marker = MARKER.exec(line.text);
      if (marker && !seen.has('actions')) current = open('marked', marker[1] as 'MOD' | 'ADD');
      else if (ACTIONS_HEADER.test(line.text) && !seen.has('actions')) current = open('actions', null);
      else if (LEADERSHIP_HEADER.test(line.text) && seen.has('actions') && !seen.has('leadership'))
        current = open('leadership', null);
      else if (QUESTIONS_SECTION.test(line.text) && seen.has('leadership') && !seen.has('questions'))
        current = open('questions', null);
      if (current) seen.add(current.kind);
      if (!current) throw new CorpusError(`expected a MOD/ADD document marker, found "${line.text.slice(0, 40)}"`, line.no);
    }
    current?.lines.push(line);
  }
  if (slices.length === 0) throw new CorpusError('no MOD/ADD document marker found: not the WTSA resolutions text', 1);
  return slices;
}

/** The span of a slice from its first to its last line of text (footnotes included, page furniture excluded). */
export function sliceSpan(slice: DocumentSlice): [number, number] {
  const present = slice.lines.filter((l) => l.kind === 'text' || l.kind === 'footnote');
  return [present[0]?.no ?? 0, present[present.length - 1]?.no ?? 0];
}
