// `wtsa eval --set FILE [--out FILE] [--retriever …] [--k N] [--min-recall X] [--compare]`: runs an evaluation set.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Assistant, Progress, RetrieverName } from '../assistant.js';
import { loadConfig } from '../config.js';
import { EvalSetError, loadEvalSet } from '../eval/eval-set.js';
import { formatComparison, formatMetrics } from '../eval/format-metrics.js';
import { MIN_RETRIEVED, runEval, type EvalResults } from '../eval/run-eval.js';
import { progressBar } from './progress-bar.js';

const USAGE =
  'usage: wtsa eval --set FILE [--out FILE] [--retriever hybrid|dense|lexical] [--k N] [--min-recall X] [--compare]\n' +
  '  --k N           retrieved records kept per item (≥ 10, default 10)\n' +
  '  --min-recall X  exit 1 when recall@5 on Chinese answerable items is below X (0–1)\n' +
  '  --compare       run all three retrievers and print an ablation table (--out FILE gets FILE.<retriever>.json)\n';

const RETRIEVERS: RetrieverName[] = ['hybrid', 'dense', 'lexical'];

const argsSchema = z
  .object({
    set: z.string({ error: '--set FILE is required' }).min(1, '--set FILE is required'),
    out: z.string().min(1).optional(),
    retriever: z.enum(RETRIEVERS, { error: '--retriever must be hybrid, dense or lexical' }).optional(),
    k: z.coerce
      .number()
      .int('--k must be a whole number')
      .min(MIN_RETRIEVED, `--k must be at least ${MIN_RETRIEVED}`)
      .default(MIN_RETRIEVED),
    'min-recall': z.coerce.number().min(0, '--min-recall must be in 0–1').max(1, '--min-recall must be in 0–1').optional(),
    compare: z.boolean().default(false),
  })
  .refine((a) => !(a.compare && a.retriever), { message: '--compare runs every retriever; drop --retriever' });

/** What the eval command needs from outside: an assistant factory and where to print. */
export interface EvalDeps {
  createAssistant: (onProgress: (p: Progress) => void) => Promise<Pick<Assistant, 'ask' | 'search'>>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
}

const defaultDeps: EvalDeps = {
  createAssistant: async (onProgress) => {
    const { createAssistant } = await import('../create-assistant.js');
    return createAssistant(loadConfig(), { onProgress });
  },
  stdout: process.stdout,
  stderr: process.stderr,
};

/** FILE.json → FILE.<retriever>.json, for --compare with --out. */
function outFileFor(out: string, retriever: RetrieverName): string {
  return out.endsWith('.json') ? `${out.slice(0, -'.json'.length)}.${retriever}.json` : `${out}.${retriever}.json`;
}

/** Runs the eval subcommand: 0 on success, 1 when the recall gate fails, 2 on bad arguments or a bad set. */
export async function run(args: string[], deps: EvalDeps = defaultDeps): Promise<number> {
  const fail = (message: string) => {
    deps.stderr.write(`wtsa eval: ${message}\n${USAGE}`);
    return 2;
  };
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        set: { type: 'string' },
        out: { type: 'string' },
        retriever: { type: 'string' },
        k: { type: 'string' },
        'min-recall': { type: 'string' },
        compare: { type: 'boolean' },
      },
    }));
  } catch (err) {
    return fail((err as Error).message);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => i.message).join('; '));
  const opts = parsed.data;

  let items;
  try {
    items = await loadEvalSet(opts.set);
  } catch (err) {
    if (err instanceof EvalSetError) return fail(err.message);
    throw err;
  }

  const assistant = await deps.createAssistant(progressBar(deps.stderr));
  const retrievers = opts.compare ? RETRIEVERS : [opts.retriever ?? 'hybrid'];
  const runs: EvalResults[] = [];
  for (const retriever of retrievers) {
    const bar = progressBar(deps.stderr);
    const results = await runEval(assistant, items, {
      set: opts.set,
      retriever,
      k: opts.k,
      onProgress: (done, total) => bar({ phase: `eval ${retriever}`, done, total }),
    });
    runs.push(results);
    deps.stdout.write(`${formatMetrics(results)}\n`);
    if (opts.out) {
      const file = opts.compare ? outFileFor(opts.out, retriever) : opts.out;
      await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
      deps.stderr.write(`results written to ${file}\n`);
    }
  }
  if (opts.compare) deps.stdout.write(`ablation\n${formatComparison(runs)}\n`);

  const minRecall = opts['min-recall'];
  if (minRecall === undefined) return 0;
  const gated = runs[0]!;
  const recall = gated.metrics.chinese.answerable?.recall_at_5 ?? null;
  const pass = recall !== null && recall >= minRecall;
  deps.stdout.write(
    `gate: ${gated.retriever} recall@5 on Chinese answerable items ${recall === null ? 'unmeasured (no such items)' : recall.toFixed(3)} ` +
      `${pass ? '≥' : '<'} ${minRecall} — ${pass ? 'pass' : 'FAIL'}\n`,
  );
  return pass ? 0 : 1;
}
