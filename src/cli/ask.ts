// `wtsa ask "<question>" [--json]`: the answer with its citations, readable in a terminal.
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { citationLocation } from '../corpus/document-name.js';
import { readCommandLine, type CommandSpec } from './command-line.js';
import { progressDisplay } from './progress.js';

/** The command's words and options. */
export const spec: CommandSpec = {
  name: 'ask',
  synopsis: '"<question>" [--json]',
  description: 'Answers a question about the WTSA-24 resolutions with cited clauses (building the index first if it is stale).',
  options: { json: { type: 'boolean', description: 'print the /api/ask response body as JSON' } },
  positionals: 'question',
};

const optionsSchema = z.object({
  question: z.string().trim().min(1, 'the question is empty').max(2000, 'the question is longer than 2000 characters'),
  json: z.boolean().default(false),
});

/** Runs the ask subcommand: 0 after answering, 2 on bad arguments. */
export async function run(args: string[]): Promise<number> {
  const line = readCommandLine(spec, optionsSchema, args);
  if (!line.ok) return line.exitCode;
  const { question, json } = line.options;
  const { createAssistant } = await import('../create-assistant.js');
  const progress = progressDisplay();
  const assistant = await createAssistant(loadConfig(), { onProgress: progress.onProgress, log: (m) => process.stderr.write(`${m}\n`) }).finally(progress.stop);
  const answer = await assistant.ask({ question });
  if (json) {
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${answer.answer}\n`);
  if (answer.citations.length) {
    process.stdout.write('\n引用：\n');
    for (const c of answer.citations) {
      process.stdout.write(`[${c.n}] ${citationLocation(c)}  (corpus/wtsa24-zh.txt:${c.lines[0]}–${c.lines[1]})\n    ${c.quote.replace(/\n/g, ' ')}\n`);
    }
  }
  return 0;
}
