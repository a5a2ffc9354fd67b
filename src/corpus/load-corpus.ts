// Reads the corpus file once per path and parses it; the only corpus module that touches the file system.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { CorpusError } from './corpus-error.js';
import { parseCorpus } from './parse-corpus.js';
import type { ParsedCorpus } from './types.js';

/** The error loadCorpus and parseCorpus throw: names the file and the line that could not be placed. */
export { CorpusError } from './corpus-error.js';

const cache = new Map<string, ParsedCorpus>();

/** The parsed corpus of `file` (default: config CORPUS_FILE), memoised per absolute path. */
export function loadCorpus(file: string = loadConfig().CORPUS_FILE): ParsedCorpus {
  const path = resolve(file);
  const cached = cache.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String((err as NodeJS.ErrnoException).code) : String(err);
    throw new CorpusError(`cannot read the corpus file (${reason})`, null, path);
  }
  let corpus: ParsedCorpus;
  try {
    corpus = parseCorpus(text);
  } catch (err) {
    if (err instanceof CorpusError) throw new CorpusError(`not the expected WTSA-24 text: ${err.reason}`, err.line, path);
    throw err;
  }
  cache.set(path, corpus);
  return corpus;
}
