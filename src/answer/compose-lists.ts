// Lists and counts read from the structure of the texts, each item cited: the resolutions first adopted at a given
// assembly (their adoption history), and the new resolutions a given committee of WTSA-24 brought.
import { documentName } from '../corpus/document-name.js';
import type { ClauseRecord, CorpusDocument, ParsedCorpus } from '../corpus/types.js';
import { normalizeForSearch } from '../search/lexical/normalize.js';
import type { CitationList } from './citations.js';

const FIRST_ADOPTED = /(?:首次|第一次|最早|最初|起初|originally|first)[^，。？?]{0,16}(?:通过|制定|adopted|approved)/;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
// 第3委员会, COM3, Committee 4 — and what a committee brings: new resolutions.
const COMMITTEE = /(?:第\s*([1-6])\s*委员会|(?<![a-z])com\s*([1-6])(?![\d/])|committee\s*([1-6]))/;
const NEW_WORDS = /新|add|new|提出|起草|出了|哪些决议|which resolutions/;

/** A document's adoption-history record: the record printed under its identifier line. */
export function historyRecord(records: readonly ClauseRecord[], doc: CorpusDocument): ClauseRecord | undefined {
  return records.find((r) => r.doc === doc.doc && r.label === '' && r.section === doc.identifier);
}

function listLines(head: string, docs: CorpusDocument[], corpus: ParsedCorpus, citations: CitationList): string {
  const lines = [head];
  for (const d of docs) {
    const record = historyRecord(corpus.records, d);
    if (record) lines.push(`- ${documentName(d.doc)}《${d.title}》${record.text}${citations.cite(record)}`);
  }
  return lines.join('\n');
}

/**
 * "哪些决议是2012年迪拜全会首次通过的？": the resolutions whose adoption history opens with that assembly (a year, a
 * city, or both), counted and each cited to its history; '' when the question is not such a list or nothing matches.
 */
export function composeFirstAdopted(corpus: ParsedCorpus, question: string, citations: CitationList): string {
  const q = normalizeForSearch(question);
  if (!FIRST_ADOPTED.test(q)) return '';
  const year = YEAR.exec(q)?.[1];
  const cities = [...new Set(corpus.documents.flatMap((d) => d.history.map((h) => h.split('，')[1]?.trim() ?? '')))].filter(
    (c) => c && q.includes(normalizeForSearch(c)),
  );
  if (!year && cities.length === 0) return '';
  const matches = (entry: string) => (!year || entry.includes(`${year}年`)) && cities.every((c) => entry.includes(c));
  const docs = corpus.documents.filter((d) => d.history[0] !== undefined && matches(d.history[0]));
  if (docs.length === 0) return '';
  const assembly = [year ? `${year}年` : '', cities.join('')].join('');
  return listLines(`最初于${assembly}通过的决议共${docs.length}项：`, docs, corpus, citations);
}

/** "第3委员会新出了哪些决议？": the resolutions WTSA-24 added from that committee (COM3/…), counted and cited. */
export function composeByCommittee(corpus: ParsedCorpus, question: string, citations: CitationList): string {
  const q = normalizeForSearch(question);
  const m = COMMITTEE.exec(q);
  if (!m || !NEW_WORDS.test(q)) return '';
  const committee = m[1] ?? m[2] ?? m[3];
  const docs = corpus.documents.filter((d) => d.status === 'ADD' && d.doc.startsWith(`COM${committee}/`));
  if (docs.length === 0) return '';
  return listLines(`WTSA-24第${committee}委员会提出的新增决议共${docs.length}项：`, docs, corpus, citations);
}
