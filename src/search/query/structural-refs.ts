// Reads what a question names that the corpus structure answers directly: series, Question ids, quoted
// references, and whether it asks for a chair, a lead group or a party's tasks.
import { isGenericGroupQuestion } from './generic-group-question.js';
import { questionHead } from './question-head.js';
import { findQuotedRefs, type QuotedRef } from './quoted-refs.js';
import { findSeries } from './series-refs.js';
import { asksForTasks, isGenericTaskQuestion } from './task-question.js';

/** References read from the raw question that the structure can answer directly. */
export interface StructuralRefs {
  /** Recommendation series named ("E", "Y.4000"). */
  series: string[];
  /** Question ids named ("A/17"), and old-style numbers ("4/3"). */
  questionIds: string[];
  /** WTSA-24 committees whose actions are named, as the actions table prints them ("第3/1委员会"): 第3/1委员会,
   * Committee 3/1, action 4/9. */
  committees: string[];
  /** True when the question asks for the chair (not the vice-chairs). */
  wantsChair: boolean;
  /** True when the question asks which group leads a topic (Res 2 Annex A Part 2). */
  wantsLead: boolean;
  /** True when the question asks what a named party is told to do. */
  wantsTasks: boolean;
  /** True when it asks for those tasks as a whole, naming no topic among them. */
  genericTasks: boolean;
  /** True when the question is about a group in general, not a topic within its mandate. */
  genericGroup: boolean;
  /** Texts of other bodies or paragraphs the question names verbatim ("理事会第630号决定", "第1号决议第2.1.5段"). */
  quotedRefs: QuotedRef[];
}

/** A committee named in Chinese ("第3/1委员会", "4/9委员会") or English ("Committee 3/1", "action 4/9"). */
const COMMITTEE = /(?<![\d/])(\d)\s*\/\s*(\d{1,2})\s*委员会|(?<![a-z])(?:committee|action)\s+(\d)\s*\/\s*(\d{1,2})(?![\d/])/gi;

// The coordination Questions are printed with a name for a letter and "/C" for a group: Q.Acc/C, Q.Coord/C.
const COORDINATION_QUESTION = /(?<![A-Za-z])q\s*\.\s*([a-z]{2,12})\s*\/\s*c(?![a-z])/gi;
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** Reads series, Question ids and the chair wish from a question. */
export function readStructuralRefs(question: string): StructuralRefs {
  const q = questionHead(question).normalize('NFKC');
  // "4/1" before 委员会, or after "Committee" or "action", names a WTSA committee (its actions), not a Question.
  const committees = [...q.matchAll(COMMITTEE)].map((m) => `${m[1] ?? m[3]}/${m[2] ?? m[4]}`);
  const questionIds = [...q.matchAll(/(?<![A-Za-z\d/])([A-Z]|\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g)]
    .map((m) => `${m[1]}/${m[2]}`)
    .filter((id) => !committees.includes(id));
  for (const m of q.matchAll(COORDINATION_QUESTION)) questionIds.push(`Q.${capitalised(m[1]!)}/C`);
  return {
    series: findSeries(q),
    questionIds: [...new Set(questionIds)],
    committees: [...new Set(committees)].map((c) => `第${c}委员会`),
    wantsChair: /主席|chair/i.test(q) && !/副主席|vice/i.test(q),
    wantsLead: /牵头|(?<![a-z])lead/i.test(q),
    wantsTasks: asksForTasks(q),
    genericTasks: isGenericTaskQuestion(q),
    genericGroup: isGenericGroupQuestion(q),
    quotedRefs: findQuotedRefs(q),
  };
}
