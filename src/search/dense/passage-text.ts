// The text embedded for a record: its document, section and label as context, then the clause itself.
import { documentName } from '../../corpus/document-name.js';
import type { ClauseRecord } from '../../corpus/types.js';

/** Characters kept of a passage; bge-small-zh reads at most 512 tokens (≈ one Han character each). */
const MAX_CHARS = 480;

/** The passage embedded for one piece (`text`) of `record`; sub-items carry their parent clause's opening as context. */
export function passageText(record: ClauseRecord, text: string, parent?: ClauseRecord): string {
  const head = `${documentName(record.doc)}《${record.docTitle}》 ${record.section} ${record.labelPath.join(' ')}`.trim();
  const context = parent ? `${parent.text.slice(0, 80)} ` : '';
  return `${head}：${context}${text}`.slice(0, MAX_CHARS);
}
