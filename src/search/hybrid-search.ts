// Hybrid retrieval: dense (bge + HNSW) and lexical (BM25) rankings fused by weighted RRF, plus the
// question's explicit references (documents, clauses, sections, study groups) as filters and boosts.
import type { RetrieverName } from '../assistant.js';
import type { ScoredRecord } from '../answer/types.js';
import type { ClauseRecord } from '../corpus/types.js';
import { headingPart } from '../corpus/headings.js';
import { searchHnsw } from './dense/hnsw-store.js';
import { reciprocalRankFusion } from './fuse.js';
import type { SearchIndex } from './search-index.js';
import { bestPerRecord, recordIdOf } from './search-units.js';
import { chineseWordsFor } from './lexical/english-terms.js';
import { stripReferences } from './query/strip-references.js';
import type { StructuralRefs } from './query/structural-refs.js';
import { askedFacts, statesAskedFact } from './asked-fact.js';
import { matchesNamedStructure, structuralBoost } from './structural-boosts.js';
import { coverage, coverageTerms, type CoverageTerm } from './term-coverage.js';

/** The parts of query understanding retrieval uses. */
export interface SearchHints {
  docs: string[];
  studyGroups: string[];
  sections: string[];
  clauseLabels: string[];
  addressees?: string[];
  intent?: string;
  language?: 'zh' | 'en';
  refs: StructuralRefs;
  /** The documents the conversation was about, for a question that names none of its own (a lean, not a filter). */
  contextDocs?: string[];
}

/** How strongly the retrieved records support an answer (the answer / hedge / refuse decision reads these). */
export interface Evidence {
  /** Cosine similarity of the best dense hit (0 when dense retrieval did not run). */
  dense: number;
  /** Share (weighted by rarity) of the question's own terms found in the top records. */
  coverage: number;
  /** True when the question named a document, study group, series, Question or quoted reference that the corpus holds. */
  explicit: boolean;
  /** Cosine similarity of the second-best dense hit (the margin says how clearly the best one stands out). */
  denseSecond: number;
  /** Like `coverage`, over only the question's terms that occur somewhere in the corpus. */
  knownCoverage: number;
  /** Share (by count) of the question's terms that occur nowhere in the corpus (everyday words, names it never uses). */
  unknownShare: number;
  /** How many terms the question is measured on. */
  termCount: number;
  /** True when the dense and the lexical retriever's best records come from the same document. */
  retrieversAgree: boolean;
}

/** Ranked records with the evidence behind them. */
export interface SearchOutcome {
  hits: ScoredRecord[];
  evidence: Evidence;
  /** The question's terms, weighted by rarity, that coverage is measured on (read again by the answer decision). */
  terms: CoverageTerm[];
}

/**
 * Weights chosen on evals/known-answers.json (see README "Retrieval"): BM25 over jieba tokens is the
 * stronger single signal on this corpus, dense retrieval rescues paraphrases and English questions.
 */
export const FUSION_WEIGHTS = { dense: 1, lexical: 1.2 };
/** How many records each retriever contributes to the fusion. */
const POOL = 60;
/** Units fetched to fill the pool (long records contribute several units). */
const UNIT_POOL = 120;

/** Searches the index for `question`, returning the top `k` records and the evidence. */
export async function hybridSearch(
  index: SearchIndex,
  question: string,
  hints: SearchHints,
  options: { k?: number; retriever?: RetrieverName } = {},
): Promise<SearchOutcome> {
  const k = options.k ?? 10;
  const retriever = options.retriever ?? 'hybrid';
  const docs = new Set(hints.docs.filter((d) => index.corpus.documents.some((doc) => doc.doc === d)));
  // Questions about citing documents or WTSA-24 actions look beyond the documents they name.
  const restrict = retriever === 'hybrid' && docs.size > 0 && hints.intent !== 'cites' && hints.intent !== 'actions';
  const named = restrict ? new Set(index.corpus.records.filter((r) => inNamedDocuments(r, docs)).map((r) => r.id)) : null;
  const filter = named ? (id: string) => named.has(recordIdOf(id)) : undefined;
  const { refs } = hints;

  // Both indexes hold search units (whole records and long records' sentence spans); keep each record's best unit.
  // An English question meets the Chinese text through its words in Chinese: the glossary's, then the dictionary's.
  const dictionaryWords = hints.language === 'en' ? chineseWordsFor(index.englishTerms, question) : [];
  const withWords = (text: string) => (dictionaryWords.length ? `${text}（${dictionaryWords.join('、')}）` : text);
  const denseText = hints.language === 'en' ? withWords(withChineseTerms(index, question)) : question;
  const denseHits =
    retriever === 'lexical'
      ? []
      : bestPerRecord(await searchHnsw(index.dense, await index.embeddings.embedQuery(denseText), UNIT_POOL, filter)).slice(0, POOL);
  // Asked about one topic among a named party's tasks, the party and document names only add noise to BM25: every
  // clause addressed to the party already earns the structural boost.
  const topic = stripReferences(question);
  const lexicalQuery = withWords(restrict && refs.wantsTasks && !refs.genericTasks ? topic : question);
  const lexicalHits = retriever === 'dense' ? [] : bestPerRecord(index.lexical.search(lexicalQuery, UNIT_POOL, filter)).slice(0, POOL);

  const scores = reciprocalRankFusion([
    { weight: FUSION_WEIGHTS.dense, ids: denseHits.map((h) => h.id) },
    { weight: FUSION_WEIGHTS.lexical, ids: lexicalHits.map((h) => h.id) },
  ]);
  if (retriever === 'hybrid') applyBoosts(index, scores, hints, refs, docs, filter);
  if (retriever === 'hybrid' && hints.contextDocs?.length) leanToward(index, scores, new Set(hints.contextDocs));
  // The decision reads the fused ranking: the coverage re-ordering below raises the top records' coverage by design.
  const terms = coverageTerms(index, question);
  const top3 = ranked(scores, 3).map(([id]) => index.byId.get(id)!);
  const known = terms.filter((t) => index.lexical.occurs(t.term) || t.aliases.some((a) => index.lexical.occurs(a)));
  // Records close in the fused ranking differ by the question's rare words they contain (not for a whole task list).
  if (retriever === 'hybrid' && !(refs.wantsTasks && refs.genericTasks)) preferCoverage(index, scores, topic, question);

  const hits = ranked(withoutRepeatedFootnotes(index, scores), k).map(([id, score]) => ({ ...index.byId.get(id)!, score }));
  const namesStructure = retriever === 'hybrid' && hits.slice(0, 3).some((h) => matchesNamedStructure(h, refs));
  return {
    hits,
    terms,
    evidence: {
      dense: denseHits[0]?.score ?? 0,
      denseSecond: denseHits[1]?.score ?? 0,
      coverage: coverage(terms, top3),
      knownCoverage: coverage(known, top3),
      unknownShare: terms.length ? 1 - known.length / terms.length : 0,
      termCount: terms.length,
      explicit: docs.size > 0 || hints.studyGroups.some((sg) => index.groups.has(sg)) || namesStructure,
      retrieversAgree: sameDocument(index, denseHits[0]?.id, lexicalHits[0]?.id),
    },
  };
}

function applyBoosts(
  index: SearchIndex,
  scores: Map<string, number>,
  hints: SearchHints,
  refs: StructuralRefs,
  docs: Set<string>,
  filter: ((id: string) => boolean) | undefined,
): void {
  const everyRecord =
    hints.clauseLabels.length > 0 ||
    refs.series.length > 0 ||
    refs.questionIds.length > 0 ||
    refs.committees.length > 0 ||
    refs.quotedRefs.length > 0 ||
    hints.intent === 'actions';
  // Most questions only re-score what retrieval found; a named clause, series, Question or quote may be anywhere.
  const candidates = everyRecord ? index.corpus.records : [...scores.keys()].map((id) => index.byId.get(id)!);
  for (const record of candidates) {
    if (filter && !filter(record.id)) continue;
    const boost = structuralBoost(record, hints, refs, docs);
    if (boost > 0) scores.set(record.id, (scores.get(record.id) ?? 0) + boost);
  }
}

/** An English question with the Chinese wording of its glossary terms, so the dense model meets the Chinese text. */
function withChineseTerms(index: SearchIndex, question: string): string {
  const terms = index.lexical.aliasRules.expand(question);
  return terms.length ? `${question}（${terms.join('、')}）` : question;
}

/**
 * What a record of the conversation's document gains (RRF units) for a question asked as it stands ("TSAG最后要交什么给
 * 下届全会？" after a question on Resolution 99). Swept 0.003–0.025 on the development pool: 0.006–0.012 gain three to
 * four first citations and lose none; from 0.025 questions that change the topic ("顺便问一下，…") lose their clause.
 */
const CONTEXT_BOOST = 0.01;

/** Adds CONTEXT_BOOST to the scored records of `docs`. */
function leanToward(index: SearchIndex, scores: Map<string, number>, docs: Set<string>): void {
  for (const [id, score] of scores) if (docs.has(index.byId.get(id)?.doc ?? '')) scores.set(id, score + CONTEXT_BOOST);
}

/** True when both ids name records of one document. */
function sameDocument(index: SearchIndex, a: string | undefined, b: string | undefined): boolean {
  const doc = (id: string | undefined) => (id === undefined ? undefined : index.byId.get(id)?.doc);
  return doc(a) !== undefined && doc(a) === doc(b);
}

/** The k best-scored ids, best first. */
function ranked(scores: Map<string, number>, k: number): [string, number][] {
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
}

/**
 * The scores without the lower-scored copies of a footnote printed in several documents (the standard footnote on
 * 发展中国家 is printed 36 times): one copy answers, the others would only push other clauses out of the top k.
 */
function withoutRepeatedFootnotes(index: SearchIndex, scores: Map<string, number>): Map<string, number> {
  const seen = new Set<string>();
  const kept = new Map<string, number>();
  for (const [id, score] of [...scores.entries()].sort((a, b) => b[1] - a[1])) {
    const record = index.byId.get(id)!;
    if (record.meta?.footnote) {
      if (seen.has(record.text)) continue;
      seen.add(record.text);
    }
    kept.set(id, score);
  }
  return kept;
}

/** Weight (RRF units) of a record's term coverage when it re-orders the top records; rank 1 vs 2 is ≈ 0.0003. */
const COVERAGE_WEIGHT = 0.01;
/** Weight of stating the kind of fact asked for (a year, a quantity, a Recommendation): half a full coverage. */
const ASKED_FACT_WEIGHT = 0.005;
const COVERAGE_TOP = 10;
/**
 * A preamble (考虑到, 忆及 …) says why; the operative clauses (做出决议, 责成, 请 …) say what is decided and asked. Of
 * records the fusion and coverage leave within a hair of each other, the operative one answers. Swept on the blind
 * development pool, 0.0005–0.003: at 0.0005 first citation +12 −2 items over nine batches; from 0.001 questions asking
 * what a preamble lists ("六个主要区域性电信组织是哪些") start to lose their clause.
 */
const PREAMBLE_PENALTY = 0.0005;

/**
 * Adds to each of the top records its rarity-weighted coverage of `question`'s terms and a bonus when it states the
 * kind of fact the question asks for ("哪一年" → a year, "which Recommendation" → ITU-T X.1205); a preamble's record
 * gives up PREAMBLE_PENALTY.
 */
function preferCoverage(index: SearchIndex, scores: Map<string, number>, question: string, asked: string): void {
  const terms = coverageTerms(index, question);
  const facts = askedFacts(asked);
  for (const [id, score] of ranked(scores, COVERAGE_TOP)) {
    const record = index.byId.get(id)!;
    const factBonus = statesAskedFact(record, facts, asked) ? ASKED_FACT_WEIGHT : 0;
    const preamble = headingPart(record.section) === 'preamble' ? PREAMBLE_PENALTY : 0;
    scores.set(id, score + COVERAGE_WEIGHT * coverage(terms, [record]) + factBonus - preamble);
  }
}

/** A record belongs to the named documents, or is a WTSA-24 action taken about one of them. */
function inNamedDocuments(record: ClauseRecord, docs: Set<string>): boolean {
  return docs.has(record.doc) || (record.doc === 'actions' && record.refs.some((r) => docs.has(r)));
}
