// "第44号决议责成了谁？": whom one resolution instructs (责成) or invites (请), each with its clause closest to the question.
import { composeAddressees } from '../compose-structured.js';
import type { AnswerKind, KindQuestion } from './kind.js';

/** The verb asked about: 请 when the question says so, 责成 otherwise; undefined when it asks no verb and not whom. */
function askedVerb({ understanding: u, question }: KindQuestion): string | undefined {
  return u.sections.find((s) => s === '责成' || s === '请') ?? (u.intent === 'who-instructed' && /请|invite/i.test(question) ? '请' : undefined);
}

/** A question word before study groups in general: the question asks which groups ("分别责成了哪些研究组"), names none. */
const WHICH_GROUPS = /(?:哪些|哪几个|哪个|几个|哪几)(?:具体的?)?(?:ITU-T)?研究组|which (?:itu-t )?study groups?/i;

/** The question asks which study groups the resolution addresses. */
function asksWhichGroups({ understanding: u, question }: KindQuestion): boolean {
  return u.studyGroups.length === 0 && WHICH_GROUPS.test(question);
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
