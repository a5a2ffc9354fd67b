// The fitted answer / hedge / refuse decision: a logistic model of "the texts answer this question" with two
// thresholds, read from a versioned JSON file that `wtsa calibrate` writes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ROOT } from '../../config.js';
import { probability, type LogisticModel } from './logistic-model.js';

/** Where the product reads its decision model (written by `wtsa calibrate`). */
export const DECISION_MODEL_FILE = resolve(ROOT, 'src/answer/decision/decision-model.json');

/** The file format's version; a file of another version is refused. */
export const DECISION_MODEL_VERSION = 1;

const modelSchema = z.object({
  version: z.literal(DECISION_MODEL_VERSION),
  fittedAt: z.string(),
  fittedOn: z.array(z.string()),
  model: z.object({
    features: z.array(z.string()).min(1),
    weights: z.array(z.number()),
    bias: z.number(),
    mean: z.array(z.number()),
    scale: z.array(z.number().positive()),
  }),
  thresholds: z.object({ answer: z.number().min(0).max(1), refuse: z.number().min(0).max(1) }),
  crossValidation: z.record(z.string(), z.unknown()),
});

/** The decision model file's contents. */
export type DecisionModelFile = z.infer<typeof modelSchema>;

/** What the decision says to do with one question. */
export type Outcome = 'answer' | 'hedge' | 'refuse';

/** A decision and what it rests on (kept on the answer for the evaluation and for debugging). */
export interface DecisionTrace {
  outcome: Outcome;
  /** The model's probability that the texts answer the question. */
  probability: number;
  features: Record<string, number>;
  /**
   * The rule that moved the outcome off the model's band, when one did: a name the texts never mention caps an answer
   * at a hedge; both retrievers leading to one document turn a refusal into a hedge.
   */
  rule?: 'unknown-name' | 'retrievers-agree';
}

/** Reads and validates a decision model file; throws a message naming the file and the problem. */
export function loadDecisionModel(file = DECISION_MODEL_FILE): DecisionModelFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`decision model ${file} cannot be read: ${(err as Error).message} (run \`wtsa calibrate\`)`);
  }
  const parsed = modelSchema.safeParse(data);
  if (!parsed.success) throw new Error(`decision model ${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { model, thresholds } = parsed.data;
  if ([model.weights, model.mean, model.scale].some((a) => a.length !== model.features.length)) {
    throw new Error(`decision model ${file}: weights, mean and scale must have one entry per feature`);
  }
  if (thresholds.refuse > thresholds.answer) throw new Error(`decision model ${file}: the refuse threshold exceeds the answer threshold`);
  return parsed.data;
}

/** Answer at or above the answer threshold, hedge between the two, refuse below the refuse threshold. */
export function decide(file: Pick<DecisionModelFile, 'model' | 'thresholds'>, features: Record<string, number>): DecisionTrace {
  const p = probability(file.model as LogisticModel, features);
  const outcome: Outcome = p >= file.thresholds.answer ? 'answer' : p >= file.thresholds.refuse ? 'hedge' : 'refuse';
  return { outcome, probability: p, features };
}
