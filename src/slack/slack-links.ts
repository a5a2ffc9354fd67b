// Absolute links from Slack messages to the web: a clause in the document view, a stored answer's permalink.
import type { Citation } from '../answer/types.js';
import type { ClauseRecord } from '../corpus/types.js';
import { docViewPath } from '../widget/client/doc-name.js';

/** The document view of a clause at PUBLIC_BASE_URL, its quoted part (when a citation's quote is in its text) by offsets. */
export function clauseUrl(base: string, record: ClauseRecord | Citation): string {
  const at = 'quote' in record && record.quote ? record.text.indexOf(record.quote) : -1;
  const span = at >= 0 && 'quote' in record ? { from: at, to: at + record.quote.length } : undefined;
  return `${base}${docViewPath(record.doc, record.id, span)}`;
}

/** The permalink page of a stored answer (/a/<id>). */
export function answerUrl(base: string, id: string): string {
  return `${base}/a/${encodeURIComponent(id)}`;
}
