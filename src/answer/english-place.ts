// Where a record sits, in the standard English names of ITU texts: "Resolution 44 (WTSA-24), resolves 3",
// "Resolution 2, Annex A Part 1 (Study Group 17)". Parts with no standard English name stay as printed.

// Heading words and the parties they address, as the English texts of ITU resolutions name them.
const HEADINGS: [RegExp, string][] = [
  [/^进一步做出决议，?/, 'further resolves'],
  [/^做出决议，?/, 'resolves'],
  [/^进一步责成/, 'further instructs'],
  [/^责成/, 'instructs'],
  [/^进一步请/, 'further invites'],
  [/^请/, 'invites'],
  [/^鼓励/, 'encourages'],
  [/^敦促/, 'urges'],
  [/^要求/, 'requests'],
  [/^呼吁/, 'calls upon'],
  [/^考虑到/, 'considering'],
  [/^进一步认识到/, 'further recognizing'],
  [/^认识到/, 'recognizing'],
  [/^注意到/, 'noting'],
  [/^忆及/, 'recalling'],
  [/^顾及/, 'taking into account'],
  [/^铭记/, 'bearing in mind'],
  [/^强调/, 'emphasizing'],
  [/^脚注$/, 'footnote'],
];
const PARTIES: [RegExp, string][] = [
  [/电信标准化局主任/, 'the Director of TSB'],
  [/无线电通信局和电信发展局主任/, 'the Directors of BR and BDT'],
  [/电信标准化顾问组|TSAG/, 'TSAG'],
  [/秘书长/, 'the Secretary-General'],
  [/国际电联理事会/, 'the ITU Council'],
  [/第(\d+)研究组/, 'Study Group $1'],
  [/研究组/, 'the study groups'],
  [/成员国/, 'Member States'],
  [/部门成员/, 'Sector Members'],
];
const ANNEX = /^附件([A-Z])?(?: 第(\d+)部分)?/;

/** "44" → "Resolution 44", "A.25" → "Recommendation ITU-T A.25", the trailing tables by what they are. */
function documentNameEn(doc: string): string {
  if (doc === 'A.25') return 'Recommendation ITU-T A.25';
  if (doc === 'actions') return 'WTSA-24 actions';
  if (doc === 'leadership') return 'the list of chairs and vice-chairs';
  if (doc === 'questions') return 'the study-group Question lists';
  return `Resolution ${doc}`;
}

/** A heading in English: "责成电信标准化局主任" → "instructs the Director of TSB"; "" when it has no standard name. */
export function sectionEn(section: string): string {
  const annex = ANNEX.exec(section);
  if (annex) return ['Annex', annex[1], annex[2] ? `Part ${annex[2]}` : ''].filter(Boolean).join(' ');
  const verbs: string[] = [];
  let rest = section;
  for (let matched = true; matched; ) {
    matched = false;
    for (const [re, verb] of HEADINGS) {
      const m = re.exec(rest);
      if (m) {
        verbs.push(verb);
        rest = rest.slice(m[0].length);
        matched = true;
        break;
      }
    }
  }
  if (verbs.length === 0) return '';
  const party = PARTIES.find(([re]) => re.test(rest));
  const whom = party ? rest.replace(new RegExp(`^.*?${party[0].source}.*$`), party[1]) : rest;
  // "做出决议，责成…" → "resolves to instruct …": the verbs after the first take their plain form.
  const phrase = verbs.map((v, i) => (i === 0 ? v : v.replace(/s\b/, ''))).join(' to ');
  return [phrase, whom].filter(Boolean).join(' ');
}

/** "Resolution 44 (WTSA-24), resolves 3" — the heading as printed in Chinese when it has no standard English name. */
export function recordPlaceEn(record: { doc: string; section: string; label: string; meta?: { studyGroup?: string } }): string {
  const doc = /^(?:\d+|COM.*)$/.test(record.doc) ? `${documentNameEn(record.doc)} (WTSA-24)` : documentNameEn(record.doc);
  const section = sectionEn(record.section) || (record.section ? `“${record.section}”` : '');
  const group = record.meta?.studyGroup ? ` (${/^\d+$/.test(record.meta.studyGroup) ? `Study Group ${record.meta.studyGroup}` : record.meta.studyGroup})` : '';
  return `${[doc, [section, record.label].filter(Boolean).join(' ')].filter(Boolean).join(', ')}${group}`;
}
