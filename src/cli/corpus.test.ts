import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../corpus/load-corpus.js';
import { corpusJson, outline, run } from './corpus.js';

const output = () => {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return { out: () => out.mock.calls.map((c) => String(c[0])).join(''), err: () => err.mock.calls.map((c) => String(c[0])).join('') };
};

afterEach(() => vi.restoreAllMocks());

describe('wtsa corpus', () => {
  it('prints documents with doc, kind, status, title, history and all records as JSON', () => {
    const json = JSON.parse(corpusJson(loadCorpus()));
    expect(Object.keys(json)).toEqual(['documents', 'records']);
    expect(json.documents[0]).toEqual({
      doc: '2', kind: 'resolution', status: 'MOD', title: '国际电联电信标准化部门研究组的工作范围和职权', history: expect.any(Array),
    });
    expect(json.records[0]).toMatchObject({ doc: '2', docTitle: expect.any(String), section: '认识到', label: 'a)', lines: [17, 21] });
  });

  it('outlines one document with sections, labels, text starts and footnotes', async () => {
    const io = output();
    expect(await run(['--doc', '44'])).toBe(0);
    const text = io.out();
    expect(text).toContain('44 (resolution, MOD): 缩小发展中国家与发达国家之间的标准化工作差距');
    expect(text).toContain('[14] 附件 — 实施全权代表大会第123号决议');
    expect(text).toContain('一 1) •1  提高发展中国家的标准制定能力。');
    expect(text).toContain('footnotes:\n  1 (line 3302)');
  });

  it('lists the valid ids for an unknown document and exits 2', async () => {
    const io = output();
    expect(await run(['--doc', '999'])).toBe(2);
    expect(io.err()).toMatch(/unknown document "999"; valid ids: 2, 7, .*COM4\/AI.*A\.25, actions, leadership, questions/);
  });

  it('prints usage and exits 2 on bad flags', async () => {
    const io = output();
    expect(await run(['--bogus'])).toBe(2);
    expect(await run([])).toBe(2);
    expect(await run(['--json', '--doc', '2'])).toBe(2);
    expect(await run(['--doc', ' '])).toBe(2);
    expect(io.err()).toContain('usage: wtsa corpus');
  });

  it('outline marks sub-items deeper than their parents', () => {
    const corpus = loadCorpus();
    const d = corpus.documents.find((x) => x.doc === '72');
    const text = outline(d!, corpus.records.filter((r) => r.doc === '72'));
    expect(text).toMatch(/\n {4}¶ {2}请ITU-T，尤其是ITU-T第5研究组/);
    expect(text).toMatch(/\n {6}x\) {2}鼓励与SDO协作/);
  });
});
