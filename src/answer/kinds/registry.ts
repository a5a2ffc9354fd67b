// The kinds of question the structure answers, in the order they are tried: the first that recognises a question
// and has something to say answers it; a question no kind answers gets the general answer from the ranked clauses.
//
//   kind               recognises                                           composes from
//   mandate            a group, no document, asked in general / chairs / Qs  Res 2 annexes, chairs list, Question lists
//   people-by-country  no group or document, a country the chairs list names the chairs list
//   lead-group         no group or document, "which group leads X"           Res 2 Annex A Part 2, lead-role clauses
//   lists-and-counts   no document, first adopted at / a committee's         the documents' history lines and headers
//   new-resolutions    "which resolutions are new"                           the ADD documents
//   tasks              a party's tasks in named documents                    sections addressed to the party
//   per-document       a general question about several documents            each document's best clause
//   citing-documents   who cites a document, or what it cites                cross-references
//   addressees         whom one resolution instructs or invites              its 责成 / 请 sections
//   about-document     what one document is, or when it was adopted          title, history, operative clauses
import type { CitationList } from '../citations.js';
import type { ComposeInput } from '../compose-extractive.js';
import { aboutDocumentKind } from './about-document.js';
import { addresseesKind } from './addressees.js';
import { citingDocumentsKind } from './citing-documents.js';
import { kindQuestion, type AnswerKind } from './kind.js';
import { leadGroupKind } from './lead-group.js';
import { listsAndCountsKind } from './lists-and-counts.js';
import { mandateKind } from './mandate.js';
import { newResolutionsKind } from './new-resolutions.js';
import { peopleByCountryKind } from './people-by-country.js';
import { perDocumentKind } from './per-document.js';
import { tasksKind } from './tasks.js';

/** The kinds, in the order they are tried. */
export const ANSWER_KINDS: readonly AnswerKind[] = [
  mandateKind,
  peopleByCountryKind,
  leadGroupKind,
  listsAndCountsKind,
  newResolutionsKind,
  tasksKind,
  perDocumentKind,
  citingDocumentsKind,
  addresseesKind,
  aboutDocumentKind,
];

/** The name of the answer given from the ranked clauses when no kind answers. */
export const GENERAL_KIND = 'general';

/** The first kind that recognises the question and composes an answer, with that answer; null when none does. */
export function composeByKind(input: ComposeInput, citations: CitationList): { kind: string; text: string } | null {
  const q = kindQuestion(input);
  for (const kind of ANSWER_KINDS) {
    if (!kind.recognises(q)) continue;
    const text = kind.compose(q, citations);
    if (text) return { kind: kind.name, text };
  }
  return null;
}
