// The untitled list of chairs and vice-chairs (组 | 名单 | 成员国): one record per person (SEED-MAP §4.6).
import type { ItemDraft } from './clause-tree.js';
import { CorpusError } from './corpus-error.js';
import type { DocumentParse } from './marked-document.js';
import type { RawLine } from './raw-lines.js';
import type { SectionDraft } from './records.js';
import type { DocumentSlice } from './split-documents.js';
import { parseStudyGroup } from './study-groups.js';
import { tableDocument } from './table-document.js';
import { LEADERSHIP_HEADER } from './table-headers.js';
import { appendLine, type TableRow } from './table-rows.js';
import type { RecordMeta } from './types.js';

/** The descriptive title given to the untitled leadership block. */
export const LEADERSHIP_TITLE = 'ITU-T各研究组和电信标准化顾问组主席及副主席名单';

const ROW_START = /^(TSAG|SG\d+|SCV)(?:\s|$)/;
const ROW_END = /(?:^|\s)(主席|副主席)$/;
const LANGUAGE = /^（([^（）]+文)）$/;

/** Reads one joined row ("SG17 Xiaoya女士 YANG 中国 主席 （中文）") into group and person. */
export function parsePersonRow(text: string, line: number): { group: string; person: NonNullable<RecordMeta['person']> } {
  const tokens = text.split(/\s+/);
  const language = LANGUAGE.exec(tokens[tokens.length - 1] ?? '')?.[1];
  if (language) tokens.pop();
  const role = tokens.pop();
  const country = tokens.pop();
  const group = tokens.shift();
  if (!group || !role || !country || tokens.length === 0)
    throw new CorpusError(`leadership row without group, name, country and role: "${text}"`, line);
  const name = tokens.join(' ').replace(/(?<!\s)\s+(先生|女士)/g, '$1');
  return { group, person: { name, country, role, ...(language ? { language } : {}) } };
}

/** Parses the leadership block: rows start with the group and end with the role (SCV rows add a language line). */
export function parseLeadership(slice: DocumentSlice): DocumentParse {
  const rows: TableRow[] = [];
  let previous: RawLine | null = null;
  let open = false;
  for (const line of slice.lines) {
    if (line.kind !== 'text' || LEADERSHIP_HEADER.test(line.text)) continue;
    const row = rows[rows.length - 1];
    if (!open && ROW_START.test(line.text)) {
      rows.push({ text: line.text, lines: [line.no] });
      open = true;
    } else if (open && row && previous) appendLine(row, previous, line);
    else if (row && previous && LANGUAGE.test(line.text)) appendLine(row, previous, line);
    else throw new CorpusError(`expected a leadership row starting with TSAG, SGn or SCV, found "${line.text.slice(0, 40)}"`, line.no);
    if (ROW_END.test((rows[rows.length - 1] as TableRow).text)) open = false;
    previous = line;
  }
  const last = rows[rows.length - 1];
  if (open && last) throw new CorpusError(`leadership row without a role: "${last.text}"`, last.lines[0] ?? null);
  const drafts: SectionDraft[] = [];
  for (const row of rows) {
    const { group, person } = parsePersonRow(row.text, row.lines[0] ?? 0);
    let draft = drafts[drafts.length - 1];
    if (!draft || draft.heading !== group) {
      draft = { heading: group, part: 'table', headingLines: [], items: [], metas: [] };
      drafts.push(draft);
    }
    const studyGroup = parseStudyGroup(group) ?? group;
    const item: ItemDraft = { label: '', kind: 'none', texts: [row.text], lines: row.lines, notes: [], studyGroup };
    draft.items.push(item);
    draft.metas?.push({ person });
  }
  return tableDocument('leadership', LEADERSHIP_TITLE, slice, drafts);
}
