// The untitled question lists per study group (课题号 | 课题标题 | 状况): one record per row (SEED-MAP §4.5).
import type { ItemDraft } from './clause-tree.js';
import { CorpusError } from './corpus-error.js';
import type { DocumentParse } from './marked-document.js';
import type { RawLine } from './raw-lines.js';
import type { SectionDraft } from './records.js';
import type { DocumentSlice } from './split-documents.js';
import { parseStudyGroup } from './study-groups.js';
import { tableDocument } from './table-document.js';
import { QUESTIONS_SECTION } from './table-headers.js';
import { appendLine, type TableRow } from './table-rows.js';
import type { RecordMeta } from './types.js';

/** The descriptive title given to the untitled question-list block. */
export const QUESTIONS_TITLE = '各研究组课题清单（2025-2028年研究期）';

const HEADER = /^课题号\s+课题标题\s+状况$/;
const ROW_START = /^([A-Z]\/\d+|\d+\/\d+|Q\.[A-Za-z]+\/[A-Z]|-)(?:\s|$)/;
/** The status cell at the end of a row: "第1/17号课题的继续", "部分第…的继续", "第4/3号课题的删除", "新课题". */
const STATUS = /\s((?:部分)?第\s*\d+\/\d+[^\s]*(?:\s+\S+)*?(?:的\s*继续|的\s*删除)|新课题)$/;

/** Splits a joined question row into id, title and status; null when the row has no status yet. */
export function parseQuestionRow(text: string): { id: string; title: string; status: string } | null {
  const id = ROW_START.exec(text)?.[1];
  const status = STATUS.exec(text);
  if (!id || !status) return null;
  const title = text.slice(id.length, status.index).trim();
  if (!title) return null;
  return { id, title, status: status[1] as string };
}

/** Parses the question lists: "N 第M研究组" opens a section; a row runs from its id to its status. */
export function parseQuestions(slice: DocumentSlice): DocumentParse {
  const drafts: SectionDraft[] = [];
  let row: TableRow | null = null;
  let previous: RawLine | null = null;
  const close = (at: number) => {
    if (!row) return;
    const parsed = parseQuestionRow(row.text);
    const draft = drafts[drafts.length - 1];
    if (!parsed || !draft) throw new CorpusError(`question row without a status: "${row.text.slice(0, 60)}"`, row.lines[0] ?? at);
    const studyGroup = parseStudyGroup(draft.heading) ?? draft.heading;
    const item: ItemDraft = { label: parsed.id, kind: 'none', texts: [row.text], lines: row.lines, notes: [], studyGroup };
    draft.items.push(item);
    const meta: RecordMeta = { questionId: parsed.id, questionStatus: parsed.status };
    draft.metas?.push(meta);
    row = null;
  };
  for (const line of slice.lines) {
    if (line.kind !== 'text' || HEADER.test(line.text)) continue;
    const section = QUESTIONS_SECTION.exec(line.text);
    if (section && !row) {
      drafts.push({ heading: section[1] as string, part: 'table', headingLines: [line.no], items: [], metas: [] });
    } else if (!row && ROW_START.test(line.text) && drafts.length) {
      row = { text: line.text, lines: [line.no] };
    } else if (row && previous) {
      appendLine(row, previous, line);
    } else throw new CorpusError(`expected a question row or a "N 第M研究组" line, found "${line.text.slice(0, 40)}"`, line.no);
    if (row && parseQuestionRow(row.text) && line.hard) close(line.no);
    previous = line;
  }
  if (row) close(0);
  return tableDocument('questions', QUESTIONS_TITLE, slice, drafts);
}
