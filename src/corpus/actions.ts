// The untitled WTSA-24 actions table (编号 | 行动): one record per action (SEED-MAP §1, §4.7).
import type { ItemDraft } from './clause-tree.js';
import { CorpusError } from './corpus-error.js';
import { joinParagraphs } from './paragraphs.js';
import type { DocumentParse } from './marked-document.js';
import type { DocumentSlice } from './split-documents.js';
import { tableDocument } from './table-document.js';
import { ACTIONS_HEADER } from './table-headers.js';

/** The descriptive title given to the untitled actions block. */
export const ACTIONS_TITLE = 'WTSA-24行动';

const ACTION = /^(第[34]\/\d+委员会)(?:\s+(\S.*))?$/;

/** Parses the actions block: an action runs from its "第N/M委员会" line to the next one (URL lines dropped). */
export function parseActions(slice: DocumentSlice): DocumentParse {
  const text = slice.lines.filter((l) => l.kind === 'text' && !ACTIONS_HEADER.test(l.text));
  const items: ItemDraft[] = [];
  let openCell = false;
  for (const p of joinParagraphs(text)) {
    const start = ACTION.exec(p.text);
    const current = items[items.length - 1];
    if (start) {
      items.push({ label: start[1] as string, kind: 'none', texts: start[2] ? [start[2]] : [], lines: [...p.lines], notes: [] });
      openCell = false;
      continue;
    }
    if (!current) throw new CorpusError(`expected an action id such as "第4/1委员会", found "${p.text.slice(0, 40)}"`, p.lines[0] ?? null);
    const last = current.texts.length - 1;
    if (openCell && last >= 0) {
      const sep = /[\x21-\x7e]$/.test(current.texts[last] as string) && /^[\x21-\x7e]/.test(p.text) ? ' ' : '';
      current.texts[last] += sep + p.text;
    } else current.texts.push(p.text);
    openCell = (current.texts[current.texts.length - 1] as string).startsWith('（') && !p.text.endsWith('）');
    current.lines.push(...p.lines);
  }
  if (items.length === 0) throw new CorpusError('the actions table has no actions', slice.lines[0]?.no ?? null);
  const metas = items.map((item) => ({ actionId: item.label }));
  const headerLines = slice.lines.filter((l) => l.kind === 'text' && ACTIONS_HEADER.test(l.text)).map((l) => l.no);
  return tableDocument('actions', ACTIONS_TITLE, slice, [
    { heading: '行动', part: 'table', headingLines: headerLines.slice(0, 1), items, metas },
  ]);
}
