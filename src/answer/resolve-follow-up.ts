// Rewrites a follow-up ("那第20研究组呢？", "它的责成部分呢？") into a standalone question using earlier turns.
import { documentName } from '../corpus/document-name.js';
import { findDocRefs } from '../search/query/doc-refs.js';
import { questionHead } from '../search/query/question-head.js';
import { findSeries } from '../search/query/series-refs.js';
import { stripReferences } from '../search/query/strip-references.js';
import { findStudyGroups } from '../search/query/study-group-refs.js';
import type { Turn } from './types.js';

const PRONOUN = /^(?:那么?|那|还有|and\s+|what about\s*|how about\s*)|(?:它|其|该决议|这项决议|这个决议|此决议|这份决议|该研究组|这个研究组|这个组|该组|\bit\b|\bits\b|this resolution|that resolution|this group|that group)/gi;
// A pronoun or a person named earlier ("他的任期到哪年？"): the question leans on the conversation.
const POINTS_BACK = new RegExp(`${PRONOUN.source}|[他她]|\\b(?:he|she|his|her|they|them|their)\\b`, 'i');
/** A question this short that names nothing leans on the conversation ("副主席里有中国的吗？"); longer ones stand alone. */
const SHORT_QUESTION_CHARS = 12;
const PARTITIVE = /^(?:其中|这些|这里面|里面|当中|among (?:them|these)|of these|which of (?:them|these))/i;
const CROSS_DOCUMENT = /哪些决议|哪个决议|哪条决议|哪几项决议|所有决议|which resolutions?|all resolutions/i;
const ELLIPTICAL = /呢[？?]?\s*$|^(?:那|还有|and|what about|how about)\b/i;

/** The references a question carries by kind: document ids, and groups and series spelled the way the corpus prints them. */
interface References {
  docs: string[];
  groups: string[];
  series: string[];
}

function referencesOf(question: string): References {
  const head = questionHead(question);
  return {
    docs: findDocRefs(head),
    groups: findStudyGroups(head).map((sg) => (/^\d+$/.test(sg) ? `第${sg}研究组` : sg)),
    series: findSeries(head).map((s) => `${s}系列`),
  };
}

const joined = (r: References) => [...r.docs.map(documentName), ...r.groups, ...r.series].join('、');

/** referencesOf, remembering each text it read: one resolution reads a turn several times (a 1,000-character turn costs ms). */
type ReadReferences = (text: string) => References;

function rememberingReferences(): ReadReferences {
  const read = new Map<string, References>();
  return (text) => {
    let refs = read.get(text);
    if (!refs) read.set(text, (refs = referencesOf(text)));
    return refs;
  };
}

/**
 * One step: the standalone form of `question` given the previous context (the last standalone question that had
 * a reference, or the reply's reference) and the last standalone question itself.
 */
function resolveAgainst(question: string, previous: string | null, lastQuestion: string | null, refsOf: ReadReferences): string {
  const mine = refsOf(question);
  const own = joined(mine);
  // "其中哪个是关于物联网安全的？" picks from the previous answer's list: keep the whole previous question as context
  // (one naming its own reference, "其中第92号决议怎么说的？", stands on that reference).
  if (lastQuestion && !own && PARTITIVE.test(question)) return withQuestion(lastQuestion, question);
  // "由哪个组负责？" after "第4/8委员会的行动是关于什么的": the earlier question named no document or group, so it is
  // itself the context of a question that leans on it.
  if (!previous) return lastQuestion && !own && leansOnContext(question) ? withQuestion(lastQuestion, question) : question;
  const before = joined(refsOf(previous));
  if (!before) return question;
  if (own) {
    // "那第20研究组呢？" → the previous question asked of the new reference.
    const rest = stripReferences(question, { keepParties: true }).replace(PRONOUN, '').replace(/(?:呢|(?<![呢？?。.]))[？?。.]*$/, '').trim();
    if (rest.length > 4 || !ELLIPTICAL.test(question)) return withPreviousDocument(question, mine, refsOf(previous).docs);
    // Each kind of reference the follow-up names replaces that kind in the previous question; the others carry over
    // ("第29号决议要求SG2研究什么？" + "那SG3呢？" → 第29号决议、第3研究组…). A group named anew also replaces the party
    // the previous question asked about ("…对TSB主任有什么要求？" + "那TSAG呢？").
    const theirs = refsOf(previous);
    const merged = {
      docs: mine.docs.length ? mine.docs : theirs.docs,
      groups: mine.groups.length ? mine.groups : theirs.groups,
      series: mine.series.length ? mine.series : theirs.series,
    };
    return `${joined(merged)}${stripReferences(previous, { keepParties: mine.groups.length === 0 })}`;
  }
  // A question across all documents ("哪些决议是本届全会新增的？") stands on its own.
  if (CROSS_DOCUMENT.test(question)) return question;
  // So does one that neither points back ("它", "那…呢", "他") nor is too short to say what it is about: a new topic.
  if (!leansOnContext(question)) return question;
  // "它的责成部分呢？" / "那主席呢？" → the new question about the previous reference.
  return `${before} ${question.replace(PRONOUN, '').trim()}`;
}

/** `question` read after the earlier question it leans on: "earlier，question". */
function withQuestion(earlier: string, question: string): string {
  return `${earlier.replace(/(?<![？?。.！!\s])[？?。.！!\s]+$/, '')}，${question}`;
}

/** A pronoun that stands for the document asked about before (not "那", which also opens a new question). */
const REFERS_TO_DOCUMENT = /它|其(?!中)|该决议|这项决议|这个决议|此决议|这份决议|\bits?\b|this resolution|that resolution/i;

/**
 * "它让第13研究组做什么？" after a question about Resolution 60: the question names a group of its own, and its pronoun
 * stands for the previous document, which it keeps; a question that names its own document, or no pronoun, is as asked.
 */
function withPreviousDocument(question: string, mine: References, docs: string[]): string {
  if (docs.length === 0 || mine.docs.length > 0 || !REFERS_TO_DOCUMENT.test(question)) return question;
  return `${docs.map(documentName).join('、')} ${question.replace(PRONOUN, '').trim()}`;
}

/** True when the question points back at the conversation or is too short to stand alone. */
function leansOnContext(question: string): boolean {
  const pointsBack = POINTS_BACK.test(question) || ELLIPTICAL.test(question) || PARTITIVE.test(question);
  return pointsBack || question.replace(/[？?。.！!，,\s]/g, '').length <= SHORT_QUESTION_CHARS;
}

/**
 * The standalone form of `question` after the conversation in `history` (user turns are resolved in order; when a
 * user turn named nothing, "哪个研究组牵头负责身份管理？", the reply's first reference stands in for it), and the
 * documents (ids) the conversation was last about ([] for none).
 */
export function resolveInConversation(question: string, history: Turn[] = []): { resolved: string; documents: string[] } {
  const { previous, lastQuestion, refsOf } = conversationContext(history);
  return { resolved: resolveAgainst(question, previous, lastQuestion, refsOf), documents: previous ? refsOf(previous).docs : [] };
}

/** The last context with a reference (a resolved question, or a reply's first reference) and the last question. */
function conversationContext(history: Turn[]): { previous: string | null; lastQuestion: string | null; refsOf: ReadReferences } {
  let previous: string | null = null;
  let lastQuestion: string | null = null;
  let previousHadOwnReference = false;
  const refsOf = rememberingReferences();
  for (const turn of history) {
    if (turn.role === 'user') {
      const resolved = resolveAgainst(turn.content, previous, lastQuestion, refsOf);
      lastQuestion = resolved;
      previousHadOwnReference = Boolean(joined(refsOf(resolved)));
      if (previousHadOwnReference) previous = resolved;
    } else if (!previousHadOwnReference) {
      const first = joined(refsOf(turn.content)).split('、')[0];
      if (first) {
        previous = first;
        previousHadOwnReference = true;
      }
    }
  }
  return { previous, lastQuestion, refsOf };
}
