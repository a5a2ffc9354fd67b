// Gathers table rows that the PDF dump spread over several lines (leadership and question lists).
import { joiner } from './paragraphs.js';
import type { RawLine } from './raw-lines.js';

/** One table row: its joined text and the lines it came from. */
export interface TableRow {
  text: string;
  lines: number[];
}

/** Appends a raw line to a row: one space after a hard line end, nothing after a soft wrap (A7). */
export function appendLine(row: TableRow, previous: RawLine, line: RawLine): void {
  row.text += joiner(previous) + line.text;
  row.lines.push(line.no);
}
