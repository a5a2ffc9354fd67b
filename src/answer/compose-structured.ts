// Answers built from the corpus structure for the questions users ask most: mandates, what a document is
// about, who it instructs or invites, which resolutions are new, which resolutions cite another.
import { documentName } from '../corpus/document-name.js';
import { headingPart } from '../corpus/headings.js';
import type { ClauseRecord, CorpusDocument, ParsedCorpus } from '../corpus/types.js';
import { groupsNamedIn } from '../search/addressing.js';
import { defaultAliases } from '../search/lexical/aliases.js';
import { normalizeForSearch } from '../search/lexical/normalize.js';
import { tokenize } from '../search/lexical/tokenize.js';
import type { CitationList } from './citations.js';
import { recordPlace } from './compose-general.js';
import { historyRecord } from './compose-lists.js';
import { RES2_SECTIONS } from '../corpus/res2-annexes.js';
import { groupName } from './mandate.js';
import { bestQuote, NO_TERMS, quoteScore, type QuoteTerms } from './select-sentences.js';
import type { Mandate } from './types.js';

/** Which part of a mandate the question is about. */
export type MandateFocus = 'all' | 'lead' | 'series' | 'guidance' | 'chairs' | 'questions';

const MAX_LIST = 8;

/** A study group's mandate (or one part of it), each part cited to its annex entry. */
export function composeMandate(m: Mandate, focus: MandateFocus, question: string, terms: QuoteTerms, citations: CitationList): string {
  const head = `${m.name}${m.title ? `（${m.title}）` : ''}`;
  const lines: string[] = [];
  const area = m.areaOfStudy;
  if ((focus === 'all' || !hasFocusData(m, focus)) && area) {
    const body = area.text.split('\n').slice(2).join('') || area.text;
    const quote = bestQuote(body, terms, 2, 200);
    lines.push(`${head}的总体研究领域（第2号决议 ${RES2_SECTIONS.areaOfStudy}）：${quote}${citations.cite(area, quote)}`);
  } else if ((focus === 'all' || !hasFocusData(m, focus)) && m.termsOfReference.length) {
    lines.push(...termsOfReferenceLines(m, head, terms, citations));
  } else {
    lines.push(`${head}：`);
  }
  if ((focus === 'all' || focus === 'lead') && m.leadRoles) {
    const roles = m.leadRoles.text.replace(/^第\d+研究组\s*/, '').split('\n').map((s) => s.trim()).filter(Boolean);
    lines.push(`- 牵头研究组职责（第2号决议 ${RES2_SECTIONS.leadRoles}）：${roles.join('；')}${citations.cite(m.leadRoles)}`);
  }
  if ((focus === 'all' || focus === 'series') && m.recommendationSeries) {
    const series = m.recommendationSeries.text.split('\n').slice(1).join('；') || m.recommendationSeries.text;
    lines.push(`- 负责的建议书系列（第2号决议 ${RES2_SECTIONS.recommendationSeries}）：${series}${citations.cite(m.recommendationSeries)}`);
  }
  if (focus === 'guidance' && m.guidance) {
    const quote = bestQuote(m.guidance.text, terms, 2, 200);
    lines.push(`- 工作指导（第2号决议 ${RES2_SECTIONS.guidance}）：${quote}${citations.cite(m.guidance, quote)}`);
  }
  if ((focus === 'all' || focus === 'chairs') && m.leadership.length) {
    const people = (focus === 'chairs' ? preferMentioned(m.leadership, question) : m.leadership.filter((r) => r.meta?.person?.role === '主席'))
      .slice(0, focus === 'chairs' ? 20 : 1)
      .map((r) => `${personLine(r)}${citations.cite(r)}`);
    const role = (r: ClauseRecord) => r.meta?.person?.role;
    const count = `共${m.leadership.length}位（主席${m.leadership.filter((r) => role(r) === '主席').length}位、副主席${m.leadership.filter((r) => role(r) === '副主席').length}位）`;
    if (people.length) lines.push(`- ${focus === 'chairs' ? `正副主席${count}` : '主席'}：${people.join('；')}`);
  }
  if ((focus === 'all' || focus === 'questions') && m.questions.length) {
    const deleted = m.deletedQuestions;
    const asksDeleted = /删|deleted|removed/i.test(question);
    const asksNew = /新课题|新增|新设|new question/i.test(question);
    const ordered = asksNew ? [...m.questions].sort((a, b) => Number(isNewQuestion(b)) - Number(isNewQuestion(a))) : m.questions;
    const shown = focus === 'questions' ? (asksDeleted ? [...deleted, ...ordered] : ordered) : ordered.slice(0, 3);
    const items = shown.map((r) => `${r.text.replace(/\n/g, ' ')}${citations.cite(r)}`);
    const fresh = m.questions.filter(isNewQuestion).length;
    const gone = deleted.length ? `；另有${deleted.length}项课题已删除` : '';
    lines.push(`- 2025–2028年研究期课题共${m.questions.length}项（其中新课题${fresh}项${gone}）${focus === 'questions' ? '：' : '，例如：'}`);
    lines.push(...items.map((i) => `  · ${i}`));
  }
  return lines.join('\n');
}

/** The terms of reference of TSAG or SCV: the opening clause when there is one, then the items (the first few, with the count). */
function termsOfReferenceLines(m: Mandate, head: string, terms: QuoteTerms, citations: CitationList): string[] {
  const [first] = m.termsOfReference;
  if (!first) return [];
  const chapeau = /[：:]\s*$/.test(first.text);
  const items = chapeau ? m.termsOfReference.slice(1) : m.termsOfReference;
  const where = `${documentName(first.doc)}“${first.section}”`;
  const lines = [chapeau ? `${head}的职责（${where}）：${first.text}${citations.cite(first)}` : `${head}的职责（${where}）：`];
  for (const r of items.slice(0, MAX_TERMS_ITEMS)) {
    const item = bestQuote(r.text, terms, 1, 100);
    lines.push(`  · ${r.label ? `${r.label} ` : ''}${item}${citations.cite(r, item)}`);
  }
  if (items.length > MAX_TERMS_ITEMS) lines.push(`  （共${items.length}项，列出前${MAX_TERMS_ITEMS}项）`);
  return lines;
}

const MAX_TERMS_ITEMS = 6;

/**
 * Leadership rows the question singles out (a country, or the role asked for) first, then the rest in printed order;
 * asked for the chair and the vice-chairs at once ("主席是谁？有几位副主席？"), the chair first.
 */
function preferMentioned(rows: ClauseRecord[], question: string): ClauseRecord[] {
  const wanted = /副主席|vice/i.test(question) && !/(?<!副)主席|(?<!vice[- ]?)chair/i.test(question) ? '副主席' : '主席';
  const score = (r: ClauseRecord) => {
    const p = r.meta?.person;
    if (!p) return 0;
    return (question.includes(p.country) ? 2 : 0) + (p.role === wanted ? 1 : 0);
  };
  return [...rows].sort((a, b) => score(b) - score(a));
}

function isNewQuestion(r: ClauseRecord): boolean {
  return (r.meta?.questionStatus ?? '').includes('新课题');
}

function hasFocusData(m: Mandate, focus: MandateFocus): boolean {
  if (focus === 'lead') return Boolean(m.leadRoles);
  if (focus === 'series') return Boolean(m.recommendationSeries);
  if (focus === 'guidance') return Boolean(m.guidance);
  if (focus === 'chairs') return m.leadership.length > 0;
  if (focus === 'questions') return m.questions.length > 0;
  return true;
}

function personLine(r: ClauseRecord): string {
  const p = r.meta?.person;
  return p ? `${p.name}（${p.country}，${p.role}）` : r.text;
}

/** What a document is: its title, where it was adopted and revised, and its main operative clauses. */
export function composeAboutDocument(
  doc: CorpusDocument,
  records: ClauseRecord[],
  terms: QuoteTerms,
  citations: CitationList,
  asksWhen = false,
): string {
  const own = records.filter((r) => r.doc === doc.doc);
  // Asked when it was adopted, the answer cites the printed adoption history first.
  const printedHistory = asksWhen ? historyRecord(own, doc) : undefined;
  const history = doc.history.length
    ? `（${doc.history.length > 1 ? `最初于${doc.history[0]}通过，最近于${doc.history.at(-1)}${doc.status === 'MOD' ? '修订' : '通过'}` : `${doc.history[0]}通过`}）${printedHistory ? citations.cite(printedHistory) : ''}`
    : '';
  const status = doc.status === 'ADD' ? '，是WTSA-24新增的决议' : '';
  const first = own.find((r) => r.section.startsWith('做出决议')) ?? own[0];
  const lines = [`${documentName(doc.doc)}的标题是《${doc.title}》${history}${status}。`];
  if (first) {
    const quote = bestQuote(first.text, terms, 2, 160);
    lines[0] += `其“${first.section}”部分指出：${quote}${citations.cite(first, quote)}`;
  }
  const addressees = operativeHeadings(own).filter((h) => !h.startsWith('做出决议')).slice(0, 4);
  for (const heading of addressees) {
    const clause = own.find((r) => r.section === heading && r.parentId === null);
    if (clause) lines.push(`- ${heading}：${bestQuote(clause.text, terms, 1, 100)}${citations.cite(clause, bestQuote(clause.text, terms, 1, 100))}`);
  }
  return lines.join('\n');
}

/** How far into a clause the party it addresses is read ("ITU-T第2研究组促进…"). */
const GROUP_OPENING = 24;

/** Who a document instructs (责成) or invites (请), each with its clause closest to the question; only numbered study groups when asked which. */
export function composeAddressees(
  doc: CorpusDocument,
  records: ClauseRecord[],
  verb: string,
  terms: QuoteTerms,
  citations: CitationList,
  onlyGroups = false,
): string {
  const own = records.filter((r) => r.doc === doc.doc && r.parentId === null);
  const headings = operativeHeadings(own).filter((h) => h.replace(/^(进一步)?(做出决议，)?/, '').startsWith(verb));
  // "做出决议" clauses that themselves open with the verb ("请ITU-T，尤其是第5研究组…") address a party too.
  const inline = own.filter((r) => /^(进一步)?做出决议$/.test(r.section) && r.text.startsWith(verb));
  const all: { heading: string; clauses: ClauseRecord[] }[] = [
    ...inline.map((r) => ({ heading: r.section, clauses: [r] })),
    ...headings.map((heading) => ({ heading, clauses: own.filter((r) => r.section === heading) })),
  ];
  // Asked which study groups, the parties that name one ("第5研究组", not "各研究组" or TSAG), when the resolution has any.
  const numbered = (text: string) => groupsNamedIn(text).some((g) => /^\d+$/.test(g));
  const namesGroup = ({ heading, clauses }: (typeof all)[number]) => numbered(heading) || numbered(clauses[0]!.text.slice(0, GROUP_OPENING));
  const groups = onlyGroups ? all.filter(namesGroup) : [];
  const entries = groups.length ? groups : all;
  if (!entries.length) return '';
  // Each party with its clause closest to the question; the party whose heading and clause match it best leads (a
  // question about one task, "进一步责成TSB主任向谁报告", is answered first), printed order among equals.
  const ranked = entries
    .map(({ heading, clauses }) => {
      const best = [...clauses].sort((a, b) => quoteScore(b.text, terms) - quoteScore(a.text, terms))[0]!;
      return { heading, clauses, best, score: quoteScore(`${heading}\n${best.text}`, terms) };
    })
    .sort((a, b) => b.score - a.score);
  const lines = [`${documentName(doc.doc)}《${doc.title}》中“${verb}”的对象和内容：`];
  for (const { heading, clauses, best } of ranked.slice(0, MAX_LIST)) {
    const quote = bestQuote(best.text, terms, 1, 120);
    const more = clauses.length > 1 ? `（共${clauses.length}项）` : '';
    lines.push(`- ${heading}${more}：${quote}${citations.cite(best, quote)}`);
  }
  return lines.join('\n');
}

function operativeHeadings(records: ClauseRecord[]): string[] {
  return [...new Set(records.map((r) => r.section))].filter((h) => headingPart(h) === 'operative');
}

/** The resolutions WTSA-24 added, each cited to its first operative clause. */
export function composeNewResolutions(corpus: ParsedCorpus, relevant: Set<string>, citations: CitationList): string {
  const added = corpus.documents.filter((d) => d.status === 'ADD');
  const ordered = [...added.filter((d) => relevant.has(d.doc)), ...added.filter((d) => !relevant.has(d.doc))];
  const lines = [`WTSA-24（2024年，新德里）新增了${added.length}项决议：`];
  for (const d of ordered) {
    const first = corpus.records.find((r) => r.doc === d.doc && r.section.startsWith('做出决议')) ?? corpus.records.find((r) => r.doc === d.doc);
    if (first) lines.push(`- ${documentName(d.doc)}《${d.title}》${citations.cite(first, bestQuote(first.text, NO_TERMS, 1, 80))}`);
  }
  return lines.join('\n');
}

/** The resolutions whose clauses refer to `target`, each cited to the referring clause. */
export function composeCitingDocuments(corpus: ParsedCorpus, target: string, citations: CitationList): string {
  const citing = corpus.records.filter((r) => r.doc !== target && r.refs.includes(target));
  if (!citing.length) return '';
  const byDoc = new Map<string, ClauseRecord>();
  for (const r of citing) if (!byDoc.has(r.doc)) byDoc.set(r.doc, r);
  const lines = [`引用${documentName(target)}的文件有${byDoc.size}份：`];
  for (const r of byDoc.values()) {
    const mention = mentionQuote(r.text, target);
    lines.push(`- ${recordPlace(r, true)}：${mention}${citations.cite(r, mention)}`);
  }
  return lines.join('\n');
}

/** The sentence of `text` that mentions 第{target}号决议 (or the first sentence). */
function mentionQuote(text: string, target: string): string {
  const marker = `第${target}号决议`;
  const at = text.indexOf(marker);
  if (at < 0) return bestQuote(text, NO_TERMS, 1, 120);
  const start = Math.max(0, text.lastIndexOf('。', at) + 1, text.lastIndexOf('；', at) + 1);
  const endPunct = text.slice(at).search(/[。；]/);
  const end = endPunct < 0 ? text.length : at + endPunct + 1;
  return text.slice(start, Math.min(end, start + 200)).trim();
}

/** What a document tells a named party to do: the clauses of the sections addressed to it, in the given order. */
export function composeTasks(
  doc: CorpusDocument,
  records: ClauseRecord[],
  addressed: (record: ClauseRecord) => boolean,
  order: (record: ClauseRecord) => number,
  terms: QuoteTerms,
  citations: CitationList,
): string {
  const clauses = records.filter((r) => r.doc === doc.doc && r.parentId === null && addressed(r)).sort((a, b) => order(a) - order(b));
  if (!clauses.length) return '';
  const sections = [...new Set(clauses.map((r) => r.section))].slice(0, 3);
  const lines = [`${documentName(doc.doc)}《${doc.title}》：`];
  for (const section of sections) {
    const own = clauses.filter((r) => r.section === section);
    lines.push(`“${section}”${own.length > MAX_TASKS ? `（共${own.length}项，列出前${MAX_TASKS}项）` : ''}：`);
    for (const r of own.slice(0, MAX_TASKS)) {
      const quote = bestQuote(r.text, terms, 1, 110);
      lines.push(`- ${r.label ? `${r.label} ` : ''}${quote}${citations.cite(r, quote)}`);
    }
  }
  return lines.join('\n');
}

const MAX_TASKS = 6;

/** The WTSA resolutions `doc` refers to (optionally only from sections whose heading contains one of `sections`). */
export function composeReferencedDocuments(
  corpus: ParsedCorpus,
  doc: CorpusDocument,
  sections: string[],
  citations: CitationList,
): string {
  const own = corpus.records.filter(
    (r) => r.doc === doc.doc && r.refs.length > 0 && (sections.length === 0 || sections.some((s) => r.section.includes(s))),
  );
  if (!own.length) return '';
  const lines = [`${documentName(doc.doc)}《${doc.title}》引用的WTSA决议：`];
  for (const r of own.slice(0, MAX_LIST)) {
    const targets = r.refs.map((id) => {
      const title = corpus.documents.find((d) => d.doc === id)?.title;
      return title ? `${documentName(id)}《${title}》` : `${documentName(id)}（不在本汇编中）`;
    });
    const quote = bestQuote(r.text, NO_TERMS, 1, 120);
    lines.push(`- ${recordPlace(r, false)}：${targets.join('、')}——${quote}${citations.cite(r, quote)}`);
  }
  return lines.join('\n');
}

/** For a question that names several documents ("第50号和第52号决议分别…"): the best clause of each, in order. */
export function composePerDocument(docs: CorpusDocument[], hits: ClauseRecord[], terms: QuoteTerms, citations: CitationList): string {
  const lines: string[] = [];
  for (const doc of docs) {
    const best = hits.find((h) => h.doc === doc.doc);
    if (!best) continue;
    const quote = bestQuote(best.text, terms);
    lines.push(`${recordPlace(best, true)}：${quote}${citations.cite(best, quote)}`);
  }
  return lines.join('\n');
}

// Words of a "who leads X" question that are not its topic.
const LEAD_WORDS = /牵头|研究|哪个|哪一?个|谁|负责|itu-t|^(?:lead|leads|study|group|which|who|sg)$/;
/** Share of the topic a Part 2 line must name to be the answer. */
const MIN_LEAD_COVERAGE = 0.6;

/** Which study group leads a topic (Res 2 Annex A Part 2): the lines naming the question's topic, with their groups. */
export function composeLeadGroup(corpus: ParsedCorpus, question: string, citations: CitationList): string {
  const aliases = defaultAliases();
  const topic = tokenize(question).filter((t) => !LEAD_WORDS.test(t));
  const total = topic.reduce((n, t) => n + t.length, 0);
  if (total === 0) return '';
  const coverage = (line: string) => {
    const text = normalizeForSearch(line.replace(/的?牵头研究组$/, ''));
    const named = (t: string) => text.includes(t) || aliases.expand(t).some((a) => text.includes(a));
    return topic.reduce((n, t) => n + (named(t) ? t.length : 0), 0) / total;
  };
  const lines = corpus.records
    .filter((r) => r.doc === '2' && r.section === RES2_SECTIONS.leadRoles && r.meta?.studyGroup)
    .flatMap((record) =>
      record.text.split('\n').map((raw) => {
        const line = raw.replace(/^第\d+研究组\s*/, '').trim();
        return { record, line, coverage: coverage(line) };
      }),
    )
    .filter((l) => l.coverage >= MIN_LEAD_COVERAGE)
    .sort((a, b) => b.coverage - a.coverage || a.line.length - b.line.length);
  const best = lines.filter((l) => l.coverage === lines[0]?.coverage).slice(0, 3);
  const groups = [...new Set(best.map((l) => l.record))];
  return groups
    .map((record) => {
      const own = best.filter((l) => l.record === record).map((l) => l.line);
      return `${own.join('；')}：${groupName(record.meta!.studyGroup!)}（第2号决议 ${RES2_SECTIONS.leadRoles}）${citations.cite(record, own[0])}`;
    })
    .join('\n');
}

// Short names users write for countries the leadership list spells out.
const COUNTRY_ALIASES: Record<string, string> = { 韩国: '大韩民国', 阿联酋: '阿拉伯联合酋长国', 沙特: '沙特阿拉伯', 吉尔吉斯斯坦: '吉尔吉斯共和国' };

/**
 * The chairs or vice-chairs from a country the question names ("中国有几位研究组副主席？"), across all groups, each
 * cited to its row of the leadership list; '' when the question names no country of the list, or nobody matches.
 */
export function composePeopleByCountry(corpus: ParsedCorpus, question: string, citations: CitationList): string {
  const q = question.normalize('NFKC');
  if (!/主席/.test(q)) return '';
  const rows = corpus.records.filter((r) => r.doc === 'leadership' && r.meta?.person);
  const named = Object.entries(COUNTRY_ALIASES).find(([short]) => q.includes(short))?.[1];
  const country = named ?? [...new Set(rows.map((r) => r.meta!.person!.country))].find((c) => q.includes(c));
  if (!country) return '';
  const both = /正副主席|主席和副主席|主席或副主席|主席及副主席/.test(q);
  const role = both ? null : /副主席/.test(q) ? '副主席' : '主席';
  const people = rows.filter((r) => r.meta!.person!.country === country && (role === null || r.meta!.person!.role === role));
  if (!people.length) return '';
  const lines = [`来自${country}的${role ?? '正副主席'}共${people.length}位（研究组正副主席名单）：`];
  for (const r of people) lines.push(`- ${groupName(r.meta!.studyGroup!)}：${personLine(r)}${citations.cite(r)}`);
  return lines.join('\n');
}
