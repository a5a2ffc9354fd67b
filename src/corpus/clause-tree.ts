// Turns the labelled paragraphs of one section into records with parent links and label paths (sub-item DECISION).
import type { LabelKind } from './labels.js';

/** One item of a section before ids are assigned: a clause, a sub-item, an annex chunk or a table row. */
export interface ItemDraft {
  label: string;
  kind: LabelKind;
  /** Text pieces (paragraphs) of the item, label already removed from the first; joined with "\n". */
  texts: string[];
  lines: number[];
  notes: number[];
  studyGroup?: string;
}

/** An item placed in its section's tree. */
export interface PlacedItem extends ItemDraft {
  /** Index of the parent item in the same section, or null for a top-level item. */
  parent: number | null;
  labelPath: string[];
}

const RANK: Record<LabelKind, number> = {
  'han-number': 0,
  letter: 1,
  number: 1,
  'annex-item': 1,
  none: 1,
  roman: 2,
  paren: 2,
  note: 2,
  bullet: 3,
  dash: 3,
  minus: 3,
};

/**
 * Settles the letter/roman ambiguity of "i)" (trap 6): roman when the next labelled item is "ii)" or it
 * follows a chapeau; the ninth letter after "h)" otherwise (also after h)'s own roman sub-items).
 */
export function resolveLetterI(items: readonly ItemDraft[]): LabelKind[] {
  return items.map((item, i) => {
    if (item.label !== 'i)') return item.kind;
    const next = items.slice(i + 1).find((x) => x.kind !== 'none');
    if (next?.label === 'ii)') return 'roman';
    const previous = items[i - 1];
    const lastLetter = items.slice(0, i).findLast((x) => x.kind === 'letter');
    const chapeau = previous !== undefined && previous === lastLetter && previous.texts.join('').trimEnd().endsWith('：');
    if (lastLetter?.label === 'h)' && !chapeau) return 'letter';
    return previous ? 'roman' : 'letter';
  });
}

function pathElement(item: ItemDraft, kind: LabelKind, siblingsOfKind: number): string | null {
  switch (kind) {
    case 'none':
      return null;
    case 'bullet':
      return `•${siblingsOfKind}`;
    case 'dash':
      return `–${siblingsOfKind}`;
    case 'minus':
      return `−${siblingsOfKind}`;
    case 'note':
      return item.label.replace(/(?<!\s)\s*–$/, '').replace(/\s+/g, '');
    case 'roman':
      return item.label.replace(/^•/, '');
    default:
      return item.label;
  }
}

/** A numbered sub-heading such as A.25 "6.3 版权安排" or "II.1 被参引的文件的描述": short, no sentence punctuation. */
function isTitleItem(item: ItemDraft): boolean {
  const text = item.texts.join('');
  return (item.kind === 'number' || item.kind === 'annex-item') && text.length <= 40 && !/[。；：，,;:]/.test(text);
}

/**
 * Rank of an item in the section tree: numbered notes (注1 –, 注2 –) close a table like clauses do; letter
 * items right under a numbered clause ("1 …以下领域：" a) b) c)) are its sub-items, and so are the unlabelled
 * paragraphs under a numbered sub-heading ("6.3 版权安排").
 */
function itemRank(kind: LabelKind, label: string, stack: ReadonlyArray<{ index: number; rank: number }>, placed: readonly PlacedItem[]): number {
  if (kind === 'note' && /\d/.test(label)) return RANK.none;
  const open = stack.findLast((entry) => entry.rank <= RANK.letter);
  const openItem = open ? placed[open.index] : undefined;
  if (kind === 'letter' && openItem?.kind === 'number') return RANK.roman;
  if (kind === 'none' && openItem && isTitleItem(openItem)) return RANK.roman;
  return RANK[kind];
}

/** Places items in a tree: sub-items hang under the nearest open item of a lower rank; A.25 decimals under their prefix. */
export function placeItems(items: readonly ItemDraft[]): PlacedItem[] {
  const kinds = resolveLetterI(items);
  const placed: PlacedItem[] = [];
  const stack: Array<{ index: number; rank: number }> = [];
  const counters = new Map<string, number>();
  items.forEach((item, i) => {
    const kind = kinds[i] as LabelKind;
    const rank = itemRank(kind, item.label, stack, placed);
    let parent: number | null;
    const decimal = kind === 'number' ? /^(.+)\.\d+$/.exec(item.label) : null;
    if (decimal) {
      const prefix = decimal[1];
      const found = placed.findLastIndex((p) => p.label === prefix);
      parent = found >= 0 ? found : null;
      stack.length = 0;
    } else {
      while (stack.length && (stack[stack.length - 1] as { rank: number }).rank >= rank) stack.pop();
      parent = stack.length ? (stack[stack.length - 1] as { index: number }).index : null;
    }
    const key = `${parent}:${kind}`;
    const count = (counters.get(key) ?? 0) + 1;
    counters.set(key, count);
    const element = pathElement(item, kind, count);
    const base = parent === null ? [] : (placed[parent] as PlacedItem).labelPath;
    placed.push({ ...item, kind, parent, labelPath: element === null ? [...base] : [...base, element] });
    stack.push({ index: i, rank });
  });
  return placed;
}
