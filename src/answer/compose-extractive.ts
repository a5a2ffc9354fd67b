// The default, model-free answer: a structured answer when the question is one of the common kinds,
// otherwise the best clauses' answering sentences — every statement ending in its citation marker.
import { documentName } from '../corpus/document-name.js';
import type { ClauseRecord, CorpusDocument, ParsedCorpus } from '../corpus/types.js';
import { clauseAddresses, clauseAddressing } from '../search/addressing.js';
import { normalizeForSearch } from '../search/lexical/normalize.js';
import { asksWhichResolutions } from '../search/query/intent.js';
import type { QueryUnderstanding } from '../search/query/understand-query.js';
import { CitationList } from './citations.js';
import { composeGeneral, composeMentioningDocuments } from './compose-general.js';
import {
  composeAboutDocument,
  composeAddressees,
  composeCitingDocuments,
  composeLeadGroup,
  composeMandate,
  composeNewResolutions,
  composePeopleByCountry,
  composePerDocument,
  composeReferencedDocuments,
  composeTasks,
  type MandateFocus,
} from './compose-structured.js';
import { composeByCommittee, composeFirstAdopted } from './compose-lists.js';
import { buildMandate, groupName } from './mandate.js';
import { quoteScore, type QuoteTerms } from './select-sentences.js';
import type { Citation, ScoredRecord } from './types.js';

/** What the extractive composer produced. */
export interface ExtractiveAnswer {
  text: string;
  citations: Citation[];
  /** True when the answer came from the corpus structure (mandates, document overviews …), not from ranking alone. */
  structured: boolean;
}

/** Inputs of the extractive composer. */
export interface ComposeInput {
  corpus: ParsedCorpus;
  /** The standalone question. */
  question: string;
  understanding: QueryUnderstanding;
  hits: ScoredRecord[];
  /** The question's rare terms weighted by IDF (for choosing which sentences to quote). */
  terms: QuoteTerms;
  /** The question's own rare words, whole: what "which resolutions mention…" looks for. */
  topic: string[];
}

/**
 * How much more of the question's rare terms (by weight) the general answer's first clause must hold than the whole
 * structured answer for the general answer to win: a structured answer chosen by a question word ("由谁…" → who is
 * instructed, "哪一年" → about the document, "提到" → citing documents) that misses what the question is about gives
 * way to the clause that holds it. Answers about a group or the collection (mandates, new resolutions) are the topic.
 */
const ARBITRATION_MARGIN = 0.25;
const WORDING_INTENTS: ReadonlySet<string> = new Set(['who-instructed', 'about-document', 'cites']);

/** The footnotes a record's markers point to, except those printed in several documents (the standard 发展中国家 note). */
function ownFootnotes(corpus: ParsedCorpus, record: ClauseRecord): ClauseRecord[] {
  if (record.notes.length === 0) return [];
  const notes = corpus.records.filter((r) => r.doc === record.doc && r.meta?.footnote && record.notes.includes(r.meta.footnote.number));
  return notes.filter((n) => !corpus.records.some((r) => r.meta?.footnote && r.doc !== n.doc && r.text === n.text));
}

/** Composes the extractive answer; text is "" when there is nothing to say. */
export function composeExtractive(input: ComposeInput): ExtractiveAnswer {
  const fromStructure = new CitationList();
  const structured = composeStructured(input, fromStructure);
  const fromRanking = new CitationList();
  const childrenOf = (id: string) => input.corpus.records.filter((r) => r.parentId === id);
  const general =
    (listsMentions(input) && composeMentioningDocuments(input.corpus.records, input.hits, input.topic, input.terms, fromRanking)) ||
    composeGeneral(input.hits, input.terms, fromRanking, { childrenOf, footnotesOf: (r) => ownFootnotes(input.corpus, r) }, input.understanding.language);
  const first = fromRanking.list()[0];
  const yields =
    WORDING_INTENTS.has(input.understanding.intent) &&
    first !== undefined &&
    termShare(input.terms, [first]) - termShare(input.terms, fromStructure.list()) >= ARBITRATION_MARGIN;
  const structureWins = Boolean(structured) && !yields;
  if (structureWins) return { text: structured, citations: fromStructure.list(), structured: true };
  const note = general ? unaddressedNote(input) : '';
  return { text: note ? `${note}\n${general}` : general, citations: fromRanking.list(), structured: false };
}

/** Share (by weight) of the terms that the records' headings and texts contain; 0 without terms. */
function termShare(terms: QuoteTerms, records: ClauseRecord[]): number {
  const total = [...terms.values()].reduce((sum, w) => sum + w, 0);
  return total === 0 ? 0 : quoteScore(records.map((r) => `${r.section}${r.text}`).join('\n'), terms) / total;
}

/**
 * True for "which resolutions mention X" in Chinese (an English question's words never occur in the Chinese text),
 * naming no document; a quoted reference ("理事会第630号决定") is found by retrieval instead, body and number apart.
 */
function listsMentions({ question, understanding: u }: ComposeInput): boolean {
  return u.language === 'zh' && u.docs.length === 0 && asksWhichResolutions(question) && u.refs.quotedRefs.length === 0;
}

/** For a question about what a resolution tells a party it does not address: a sentence saying so ('' otherwise). */
function unaddressedNote({ corpus, understanding: u }: ComposeInput): string {
  if (u.docs.length !== 1 || u.clauseLabels.length > 0 || !u.refs.wantsTasks) return '';
  const doc = corpus.documents.find((d) => d.doc === u.docs[0]);
  const parties = [...u.studyGroups.map(groupName), ...u.addressees];
  if (!doc || doc.kind !== 'resolution' || parties.length === 0) return '';
  if (corpus.records.some((r) => r.doc === doc.doc && clauseAddresses(r, u))) return '';
  return `${documentName(doc.doc)}《${doc.title}》中没有专门写给${parties.join('、')}的段落（“责成……”“请……”）。与问题最相关的条款：`;
}

function composeStructured({ corpus, question, understanding: u, hits, terms }: ComposeInput, citations: CitationList): string {
  const docs = u.docs.map((id) => corpus.documents.find((d) => d.doc === id)).filter((d) => d !== undefined);
  const group = u.studyGroups[0];
  const focus = mandateFocus(u, question);
  if (group && u.docs.length === 0 && focus) {
    const mandate = buildMandate(corpus, group);
    if (mandate) return composeMandate(mandate, focus, question, terms, citations);
  }
  if (!group && docs.length === 0) {
    const people = composePeopleByCountry(corpus, question, citations);
    if (people) return people;
  }
  if (!group && docs.length === 0 && u.intent === 'mandate' && u.refs.wantsLead) {
    const lead = composeLeadGroup(corpus, question, citations);
    if (lead) return lead;
  }
  if (docs.length === 0) {
    const list = composeFirstAdopted(corpus, question, citations) || composeByCommittee(corpus, question, citations);
    if (list) return list;
  }
  if (u.intent === 'new-resolutions') return composeNewResolutions(corpus, new Set(hits.slice(0, 5).map((h) => h.doc)), citations);
  const asksTasks = u.refs.wantsTasks && u.clauseLabels.length === 0;
  const tasksIn = (d: CorpusDocument) =>
    composeTasks(d, corpus.records, (r) => clauseAddresses(r, u), taskOrder(u, hits), terms, citations);
  if (docs.length > 1) {
    const tasks = asksTasks ? docs.map(tasksIn).filter(Boolean) : [];
    if (tasks.length) return tasks.join('\n');
    return u.intent === 'general' ? composePerDocument(docs, hits, terms, citations) : '';
  }
  const [doc] = docs;
  if (!doc) return '';
  if (u.intent === 'cites') {
    return citesOutward(question, doc.doc)
      ? composeReferencedDocuments(corpus, doc, u.sections, citations)
      : composeCitingDocuments(corpus, doc.doc, citations);
  }
  if (asksTasks) {
    const tasks = tasksIn(doc);
    if (tasks) return tasks;
  }
  // "Whom does it instruct?" lists the addressees; a question about a named party's tasks was answered above.
  const whom = u.intent === 'who-instructed';
  const verb = u.sections.find((s) => s === '责成' || s === '请') ?? (whom && /请|invite/i.test(question) ? '请' : undefined);
  const namesParty = u.studyGroups.length > 0 || u.addressees.length > 0;
  const asksWho = u.clauseLabels.length === 0 && (whom || (verb && !namesParty && u.intent === 'general' && !u.refs.wantsTasks));
  if (asksWho && doc.kind === 'resolution') {
    return composeAddressees(doc, corpus.records, verb ?? '责成', terms, citations);
  }
  if (u.intent === 'about-document') return composeAboutDocument(doc, corpus.records, terms, citations, ASKS_WHEN.test(question));
  return '';
}

/**
 * The order a task answer lists clauses in: asked for the whole list, the sections addressed to the named party
 * alone first, each in printed order; asked about one topic among the tasks, by retrieval rank.
 */
function taskOrder(u: QueryUnderstanding, hits: ScoredRecord[]): (r: ClauseRecord) => number {
  // composeTasks keeps the printed order among equals (the records are in printed order and the sort is stable).
  if (u.refs.genericTasks) return (r) => (clauseAddressing(r, u) === 'exclusive' ? 0 : 1);
  const ranks = new Map(hits.map((h, i) => [h.id, i]));
  return (r) => ranks.get(r.id) ?? hits.length;
}

/** A question about when a document was adopted ("哪年第一次通过", "when was it adopted"). */
const ASKS_WHEN = /哪一?年|何时|什么时候|哪届|首次通过|第一次通过|最初通过|最早通过|when|which year/i;

/** True when the question asks what `doc` cites ("第99号决议引用了哪个决议？"), not who cites it. */
function citesOutward(question: string, doc: string): boolean {
  const q = question.normalize('NFKC');
  const id = doc.replace(/[./]/g, '\\$&');
  const at = q.search(new RegExp(`${id}\\s*号?决议|res(?:olution)?\\.?\\s*${id}`, 'i'));
  const verb = q.search(/引用|援引|提到|提及|参引|cite|refer|mention/i);
  return at >= 0 && verb > at && /哪|什么|which|what/i.test(q.slice(verb));
}

/** Which mandate card part a study-group question wants; null when the question is about something more specific. */
function mandateFocus(u: QueryUnderstanding, question: string): MandateFocus | null {
  if (u.intent === 'chairs') return 'chairs';
  if (!u.refs.genericGroup) return null;
  if (u.intent === 'questions') return 'questions';
  // A question made only of the group's name and generic words ("SG13的工作指导是什么？") is about the group.
  if (u.intent !== 'mandate' && u.intent !== 'general') return null;
  const t = normalizeForSearch(question);
  if (/牵头|lead/.test(t)) return 'lead';
  if (/建议书|系列|series|recommendation/.test(t)) return 'series';
  if (/指导|附件b|guidance/.test(t)) return 'guidance';
  return 'all';
}
