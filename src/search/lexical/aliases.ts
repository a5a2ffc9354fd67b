// Alias groups (SG17 ↔ 第17研究组, TSB ↔ 电信标准化局 …) and the English→Chinese glossary used to expand queries.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { ROOT } from '../../config.js';
import { normalizeForSearch } from './normalize.js';

/** Path of the alias file. */
export const ALIASES_FILE = resolve(ROOT, 'corpus/aliases.json');

const phrase = z.string().trim().min(1);

const aliasFileSchema = z
  .object({
    /** Phrases that mean the same thing; any member found in a query adds all the others. */
    groups: z.array(z.array(phrase).min(2)),
    /** English phrase → Chinese phrase, applied one way (English questions over Chinese text). */
    glossary: z.record(phrase, phrase),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.groups.forEach((group, i) => {
      for (const member of group) {
        const key = normalizeForSearch(member);
        const earlier = seen.get(key);
        if (earlier !== undefined && earlier !== i) {
          ctx.addIssue({ code: 'custom', path: ['groups', i], message: `"${member}" is already in group ${earlier}` });
        }
        seen.set(key, i);
      }
    });
  });

/** The validated content of corpus/aliases.json. */
export type AliasFile = z.infer<typeof aliasFileSchema>;

/** A phrase to look for in a normalised query and the phrases it adds. */
interface AliasRule {
  phrase: string;
  match: (normalizedQuery: string) => boolean;
  adds: string[];
}

/** Compiled alias rules: call `expand` with a question to get the phrases its aliases add. */
export interface Aliases {
  expand(question: string): string[];
  /** The alias and glossary phrases (normalised) found in the question. */
  matches(question: string): string[];
}

const WORD_CHAR = /[a-z0-9]/;

// Finds a phrase as a whole word where it starts or ends with a letter or digit ("ai" not in "said", "2组" not in "12组").
function phraseMatcher(p: string): (q: string) => boolean {
  const checkStart = WORD_CHAR.test(p[0] ?? '');
  const checkEnd = WORD_CHAR.test(p[p.length - 1] ?? '');
  return (q) => {
    for (let i = q.indexOf(p); i >= 0; i = q.indexOf(p, i + 1)) {
      const before = q[i - 1] ?? ' ';
      const after = q[i + p.length] ?? ' ';
      if ((!checkStart || !WORD_CHAR.test(before)) && (!checkEnd || !WORD_CHAR.test(after))) return true;
    }
    return false;
  };
}

/** Validates an alias file's JSON; throws an error naming the file and every problem. */
export function parseAliasFile(json: unknown, source = ALIASES_FILE): AliasFile {
  const parsed = aliasFileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`Invalid alias file ${source}:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Texts whose matching rules are kept (questions and their terms). */
const MATCH_CACHE_SIZE = 2048;

/** Compiles validated alias data into matchers (both ways for groups, English→Chinese for the glossary). */
export function compileAliases(file: AliasFile): Aliases {
  const rules: AliasRule[] = [];
  for (const group of file.groups) {
    const members = group.map(normalizeForSearch);
    for (const m of members) rules.push({ phrase: m, match: phraseMatcher(m), adds: members.filter((o) => o !== m) });
  }
  for (const [en, zh] of Object.entries(file.glossary)) {
    const phrase = normalizeForSearch(en);
    rules.push({ phrase, match: phraseMatcher(phrase), adds: [normalizeForSearch(zh)] });
  }
  // Every rule is tried on each text; an answer asks about the same question and terms several times.
  const matched = new LRUCache<string, AliasRule[]>({ max: MATCH_CACHE_SIZE });
  const matching = (question: string) => {
    let found = matched.get(question);
    if (!found) {
      const q = normalizeForSearch(question);
      matched.set(question, (found = rules.filter((rule) => rule.match(q))));
    }
    return found;
  };
  return {
    expand(question) {
      return [...new Set(matching(question).flatMap((rule) => rule.adds))];
    },
    matches(question) {
      return [...new Set(matching(question).map((rule) => rule.phrase))];
    },
  };
}

let shared: Aliases | undefined;

/** The aliases of corpus/aliases.json, read and validated once. */
export function defaultAliases(): Aliases {
  if (shared) return shared;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(ALIASES_FILE, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read alias file ${ALIASES_FILE}: ${(err as Error).message}`);
  }
  shared = compileAliases(parseAliasFile(json));
  return shared;
}
