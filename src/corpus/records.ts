// Builds the final Section and ClauseRecord objects of one document from its section drafts.
import { placeItems, type ItemDraft } from './clause-tree.js';
import { findResolutionRefs } from './cross-refs.js';
import type { ClauseRecord, LineSpan, RecordMeta, Section } from './types.js';

/** A section while its document is being read: heading, where it sits, and its items in source order. */
export interface SectionDraft {
  heading: string;
  part: Section['part'];
  headingLines: number[];
  items: ItemDraft[];
  title?: string;
  caption?: string;
  /** Extra facts per item, in item order (table rows). */
  metas?: Array<RecordMeta | undefined>;
}

function span(lines: readonly number[]): LineSpan {
  return [Math.min(...lines), Math.max(...lines)];
}

/** Turns drafts into sections and records: ids `${doc}#${sectionIndex}.${ordinal}`, parent ids, refs (a heading's refs go to its records). */
export function buildSections(
  doc: string,
  docTitle: string,
  drafts: readonly SectionDraft[],
): { sections: Section[]; records: ClauseRecord[] } {
  const sections: Section[] = [];
  const records: ClauseRecord[] = [];
  drafts.forEach((draft, index) => {
    const placed = placeItems(draft.items);
    const headingRefs = findResolutionRefs(draft.heading, doc);
    const ids = placed.map((_, j) => `${doc}#${index}.${j + 1}`);
    const allLines = [...draft.headingLines, ...draft.items.flatMap((item) => item.lines)];
    const section: Section = { index, heading: draft.heading, part: draft.part, lines: span(allLines) };
    if (draft.title !== undefined) section.title = draft.title;
    if (draft.caption !== undefined) section.caption = draft.caption;
    sections.push(section);
    placed.forEach((item, j) => {
      const text = item.texts.join('\n');
      const record: ClauseRecord = {
        id: ids[j] as string,
        doc,
        docTitle,
        section: draft.heading,
        sectionIndex: index,
        label: item.label,
        labelPath: item.labelPath,
        parentId: item.parent === null ? null : (ids[item.parent] as string),
        text,
        lines: span(item.lines),
        refs: [...new Set([...headingRefs, ...findResolutionRefs(text, doc)])],
        notes: item.notes,
      };
      const meta: RecordMeta = { ...(item.studyGroup ? { studyGroup: item.studyGroup } : {}), ...draft.metas?.[j] };
      if (Object.keys(meta).length > 0) record.meta = meta;
      records.push(record);
    });
  });
  return { sections, records };
}
