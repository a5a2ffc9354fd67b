// Finds the study groups a question names (SG17, sg 17, 第17研究组, ITU-T第17研究组, 17组, TSAG, Study Group 17).
import { parseStudyGroup } from '../../corpus/study-groups.js';
import { normalizeForSearch } from '../lexical/normalize.js';
import { findNumberLists, type ListGrammar } from './number-lists.js';

// Spans parseStudyGroup reads; lists ("第11和第17研究组", "SG 2、3和5") are split into one span per number.
// Another Sector's group (ITU-R第5研究组, ITU-D SG2) is not an ITU-T study group.
const OTHER_SECTOR = '(?<!(?:itu-[rd]|无线电通信部门|电信发展部门) ?(?:第 ?)?)';

/** One study-group mention: where it stands in the normalised question and the spans parseStudyGroup reads. */
interface Mention {
  start: number;
  end: number;
  spans: string[];
}

const PATTERN_MENTIONS: [RegExp, (m: RegExpMatchArray) => string[]][] = [
  [
    new RegExp(`${OTHER_SECTOR}(?<![a-z0-9])(?<!(?:[、,，和及与]|and|&) ?)sg(\\d{1,2}(?: ?(?:[、,，和及与]|and|&) ?(?:sg)?\\d{1,2})*)(?!\\d)`, 'g'),
    (m) => (m[1]?.match(/\d{1,2}/g) ?? []).map((n) => `sg${n}`),
  ],
  // a Question id names its group: 课题4/17, A/17课题, 第2/17号课题, Question 4/17
  [
    /(?:课题|question) ?[a-z0-9]{1,2} ?\/ ?(\d{1,2})(?![\d/])|(?<![a-z0-9/])(?:第 ?)?[a-z0-9]{1,2} ?\/ ?(\d{1,2})(?: ?号)? ?课题/g,
    (m) => [`sg${m[1] ?? m[2]}`],
  ],
  [/(?<![a-z])(tsag|电信标准化顾问组)/g, () => ['TSAG']],
  [/(?<![a-z])(scv|词汇标准化委员会)/g, () => ['SCV']],
];

// 第17研究组, 17组 (normalised to 第17研究组), 第11和第17研究组, 第2、3和5研究组.
const GROUP_LIST: ListGrammar = {
  item: /(?:第 ?)?(\d{1,2})/y,
  separator: / ?(?:[、,，和及与]|以及) ?/y,
  closer: / ?(?:研究组|组)/y,
  // not inside a number or a Question id, nor right after 第 (the list starts there) or another Sector's name
  mayStartAt: (q, at) => !/(?:[\d/第]|第 |(?:itu-[rd]|无线电通信部门|电信发展部门) ?)$/.test(q.slice(Math.max(0, at - 8), at)),
};

function mentions(q: string): Mention[] {
  const found: Mention[] = findNumberLists(q, GROUP_LIST).map((list) => ({ ...list, spans: list.numbers.map((n) => `第${n}研究组`) }));
  for (const [re, spans] of PATTERN_MENTIONS) {
    for (const m of q.matchAll(re)) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, spans: spans(m) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Study groups the question names, as parseStudyGroup ids ("17", "TSAG", "SCV"), in order of mention, without repeats. */
export function findStudyGroups(question: string): string[] {
  const groups = mentions(normalizeForSearch(question)).flatMap((m) => m.spans.map(parseStudyGroup));
  return [...new Set(groups.filter((sg): sg is string => Boolean(sg)))];
}

/** A normalised question with its study-group references (and an "ITU-T" before them) removed (what else it asks). */
export function withoutStudyGroups(normalized: string): string {
  let out = '';
  let from = 0;
  for (const m of mentions(normalized)) {
    if (m.start < from) continue;
    const before = normalized.slice(from, m.start);
    out += `${before.replace(/itu-t ?$/, '')} `;
    from = m.end;
  }
  return out + normalized.slice(from);
}
