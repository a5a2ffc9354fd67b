// Loads the prompt templates and refusal sentences of prompts/, checks their placeholders, and fills them in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ROOT } from '../../config.js';

/** The directory the product reads its prompts from. */
export const PROMPTS_DIR = resolve(ROOT, 'prompts');

/** Every prompt the product knows, each with the placeholders its file must use (and may only use). */
const PROMPTS = {
  'answer-system.zh': ['language', 'refusal'],
  'answer-user.zh': ['history', 'clauses', 'question'],
  'refusal.zh': [],
  'refusal.en': [],
} as const satisfies Record<string, readonly string[]>;

/** The name of a prompt file under prompts/, without `.md`. */
export type PromptName = keyof typeof PROMPTS;

const promptName = z.enum(Object.keys(PROMPTS) as [PromptName, ...PromptName[]]);
const PLACEHOLDER = /\{\{([a-z_]+)\}\}/g;
const cache = new Map<string, string>();

/** Raised when a prompt file is missing, empty or uses the wrong placeholders. */
export class PromptError extends Error {
  override readonly name = 'PromptError';
}

/** `text` without its <!-- comments --> (an unclosed one is kept), in one pass. */
function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    const close = open < 0 ? -1 : text.indexOf('-->', open + 4);
    if (close < 0) return out + text.slice(from);
    out += text.slice(from, open);
    from = close + 3;
  }
}

/** The text of prompts/<name>.md with <!-- comments --> removed; validated once, then cached. */
export function loadPrompt(name: PromptName, dir: string = PROMPTS_DIR): string {
  const checked = promptName.safeParse(name);
  if (!checked.success) throw new PromptError(`Unknown prompt "${String(name)}"; known: ${promptName.options.join(', ')}`);
  const file = resolve(dir, `${checked.data}.md`);
  const cached = cache.get(file);
  if (cached !== undefined) return cached;

  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PromptError(`Prompt file ${file} cannot be read: ${(error as Error).message}`);
  }
  const text = withoutComments(raw).trim();
  if (!text) throw new PromptError(`Prompt file ${file} is empty`);
  const expected: readonly string[] = PROMPTS[checked.data];
  const used = new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]));
  const missing = expected.filter((p) => !used.has(p));
  const unknown = [...used].filter((p) => p !== undefined && !expected.includes(p));
  if (missing.length || unknown.length) {
    const parts = [missing.length ? `missing {{${missing.join('}}, {{')}}}` : '', unknown.length ? `unknown {{${unknown.join('}}, {{')}}}` : ''];
    throw new PromptError(`Prompt file ${file}: ${parts.filter(Boolean).join('; ')}`);
  }
  if (expected.length === 0 && text.includes('\n')) throw new PromptError(`Prompt file ${file} must hold one line`);
  cache.set(file, text);
  return text;
}

/** Fills every {{placeholder}} of `template` in one pass (values are never re-expanded); throws on a missing value. */
export function renderPrompt(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new PromptError(`No value for placeholder {{${key}}}`);
    return value;
  });
}
