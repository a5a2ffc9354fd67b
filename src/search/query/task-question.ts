// Tells questions about what a named party is told to do ("第50号决议责成TSAG做什么？"), and whether they
// ask for the whole list or for one topic within it ("…要求TSB主任把哪些报告翻译出来？").
import { stripReferences } from './strip-references.js';

const TASK_QUESTION =
  /做什么|做哪些|干什么|干活|(?:什么|哪些)(?:活|任务|要求|请求)|(?:分|布置|交|派)(?:了|给)?(?:什么|哪些)|要求.{0,8}(?:什么|哪些)|(?:采取|开展|做出)(?:了)?(?:什么|哪些)(?:措施|行动|工作)|(?:让|请|责成|要)[^，。？?]{1,16}(?:制定|开展|研究|起草|提交|准备|建立|编制|报告)(?:什么|哪些)/;
// "What does Resolution 50 ask TSAG to do?": the verb within 60 characters of the question word.
const ENGLISH_TASK_QUESTION = /what (?:does|did|do) /gi;
const ENGLISH_TASK_VERB = /ask|instruct|invite|tell|task|require/i;

// The words of a task question that say nothing about a topic: verbs of instruction, question words, particles.
const TASK_WORDS =
  /责成|请|要求|让|鼓励|呼吁|邀请|分别|各自|各|做|干|什么|哪些|任务|请求|布置|分|交|派|给|措施|采取|开展|做出|工作|制定|研究|起草|提交|准备|建立|编制|报告|决议|本届|全会|该|对|把|和|与|及|在|中|里|有|的|了|呢|吗|啥|要|应|需要|活|what|does|did|do|ask|instruct|invite|tell|task|require|to|the|of|and|[？?，,。.！!、\s]/gi;

/** True when the question asks what someone is instructed or invited to do. */
export function asksForTasks(question: string): boolean {
  const q = question.normalize('NFKC');
  if (TASK_QUESTION.test(q)) return true;
  return [...q.matchAll(ENGLISH_TASK_QUESTION)].some((m) => {
    const after = (m.index ?? 0) + m[0].length;
    return ENGLISH_TASK_VERB.test(q.slice(after, after + 60 + 'instruct'.length));
  });
}

/** True when a task question asks for the party's tasks as a whole, naming no topic among them. */
export function isGenericTaskQuestion(question: string): boolean {
  return stripReferences(question).replace(TASK_WORDS, '').length <= 2;
}
