import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../config.js';
import { CorpusError, loadCorpus } from './load-corpus.js';
import { parseCorpus } from './parse-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'wtsa-corpus-'));

describe('loadCorpus', () => {
  it('parses the corpus file once per path', () => {
    const file = resolve(ROOT, 'corpus/wtsa24-zh.txt');
    const first = loadCorpus(file);
    expect(first.documents).toHaveLength(56);
    expect(loadCorpus(file)).toBe(first);
  });

  it('names a missing file', () => {
    const missing = join(dir, 'missing.txt');
    expect(() => loadCorpus(missing)).toThrow(CorpusError);
    expect(() => loadCorpus(missing)).toThrow(`${missing}: cannot read the corpus file (ENOENT)`);
  });

  it('names the file and the first line it cannot place in a text that is not the corpus', () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, '\n\nHello world\nsecond line\n');
    expect(() => loadCorpus(other)).toThrow(/other\.txt:line 3: not the expected WTSA-24 text: expected a MOD\/ADD document marker/);
    try {
      loadCorpus(other);
    } catch (err) {
      expect(err).toMatchObject({ name: 'CorpusError', file: other, line: 3 });
    }
  });
});

describe('parseCorpus on bad input', () => {
  it('rejects empty text', () => {
    expect(() => parseCorpus('')).toThrow(CorpusError);
    expect(() => parseCorpus('  \n\n')).toThrow('line 1: the corpus text is empty');
  });

  it('reports the line of a resolution that breaks off in its header', () => {
    const error = (() => {
      try {
        parseCorpus(' MOD  \n\n第7号决议（2024年，新德里，修订版） \n\n标题 \n\n（2024年，新德里） \n\n不是开场白 \n');
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).line).toBe(9);
  });

  it('rejects a resolution without a 做出决议 heading', () => {
    const text = [' MOD  ', '第7号决议（2024年，新德里，修订版） ', '标题 ', '（2024年，新德里） ', '世界电信标准化全会（2024年，新德里）， ', '考虑到 ', 'a) 一项。 '].join('\n\n');
    expect(() => parseCorpus(text)).toThrow(/line 3: resolution 7 has no 做出决议 heading/);
  });

  it('rejects text before the first heading of a resolution', () => {
    const text = [' MOD  ', '第7号决议（2024年，新德里，修订版） ', '标题 ', '（2024年，新德里） ', '世界电信标准化全会（2024年，新德里）， ', '无处安放的段落。 ', '做出决议 ', '1 一项。 '].join('\n\n');
    expect(() => parseCorpus(text)).toThrow(/line 11: text before the first section heading/);
  });

  it('parses a minimal well-formed resolution', () => {
    const text = [' MOD  ', '第7号决议（2024年，新德里，修订版） ', '标题 ', '（2024年，新德里） ', '世界电信标准化全会（2024年，新德里）， ', '做出决议 ', '1 一项。 '].join('\n\n');
    const corpus = parseCorpus(text);
    expect(corpus.records.map((r) => [r.id, r.section, r.label, r.text, r.lines])).toEqual([
      ['7#0.1', '做出决议', '1', '一项。', [13, 13]],
      // the adoption history, under the identifier line it is printed beneath, after the body
      ['7#1.1', '第7号决议（2024年，新德里，修订版）', '', '（2024年，新德里）', [7, 7]],
    ]);
  });
});

describe('parseCorpus footnote checks', () => {
  const resolution = (...body: string[]) =>
    [' MOD  ', '第7号决议（2024年，新德里，修订版） ', '标题 ', '（2024年，新德里） ', '世界电信标准化全会（2024年，新德里）， ', ...body].join('\n\n');

  it('moves footnotes out of the text into footnote records and strips their markers', () => {
    const corpus = parseCorpus(resolution('做出决议 ', '1 支持发展中国家1参与； ', '  ', '_______________ ', '1 这些国家包括最不发达国家。 ', ' 2 下一项。 '));
    expect(corpus.documents[0]?.footnotes).toEqual([{ number: 1, text: '这些国家包括最不发达国家。', line: 19, lastLine: 19 }]);
    expect(corpus.records.map((r) => [r.label, r.text, r.notes])).toEqual([
      ['1', '支持发展中国家参与；', [1]],
      ['2', '下一项。', []],
      ['', '（2024年，新德里）', []],
      ['1', '这些国家包括最不发达国家。', []],
    ]);
    const note = corpus.records.at(-1);
    expect([note?.section, note?.lines, note?.meta?.footnote]).toEqual(['脚注', [19, 19], { number: 1, referredBy: ['7#0.1'] }]);
  });

  it('rejects a footnote whose marker is nowhere in the document', () => {
    expect(() => parseCorpus(resolution('做出决议 ', '1 支持发展中国家参与； ', '  ', '_______________ ', '1 这些国家。 ', ' 2 下一项。 '))).toThrow(
      /line 19: footnote 1 of 7 has no marker in the text/,
    );
  });
});
