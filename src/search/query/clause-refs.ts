// Finds the section headings (考虑到, 做出决议, 责成 …) and clause labels (3, c), 2 ii)) a question points at.
import { normalizeForSearch } from '../lexical/normalize.js';

// Heading words as printed in the resolutions; English operative/preamble words map to them.
const SECTION_WORDS: [RegExp, string][] = [
  [/考虑到|(?<![a-z])considering(?![a-z])/g, '考虑到'],
  [/认识到|(?<![a-z])recogni[sz]ing(?![a-z])/g, '认识到'],
  [/注意到|(?<![a-z])noting(?![a-z])/g, '注意到'],
  [/忆及|(?<![a-z])recalling(?![a-z])/g, '忆及'],
  [/顾及|(?<![a-z])taking into account(?![a-z])/g, '顾及'],
  [/铭记|(?<![a-z])bearing in mind(?![a-z])/g, '铭记'],
  [/做出决议|(?<![a-z])resolves(?![a-z])/g, '做出决议'],
  [/责成|(?<![a-z])instruct(?:s|ed|ing)?(?![a-z])/g, '责成'],
  // 请 as a heading only when someone is invited (请成员国, 请谁, 被请), not the polite 请问/请列出.
  [/(?<![a-z])invit(?:es|ed|ing)?(?![a-z])|被请|请了?谁|请(?=各|成员国|部门|学术|秘书长|电信|国际电联|理事会|区域|所有)/g, '请'],
  [/鼓励|(?<![a-z])encourag(?:es|ed|ing)(?![a-z])/g, '鼓励'],
  [/附件|(?<![a-z])annex(?![a-z])/g, '附件'],
];

/** Section headings the question names, in order of mention, without repeats. */
export function findSections(question: string): string[] {
  const q = normalizeForSearch(question);
  const mentions: [number, string][] = [];
  for (const [re, section] of SECTION_WORDS) for (const m of q.matchAll(re)) mentions.push([m.index ?? 0, section]);
  mentions.sort((a, b) => a[0] - b[0]);
  return [...new Set(mentions.map(([, s]) => s))];
}

const ROMAN = '(?:i{1,3}|iv|v|vi{1,3}|ix|x)';
const SUB_ITEM = `(?: ?(${ROMAN}) ?\\))?`;
// Words after which a bare number or letter is a clause label.
const HEADING = '(?:做出决议|考虑到|认识到|注意到|忆及|顾及|铭记|鼓励|责成[^，。？?,;；]{0,16}?|请(?=各|成员国|部门|学术|秘书长|电信|国际电联|理事会|区域|所有)[^，。？?,;；]{0,16}?)';
const ENGLISH_HEADING = '(?:resolves|considering|recogni[sz]ing|noting|recalling|instructs|invites|encourages)';

const LABEL_PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  // 第3段, 第3款, 第3项 (a paragraph number, never a resolution)
  [new RegExp(`第 ?(\\d{1,2})${SUB_ITEM} ?(?:段|款|项|点)`, 'g'), (m) => numbered(m[1], m[2])],
  // 做出决议3, 责成电信标准化局主任2, 做出决议2 ii)
  [new RegExp(`${HEADING}\\s*(?<![a-z0-9])(\\d{1,2})(?![\\d/.%号年组研届个月日次g])${SUB_ITEM}`, 'g'), (m) => numbered(m[1], m[2])],
  // 认识到c), 认识到c, 认识到第c段, 认识到(c)
  [new RegExp(`${HEADING}\\s*第?\\s*\\(?(?<![a-z0-9])([a-z])(?:\\s*\\)|(?!\\s*[a-z0-9]))`, 'g'), (m) => `${m[1]})`],
  // resolves 3, resolves paragraph 3, considering a), considering (a)
  [
    new RegExp(`(?<![a-z])${ENGLISH_HEADING}\\s*(?:para(?:graph)?\\.?\\s*)?(?:(\\d{1,2})(?![\\d.])${SUB_ITEM}|\\(?([a-z])\\))`, 'g'),
    (m) => (m[1] ? numbered(m[1], m[2]) : `${m[3]})`),
  ],
  // paragraph 3 of resolves
  [/(?<![a-z])para(?:graph)?\.?\s*(\d{1,2})(?![\d.])/g, (m) => numbered(m[1], undefined)],
];

function numbered(n: string | undefined, sub: string | undefined): string {
  const label = String(Number(n));
  return sub ? `${label} ${sub})` : label;
}

/** Clause labels the question names ("3", "c)", "2 ii)"), in order of mention, without repeats. */
export function findClauseLabels(question: string): string[] {
  const q = normalizeForSearch(question);
  const mentions: [number, string][] = [];
  for (const [re, label] of LABEL_PATTERNS) for (const m of q.matchAll(re)) mentions.push([m.index ?? 0, label(m)]);
  mentions.sort((a, b) => a[0] - b[0]);
  return [...new Set(mentions.map(([, l]) => l))];
}
