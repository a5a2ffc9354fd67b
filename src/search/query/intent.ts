// Guesses what kind of answer a question wants from its wording and the references found in it.
import { normalizeForSearch } from '../lexical/normalize.js';

/** The kinds of question the answer composer treats differently. */
export type QueryIntent =
  | 'mandate'
  | 'about-document'
  | 'who-instructed'
  | 'new-resolutions'
  | 'cites'
  | 'chairs'
  | 'questions'
  | 'actions'
  | 'general';

/** What `guessIntent` needs besides the wording. */
export interface IntentContext {
  docs: string[];
  studyGroups: string[];
  clauseLabels: string[];
  /** Question ids and WTSA-24 committees the question names (structural-refs.ts tells them apart). */
  questionIds: string[];
  committees: string[];
}

const W = '(?![a-z])';
const B = '(?<![a-z])';

// "哪些决议引用了第44号决议", and "哪个决议要求用第44号决议的方法…": a question for a resolution that names another.
const CITES = new RegExp(`引用|援引|提及|提到|${B}(?:cites?|citing|refers? to|references?|mentions?)${W}`);
const WHICH_RESOLUTION = new RegExp(`(?:哪个|哪些|哪条|哪一?项)决议|${B}which resolutions?${W}`);
// Asking which documents cite or are cited ("引用了哪些决议", "被哪些决议引用", "what does Resolution 99 cite"), not about
// something a document cites ("第70号决议引用的世界卫生组织估计中…"). One pattern per wording, each linear.
const ASKS_CITED = [
  '(?:引用|援引|提及|提到)了?(?:哪|什么|几)',
  '被[^，。？?]{0,12}(?:引用|援引|提及|提到)',
  '谁(?:引用|援引|提及|提到)',
  `${B}(?:which|what)${W}[^?]{0,60}${B}(?:cites?|citing|refers? to|references?|mentions?)${W}`,
].map((wording) => new RegExp(wording));
// One pattern per wording (tested in turn): each stays linear, where one alternation of them all defeats the ReDoS checker.
const NEW_RESOLUTIONS = [
  '(?:哪些|哪个|哪几个|几个|多少|有没有|是否|什么)[^，。？?]{0,12}(?:新决议|新的决议|新增|新通过|新制定|新设|新出)',
  '新(?:增|通过|制定|设|出)了?(?:哪些|哪个|几个|什么)',
  '(?:新决议|新的决议|新增的?决议|新通过的?决议)[^，。？?]{0,6}(?:有哪些|是哪|有几个|有什么)',
  '新(?:增|通过|制定|设|出)的?[^，。？?]{0,16}决议[^，。？?]{0,4}(?:是哪|有哪些|是什么)',
  '本届.{0,4}新增',
  `${B}(?:which|what) (?:resolutions? (?:are|were) new|new resolutions)${W}`,
  `${B}(?:any|list(?: the| all)?) new resolutions${W}`,
  `${B}new resolutions (?:are|were|did)${W}`,
  // "Which resolutions did WTSA-24 add?" — but not "which resolutions did it adopt on cybersecurity?"
  `${B}which resolutions (?:did|has|have|were|was) [^?]{0,30}${B}(?:add|adopt|approv|introduc)\\w*(?: for the first time| newly)? ?\\??$`,
].map((wording) => new RegExp(wording));
const CHAIRS = new RegExp(
  [
    '副?主席\\s*(?:是谁|谁|是哪位|是哪|哪国|哪个国家|叫什么|来自|有哪些|有谁|名单|的名字|的国籍)',
    '谁(?:是|担任|当)副?主席',
    '担任副?主席',
    '有没有[^，。？?]{0,8}副?主席',
    '(?:几|多少)(?:位|个|名)副?主席',
    `${B}how many (?:vice-)?chair`,
    `${B}(?:who chairs|(?:vice-)?chairs? of|(?:vice-)?chairm[ae]n of|who is the (?:vice-)?chair(?:man)?)${W}`,
  ].join('|'),
);
// An ITU-T Question (课题, "SG17 Question on …"); a Question id named counts too (IntentContext.questionIds).
const QUESTIONS = new RegExp(`课题|${B}questions?${W}`);
// The WTSA-24 actions table ("全会有什么行动"), not a resolution's action plan (行动计划).
const ACTIONS = new RegExp(`行动(?!计划)|${B}actions? (?:taken|of|by|on)${W}`);
// Which group leads a topic or owns a Recommendation series.
const LEAD = new RegExp(
  `牵头|归哪个|由哪个(?:研究)?组|哪个(?:研究)?组(?:负责|管|的)|由谁负责|谁负责(?!落实)|${B}(?:leads?|lead study group|responsible for)${W}`,
);
const WHO_INSTRUCTED = new RegExp(
  `谁被|被责成|责成谁|责成了谁|请谁|请了谁|向谁|由谁|谁来|谁负责落实|谁要|哪些(?:机构|部门|方面|人|主体)|(?:责成|请|要求)了?哪(?:些|个|几个)(?:研究组|机构|部门|组织|方面)|${B}(?:who (?:is|are|was|were|must|should|shall)|whom)${W}`,
);
const MANDATE = new RegExp(
  `负责|职责|职权|研究领域|研究范围|工作范围|管什么|管哪些|做什么|干什么|是做|研究什么|什么作用|什么角色|${B}(?:mandate|responsib\\w*|remit|scope|role|work on|what does .{1,30} do)${W}`,
);
const GROUP_WORD = new RegExp(`研究组|哪个组|哪一?组|${B}(?:study groups?|sg)${W}`);
const ABOUT = new RegExp(
  `讲什么|讲了什么|讲了啥|讲的是|讲的什么|说的什么|关于什么|关于啥|是关于|什么内容|主要内容|内容是|主题|目的|宗旨|概述|简介|介绍|是什么决议|是啥|涉及哪些|涉及什么|(?:哪一?年|何时|什么时候|哪届)[^，。？?]{0,8}(?:通过|修订|批准|制定)|首次通过|最初通过|第一次通过|${B}(?:(?:what is|what's) .{0,40}${B}about|summar\\w*|overview|purpose|topic|subject|when was (?:it|this|that|the resolution|resolution [\\w/.]+|res\\.? ?[\\w/.]+) (?:first |last )?(?:adopted|approved|revised|passed|created))${W}`,
);

/** True when the question asks which resolutions (plural or not) say something ("哪些决议涉及气候变化？"). */
export function asksWhichResolutions(question: string): boolean {
  return WHICH_RESOLUTION.test(normalizeForSearch(question));
}

/** The intent of a question; the first rule that applies wins: cites, chairs, questions, actions, about-document, new-resolutions, lead (mandate), who-instructed, mandate. */
export function guessIntent(question: string, context: IntentContext): QueryIntent {
  const q = normalizeForSearch(question);
  const namesDoc = context.docs.length > 0;
  const namesGroup = context.studyGroups.length > 0 || GROUP_WORD.test(q);
  const which = WHICH_RESOLUTION.test(q);
  const asksCited = which || ASKS_CITED.some((re) => re.test(q));
  if ((CITES.test(q) && asksCited && (namesDoc || which) && /决议|决定|resolution|decision/.test(q)) || (namesDoc && which)) return 'cites';
  if (CHAIRS.test(q)) return 'chairs';
  if (QUESTIONS.test(q) || context.questionIds.length > 0) return 'questions';
  if (ACTIONS.test(q) || context.committees.length > 0) return 'actions';
  if (namesDoc && context.clauseLabels.length === 0 && ABOUT.test(q)) return 'about-document';
  if (NEW_RESOLUTIONS.some((re) => re.test(q))) return 'new-resolutions';
  if (!namesDoc && LEAD.test(q)) return 'mandate';
  if (WHO_INSTRUCTED.test(q)) return 'who-instructed';
  if (!namesDoc && namesGroup && MANDATE.test(q)) return 'mandate';
  return 'general';
}
