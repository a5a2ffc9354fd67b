// Finds the study groups a question names (SG17, sg 17, 第17研究组, ITU-T第17研究组, 17组, TSAG, Study Group 17).
import { parseStudyGroup } from '../../corpus/study-groups.js';
import { normalizeForSearch } from '../lexical/normalize.js';

// Spans parseStudyGroup reads; lists ("第11和第17研究组", "SG 2、3和5") are split into one span per number.
// Another Sector's group (ITU-R第5研究组, ITU-D SG2) is not an ITU-T study group.
const OTHER_SECTOR = '(?<!(?:itu-[rd]|无线电通信部门|电信发展部门)\\s*第?\\s*)';

const SG_SPANS: [RegExp, (m: RegExpMatchArray) => string[]][] = [
  [
    new RegExp(`${OTHER_SECTOR}(?<![a-z0-9])sg(\\d{1,2}(?:\\s*(?:[、,，和及与]|and|&)\\s*(?:sg)?\\d{1,2})*)(?!\\d)`, 'g'),
    (m) => numbers(m[1]).map((n) => `sg${n}`),
  ],
  [
    new RegExp(`${OTHER_SECTOR}(?<![\\d/])第?\\s*(\\d{1,2}(?:\\s*(?:[、,，和及与]|以及)\\s*第?\\s*\\d{1,2})*)\\s*(?:研究组|组)`, 'g'),
    (m) => numbers(m[1]).map((n) => `第${n}研究组`),
  ],
  // a Question id names its group: 课题4/17, A/17课题, 第2/17号课题, Question 4/17
  [
    /(?:课题|question)\s*[a-z0-9]{1,2}\s*\/\s*(\d{1,2})(?![\d/])|(?<![a-z0-9/])第?\s*[a-z0-9]{1,2}\s*\/\s*(\d{1,2})\s*号?\s*课题/g,
    (m) => [`sg${m[1] ?? m[2]}`],
  ],
  [/(?<![a-z])(tsag|电信标准化顾问组)/g, () => ['TSAG']],
  [/(?<![a-z])(scv|词汇标准化委员会)/g, () => ['SCV']],
];

function numbers(list: string | undefined): string[] {
  return list?.match(/\d{1,2}/g) ?? [];
}

/** Study groups the question names, as parseStudyGroup ids ("17", "TSAG", "SCV"), in order of mention, without repeats. */
export function findStudyGroups(question: string): string[] {
  const q = normalizeForSearch(question);
  const mentions: [number, string][] = [];
  for (const [re, spans] of SG_SPANS) {
    for (const m of q.matchAll(re)) {
      for (const span of spans(m)) {
        const sg = parseStudyGroup(span);
        if (sg) mentions.push([m.index ?? 0, sg]);
      }
    }
  }
  mentions.sort((a, b) => a[0] - b[0]);
  return [...new Set(mentions.map(([, sg]) => sg))];
}

/** A normalised question with its study-group references removed (what else it asks). */
export function withoutStudyGroups(normalized: string): string {
  return SG_SPANS.reduce((q, [re]) => q.replace(new RegExp(`(?:itu-t\\s*)?(?:${re.source})`, 'g'), ' '), normalized);
}
