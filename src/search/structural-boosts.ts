// Boosts from the corpus structure for what a question names explicitly: a clause, a study group's
// mandate, chairs or Questions, a Recommendation series, a Question id, a section or its addressee.
import { RES2_SECTIONS } from '../corpus/res2-annexes.js';
import type { ClauseRecord } from '../corpus/types.js';
import { clauseAddressing, groupsNamedIn } from './addressing.js';
import type { SearchHints } from './hybrid-search.js';
import type { QuotedRef } from './query/quoted-refs.js';
import type { StructuralRefs } from './query/structural-refs.js';

/** Boost sizes, in RRF units (rank 1 of one list ≈ 1/61 ≈ 0.016). */
const BOOST = {
  clause: 1,
  exact: 0.05,
  primary: 0.04,
  secondary: 0.02,
  mention: 0.008,
  quoted: 0.03,
  section: 0.01,
  order: 0.01,
};

/** The boost `record` earns for the question's explicit references. */
export function structuralBoost(record: ClauseRecord, hints: SearchHints, refs: StructuralRefs, docs: Set<string>): number {
  let boost = 0;
  const addressing = refs.wantsTasks && docs.has(record.doc) ? clauseAddressing(record, hints) : 'none';
  if (addressing !== 'none') {
    boost += BOOST.secondary;
    // Asked for the tasks as a whole: the sections addressed to the named party alone first, each in printed order.
    if (refs.genericTasks) boost += (addressing === 'exclusive' ? BOOST.order : 0) + (record.parentId ? 0 : BOOST.order / clauseOrdinal(record));
  }
  if (hints.intent === 'actions' && record.doc === 'actions') {
    boost += record.refs.some((r) => docs.has(r)) ? BOOST.exact : BOOST.secondary;
  }
  if (refs.wantsLead && hints.studyGroups.length === 0 && designatesLead(record)) boost += BOOST.secondary;
  // "QKD归哪个组管？": which group does a topic names no group; the groups' terms of reference (Res 2 Annex A) say.
  else if (hints.intent === 'mandate' && hints.studyGroups.length === 0 && isTermsOfReference(record)) boost += BOOST.mention;
  if (docs.has(record.doc) && hints.clauseLabels.length > 0 && matchesClause(record, hints)) boost += BOOST.clause;
  if (hints.sections.some((s) => record.section.includes(s))) boost += BOOST.section;
  const sg = record.meta?.studyGroup;
  for (const group of hints.studyGroups) {
    if (sg === group) boost += groupRecordBoost(record, hints.intent, refs);
    else if (groupsNamedIn(record.section).includes(group)) boost += BOOST.secondary;
    // A numbered group named in the text, in a list too ("第17和20研究组"); TSAG's many mentions by name are no sign.
    else if (/^\d+$/.test(group) && groupsNamedIn(record.text).includes(group)) boost += BOOST.mention;
  }
  for (const ref of refs.quotedRefs) boost += quotedRefBoost(record, ref);
  if (namesSeriesQuestionOrCommittee(record, refs)) boost += BOOST.exact;
  return boost;
}

/**
 * True when the record is exactly what the question names beyond documents and groups: the Annex C entry of a
 * Recommendation series, a Question by id, a committee's action, or a clause quoting a reference as printed.
 */
export function matchesNamedStructure(record: ClauseRecord, refs: StructuralRefs): boolean {
  return namesSeriesQuestionOrCommittee(record, refs) || refs.quotedRefs.some((ref) => quotedRefBoost(record, ref) === BOOST.exact);
}

/** The Annex C entry of a named series, a named Question, or the action of a named committee. */
function namesSeriesQuestionOrCommittee(record: ClauseRecord, refs: StructuralRefs): boolean {
  return namesSeries(record, refs) || namesQuestion(record, refs) || namesCommittee(record, refs);
}

function namesSeries(record: ClauseRecord, refs: StructuralRefs): boolean {
  if (!refs.series.length || record.doc !== '2' || record.section !== '附件C') return false;
  return refs.series.some((s) => new RegExp(`ITU-T ${s.replace('.', '\\.')}(?:系列|[^0-9.])`).test(record.text));
}

/** The WTSA-24 action of a committee the question names. */
function namesCommittee(record: ClauseRecord, refs: StructuralRefs): boolean {
  const id = record.meta?.actionId;
  return id !== undefined && refs.committees.includes(id);
}

function namesQuestion(record: ClauseRecord, refs: StructuralRefs): boolean {
  return refs.questionIds.some((id) => isQuestion(record, id));
}

/** True when the record is the Question `id` ("A/17"), or the one continuing an old Question ("4/17"). */
export function isQuestion(record: ClauseRecord, id: string): boolean {
  if (record.doc !== 'questions') return false;
  // An old number names the Question that continues it ("第5/17号课题的继续"), not 第15/17号.
  return record.meta?.questionId === id || new RegExp(`(?<![\\d/])${id.replace('/', '\\/')}(?:号|课题)`).test(record.meta?.questionStatus ?? '');
}

/** A record quoting the reference as printed earns the most; one naming its number and its body apart, less. */
function quotedRefBoost(record: ClauseRecord, ref: QuotedRef): number {
  const text = record.text.normalize('NFKC').replace(/\s+/g, '');
  if (text.includes(ref.whole)) return BOOST.exact;
  return text.includes(ref.core) && text.includes(ref.body) ? BOOST.quoted : 0;
}

// "第11研究组应为…牵头研究组", "第2研究组作为该问题的牵头研究组": a resolution naming a lead study group.
const LEAD_DESIGNATION = /研究组(?:(?!研究组)[^。；]){0,40}牵头(?:研究)?组/;

/** True when the record names a lead study group: Res 2 Annex A Part 2, or a resolution's own designation. */
/** A study group's entry in Res 2 Annex A: its general area of study (Part 1) or its lead roles (Part 2). */
function isTermsOfReference(record: ClauseRecord): boolean {
  return record.doc === '2' && record.section.startsWith('附件A');
}

function designatesLead(record: ClauseRecord): boolean {
  return (record.doc === '2' && record.section === RES2_SECTIONS.leadRoles) || LEAD_DESIGNATION.test(record.text);
}

/** 1-based position of a record in its section (from its id `${doc}#${section}.${ordinal}`). */
function clauseOrdinal(record: ClauseRecord): number {
  return Number(record.id.slice(record.id.lastIndexOf('.') + 1)) || 1;
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
    // A mandate question is answered by the general area of study, a question about what the group leads by its
    // lead-group list (Annex A Part 2); other questions by whichever annex matches.
    if (refs.wantsLead) return record.section === RES2_SECTIONS.leadRoles ? BOOST.primary : BOOST.secondary;
    return refs.genericGroup && intent === 'mandate' && record.section === RES2_SECTIONS.areaOfStudy ? BOOST.primary : BOOST.secondary;
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
