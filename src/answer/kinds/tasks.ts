// "第44号决议责成TSB主任做什么？": what the named documents ask of a party, from the sections addressed to it.
import type { ClauseRecord } from '../../corpus/types.js';
import { clauseAddresses, clauseAddressing } from '../../search/addressing.js';
import { composeTasks } from '../compose-structured.js';
import type { AnswerKind, KindQuestion } from './kind.js';

/**
 * The order a task answer lists clauses in: asked for the whole list, the sections addressed to the named party
 * alone first, each in printed order; asked about one topic among the tasks, by retrieval rank.
 */
function taskOrder({ understanding: u, hits }: KindQuestion): (r: ClauseRecord) => number {
  // composeTasks keeps the printed order among equals (the records are in printed order and the sort is stable).
  if (u.refs.genericTasks) return (r) => (clauseAddressing(r, u) === 'exclusive' ? 0 : 1);
  const ranks = new Map(hits.map((h, i) => [h.id, i]));
  return (r) => ranks.get(r.id) ?? hits.length;
}

/** A question about a party's tasks in one or more named documents, each document's tasks in the order named. */
export const tasksKind: AnswerKind = {
  name: 'tasks',
  recognises: (q) =>
    q.asksTasks && q.docs.length > 0 && q.understanding.intent !== 'new-resolutions' && (q.docs.length > 1 || q.understanding.intent !== 'cites'),
  compose: (q, citations) =>
    q.docs
      .map((d) => composeTasks(d, q.corpus.records, (r) => clauseAddresses(r, q.understanding), taskOrder(q), q.terms, citations))
      .filter(Boolean)
      .join('\n'),
};
