// The parser against the real corpus file: counts, the 15 traps of SEED-MAP §7, artefacts, coverage, round trip.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../config.js';
import { parseCorpus } from './parse-corpus.js';
import type { ClauseRecord, CorpusDocument, ParsedCorpus } from './types.js';

const SOURCE = readFileSync(resolve(ROOT, 'corpus/wtsa24-zh.txt'), 'utf8');
let corpus: ParsedCorpus;

beforeAll(() => {
  corpus = parseCorpus(SOURCE);
});

const doc = (id: string): CorpusDocument => {
  const d = corpus.documents.find((x) => x.doc === id);
  if (!d) throw new Error(`no document ${id}`);
  return d;
};
const recordsOf = (id: string): ClauseRecord[] => corpus.records.filter((r) => r.doc === id);
/** The record of a document whose line span holds the line. */
const recordAt = (id: string, line: number): ClauseRecord => {
  const r = recordsOf(id).find((x) => x.lines[0] <= line && line <= x.lines[1]);
  if (!r) throw new Error(`no record of ${id} at line ${line}`);
  return r;
};
const sectionRecords = (id: string, heading: string): ClauseRecord[] => recordsOf(id).filter((r) => r.section === heading);
const byId = (id: string | null): ClauseRecord | undefined => corpus.records.find((r) => r.id === id);

describe('documents', () => {
  it('has 44 MOD and 8 ADD resolutions, A.25 and the three tables, in source order', () => {
    const resolutions = corpus.documents.filter((d) => d.kind === 'resolution');
    expect(resolutions.filter((d) => d.status === 'MOD')).toHaveLength(44);
    expect(resolutions.filter((d) => d.status === 'ADD').map((d) => d.doc)).toEqual([
      'COM4/DPI', 'COM4/MV', 'COM4/SDT', 'COM3/APT-NG', 'COM4/VC', 'COM3/SP', 'COM4/AI', 'COM4/CLI-CL',
    ]);
    expect(corpus.documents.slice(-4).map((d) => [d.doc, d.kind, d.status])).toEqual([
      ['A.25', 'recommendation', 'MOD'],
      ['actions', 'actions', null],
      ['leadership', 'leadership', null],
      ['questions', 'questions', null],
    ]);
    expect(corpus.documents.slice(0, 3).map((d) => d.doc)).toEqual(['2', '7', '11']);
  });

  it('concatenates two-line titles and splits history on ；', () => {
    expect(doc('11').title).toBe('在研究涉及邮电两行业的业务时与万国邮政联盟协作');
    expect(doc('7').history).toEqual([
      '1984年，马拉加-托雷莫利诺斯', '1993年，赫尔辛基', '1996年，日内瓦', '2000年，蒙特利尔', '2004年，弗洛里亚诺波利斯',
      '2008年，约翰内斯堡', '2012年，迪拜', '2016年，哈马马特', '2022年，日内瓦', '2024年，新德里',
    ]);
    expect(doc('COM4/AI').history).toEqual(['2024年，新德里']);
    expect(doc('A.25').history).toEqual([]);
    expect(doc('68').history.at(-1)).toBe('2024年；新德里');
  });

  it('gives every resolution a 做出决议 section and every document records', () => {
    for (const d of corpus.documents.filter((x) => x.kind === 'resolution')) {
      expect(d.sections.some((s) => /^(进一步)?做出决议/.test(s.heading)), d.doc).toBe(true);
      expect(d.opener).toBe('世界电信标准化全会（2024年，新德里），');
    }
    for (const d of corpus.documents) expect(recordsOf(d.doc).length, d.doc).toBeGreaterThan(0);
  });

  it('counts 15 actions, 145 persons and 123 question rows', () => {
    expect(recordsOf('actions')).toHaveLength(15);
    expect(recordsOf('leadership')).toHaveLength(145);
    expect(recordsOf('questions')).toHaveLength(123);
  });

  it('keeps record ids unique and parents inside the same section', () => {
    expect(new Set(corpus.records.map((r) => r.id)).size).toBe(corpus.records.length);
    for (const r of corpus.records) {
      expect(r.id).toBe(`${r.doc}#${r.sectionIndex}.${r.id.split('.').pop()}`);
      if (r.parentId === null) continue;
      const parent = byId(r.parentId);
      expect(parent?.sectionIndex, r.id).toBe(r.sectionIndex);
      expect(r.labelPath.slice(0, parent?.labelPath.length), r.id).toEqual(parent?.labelPath);
    }
  });
});

describe('trap 1: footnote markers in the Res 2 history, footnotes between 考虑到 c) and d)', () => {
  it('parses 12 history entries with the markers stripped', () => {
    const history = doc('2').history;
    expect(history).toHaveLength(12);
    expect(history.slice(5, 9)).toEqual(['2009年', '2012年，迪拜', '2015年', '2016年']);
    expect(history.some((h) => /年\d/.test(h))).toBe(false);
  });

  it('keeps d) in 考虑到 and the footnotes out of the clause records, each in a footnote record of its own', () => {
    const d = recordAt('2', 52);
    expect([d.section, d.label, d.lines]).toEqual(['考虑到', 'd)', [52, 54]]);
    expect(d.text.startsWith('世界电信标准化全会（WTSA）通过第22号决议')).toBe(true);
    expect(doc('2').footnotes.slice(0, 3).map((f) => [f.number, f.line])).toEqual([[1, 47], [2, 49], [3, 51]]);
    const holding = corpus.records.filter((r) => r.text.includes('TSAG于2009年4月30日'));
    expect(holding.map((r) => [r.doc, r.section, r.label, r.lines])).toEqual([['2', '脚注', '1', [47, 47]]]);
    expect(holding[0]?.meta?.footnote?.referredBy.map((id) => corpus.records.find((r) => r.id === id)?.section)).toEqual(['第2号决议（2024年，新德里，修订版）']);
  });
});

describe('trap 2: annex captions do not end a resolution', () => {
  it('runs Res 2 to line 1543 with its annexes as sections carrying the caption', () => {
    expect(doc('2').lines).toEqual([1, 1543]);
    const annexes = doc('2').sections.filter((s) => s.part === 'annex');
    expect(annexes.map((s) => s.heading)).toEqual(['附件A 第1部分', '附件A 第2部分', '附件B', '附件C']);
    expect(annexes[0]?.caption).toBe('（第2号决议（2024年，新德里，修订版））');
  });

  it('keeps all nine captions as section captions, none in a record', () => {
    const captions = corpus.documents.flatMap((d) => d.sections.map((s) => s.caption).filter(Boolean));
    expect(captions).toHaveLength(9);
    expect(doc('29').sections.find((s) => s.heading === '后附资料')?.caption).toContain('20204年');
  });
});

describe('trap 3: page-start SG headers and the Annex C SG3 list cut by footnote 5', () => {
  it('opens SG chunks at page-start headers', () => {
    const sg20 = recordAt('2', 406);
    expect([sg20.section, sg20.meta?.studyGroup, sg20.lines[0]]).toEqual(['附件A 第1部分', '20', 406]);
    expect(sg20.text.startsWith('ITU-T第20研究组\n物联网、数字孪生和可持续智慧城市及社区\n')).toBe(true);
    expect(recordAt('2', 1458).text.startsWith('ITU-T第15研究组\n')).toBe(true);
    expect(recordAt('2', 1513).meta?.studyGroup).toBe('21');
  });

  it('keeps ITU-T D.1140/X.1261 in SG3 and footnote 5 with its marker in Annex B SG21', () => {
    const sg3 = recordAt('2', 1403);
    expect([sg3.section, sg3.meta?.studyGroup, sg3.lines]).toEqual(['附件C', '3', [1390, 1403]]);
    expect(sg3.text.endsWith('ITU-T D.104/E.232\nITU-T D.1140/X.1261')).toBe(true);
    expect(sg3.text).not.toContain('这些国家');
    const annexB21 = recordAt('2', 1348);
    expect([annexB21.section, annexB21.meta?.studyGroup, annexB21.notes]).toEqual(['附件B', '21', [5]]);
    expect(annexB21.text).toContain('以支持在发展中国家使用其建议书');
  });

  it('gives one record per study group in every Res 2 annex and TSAG in Annex C', () => {
    const groups = (section: string) => sectionRecords('2', section).filter((r) => r.meta?.studyGroup).map((r) => r.meta?.studyGroup);
    const sgs = ['2', '3', '5', '11', '12', '13', '15', '17', '20', '21'];
    expect(groups('附件A 第1部分')).toEqual(sgs);
    expect(groups('附件A 第2部分')).toEqual(sgs);
    expect(groups('附件B')).toEqual(sgs);
    expect(groups('附件C')).toEqual([...sgs, 'TSAG']);
    expect(sectionRecords('2', '附件B').filter((r) => /^B\.\d$/.test(r.label)).map((r) => r.label)).toEqual(['B.1', 'B.2']);
    expect(recordAt('2', 320).text.startsWith('ITU-T第17研究组\n安全\n')).toBe(true);
  });
});

describe('trap 4: table-cell wraps', () => {
  it('joins cell wraps without a space and prefix wraps with one', () => {
    expect(recordAt('2', 520).text).toContain('可持续数字化相关的ICT的牵头研究组');
    expect(recordAt('2', 536).text).toContain('（包括车载通信系统）的质量评定的牵头研究组\n');
    expect(recordAt('2', 1366).text).toContain('ITU-T第3、12和21研究组负责的建议书除外\n');
    expect(recordAt('2', 1515).text).toContain('ITU-T E.180系列、ITU-T E.330系列、ITU-T E.340系列');
    const part2sg2 = recordAt('2', 485);
    expect(part2sg2.text.split('\n')).toHaveLength(11);
  });
});

describe('trap 5: footnote markers on an identifier and in a title', () => {
  it('strips them and keeps the footnotes', () => {
    expect(doc('18').identifier).toBe('第18号决议（2024年，新德里，修订版）');
    expect(doc('18').footnotes[0]).toMatchObject({ number: 1, line: 1833 });
    expect(doc('74').title).toBe('加强发展中国家部门成员参加国际电联电信标准化部门的工作');
    expect(corpus.records.every((r) => r.docTitle !== '加强发展中国家部门成员1参加国际电联电信标准化部门的工作')).toBe(true);
  });
});

describe('trap 6: letter i) versus roman i)', () => {
  it('reads Res 73 认识到 h) i) ii) iii) as sub-items and the last i) as the ninth letter', () => {
    const items = sectionRecords('73', '认识到').slice(7);
    expect(items.map((r) => r.labelPath)).toEqual([['h)'], ['h)', 'i)'], ['h)', 'ii)'], ['h)', 'iii)'], ['i)']]);
    expect(items.slice(1, 4).every((r) => r.parentId === items[0]?.id)).toBe(true);
    expect(items[4]?.lines[0]).toBe(6932);
    expect(items[4]?.parentId).toBeNull();
  });

  it('reads the glued •ii) of Res 52 as a roman sub-item of 1', () => {
    const r = recordAt('52', 4502);
    expect([r.label, r.labelPath]).toEqual(['•ii)', ['1', 'ii)']]);
    expect(byId(r.parentId)?.label).toBe('1');
  });

  it('keeps letter i) of a long list top-level (Res 92 考虑到 i))', () => {
    const r = recordAt('92', 8834);
    expect([r.label, r.parentId, r.section]).toEqual(['i)', null, '考虑到']);
  });
});

describe('trap 7: wrapped continuations that look like headings or items', () => {
  it('keeps them inside their clause', () => {
    expect(corpus.documents.flatMap((d) => d.sections).some((s) => s.heading.startsWith('考虑到上述'))).toBe(false);
    const r = recordAt('79', 8145);
    expect(r.lines).toEqual([8143, 8145]);
    expect(r.text).toContain('考虑到上述进一步认识到一段，以便为发展中国家提供帮助');
    for (const [id, line] of [['44', 3529], ['77', 7674], ['89', 8687], ['92', 8834], ['COM4/VC', 11088]] as const) {
      const wrapped = recordAt(id, line);
      expect(wrapped.lines[1], `${id}:${line}`).toBeGreaterThan(line);
    }
    expect(recordAt('77', 7674).text.endsWith('同时顾及注意到c)；')).toBe(true);
  });
});

describe('trap 8: an unlabelled chapeau under 做出决议 is a clause, not a heading', () => {
  it('makes Res 72 请ITU-T… the parent of i)…x)', () => {
    const records = sectionRecords('72', '做出决议');
    const chapeau = records[0] as ClauseRecord;
    expect([chapeau.label, chapeau.lines]).toEqual(['', [6699, 6701]]);
    expect(chapeau.text.startsWith('请ITU-T，尤其是ITU-T第5研究组在其职能范围内')).toBe(true);
    const subs = records.slice(1);
    expect(subs.map((r) => r.label)).toEqual(['i)', 'ii)', 'iii)', 'iv)', 'v)', 'vi)', 'vii)', 'viii)', 'ix)', 'x)']);
    expect(subs.every((r) => r.parentId === chapeau.id)).toBe(true);
  });
});

describe('trap 9: comma-ended and two-line headings', () => {
  it('keeps the continuation line in the heading', () => {
    const headings = (id: string) => doc(id).sections.map((s) => s.heading);
    expect(headings('72')).toContain('责成电信标准化局主任与其它两个局的主任密切协作并在可用财务资源范围内，');
    expect(headings('74')).toContain('责成电信标准化局主任与电信发展局主任密切协作，在可用资源范围内，');
    expect(headings('76')).toContain('请电信标准化局主任与电信发展局主任协作，');
    expect(recordAt('76', 7591).text.startsWith('与成员国和其他部门成员协作，')).toBe(true);
    expect(headings('78')).toContain(
      '责成国际电联电信标准化部门第20和21研究组，各自根据其职责，与相关研究组（尤其是国际电联电信标准化部门第11和第17研究组）协作',
    );
    expect(headings('97')).toContain('责成国际电联电信标准化部门第11研究组和第17研究组在其职权范围内并与其它感兴趣的研究组协作');
    expect(headings('98')).toContain('做出决议，责成国际电联电信标准化部门第20、17和2研究组根据第２号决议规定的工作范围和职权');
  });

  it('finds the 436 headings of the resolutions', () => {
    const headings = corpus.documents.filter((d) => d.kind === 'resolution').flatMap((d) => d.sections.filter((s) => s.part !== 'annex'));
    expect(headings.filter((s) => s.part === 'preamble')).toHaveLength(197);
    expect(headings.filter((s) => s.part === 'operative')).toHaveLength(239);
  });
});

describe('trap 10: the flattened Res 29 attachment table', () => {
  it('keeps its rows, the three a) b) runs and the notes', () => {
    const records = sectionRecords('29', '后附资料');
    expect(records.filter((r) => r.label === 'a)')).toHaveLength(3);
    expect(records.filter((r) => r.label === 'b)')).toHaveLength(3);
    expect(records.some((r) => r.text === '希望限制或禁止ACP的X主管部门应确定明确的政策立场')).toBe(true);
    const notes = records.filter((r) => r.label.startsWith('注'));
    expect(notes.map((r) => [r.label, r.labelPath, r.parentId])).toEqual([
      ['注1 –', ['注1'], null],
      ['注2 –', ['注2'], null],
    ]);
  });
});

describe('trap 11: minus-sign items, connector lines, flattened bullets', () => {
  it('makes the Res 40 − items sub-items of their chapeau', () => {
    const records = sectionRecords('40', '做出决议');
    const minus = records.filter((r) => r.label === '−');
    expect(minus.map((r) => r.labelPath)).toEqual([['−1'], ['−2'], ['−3'], ['−4'], ['−5'], ['−6'], ['−7']]);
    expect(minus.every((r) => r.parentId === records[0]?.id)).toBe(true);
  });

  it('appends 以及 / 及 lines to the item before', () => {
    expect(recordAt('22', 2439).lines).toEqual([2437, 2439]);
    expect(recordAt('22', 2439).text.endsWith('驱动因素；以及')).toBe(true);
    expect(recordAt('32', 2866).text.endsWith('轻松获取信息；及')).toBe(true);
    expect(recordsOf('72').some((r) => r.text.startsWith('以及'))).toBe(false);
    expect(recordAt('72', 6758).text.endsWith('单页宣传材料；以及面向普通大众的信息；')).toBe(true);
    expect(recordAt('32', 2866).labelPath).toEqual(['1', '•8']);
  });

  it('numbers the Res 44 action-plan bullets under their 1) / 2)', () => {
    expect(recordAt('44', 3709).labelPath).toEqual(['二', '1)', '•2']);
    expect(recordAt('44', 3719).labelPath).toEqual(['二', '2)', '•3']);
  });
});

describe('trap 12: hard line ends after ITU-T / ITU-R / ETSI TC', () => {
  it('joins them with one space', () => {
    expect(recordAt('20', 2082).text).toContain('特别是ITU-T E.164和ITU-T E.212规划');
    expect(recordAt('29', 2574).text).toContain('第6.1.1条和ITU-T D.5建议书');
    expect(recordAt('61', 5450).text).toContain('根据ITU-T E.156建议书');
    expect(recordAt('92', 8842).text).toContain('ITU-R M.2160-0建议书');
    expect(recordAt('93', 9136).text).toContain('与ETSI TC INT达成的协作协议');
    expect(recordAt('93', 9120).text).toContain('控制和管理方面的研究 − 以实现此类高质量业务');
  });
});

describe('trap 13: cross-references', () => {
  it('reads the full-width 第２号决议 of a heading as a reference to Res 2 for its records', () => {
    const records = sectionRecords('98', '做出决议，责成国际电联电信标准化部门第20、17和2研究组根据第２号决议规定的工作范围和职权');
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.refs.includes('2'))).toBe(true);
  });

  it('reads a coordinated second reference and undated references in actions', () => {
    expect(recordAt('72', 6768).refs).toEqual(['44', '76']);
    expect(recordAt('actions', 12022).refs).toContain('2');
    expect(recordAt('actions', 12036).refs).toContain('68');
    expect(recordAt('actions', 11846).refs).toEqual(['68']);
    expect(recordAt('actions', 11894).refs).toEqual(['1']);
  });

  it('leaves out other bodies and self-references, keeps WTSA resolutions missing from the file', () => {
    expect(recordAt('44', 3258).refs).toEqual([]);
    expect(recordAt('100', 10274).refs).toEqual([]);
    expect(recordAt('67', 5910).refs).toEqual([]);
    expect(recordAt('2', 72).refs).toEqual(['1']);
    expect(recordAt('74', 7188).refs).toEqual(['44', '54']);
  });
});

describe('trap 14: the leadership list', () => {
  it('keeps TADDEI as a person, not an ADD marker', () => {
    expect(corpus.documents.filter((d) => d.status === 'ADD')).toHaveLength(8);
    expect(recordAt('leadership', 12348).text).toContain('TADDEI');
    expect(recordAt('leadership', 12348).section).toBe('SG17');
  });

  it('joins rows spread over several lines', () => {
    expect(recordAt('leadership', 12137).text).toBe('SG2 Fernando先生 HERNÁNDEZ SÁNCHEZ 乌拉圭 副主席');
    expect(recordAt('leadership', 12258).meta?.person).toEqual({
      name: 'Fiona Mary Kamikazi女士 BEYARAAZA', country: '乌干达', role: '副主席',
    });
    expect(recordAt('leadership', 12399).meta?.person?.name).toBe('Sophia女士 PAPATHANASOPOULOU');
    expect(recordAt('leadership', 12330).meta?.person?.name).toBe('Marcel Bawindsom先生 KEBRE');
  });

  it('reads SCV roles and languages, and the groups as sections', () => {
    expect(recordAt('leadership', 12452).meta).toEqual({
      studyGroup: 'SCV',
      person: { name: 'Rim女士 BELHAJ', country: '突尼斯', role: '主席', language: '法文' },
    });
    expect(doc('leadership').sections.map((s) => s.heading)).toEqual([
      'TSAG', 'SG2', 'SG3', 'SG5', 'SG11', 'SG12', 'SG13', 'SG15', 'SG17', 'SG20', 'SG21', 'SCV',
    ]);
    const chairs = recordsOf('leadership').filter((r) => r.meta?.person?.role === '主席');
    expect(chairs).toHaveLength(12);
    expect(recordAt('leadership', 12421).meta?.studyGroup).toBe('21');
  });
});

describe('trap 15: question rows', () => {
  const row = (line: number) => recordAt('questions', line);
  it('reads the deleted row, wrapped titles and statuses, lone ids and numeric ids', () => {
    expect([row(12513).label, row(12513).meta?.questionStatus]).toEqual(['-', '第4/3号课题的删除']);
    expect(row(12592).text).toBe('H/5 评估电信/ICT对气候变化、生物多样性和环境的影响 – 包括对其他行业的影响 第9/5号课题的继续');
    expect(row(12667).text.startsWith('A/12 第12研究组的工作计划')).toBe(true);
    expect(row(12733).text).toBe('A/13 国际移动通信（IMT）网络和量子通信：服务质量（QoS）机制 第6/13号课题的继续');
    expect(row(12778).meta).toEqual({ studyGroup: '13', questionId: '16/13', questionStatus: '第16/13号课题的继续' });
    expect(row(12681).meta?.questionStatus).toBe('第5/12课题的继续');
    expect(row(12784).meta?.questionStatus).toBe('第 2/15 和部分 1/15 号课题的继续');
    expect(row(12568).meta?.questionStatus).toBe('部分第1/5号课题和部分第2/5号课题的继续');
  });

  it('keeps the SG21 mix of /9, /16 and /C ids and ten study-group sections', () => {
    const ids = recordsOf('questions').filter((r) => r.section === '第21研究组').map((r) => r.label);
    expect(ids).toHaveLength(23);
    expect(ids.slice(0, 2)).toEqual(['A/9', 'B/9']);
    expect(ids).not.toContain('A/16');
    expect(ids.slice(-2)).toEqual(['Q.Coord/C', 'Q.Acc/C']);
    expect(doc('questions').sections).toHaveLength(10);
    expect(recordsOf('questions').filter((r) => r.meta?.questionStatus === '新课题')).toHaveLength(2);
  });
});

describe('artefacts and fidelity', () => {
  it('puts no page number, footnote separator, URL, table header or annex caption in any record (a footnote may print a link)', () => {
    for (const r of corpus.records.filter((x) => !x.meta?.footnote)) {
      expect(r.text, r.id).not.toMatch(/_{5,}|https?:\/\/|课题号\s*课题标题\s*状况|组\s+名单\s+成员国|^编号\s+行动$|（第.+号决议（.+））/m);
      expect(r.text.split('\n').some((l) => /^\s*\d{1,3}\s*$/.test(l)), r.id).toBe(false);
    }
  });

  it('keeps at least 99% of the source Han characters', () => {
    const han = /\p{Script=Han}/gu;
    const count = (texts: string[]) => {
      const m = new Map<string, number>();
      for (const t of texts) for (const ch of t.match(han) ?? []) m.set(ch, (m.get(ch) ?? 0) + 1);
      return m;
    };
    const source = count([SOURCE]);
    const output = count([
      ...corpus.documents.flatMap((d) => [
        d.title, ...d.history, d.identifier ?? '', d.opener ?? '',
        ...d.footnotes.map((f) => f.text), ...d.sections.map((s) => `${s.heading}${s.title ?? ''}${s.caption ?? ''}`),
      ]),
      ...corpus.records.map((r) => r.text),
    ]);
    let total = 0;
    let kept = 0;
    for (const [ch, n] of source) {
      total += n;
      kept += Math.min(n, output.get(ch) ?? 0);
    }
    expect(kept / total).toBeGreaterThanOrEqual(0.99);
  });

  it('builds every record text from the source lines of its span (round trip)', () => {
    const raw = SOURCE.split('\n');
    for (const r of corpus.records) {
      const text = r.text.replace(/\s/g, '');
      const span = raw.slice(r.lines[0] - 1, r.lines[1]).join('').replace(/\s/g, '');
      let j = 0;
      for (const ch of span) if (ch === text[j]) j++;
      expect(j, `${r.id} ${r.lines}`).toBe(text.length);
    }
  });

  it('keeps source characters as printed (drafting brackets, doubled commas)', () => {
    expect(corpus.records.some((r) => r.text.includes('[本届全会]'))).toBe(true);
    expect(recordAt('20', 2212).text).toContain('，，');
  });
});
