// Boosts from the corpus structure for what a question names explicitly: a clause, a study group's
// mandate, chairs or Questions, a Recommendation series, a Question id, a section or its addressee.
import type { ClauseRecord } from '../corpus/types.js';
import type { SearchHints } from './hybrid-search.js';
import { isGenericGroupQuestion } from './query/generic-group-question.js';

/** References read from the raw question that the structure can answer directly. */
export interface StructuralRefs {
  /** Recommendation series named ("E", "Y.4000"). */
  series: string[];
  /** Question ids named ("A/17"), and old-style numbers ("4/3"). */
  questionIds: string[];
  /** True when the question asks for the chair (not the vice-chairs). */
  wantsChair: boolean;
  /** True when the question asks which group leads a topic (Res 2 Annex A Part 2). */
  wantsLead: boolean;
  /** True when the question asks what a named party is told to do. */
  wantsTasks: boolean;
  /** True when the question is about a group in general, not a topic within its mandate. */
  genericGroup: boolean;
}

/** Boost sizes, in RRF units (rank 1 of one list ≈ 1/61 ≈ 0.016). */
const BOOST = {
  clause: 1,
  exact: 0.05,
  primary: 0.04,
  secondary: 0.02,
  mention: 0.008,
  section: 0.01,
  order: 0.01,
};

/** Questions that ask what a party is told to do ("第50号决议责成TSAG做什么？"). */
const TASK_QUESTION = /做什么|做哪些|干什么|干活|什么任务|哪些任务|什么要求|哪些要求|有什么请求|布置了什么|分了什么|要求.{0,8}(?:什么|哪些)|what (?:does|did|do) .{0,60}(?:ask|instruct|invite|tell|task|require)/i;

/** True when the question asks what someone is instructed or invited to do. */
export function asksForTasks(question: string): boolean {
  return TASK_QUESTION.test(question.normalize('NFKC'));
}

/** True when an operative heading addresses a party the question names (研究组 by number, TSAG, 成员国 …). */
function sectionAddresses(section: string, hints: Pick<SearchHints, 'studyGroups'> & { addressees?: string[] }): boolean {
  if (!/^(?:进一步)?(?:做出决议，)?(?:责成|请|鼓励|呼吁)/.test(section)) return false;
  const groups = groupsInHeading(section);
  if (hints.studyGroups.some((g) => groups.includes(g) || (g === 'TSAG' && section.includes('电信标准化顾问组')))) return true;
  return (hints.addressees ?? []).some((a) => isSubsequence(a, section));
}

/**
 * True when a clause is addressed to a party the question names: it sits under a heading addressed to the
 * party, or it is a 做出决议 clause that itself opens with the instruction ("责成第12研究组制定…").
 */
export function clauseAddresses(record: ClauseRecord, hints: Pick<SearchHints, 'studyGroups'> & { addressees?: string[] }): boolean {
  if (sectionAddresses(record.section, hints)) return true;
  if (!/^(?:进一步)?做出决议$/.test(record.section)) return false;
  const opening = /^(?:责成|请|鼓励|呼吁)[^，；：]{0,40}/.exec(record.text)?.[0];
  return opening !== undefined && sectionAddresses(opening, hints);
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i += 1;
  return i === needle.length;
}

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
    wantsLead: /牵头|(?<![a-z])lead/i.test(q),
    wantsTasks: asksForTasks(q),
    genericGroup: isGenericGroupQuestion(q),
  };
}

/** Study groups a heading addresses ("责成ITU-T第13、16和20研究组…" → 13, 16, 20). */
function groupsInHeading(section: string): string[] {
  const out: string[] = [];
  for (const m of section.normalize('NFKC').matchAll(/第([\d、，,和及与\s]+)研究组/g)) out.push(...(m[1]!.match(/\d{1,2}/g) ?? []));
  return out.map((n) => String(Number(n)));
}

/** The boost `record` earns for the question's explicit references. */
export function structuralBoost(record: ClauseRecord, hints: SearchHints, refs: StructuralRefs, docs: Set<string>): number {
  let boost = 0;
  if (refs.wantsTasks && docs.has(record.doc) && clauseAddresses(record, hints)) {
    // The named party's own section, its clauses in their printed order.
    boost += BOOST.secondary + (record.parentId ? 0 : BOOST.order / clauseOrdinal(record));
  }
  if (hints.intent === 'actions' && record.doc === 'actions') {
    boost += record.refs.some((r) => docs.has(r)) ? BOOST.exact : BOOST.secondary;
  }
  if (refs.wantsLead && hints.studyGroups.length === 0 && record.doc === '2' && record.section === '附件A 第2部分') boost += BOOST.secondary;
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
    // A mandate question is answered by the general area of study; other questions by whichever annex matches.
    return refs.genericGroup && intent === 'mandate' && record.section.startsWith('附件A 第1部分') ? BOOST.primary : BOOST.secondary;
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
