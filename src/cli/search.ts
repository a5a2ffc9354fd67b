// `wtsa search "<question>" [--k N] [--retriever hybrid|dense|lexical] [--json]`: the top records with scores.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { RETRIEVERS } from '../assistant.js';
import { loadConfig } from '../config.js';
import { citationLocation } from '../corpus/document-name.js';
import { createAssistant } from '../create-assistant.js';
import { progressBar } from './progress-bar.js';

const USAGE = 'usage: wtsa search "<question>" [--k N] [--retriever hybrid|dense|lexical] [--json]\n';

const argsSchema = z.object({
  question: z.string().trim().min(1, 'the question is empty').max(2000),
  k: z.coerce.number().int().min(1).max(100).default(10),
  retriever: z.enum(RETRIEVERS).default('hybrid'),
  json: z.boolean().default(false),
});

/** Runs the search subcommand. */
export async function run(args: string[]): Promise<number> {
  let parsed: z.infer<typeof argsSchema>;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { k: { type: 'string' }, retriever: { type: 'string' }, json: { type: 'boolean' } },
    });
    parsed = argsSchema.parse({ question: positionals.join(' '), ...values });
  } catch (err) {
    const message = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('; ') : (err as Error).message;
    process.stderr.write(`wtsa search: ${message}\n${USAGE}`);
    return 2;
  }
  const assistant = await createAssistant(loadConfig(), { onProgress: progressBar() });
  const hits = await assistant.search(parsed.question, { k: parsed.k, retriever: parsed.retriever });
  if (parsed.json) {
    process.stdout.write(`${JSON.stringify({ question: parsed.question, retriever: parsed.retriever, results: hits }, null, 2)}\n`);
    return 0;
  }
  hits.forEach((h, i) => {
    const text = h.text.replace(/\n/g, ' ');
    process.stdout.write(`${String(i + 1).padStart(2)}. ${h.score.toFixed(4)}  ${citationLocation(h)}  (lines ${h.lines[0]}–${h.lines[1]})\n    ${text.length > 110 ? `${text.slice(0, 110)}…` : text}\n`);
  });
  return 0;
}
