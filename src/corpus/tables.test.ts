import { describe, expect, it } from 'vitest';
import { parseActions } from './actions.js';
import { CorpusError } from './corpus-error.js';
import { parseLeadership, parsePersonRow } from './leadership.js';
import { parseQuestionRow, parseQuestions } from './questions.js';
import { classifyLines } from './raw-lines.js';
import type { DocumentSlice } from './split-documents.js';

const slice = (kind: DocumentSlice['kind'], ...rawLines: string[]): DocumentSlice => ({ kind, status: null, lines: classifyLines(rawLines.join('\n')) });

describe('parsePersonRow', () => {
  it('splits group, name, country, role and language', () => {
    expect(parsePersonRow('SCV 莹女士 程 中国 副主席 （中文）', 1)).toEqual({
      group: 'SCV',
      person: { name: '莹女士 程', country: '中国', role: '副主席', language: '中文' },
    });
    expect(parsePersonRow('TSAG Jasim Ali先生 BOUSAIBAH AL ALI 阿拉伯联合酋长国 副主席', 1).person.name).toBe('Jasim Ali先生 BOUSAIBAH AL ALI');
  });
});

describe('parseLeadership', () => {
  it('joins wrapped rows (space after a hard end, none after a soft wrap) and groups them by section', () => {
    const { records } = parseLeadership(
      slice('leadership', ' 组 名单 成员国  ', 'SG20 Sophia女士 ', 'PAPATHANASOPOUL', 'OU ', '希腊 副主席 ', 'SG17 Arnaud女士 TADDEI 法国 副主席 '),
    );
    expect(records.map((r) => [r.section, r.text, r.meta?.studyGroup])).toEqual([
      ['SG20', 'SG20 Sophia女士 PAPATHANASOPOULOU 希腊 副主席', '20'],
      ['SG17', 'SG17 Arnaud女士 TADDEI 法国 副主席', '17'],
    ]);
  });

  it('throws on a line that is not part of a row', () => {
    expect(() => parseLeadership(slice('leadership', '组 名单 成员国 ', '无关的一行 '))).toThrow(CorpusError);
  });
});

describe('parseQuestionRow', () => {
  it('splits id, title and status', () => {
    expect(parseQuestionRow('B/2 当前和未来网络的路由和互通方案 第2/2号课题的继续')).toEqual({
      id: 'B/2', title: '当前和未来网络的路由和互通方案', status: '第2/2号课题的继续',
    });
    expect(parseQuestionRow('A/12 第12研究组的工作计划 第1/12号课题的继续')?.title).toBe('第12研究组的工作计划');
    expect(parseQuestionRow('X/17 新兴技术安全 新课题')?.status).toBe('新课题');
    expect(parseQuestionRow('A/2 没有状况的标题')).toBeNull();
  });
});

describe('parseQuestions', () => {
  it('reads sections and rows whose title and status wrap', () => {
    const { records, document } = parseQuestions(
      slice('questions', ' 1 第2研究组 ', '课题号 课题标题 状况 ', 'A/2 固定和移动通信业务编号方案的', '应用 ', '第1/2号课题的继续 ', 'A/5 电气保护 部分第1/5号课题和部分第2/5', '号课题的继续 '),
    );
    expect(document.sections.map((s) => s.heading)).toEqual(['第2研究组']);
    expect(records.map((r) => [r.label, r.text, r.meta?.questionStatus])).toEqual([
      ['A/2', 'A/2 固定和移动通信业务编号方案的应用 第1/2号课题的继续', '第1/2号课题的继续'],
      ['A/5', 'A/5 电气保护 部分第1/5号课题和部分第2/5号课题的继续', '部分第1/5号课题和部分第2/5号课题的继续'],
    ]);
  });

  it('throws on a row that never gets a status', () => {
    expect(() => parseQuestions(slice('questions', '1 第2研究组 ', 'A/2 没有状况 '))).toThrow(/line 2/);
  });
});

describe('parseActions', () => {
  it('reads one record per action with its id, drops URL lines and joins the split id cell', () => {
    const { records } = parseActions(
      slice('actions', ' 编号 行动 ', '第3/1委员会 与第68号决议有关的行动 ', 'WTSA-24请电信标准化局主任： ', '第4/10委员会 ', '（原WTSA-24 ', 'NGSO行动1） ', '认识到贡献。 ', 'https://www.itu.int/a'),
    );
    expect(records.map((r) => [r.label, r.text, r.refs, r.meta?.actionId])).toEqual([
      ['第3/1委员会', '与第68号决议有关的行动\nWTSA-24请电信标准化局主任：', ['68'], '第3/1委员会'],
      ['第4/10委员会', '（原WTSA-24 NGSO行动1）\n认识到贡献。', [], '第4/10委员会'],
    ]);
  });
});
