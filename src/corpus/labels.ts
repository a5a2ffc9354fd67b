// Recognises the clause label at the start of a paragraph (SEED-MAP §2.3) and the kind of item it opens.

/** What a label opens: a top-level clause or one of the sub-item kinds. */
export type LabelKind =
  | 'letter' // a) … t)
  | 'roman' // i) … x)
  | 'number' // 1 … 18, and A.25 decimals 6.1.2.10
  | 'paren' // 1) … 5)
  | 'bullet' // •
  | 'dash' // – (U+2013)
  | 'minus' // − (U+2212)
  | 'note' // 注 –, 注1 –
  | 'annex-item' // B.1, II.3
  | 'han-number' // 一 … 四
  | 'none';

/** A paragraph split into its label (as printed) and the text after it. */
export interface LabelledText {
  label: string;
  kind: LabelKind;
  rest: string;
}

const ROMAN = '(?:viii|vii|iii|ix|iv|vi|ii|x|v|i)';
const PATTERNS: Array<[LabelKind, RegExp]> = [
  ['roman', new RegExp(`^(•?${ROMAN}\\))\\s+`)],
  ['letter', /^([a-z]\))\s+/],
  ['paren', /^(\d\))\s+/],
  ['number', /^(\d{1,2}(?:\.\d{1,2}){0,3})\s+(?=\S)/],
  ['note', /^(注\s*(?:\d+\s*)?–)\s*/],
  ['annex-item', /^((?:B|I{1,3}|IV|V)\.\d{1,2})\s+/],
  ['han-number', /^([一二三四五六七八九十])\s+/],
  ['bullet', /^(•)\s*/],
  ['dash', /^(–)\s+/],
  ['minus', /^(−)\s*/],
];

/** Splits off the label; kind "none" (label "") when the paragraph is unlabelled. */
export function parseLabel(text: string): LabelledText {
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (m && m[0].length < text.length) return { label: m[1] as string, kind, rest: text.slice(m[0].length) };
  }
  return { label: '', kind: 'none', rest: text };
}

