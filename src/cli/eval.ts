// `wtsa eval --set FILE [--out FILE] [--retriever …] [--k N] [gates …] [--compare]`: runs an evaluation set.
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { RETRIEVERS, type Assistant, type Progress, type RetrieverName } from '../assistant.js';
import { loadConfig } from '../config.js';
import { EvalSetError, loadEvalSet } from '../eval/eval-set.js';
import { formatComparison, formatMetrics } from '../eval/format-metrics.js';
import type { EvalMetrics } from '../eval/metrics.js';
import { MIN_RETRIEVED, runEval, type EvalResults } from '../eval/run-eval.js';
import { readCommandLine, usageError, type CommandSpec, type OptionSpec } from './command-line.js';
import { progressDisplay } from './progress.js';

/** The quality gates: each flag fails the run (exit 1) when its measure is on the wrong side of the given value. */
const GATES = [
  { flag: 'min-recall', what: 'recall@5 on Chinese answerable items', atLeast: true, read: (m: EvalMetrics) => m.chinese.answerable?.recall_at_5 },
  {
    flag: 'min-first-citation',
    what: 'first citation proves the answer, Chinese answerable items',
    atLeast: true,
    read: (m: EvalMetrics) => m.chinese.answerable?.first_citation_proves,
  },
  {
    flag: 'min-must-include',
    what: 'must_include present, Chinese answerable items',
    atLeast: true,
    read: (m: EvalMetrics) => m.chinese.answerable?.must_include_rate,
  },
  { flag: 'min-refusal', what: 'unanswerable items refused', atLeast: true, read: (m: EvalMetrics) => m.overall.unanswerable?.refusal_rate },
  {
    flag: 'min-declined',
    what: 'unanswerable items refused or hedged',
    atLeast: true,
    read: (m: EvalMetrics) => m.overall.unanswerable?.declined_rate,
  },
  {
    flag: 'max-answerable-refused',
    what: 'Chinese answerable items refused',
    atLeast: false,
    read: (m: EvalMetrics) => m.chinese.answerable?.refused_rate,
  },
] as const;

type GateFlag = (typeof GATES)[number]['flag'];

/** The command's words and options. */
export const spec: CommandSpec = {
  name: 'eval',
  synopsis: '--set FILE [--out FILE] [--retriever hybrid|dense|lexical] [--k N] [--compare] [gates]',
  description:
    'Runs an evaluation set (CONTRACT §4) and prints its metrics; each gate (0–1) fails the run with exit 1 when its ' +
    'measure, on the first retriever run, is on the wrong side of the value given.',
  options: {
    set: { type: 'string', value: 'FILE', description: 'the evaluation set (JSON array of items)' },
    out: { type: 'string', value: 'FILE', description: 'write per-item results here (with --compare: FILE.<retriever>.json)' },
    retriever: { type: 'string', value: RETRIEVERS.join('|'), description: 'which retriever answers (default hybrid)' },
    k: { type: 'string', value: 'N', description: `retrieved records kept per item (≥ ${MIN_RETRIEVED}, default ${MIN_RETRIEVED})` },
    compare: { type: 'boolean', description: 'run all three retrievers and print an ablation table' },
    ...Object.fromEntries(
      GATES.map((g): [string, OptionSpec] => [g.flag, { type: 'string', value: 'X', description: `${g.atLeast ? 'at least' : 'at most'} X ${g.what}` }]),
    ),
  },
};

function rate(flag: string) {
  return z.coerce.number().min(0, `${flag} must be in 0–1`).max(1, `${flag} must be in 0–1`).optional();
}

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
    ...(Object.fromEntries(GATES.map((g) => [g.flag, rate(`--${g.flag}`)])) as Record<GateFlag, ReturnType<typeof rate>>),
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

/** Runs the eval subcommand: 0 on success, 1 when a gate fails, 2 on bad arguments or a bad set. */
export async function run(args: string[], deps: EvalDeps = defaultDeps): Promise<number> {
  const io = { stdout: deps.stdout, stderr: deps.stderr };
  const line = readCommandLine(spec, argsSchema, args, io);
  if (!line.ok) return line.exitCode;
  const opts = line.options;

  let items;
  try {
    items = await loadEvalSet(opts.set);
  } catch (err) {
    if (err instanceof EvalSetError) return usageError(spec, err.message, io);
    throw err;
  }

  const progress = progressDisplay(deps.stderr);
  const assistant = await deps.createAssistant(progress.onProgress).finally(progress.stop);
  const retrievers = opts.compare ? RETRIEVERS : [opts.retriever ?? 'hybrid'];
  const runs: EvalResults[] = [];
  for (const retriever of retrievers) {
    const results = await runEval(assistant, items, {
      set: opts.set,
      retriever,
      k: opts.k,
      onProgress: (done, total) => progress.onProgress({ phase: `eval ${retriever}`, done, total }),
    }).finally(progress.stop);
    runs.push(results);
    deps.stdout.write(`${formatMetrics(results)}\n`);
    if (opts.out) {
      const file = opts.compare ? outFileFor(opts.out, retriever) : opts.out;
      await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
      deps.stderr.write(`results written to ${file}\n`);
    }
  }
  if (opts.compare) deps.stdout.write(`ablation\n${formatComparison(runs)}\n`);

  return checkGates(runs[0]!, opts, deps.stdout);
}

/** Prints one line per requested gate; 1 when any fails (or measures nothing), else 0. */
function checkGates(gated: EvalResults, opts: Partial<Record<GateFlag, number>>, stdout: NodeJS.WritableStream): number {
  let failed = false;
  for (const gate of GATES) {
    const limit = opts[gate.flag];
    if (limit === undefined) continue;
    const value = gate.read(gated.metrics) ?? null;
    const pass = value !== null && (gate.atLeast ? value >= limit : value <= limit);
    failed ||= !pass;
    const shown = value === null ? 'unmeasured (no such items)' : value.toFixed(3);
    stdout.write(`gate: ${gated.retriever} ${gate.what} ${shown} ${gate.atLeast ? '≥' : '≤'} ${limit} — ${pass ? 'pass' : 'FAIL'}\n`);
  }
  return failed ? 1 : 0;
}
