// Loads an evaluation set (CONTRACT §4) and validates it with zod, naming the file and the bad item on error.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { normalizeForMatch } from './match.js';

const turnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string().min(1),
});

const goldSchema = z.object({
  doc: z.string().min(1),
  quote: z.string().refine(
    (q) => {
      const length = [...normalizeForMatch(q)].length;
      return length >= 8 && length <= 40;
    },
    { message: 'quote must be 8–40 characters (after NFKC and whitespace removal)' },
  ),
});

const itemSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().trim().min(1),
    answerable: z.boolean(),
    kind: z.string().min(1),
    /** How the question is written (colloquial, slack, english …); blind batches carry it. */
    style: z.string().min(1).optional(),
    gold: z.array(goldSchema),
    must_include: z.array(z.string().trim().min(1)).default([]),
    history: z.array(turnSchema).default([]),
  })
  .superRefine((item, ctx) => {
    if (item.answerable && item.gold.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['gold'], message: 'an answerable item needs at least one gold entry' });
    }
    if (!item.answerable && item.gold.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['gold'], message: 'an unanswerable item must have gold: []' });
    }
  });

/** One validated evaluation item (defaults applied: `must_include` and `history` are always arrays). */
export type EvalItem = z.infer<typeof itemSchema>;

/** A bad evaluation set: the message names the file and, when it can, the item. */
export class EvalSetError extends Error {
  override name = 'EvalSetError';
}

/** Validates parsed JSON as an evaluation set; `file` only labels the errors. */
export function parseEvalSet(data: unknown, file: string): EvalItem[] {
  if (!Array.isArray(data)) throw new EvalSetError(`${file}: an evaluation set is a JSON array of items`);
  if (data.length === 0) throw new EvalSetError(`${file}: the evaluation set has no items`);
  const seen = new Map<string, number>();
  return data.map((raw, index) => {
    const parsed = itemSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const label = `item ${index}${typeof rawId === 'string' ? ` (id "${rawId}")` : ''}`;
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`);
      throw new EvalSetError(`${file}: ${label}: ${problems.join('; ')}`);
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) throw new EvalSetError(`${file}: ${label}: duplicate id, first used by item ${first}`);
    seen.set(parsed.data.id, index);
    return parsed.data;
  });
}

/** Reads and validates an evaluation set file. */
export async function loadEvalSet(file: string): Promise<EvalItem[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new EvalSetError(`${file}: cannot read the evaluation set (${(err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new EvalSetError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  return parseEvalSet(data, file);
}
