// A fake Assistant over a handful of real WTSA-24 clauses, for HTTP API, widget and Slack tests (no index, no model).
import type { Answer, AskInput, Mandate, ScoredRecord } from '../../src/answer/types.js';
import type { AskEvent, Assistant, DocumentView, SearchOptions } from '../../src/assistant.js';
import type { ClauseRecord, CorpusDocument } from '../../src/corpus/types.js';

const record = (r: Omit<ClauseRecord, 'labelPath' | 'parentId' | 'refs' | 'notes'> & Partial<ClauseRecord>): ClauseRecord => ({
  labelPath: r.label ? [r.label] : [],
  parentId: null,
  refs: [],
  notes: [],
  ...r,
});

/** Documents of the fake corpus (real ids, titles and statuses). */
export const FAKE_DOCUMENTS: CorpusDocument[] = [
  {
    doc: '2',
    kind: 'resolution',
    status: 'MOD',
    title: 'ITU-T研究组的职责和职权范围',
    history: ['1993年，赫尔辛基', '2024年，新德里'],
    footnotes: [],
    sections: [{ index: 3, heading: '附件A 第1部分', part: 'annex', lines: [300, 420] }],
    lines: [200, 700],
  },
  {
    doc: '44',
    kind: 'resolution',
    status: 'MOD',
    title: '缩小发展中国家与发达国家之间的标准化工作差距',
    history: ['2001年，蒙特利尔', '2024年，新德里'],
    footnotes: [],
    sections: [{ index: 5, heading: '责成电信标准化局主任与电信发展局主任和无线电通信局主任协作', part: 'operative', lines: [3503, 3515] }],
    lines: [3300, 3600],
  },
  {
    doc: 'COM4/AI',
    kind: 'resolution',
    status: 'ADD',
    title: '国际电联电信标准化部门有关支持电信/信息通信技术的人工智能技术的标准化活动',
    history: ['2024年，新德里'],
    footnotes: [],
    sections: [{ index: 0, heading: '忆及', part: 'preamble', lines: [11273, 11280] }],
    lines: [11261, 11400],
  },
  {
    doc: 'A.25',
    kind: 'recommendation',
    status: null,
    title: 'ITU-T A.25建议书',
    history: [],
    footnotes: [],
    sections: [],
    lines: [11480, 11600],
  },
];

/** Records of the fake corpus, grouped by document id. */
export const FAKE_RECORDS: ClauseRecord[] = [
  record({
    id: '2#3.1',
    doc: '2',
    docTitle: 'ITU-T研究组的职责和职权范围',
    section: '附件A 第1部分',
    sectionIndex: 3,
    label: '',
    text: '在攻击面不断扩大且面临不平衡的威胁格局的背景下，ITU-T第17研究组负责制定国际标准以增强使用电信/ICT的信心、安全性和可信度方面的研究工作。',
    lines: [324, 325],
    meta: { studyGroup: '17' },
  }),
  record({
    id: '44#5.1',
    doc: '44',
    docTitle: '缩小发展中国家与发达国家之间的标准化工作差距',
    section: '责成电信标准化局主任与电信发展局主任和无线电通信局主任协作',
    sectionIndex: 5,
    label: '1',
    text: '继续实现附于本决议之后的行动计划的目标；',
    lines: [3507, 3507],
  }),
  record({
    id: '44#5.2',
    doc: '44',
    docTitle: '缩小发展中国家与发达国家之间的标准化工作差距',
    section: '责成电信标准化局主任与电信发展局主任和无线电通信局主任协作',
    sectionIndex: 5,
    label: '2',
    text: '在ITU-T的领导下结成伙伴关系，将此作为解决本决议所附行动计划资金问题和实现各项目标的手段之一；',
    lines: [3509, 3511],
  }),
  record({
    id: 'COM4/AI#0.1',
    doc: 'COM4/AI',
    docTitle: '国际电联电信标准化部门有关支持电信/信息通信技术的人工智能技术的标准化活动',
    section: '忆及',
    sectionIndex: 0,
    label: 'a)',
    text: '全权代表大会关于人工智能（AI）技术和电信/信息通信技术（ICT）的第214号决议（2022年，布加勒斯特）；',
    lines: [11275, 11277],
  }),
];

const scored = (records: ClauseRecord[]): ScoredRecord[] => records.map((r, i) => ({ ...r, score: 0.9 - i * 0.1 }));

/** The answer the fake gives to any answerable question. */
export function fakeAnswer(input: AskInput): Answer {
  const retrieved = scored(FAKE_RECORDS.filter((r) => r.doc === '44'));
  const [first, second] = retrieved as [ScoredRecord, ScoredRecord];
  return {
    answer: `第44号决议《缩小发展中国家与发达国家之间的标准化工作差距》责成电信标准化局主任继续实现行动计划的目标[1]，并在ITU-T的领导下结成伙伴关系[2]。`,
    refused: false,
    confidence: 'high',
    citations: [
      { ...first, n: 1, quote: '继续实现附于本决议之后的行动计划的目标' },
      { ...second, n: 2, quote: '在ITU-T的领导下结成伙伴关系' },
    ],
    suggestions: [],
    resolvedQuestion: input.question,
    mode: 'extractive',
    retrieved,
  };
}

/** The refusal the fake gives to questions containing "天气". */
export function fakeRefusal(input: AskInput): Answer {
  return {
    answer: '决议文本中没有关于这个问题的内容。',
    refused: true,
    confidence: 'none',
    citations: [],
    suggestions: [{ doc: '44', title: '缩小发展中国家与发达国家之间的标准化工作差距' }],
    resolvedQuestion: input.question,
    mode: 'extractive',
    retrieved: [],
  };
}

const STUDY_GROUPS = ['2', '3', '5', '9', '11', '12', '13', '15', '17', '20', '21', 'TSAG'];

const fakeMandate = (group: string): Mandate => ({
  group,
  name: group === 'TSAG' ? '电信标准化顾问组（TSAG）' : `第${group}研究组`,
  title: group === '17' ? '安全' : '',
  areaOfStudy: FAKE_RECORDS.find((r) => r.meta?.studyGroup === group) ?? null,
  leadRoles: null,
  guidance: null,
  recommendationSeries: null,
  questions: [],
  deletedQuestions: [],
  leadership: [],
  termsOfReference: [],
});

/** Knobs of the fake. */
export interface FakeAssistantOptions {
  /** Awaited by ask() before it answers (lets a test hold a request in flight). */
  hold?: () => Promise<void>;
  /** Awaited before each streamed delta (lets a test hold a stream open). */
  pace?: () => Promise<void>;
  /** Make ask()/askStream() fail with this error after the sources event. */
  failWith?: Error;
}

/** A fake Assistant plus what it was asked, for assertions. */
export interface FakeAssistant extends Assistant {
  asked: AskInput[];
  /** Events streamed so far, over all streams. */
  streamSteps: number;
  /** Streams whose generator has finished (completed, failed or stopped by the server). */
  streamsFinished: number;
}

/** Builds a fake Assistant: answers every question from Res 44, refuses questions mentioning 天气. */
export function createFakeAssistant(options: FakeAssistantOptions = {}): FakeAssistant {
  const respond = (input: AskInput) => (input.question.includes('天气') ? fakeRefusal(input) : fakeAnswer(input));
  const fake: FakeAssistant = {
    asked: [],
    streamSteps: 0,
    streamsFinished: 0,
    async ask(input) {
      fake.asked.push(input);
      await options.hold?.();
      if (options.failWith) throw options.failWith;
      return respond(input);
    },
    async *askStream(input): AsyncGenerator<AskEvent> {
      fake.asked.push(input);
      const answer = respond(input);
      try {
        fake.streamSteps += 1;
        yield { type: 'sources', retrieved: answer.retrieved };
        if (options.failWith) throw options.failWith;
        for (const piece of answer.answer.match(/[^，。]+[，。]?/g) ?? []) {
          await options.pace?.();
          fake.streamSteps += 1;
          yield { type: 'delta', text: piece };
        }
        fake.streamSteps += 1;
        yield { type: 'done', answer };
      } finally {
        fake.streamsFinished += 1;
      }
    },
    async search(query: string, opts: SearchOptions = {}) {
      const hits = FAKE_RECORDS.filter((r) => r.text.includes(query) || r.docTitle.includes(query) || query.includes(r.doc));
      return scored(hits.length ? hits : FAKE_RECORDS).slice(0, opts.k ?? 10);
    },
    mandate: (group) => (STUDY_GROUPS.includes(group) ? fakeMandate(group) : null),
    studyGroups: () => STUDY_GROUPS,
    documents: () => FAKE_DOCUMENTS,
    document(id): DocumentView | null {
      const document = FAKE_DOCUMENTS.find((d) => d.doc === id);
      return document ? { document, records: FAKE_RECORDS.filter((r) => r.doc === id) } : null;
    },
  };
  return fake;
}
