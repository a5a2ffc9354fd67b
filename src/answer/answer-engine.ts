// Answers questions: normalisation → follow-up resolution → query understanding → hybrid retrieval → extractive
// answer → the answer / hedge / refuse decision (or, when configured, an LLM answer checked against the same clauses).
import type { AskEvent, RetrieverName } from '../assistant.js';
import { llmEnabled, type Config } from '../config.js';
import { documentName } from '../corpus/document-name.js';
import type { ClauseRecord } from '../corpus/types.js';
import { hybridSearch, type SearchOutcome } from '../search/hybrid-search.js';
import { normalizeQuestion } from '../search/query/normalize-question.js';
import { stripReferences } from '../search/query/strip-references.js';
import { coverage } from '../search/term-coverage.js';
import { understandQuery, type QueryUnderstanding } from '../search/query/understand-query.js';
import type { SearchIndex } from '../search/search-index.js';
import { CitationList } from './citations.js';
import { composeExtractive } from './compose-extractive.js';
import { decide, loadDecisionModel, type DecisionModelFile, type DecisionTrace } from './decision/decision-model.js';
import { decisionFeatures } from './decision/features.js';
import { lacksAskedQuantity } from '../search/asked-fact.js';
import { hedgeLead } from './hedge-lead.js';
import { corpusScope, outOfScope, unknownNames, type CorpusScope, type OutOfScope } from './out-of-scope.js';
import { generateLlmAnswer } from './llm/generate-llm-answer.js';
import { refusalSentence } from './llm/build-messages.js';
import { resolveInConversation } from './resolve-follow-up.js';
import { bestQuote, type QuoteTerms } from './select-sentences.js';
import type { Answer, AskInput, Citation, ScoredRecord } from './types.js';

/** Records retrieved per question (the widget's sources, the eval's `retrieved`). */
const RETRIEVE_K = 10;
/** Records an LLM sees. */
const LLM_CONTEXT = 6;

/** Everything decided before composing: the standalone question, its structure, the retrieval. */
interface Prepared {
  resolved: string;
  understanding: QueryUnderstanding;
  outcome: SearchOutcome;
  terms: QuoteTerms;
  /** The question's own rare words, whole (not aliases, not parts of longer words). */
  topic: string[];
}

/** Answers questions over one loaded search index. */
export class AnswerEngine {
  private readonly scope: CorpusScope;

  constructor(
    private readonly index: SearchIndex,
    private readonly config: Config,
    private readonly log: (message: string) => void = () => {},
    private readonly decisionModel: DecisionModelFile = loadDecisionModel(),
  ) {
    this.scope = corpusScope(index);
  }

  /** Answers one question. */
  async ask(input: AskInput, options: { retriever?: RetrieverName } = {}): Promise<Answer> {
    const prepared = await this.prepare(input, options.retriever ?? 'hybrid');
    return (await this.fromLlm(input, prepared)) ?? this.extractive(prepared);
  }

  /** Answers one question as events: sources first, then text deltas, then the final answer. */
  async *askStream(input: AskInput): AsyncGenerator<AskEvent> {
    const prepared = await this.prepare(input, 'hybrid');
    if (llmEnabled(this.config)) {
      yield { type: 'sources', retrieved: prepared.outcome.hits.slice(0, RETRIEVE_K) };
      const queue: string[] = [];
      let wake: (() => void) | null = null;
      let finished = false;
      const pending = this.fromLlm(input, prepared, (text) => {
        queue.push(text);
        wake?.();
      }).finally(() => {
        finished = true;
        wake?.();
      });
      while (!finished || queue.length) {
        if (queue.length) yield { type: 'delta', text: queue.shift()! };
        else await new Promise<void>((r) => (wake = r));
        wake = null;
      }
      const answer = (await pending) ?? this.extractive(prepared);
      yield { type: 'done', answer };
      return;
    }
    const answer = this.extractive(prepared);
    yield { type: 'sources', retrieved: answer.retrieved };
    for (const chunk of answer.answer.match(/[^\n]*\n?/g)?.filter(Boolean) ?? []) yield { type: 'delta', text: chunk };
    yield { type: 'done', answer };
  }

  private async prepare(input: AskInput, retriever: RetrieverName): Promise<Prepared> {
    const history = (input.history ?? []).map((turn) => ({ ...turn, content: normalizeQuestion(turn.content) }));
    const asked = normalizeQuestion(input.question);
    const { resolved, documents } = resolveInConversation(asked, history);
    const understanding = understandQuery(resolved);
    // A question about several documents looks deeper, so that each of them has its best clause at hand.
    const k = understanding.docs.length > 1 ? RETRIEVE_K * understanding.docs.length * 2 : RETRIEVE_K;
    // Asked as it stands after a conversation about a document, naming none of its own, it leans toward that one.
    const contextDocs = resolved === asked && understanding.docs.length === 0 ? documents : [];
    const outcome = await hybridSearch(this.index, resolved, { ...understanding, contextDocs }, { k, retriever });
    return { resolved, understanding, outcome, ...questionTerms(this.index, resolved) };
  }

  private extractive(p: Prepared): Answer {
    const scope = outOfScope(p.resolved, p.understanding, this.scope);
    if (scope) return this.refusal(p, scopeNote(scope, p.understanding.language, [...this.scope.groups]));
    const { corpus } = this.index;
    const composed = composeExtractive({ corpus, question: p.resolved, understanding: p.understanding, hits: p.outcome.hits, terms: p.terms, topic: p.topic });
    const names = unknownNames(p.resolved, p.understanding, this.scope);
    const decision = this.decide(p, composed.structured, composed.citations[0], names.length);
    if (!composed.text || decision.outcome === 'refuse') return { ...this.refusal(p), decision };
    const hedged = decision.outcome === 'hedge';
    const lead = hedged ? `${hedgeLead(p.outcome.terms, composed.citations, names, p.understanding.language, (t) => this.index.lexical.occurs(t))}\n` : '';
    return {
      answer: `${lead}${composed.text}`,
      refused: false,
      confidence: hedged ? 'low' : 'high',
      citations: composed.citations,
      suggestions: [],
      resolvedQuestion: p.resolved,
      mode: 'extractive',
      retrieved: composed.structured ? citedFirst(composed.citations, p.outcome.hits) : p.outcome.hits.slice(0, RETRIEVE_K),
      decision,
      kind: composed.kind,
    };
  }

  /** The answer / hedge / refuse decision of the fitted model over this question's signals. */
  private decide(p: Prepared, structured: boolean, first: ClauseRecord | undefined, unknownNameCount: number): DecisionTrace {
    const features = decisionFeatures({
      firstCoverage: first ? coverage(p.outcome.terms, [first]) : 0,
      evidence: p.outcome.evidence,
      structured,
      lacksQuantity: lacksAskedQuantity(p.resolved, p.outcome.hits.slice(0, 3)),
      unknownNames: unknownNameCount,
      language: p.understanding.language,
    });
    const decision = decide(this.decisionModel, features);
    // A question about something the texts never mention ("爱立信…") cannot be answered from them with confidence: at
    // most a hedge, whose first sentence names what they do not mention.
    if (unknownNameCount > 0 && decision.outcome === 'answer') return { ...decision, outcome: 'hedge', rule: 'unknown-name' };
    // A refusal is for questions nothing relevant answers. When the meaning-based and the word-based retrievers both
    // lead to one document, the texts touch the topic: a hedge says what they do not state and shows the closest
    // clauses. (Paraphrased questions share few words with their clause and score low: batch 10 refused 12 % of its
    // answerable ones, 4 % with this; no set declines fewer unanswerable questions, since a hedge declines too.)
    if (decision.outcome === 'refuse' && p.outcome.evidence.retrieversAgree) return { ...decision, outcome: 'hedge', rule: 'retrievers-agree' };
    return decision;
  }

  private refusal(p: Prepared, note = ''): Answer {
    const suggestions = closestDocuments(this.index, p.outcome.hits);
    const lead = `${refusalSentence(p.understanding.language).trim()}${note}`;
    const hint = suggestions.length
      ? `\n${p.understanding.language === 'en' ? 'Closest documents' : '最接近的文件'}：${suggestions.map((s) => `${documentName(s.doc)}《${s.title}》`).join('；')}`
      : '';
    return {
      answer: `${lead}${hint}`,
      refused: true,
      confidence: 'none',
      citations: [],
      suggestions,
      resolvedQuestion: p.resolved,
      mode: 'extractive',
      retrieved: p.outcome.hits.slice(0, RETRIEVE_K),
    };
  }

  /** The LLM answer when configured and it succeeds; null means "use the extractive answer". */
  private async fromLlm(input: AskInput, p: Prepared, onDelta?: (text: string) => void): Promise<Answer | null> {
    if (!llmEnabled(this.config)) return null;
    if (outOfScope(p.resolved, p.understanding, this.scope)) return null;
    if (this.decide(p, false, p.outcome.hits[0], unknownNames(p.resolved, p.understanding, this.scope).length).outcome !== 'answer') return null;
    const records: ClauseRecord[] = p.outcome.hits.slice(0, LLM_CONTEXT);
    try {
      const llm = await generateLlmAnswer({ question: p.resolved, language: p.understanding.language, history: input.history ?? [], records, config: this.config, onDelta });
      if (llm.refused) return { ...this.refusal(p), mode: 'llm' };
      const citations = new CitationList();
      const renumber = new Map(llm.cited.map((n) => [n, citations.cite(records[n - 1]!, bestQuote(records[n - 1]!.text, p.terms))]));
      const text = llm.text.replace(/\[(\d+)\]/g, (_marker, n: string) => renumber.get(Number(n)) ?? '');
      if (llm.removed.length || llm.unsupported.length) {
        this.log(`llm answer: removed markers ${JSON.stringify(llm.removed)}, ${llm.unsupported.length} unsupported statements`);
      }
      return { answer: text, refused: false, confidence: 'high', citations: citations.list(), suggestions: [], resolvedQuestion: p.resolved, mode: 'llm', retrieved: p.outcome.hits.slice(0, RETRIEVE_K) };
    } catch (err) {
      this.log(`llm answer failed, falling back to extractive: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }
}

/**
 * What a structured answer (a list, a card, a count) stands on: it is built from the texts' structure, not from the
 * ranking, so the records it cites lead the retrieved records (with the best score), the ranking's others follow.
 */
function citedFirst(citations: Citation[], hits: ScoredRecord[]): ScoredRecord[] {
  const top = hits[0]?.score ?? 0;
  const cited = citations.map(({ n: _n, quote: _quote, ...record }) => ({ ...record, score: top }));
  const ids = new Set(cited.map((r) => r.id));
  return [...cited, ...hits.filter((h) => !ids.has(h.id))].slice(0, RETRIEVE_K);
}

/** A term must be at least this rare (IDF; ≈ in at most one passage of ten) to steer which sentences are quoted. */
const MIN_QUOTE_IDF = 2.3;

/**
 * From the question without the documents, groups and series it names (every sentence of their clauses is about
 * them): `terms`, which pick the sentences to quote, weighted by rarity — its rare ones ("量子", not "ITU-T"), else
 * all; and `topic`, its own rare words, whole (not aliases, not the parts of longer words): what it is about.
 */
function questionTerms(index: SearchIndex, question: string): Pick<Prepared, 'terms' | 'topic'> {
  const stripped = stripReferences(question, { keepParties: true });
  const weighted = [...index.lexical.queryTerms(stripped || question).entries()].map(([t, w]) => ({ t, own: w >= 1, idf: index.lexical.idf(t) }));
  const rare = weighted.filter((x) => x.idf >= MIN_QUOTE_IDF);
  const terms = new Map((rare.length ? rare : weighted).map((x): [string, number] => [x.t, x.idf]));
  const own = stripped ? rare.filter((x) => x.own).map((x) => x.t) : [];
  return { terms, topic: own.filter((t) => !own.some((u) => u !== t && u.includes(t))) };
}

/** Up to three distinct documents of the top hits, for a refusal's suggestions. */
function closestDocuments(index: SearchIndex, hits: ClauseRecord[]): { doc: string; title: string }[] {
  const seen = new Set<string>();
  const out: { doc: string; title: string }[] = [];
  for (const h of hits) {
    if (seen.has(h.doc)) continue;
    seen.add(h.doc);
    const doc = index.corpus.documents.find((d) => d.doc === h.doc);
    if (doc) out.push({ doc: doc.doc, title: doc.title });
    if (out.length === 3) break;
  }
  return out;
}

/** The sentence a refusal adds to say why the texts cannot answer. */
function scopeNote(scope: OutOfScope, language: 'zh' | 'en', groups: string[]): string {
  const groupList = groups.map((g) => (/^\d+$/.test(g) ? `SG${g}` : g)).join(language === 'en' ? ', ' : '、');
  if (language === 'en') {
    if (scope.reason === 'missing-document') return ` The texts of ${scope.docs.map((d) => `Resolution ${d}`).join(', ')} are not part of this collection of WTSA-24 resolutions.`;
    if (scope.reason === 'unknown-group') return ` The texts describe these ITU-T groups only: ${groupList}.`;
    if (scope.reason === 'unknown-question') return ` The 2025–2028 Question lists hold no Question ${scope.ids.join(', ')} and none continuing it.`;
    return ` The resolutions do not record ${scope.what}.`;
  }
  if (scope.reason === 'missing-document') return `本汇编不包含${scope.docs.map(documentName).join('、')}的文本。`;
  if (scope.reason === 'unknown-group') return `现有文本只涉及以下ITU-T组：${groupList}。`;
  if (scope.reason === 'unknown-question') return `2025–2028年研究期课题清单中没有${scope.ids.join('、')}号课题，也没有延续它的课题。`;
  return `决议文本不记载此类信息（${FACT_TYPE_ZH[scope.what] ?? scope.what}）。`;
}

const FACT_TYPE_ZH: Record<string, string> = {
  'contact details': '联系方式',
  'money amounts': '具体金额',
  'current office-holders and statistics': '现任人员和实时统计',
  'future schedules and venues': '未来会议的日期和地点',
  'rapporteurs and editors': '课题报告人和编辑（名单只列正副主席）',
  weather: '天气',
};
