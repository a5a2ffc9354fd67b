// `wtsa search "<question>" [--k N] [--retriever hybrid|dense|lexical] [--json]`: the top records with scores.
import { z } from 'zod';
import { RETRIEVERS } from '../assistant.js';
import { loadConfig } from '../config.js';
import { citationLocation } from '../corpus/document-name.js';
import { readCommandLine, type CommandSpec } from './command-line.js';
import { progressDisplay } from './progress.js';

/** The command's words and options. */
export const spec: CommandSpec = {
  name: 'search',
  synopsis: '"<question>" [--k N] [--retriever hybrid|dense|lexical] [--json]',
  description: 'Prints the records that best match a question, with their scores.',
  options: {
    k: { type: 'string', value: 'N', description: 'how many records (1–100, default 10)' },
    retriever: { type: 'string', value: RETRIEVERS.join('|'), description: 'which signal ranks them (default hybrid)' },
    json: { type: 'boolean', description: 'print {question, retriever, results} as JSON' },
  },
  positionals: 'question',
};

const optionsSchema = z.object({
  question: z.string().trim().min(1, 'the question is empty').max(2000, 'the question is longer than 2000 characters'),
  k: z.coerce.number().int('--k must be a whole number').min(1, '--k must be 1–100').max(100, '--k must be 1–100').default(10),
  retriever: z.enum(RETRIEVERS, { error: '--retriever must be hybrid, dense or lexical' }).default('hybrid'),
  json: z.boolean().default(false),
});

/** Runs the search subcommand: 0 after printing, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  const line = readCommandLine(spec, optionsSchema, args);
  if (!line.ok) return line.exitCode;
  const { question, k, retriever, json } = line.options;
  const { createAssistant } = await import('../create-assistant.js');
  const progress = progressDisplay();
  const assistant = await createAssistant(loadConfig(), { onProgress: progress.onProgress }).finally(progress.stop);
  const hits = await assistant.search(question, { k, retriever });
  if (json) {
    process.stdout.write(`${JSON.stringify({ question, retriever, results: hits }, null, 2)}\n`);
    return 0;
  }
  hits.forEach((h, i) => {
    const text = h.text.replace(/\n/g, ' ');
    process.stdout.write(`${String(i + 1).padStart(2)}. ${h.score.toFixed(4)}  ${citationLocation(h)}  (lines ${h.lines[0]}–${h.lines[1]})\n    ${text.length > 110 ? `${text.slice(0, 110)}…` : text}\n`);
  });
  return 0;
}
