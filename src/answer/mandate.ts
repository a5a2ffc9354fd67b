// A study group's mandate card assembled from the corpus structure: Res 2 annexes, questions, leadership.
import { RES2_SECTIONS } from '../corpus/res2-annexes.js';
import type { ClauseRecord, ParsedCorpus } from '../corpus/types.js';
import type { Mandate } from './types.js';

/** A row of the Question lists that records a Question WTSA-24 deleted. */
function isDeleted(r: ClauseRecord): boolean {
  return (r.meta?.questionStatus ?? '').includes('删除');
}

/** The display name of a group: 第17研究组, 电信标准化顾问组（TSAG）, 词汇标准化委员会（SCV）. */
export function groupName(group: string): string {
  if (group === 'TSAG') return '电信标准化顾问组（TSAG）';
  if (group === 'SCV') return '词汇标准化委员会（SCV）';
  return `第${group}研究组`;
}

/** Where the groups without an Annex A entry find their terms of reference: TSAG in Res 22, SCV in Res 67's annex. */
export const TERMS_OF_REFERENCE: Record<string, { doc: string; section: string }> = {
  TSAG: { doc: '22', section: '做出决议' },
  SCV: { doc: '67', section: '附件' },
};

/**
 * The terms of reference: the section's first clause with the items under it (TSAG: "指定TSAG…：" a)–q)), or the
 * section's clauses without a title line ("词汇标准化委员会的职责范围") when it opens with no such chapeau (SCV).
 */
function termsOfReference(corpus: ParsedCorpus, group: string): ClauseRecord[] {
  const where = TERMS_OF_REFERENCE[group];
  if (!where) return [];
  const section = corpus.records.filter((r) => r.doc === where.doc && r.section === where.section);
  const first = section.find((r) => r.parentId === null);
  if (!first) return [];
  const items = section.filter((r) => r.parentId === first.id);
  if (items.length) return [first, ...items];
  return section.filter((r) => r !== first || /[。；：，]/.test(r.text));
}

/** The mandate card of `group` ("17", "TSAG", "SCV"); null when the corpus says nothing about it. */
export function buildMandate(corpus: ParsedCorpus, group: string): Mandate | null {
  const ofGroup = corpus.records.filter((r) => r.meta?.studyGroup === group);
  const res2 = (section: string): ClauseRecord | null =>
    ofGroup.find((r) => r.doc === '2' && r.section.startsWith(section)) ?? null;
  const mandate: Mandate = {
    group,
    name: groupName(group),
    title: '',
    areaOfStudy: res2(RES2_SECTIONS.areaOfStudy),
    leadRoles: res2(RES2_SECTIONS.leadRoles),
    guidance: res2(RES2_SECTIONS.guidance),
    recommendationSeries: res2(RES2_SECTIONS.recommendationSeries),
    questions: ofGroup.filter((r) => r.doc === 'questions' && !isDeleted(r)),
    deletedQuestions: ofGroup.filter((r) => r.doc === 'questions' && isDeleted(r)),
    leadership: ofGroup.filter((r) => r.doc === 'leadership'),
    termsOfReference: termsOfReference(corpus, group),
  };
  mandate.title = mandate.areaOfStudy ? areaTitle(mandate.areaOfStudy) : '';
  const empty = !mandate.areaOfStudy && !mandate.leadRoles && !mandate.recommendationSeries && !mandate.questions.length && !mandate.leadership.length;
  return empty ? null : mandate;
}

/** The title line of an Annex A Part 1 entry ("ITU-T第17研究组\n安全\n…" → "安全"). */
function areaTitle(record: ClauseRecord): string {
  const lines = record.text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[0] && /研究组$/.test(lines[0]) ? (lines[1] ?? '') : (lines[0] ?? '');
}
