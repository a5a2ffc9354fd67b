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
  | 'general';

/** What `guessIntent` needs besides the wording. */
export interface IntentContext {
  docs: string[];
  studyGroups: string[];
}

const CITES = /引用|援引|参引|提及|提到|(?<![a-z])(?:cites?|citing|refers? to|references?|mentions?)(?![a-z])/;
const NEW_RESOLUTIONS =
  /新决议|新的决议|新增|新通过|新制定|本届.{0,4}新|(?<![a-z])add(?![a-z])|(?<![a-z])(?:new|newly adopted|added) resolutions?(?![a-z])|(?<![a-z])new(?![a-z]).{0,24}resolutions?|resolutions?.{0,24}(?<![a-z])(?:new|added)(?![a-z])/;
const CHAIRS = /主席|召集人|领导层|(?<![a-z])(?:chair(?:man|men|s|person)?|vice-chairs?|vice-chairm[ae]n|leadership)(?![a-z])/;
const QUESTIONS = /课题|(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])|(?<![a-z])questions? (?:\d|of|under|in|for|does|do|are)(?![a-z])/;
const WHO_INSTRUCTED =
  /谁被|被责成|责成谁|责成了谁|请谁|请了谁|向谁|由谁|谁来|谁负责落实|谁要|哪些(?:机构|部门|方面|人|主体)|(?<![a-z])(?:who (?:is|are|was|were|must|should|shall)|whom)(?![a-z])/;
const MANDATE =
  /负责|职责|职权|研究领域|研究范围|工作范围|管什么|管哪些|做什么|干什么|是做|研究什么|牵头|(?<![a-z])(?:mandate|responsib\w*|remit|scope|lead study group|work on|what does .{1,30} do)(?![a-z])/;
const ABOUT = /讲什么|讲了什么|讲的是|关于什么|是关于|什么内容|主要内容|内容是|主题|目的|宗旨|概述|简介|介绍|是什么决议|(?<![a-z])(?:about|summar\w*|overview|purpose)(?![a-z])/;

/** The intent of a question, first match wins: cites, new-resolutions, chairs, questions, who-instructed, mandate, about-document. */
export function guessIntent(question: string, context: IntentContext): QueryIntent {
  const q = normalizeForSearch(question);
  if (CITES.test(q) && (context.docs.length > 0 || /决议|resolution/.test(q))) return 'cites';
  if (NEW_RESOLUTIONS.test(q)) return 'new-resolutions';
  if (CHAIRS.test(q)) return 'chairs';
  if (QUESTIONS.test(q)) return 'questions';
  if (WHO_INSTRUCTED.test(q)) return 'who-instructed';
  if (MANDATE.test(q) && (context.studyGroups.length > 0 || /研究组|study group/.test(q))) return 'mandate';
  if (ABOUT.test(q) && context.docs.length > 0) return 'about-document';
  return 'general';
}
