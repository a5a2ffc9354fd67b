// English words of a question in the texts' Chinese, from the CC-CEDICT dictionary (the cc-cedict package, read
// offline): its English glosses reversed, kept only for Chinese words the corpus uses. The hand glossary in
// corpus/aliases.json names ITU terms; this table reaches the everyday and technical words it does not
// ("submarine" → 海底, "counterfeit" → 假冒, "metaverse" → 元宇宙).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { z } from 'zod';
import { fileSha256 } from '../index-manifest.js';

/** English phrase (lower case, at most MAX_PHRASE_WORDS words) → the corpus's Chinese words for it. */
export type EnglishTerms = ReadonlyMap<string, readonly string[]>;

/** File under INDEX_DIR holding the table and what it was built from. */
export const ENGLISH_TERMS_FILE = 'english-terms.json';
const MAX_PHRASE_WORDS = 4;
/** Chinese words taken per English phrase (the dictionary lists the commonest senses first). */
const WORDS_PER_PHRASE = 3;

/**
 * Question words that carry no topic (and dictionary glosses of them would add noise): question words, function
 * words, and the names every question about these texts shares.
 */
const STOP_WORDS = new Set(
  ('which what when where who whom whose does did do the a an of to in on for with by and or is are was were be been as at ' +
    'from that this these those it its how many much about under per according resolution resolutions itu-t itu wtsa study ' +
    'group groups sg sgs res say says said ask asks asked should must can may will would there their they any each other ' +
    'also into than then so if not no').split(' '),
);

/** Changes whenever the way the table is built changes, so that a table saved by an older build is built again. */
const TABLE_VERSION = 2;

const stampedFileSchema = z.object({
  version: z.literal(TABLE_VERSION),
  dictionarySha256: z.string(),
  corpusSha256: z.string(),
  terms: z.record(z.string(), z.array(z.string())),
});

/** One dictionary entry as cc-cedict stores it: traditional, simplified, pinyin, English gloss(es), … */
const entrySchema = z.tuple([z.string(), z.string(), z.string(), z.union([z.string(), z.array(z.string())])]).rest(z.unknown());

/** The cc-cedict data file (the package exports only its lookup class; the table needs every entry). */
function dictionaryFile(): string {
  return fileURLToPath(new URL('../data/all.js', import.meta.resolve('cc-cedict')));
}

/**
 * The table for this corpus, from INDEX_DIR when it was built from the same dictionary and corpus, else built (about
 * 2 s: the dictionary is read once) and saved there.
 */
export async function openEnglishTerms(indexDir: string, corpusFile: string): Promise<EnglishTerms> {
  const file = join(indexDir, ENGLISH_TERMS_FILE);
  const stamp = { version: TABLE_VERSION, dictionarySha256: fileSha256(dictionaryFile()), corpusSha256: fileSha256(corpusFile) };
  const saved = existsSync(file) ? stampedFileSchema.safeParse(readJson(file)) : undefined;
  if (saved?.success && saved.data.dictionarySha256 === stamp.dictionarySha256 && saved.data.corpusSha256 === stamp.corpusSha256) {
    return new Map(Object.entries(saved.data.terms));
  }
  const terms = await buildEnglishTerms(readFileSync(corpusFile, 'utf8'));
  writeFileSync(`${file}.tmp`, JSON.stringify({ ...stamp, terms: Object.fromEntries(terms) }));
  renameSync(`${file}.tmp`, file);
  return terms;
}

/** A file's JSON, or undefined when it is not JSON (a table cut short is built again, not a reason to stop). */
function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reverses the dictionary: each English gloss → the Chinese words (two characters or more) that `corpusText` uses. */
export async function buildEnglishTerms(corpusText: string): Promise<EnglishTerms> {
  const data: unknown = (await import(dictionaryFile())).default;
  const entries = z.array(z.unknown()).parse((data as { all?: unknown }).all ?? data);
  const terms = new Map<string, string[]>();
  for (const raw of entries) {
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) continue;
    const [, simplified, , english] = entry.data;
    if (simplified.length < 2 || !corpusText.includes(simplified)) continue;
    for (const gloss of typeof english === 'string' ? [english] : english) {
      for (const phrase of glossPhrases(gloss)) {
        const words = terms.get(phrase) ?? [];
        if (!words.includes(simplified)) terms.set(phrase, [...words, simplified]);
      }
    }
  }
  return terms;
}

/** The phrases a gloss offers: "to build; to set up (a system)" → "build", "set up". */
function glossPhrases(gloss: string): string[] {
  return gloss
    .toLowerCase()
    .replace(/\([^()]*\)/g, '')
    .split(/[;,]/)
    .map((p) => p.replace(/^to /, '').replace(/^(?:a|an|the) /, '').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length >= 3 && p.split(' ').length <= MAX_PHRASE_WORDS && !/^(?:cl|sb|sth|variant|see|also|old)\b/.test(p));
}

/**
 * The Chinese words for an English question's topic words: its longest phrases found in the table first (a plural
 * also as its singular), WORDS_PER_PHRASE words each, without question and function words.
 */
export function chineseWordsFor(terms: EnglishTerms, question: string): string[] {
  const words = question.toLowerCase().replace(/[^a-z0-9\- ]/g, ' ').split(/\s+/).filter(Boolean);
  const look = (p: string) => terms.get(p) ?? (p.endsWith('s') ? (terms.get(p.slice(0, -1)) ?? (p.endsWith('es') ? terms.get(p.slice(0, -2)) : undefined)) : undefined);
  const found = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let taken = 1;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (n === 1 && (STOP_WORDS.has(phrase) || phrase.length < 3)) break;
      const chinese = look(phrase);
      if (chinese) {
        for (const w of chinese.slice(0, WORDS_PER_PHRASE)) found.add(w);
        taken = n;
        break;
      }
    }
    i += taken;
  }
  return [...found];
}
