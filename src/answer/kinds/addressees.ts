// "第44号决议责成了谁？": whom one resolution instructs (责成) or invites (请), each with its clause closest to the question.
import { composeAddressees } from '../compose-structured.js';
import { ASKS_WHICH_GROUP } from '../../search/asked-fact.js';
import type { AnswerKind, KindQuestion } from './kind.js';

/** The verb asked about: 请 when the question says so, 责成 otherwise; undefined when it asks no verb and not whom. */
function askedVerb({ understanding: u, question }: KindQuestion): string | undefined {
  return u.sections.find((s) => s === '责成' || s === '请') ?? (u.intent === 'who-instructed' && /请|invite/i.test(question) ? '请' : undefined);
}

/** The question asks which study groups the resolution addresses ("分别责成了哪些研究组"), naming none. */
function asksWhichGroups({ understanding: u, question }: KindQuestion): boolean {
  return u.studyGroups.length === 0 && ASKS_WHICH_GROUP.test(question);
}

/** "Whom does it instruct?" — or a verb asked of no party ("第44号决议请了哪些？"); a named party's tasks are `tasks`. */
function asksWho(q: KindQuestion): boolean {
  const u = q.understanding;
  const namesParty = u.studyGroups.length > 0 || u.addressees.some((a) => a !== '研究组' || !asksWhichGroups(q));
  const general = askedVerb(q) !== undefined && !namesParty && u.intent === 'general' && !u.refs.wantsTasks;
  return u.clauseLabels.length === 0 && (u.intent === 'who-instructed' || general);
}

/** A question about whom one named resolution addresses. */
export const addresseesKind: AnswerKind = {
  name: 'addressees',
  recognises: (q) => q.docs.length === 1 && q.docs[0]!.kind === 'resolution' && asksWho(q),
  compose: (q, citations) =>
    composeAddressees(q.docs[0]!, q.corpus.records, askedVerb(q) ?? '责成', q.terms, citations, asksWhichGroups(q)),
};
