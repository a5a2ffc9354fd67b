// The kind of fact a question asks for (a quantity, a year or date, a Recommendation) and whether a text states one:
// among records that cover the question alike, the one that states the asked kind of fact answers it.
import type { ClauseRecord } from '../corpus/types.js';

/** One kind of fact: how questions ask for it, and how the texts state it. */
interface FactKind {
  asks: RegExp;
  states: RegExp;
  /**
   * The text before the stating words (the first group of `states`) is the subject of the statement, and must name
   * something a Chinese question names: "电信转接业务可以使…" defines the term asked about, "支持引入包括…" does not.
   */
  subjectAsked?: true;
  /** The record's heading counts too ("责成…第20、17和2研究组" heads the clauses it instructs). */
  inHeading?: true;
}

/** A quantity as the texts write one: a number (Arabic or Chinese) with a unit or counter, or a percentage. */
const QUANTITY = /(?<![0-9０-９一二两三四五六七八九十百千万])[0-9０-９一二两三四五六七八九十百千万]+\s*(?:个|名|次|年|天|项|份|位|周|月|小时|倍|%|％)|百分之|分之[一二三四五六七八九十]/;

/** Questions whose answer is a quantity: how many, how long, how often, a minimum or maximum. */
export const QUANTITY_FACT: FactKind = {
  asks: /多少|几[个年天次项名份位周月]|最低|最高|最大|最小|how (?:many|much|often|long)/i,
  states: QUANTITY,
};

/** A question asking which study group or groups ("哪个组", "分别责成了哪几个研究组", "which SGs"), not which organisation. */
export const ASKS_WHICH_GROUP =
  /(?:哪|几个)(?:个|些|几个|一个)?(?:具体的?)?(?:itu-t)?(?:研究)?组(?![织成合建别件员])|\b(?:which|what) (?:itu-t )?(?:sgs?|study groups?)\b/i;

const FACT_KINDS: FactKind[] = [
  QUANTITY_FACT,
  { asks: /哪一?年|哪天|何时|什么时候|日期|\bwhen\b|(?:which|what) (?:year|date)/i, states: /\d{4}\s*年|\d{1,2}月\d{1,2}日|(?:19|20)\d{2}(?![\d号])/ },
  { asks: /哪(?:个|项|一项|些|份)?(?:ITU-T)?建议书|(?:which|what) (?:itu-t )?recommendations?/i, states: /ITU-T\s*[A-Z]\.\d|[A-Z]\.\d+(?:\.\d+)*\s*建议书/ },
  // Which study group: a clause that names a numbered group ("责成…第20和21研究组" ends in one, "SG17").
  {
    asks: ASKS_WHICH_GROUP,
    states: /(?<!\d)\d+\s*研究组|(?<![a-z])sg\s?\d+/i,
    inHeading: true,
  },
  // What a term means or covers: the clause that opens by saying so ("CIRT这一术语是指…", footnote "这些国家包括…").
  {
    asks: /什么意思|啥意思|(?:是|指)(?:的是)?什么[？?]?$|是啥|是个啥|什么是|包括哪些|包含哪些|哪些国家|是干(?:嘛|什么)的|讲(?:的是)?什么|what (?:does|do) .{1,60} (?:mean|cover|include|refer to)|what is meant|\bthe term\b/i,
    // The verb belongs to the clause's opening phrase, before any comma: its subject is what is defined.
    states: /^([^，,。；;]{0,30}?)(?:是指|系指|指的是|这一术语|一词|包括|包含|载有|可以使)/,
    subjectAsked: true,
  },
];

/** The kinds of fact the question asks for ([] for most questions). */
export function askedFacts(question: string): FactKind[] {
  return FACT_KINDS.filter((k) => k.asks.test(question));
}

/** Two adjacent Han characters, or a Latin word (an acronym such as CIRT), lower-cased. */
const namePieces = (text: string): string[] => [
  ...[...text.matchAll(/(?=(\p{Script=Han}{2}))/gu)].map((m) => m[1]!),
  ...(text.toLowerCase().match(/[a-z][a-z0-9-]+/g) ?? []),
];

/** True when `subject` shares a piece of a name with the question (always for a question without Chinese). */
function namedInQuestion(subject: string, question: string): boolean {
  if (!/\p{Script=Han}/u.test(question)) return true;
  const asked = question.toLowerCase();
  return namePieces(subject).some((piece) => asked.includes(piece));
}

/** True when the record's text states a fact of one of the asked kinds (about what `question` names, where that matters). */
export function statesAskedFact(record: ClauseRecord, asked: readonly FactKind[], question: string): boolean {
  return asked.some((k) => {
    const stated = k.states.exec(k.inHeading ? `${record.section}\n${record.text}` : record.text);
    return stated !== null && (!k.subjectAsked || namedInQuestion(stated[1] ?? '', question));
  });
}

/** True when the question asks for a quantity and none of the records states one. */
export function lacksAskedQuantity(question: string, top: ClauseRecord[]): boolean {
  return QUANTITY_FACT.asks.test(question) && !top.some((r) => QUANTITY_FACT.states.test(r.text));
}
