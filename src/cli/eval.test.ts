import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerOf, citation, fakeAssistant, record } from '../eval/test-records.js';
import { run, type EvalDeps } from './eval.js';

const dir = mkdtempSync(join(tmpdir(), 'wtsa-eval-cli-'));
const setFile = join(dir, 'set.json');
writeFileSync(
  setFile,
  JSON.stringify([
    { id: 'a1', question: 'SG17主要负责什么？', answerable: true, kind: 'mandate', gold: [{ doc: '2', quote: 'ITU-T第17研究组负责制定' }], must_include: ['第17研究组'] },
    { id: 'a2', question: 'Which group leads on security?', answerable: true, kind: 'english', gold: [{ doc: '2', quote: 'ITU-T第17研究组负责制定' }] },
    { id: 'n1', question: '下届全会在哪里？', answerable: false, kind: 'unanswerable', gold: [] },
  ]),
);

const proving = record('2', 'ITU-T第17研究组负责制定国际标准');
const fillers = Array.from({ length: 10 }, (_, i) => record('9', `无关条款${i}`));

/** Captures output; the fake assistant finds the proving clause only with the retrievers in `good`. */
function harness(good: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let created = 0;
  const fake = fakeAssistant((input, retriever) =>
    good.includes(retriever) && !input.question.includes('全会')
      ? answerOf({ answer: '第17研究组负责[1]', citations: [citation(proving, 1)], retrieved: [proving, ...fillers] })
      : answerOf({ refused: true, answer: '文本没有说明。', retrieved: fillers }),
  );
  const deps: EvalDeps = {
    createAssistant: async () => {
      created += 1;
      return fake.assistant;
    },
    stdout: { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream,
    stderr: { write: (s: string) => err.push(s), isTTY: false } as unknown as NodeJS.WriteStream,
  };
  return { deps, out, err, created: () => created };
}

describe('wtsa eval arguments', () => {
  const cases: [string[], string][] = [
    [[], '--set FILE is required'],
    [['--set', setFile, '--bogus'], "Unknown option '--bogus'"],
    [['--set', setFile, 'extra'], 'positional'],
    [['--set', setFile, '--retriever', 'fuzzy'], '--retriever must be hybrid, dense or lexical'],
    [['--set', setFile, '--k', '5'], '--k must be at least 10'],
    [['--set', setFile, '--k', 'ten'], 'expected number'],
    [['--set', setFile, '--min-recall', '1.5'], '--min-recall must be in 0–1'],
    [['--set', setFile, '--max-answerable-refused', '1.2'], '--max-answerable-refused must be in 0–1'],
    [['--set', setFile, '--compare', '--retriever', 'dense'], 'drop --retriever'],
    [['--set', join(dir, 'missing.json')], 'cannot read the evaluation set'],
  ];
  for (const [args, message] of cases) {
    it(`exits 2 for ${JSON.stringify(args.slice(2).length ? args.slice(2) : args)} without loading the assistant`, async () => {
      const h = harness(['hybrid']);
      expect(await run(args, h.deps)).toBe(2);
      expect(h.err.join('')).toContain(message);
      expect(h.err.join('')).toContain('usage: wtsa eval');
      expect(h.created()).toBe(0);
    });
  }
});

describe('wtsa eval runs', () => {
  it('prints the metrics, writes the results file and passes the gate', async () => {
    const h = harness(['hybrid']);
    const out = join(dir, 'results.json');
    expect(await run(['--set', setFile, '--out', out, '--min-recall', '0.9'], h.deps)).toBe(0);
    const printed = h.out.join('');
    expect(printed).toMatch(/Chinese\s+1\s+1\.000\s+1\.000/);
    expect(printed).toContain('kind mandate');
    expect(printed).toContain('pass');
    const results = JSON.parse(readFileSync(out, 'utf8'));
    expect(results).toMatchObject({ set: setFile, retriever: 'hybrid' });
    expect(Object.keys(results.items[0])).toEqual(
      expect.arrayContaining(['id', 'question', 'refused', 'answer', 'citations', 'retrieved', 'latency_ms']),
    );
    expect(results.items[0].retrieved).toHaveLength(10);
  });

  it('exits 1 when recall@5 on Chinese answerable items is below --min-recall', async () => {
    const h = harness([]);
    expect(await run(['--set', setFile, '--retriever', 'dense', '--min-recall', '0.9'], h.deps)).toBe(1);
    expect(h.out.join('')).toContain('FAIL');
  });

  it('checks every gate asked for and fails when one is on the wrong side', async () => {
    const h = harness(['hybrid']);
    const gates = ['--min-first-citation', '0.9', '--min-must-include', '0.9', '--min-refusal', '1', '--max-answerable-refused', '0'];
    expect(await run(['--set', setFile, ...gates], h.deps)).toBe(0);
    expect(h.out.join('').match(/— pass/g)).toHaveLength(4);
    const refusing = harness([]);
    expect(await run(['--set', setFile, '--min-refusal', '1', '--max-answerable-refused', '0.05'], refusing.deps)).toBe(1);
    const printed = refusing.out.join('');
    expect(printed).toMatch(/unanswerable items refused 1\.000 ≥ 1 — pass/);
    expect(printed).toMatch(/Chinese answerable items refused 1\.000 ≤ 0\.05 — FAIL/);
  });

  it('--compare runs each retriever, writes one file per retriever and gates on hybrid', async () => {
    const h = harness(['hybrid', 'lexical']);
    const out = join(dir, 'cmp.json');
    expect(await run(['--set', setFile, '--compare', '--out', out, '--min-recall', '1'], h.deps)).toBe(0);
    expect(h.out.join('')).toMatch(/ablation\n.*\nhybrid\s+1\.000.*\ndense\s+0\.000.*\nlexical\s+1\.000/);
    for (const r of ['hybrid', 'dense', 'lexical']) expect(existsSync(join(dir, `cmp.${r}.json`))).toBe(true);
    expect(h.created()).toBe(1);
  });
});
