// Boosts from the corpus structure for what a question names explicitly: a clause, a study group's
// mandate, chairs or Questions, a Recommendation series, a Question id, a section or its addressee.
import type { ClauseRecord } from '../corpus/types.js';
import type { SearchHints } from './hybrid-search.js';

/** References read from the raw question that the structure can answer directly. */
export interface StructuralRefs {
  /** Recommendation series named ("E", "Y.4000"). */
  series: string[];
  /** Question ids named ("A/17"), and old-style numbers ("4/3"). */
  questionIds: string[];
  /** True when the question asks for the chair (not the vice-chairs). */
  wantsChair: boolean;
}

/** Boost sizes, in RRF units (rank 1 of one list ≈ 1/61 ≈ 0.016). */
const BOOST = {
  clause: 1,
  exact: 0.05,
  primary: 0.04,
  secondary: 0.02,
  mention: 0.008,
  section: 0.01,
};

/** Reads series, Question ids and the chair wish from a question. */
export function readStructuralRefs(question: string): StructuralRefs {
  const q = question.normalize('NFKC');
  const series = [...q.matchAll(/(?<![A-Za-z])([A-Z])(\.\d{1,4})?\s*(?:系列|series)/g)].map((m) => `${m[1]}${m[2] ?? ''}`);
  const seriesEn = [...q.matchAll(/series\s+([A-Z])(\.\d{1,4})?(?![A-Za-z])/gi)].map((m) => `${m[1]!.toUpperCase()}${m[2] ?? ''}`);
  const questionIds = [...q.matchAll(/(?<![A-Za-z\d/])([A-O]|\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g)].map((m) => `${m[1]}/${m[2]}`);
  return {
    series: [...new Set([...series, ...seriesEn])],
    questionIds: [...new Set(questionIds)],
    wantsChair: /主席|chair/i.test(q) && !/副主席|vice/i.test(q),
  };
}

/** Study groups a heading addresses ("责成ITU-T第13、16和20研究组…" → 13, 16, 20). */
export function groupsInHeading(section: string): string[] {
  const out: string[] = [];
  for (const m of section.normalize('NFKC').matchAll(/第([\d、，,和及与\s]+)研究组/g)) out.push(...(m[1]!.match(/\d{1,2}/g) ?? []));
  return out.map((n) => String(Number(n)));
}

/** The boost `record` earns for the question's explicit references. */
export function structuralBoost(record: ClauseRecord, hints: SearchHints, refs: StructuralRefs, docs: Set<string>): number {
  let boost = 0;
  if (docs.has(record.doc) && hints.clauseLabels.length > 0 && matchesClause(record, hints)) boost += BOOST.clause;
  if (hints.sections.some((s) => record.section.includes(s))) boost += BOOST.section;
  const sg = record.meta?.studyGroup;
  for (const group of hints.studyGroups) {
    if (sg === group) boost += groupRecordBoost(record, hints.intent, refs);
    else if (groupsInHeading(record.section).includes(group)) boost += BOOST.secondary;
    else if (record.text.includes(`第${group}研究组`)) boost += BOOST.mention;
  }
  if (refs.series.length && record.doc === '2' && record.section === '附件C') {
    if (refs.series.some((s) => new RegExp(`ITU-T ${s.replace('.', '\\.')}(?:系列|[^0-9.])`).test(record.text))) boost += BOOST.exact;
  }
  if (refs.questionIds.length && record.doc === 'questions') {
    const id = record.meta?.questionId ?? '';
    const status = record.meta?.questionStatus ?? '';
    if (refs.questionIds.includes(id)) boost += BOOST.exact;
    else if (refs.questionIds.some((q) => status.includes(`${q}号`) || status.includes(`${q}课题`))) boost += BOOST.exact;
  }
  return boost;
}

/** What a study group's own record earns, by what the question asks of the group. */
function groupRecordBoost(record: ClauseRecord, intent: string | undefined, refs: StructuralRefs): number {
  if (record.doc === 'leadership') {
    if (intent !== 'chairs') return 0;
    return refs.wantsChair && record.meta?.person?.role === '主席' ? BOOST.exact : BOOST.secondary;
  }
  if (record.doc === 'questions') return intent === 'questions' ? BOOST.secondary : 0;
  if (record.doc === '2') {
    if (intent === 'chairs' || intent === 'questions') return 0;
    return record.section.startsWith('附件A 第1部分') ? BOOST.primary : BOOST.secondary;
  }
  return BOOST.mention;
}

/** True when the record is the clause the question names (label, and section when one was named). */
function matchesClause(record: ClauseRecord, hints: SearchHints): boolean {
  const path = record.labelPath.join(' ');
  const labelHit = hints.clauseLabels.some((l) => record.label === l || path === l || path.replace(/\s+/g, '') === l.replace(/\s+/g, ''));
  if (!labelHit) return false;
  return hints.sections.length === 0 || hints.sections.some((s) => record.section.includes(s));
}
