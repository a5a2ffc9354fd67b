// `wtsa ask "<question>" [--json]`: the answer with its citations, readable in a terminal.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { citationLocation } from '../corpus/document-name.js';
import { createAssistant } from '../create-assistant.js';
import { progressBar } from './progress-bar.js';

const USAGE = 'usage: wtsa ask "<question>" [--json]\n';

const argsSchema = z.object({
  question: z.string().trim().min(1, 'the question is empty').max(2000),
  json: z.boolean().default(false),
});

/** Runs the ask subcommand. */
export async function run(args: string[]): Promise<number> {
  let parsed: z.infer<typeof argsSchema>;
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    parsed = argsSchema.parse({ question: positionals.join(' '), ...values });
  } catch (err) {
    const message = err instanceof z.ZodError ? err.issues.map((i) => i.message).join('; ') : (err as Error).message;
    process.stderr.write(`wtsa ask: ${message}\n${USAGE}`);
    return 2;
  }
  const assistant = await createAssistant(loadConfig(), { onProgress: progressBar(), log: (m) => process.stderr.write(`${m}\n`) });
  const answer = await assistant.ask({ question: parsed.question });
  if (parsed.json) {
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
