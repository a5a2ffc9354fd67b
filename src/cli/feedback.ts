// `wtsa feedback [--csv | --json] [--limit N]`: the feedback in the state database counted per reason and per cited clause.
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { citationLocation } from '../corpus/document-name.js';
import { feedbackReport, feedbackReportCsv, type VoteCounts } from '../feedback/feedback-report.js';
import { openStore } from '../store/open-store.js';
import { readCommandLine, type CommandSpec } from './command-line.js';

/** The command's words and options. */
export const spec: CommandSpec = {
  name: 'feedback',
  synopsis: '[--csv | --json] [--limit N]',
  description: 'Counts the 👍/👎 feedback (PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR) per 👎 reason and per cited clause.',
  options: {
    csv: { type: 'boolean', description: 'one CSV row per clause (and one for all feedback)' },
    json: { type: 'boolean', description: 'the report as JSON' },
    limit: { type: 'string', value: 'N', description: 'read only the newest N entries (default: all)' },
  },
};

const optionsSchema = z
  .object({
    csv: z.boolean().default(false),
    json: z.boolean().default(false),
    limit: z.coerce.number().int().positive().default(Number.MAX_SAFE_INTEGER),
  })
  .refine((o) => !(o.csv && o.json), 'choose one of --csv and --json');

/** "👍 3  👎 5 (wrong-citation 2, unspecified 3)". */
function votesLine(v: VoteCounts): string {
  const reasons = Object.entries(v.reasons).filter(([, n]) => n > 0).map(([r, n]) => `${r} ${n}`);
  return `👍 ${v.up}  👎 ${v.down}${reasons.length ? ` (${reasons.join(', ')})` : ''}`;
}

/** Runs the feedback subcommand: 0 after printing the report, 1 when the database cannot be opened, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  const line = readCommandLine(spec, optionsSchema, args);
  if (!line.ok) return line.exitCode;
  const store = await openStore(loadConfig());
  try {
    const report = feedbackReport(await store.feedback.list(line.options.limit));
    if (line.options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (line.options.csv) process.stdout.write(feedbackReportCsv(report));
    else {
      process.stdout.write(`all feedback: ${votesLine(report.total)}\n`);
      if (report.clauses.length) process.stdout.write('\nper cited clause (most 👎 first):\n');
      for (const c of report.clauses) process.stdout.write(`  ${c.id}  ${citationLocation(c)}\n    ${votesLine(c)}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
