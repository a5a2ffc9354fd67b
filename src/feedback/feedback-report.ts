// What the feedback says, counted per reason and per cited clause (`wtsa feedback`).
import { FEEDBACK_REASONS, type FeedbackReason, type StoredFeedback } from './types.js';

/** Votes counted: 👍, 👎, and the 👎 by reason ("unspecified": no reason given). */
export interface VoteCounts {
  up: number;
  down: number;
  reasons: Record<FeedbackReason | 'unspecified', number>;
}

/** The votes on answers that cited one clause. */
export interface ClauseVotes extends VoteCounts {
  /** The record id, e.g. "44#5.1". */
  id: string;
  doc: string;
  section: string;
  label: string;
}

/** All feedback counted, and per clause, the clauses with the most 👎 first. */
export interface FeedbackReport {
  total: VoteCounts;
  clauses: ClauseVotes[];
}

const noVotes = (): VoteCounts => ({
  up: 0,
  down: 0,
  reasons: Object.fromEntries([...FEEDBACK_REASONS, 'unspecified'].map((r) => [r, 0])) as VoteCounts['reasons'],
});

function count(votes: VoteCounts, entry: StoredFeedback): void {
  if (entry.rating === 'up') {
    votes.up += 1;
    return;
  }
  votes.down += 1;
  votes.reasons[entry.reason ?? 'unspecified'] += 1;
}

/** Counts `entries` in total and per cited clause (an answer citing a clause twice counts once for it). */
export function feedbackReport(entries: readonly StoredFeedback[]): FeedbackReport {
  const total = noVotes();
  const clauses = new Map<string, ClauseVotes>();
  for (const entry of entries) {
    count(total, entry);
    for (const citation of new Map(entry.citations.map((c) => [c.id, c])).values()) {
      let votes = clauses.get(citation.id);
      if (!votes) clauses.set(citation.id, (votes = { id: citation.id, doc: citation.doc, section: citation.section, label: citation.label, ...noVotes() }));
      count(votes, entry);
    }
  }
  const ranked = [...clauses.values()].sort((a, b) => b.down - a.down || b.up - a.up || a.id.localeCompare(b.id));
  return { total, clauses: ranked };
}

const REASON_COLUMNS = [...FEEDBACK_REASONS, 'unspecified'] as const;

/** One CSV field, quoted when it holds a comma, quote or line break (and guarded against spreadsheet formulas). */
function csvField(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV: a header, one row for all feedback (empty record id), then one row per clause. */
export function feedbackReportCsv(report: FeedbackReport): string {
  const header = ['record_id', 'doc', 'section', 'label', 'up', 'down', ...REASON_COLUMNS];
  const row = (id: string, doc: string, section: string, label: string, v: VoteCounts) =>
    [id, doc, section, label, v.up, v.down, ...REASON_COLUMNS.map((r) => v.reasons[r])].map(csvField).join(',');
  const rows = [row('', '', '(all feedback)', '', report.total), ...report.clauses.map((c) => row(c.id, c.doc, c.section, c.label, c))];
  return `${[header.join(','), ...rows].join('\n')}\n`;
}
