// Reads coordinated number lists closed by a word ("第44、76号决议", "第11和第17研究组") in one left-to-right pass:
// linear time on any input, where one pattern with a repeated list would re-read the list from every item.

/** How one kind of list is written: its items, the separators between them, the word that closes it. */
export interface ListGrammar {
  /** One item, sticky (`y`), the number in group 1: `(?:第 ?)?(\d{1,3})`. */
  item: RegExp;
  /** What may stand between two items, sticky: `(?: ?号)? ?(?:[、,和及与或]|以及) ?`. */
  separator: RegExp;
  /** What closes the list right after its last item, sticky: ` ?号 ?决议`. */
  closer: RegExp;
  /** Whether a list may start at `at` (what stands before it), e.g. not inside a word or a number. */
  mayStartAt: (text: string, at: number) => boolean;
}

/** A closed list found in a text: where it starts and ends (closer included) and its numbers in order. */
export interface NumberList {
  start: number;
  end: number;
  numbers: string[];
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Every closed list of `grammar` in `text`, left to right. Like the pattern `(item separator)* item closer`, a list
 * takes as many items as it can while its last one is followed by the closer; a run of items that no closer
 * follows is skipped whole (no later item of it could start a closed list either), so each character is read a
 * bounded number of times.
 */
export function findNumberLists(text: string, grammar: ListGrammar): NumberList[] {
  for (const re of [grammar.item, grammar.separator, grammar.closer]) {
    if (!re.sticky) throw new Error(`findNumberLists: ${re} must be sticky (flag y)`);
  }
  const lists: NumberList[] = [];
  let at = 0;
  while (at < text.length) {
    const first = grammar.mayStartAt(text, at) ? stickyAt(grammar.item, text, at) : null;
    if (!first) {
      at += 1;
      continue;
    }
    const numbers = [first[1] ?? ''];
    let itemEnd = at + first[0].length;
    let closed: { end: number; count: number } | null = null;
    for (;;) {
      const closer = stickyAt(grammar.closer, text, itemEnd);
      if (closer) closed = { end: itemEnd + closer[0].length, count: numbers.length };
      const separator = stickyAt(grammar.separator, text, itemEnd);
      const next = separator ? stickyAt(grammar.item, text, itemEnd + separator[0].length) : null;
      if (!separator || !next) break;
      numbers.push(next[1] ?? '');
      itemEnd += separator[0].length + next[0].length;
    }
    if (closed) lists.push({ start: at, end: closed.end, numbers: numbers.slice(0, closed.count) });
    at = closed ? closed.end : Math.max(itemEnd, at + 1);
  }
  return lists;
}

/** `text` with each list's span replaced by one space. */
export function blankLists(text: string, lists: NumberList[], keep: (list: NumberList) => boolean = () => false): string {
  let out = '';
  let from = 0;
  for (const list of lists) {
    if (keep(list)) continue;
    out += `${text.slice(from, list.start)} `;
    from = list.end;
  }
  return out + text.slice(from);
}
