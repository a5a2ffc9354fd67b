// `wtsa calibrate [--sets A,B…] [--out FILE]`: runs the development pool through the assistant, fits the answer /
// hedge / refuse decision on the features it read, prints the cross-validated outcomes and writes the model file.
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { calibrateDecision } from '../answer/decision/calibrate.js';
import { DECISION_MODEL_FILE } from '../answer/decision/decision-model.js';
import type { Example } from '../answer/decision/logistic-model.js';
import { loadConfig } from '../config.js';
import { EvalSetError, loadEvalSet } from '../eval/eval-set.js';
import { runEval } from '../eval/run-eval.js';
import { readCommandLine, usageError, type CommandSpec } from './command-line.js';
import { progressDisplay } from './progress.js';

/** The development pool: every set but the sealed blind batch (evals/blind/batch-3.json), which only reports. */
export const DEVELOPMENT_POOL = [
  'evals/known-answers.json',
  'evals/later-questions.json',
  'evals/blind/batch-1.json',
  'evals/blind/batch-2.json',
  'evals/blind/batch-4.json',
  'evals/blind/batch-5.json',
  'evals/blind/batch-6.json',
];

/** The command's words and options. */
export const spec: CommandSpec = {
  name: 'calibrate',
  synopsis: '[--sets FILE,FILE…] [--out FILE]',
  description:
    'Asks every question of the evaluation sets, fits the answer / hedge / refuse decision (logistic regression on the ' +
    'decision features, thresholds chosen out of fold), prints the cross-validated outcomes and writes the model file.',
  options: {
    sets: { type: 'string', value: 'FILE,FILE…', description: `the sets to fit on (default: ${DEVELOPMENT_POOL.join(',')})` },
    out: { type: 'string', value: 'FILE', description: 'where to write the model (default: the product\'s model file)' },
  },
};

const optionsSchema = z.object({
  sets: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : DEVELOPMENT_POOL))
    .refine((sets) => !sets.some((s) => s.includes('batch-3')), 'the sealed blind batch (batch-3) never chooses anything'),
  out: z.string().min(1).default(DECISION_MODEL_FILE),
});

/** Runs `wtsa calibrate`: 0 once the model is written, 2 on bad arguments or a bad set. */
export async function run(args: string[]): Promise<number> {
  const line = readCommandLine(spec, optionsSchema, args);
  if (!line.ok) return line.exitCode;
  const { sets, out } = line.options;
  let loaded;
  try {
    loaded = await Promise.all(sets.map(async (set) => ({ set, items: await loadEvalSet(set) })));
  } catch (err) {
    if (err instanceof EvalSetError) return usageError(spec, err.message, process);
    throw err;
  }
  const progress = progressDisplay(process.stderr);
  const { createAssistant } = await import('../create-assistant.js');
  const assistant = await createAssistant(loadConfig(), { onProgress: progress.onProgress }).finally(progress.stop);
  const examples: Example[] = [];
  let refusedByRules = 0;
  for (const { set, items } of loaded) {
    const results = await runEval(assistant, items, { set, onProgress: (done, total) => progress.onProgress({ phase: `ask ${set}`, done, total }) }).finally(progress.stop);
    results.items.forEach((r, i) => {
      // Items a rule refused (a missing document, a kind of fact never recorded) never reach the model.
      if (r.decision) examples.push({ x: r.decision.features, y: items[i]!.answerable ? 1 : 0 });
      else if (!items[i]!.answerable && r.refused) refusedByRules += 1;
    });
  }
  const model = calibrateDecision(examples, sets, refusedByRules);
  await writeFile(out, `${JSON.stringify(model, null, 2)}\n`);
  process.stdout.write(
    `fitted on ${examples.length} questions from ${sets.length} sets → ${out}\n` +
      `thresholds: answer ≥ ${model.thresholds.answer.toFixed(3)}, refuse < ${model.thresholds.refuse.toFixed(3)}\n` +
      `cross-validated: ${JSON.stringify(model.crossValidation)}\n`,
  );
  return 0;
}
