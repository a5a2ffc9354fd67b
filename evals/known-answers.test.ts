// Guards the project's own known-answer set: valid per CONTRACT §4, every gold quote verbatim in its document, coverage minimums met.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvalSet, type EvalItem } from '../src/eval/eval-set.js';
import { docMatches, normalizeForMatch } from '../src/eval/match.js';

const SET_FILE = new URL('./known-answers.json', import.meta.url);
const CORPUS_FILE = new URL('../corpus/wtsa24-zh.txt', import.meta.url);

/** One top-level document of the corpus with its text as the quotes are compared against. */
interface DocumentText {
  doc: string;
  firstLine: number;
  /** Page-number, footnote-separator and URL lines dropped, NFKC, no whitespace. */
  text: string;
}

const MARKER = /^\s*(MOD|ADD)\s*$/;
const TRAILING_BLOCKS: ReadonlyArray<[string, RegExp]> = [
  ['actions', /^\s*编号\s+行动\s*$/],
  ['leadership', /^\s*组\s+名单\s+成员国\s*$/],
  ['questions', /^\s*\d+\s+第\d+研究组\s*$/],
];
const ARTEFACT = /^(\d{1,3}|_{5,}|https?:\/\/.*)$/;

// The id a marked document carries (CONTRACT §1), read from its identifier line.
function markedDocId(identifier: string): string {
  if (identifier.includes('A.25')) return 'A.25';
  const id = /第(.+?)号决议/.exec(identifier)?.[1];
  if (!id) throw new Error(`no document id in "${identifier}"`);
  return id;
}

// Cuts the raw corpus at the MOD/ADD markers and at the first header of each trailing table (SEED-MAP §1).
function splitCorpus(raw: string): DocumentText[] {
  const lines = raw.split('\n');
  const starts: Array<{ doc: string; index: number }> = [];
  let block = 0;
  lines.forEach((line, index) => {
    if (block === 0 && MARKER.test(line)) {
      const identifier = lines.slice(index + 1).find((l) => l.trim() !== '') ?? '';
      starts.push({ doc: markedDocId(identifier), index });
    } else if (block < TRAILING_BLOCKS.length && TRAILING_BLOCKS[block]![1].test(line)) {
      starts.push({ doc: TRAILING_BLOCKS[block]![0], index });
      block++;
    }
  });
  return starts.map(({ doc, index }, k) => {
    const end = starts[k + 1]?.index ?? lines.length;
    const kept = lines.slice(index, end).filter((l) => !ARTEFACT.test(l.trim()));
    return { doc, firstLine: index + 1, text: normalizeForMatch(kept.join('')) };
  });
}

const items: EvalItem[] = parseEvalSet(JSON.parse(readFileSync(SET_FILE, 'utf8')), 'evals/known-answers.json');
const corpusRaw = readFileSync(CORPUS_FILE, 'utf8');
const documents = splitCorpus(corpusRaw);
const corpusText = normalizeForMatch(corpusRaw);
const resolutionIds = documents.map((d) => d.doc).filter((doc) => !['A.25', 'actions', 'leadership', 'questions'].includes(doc));

const count = (...kinds: string[]): number => items.filter((i) => kinds.includes(i.kind)).length;

describe('corpus split used by the guard', () => {
  it('finds the 53 marked documents and the three trailing tables where SEED-MAP puts them', () => {
    expect(documents).toHaveLength(56);
    expect(documents.slice(-3).map((d) => [d.doc, d.firstLine])).toEqual([
      ['actions', 11844],
      ['leadership', 12090],
      ['questions', 12473],
    ]);
    expect(new Set(documents.map((d) => d.doc)).size).toBe(56);
    expect(documents.find((d) => d.doc === 'COM4/AI')?.firstLine).toBe(11259);
  });
});

describe('evals/known-answers.json', () => {
  it('has at least 170 items with ids k001… in order', () => {
    expect(items.length).toBeGreaterThanOrEqual(170);
    items.forEach((item, index) => expect(item.id).toBe(`k${String(index + 1).padStart(3, '0')}`));
  });

  it('gives answerable items 1–3 must_include phrases found in the corpus, unanswerable ones none', () => {
    for (const item of items) {
      if (!item.answerable) {
        expect(item.must_include, item.id).toEqual([]);
        continue;
      }
      expect(item.must_include.length, item.id).toBeGreaterThanOrEqual(1);
      expect(item.must_include.length, item.id).toBeLessThanOrEqual(3);
      for (const phrase of item.must_include) expect(corpusText, `${item.id}: ${phrase}`).toContain(normalizeForMatch(phrase));
    }
  });

  it('names only known documents in gold entries', () => {
    const known = new Set([...documents.map((d) => d.doc), 'OTHER']);
    for (const item of items) for (const g of item.gold) expect(known.has(g.doc), `${item.id}: ${g.doc}`).toBe(true);
  });

  it('quotes every gold entry verbatim from the document it names', () => {
    const missing: string[] = [];
    for (const item of items) {
      for (const g of item.gold) {
        const quote = normalizeForMatch(g.quote);
        if (!documents.some((d) => docMatches(d.doc, g.doc) && d.text.includes(quote))) missing.push(`${item.id} [${g.doc}] ${g.quote}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('coverage of the known-answer set', () => {
  it('meets the per-kind minimums', () => {
    expect(count('mandate', 'lead-role', 'rec-series', 'guidance')).toBeGreaterThanOrEqual(15);
    expect(count('instructed', 'invited')).toBeGreaterThanOrEqual(15);
    expect(count('about-doc')).toBeGreaterThanOrEqual(10);
    expect(count('follow-up')).toBeGreaterThanOrEqual(12);
    expect(count('english')).toBeGreaterThanOrEqual(12);
    expect(count('unanswerable')).toBeGreaterThanOrEqual(20);
    for (const kind of ['mandate', 'lead-role', 'rec-series', 'guidance', 'instructed', 'invited', 'clause', 'multi-clause',
      'new-resolutions', 'cites', 'chairs', 'questions', 'actions', 'a25']) {
      expect(count(kind), kind).toBeGreaterThanOrEqual(3);
    }
  });

  it('labels items consistently with their shape', () => {
    for (const item of items) {
      expect(item.kind === 'unanswerable', item.id).toBe(!item.answerable);
      if (item.kind === 'follow-up') expect(item.history.length, item.id).toBeGreaterThanOrEqual(2);
      if (item.kind === 'multi-clause') expect(item.gold.length, item.id).toBeGreaterThanOrEqual(2);
      if (item.kind === 'english') expect(item.question, item.id).not.toMatch(/\p{Script=Han}/u);
    }
    expect(items.filter((i) => !i.answerable && /^[\x20-\x7e]+$/.test(i.question)).length).toBeGreaterThanOrEqual(1);
  });

  it('spreads gold over at least 35 resolutions, both revised (MOD) and new (ADD) ones, plus A.25 and the tables', () => {
    const golds = items.flatMap((i) => i.gold.map((g) => g.doc));
    const resolutions = new Set(golds.filter((doc) => resolutionIds.includes(doc)));
    expect(resolutions.size).toBeGreaterThanOrEqual(35);
    expect([...resolutions].some((doc) => doc.startsWith('COM'))).toBe(true);
    expect([...resolutions].some((doc) => /^\d+$/.test(doc))).toBe(true);
    expect(golds).toContain('A.25');
    expect(golds).toContain('OTHER');
  });
});
