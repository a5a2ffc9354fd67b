// Questions whose answer is a kind of fact the WTSA-24 texts never contain: today's office-holders, contact
// details, money spent, future meeting dates and venues, real-world statistics, documents outside this corpus.
import { normalizeForSearch } from '../search/lexical/normalize.js';
import { properNames } from '../search/lexical/tokenize.js';
import type { QueryUnderstanding } from '../search/query/understand-query.js';
import type { SearchIndex } from '../search/search-index.js';
import { isQuestion } from '../search/structural-boosts.js';

/** Why a question is out of the texts' scope (shown in the refusal), or null when it may be answerable. */
export type OutOfScope =
  | { reason: 'missing-document'; docs: string[] }
  | { reason: 'unknown-group' }
  | { reason: 'unknown-question'; ids: string[] }
  | { reason: 'fact-type'; what: string };

/** Fact types the resolutions do not record, with the wording that asks for them. */
const FACT_TYPES: [string, RegExp][] = [
  ['contact details', /电子邮件|邮箱|电话号码|联系方式|e-?mail|phone number|contact details/i],
  ['money amounts', /多少钱|瑞士法郎|美元|金额|花了|花费|预算是多少|how much (?:money|did|does|will)|spen[dt]|budget of|cost of/i],
  // Not "叫什么名字" or "一共有多少": the texts do name the chairs and list each group's Questions.
  ['current office-holders and statistics', /现任|目前是谁|现在是谁|还剩多少|current(?:ly)? (?:director|secretary|chair)|how many .{0,30}(?:attend|remain|left|submitted)/i],
  // The lists name chairs and vice-chairs only: never a Question's rapporteur or a text's editor.
  ['rapporteurs and editors', /(?:报告人|编辑)(?:是谁|是哪位|叫什么|有谁)|谁(?:是|当|担任)[^，。？?]{0,12}(?:报告人|编辑)|(?:rapporteur|editor)s? (?:of|for|is)|who (?:is|are) the (?:rapporteur|editor)/i],
  ['future schedules and venues', /(?:将在|将于|下一次|下次|下届).{0,12}(?:举行|召开|开会|在哪)|哪天召开|什么时候召开|(?:next|upcoming).{0,30}(?:held|take place|meet|convene)|where will/i],
  ['weather', /天气|weather/i],
];

/** A question that names one particular group (not "哪个研究组" or "所有研究组"). */
const NAMED_GROUP = /第\s*\d+\s*研究组|焦点组|study group \d+|focus group|(?<![a-z])(?:sg\s*\d+|fg[\s-]?[a-z0-9]+)/i;
const OTHER_SECTOR_GROUP = /ITU-[RD]\s*(?:第\s*\d+\s*研究组|SG\s*\d+)|无线电通信部门第|电信发展部门第/i;

/** A "name" with a question word in it is a tagging slip (归谁 → person), not a name. */
const INTERROGATIVE = /[谁哪啥么]/;

/** What the corpus holds, for telling what a question asks about that the texts never mention. */
export interface CorpusScope {
  docs: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  /** True when the texts mention a name (directly or through an alias). */
  mentions: (name: string) => boolean;
  /** True when the Question list holds Question `id` ("A/17") or one continuing it ("4/17"). */
  hasQuestion: (id: string) => boolean;
}

/** What a loaded index holds: its documents, groups, and every word of its titles, history and clauses. */
export function corpusScope(index: Pick<SearchIndex, 'corpus' | 'lexical' | 'groups'>): CorpusScope {
  const { corpus, lexical } = index;
  const text = normalizeForSearch(
    [...corpus.documents.map((d) => `${d.title} ${d.history.join(' ')}`), ...corpus.records.map((r) => r.text)].join('\n'),
  );
  return {
    docs: new Set(corpus.documents.map((d) => d.doc)),
    groups: index.groups,
    mentions: (name) => text.includes(normalizeForSearch(name)) || lexical.search(name, 1).length > 0,
    hasQuestion: (id) => corpus.records.some((r) => isQuestion(r, id)),
  };
}

/** Classifies a question the texts cannot answer. */
export function outOfScope(question: string, u: QueryUnderstanding, scope: CorpusScope): OutOfScope | null {
  const { docs: knownDocs, groups: knownGroups } = scope;
  const q = question.normalize('NFKC');
  for (const [what, pattern] of FACT_TYPES) if (pattern.test(q)) return { reason: 'fact-type', what };
  const missing = u.docs.filter((d) => !knownDocs.has(d));
  if (u.intent !== 'cites' && missing.length > 0 && missing.length === u.docs.length) return { reason: 'missing-document', docs: missing };
  const groupQuestion = u.intent === 'chairs' || u.intent === 'mandate' || u.intent === 'questions';
  if (groupQuestion && NAMED_GROUP.test(q)) {
    const known = u.studyGroups.filter((g) => knownGroups.has(g));
    if (known.length === 0 || OTHER_SECTOR_GROUP.test(q)) return { reason: 'unknown-group' };
  }
  const { questionIds } = u.refs;
  if (questionIds.length && !questionIds.some(scope.hasQuestion)) return { reason: 'unknown-question', ids: questionIds };
  return null;
}

/**
 * The names (people, companies, places) a Chinese question mentions that the texts never do: a signal for the
 * answer / hedge / refuse decision, not a refusal by itself (everyday words and Slack remnants look like names too).
 */
export function unknownNames(question: string, u: QueryUnderstanding, scope: CorpusScope): string[] {
  if (u.language !== 'zh') return [];
  return properNames(question.normalize('NFKC')).filter(
    (name) => !INTERROGATIVE.test(name) && !u.docs.some((d) => d.includes(name)) && !scope.mentions(name),
  );
}
