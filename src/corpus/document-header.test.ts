import { describe, expect, it } from 'vitest';
import { CorpusError } from './corpus-error.js';
import { parseDocumentHeader, splitHistory } from './document-header.js';
import { classifyLines } from './raw-lines.js';

const text = (...rawLines: string[]) => classifyLines(rawLines.join('\n')).filter((l) => l.kind === 'text');

describe('parseDocumentHeader', () => {
  it('reads identifier, a two-line title, history and the opener', () => {
    const header = parseDocumentHeader(
      text(' MOD  ', '第11号决议（2024年，新德里，修订版） ', '在研究涉及邮电两行业的业务时与万国 ', '邮政联盟协作 ',
        '（1984年，马拉加-托雷莫利诺斯；1993年，赫尔辛基；', '2024年，新德里） ', '世界电信标准化全会（2024年，新德里）， ', '考虑到 '),
    );
    expect(header).toMatchObject({
      doc: '11',
      kind: 'resolution',
      title: '在研究涉及邮电两行业的业务时与万国邮政联盟协作',
      history: ['1984年，马拉加-托雷莫利诺斯', '1993年，赫尔辛基', '2024年，新德里'],
      opener: '世界电信标准化全会（2024年，新德里），',
      bodyStart: 7,
    });
  });

  it('reads committee ids of new resolutions and the A.25 recommendation', () => {
    expect(parseDocumentHeader(text(' ADD ', '第COM4/CLI-CL号决议（2024年，新德里） ', '标题 ', '（2024年，新德里） ', '世界电信标准化全会（2024年，新德里）， ')).doc).toBe('COM4/CLI-CL');
    const rec = parseDocumentHeader(text(' MOD ', 'ITU-T A.25建议书 ', 'ITU-T和其他组织之间相互采纳案文的一般性程序 ', '1 范围 '));
    expect([rec.doc, rec.kind, rec.history, rec.opener, rec.bodyStart]).toEqual(['A.25', 'recommendation', [], null, 3]);
  });

  it('throws a CorpusError with the line of a bad identifier or a missing opener', () => {
    expect(() => parseDocumentHeader(text(' MOD ', '这不是标识 '))).toThrow(CorpusError);
    expect(() => parseDocumentHeader(text(' MOD ', '这不是标识 '))).toThrow(/line 2/);
    expect(() => parseDocumentHeader(text(' MOD ', '第7号决议（2024年，新德里，修订版） ', '标题 ', '（2024年，新德里） ', '考虑到 '))).toThrow(/line 5/);
  });
});

describe('splitHistory', () => {
  it('keeps a place printed after ； with its year', () => {
    expect(splitHistory('（2016年，哈马马特；2024年；新德里）')).toEqual(['2016年，哈马马特', '2024年；新德里']);
  });
});
