// Removes what a question names (documents, study groups, series, parties), leaving what it asks about them.
import { normalizeForSearch } from '../lexical/normalize.js';
import { withoutAddressees } from './addressees.js';
import { withoutDocRefs } from './doc-refs.js';
import { questionHead } from './question-head.js';
import { withoutSeries } from './series-refs.js';
import { withoutStudyGroups } from './study-group-refs.js';

/**
 * The question, normalised for search, without the documents, study groups and Recommendation series it names,
 * and without the instructed parties (电信标准化局主任, 成员国 …) unless `keepParties`.
 */
export function stripReferences(question: string, options: { keepParties?: boolean } = {}): string {
  const rest = withoutSeries(withoutStudyGroups(withoutDocRefs(normalizeForSearch(questionHead(question)))));
  return (options.keepParties ? rest : withoutAddressees(rest)).replace(/\s+/g, ' ').trim();
}
