// Removes what a question names (documents, study groups, parties), leaving what it asks about them.
import { normalizeForSearch } from '../lexical/normalize.js';
import { withoutAddressees } from './addressees.js';
import { withoutDocRefs } from './doc-refs.js';
import { withoutStudyGroups } from './study-group-refs.js';

/** The question, normalised for search, without its document, study-group and party references. */
export function stripReferences(question: string): string {
  return withoutAddressees(withoutStudyGroups(withoutDocRefs(normalizeForSearch(question))))
    .replace(/\s+/g, ' ')
    .trim();
}
